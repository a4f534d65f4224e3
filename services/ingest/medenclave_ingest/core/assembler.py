"""StudyAssembler: accepts instances into the raw vault and announces studies once quiet.

* :meth:`StudyAssembler.receive` — one instance as received (DICOM Part 10 bytes): check it,
  store it encrypted, record it on its study, publish ``dicom.instance.stored``, audit. Bad
  input is quarantined (encrypted, reason code only) and refused with :class:`Rejected`.
  A re-sent instance (same SOP Instance UID) is stored once and re-announced with the same
  event id, which the bus de-duplicates.
  With a journal vault (:class:`JournaledRawVault`, the local default) the object and its catalog
  record are one journal append and one sync; the stored event and the audit record are
  published while the sync runs; the catalog row follows in a batch and is rebuilt from the
  journal after a crash (:meth:`StudyAssembler.recover`) or a failed batch (both
  :mod:`~medenclave_ingest.core.catalog_recovery`).
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
from collections.abc import Callable, Mapping

from medenclave_ingest.core.catalog_recovery import (
    CatalogRecovery,
    journal_record,
)
from medenclave_ingest.core.instances import (
    REASON_OVERSIZED,
    InstanceHeader,
    Rejected,
    check_header,
)
from medenclave_ingest.core.ports import (
    AuditTrail,
    EventsUnavailable,
    HeaderReader,
    IngestEvents,
    JournaledRawVault,
    PendingStudy,
    QuarantineRecord,
    RawVault,
    StorageUnavailable,
    StoredInstance,
    StudyCatalog,
)
from medenclave_ingest.core.refs import RefDeriver

__all__ = ["STORE_ACTION", "StudyAssembler"]

log = logging.getLogger(__name__)

STORE_ACTION = "dicom.store"


def _clean_ae(calling_ae: str) -> str:
    return "".join(ch for ch in calling_ae.strip() if ch.isprintable())[:16]


class StudyAssembler:
    """Turns received instances into stored instances and assembled studies."""

    def __init__(self, *, parser: HeaderReader, refs: RefDeriver, vault: RawVault,
                 quarantine: RawVault, catalog: StudyCatalog, events: IngestEvents,
                 audit: AuditTrail, quiet_period_s: float, max_object_bytes: int = 0,
                 clock: Callable[[], float] = time.time,
                 checkpoint_interval_s: float = 1.0, catalog_batch_s: float = 0.02) -> None:
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
        #: the vault keeps each catalog record durably with its object (the source of truth)
        self._journal: JournaledRawVault | None = (
            vault if getattr(vault, "keeps_records", False) else None)  # type: ignore[assignment]
        self._recovery = CatalogRecovery(vault=vault, catalog=catalog, journal=self._journal,
                                         in_flight=lambda: bool(self._writing),
                                         checkpoint_interval_s=checkpoint_interval_s)
        # journal path: catalog records committed in batches behind the C-STOREs
        self._batch: list[tuple[StoredInstance, dict[str, str]]] = []
        self._batch_task: asyncio.Future | None = None
        self._batch_delay = catalog_batch_s
        self._due: dict[str, float] = {}  # study_ref -> when it will have been quiet (clock)

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
        header = await self._accepted_header(data, calling_ae, expected_sop_class)
        study_ref = self._refs.study_ref(header.study_instance_uid)
        instance_ref = self._refs.instance_ref(header.sop_instance_uid)
        key = f"instances/{study_ref}/{instance_ref}.dcm"
        self._hold(study_ref)
        instance: StoredInstance | None
        try:
            if self._journal is None:
                instance = await self._store_object(header, study_ref, instance_ref, key, data,
                                                    calling_ae, trace_context)
            else:
                instance = (await self._resent(key, instance_ref)
                            if await self._vault.exists(key=key) else None)
                if instance is None:
                    # announced while it becomes durable
                    instance = await self._store_journaled(
                        self._new_instance(header, study_ref, instance_ref, key, data,
                                           calling_ae),
                        data, dict(trace_context or {}))
                    self._due[study_ref] = self._clock() + self._quiet
                    return instance
        finally:
            self._release(study_ref)
        self._due[study_ref] = self._clock() + self._quiet
        await self._announce(instance, calling_ae)
        return instance

    async def refuse_oversized(self, *, digest: str, size_bytes: int,
                               calling_ae: str = "") -> None:
        """Refuse an object its receiver stopped keeping once it passed ``max_object_bytes``
        (before it was whole): recorded like any oversized object (a quarantine record
        without bytes, its event, a failure audit record).

        Args:
            digest: SHA-256 (hex) of the bytes received.
            size_bytes: how many bytes were received.
            calling_ae: the sender's AE title.

        Raises:
            Rejected: always, reason ``oversized``.
        """
        await self._quarantine_object(data=b"", digest=digest, size_bytes=size_bytes,
                                      reason_code=REASON_OVERSIZED,
                                      calling_ae=_clean_ae(calling_ae), keep_bytes=False)
        raise Rejected(REASON_OVERSIZED)

    async def _accepted_header(self, data: bytes, calling_ae: str,
                               expected_sop_class: str) -> InstanceHeader:
        """The header of an acceptable instance; anything else is quarantined and refused.

        Raises:
            Rejected: oversized (its bytes not kept) or refused by the acceptance rules.
        """
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
        return header

    def _new_instance(self, header: InstanceHeader, study_ref: str, instance_ref: str,
                      key: str, data: bytes, calling_ae: str) -> StoredInstance:
        """The record of an instance about to be stored, received now."""
        return StoredInstance(
            instance_ref=instance_ref, study_ref=study_ref, sop_class_uid=header.sop_class_uid,
            transfer_syntax_uid=header.transfer_syntax_uid, size_bytes=len(data),
            calling_ae=calling_ae, stored_at=self._clock(), vault_key=key,
            modality=header.modality)

    async def _store_object(self, header: InstanceHeader, study_ref: str, instance_ref: str,
                            key: str, data: bytes, calling_ae: str,
                            trace_context: Mapping[str, str] | None) -> StoredInstance:
        """Object-per-key vault (no journal): store a new instance, or repair a re-send's
        missing object; the catalog's record either way."""
        instance = await self._catalog.find_instance(instance_ref=instance_ref)
        if instance is None:
            candidate = self._new_instance(header, study_ref, instance_ref, key, data,
                                           calling_ae)
            created = await self._write(candidate, data, dict(trace_context or {}))
            instance = candidate if created else (
                await self._catalog.find_instance(instance_ref=instance_ref) or candidate)
            log.info("instance stored", extra={"code": "ING-001", "fields": {
                "study_ref": study_ref, "instance_ref": instance_ref, "new": created}})
            return instance
        if not await self._vault.exists(key=instance.vault_key):
            await self._vault.put(key=instance.vault_key, data=data)  # repair
        log.info("instance re-sent", extra={"code": "ING-002", "fields": {
            "study_ref": study_ref, "instance_ref": instance_ref}})
        return instance

    async def _announce(self, instance: StoredInstance, calling_ae: str) -> None:
        """``dicom.instance.stored`` and the audit record, both PubAcks awaited at once."""
        results = await asyncio.gather(
            self._events.instance_stored(instance=instance),
            self._audit.record(action=STORE_ACTION,
                               resource=f"{instance.study_ref}/{instance.instance_ref}",
                               subject=f"ae:{calling_ae}", role="dicom_scu"),
            return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                raise result

    async def _store_journaled(self, instance: StoredInstance, data: bytes,
                               trace_context: dict[str, str]) -> StoredInstance:
        """Journal append, then its sync and the announcement at once; catalog behind.

        Once the record is written (a killed process keeps it: page cache, found by the next
        scan) the sync, the stored event and the audit record run at once; the caller hears
        Success after all of them. The journal record is the committed metadata: the catalog
        row follows in a batch (one transaction for the instances of ``catalog_batch_s``),
        and the study is not announced before it is there (``_writing``). A failed batch is
        restored from the journal on the next assembly pass; a failed sync takes the row
        back.
        """
        if self._journal is None:
            raise RuntimeError("used before start()")
        pending = await self._journal.append(key=instance.vault_key, data=data,
                                             record=journal_record(instance, trace_context))
        item = (instance, trace_context)
        self._hold(instance.study_ref)
        self._batch.append(item)
        if self._batch_task is None or self._batch_task.done():
            self._batch_task = asyncio.ensure_future(self._commit_batches())
        synced, announced = await asyncio.gather(
            self._journal.sync(pending), self._announce(instance, instance.calling_ae),
            return_exceptions=True)
        if isinstance(synced, BaseException):
            if item in self._batch:
                self._batch.remove(item)
                self._release(instance.study_ref)
            else:
                if self._batch_task is not None:
                    await asyncio.gather(self._batch_task, return_exceptions=True)
                await self._catalog.forget_instance(instance_ref=instance.instance_ref)
            raise synced
        if isinstance(announced, BaseException):
            raise announced
        log.info("instance stored", extra={"code": "ING-001", "fields": {
            "study_ref": instance.study_ref, "instance_ref": instance.instance_ref,
            "new": True}})
        return instance

    def _hold(self, study_ref: str) -> None:
        self._writing[study_ref] = self._writing.get(study_ref, 0) + 1

    def _release(self, study_ref: str) -> None:
        self._writing[study_ref] -= 1
        if not self._writing[study_ref]:
            del self._writing[study_ref]

    async def _commit_batches(self) -> None:
        while self._batch:
            await asyncio.sleep(self._batch_delay)  # let the batch fill
            batch, self._batch = self._batch, []
            try:
                await self._catalog.record_instances(instances=batch)
            except Exception as exc:  # the journal has them: restored on the next pass
                self._recovery.behind = True
                log.warning("catalog batch failed", extra={"code": "ING-205", "fields": {
                    "instances": len(batch), "error": type(exc).__name__}})
            finally:
                for instance, _carrier in batch:
                    self._release(instance.study_ref)

    async def flush(self) -> None:
        """Wait for the catalog batches in flight (at shutdown)."""
        while self._batch_task is not None and not self._batch_task.done():
            await asyncio.gather(self._batch_task, return_exceptions=True)

    async def _resent(self, key: str, instance_ref: str) -> StoredInstance | None:
        """A re-send of an instance the vault holds: the catalog's (or the journal's) record.

        The journal write of the first send may have outlived its catalog commit (a failure
        or a crash between the two): the catalog gets the journal's record then. None when
        neither has one (the caller stores it anew).
        """
        instance = await self._catalog.find_instance(instance_ref=instance_ref)
        if instance is None:
            instance = await self._recovery.restore_instance(key=key)
            if instance is None:  # an object from before the journal, never catalogued
                return None
        log.info("instance re-sent", extra={"code": "ING-002", "fields": {
            "study_ref": instance.study_ref, "instance_ref": instance_ref}})
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
        """At start-up: reconcile the catalog with the vault.

        See :meth:`~medenclave_ingest.core.catalog_recovery.CatalogRecovery.recover`: journal
        records the catalog lacks are recorded, pending instances without bytes forgotten.

        Returns:
            How many were forgotten.

        Raises:
            StorageUnavailable: the vault or the catalog failed.
        """
        return await self._recovery.recover()

    async def checkpoint(self) -> None:
        """Commit pending catalog batches and save the journal checkpoint (at shutdown).

        Raises:
            StorageUnavailable: the catalog failed.
        """
        await self.flush()
        await self._recovery.save_checkpoint(force=True)

    async def _quarantine_object(self, *, data: bytes, reason_code: str, calling_ae: str,
                                 keep_bytes: bool = True, digest: str = "",
                                 size_bytes: int | None = None) -> QuarantineRecord:
        quarantine_id = self._refs.quarantine_id(digest or hashlib.sha256(data).hexdigest())
        record = QuarantineRecord(
            quarantine_id=quarantine_id, reason_code=reason_code, calling_ae=calling_ae,
            size_bytes=len(data) if size_bytes is None else size_bytes,
            quarantined_at=self._clock(),
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

    def next_pass_in(self, interval_s: float) -> float:
        """Seconds until the next assembly pass is worth running: when the first study this
        process received becomes quiet, but at most ``interval_s`` (studies pending from
        before a restart, or from another replica, are found by the regular pass)."""
        if not self._due:
            return interval_s
        return max(0.001, min(interval_s, min(self._due.values()) - self._clock() + 0.001))

    async def complete_quiet_studies(self) -> list[PendingStudy]:
        """Announce every study that has been quiet for the quiet period.

        A study whose announcement fails stays pending and is tried again on the next call.

        Returns:
            The completions announced by this call.

        Raises:
            StorageUnavailable: the catalog could not be read.
        """
        await self._recovery.catch_up()
        await self._recovery.save_checkpoint()
        now = self._clock()
        done: list[PendingStudy] = []
        for study in await self._catalog.quiet_studies(quiet_since=now - self._quiet):
            if study.study_ref in self._writing:
                if study.study_ref in self._due:  # look again shortly
                    self._due[study.study_ref] = max(self._due[study.study_ref], now + 0.01)
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
        for study_ref, due in list(self._due.items()):
            if due <= now:  # announced, deferred or failed: the regular pass has it
                del self._due[study_ref]
        return done

