"""The audit service's public offline API: the store straight from the database, and exports.

This is the one module of the audit service that the CLI imports (``medenclave audit …``).
The CLI's ``medenclave audit verify --data-dir DIR`` calls
``verify_store(database_url_for(settings, "audit"), settings.database_schema)``.
No function here creates anything: a missing store raises :class:`AuditStoreMissing`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from medenclave.v1 import audit_pb2
from medenclave_audit.adapters.inbound.records import checkpoint_from_proto, entry_from_proto
from medenclave_audit.adapters.outbound.export_files import read_export, write_export
from medenclave_audit.adapters.outbound.key_files import (
    PUBLIC_NAME,
    TrustedKeys,
    public_key_from_pem,
    read_public_key_file,
)
from medenclave_audit.adapters.outbound.schema import migrate_database
from medenclave_audit.adapters.outbound.sql_store import AuditStoreMissing, open_store
from medenclave_audit.core.chain import ChainedRecord, VerifyResult
from medenclave_audit.core.checkpoint import Checkpoint
from medenclave_audit.core.export import (
    ExportCheck,
    ExportedCheckpoint,
    ExportedRecord,
    build_export,
    check_export,
)
from medenclave_audit.core.ledger import AuditLedger, InvalidQuery, QueryFilters, StoreUnavailable

__all__ = [
    "AuditStoreMissing",
    "ExportCheck",
    "InvalidQuery",
    "QueryFilters",
    "StoreUnavailable",
    "check_export_file",
    "export_from_items",
    "export_store",
    "matches",
    "migrate_database",
    "query_store",
    "to_ns",
    "trusted_keys",
    "verify_store",
    "write_export",
]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def to_ns(moment: datetime) -> int:
    """Nanoseconds since the epoch (a naive datetime is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - _EPOCH) // timedelta(microseconds=1) * 1000


def trusted_keys(*, key_files: Sequence[Path] = (), data_dir: Path | None = None
                 ) -> list[bytes]:
    """Raw checkpoint public keys from PEM files and/or ``data_dir/audit/keys``.

    Raises:
        OSError, ValueError: a named key file is missing or not an Ed25519 public key.
    """
    keys = [read_public_key_file(Path(f)) for f in key_files]
    if data_dir is not None:
        pub = Path(data_dir) / "audit" / "keys" / PUBLIC_NAME
        if pub.exists():
            keys.append(read_public_key_file(pub))
    return keys


def verify_store(database_url: str, schema: str = "", *,
                 public_keys: Sequence[bytes] | None = None) -> VerifyResult:
    """Walk the whole hash chain in the database, check it against every signed checkpoint,
    and report the first damage (including a tail truncated below the last checkpoint).

    Args:
        database_url: ``sqlite:///…/audit/audit.db``, ``postgresql://…`` or
            ``postgresql+psycopg://…`` (what :func:`medenclave.config.database_url_for` returns).
        schema: PostgreSQL schema of the audit table ("" = default search path).
        public_keys: trusted raw Ed25519 checkpoint keys (:func:`trusted_keys`). None: the keys
            the store publishes itself (catches damage, not a forger who can also write keys).

    Returns:
        :class:`~medenclave_audit.core.chain.VerifyResult` (valid, records, first_bad_seq,
        problem, head_hash, checkpoints, checkpoint_size).

    Raises:
        AuditStoreMissing: no audit database or table there.
        StoreUnavailable: the database did not answer.
    """
    store = open_store(database_url, schema=schema, create=False)
    try:
        keys = list(public_keys) if public_keys is not None else \
            list(store.checkpoint_keys().values())
        return AuditLedger(store=store, signatures=TrustedKeys(keys)).verify()
    finally:
        store.close()


def matches(filters: QueryFilters, rec: ChainedRecord) -> bool:
    """Whether ``rec`` passes ``filters`` (limit ignored)."""
    return filters.matches(rec)


def export_store(database_url: str, schema: str = "", *, filters: QueryFilters | None = None
                 ) -> tuple[list[ExportedCheckpoint], list[ExportedRecord], dict[str, bytes]]:
    """The matching records with inclusion proofs against the latest stored checkpoint.

    Records appended after that checkpoint come without a proof (``tree_size`` 0); the audit
    service's Export RPC signs a fresh checkpoint first.

    Returns:
        (checkpoints with consistency proofs, records, public keys the store publishes).

    Raises:
        AuditStoreMissing, StoreUnavailable: as for :func:`verify_store`.
    """
    filters = filters or QueryFilters()
    store = open_store(database_url, schema=schema, create=False)
    try:
        cps: list[Checkpoint] = store.checkpoints()
        out_cps, out_recs = build_export(records=store.iter_records(), checkpoints=cps,
                                         select=lambda r: matches(filters, r))
        return out_cps, out_recs, store.checkpoint_keys()
    finally:
        store.close()


def query_store(database_url: str, schema: str = "", *, subject: str = "", action: str = "",
                resource: str = "", trace_id: str = "", since: datetime | None = None,
                until: datetime | None = None, limit: int = 0) -> list[ChainedRecord]:
    """Records matching every given filter (``since <= time < until``), ascending seq.

    Args:
        database_url: as for :func:`verify_store`.
        schema: as for :func:`verify_store`.
        subject, action, resource, trace_id: exact matches ("" = any).
        since, until: time window (naive datetimes are UTC).
        limit: at most this many (0 = 1000; capped at 10000).

    Returns:
        :class:`~medenclave_audit.core.chain.ChainedRecord` list (``.seq``, ``.entry``,
        ``.prev_hash``, ``.hash``; ``.to_dict()`` for JSON).

    Raises:
        InvalidQuery: negative limit or since after until.
        AuditStoreMissing: no audit database or table there.
        StoreUnavailable: the database did not answer.
    """
    filters = QueryFilters(subject=subject, action=action, resource=resource, trace_id=trace_id,
                           since_ns=to_ns(since) if since else None,
                           until_ns=to_ns(until) if until else None, limit=limit)
    store = open_store(database_url, schema=schema, create=False)
    try:
        return AuditLedger(store=store).query(filters=filters)
    finally:
        store.close()


Export = tuple[list[ExportedCheckpoint], list[ExportedRecord], dict[str, bytes]]


def export_from_items(items: Iterable[audit_pb2.ExportItem]) -> Export:
    """Rebuild an export (as :func:`export_store` returns it) from the Export RPC's stream.

    Raises:
        ValueError: a key in the stream is not an Ed25519 public key.
    """
    cps: list[ExportedCheckpoint] = []
    recs: list[ExportedRecord] = []
    keys: dict[str, bytes] = {}
    for item in items:
        kind = item.WhichOneof("item")
        if kind == "key":
            keys[item.key.key_id] = public_key_from_pem(item.key.public_key_pem)
        elif kind == "checkpoint":
            cps.append(ExportedCheckpoint(checkpoint_from_proto(item.checkpoint),
                                          tuple(item.checkpoint.consistency_proof)))
        elif kind == "record":
            r = item.record
            recs.append(ExportedRecord(
                ChainedRecord(seq=r.stored.seq, entry=entry_from_proto(r.stored.record),
                              prev_hash=r.prev_hash, hash=r.stored.hash),
                r.leaf_hash, r.tree_size, tuple(r.inclusion_proof)))
    return cps, recs, keys


def check_export_file(path: Path, *, key_files: Sequence[Path] = (),
                      data_dir: Path | None = None) -> tuple[ExportCheck, bool]:
    """Re-check an export file: checkpoint signatures, consistency and inclusion proofs.

    The signatures are checked against the trusted keys (``key_files`` and the data dir's);
    only when there are none, against the keys inside the file.

    Returns:
        (the result, whether a trusted key was used).

    Raises:
        OSError, ValueError, KeyError: the file or a key file cannot be read.
    """
    cps, recs, embedded = read_export(path)
    keys = trusted_keys(key_files=key_files, data_dir=data_dir)
    result = check_export(checkpoints=cps, records=recs,
                          signatures=TrustedKeys(keys or list(embedded.values())))
    return result, bool(keys)
