"""Patient pseudonyms: random, never derived from the MRN, stable through a keyed index.

The index key is ``keyed_digest(pseudonym_secret, IssuerOfPatientID, PatientID)``: it finds a
patient's pseudonym again but cannot be turned back into the MRN without the secret.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable

from medenclave.security.crypto import keyed_digest
from medenclave_deid.core.ports import PseudonymIndex

__all__ = ["OFFSET_RANGE_DAYS", "PatientPseudonyms", "PseudonymIndexUnavailable", "new_pseudonym"]


class PseudonymIndexUnavailable(Exception):
    """The index could not be read or written now (retry later)."""


#: date offsets lie in [-3650, -365] days (one to ten years back)
OFFSET_RANGE_DAYS = (-3650, -365)


def new_pseudonym() -> str:
    """``PSN-`` and 12 random hex digits."""
    return "PSN-" + secrets.token_hex(6).upper()


class PatientPseudonyms:
    """Gives each patient (issuer + patient id) one pseudonym, the same on every study."""

    def __init__(self, *, secret: bytes, index: PseudonymIndex,
                 generate: Callable[[], str] = new_pseudonym) -> None:
        self._secret = secret
        self._index = index
        self._generate = generate
        #: index key → pseudonym already read or stored (an assignment never changes)
        self._known: dict[str, str] = {}

    def index_key(self, *, issuer: str, patient_id: str, study_uid: str = "") -> str:
        """The index key; a study without a patient id gets a key of its own."""
        if patient_id.strip():
            return keyed_digest(self._secret, issuer.strip(), patient_id.strip())
        return keyed_digest(self._secret, "\0no-patient-id", study_uid.strip())

    def pseudonym_for(self, *, issuer: str, patient_id: str, study_uid: str = "") -> str:
        """The patient's pseudonym, created on first sight.

        Raises:
            PseudonymIndexUnavailable.
        """
        key = self.index_key(issuer=issuer, patient_id=patient_id, study_uid=study_uid)
        found = self._known.get(key) or self._index.get(key=key)
        if not found:
            found = self._index.put_if_absent(key=key, pseudonym=self._generate())
        if len(self._known) > 100_000:
            self._known.clear()
        self._known[key] = found
        return found

    def known(self, *, key: str) -> str | None:
        """The pseudonym stored for an index key, without creating one.

        Raises:
            PseudonymIndexUnavailable.
        """
        return self._index.get(key=key)

    def forget(self, *, key: str) -> bool:
        """Erase the patient's index row (right to erasure): a later study of the same patient
        gets a new, unrelated pseudonym. False if there was none.

        Raises:
            PseudonymIndexUnavailable.
        """
        self._known.pop(key, None)
        return self._index.delete(key=key)

    def erasure_ref(self, *, key: str) -> str:
        """``pt-`` and 24 hex digits: an opaque, keyed reference to the patient for the audit
        trail of an erasure; not the index key, not the pseudonym, not reversible."""
        return "pt-" + keyed_digest(self._secret, "erasure-ref", key)[:24]

    def offset_days_for(self, *, pseudonym: str) -> int:
        """The patient's date offset in days (Retain Longitudinal Modified Dates).

        The offset is keyed to the patient's random pseudonym, which the index stores: it is
        random per patient (never derived from the MRN), the same on every study, batch and run
        that shares the index and secret, and unknown to anyone without the secret. Notes and
        images shift by the same offset.
        """
        digest = hmac.new(self._secret, b"date-offset\0" + pseudonym.encode("utf-8"),
                          hashlib.sha256).digest()
        low, high = OFFSET_RANGE_DAYS
        return low + int.from_bytes(digest[:8], "big") % (high - low + 1)

    def offset_for(self, *, issuer: str, patient_id: str, study_uid: str = "") -> int:
        """The date offset of a patient by issuer and patient id (pseudonym created if new).

        Raises:
            PseudonymIndexUnavailable.
        """
        return self.offset_days_for(pseudonym=self.pseudonym_for(
            issuer=issuer, patient_id=patient_id, study_uid=study_uid))

    def keyed_hash(self, value: str) -> str:
        """A short keyed hash (16 hex digits) for private values the safe list says to hash."""
        return hmac.new(self._secret, b"private\0" + value.encode("utf-8"),
                        hashlib.sha256).hexdigest()[:16].upper()
