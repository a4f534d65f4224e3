"""Merkle tree hashing, inclusion and consistency proofs as in RFC 9162 §2.1. No I/O here.

``leaf_hash(d) = SHA-256(0x00 || d)``, ``node_hash(l, r) = SHA-256(0x01 || l || r)``; the tree
head of ``n`` leaves splits at ``k``, the largest power of two smaller than ``n``. The audit log's
leaves are the canonical bytes of its records in seq order (:func:`record_leaf`).

:class:`TreeBuilder` keeps only the roots of the perfect subtrees of the leaves seen so far
(the "compact range"), so the head of a log of any size is computed in one streaming pass with
O(log n) memory.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

__all__ = [
    "EMPTY_ROOT",
    "InvalidProof",
    "ProofSource",
    "TreeBuilder",
    "consistency_proof",
    "inclusion_proof",
    "leaf_hash",
    "node_hash",
    "root_hash",
    "verify_consistency",
    "verify_inclusion",
]

EMPTY_ROOT = hashlib.sha256(b"").digest()


class InvalidProof(ValueError):
    """A proof does not fit its sizes or does not lead to the expected root."""


def leaf_hash(data: bytes) -> bytes:
    """``SHA-256(0x00 || data)``."""
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """``SHA-256(0x01 || left || right)``."""
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two smaller than ``n`` (n >= 2)."""
    return 1 << ((n - 1).bit_length() - 1)


class TreeBuilder:
    """Streams leaf hashes in and answers the tree head at the current size."""

    def __init__(self) -> None:
        self.size = 0
        self._stack: list[tuple[int, bytes]] = []  # (height, root of a perfect subtree)

    def add(self, leaf: bytes) -> None:
        """Append one leaf hash (already ``leaf_hash``-ed)."""
        height, node = 0, leaf
        while self._stack and self._stack[-1][0] == height:
            _, left = self._stack.pop()
            node, height = node_hash(left, node), height + 1
        self._stack.append((height, node))
        self.size += 1

    def root(self) -> bytes:
        """The RFC 9162 tree head of the leaves added so far."""
        if not self._stack:
            return EMPTY_ROOT
        node = self._stack[-1][1]
        for _, left in reversed(self._stack[:-1]):
            node = node_hash(left, node)
        return node


def root_hash(leaves: Sequence[bytes]) -> bytes:
    """MTH(D[n]) of already-hashed leaves."""
    builder = TreeBuilder()
    for leaf in leaves:
        builder.add(leaf)
    return builder.root()


class _Subtrees:
    """Leaves with memoised subtree heads: many proofs over one tree cost O(n log n) in all."""

    def __init__(self, leaves: Sequence[bytes]) -> None:
        self.leaves = leaves
        self._memo: dict[tuple[int, int], bytes] = {}

    def __len__(self) -> int:
        return len(self.leaves)

    def head(self, lo: int, hi: int) -> bytes:
        if hi - lo == 1:
            return self.leaves[lo]
        got = self._memo.get((lo, hi))
        if got is None:
            k = _split(hi - lo)
            got = node_hash(self.head(lo, lo + k), self.head(lo + k, hi))
            self._memo[(lo, hi)] = got
        return got


def _subtree(tree: _Subtrees, lo: int, hi: int) -> bytes:
    return tree.head(lo, hi)


class ProofSource:
    """Inclusion and consistency proofs over one fixed list of leaf hashes (memoised)."""

    def __init__(self, leaves: Sequence[bytes]) -> None:
        self._tree = _Subtrees(leaves)

    @property
    def size(self) -> int:
        return len(self._tree)

    def root(self, size: int | None = None) -> bytes:
        """MTH of the first ``size`` leaves (default all)."""
        n = len(self._tree) if size is None else size
        return EMPTY_ROOT if n == 0 else self._tree.head(0, n)

    def inclusion(self, index: int, size: int | None = None) -> list[bytes]:
        """PATH(index, D[size]). Raises: ValueError (index outside the tree)."""
        n = len(self._tree) if size is None else size
        if not 0 <= index < n <= len(self._tree):
            raise ValueError("leaf index outside the tree")
        return _path(index, self._tree, 0, n)

    def consistency(self, old_size: int, size: int | None = None) -> list[bytes]:
        """PROOF(old_size, D[size]). Raises: ValueError (sizes out of range)."""
        n = len(self._tree) if size is None else size
        if not 0 <= old_size <= n <= len(self._tree):
            raise ValueError("old size outside the tree")
        if old_size in (0, n):
            return []
        return _subproof(old_size, self._tree, 0, n, True)


def inclusion_proof(index: int, leaves: Sequence[bytes]) -> list[bytes]:
    """PATH(m, D[n]) of RFC 9162 §2.1.3.1 for leaf ``index`` (0-based) of hashed ``leaves``.

    Raises:
        ValueError: ``index`` is outside the tree.
    """
    return ProofSource(leaves).inclusion(index)


def _path(m: int, leaves: _Subtrees, lo: int, hi: int) -> list[bytes]:
    n = hi - lo
    if n == 1:
        return []
    k = _split(n)
    if m < k:
        return _path(m, leaves, lo, lo + k) + [_subtree(leaves, lo + k, hi)]
    return _path(m - k, leaves, lo + k, hi) + [_subtree(leaves, lo, lo + k)]


def consistency_proof(old_size: int, leaves: Sequence[bytes]) -> list[bytes]:
    """PROOF(m, D[n]) of RFC 9162 §2.1.4.1 between the first ``old_size`` leaves and all.

    Raises:
        ValueError: ``old_size`` is not within ``0..len(leaves)``.
    """
    return ProofSource(leaves).consistency(old_size)


def _subproof(m: int, leaves: _Subtrees, lo: int, hi: int, whole: bool) -> list[bytes]:
    n = hi - lo
    if m == n:
        return [] if whole else [_subtree(leaves, lo, hi)]
    k = _split(n)
    if m <= k:
        return _subproof(m, leaves, lo, lo + k, whole) + [_subtree(leaves, lo + k, hi)]
    return _subproof(m - k, leaves, lo + k, hi, False) + [_subtree(leaves, lo, lo + k)]


def verify_inclusion(*, leaf: bytes, index: int, tree_size: int, proof: Sequence[bytes],
                     root: bytes) -> None:
    """RFC 9162 §2.1.3.2: check that ``leaf`` (a leaf hash) is at ``index`` in the tree ``root``.

    Raises:
        InvalidProof: the proof does not lead to ``root``.
    """
    if not 0 <= index < tree_size:
        raise InvalidProof("leaf index outside the tree")
    fn, sn, r = index, tree_size - 1, leaf
    for p in proof:
        if sn == 0:
            raise InvalidProof("proof longer than the tree")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn, sn = fn >> 1, sn >> 1
        else:
            r = node_hash(r, p)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0 or r != root:
        raise InvalidProof("inclusion proof does not lead to the tree head")


def verify_consistency(*, old_size: int, new_size: int, old_root: bytes, new_root: bytes,
                       proof: Sequence[bytes]) -> None:
    """RFC 9162 §2.1.4.2: check that the tree ``new_root`` extends the tree ``old_root``.

    Raises:
        InvalidProof: sizes out of order or the proof does not reproduce both roots.
    """
    if not 0 <= old_size <= new_size:
        raise InvalidProof("old size larger than new size")
    if old_size == new_size:
        if proof or old_root != new_root:
            raise InvalidProof("equal sizes need equal roots and an empty proof")
        return
    if old_size == 0:
        if proof:
            raise InvalidProof("a proof from the empty tree must be empty")
        return
    path = list(proof)
    if old_size & (old_size - 1) == 0:  # a power of two: the old root is the first node
        path.insert(0, old_root)
    if not path:
        raise InvalidProof("empty consistency proof")
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            raise InvalidProof("proof longer than the trees")
        if fn & 1 or fn == sn:
            fr, sr = node_hash(c, fr), node_hash(c, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(sr, c)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0 or fr != old_root or sr != new_root:
        raise InvalidProof("consistency proof does not reproduce both tree heads")

