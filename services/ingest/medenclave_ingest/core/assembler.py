"""StudyAssembler: accepts instances into the raw vault and announces studies once quiet.

* :meth:`StudyAssembler.receive` — one instance as received (DICOM Part 10 bytes): check it,
  store it encrypted, record it on its study, publish ``dicom.instance.stored``, audit. Bad
  input is quarantined (encrypted, reason code only) and refused with :class:`Rejected`.
  A re-sent instance (same SOP Instance UID) is stored once and re-announced with the same
  event id, which the bus de-duplicates.
* :meth:`StudyAssembler.complete_quiet_studies` — every study that received nothing for the
  quiet period is announced with ``dicom.study.received`` (completion 1, 2, … carrying only the
  instances added since the previous completion), published first and committed after; the
  event id ``f"{study_ref}:{completion}"`` makes a re-publish after a crash harmless.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from typing import Callable, Mapping

from medenclave_ingest.core.instances import (
    REASON_OVERSIZED,
    DicomParser,
    Rejected,
    check_header,
)
from medenclave_ingest.core.ports import (
    AuditTrail,
    EventsUnavailable,
    IngestEvents,
    PendingStudy,
    QuarantineRecord,
    RawVault,
    StorageUnavailable,
    StoredInstance,
    StudyCatalog,
)
from medenclave_ingest.core.refs import RefDeriver

__all__ = ["StudyAssembler", "STORE_ACTION"]

log = logging.getLogger("medenclave.ingest.assembler")

STORE_ACTION = "dicom.store"


def _clean_ae(calling_ae: str) -> str:
    return "".join(ch for ch in calling_ae.strip() if ch.isprintable())[:16]


class StudyAssembler:
    """Turns received instances into stored instances and assembled studies."""

    def __init__(self, *, parser: DicomParser, refs: RefDeriver, vault: RawVault,
                 quarantine: RawVault, catalog: StudyCatalog, events: IngestEvents,
                 audit: AuditTrail, quiet_period_s: float, max_object_bytes: int = 0,
                 clock: Callable[[], float] = time.time) -> None:
        self._parser = parser
        self._refs = refs
        self._vault = vault
        self._quarantine = quarantine
        self._catalog = catalog
        self._events = events
        self._audit = audit
        self._quiet = quiet_period_s
        self._max_bytes = max_object_bytes
        self._writing: dict[str, int] = {}  # study_ref -> receives in flight
        self._clock = clock

    async def receive(self, *, data: bytes, calling_ae: str = "",
                      trace_context: Mapping[str, str] | None = None,
                      expected_sop_class: str = "") -> StoredInstance:
        """Accept one instance.

        Args:
            data: the instance as received, DICOM Part 10 (preamble, file meta, dataset).
            calling_ae: the sender's AE title.
            trace_context: W3C carrier of the C-STORE's span, kept on a newly pending study.
            expected_sop_class: the SOP class negotiated for it (empty: not checked).

        Returns:
            The stored instance (the earlier one for a re-send).

        Raises:
            Rejected: the bytes are not an acceptable instance; they were quarantined.
            StorageUnavailable: the vault or catalog failed; nothing was announced.
            EventsUnavailable: the stored event or audit record was not persisted.
        """
        calling_ae = _clean_ae(calling_ae)
        if self._max_bytes and len(data) > self._max_bytes:
            # the record only: an oversized object's bytes are not kept
            await self._quarantine_object(data=data, reason_code=REASON_OVERSIZED,
                                          calling_ae=calling_ae, keep_bytes=False)
            raise Rejected(REASON_OVERSIZED)
        try:
            header = self._parser.parse(data)
            check_header(header, expected_sop_class=expected_sop_class)
        except Rejected as exc:
            await self._quarantine_object(data=data, reason_code=exc.reason_code,
                                          calling_ae=calling_ae)
            raise
        study_ref = self._refs.study_ref(header.study_instance_uid)
        instance_ref = self._refs.instance_ref(header.sop_instance_uid)
        key = f"instances/{study_ref}/{instance_ref}.dcm"
        self._writing[study_ref] = self._writing.get(study_ref, 0) + 1
        try:
            instance = await self._catalog.find_instance(instance_ref=instance_ref)
            if instance is None:
                candidate = StoredInstance(
                    instance_ref=instance_ref, study_ref=study_ref,
                    sop_class_uid=header.sop_class_uid,
                    transfer_syntax_uid=header.transfer_syntax_uid, size_bytes=len(data),
                    calling_ae=calling_ae, stored_at=self._clock(), vault_key=key,
                    modality=header.modality)
                created = await self._write(candidate, data, dict(trace_context or {}))
                instance = candidate if created else (
                    await self._catalog.find_instance(instance_ref=instance_ref) or candidate)
                log.info("instance stored", extra={"code": "ING-001", "fields": {
                    "study_ref": study_ref, "instance_ref": instance_ref, "new": created}})
            else:
                if not await self._vault.exists(key=instance.vault_key):
                    await self._vault.put(key=instance.vault_key, data=data)  # repair
                log.info("instance re-sent", extra={"code": "ING-002", "fields": {
                    "study_ref": study_ref, "instance_ref": instance_ref}})
        finally:
            self._writing[study_ref] -= 1
            if not self._writing[study_ref]:
                del self._writing[study_ref]
        # the event and the audit record are independent: wait for both PubAcks at once
        results = await asyncio.gather(
            self._events.instance_stored(instance=instance),
            self._audit.record(action=STORE_ACTION, resource=f"{study_ref}/{instance_ref}",
                               subject=f"ae:{calling_ae}", role="dicom_scu"),
            return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                raise result
        return instance

    async def _write(self, instance: StoredInstance, data: bytes,
                     trace_context: dict[str, str]) -> bool:
        """Vault write and catalog commit at once; both must succeed before the caller acks.

        The study cannot be announced meanwhile (it is in ``_writing``). If the vault write
        fails after the commit, the row is forgotten; after a crash between the two,
        :meth:`recover` forgets rows whose bytes are missing (the sender never heard Success).
        """
        put, recorded = await asyncio.gather(
            self._vault.put(key=instance.vault_key, data=data),
            self._catalog.record_instance(instance=instance, trace_context=trace_context),
            return_exceptions=True)
        if isinstance(put, BaseException):
            if recorded is True:
                await self._catalog.forget_instance(instance_ref=instance.instance_ref)
            raise put
        if isinstance(recorded, BaseException):
            raise recorded
        return bool(recorded)

    async def recover(self) -> int:
        """At start-up: forget pending instances whose bytes did not reach the vault.

        Returns:
            How many were forgotten (their senders never heard Success and will re-send).

        Raises:
            StorageUnavailable.
        """
        forgotten = 0
        for instance in await self._catalog.pending_instances():
            if not await self._vault.exists(key=instance.vault_key):
                await self._catalog.forget_instance(instance_ref=instance.instance_ref)
                forgotten += 1
        if forgotten:
            log.warning("unwritten instances forgotten", extra={"code": "ING-203", "fields": {
                "count": forgotten}})
        return forgotten

    async def _quarantine_object(self, *, data: bytes, reason_code: str, calling_ae: str,
                                 keep_bytes: bool = True) -> QuarantineRecord:
        quarantine_id = self._refs.quarantine_id(hashlib.sha256(data).hexdigest())
        record = QuarantineRecord(
            quarantine_id=quarantine_id, reason_code=reason_code, calling_ae=calling_ae,
            size_bytes=len(data), quarantined_at=self._clock(),
            object_key=f"{quarantine_id}.bin" if keep_bytes else "")
        if keep_bytes:
            await self._quarantine.put(key=record.object_key, data=data)
        await self._catalog.record_quarantine(record=record)
        await self._events.instance_quarantined(record=record)
        await self._audit.record(action=STORE_ACTION, resource=quarantine_id, outcome="failure",
                                 reason=reason_code, subject=f"ae:{calling_ae}",
                                 role="dicom_scu")
        log.warning("instance quarantined", extra={"code": "ING-101", "fields": {
            "quarantine_id": quarantine_id, "reason": reason_code}})
        return record

    async def complete_quiet_studies(self) -> list[PendingStudy]:
        """Announce every study that has been quiet for the quiet period.

        A study whose announcement fails stays pending and is tried again on the next call.

        Returns:
            The completions announced by this call.

        Raises:
            StorageUnavailable: the catalog could not be read.
        """
        now = self._clock()
        done: list[PendingStudy] = []
        for study in await self._catalog.quiet_studies(quiet_since=now - self._quiet):
            if study.study_ref in self._writing:
                continue  # an instance is being written: not quiet
            try:
                await self._events.study_received(study=study, completed_at=now)
                await self._catalog.mark_completed(study_ref=study.study_ref,
                                                   completion=study.completion,
                                                   instance_refs=study.instance_refs, at=now)
            except (EventsUnavailable, StorageUnavailable) as exc:
                log.warning("study completion deferred", extra={"code": "ING-201", "fields": {
                    "study_ref": study.study_ref, "completion": study.completion,
                    "error": type(exc).__name__}})
                continue
            log.info("study received", extra={"code": "ING-003", "fields": {
                "study_ref": study.study_ref, "completion": study.completion,
                "instances": len(study.instance_refs), "total": study.total_instances}})
            done.append(study)
        return done
