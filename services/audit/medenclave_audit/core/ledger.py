"""The audit ledger: what the service does with records, over a store it is given. No I/O here."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator, Protocol, Sequence

from medenclave_audit.core.chain import (
    AuditEntry,
    ChainHead,
    ChainVerifier,
    ChainedRecord,
    VerifyResult,
    validate_entry,
)

__all__ = [
    "DEFAULT_LIMIT",
    "MAX_LIMIT",
    "AuditLedger",
    "AuditStore",
    "InvalidQuery",
    "QueryFilters",
    "StoreUnavailable",
]

DEFAULT_LIMIT = 1000
MAX_LIMIT = 10000


class StoreUnavailable(Exception):
    """The store could not complete the operation now (connection, lock timeout); retry later."""


class InvalidQuery(ValueError):
    """The query's filters contradict each other or are out of range."""


@dataclass(frozen=True)
class QueryFilters:
    """Exact-match filters ("" = any), a time window ``since <= time < until``, and a limit.

    Results come in chain order (ascending seq), at most ``limit`` of them (0 = default).
    """

    subject: str = ""
    action: str = ""
    resource: str = ""
    trace_id: str = ""
    since_ns: int | None = None
    until_ns: int | None = None
    limit: int = 0

    def used(self) -> list[str]:
        """Names of the filters that are set (for the audit trail of a query; no values)."""
        names = [n for n in ("subject", "action", "resource", "trace_id") if getattr(self, n)]
        if self.since_ns is not None:
            names.append("since")
        if self.until_ns is not None:
            names.append("until")
        return names


class AuditStore(Protocol):
    """Where chained records live. Implementations serialise appends so the chain stays linear."""

    def append(self, *, entries: Sequence[AuditEntry]) -> list[ChainedRecord]:
        """Chain ``entries`` after the head and store them in one transaction.

        Entries whose record_id is already stored (or repeats within the batch) are skipped:
        delivery is at least once.

        Returns:
            The records stored by this call, in chain order.

        Raises:
            StoreUnavailable: nothing was stored; retry later.
        """
        ...

    def iter_records(self) -> Iterator[ChainedRecord]:
        """Every record in ascending seq, streamed.

        Raises:
            StoreUnavailable: the store could not be read.
        """
        ...

    def query(self, *, filters: QueryFilters) -> list[ChainedRecord]:
        """Records matching ``filters`` (limit already resolved), ascending seq.

        Raises:
            StoreUnavailable: the store could not be read.
        """
        ...

    def head(self) -> ChainHead:
        """The last record's seq and hash.

        Raises:
            StoreUnavailable: the store could not be read.
        """
        ...


class AuditLedger:
    """Appends, queries and verifies the hash-chained audit log."""

    def __init__(self, *, store: AuditStore, verifier: ChainVerifier | None = None) -> None:
        self._store = store
        self._verifier = verifier or ChainVerifier()

    def append(self, *, entries: Sequence[AuditEntry]) -> list[ChainedRecord]:
        """Validate and append a batch.

        Raises:
            InvalidEntry: an entry can never be stored (nothing is stored).
            StoreUnavailable: retry later (nothing is stored).
        """
        for entry in entries:
            validate_entry(entry)
        if not entries:
            return []
        return self._store.append(entries=entries)

    def query(self, *, filters: QueryFilters) -> list[ChainedRecord]:
        """Records matching ``filters``; a limit of 0 means :data:`DEFAULT_LIMIT`.

        Raises:
            InvalidQuery: negative limit, or ``since`` after ``until``.
            StoreUnavailable: retry later.
        """
        if filters.limit < 0:
            raise InvalidQuery("limit must not be negative")
        if (filters.since_ns is not None and filters.until_ns is not None
                and filters.since_ns > filters.until_ns):
            raise InvalidQuery("since is after until")
        limit = min(filters.limit or DEFAULT_LIMIT, MAX_LIMIT)
        return self._store.query(filters=replace(filters, limit=limit))

    def verify(self) -> VerifyResult:
        """Walk the whole chain and report the first damage.

        Raises:
            StoreUnavailable: the store could not be read.
        """
        return self._verifier.verify(self._store.iter_records())

    def head(self) -> ChainHead:
        """The chain's head. Raises: StoreUnavailable."""
        return self._store.head()
