"""Offline access to the audit store, straight against the database (no service, no bus).

The CLI's ``medenclave audit verify --data-dir DIR`` calls
``verify_store(database_url_for(settings, "audit"), settings.database_schema)``.
Neither function creates anything: a missing store raises :class:`AuditStoreMissing`.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from medenclave_audit.adapters.sql_store import AuditStoreMissing, open_store
from medenclave_audit.core.chain import ChainedRecord, VerifyResult
from medenclave_audit.core.ledger import AuditLedger, InvalidQuery, QueryFilters, StoreUnavailable

__all__ = [
    "AuditStoreMissing",
    "InvalidQuery",
    "StoreUnavailable",
    "query_store",
    "to_ns",
    "verify_store",
]

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def to_ns(moment: datetime) -> int:
    """Nanoseconds since the epoch (a naive datetime is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return (moment - _EPOCH) // timedelta(microseconds=1) * 1000


def verify_store(database_url: str, schema: str = "") -> VerifyResult:
    """Walk the whole hash chain in the database and report the first damage.

    Args:
        database_url: ``sqlite:///…/audit/audit.db``, ``postgresql://…`` or
            ``postgresql+psycopg://…`` (what :func:`medenclave.config.database_url_for` returns).
        schema: PostgreSQL schema of the audit table ("" = default search path).

    Returns:
        :class:`~medenclave_audit.core.chain.VerifyResult` (valid, records, first_bad_seq,
        problem, head_hash).

    Raises:
        AuditStoreMissing: no audit database or table there.
        StoreUnavailable: the database did not answer.
    """
    store = open_store(database_url, schema=schema, create=False)
    try:
        return AuditLedger(store=store).verify()
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
