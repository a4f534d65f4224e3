"""NATS handler: dicom.study.received.v1 → de-identify → store → deid.study.{completed,quarantined}.v1.

Bound to the durable consumer ``deid-study-received``. Idempotent on (study_ref, completion):
the outcome is committed to ``deid_studies`` once, then announced (audit record and event,
both de-duplicated downstream) and marked published; a redelivery only re-announces.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Callable

from google.protobuf.timestamp_pb2 import Timestamp

from medenclave import telemetry
from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable, Event, EventBus, PoisonMessage, TransientError
from medenclave.storage import ObjectStore
from medenclave.v1 import events_pb2
from medenclave_deid.core.deidentifier import PROFILE_NAME, InvalidInstance, StudyDeidentifier
from medenclave_deid.core.ports import (
    DEIDENTIFIED,
    QUARANTINED,
    RawInstanceSource,
    SourceNotFound,
    SourceUnavailable,
    StudyRecord,
    StudyRecords,
    StudyRecordsUnavailable,
)
from medenclave_deid.core.pseudonyms import PseudonymIndexUnavailable

__all__ = ["COMPLETED_SUBJECT", "DURABLE", "QUARANTINED_SUBJECT", "StudyReceivedHandler"]

log = logging.getLogger("medenclave.deid")
DURABLE = "deid-study-received"
COMPLETED_SUBJECT = "deid.study.completed.v1"
QUARANTINED_SUBJECT = "deid.study.quarantined.v1"


def _now() -> Timestamp:
    ts = Timestamp()
    ts.GetCurrentTime()
    return ts


class StudyReceivedHandler:
    """De-identifies one study completion per event."""

    def __init__(self, *, deidentifier: StudyDeidentifier, records: StudyRecords,
                 store: ObjectStore, source: RawInstanceSource,
                 bus: Callable[[], EventBus], audit: Callable[[], AuditPublisher]) -> None:
        self._deidentifier = deidentifier
        self._records = records
        self._store = store
        self._source = source
        self._bus = bus
        self._audit = audit

    async def __call__(self, event: Event) -> None:
        msg = event.parse(events_pb2.StudyReceived)
        if not msg.study_ref or msg.completion < 1:
            raise PoisonMessage("study_ref and completion are required")
        try:
            record = await asyncio.to_thread(self._records.get, study_ref=msg.study_ref,
                                             completion=msg.completion)
            if record is None:
                record = await self._deidentify(msg, event)
                record = await asyncio.to_thread(self._records.save, record=record)
            if record.published:
                return
            await self._announce(record)
            await asyncio.to_thread(self._records.mark_published, study_ref=record.study_ref,
                                    completion=record.completion)
        except (StudyRecordsUnavailable, PseudonymIndexUnavailable) as exc:
            raise TransientError(f"metadata_unavailable:{type(exc).__name__}") from None

    async def _deidentify(self, msg: events_pb2.StudyReceived, event: Event) -> StudyRecord:
        fields = {"study_ref": msg.study_ref, "completion": msg.completion}
        session = self._deidentifier.session()
        quarantine = ""
        try:
            async with contextlib.aclosing(self._source.fetch(
                    study_ref=msg.study_ref, instance_refs=list(msg.instance_refs))) as stream:
                async for _instance_ref, raw in stream:
                    await event.in_progress()
                    await asyncio.to_thread(session.add, raw)
        except SourceUnavailable as exc:
            log.warning("ingest unavailable", extra={"code": "DEID-101", "fields": {
                **fields, "status": str(exc)}})
            raise TransientError("ingest_unavailable", delay=10.0) from None
        except SourceNotFound:
            quarantine = "source_not_found"
        except InvalidInstance as exc:
            quarantine = exc.code
        if not quarantine:
            expected = len(msg.instance_refs)
            if not session.instances:
                quarantine = "empty_study"
            elif expected and len(session.instances) != expected:
                raise TransientError("incomplete_fetch", delay=10.0)
        if not quarantine:
            await event.in_progress()
            finding = await asyncio.to_thread(session.verify)
            if finding is not None:
                quarantine = finding.reason_code
                log.warning("leak guard hit", extra={"code": "DEID-301", "fields": {
                    **fields, "where": finding.where, "reason": quarantine}})
        trace_id = telemetry.current_trace_id()
        if quarantine:
            log.warning("study quarantined", extra={"code": "DEID-300", "fields": {
                **fields, "reason": quarantine}})
            return StudyRecord(study_ref=msg.study_ref, completion=msg.completion,
                               state=QUARANTINED, reason_code=quarantine[:64],
                               modality=(msg.modality or session.modality)[:16],
                               trace_id=trace_id)
        for instance in session.instances:
            await asyncio.to_thread(self._store.put, instance.object_key, instance.dicom)
            await event.in_progress()
        log.info("study de-identified", extra={"code": "DEID-001", "fields": {
            **fields, "pseudo_study_id": session.pseudo_study_id,
            "instances": len(session.instances)}})
        return StudyRecord(study_ref=msg.study_ref, completion=msg.completion, state=DEIDENTIFIED,
                           pseudo_study_id=session.pseudo_study_id,
                           pseudo_patient_id=session.pseudo_patient_id,
                           instance_count=len(session.instances),
                           modality=(session.modality or msg.modality)[:16], trace_id=trace_id)

    async def _announce(self, record: StudyRecord) -> None:
        try:
            if record.state == DEIDENTIFIED:
                await self._audit().record(action="deid.study", resource=record.study_ref)
                await self._bus().publish(COMPLETED_SUBJECT, events_pb2.StudyDeidentified(
                    study_ref=record.study_ref, completion=record.completion,
                    pseudo_study_id=record.pseudo_study_id,
                    pseudo_patient_id=record.pseudo_patient_id,
                    instance_count=record.instance_count, profile=PROFILE_NAME,
                    modality=record.modality, completed_at=_now()),
                    msg_id=f"deid:{record.study_ref}:{record.completion}")
            else:
                await self._audit().record(action="deid.study", resource=record.study_ref,
                                           outcome="failure", reason=record.reason_code)
                await self._bus().publish(QUARANTINED_SUBJECT, events_pb2.StudyQuarantined(
                    study_ref=record.study_ref, completion=record.completion,
                    reason_code=record.reason_code, quarantined_at=_now()),
                    msg_id=f"deidq:{record.study_ref}:{record.completion}")
        except BusUnavailable:
            raise TransientError("bus_unavailable", delay=5.0) from None
