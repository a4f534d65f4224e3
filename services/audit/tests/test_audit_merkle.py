"""RFC 9162 §2.1 hashing and proofs: the Certificate Transparency test vectors, a cross-check
against a literal transcription of the RFC's recursive definitions, and tampered proofs."""

from __future__ import annotations

import hashlib

import pytest

from medenclave_audit.core.merkle import (
    EMPTY_ROOT,
    InvalidProof,
    ProofSource,
    TreeBuilder,
    consistency_proof,
    inclusion_proof,
    leaf_hash,
    root_hash,
    verify_consistency,
    verify_inclusion,
)

# the leaves used by RFC 6962/9162 implementations' tests (certificate-transparency, trillian)
VECTOR_LEAVES = [b"", b"\x00", b"\x10", b"\x20\x21", b"\x30\x31", b"\x40\x41\x42\x43",
                 bytes(range(0x50, 0x58)), bytes(range(0x60, 0x70))]
VECTOR_ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
LEAVES = [leaf_hash(d) for d in VECTOR_LEAVES]


# --- the RFC's definitions, transcribed literally (no memo, no compact range) ---------------
def _k(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def ref_mth(d: list[bytes]) -> bytes:
    if not d:
        return hashlib.sha256(b"").digest()
    if len(d) == 1:
        return d[0]
    k = _k(len(d))
    return hashlib.sha256(b"\x01" + ref_mth(d[:k]) + ref_mth(d[k:])).digest()


def ref_path(m: int, d: list[bytes]) -> list[bytes]:
    if len(d) == 1:
        return []
    k = _k(len(d))
    if m < k:
        return ref_path(m, d[:k]) + [ref_mth(d[k:])]
    return ref_path(m - k, d[k:]) + [ref_mth(d[:k])]


def ref_subproof(m: int, d: list[bytes], b: bool) -> list[bytes]:
    n = len(d)
    if m == n:
        return [] if b else [ref_mth(d)]
    k = _k(n)
    if m <= k:
        return ref_subproof(m, d[:k], b) + [ref_mth(d[k:])]
    return ref_subproof(m - k, d[k:], False) + [ref_mth(d[:k])]


def test_tree_heads_match_the_ct_vectors():
    assert root_hash([]) == EMPTY_ROOT == hashlib.sha256(b"").digest()
    for n in range(1, 9):
        assert root_hash(LEAVES[:n]).hex() == VECTOR_ROOTS[n - 1]


def test_known_proof_vectors():
    assert [p.hex()[:16] for p in inclusion_proof(0, LEAVES)] == \
        ["96a296d224f285c6", "5f083f0a1a33ca07", "6b47aaf29ee3c2af"]
    assert [p.hex()[:16] for p in inclusion_proof(5, LEAVES)] == \
        ["bc1a0643b12e4d2d", "ca854ea128ed050b", "d37ee418976dd957"]
    assert [p.hex()[:16] for p in consistency_proof(6, LEAVES)] == \
        ["0ebc5d3437fbe2db", "ca854ea128ed050b", "d37ee418976dd957"]
    assert [p.hex()[:16] for p in consistency_proof(2, LEAVES[:5])] == \
        ["5f083f0a1a33ca07", "bc1a0643b12e4d2d"]


def test_every_proof_matches_the_rfc_definitions_and_verifies():
    leaves = [leaf_hash(i.to_bytes(4, "big")) for i in range(37)]
    builder = TreeBuilder()
    for n in range(1, len(leaves) + 1):
        builder.add(leaves[n - 1])
        d = leaves[:n]
        root = ref_mth(d)
        assert builder.root() == root_hash(d) == root
        source = ProofSource(leaves)
        for m in range(n):
            proof = source.inclusion(m, n)
            assert proof == ref_path(m, d)
            verify_inclusion(leaf=d[m], index=m, tree_size=n, proof=proof, root=root)
        for m in range(n + 1):
            proof = source.consistency(m, n)
            assert proof == ([] if m in (0, n) else ref_subproof(m, d, True))
            verify_consistency(old_size=m, new_size=n, old_root=ref_mth(d[:m]), new_root=root,
                               proof=proof)


@pytest.mark.parametrize("n,m", [(8, 0), (8, 5), (13, 12), (5, 4), (1, 0)])
def test_tampered_inclusion_proofs_fail(n, m):
    d = [leaf_hash(bytes([i])) for i in range(n)]
    root, proof = root_hash(d), inclusion_proof(m, d)
    with pytest.raises(InvalidProof):
        verify_inclusion(leaf=leaf_hash(b"forged"), index=m, tree_size=n, proof=proof, root=root)
    if proof:
        bad = [proof[0][:-1] + bytes([proof[0][-1] ^ 1]), *proof[1:]]
        with pytest.raises(InvalidProof):
            verify_inclusion(leaf=d[m], index=m, tree_size=n, proof=bad, root=root)
        with pytest.raises(InvalidProof):
            verify_inclusion(leaf=d[m], index=m, tree_size=n, proof=proof[:-1], root=root)
    with pytest.raises(InvalidProof):
        verify_inclusion(leaf=d[m], index=m, tree_size=n, proof=[*proof, root], root=root)
    with pytest.raises(InvalidProof):
        verify_inclusion(leaf=d[m], index=n, tree_size=n, proof=proof, root=root)


@pytest.mark.parametrize("m,n", [(1, 8), (3, 7), (4, 8), (6, 8), (7, 9), (12, 13)])
def test_tampered_consistency_proofs_fail(m, n):
    d = [leaf_hash(bytes([i])) for i in range(n)]
    old, new, proof = root_hash(d[:m]), root_hash(d), consistency_proof(m, d)
    verify_consistency(old_size=m, new_size=n, old_root=old, new_root=new, proof=proof)
    forked = root_hash([*d[:m - 1], leaf_hash(b"rewritten")])  # history rewritten
    with pytest.raises(InvalidProof):
        verify_consistency(old_size=m, new_size=n, old_root=forked, new_root=new, proof=proof)
    with pytest.raises(InvalidProof):
        verify_consistency(old_size=m, new_size=n, old_root=old, new_root=new, proof=proof[:-1])
    bad = [proof[-1][:-1] + bytes([proof[-1][-1] ^ 1]), *proof[:-1]][::-1]
    with pytest.raises(InvalidProof):
        verify_consistency(old_size=m, new_size=n, old_root=old, new_root=new, proof=bad)
    with pytest.raises(InvalidProof):
        verify_consistency(old_size=n, new_size=m, old_root=new, new_root=old, proof=proof)
