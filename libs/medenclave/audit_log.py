"""Publishing audit records: every service's one way to say who did what.

Records go to ``audit.record.v1.<service>`` on JetStream when the bus authenticates (the NATS
server lets each service's user publish only its own suffix, and the audit recorder refuses a
record whose ``service`` is not that suffix), to the legacy ``audit.record.v1`` on an open bus;
the audit service appends them to the hash-chained store. :meth:`AuditPublisher.record` returns
only after JetStream stored the record, so a caller that must fail closed (PHI access) awaits it
before releasing data.
"""

from __future__ import annotations

import time
import uuid

from google.protobuf.timestamp_pb2 import Timestamp

from medenclave import telemetry
from medenclave.bus import EventBus
from medenclave.rpc import current_principal
from medenclave.security.tokens import Principal
from medenclave.v1 import events_pb2

__all__ = ["AUDIT_SUBJECT", "AuditPublisher", "audit_subject"]

AUDIT_SUBJECT = "audit.record.v1"


def audit_subject(service: str) -> str:
    """The subject only ``service``'s NATS user may publish its audit records to."""
    return f"{AUDIT_SUBJECT}.{service}"


def _flag_break_glass(reason: str, principal: Principal | None) -> str:
    """``reason`` with ``break_glass:<grant>`` added when the call runs under a break-glass
    token (the explicit principal's, or the guarded RPC's caller)."""
    grant = principal.break_glass if principal is not None else ""
    if not grant:
        try:
            grant = current_principal().break_glass
        except LookupError:  # not inside a guarded RPC: the service acts for itself
            grant = ""
    if not grant:
        return reason
    flag = f"break_glass:{grant}"
    return f"{reason};{flag}" if reason else flag


class AuditPublisher:
    """Builds and publishes :class:`AuditRecord` events for one service."""

    def __init__(self, bus: EventBus, service: str) -> None:
        self._bus = bus
        self._service = service
        # an authenticated bus lets this service publish on its own audit subject only
        self._subject = audit_subject(service) if getattr(bus, "authenticated", False) \
            else AUDIT_SUBJECT

    async def record(self, *, action: str, resource: str = "", outcome: str = "success",
                     reason: str = "", principal: Principal | None = None,
                     subject: str = "", role: str = "") -> events_pb2.AuditRecord:
        """Persist one record.

        Args:
            action: what was done, e.g. ``"deid.study"``, ``"rpc.denied"``.
            resource: ids only (study_ref, pseudonym, model, job); never data values.
            outcome: ``success``, ``denied`` or ``failure``.
            reason: a reason code.
            principal: the caller; else ``subject``/``role``. Without either, the record names
                this service (``service:<name>``, ``svc_<name>``); a ``subject`` given without
                a ``role`` (an unauthenticated caller) gets no role, never this service's.
                When it, or the caller of the RPC being handled, holds a break-glass token,
                ``break_glass:<grant id>`` is added to ``reason`` (``;``-separated).

        Raises:
            medenclave.bus.BusUnavailable: the record was not persisted; fail closed.
        """
        reason = _flag_break_glass(reason, principal)
        if principal is not None:
            subject, role = principal.subject, principal.role
        elif not subject:  # the service acts for itself
            subject, role = f"service:{self._service}", role or f"svc_{self._service}"
        # else an actor that is not this service (e.g. "unauthenticated"): its role as given,
        # never this service's own
        now = time.time_ns()   # GetCurrentTime goes through datetime: slower per C-STORE
        ts = Timestamp(seconds=now // 1_000_000_000, nanos=now % 1_000_000_000)
        rec = events_pb2.AuditRecord(
            record_id=uuid.uuid4().hex, time=ts, service=self._service,
            subject=subject, role=role,
            action=action, resource=resource, outcome=outcome, reason=reason,
            trace_id=telemetry.current_trace_id())
        await self._bus.publish(self._subject, rec, msg_id=rec.record_id)
        return rec
