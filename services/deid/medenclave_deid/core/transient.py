"""De-identification of one instance in memory, for a service that only needs its pixels
(inference's Predict by DICOM): nothing is stored, indexed or escrowed.

Each call uses one-time keys: a fresh UID key and a fresh pseudonym key with a throw-away
index, so the output's pseudonyms, UIDs and date offset link to no patient and to no other
call (the platform's own pseudonyms are never created on a caller's input). The profile is the
service's own (Annex E basic and its options), and the leak guard checks the output against the
source's identifiers, as for every stored study.
"""

from __future__ import annotations

import secrets

from medenclave_deid.core.deidentifier import StudyDeidentifier
from medenclave_deid.core.instances import InvalidInstance
from medenclave_deid.core.leak_guard import LeakGuard
from medenclave_deid.core.profile import BasicProfile
from medenclave_deid.core.pseudonyms import PatientPseudonyms

__all__ = ["MAX_TRANSIENT_BYTES", "TransientDeidentifier"]

#: one instance at most (a large enhanced multi-frame CT fits)
MAX_TRANSIENT_BYTES = 64 * 1024 * 1024


class _OneTimeIndex:
    """A pseudonym index that lives for one call (never persisted)."""

    def __init__(self) -> None:
        self._rows: dict[str, str] = {}

    def get(self, *, key: str) -> str | None:
        return self._rows.get(key)

    def put_if_absent(self, *, key: str, pseudonym: str) -> str:
        return self._rows.setdefault(key, pseudonym)

    def delete(self, *, key: str) -> bool:
        return self._rows.pop(key, None) is not None


class TransientDeidentifier:
    """De-identifies single instances with one-time keys (see the module)."""

    def __init__(self, *, profile: BasicProfile, guard: LeakGuard | None = None,
                 max_bytes: int = MAX_TRANSIENT_BYTES) -> None:
        self._profile = profile
        self._guard = guard or LeakGuard()
        self._max_bytes = max_bytes

    def deidentify(self, raw: bytes) -> bytes:
        """The de-identified DICOM Part 10 bytes of ``raw``.

        Raises:
            InvalidInstance: ``too_large``, the session's codes (``not_dicom``,
                ``missing_uid``, ``undecodable`` ...) or ``leak_guard`` (an identifier of the
                source survived: nothing is returned).
        """
        if len(raw) > self._max_bytes:
            raise InvalidInstance("too_large")
        pseudonyms = PatientPseudonyms(secret=secrets.token_bytes(32), index=_OneTimeIndex())
        deidentifier = StudyDeidentifier(profile=self._profile,
                                         uid_secret=secrets.token_bytes(32),
                                         pseudonyms=pseudonyms, guard=self._guard)
        session = deidentifier.session()
        instance = session.add(raw)
        if session.verify() is not None:
            raise InvalidInstance("leak_guard")
        return instance.dicom
