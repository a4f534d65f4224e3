"""An in-memory :class:`~medenclave_audit.core.ledger.AuditStore` for tests and tools.

``rows`` is a plain list an attacker (a test) may edit directly to simulate tampering.
"""

from __future__ import annotations

import threading
from typing import Iterator, Sequence

from medenclave_audit.core.chain import AuditEntry, ChainHead, ChainedRecord, dedupe, link
from medenclave_audit.core.ledger import QueryFilters

__all__ = ["MemoryAuditStore"]


class MemoryAuditStore:
    """Records in a list, yielded in list order (so a reordered list is seen as reordered)."""

    def __init__(self) -> None:
        self.rows: list[ChainedRecord] = []
        self._lock = threading.Lock()

    def append(self, *, entries: Sequence[AuditEntry]) -> list[ChainedRecord]:
        with self._lock:
            fresh = dedupe(entries, known={r.entry.record_id for r in self.rows})
            stored = link(fresh, head=self._head())
            self.rows.extend(stored)
            return stored

    def iter_records(self) -> Iterator[ChainedRecord]:
        return iter(list(self.rows))

    def query(self, *, filters: QueryFilters) -> list[ChainedRecord]:
        out = []
        for rec in sorted(self.rows, key=lambda r: r.seq):
            e = rec.entry
            if ((filters.subject and e.subject != filters.subject)
                    or (filters.action and e.action != filters.action)
                    or (filters.resource and e.resource != filters.resource)
                    or (filters.trace_id and e.trace_id != filters.trace_id)
                    or (filters.since_ns is not None and e.time_ns < filters.since_ns)
                    or (filters.until_ns is not None and e.time_ns >= filters.until_ns)):
                continue
            out.append(rec)
            if len(out) >= filters.limit:
                break
        return out

    def head(self) -> ChainHead:
        with self._lock:
            return self._head()

    def _head(self) -> ChainHead:
        if not self.rows:
            return ChainHead()
        last = max(self.rows, key=lambda r: r.seq)
        return ChainHead(seq=last.seq, hash=last.hash)
