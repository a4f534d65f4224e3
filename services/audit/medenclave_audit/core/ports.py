"""Every port the audit core needs (stores, signers, …), with the errors each raises."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # the records these ports carry; imported for annotations only
    from medenclave_audit.core.chain import AuditEntry, ChainedRecord, ChainHead
    from medenclave_audit.core.checkpoint import Checkpoint
    from medenclave_audit.core.ledger import QueryFilters

__all__ = [
    "AuditStore",
    "CheckpointSigner",
    "CheckpointVerifier",
]


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

    def iter_records(self, *, after_seq: int = 0) -> Iterator[ChainedRecord]:
        """Every record with seq > ``after_seq``, in ascending seq, streamed.

        Raises:
            StoreUnavailable: the store could not be read.
        """
        ...

    def add_checkpoint(self, *, checkpoint: Checkpoint, public_key: bytes) -> bool:
        """Store a signed checkpoint (and its raw public key under its key id, once).

        Returns:
            False when a checkpoint of that tree size was already stored (another replica).

        Raises:
            StoreUnavailable: nothing was stored.
        """
        ...

    def checkpoints(self) -> list[Checkpoint]:
        """Every stored checkpoint, ascending tree size. Raises: StoreUnavailable."""
        ...

    def checkpoint_keys(self) -> dict[str, bytes]:
        """Raw public keys by key id, as published in the store. Raises: StoreUnavailable."""
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


class CheckpointSigner(Protocol):
    """Signs checkpoint bodies with the audit service's key."""

    @property
    def key_id(self) -> str: ...

    def sign(self, body: bytes) -> bytes:
        """The Ed25519 signature of ``body``."""
        ...


class CheckpointVerifier(Protocol):
    """Checks checkpoint signatures against the trusted public keys."""

    def verify(self, checkpoint: Checkpoint) -> None:
        """Raises: InvalidSignature (unknown key or bad signature)."""
        ...
