"""Patient pseudonyms: random, never derived from the MRN, stable through a keyed index.

The index key is ``keyed_digest(pseudonym_secret, IssuerOfPatientID, PatientID)``: it finds a
patient's pseudonym again but cannot be turned back into the MRN without the secret.
"""

from __future__ import annotations

import secrets
from typing import Callable, Protocol

from medenclave.security.crypto import keyed_digest

__all__ = ["PatientPseudonyms", "PseudonymIndex", "PseudonymIndexUnavailable", "new_pseudonym"]


class PseudonymIndexUnavailable(Exception):
    """The index could not be read or written now (retry later)."""


class PseudonymIndex(Protocol):
    """Keyed digest → pseudonym. Implementations: SQL (``deid_pseudonyms``), in-memory (tests)."""

    def get(self, *, key: str) -> str | None:
        """Raises: PseudonymIndexUnavailable."""
        ...

    def put_if_absent(self, *, key: str, pseudonym: str) -> str:
        """Store ``pseudonym`` unless ``key`` already has one; return the one stored.

        Raises:
            PseudonymIndexUnavailable.
        """
        ...


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
        found = self._index.get(key=key)
        if found:
            return found
        return self._index.put_if_absent(key=key, pseudonym=self._generate())
