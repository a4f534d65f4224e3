"""Exports an auditor can check on their own: records with RFC 9162 inclusion proofs against
the latest signed checkpoint, and the checkpoints with consistency proofs between them. No I/O.

:func:`build_export` reads the whole log once (the proofs need every leaf) and keeps the
records that match; :func:`check_export` re-checks an export without the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from medenclave_audit.core.chain import ChainedRecord
from medenclave_audit.core.checkpoint import Checkpoint, InvalidSignature, record_leaf
from medenclave_audit.core.merkle import (
    InvalidProof,
    ProofSource,
    verify_consistency,
    verify_inclusion,
)
from medenclave_audit.core.ports import CheckpointVerifier

__all__ = ["ExportCheck", "ExportedCheckpoint", "ExportedRecord", "build_export", "check_export"]


@dataclass(frozen=True)
class ExportedCheckpoint:
    """A checkpoint and the consistency proof (hex) from the previous exported one."""

    checkpoint: Checkpoint
    consistency_proof: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExportedRecord:
    """A record, its leaf hash and its inclusion proof (hex) in the tree of ``tree_size``
    (0 when no checkpoint covers it yet)."""

    record: ChainedRecord
    leaf_hash: str
    tree_size: int
    inclusion_proof: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {**self.record.to_dict(), "leaf_hash": self.leaf_hash,
                "tree_size": self.tree_size, "inclusion_proof": list(self.inclusion_proof)}


def build_export(*, records: Iterable[ChainedRecord], checkpoints: Sequence[Checkpoint],
                 select: Callable[[ChainedRecord], bool]
                 ) -> tuple[list[ExportedCheckpoint], list[ExportedRecord]]:
    """Proofs for the selected records against the last checkpoint.

    Args:
        records: the whole log in ascending seq.
        checkpoints: the signed checkpoints (any order).
        select: which records to export.

    Returns:
        The checkpoints (ascending, each with the consistency proof from the one before) and the
        selected records in seq order.
    """
    leaves: list[bytes] = []
    chosen: list[ChainedRecord] = []
    for rec in records:
        leaves.append(record_leaf(rec.entry))
        if select(rec):
            chosen.append(rec)
    proofs = ProofSource(leaves)
    cps = [c for c in sorted(checkpoints, key=lambda c: c.tree_size) if c.tree_size <= len(leaves)]
    out_cps: list[ExportedCheckpoint] = []
    prev = 0
    for cp in cps:
        proof = proofs.consistency(prev, cp.tree_size) if prev else []
        out_cps.append(ExportedCheckpoint(cp, tuple(p.hex() for p in proof)))
        prev = cp.tree_size
    size = cps[-1].tree_size if cps else 0
    out_recs = []
    for rec in chosen:
        index = rec.seq - 1
        covered = 0 <= index < size
        proof = proofs.inclusion(index, size) if covered else []
        out_recs.append(ExportedRecord(rec, leaves[index].hex() if 0 <= index < len(leaves)
                                       else record_leaf(rec.entry).hex(),
                                       size if covered else 0, tuple(p.hex() for p in proof)))
    return out_cps, out_recs


@dataclass(frozen=True)
class ExportCheck:
    """What :func:`check_export` found. ``problem`` "" when everything verified."""

    valid: bool
    records: int
    proven: int
    checkpoints: int
    problem: str = ""
    bad_seq: int = 0


def check_export(*, checkpoints: Sequence[ExportedCheckpoint], records: Sequence[ExportedRecord],
                 signatures: CheckpointVerifier) -> ExportCheck:
    """Verify an export: signatures, consistency between checkpoints, every inclusion proof.

    Records not yet covered by a checkpoint (``tree_size`` 0) count as unproven, not as bad.
    """
    by_size: dict[int, Checkpoint] = {}
    prev: Checkpoint | None = None
    n_cps = len(checkpoints)
    for item in checkpoints:
        cp = item.checkpoint
        try:
            signatures.verify(cp)
            if prev is not None:
                verify_consistency(old_size=prev.tree_size, new_size=cp.tree_size,
                                   old_root=bytes.fromhex(prev.root_hash),
                                   new_root=bytes.fromhex(cp.root_hash),
                                   proof=[bytes.fromhex(p) for p in item.consistency_proof])
        except InvalidSignature:
            return ExportCheck(False, len(records), 0, n_cps, "bad_signature")
        except (InvalidProof, ValueError):
            return ExportCheck(False, len(records), 0, n_cps, "inconsistent_checkpoints")
        by_size[cp.tree_size] = cp
        prev = cp
    proven = 0
    for exported in records:
        rec = exported.record
        leaf = record_leaf(rec.entry)
        if leaf.hex() != exported.leaf_hash:
            return ExportCheck(False, len(records), proven, n_cps, "leaf_mismatch", rec.seq)
        if not exported.tree_size:
            continue
        covering = by_size.get(exported.tree_size)
        if covering is None:
            return ExportCheck(False, len(records), proven, n_cps, "unknown_checkpoint", rec.seq)
        try:
            verify_inclusion(leaf=leaf, index=rec.seq - 1, tree_size=covering.tree_size,
                             proof=[bytes.fromhex(p) for p in exported.inclusion_proof],
                             root=bytes.fromhex(covering.root_hash))
        except (InvalidProof, ValueError):
            return ExportCheck(False, len(records), proven, n_cps, "inclusion_failed", rec.seq)
        proven += 1
    return ExportCheck(True, len(records), proven, n_cps)
