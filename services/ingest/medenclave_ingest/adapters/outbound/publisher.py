"""JetStream adapters: the facts ingest publishes, and its audit records."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp
from opentelemetry import trace

from medenclave import telemetry
from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable, EventBus
from medenclave.v1 import events_pb2
from medenclave_ingest.core.ports import (
    EventsUnavailable,
    PendingStudy,
    QuarantineRecord,
    StoredInstance,
)

__all__ = [
    "INSTANCE_QUARANTINED",
    "INSTANCE_STORED",
    "STUDY_RECEIVED",
    "BusAuditTrail",
    "BusIngestEvents",
]

INSTANCE_STORED = "dicom.instance.stored.v1"
INSTANCE_QUARANTINED = "dicom.instance.quarantined.v1"
STUDY_RECEIVED = "dicom.study.received.v1"


def _ts(seconds: float) -> Timestamp:
    ts = Timestamp()
    ts.FromNanoseconds(int(seconds * 1e9))
    return ts


class BusIngestEvents:
    """:class:`~medenclave_ingest.core.ports.IngestEvents` on the event bus."""

    def __init__(self, bus: Callable[[], EventBus | None]) -> None:
        self._bus = bus

    async def _publish(self, subject: str, message: Any, msg_id: str) -> None:
        bus = self._bus()
        if bus is None:
            raise EventsUnavailable("event bus not connected")
        try:
            await bus.publish(subject, message, msg_id=msg_id)
        except BusUnavailable as exc:
            raise EventsUnavailable(str(exc)) from None

    async def instance_stored(self, *, instance: StoredInstance) -> None:
        await self._publish(INSTANCE_STORED, events_pb2.InstanceStored(
            instance_ref=instance.instance_ref, study_ref=instance.study_ref,
            sop_class_uid=instance.sop_class_uid,
            transfer_syntax_uid=instance.transfer_syntax_uid, size_bytes=instance.size_bytes,
            stored_at=_ts(instance.stored_at), calling_ae=instance.calling_ae),
            instance.instance_ref)

    async def instance_quarantined(self, *, record: QuarantineRecord) -> None:
        await self._publish(INSTANCE_QUARANTINED, events_pb2.InstanceQuarantined(
            quarantine_id=record.quarantine_id, reason_code=record.reason_code,
            calling_ae=record.calling_ae, size_bytes=record.size_bytes,
            quarantined_at=_ts(record.quarantined_at)), record.quarantine_id)

    async def study_received(self, *, study: PendingStudy, completed_at: float) -> None:
        # continue the trace of the C-STORE that opened this batch
        parent = telemetry.extract(study.trace_context)
        with telemetry.tracer("medenclave.ingest").start_as_current_span(
                "StudyAssembler.complete", context=parent, kind=trace.SpanKind.PRODUCER,
                attributes={"medenclave.study_ref": study.study_ref,
                            "medenclave.completion": study.completion,
                            "medenclave.instances": len(study.instance_refs)}):
            await self._publish(STUDY_RECEIVED, events_pb2.StudyReceived(
                study_ref=study.study_ref, completion=study.completion,
                instance_refs=list(study.instance_refs), total_instances=study.total_instances,
                modality=study.modality, received_at=_ts(completed_at)),
                f"{study.study_ref}:{study.completion}")


class BusAuditTrail:
    """:class:`~medenclave_ingest.core.ports.AuditTrail` over the service's audit publisher."""

    def __init__(self, audit: Callable[[], AuditPublisher | None]) -> None:
        self._audit = audit

    async def record(self, *, action: str, resource: str, outcome: str = "success",
                     reason: str = "", principal: Any = None, subject: str = "",
                     role: str = "") -> None:
        audit = self._audit()
        if audit is None:
            raise EventsUnavailable("audit publisher not ready")
        try:
            await audit.record(action=action, resource=resource, outcome=outcome, reason=reason,
                               principal=principal, subject=subject, role=role)
        except BusUnavailable as exc:
            raise EventsUnavailable(str(exc)) from None
