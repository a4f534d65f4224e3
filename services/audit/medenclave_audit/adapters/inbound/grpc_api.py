"""gRPC adapter: AuditService (Query, Verify, checkpoints, Export) over the ledger.

Every RPC needs ``audit.read`` (declared in audit.proto, enforced by the guard). Reading the log
is itself audited: Query's and Export's records are released only after their own
``audit.query`` / ``audit.export`` record was persisted by JetStream (fail closed); Verify is
audited as ``audit.verify``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import grpc

from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable
from medenclave.rpc import current_principal
from medenclave.v1 import audit_pb2, audit_pb2_grpc
from medenclave_audit.adapters.inbound.records import stored_record
from medenclave_audit.adapters.outbound.key_files import CheckpointKey, public_key_pem
from medenclave_audit.core.checkpoint import Checkpoint, record_leaf
from medenclave_audit.core.export import build_export
from medenclave_audit.core.ledger import (
    AuditLedger,
    CheckpointConflict,
    InvalidQuery,
    QueryFilters,
    StoreUnavailable,
)
from medenclave_audit.core.merkle import ProofSource

__all__ = ["AuditServicer"]

log = logging.getLogger(__name__)


def _filters(request: audit_pb2.QueryRequest | audit_pb2.ExportRequest) -> QueryFilters:
    return QueryFilters(
        subject=request.subject, action=request.action, resource=request.resource,
        trace_id=request.trace_id,
        since_ns=request.since.ToNanoseconds() if request.HasField("since") else None,
        until_ns=request.until.ToNanoseconds() if request.HasField("until") else None,
        limit=getattr(request, "limit", 0))


def checkpoint_proto(cp: Checkpoint, proof: tuple[str, ...] | list[str] = ()
                     ) -> audit_pb2.Checkpoint:
    return audit_pb2.Checkpoint(tree_size=cp.tree_size, root_hash=cp.root_hash,
                                chain_hash=cp.chain_hash, time_ns=cp.time_ns, key_id=cp.key_id,
                                signature=cp.signature, body=cp.body().decode(),
                                consistency_proof=list(proof))


class AuditServicer(audit_pb2_grpc.AuditServiceServicer):
    """Args: ledger; audit: returns the service's publisher (set once the bus is up); key: the
    checkpoint key; checkpoint: signs a checkpoint now (``force=True``) if there are new records.
    """

    def __init__(self, *, ledger: AuditLedger, audit: Callable[[], AuditPublisher | None],
                 key: CheckpointKey, checkpoint: Callable[..., Awaitable[None]]) -> None:
        self._ledger = ledger
        self._audit = audit
        self._key = key
        self._checkpoint = checkpoint

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
                                        problem=result.problem, head_hash=result.head_hash,
                                        checkpoints=result.checkpoints,
                                        checkpoint_size=result.checkpoint_size)

    async def GetCheckpointKey(self, request, context):
        return audit_pb2.GetCheckpointKeyResponse(
            current_key_id=self._key.key_id,
            keys=[audit_pb2.CheckpointKey(key_id=self._key.key_id,
                                          public_key_pem=public_key_pem(self._key.public_key))])

    async def GetCheckpoint(self, request, context):
        try:
            cps = await asyncio.to_thread(self._ledger.checkpoints)
        except StoreUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "audit store unavailable")
        if not cps:
            return audit_pb2.GetCheckpointResponse()
        last = cps[-1]
        old = request.old_tree_size
        if old < 0 or old > last.tree_size:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                                "old_tree_size must be within 0..latest tree size")
        proof: list[str] = []
        if 0 < old < last.tree_size:
            proof = await asyncio.to_thread(self._consistency, old, last.tree_size)
        return audit_pb2.GetCheckpointResponse(checkpoint=checkpoint_proto(last),
                                               consistency_proof=proof)

    def _consistency(self, old: int, size: int) -> list[str]:
        leaves = []
        for rec in self._ledger.records():
            if len(leaves) >= size:
                break
            leaves.append(record_leaf(rec.entry))
        return [p.hex() for p in ProofSource(leaves).consistency(old, size)]

    async def Export(self, request, context):
        filters = _filters(request)
        used = "filters:" + (",".join(filters.used()) or "none")
        try:
            await self._checkpoint(force=True)
            cps = await asyncio.to_thread(self._ledger.checkpoints)
            out_cps, out_recs = await asyncio.to_thread(
                build_export, records=self._ledger.records(), checkpoints=cps,
                select=filters.matches)
        except (StoreUnavailable, CheckpointConflict):
            await context.abort(grpc.StatusCode.UNAVAILABLE,
                                "audit store unavailable or damaged; run Verify")
        try:
            await self._record(action="audit.export", reason=f"{used};returned:{len(out_recs)}")
        except BusUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE,
                                "the export could not be audited; try again")
        yield audit_pb2.ExportItem(key=audit_pb2.CheckpointKey(
            key_id=self._key.key_id, public_key_pem=public_key_pem(self._key.public_key)))
        for item in out_cps:
            yield audit_pb2.ExportItem(checkpoint=checkpoint_proto(item.checkpoint,
                                                                   item.consistency_proof))
        for rec in out_recs:
            yield audit_pb2.ExportItem(record=audit_pb2.ExportedRecord(
                stored=stored_record(rec.record), prev_hash=rec.record.prev_hash,
                leaf_hash=rec.leaf_hash, tree_size=rec.tree_size,
                inclusion_proof=list(rec.inclusion_proof)))
