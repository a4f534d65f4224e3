"""gRPC adapter: AuditService (Query, Verify) over the ledger.

Both RPCs need ``audit.read`` (declared in audit.proto, enforced by the guard). Reading the log
is itself audited: a Query's records are released only after its own ``audit.query`` record was
persisted by JetStream (fail closed); Verify is audited as ``audit.verify``.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Callable

import grpc

from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable
from medenclave.rpc import current_principal
from medenclave.v1 import audit_pb2, audit_pb2_grpc
from medenclave_audit.adapters.records import stored_record
from medenclave_audit.core.ledger import AuditLedger, InvalidQuery, QueryFilters, StoreUnavailable

__all__ = ["AuditServicer"]

log = logging.getLogger("medenclave.audit.grpc")


def _filters(request: audit_pb2.QueryRequest) -> QueryFilters:
    return QueryFilters(
        subject=request.subject, action=request.action, resource=request.resource,
        trace_id=request.trace_id,
        since_ns=request.since.ToNanoseconds() if request.HasField("since") else None,
        until_ns=request.until.ToNanoseconds() if request.HasField("until") else None,
        limit=request.limit)


class AuditServicer(audit_pb2_grpc.AuditServiceServicer):
    """Args: ledger; audit: returns the service's publisher (set once the bus is up)."""

    def __init__(self, *, ledger: AuditLedger,
                 audit: Callable[[], AuditPublisher | None]) -> None:
        self._ledger = ledger
        self._audit = audit

    async def _record(self, **kwargs: object) -> None:
        publisher = self._audit()
        if publisher is None:
            raise BusUnavailable("audit publisher not ready")
        await publisher.record(principal=current_principal(), resource="audit_records", **kwargs)

    async def Query(self, request, context):
        filters = _filters(request)
        used = "filters:" + (",".join(filters.used()) or "none")
        try:
            found = await asyncio.to_thread(self._ledger.query, filters=filters)
        except InvalidQuery as exc:
            try:
                await self._record(action="audit.query", outcome="failure",
                                   reason=f"invalid_query;{used}")
            except BusUnavailable:
                pass  # the refusal stands either way
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
        except StoreUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "audit store unavailable")
        try:
            await self._record(action="audit.query", reason=f"{used};returned:{len(found)}")
        except BusUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE,
                                "the query could not be audited; try again")
        return audit_pb2.QueryResponse(records=[stored_record(r) for r in found])

    async def Verify(self, request, context):
        try:
            result = await asyncio.to_thread(self._ledger.verify)
        except StoreUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "audit store unavailable")
        try:
            await self._record(action="audit.verify",
                               reason="valid" if result.valid else result.problem)
        except BusUnavailable:
            log.warning("verify not audited", extra={"code": "AUD-301"})
        log.info("chain verified", extra={"code": "AUD-002", "fields": {
            "valid": result.valid, "records": result.records, "problem": result.problem,
            "first_bad_seq": result.first_bad_seq}})
        return audit_pb2.VerifyResponse(valid=result.valid, records=result.records,
                                        first_bad_seq=result.first_bad_seq,
                                        problem=result.problem, head_hash=result.head_hash)
