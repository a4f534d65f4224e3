"""Signed checkpoints over the in-memory store: when they are signed, what verification finds
(truncated tail, rewritten history, forged signatures), and exports an auditor can check."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from medenclave_audit.adapters.outbound.export_files import read_export, write_export
from medenclave_audit.adapters.outbound.key_files import (
    TrustedKeys,
    load_or_create_checkpoint_key,
    read_public_key_file,
)
from medenclave_audit.adapters.outbound.memory_store import MemoryAuditStore
from medenclave_audit.core.chain import AuditEntry, ChainHead, link
from medenclave_audit.core.checkpoint import InvalidSignature
from medenclave_audit.core.export import build_export, check_export
from medenclave_audit.core.ledger import AuditLedger, CheckpointConflict, Checkpointer

T0 = 1_750_000_000_000_000_000


def entry(i: int, **over: object) -> AuditEntry:
    fields = dict(record_id=f"rec-{i:04d}", time_ns=T0 + i, service="deid",
                  subject=f"user-{i % 3}", role="radiologist", action="data.read",
                  resource=f"pseudo_study:2.25.{i}", outcome="success", trace_id=f"{i:032x}")
    fields.update(over)
    return AuditEntry(**fields)


@pytest.fixture
def key(tmp_path):
    return load_or_create_checkpoint_key(tmp_path / "audit" / "keys")


def make(key, n: int, every: int = 4):
    store = MemoryAuditStore()
    ledger = AuditLedger(store=store, signatures=TrustedKeys([key.public_key]))
    cpr = Checkpointer(store=store, signer=key, public_key=key.public_key, every_records=every,
                       interval_ns=10**12)
    for i in range(1, n + 1):
        ledger.append(entries=[entry(i)])
        cpr.maybe_checkpoint(now_ns=T0 + i)
    return store, ledger, cpr


def test_key_is_created_once_and_published(tmp_path, key):
    again = load_or_create_checkpoint_key(tmp_path / "audit" / "keys")
    assert again.key_id == key.key_id and len(key.public_key) == 32
    assert (tmp_path / "audit" / "keys" / "checkpoint-signing.pem").stat().st_mode & 0o077 == 0
    assert read_public_key_file(tmp_path / "audit" / "keys" / "checkpoint-signing.pub") == \
        key.public_key


def test_checkpoints_every_n_records_or_after_the_interval(key):
    store, ledger, cpr = make(key, 10, every=4)
    assert [c.tree_size for c in store.checkpoints()] == [4, 8]
    assert cpr.maybe_checkpoint(now_ns=T0 + 11) is None            # 2 new, interval not over
    cp = cpr.maybe_checkpoint(now_ns=T0 + 8 + 10**12)               # interval over
    assert cp is not None and cp.tree_size == 10
    assert cpr.maybe_checkpoint(now_ns=T0 + 10**13, force=True) is None  # nothing new
    assert store.checkpoint_keys() == {key.key_id: key.public_key}
    result = ledger.verify()
    assert (result.valid, result.checkpoints, result.checkpoint_size) == (True, 3, 10)
    assert cp.body().decode().splitlines()[:2] == ["medenclave.audit/v1", "10"]


def test_truncated_tail_is_found_against_the_last_checkpoint(key):
    store, ledger, _ = make(key, 10, every=4)
    del store.rows[6:]                      # records 7..10 cut off; the chain itself is fine
    result = ledger.verify()
    assert (result.valid, result.problem, result.first_bad_seq, result.records) == \
        (False, "truncated", 7, 6)


def test_rewritten_history_with_recomputed_hashes_misses_the_checkpoint(key):
    store, ledger, _ = make(key, 10, every=4)
    forged = [replace(r.entry, outcome="denied") if r.seq == 6 else r.entry for r in store.rows]
    store.rows[:] = link(forged, head=ChainHead())
    result = ledger.verify()
    # the chain is internally valid again; the checkpoint at 8 is not: damage within 5..8
    assert (result.valid, result.problem, result.first_bad_seq) == \
        (False, "checkpoint_mismatch", 5)


def test_tail_replaced_by_forged_records_is_found(key):
    store, ledger, _ = make(key, 8, every=4)
    del store.rows[7:]
    store.append(entries=[entry(99, subject="intruder")])  # seq 8 again, well chained
    result = ledger.verify()
    assert (result.valid, result.problem, result.first_bad_seq) == \
        (False, "checkpoint_mismatch", 5)


def test_forged_or_foreign_checkpoints_are_refused(key, tmp_path):
    store, ledger, _ = make(key, 8, every=4)
    store.checkpoint_rows[1] = replace(store.checkpoint_rows[1], tree_size=7)
    assert ledger.verify().problem == "bad_signature"
    other = load_or_create_checkpoint_key(tmp_path / "other")
    with pytest.raises(InvalidSignature):
        TrustedKeys([other.public_key]).verify(store.checkpoint_rows[0])


def test_checkpointer_refuses_to_sign_over_damage(key):
    store, ledger, cpr = make(key, 8, every=4)
    del store.rows[5:]
    fresh = Checkpointer(store=store, signer=key, public_key=key.public_key, every_records=1,
                         interval_ns=1)
    with pytest.raises(CheckpointConflict):
        fresh.maybe_checkpoint(now_ns=T0 + 100)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_round_trip_and_independent_check(key, tmp_path, fmt):
    store, ledger, cpr = make(key, 11, every=4)
    cps, recs = build_export(records=store.iter_records(), checkpoints=store.checkpoints(),
                             select=lambda r: r.entry.subject == "user-1")
    assert [c.checkpoint.tree_size for c in cps] == [4, 8]
    assert [r.record.seq for r in recs] == [1, 4, 7, 10]
    assert [r.tree_size for r in recs] == [8, 8, 8, 0]   # 10 is after the last checkpoint
    buf = io.StringIO()
    assert write_export(buf, fmt, checkpoints=cps, records=recs,
                        keys=store.checkpoint_keys()) == 4
    path = tmp_path / f"export.{fmt}"
    path.write_text(buf.getvalue())
    cps2, recs2, keys = read_export(path)
    assert keys == {key.key_id: key.public_key} and recs2 == recs and cps2 == cps
    check = check_export(checkpoints=cps2, records=recs2, signatures=TrustedKeys(keys))
    assert (check.valid, check.records, check.proven, check.checkpoints) == (True, 4, 3, 2)

    edited = [replace(recs2[1], record=replace(recs2[1].record, entry=replace(
        recs2[1].record.entry, subject="someone-else")))]
    assert check_export(checkpoints=cps2, records=edited,
                        signatures=TrustedKeys(keys)).problem == "leaf_mismatch"
    moved = [replace(recs2[1], leaf_hash=recs2[2].leaf_hash,
                     record=replace(recs2[1].record, entry=recs2[2].record.entry))]
    bad = check_export(checkpoints=cps2, records=moved, signatures=TrustedKeys(keys))
    assert (bad.problem, bad.bad_seq) == ("inclusion_failed", 4)
    other = load_or_create_checkpoint_key(tmp_path / "other")
    assert check_export(checkpoints=cps2, records=recs2,
                        signatures=TrustedKeys([other.public_key])).problem == "bad_signature"
