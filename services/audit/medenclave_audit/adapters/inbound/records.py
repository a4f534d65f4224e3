"""Translation between the protobuf messages and the core's records."""

from __future__ import annotations

from google.protobuf.timestamp_pb2 import Timestamp

from medenclave.v1 import audit_pb2, events_pb2
from medenclave_audit.core.chain import AuditEntry, ChainedRecord
from medenclave_audit.core.checkpoint import Checkpoint

__all__ = ["checkpoint_from_proto", "entry_from_proto", "proto_from_entry", "stored_record"]


def checkpoint_from_proto(cp: audit_pb2.Checkpoint) -> Checkpoint:
    return Checkpoint(tree_size=cp.tree_size, root_hash=cp.root_hash, chain_hash=cp.chain_hash,
                      time_ns=cp.time_ns, key_id=cp.key_id, signature=cp.signature)


def entry_from_proto(rec: events_pb2.AuditRecord) -> AuditEntry:
    """The core's entry for an ``AuditRecord`` event (an unset time is the epoch)."""
    return AuditEntry(record_id=rec.record_id, time_ns=rec.time.ToNanoseconds(),
                      service=rec.service, subject=rec.subject, role=rec.role, action=rec.action,
                      resource=rec.resource, outcome=rec.outcome, reason=rec.reason,
                      trace_id=rec.trace_id)


def proto_from_entry(entry: AuditEntry) -> events_pb2.AuditRecord:
    ts = Timestamp()
    ts.FromNanoseconds(entry.time_ns)
    return events_pb2.AuditRecord(
        record_id=entry.record_id, time=ts, service=entry.service, subject=entry.subject,
        role=entry.role, action=entry.action, resource=entry.resource, outcome=entry.outcome,
        reason=entry.reason, trace_id=entry.trace_id)


def stored_record(rec: ChainedRecord) -> audit_pb2.StoredRecord:
    return audit_pb2.StoredRecord(seq=rec.seq, record=proto_from_entry(rec.entry), hash=rec.hash)
