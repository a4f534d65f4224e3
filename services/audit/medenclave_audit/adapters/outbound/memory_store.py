"""An in-memory :class:`~medenclave_audit.core.ledger.AuditStore` for tests and tools.

``rows`` is a plain list an attacker (a test) may edit directly to simulate tampering.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence

from medenclave_audit.core.chain import AuditEntry, ChainedRecord, ChainHead, dedupe, link
from medenclave_audit.core.checkpoint import Checkpoint
from medenclave_audit.core.ledger import QueryFilters

__all__ = ["MemoryAuditStore"]


class MemoryAuditStore:
    """Records in a list, yielded in list order (so a reordered list is seen as reordered)."""

    def __init__(self) -> None:
        self.rows: list[ChainedRecord] = []
        self.checkpoint_rows: list[Checkpoint] = []
        self.keys: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def append(self, *, entries: Sequence[AuditEntry]) -> list[ChainedRecord]:
        with self._lock:
            fresh = dedupe(entries, known={r.entry.record_id for r in self.rows})
            stored = link(fresh, head=self._head())
            self.rows.extend(stored)
            return stored

    def iter_records(self, *, after_seq: int = 0) -> Iterator[ChainedRecord]:
        return iter([r for r in self.rows if r.seq > after_seq] if after_seq else list(self.rows))

    def add_checkpoint(self, *, checkpoint: Checkpoint, public_key: bytes) -> bool:
        with self._lock:
            self.keys.setdefault(checkpoint.key_id, public_key)
            if any(c.tree_size == checkpoint.tree_size for c in self.checkpoint_rows):
                return False
            self.checkpoint_rows.append(checkpoint)
            return True

    def checkpoints(self) -> list[Checkpoint]:
        return sorted(self.checkpoint_rows, key=lambda c: c.tree_size)

    def checkpoint_keys(self) -> dict[str, bytes]:
        return dict(self.keys)

    def query(self, *, filters: QueryFilters) -> list[ChainedRecord]:
        out = []
        for rec in sorted(self.rows, key=lambda r: r.seq):
            if not filters.matches(rec):
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
