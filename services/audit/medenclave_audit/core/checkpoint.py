"""Signed checkpoints (tree heads) of the audit log, and the walk that checks the log against
them. No I/O here.

A checkpoint says: "the first ``tree_size`` records have the RFC 9162 tree head ``root_hash``
and the chain hash ``chain_hash`` (the hash of record ``tree_size``)", signed with the audit
service's Ed25519 key. Its signed body is plain text, in the spirit of a C2SP checkpoint::

    medenclave.audit/v1
    <tree_size>
    <root hash, base64>
    chain <chain hash, hex>
    time <nanoseconds since the epoch>

The leaves are the canonical bytes of the records in seq order (:func:`record_leaf`), so an
exported record and its inclusion proof can be checked against a checkpoint without the chain.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from medenclave_audit.core.chain import (
    AuditEntry,
    ChainedRecord,
    ChainVerifier,
    Problem,
    VerifyResult,
    canonical,
)
from medenclave_audit.core.merkle import TreeBuilder, leaf_hash
from medenclave_audit.core.ports import CheckpointVerifier

__all__ = [
    "ORIGIN",
    "Checkpoint",
    "InvalidSignature",
    "LogVerifier",
    "checkpoint_body",
    "key_id",
    "record_leaf",
]

ORIGIN = "medenclave.audit/v1"


class InvalidSignature(ValueError):
    """A checkpoint's signature does not verify under any trusted key."""


@dataclass(frozen=True)
class Checkpoint:
    """One signed tree head. ``root_hash`` and ``chain_hash`` are hex; ``signature`` base64."""

    tree_size: int
    root_hash: str
    chain_hash: str
    time_ns: int
    key_id: str
    signature: str

    def body(self) -> bytes:
        """The signed bytes."""
        return checkpoint_body(tree_size=self.tree_size, root_hash=self.root_hash,
                               chain_hash=self.chain_hash, time_ns=self.time_ns)

    def to_dict(self) -> dict[str, object]:
        return {"tree_size": self.tree_size, "root_hash": self.root_hash,
                "chain_hash": self.chain_hash, "time_ns": self.time_ns,
                "key_id": self.key_id, "signature": self.signature,
                "body": self.body().decode()}


def checkpoint_body(*, tree_size: int, root_hash: str, chain_hash: str, time_ns: int) -> bytes:
    """The text that is signed (see the module docstring)."""
    root_b64 = base64.b64encode(bytes.fromhex(root_hash)).decode()
    return (f"{ORIGIN}\n{tree_size}\n{root_b64}\nchain {chain_hash}\ntime {time_ns}\n").encode()


def key_id(public_key_raw: bytes) -> str:
    """A key's id: the first 8 bytes of SHA-256 over its 32 raw bytes, hex."""
    return hashlib.sha256(public_key_raw).hexdigest()[:16]


def record_leaf(entry: AuditEntry) -> bytes:
    """The RFC 9162 leaf hash of a record (leaf data = its canonical bytes)."""
    return leaf_hash(canonical(entry))


@dataclass
class _CheckpointWalk:
    """Where :meth:`LogVerifier.verify` stands among the checkpoints while the records stream by:
    the next checkpoint to reach, the size of the last one that matched, the first that did not.
    """

    next_index: int = 0
    good_size: int = 0
    bad: Checkpoint | None = None


class LogVerifier:
    """One streaming pass over the records: the hash chain, then every checkpoint.

    Problems, first found wins (chain problems are found in seq order as before):

    * ``bad_signature``: a checkpoint is not signed by a trusted key (``first_bad_seq`` 0);
    * ``checkpoint_mismatch``: the tree head or chain hash at a checkpoint's size differs from
      the signed one (records rewritten with recomputed hashes, inserted, or swapped in at the
      tail); ``first_bad_seq`` is the first record after the last checkpoint that still
      matches (the damage lies between it and ``checkpoint_size``);
    * ``truncated``: the log holds fewer records than a signed checkpoint covers;
      ``first_bad_seq`` is the first missing record.
    """

    def __init__(self, *, signatures: CheckpointVerifier | None) -> None:
        self._signatures = signatures

    def verify(self, records: Iterable[ChainedRecord],
               checkpoints: Sequence[Checkpoint]) -> VerifyResult:
        cps = sorted(checkpoints, key=lambda c: c.tree_size)
        if self._signatures is not None:
            for cp in cps:
                try:
                    self._signatures.verify(cp)
                except InvalidSignature:
                    return VerifyResult(valid=False, records=0, first_bad_seq=0,
                                        problem=Problem.BAD_SIGNATURE.value, head_hash="",
                                        checkpoints=len(cps),
                                        checkpoint_size=cp.tree_size)
        builder, state = TreeBuilder(), _CheckpointWalk()

        def at_checkpoints(rec: ChainedRecord) -> None:
            builder.add(record_leaf(rec.entry))
            while state.next_index < len(cps) and cps[state.next_index].tree_size == builder.size:
                cp = cps[state.next_index]
                if state.bad is None:
                    if builder.root().hex() != cp.root_hash or rec.hash != cp.chain_hash:
                        state.bad = cp
                    else:
                        state.good_size = cp.tree_size
                state.next_index += 1

        def tapped(records: Iterable[ChainedRecord]) -> Iterable[ChainedRecord]:
            for rec in records:
                at_checkpoints(rec)
                yield rec

        chain = ChainVerifier().verify(tapped(records))
        last = cps[-1] if cps else None
        extra = {"checkpoints": len(cps), "checkpoint_size": last.tree_size if last else 0}
        if not chain.valid:
            return _with(chain, **extra)
        if state.bad is not None:
            return _with(chain, valid=False, problem=Problem.CHECKPOINT_MISMATCH.value,
                         first_bad_seq=state.good_size + 1, **extra)
        if last is not None and chain.records < last.tree_size:
            return _with(chain, valid=False, problem=Problem.TRUNCATED.value,
                         first_bad_seq=chain.records + 1, **extra)
        return _with(chain, **extra)


def _with(result: VerifyResult, **changes: object) -> VerifyResult:
    return replace(result, **changes)  # type: ignore[arg-type]
