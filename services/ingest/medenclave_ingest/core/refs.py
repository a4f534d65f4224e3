"""Opaque references: what the platform calls a study or an instance instead of its UIDs.

The contract every service relies on (see the brief in docs): a reference is a keyed digest
of the UID under the ingest secret, so it is stable, not reversible without the secret, and
never equal for two different UIDs in practice.
"""

from __future__ import annotations

from medenclave.security.crypto import keyed_digest

__all__ = ["RefDeriver"]


class RefDeriver:
    """Derives ``st-…`` study refs, ``in-…`` instance refs and ``qu-…`` quarantine ids."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) < 16:
            raise ValueError("the ingest reference secret is too short")
        self._secret = secret

    def study_ref(self, study_instance_uid: str) -> str:
        """``"st-" + keyed_digest(secret, StudyInstanceUID)[:24]``."""
        return "st-" + keyed_digest(self._secret, study_instance_uid)[:24]

    def instance_ref(self, sop_instance_uid: str) -> str:
        """``"in-" + keyed_digest(secret, SOPInstanceUID)[:24]``."""
        return "in-" + keyed_digest(self._secret, sop_instance_uid)[:24]

    def quarantine_id(self, content_sha256: str) -> str:
        """A stable id for rejected bytes, so a re-sent bad object is quarantined once."""
        return "qu-" + keyed_digest(self._secret, "quarantine", content_sha256)[:24]
