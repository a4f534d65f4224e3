"""StudyReader: what may be read back — study summaries and, for raw.read holders, raw bytes.

Raw reads are audited before any byte leaves (fail closed: no audit record, no data).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from medenclave_ingest.core.ports import (
    STATE_ERASED,
    AuditTrail,
    RawVault,
    StoredInstance,
    StudyCatalog,
    StudySummary,
)

__all__ = ["RAW_READ_ACTION", "InstanceNotFound", "StudyErased", "StudyNotFound",
           "StudyReader"]

RAW_READ_ACTION = "raw.read"
MAX_PAGE = 500


class StudyNotFound(LookupError):
    """No study with that ref."""


class StudyErased(LookupError):
    """The study was erased (right to erasure): its objects can no longer be read."""


class InstanceNotFound(LookupError):
    """An instance ref is unknown or belongs to another study."""


class StudyReader:
    """Read side of ingest."""

    def __init__(self, *, catalog: StudyCatalog, vault: RawVault, audit: AuditTrail) -> None:
        self._catalog = catalog
        self._vault = vault
        self._audit = audit

    async def list_studies(self, *, limit: int = 0, after: str = "") -> list[StudySummary]:
        """Newest first, at most ``limit`` (0: 100; capped at 500)."""
        limit = min(limit or 100, MAX_PAGE)
        return await self._catalog.list_studies(limit=limit, after=after)

    async def get_study(self, *, study_ref: str) -> StudySummary:
        """Raises: StudyNotFound, StorageUnavailable."""
        study = await self._catalog.get_study(study_ref=study_ref)
        if study is None:
            raise StudyNotFound(study_ref)
        return study

    async def open_raw(self, *, study_ref: str, instance_refs: Sequence[str] = (),
                       principal: Any = None) -> list[StoredInstance]:
        """Check the request and audit it; returns the instances the caller may now read.

        Args:
            study_ref: the study.
            instance_refs: a subset of its instances; empty for all of them.
            principal: the verified caller, recorded in the audit record.

        Raises:
            StudyNotFound, InstanceNotFound: unknown refs (nothing audited as read).
            StudyErased: the study was erased (nothing audited as read).
            EventsUnavailable: the audit record was not persisted; refuse the read.
            StorageUnavailable: the catalog failed.
        """
        study = await self.get_study(study_ref=study_ref)
        if study.state == STATE_ERASED:
            raise StudyErased(study_ref)
        instances = await self._catalog.instances_of(study_ref=study_ref)
        if instance_refs:
            by_ref = {i.instance_ref: i for i in instances}
            missing = [ref for ref in instance_refs if ref not in by_ref]
            if missing:
                raise InstanceNotFound(missing[0])
            instances = [by_ref[ref] for ref in dict.fromkeys(instance_refs)]
        await self._audit.record(action=RAW_READ_ACTION, resource=study_ref,
                                 principal=principal)
        return instances

    async def read_raw(self, *, instance: StoredInstance) -> bytes:
        """The instance's bytes as received. Raises: ObjectMissing, StorageUnavailable."""
        return await self._vault.get(key=instance.vault_key)
