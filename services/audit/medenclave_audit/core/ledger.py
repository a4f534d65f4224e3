"""The audit ledger: what the service does with records, over a store it is given. No I/O here."""

from __future__ import annotations

import base64
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from medenclave_audit.core.chain import (
    AuditEntry,
    ChainedRecord,
    ChainHead,
    VerifyResult,
    validate_entry,
)
from medenclave_audit.core.checkpoint import Checkpoint, LogVerifier, checkpoint_body, record_leaf
from medenclave_audit.core.merkle import TreeBuilder
from medenclave_audit.core.ports import AuditStore, CheckpointSigner, CheckpointVerifier

__all__ = [
    "DEFAULT_LIMIT",
    "MAX_LIMIT",
    "AuditLedger",
    "CheckpointConflict",
    "Checkpointer",
    "InvalidQuery",
    "QueryFilters",
    "StoreUnavailable",
]

DEFAULT_LIMIT = 1000
MAX_LIMIT = 10000


class StoreUnavailable(Exception):
    """The store could not complete the operation now (connection, lock timeout); retry later."""


class CheckpointConflict(Exception):
    """The stored records no longer match the last signed checkpoint: no new one is signed."""


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

    def matches(self, rec: ChainedRecord) -> bool:
        """Whether ``rec`` passes every filter (the limit is not applied here)."""
        e = rec.entry
        return not ((self.subject and e.subject != self.subject)
                    or (self.action and e.action != self.action)
                    or (self.resource and e.resource != self.resource)
                    or (self.trace_id and e.trace_id != self.trace_id)
                    or (self.since_ns is not None and e.time_ns < self.since_ns)
                    or (self.until_ns is not None and e.time_ns >= self.until_ns))

    def used(self) -> list[str]:
        """Names of the filters that are set (for the audit trail of a query; no values)."""
        names = [n for n in ("subject", "action", "resource", "trace_id") if getattr(self, n)]
        if self.since_ns is not None:
            names.append("since")
        if self.until_ns is not None:
            names.append("until")
        return names


class AuditLedger:
    """Appends, queries and verifies the hash-chained audit log."""

    def __init__(self, *, store: AuditStore,
                 signatures: CheckpointVerifier | None = None) -> None:
        self._store = store
        self._signatures = signatures

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
        """Walk the whole chain, check it against every signed checkpoint, report the first
        damage (see :class:`~medenclave_audit.core.checkpoint.LogVerifier`).

        Raises:
            StoreUnavailable: the store could not be read.
        """
        checkpoints = self._store.checkpoints()
        return LogVerifier(signatures=self._signatures).verify(self._store.iter_records(),
                                                               checkpoints)

    def checkpoints(self) -> list[Checkpoint]:
        """Every signed checkpoint, ascending tree size. Raises: StoreUnavailable."""
        return self._store.checkpoints()

    def records(self, *, after_seq: int = 0) -> Iterator[ChainedRecord]:
        """Every record after ``after_seq``, ascending. Raises: StoreUnavailable."""
        return self._store.iter_records(after_seq=after_seq)

    def head(self) -> ChainHead:
        """The chain's head. Raises: StoreUnavailable."""
        return self._store.head()


class Checkpointer:
    """Signs a checkpoint every ``every_records`` new records or ``interval_ns`` of time.

    Keeps the compact Merkle range of the records seen so far; :meth:`load` rebuilds it from the
    store once and refuses (:class:`CheckpointConflict`) when the store no longer matches the
    last signed checkpoint, so damaged records are never signed over.

    Args:
        store: the audit store.
        signer: the audit service's key.
        public_key: the signer's raw 32-byte public key (published in the store).
        every_records: sign after this many new records.
        interval_ns: or after this much time when there is at least one new record.
    """

    def __init__(self, *, store: AuditStore, signer: CheckpointSigner, public_key: bytes,
                 every_records: int, interval_ns: int) -> None:
        self._store = store
        self._signer = signer
        self._public_key = public_key
        self._every = every_records
        self._interval_ns = interval_ns
        self._tree: TreeBuilder | None = None
        self._chain_hash = ""
        self._last: Checkpoint | None = None
        self._started_ns: int | None = None

    @property
    def last(self) -> Checkpoint | None:
        return self._last

    def load(self) -> None:
        """Rebuild the tree from the store and check it against the last checkpoint.

        Raises:
            CheckpointConflict: the records differ from what the last checkpoint signed.
            StoreUnavailable: retry later.
        """
        stored = self._store.checkpoints()
        self._last = stored[-1] if stored else None
        self._tree, self._chain_hash = TreeBuilder(), ""
        last = self._last
        if last is not None and last.tree_size:
            limit = last.tree_size
            self._extend(up_to=limit)
            if (self._tree.size != limit or self._tree.root().hex() != last.root_hash
                    or self._chain_hash != last.chain_hash):
                self._tree = None
                raise CheckpointConflict("stored records do not match the last checkpoint")

    def _extend(self, *, up_to: int | None = None) -> None:
        if self._tree is None:
            raise RuntimeError("the Merkle tree is not loaded")
        for rec in self._store.iter_records(after_seq=self._tree.size):
            if rec.seq != self._tree.size + 1:
                raise CheckpointConflict(f"seq {self._tree.size + 1} missing")
            self._tree.add(record_leaf(rec.entry))
            self._chain_hash = rec.hash
            if up_to is not None and self._tree.size >= up_to:
                return

    def maybe_checkpoint(self, *, now_ns: int, force: bool = False) -> Checkpoint | None:
        """Sign and store a checkpoint if one is due (``force``: whenever there are new records).

        Returns:
            The new checkpoint, or None when none was due.

        Raises:
            CheckpointConflict: the store no longer matches the last checkpoint.
            StoreUnavailable: retry later.
        """
        if self._tree is None:
            self.load()
        if self._tree is None:
            raise RuntimeError("the Merkle tree is not loaded")
        if self._started_ns is None:
            self._started_ns = now_ns  # the interval of a log never checkpointed starts now
        last_size = self._last.tree_size if self._last else 0
        last_time = self._last.time_ns if self._last else self._started_ns
        self._extend()
        new = self._tree.size - last_size
        if new <= 0:
            return None
        if not (force or new >= self._every or now_ns - last_time >= self._interval_ns):
            return None
        root = self._tree.root().hex()
        body = checkpoint_body(tree_size=self._tree.size, root_hash=root,
                               chain_hash=self._chain_hash, time_ns=now_ns)
        cp = Checkpoint(tree_size=self._tree.size, root_hash=root, chain_hash=self._chain_hash,
                        time_ns=now_ns, key_id=self._signer.key_id,
                        signature=base64.b64encode(self._signer.sign(body)).decode())
        if not self._store.add_checkpoint(checkpoint=cp, public_key=self._public_key):
            self.load()  # another replica signed this size first; follow its checkpoint
            return None
        self._last = cp
        return cp
