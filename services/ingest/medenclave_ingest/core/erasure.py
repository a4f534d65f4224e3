"""StudyEraser: the right to erasure on the raw side (crypto-shredding a patient's studies).

Ingest never learns who a study belongs to: the caller (the ``medenclave erase`` command)
asks the deid service which studies are the patient's and passes their refs, with an opaque
erasure reference that stands for the patient in the audit trail (never the patient id).
Each study is audited before anything is destroyed (fail closed: no record, no erasure);
then its objects' data keys are destroyed (the ciphertext is unreadable at once) and the
catalog forgets its instances and marks it ``ERASED``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from medenclave_ingest.core.ports import AuditTrail, ObjectShredder, StudyCatalog

__all__ = ["ERASE_ACTION", "EXPIRE_ACTION", "MAX_STUDIES", "ErasedStudy", "ErasureRefused",
           "StudyEraser"]

ERASE_ACTION = "phi.erase"
EXPIRE_ACTION = "retention.expire"   #: the raw retention sweep's audit action
#: studies one request may name (a patient with more is erased in several requests)
MAX_STUDIES = 1000
_STUDY_REF = re.compile(r"st-[0-9a-f]{24}")
_ERASURE_REF = re.compile(r"[a-z]{2,8}-[0-9a-f]{16,64}")


class ErasureRefused(ValueError):
    """The request is malformed (bad refs, too many studies, no erasure reference)."""


@dataclass(frozen=True)
class ErasedStudy:
    study_ref: str
    objects_shredded: int
    found: bool   #: False: the catalog did not know the study (nothing to erase)


class StudyEraser:
    """Erases studies: audit, shred the objects, mark the catalog."""

    def __init__(self, *, catalog: StudyCatalog, vault: ObjectShredder, audit: AuditTrail,
                 clock: Callable[[], float] = time.time) -> None:
        self._catalog = catalog
        self._vault = vault
        self._audit = audit
        self._clock = clock

    async def erase(self, *, study_refs: Sequence[str], erasure_ref: str,
                    principal: Any = None) -> list[ErasedStudy]:
        """Crypto-shred every object of ``study_refs`` and mark them erased (idempotent).

        Args:
            study_refs: the patient's studies (``st-`` refs), at most :data:`MAX_STUDIES`.
            erasure_ref: opaque reference of the erasure request (a keyed patient ref),
                written to each audit record's reason.
            principal: the verified caller.

        Raises:
            ErasureRefused: malformed request (nothing audited, nothing erased).
            EventsUnavailable: an audit record was not persisted; that study is not erased.
            StorageUnavailable: the vault or the catalog failed (a retry completes it).
        """
        refs = list(dict.fromkeys(study_refs))
        if not refs or len(refs) > MAX_STUDIES:
            raise ErasureRefused(f"name between 1 and {MAX_STUDIES} studies")
        if not all(_STUDY_REF.fullmatch(r) for r in refs):
            raise ErasureRefused("a study_ref is not a study reference")
        if not _ERASURE_REF.fullmatch(erasure_ref):
            raise ErasureRefused("erasure_ref is not an opaque reference")
        return [await self._erase_one(ref, action=ERASE_ACTION, principal=principal,
                                      reason=f"erasure_ref={erasure_ref}") for ref in refs]

    async def expire(self, *, retention_days: int, limit: int = 100) -> list[ErasedStudy]:
        """The raw retention sweep: crypto-shred the studies whose newest instance arrived
        more than ``retention_days`` ago (at most ``limit`` per call), audited as
        ``retention.expire`` by this service.

        Raises:
            EventsUnavailable, StorageUnavailable: as :meth:`erase`; a later sweep goes on.
        """
        cutoff = self._clock() - retention_days * 86400.0
        refs = await self._catalog.expired_studies(last_instance_before=cutoff, limit=limit)
        return [await self._erase_one(ref, action=EXPIRE_ACTION, principal=None,
                                      reason=f"raw_retention_days={retention_days}")
                for ref in refs]

    async def _erase_one(self, ref: str, *, action: str, principal: Any,
                         reason: str) -> ErasedStudy:
        """Audit (fail closed), shred the study's objects, mark it erased."""
        study = await self._catalog.get_study(study_ref=ref)
        instances = await self._catalog.instances_of(study_ref=ref) if study else []
        await self._audit.record(action=action, resource=ref, principal=principal,
                                 reason=reason)
        shredded = await self._vault.shred(keys=[i.vault_key for i in instances])
        if study is not None:
            await self._catalog.mark_erased(study_ref=ref, at=self._clock())
        return ErasedStudy(study_ref=ref, objects_shredded=shredded, found=study is not None)
