"""The accession index: the hospital's accession number → the study's pseudonymous id, so that a
radiologist's label table keyed by accession can be mapped (``DeidentifyTable``).

The key is ``keyed_digest(pseudonym_secret, "accession", AccessionNumber)``: it finds the study
again but cannot be turned back into the accession number without the secret, and the number
itself is stored nowhere. No I/O here.
"""

from __future__ import annotations

from collections.abc import Sequence

from medenclave.security.crypto import keyed_digest
from medenclave_deid.core.ports import AccessionIndex

__all__ = ["AccessionLookup", "coded_body_part"]

_MAX_ACCESSION = 64


def coded_body_part(value: str) -> str:
    """BodyPartExamined as a coded term (upper case letters, digits, spaces, ``_``; at most 16
    characters, the CS limit), or "" when it is anything else (free text is not passed on)."""
    value = (value or "").strip().upper()
    if len(value) > 16 or not all(c.isascii() and (c.isalnum() or c in " _") for c in value):
        return ""
    return value


class AccessionLookup:
    """Records and finds pseudonymous study ids by accession number."""

    def __init__(self, *, secret: bytes, index: AccessionIndex) -> None:
        self._secret = secret
        self._index = index

    def _key(self, accession: str) -> str:
        return keyed_digest(self._secret, "\0accession", accession.strip())

    def record(self, *, accession: str, pseudo_study_id: str) -> None:
        """Remember the study of ``accession`` (nothing for an empty or oversized number).

        Raises:
            medenclave_deid.core.ports.StudyStoreUnavailable: retry later.
        """
        if accession.strip() and len(accession) <= _MAX_ACCESSION and pseudo_study_id:
            self._index.put(key=self._key(accession), pseudo_study_id=pseudo_study_id)

    def find(self, accession: str) -> str:
        """The pseudonymous study id of ``accession``, "" when unknown."""
        if not accession.strip() or len(accession) > _MAX_ACCESSION:
            return ""
        return self._index.get(key=self._key(accession)) or ""

    def forget_studies(self, pseudo_study_ids: Sequence[str]) -> int:
        """Erasure: the accession rows of these studies go.

        Raises:
            medenclave_deid.core.ports.StudyStoreUnavailable.
        """
        return self._index.forget_studies(pseudo_study_ids=pseudo_study_ids) \
            if pseudo_study_ids else 0
