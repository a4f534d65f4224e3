"""The hash chain and the ledger, against the in-memory store (synthetic records only)."""

from __future__ import annotations

import dataclasses
import hashlib
import json

import pytest

from medenclave_audit.adapters.outbound.memory_store import MemoryAuditStore
from medenclave_audit.core.chain import (
    GENESIS_HASH,
    AuditEntry,
    ChainedRecord,
    ChainVerifier,
    InvalidEntry,
    canonical,
    chain_hash,
    validate_entry,
)
from medenclave_audit.core.ledger import AuditLedger, InvalidQuery, QueryFilters

T0 = 1_700_000_000_123_456_789


def entry(i: int, **over: object) -> AuditEntry:
    fields = dict(record_id=f"rec-{i:04d}", time_ns=T0 + i * 1_000_000, service="deid",
                  subject=f"user-{i % 3}", role="radiologist", action=f"act.{i % 2}",
                  resource=f"st-{i:024d}", outcome="success", reason="", trace_id=f"{i:032x}")
    fields.update(over)
    return AuditEntry(**fields)


@pytest.fixture
def filled() -> tuple[AuditLedger, MemoryAuditStore]:
    store = MemoryAuditStore()
    ledger = AuditLedger(store=store)
    ledger.append(entries=[entry(i) for i in range(1, 11)])
    return ledger, store


def test_canonical_form_is_sorted_compact_json_with_integer_nanoseconds():
    e = entry(1, subject="zoë")
    doc = json.loads(canonical(e))
    assert list(doc) == sorted(doc)
    assert doc["time"] == e.time_ns and isinstance(doc["time"], int)
    assert b" " not in canonical(e)
    assert set(doc) == {f.name for f in dataclasses.fields(AuditEntry)} - {"time_ns"} | {"time"}
    assert canonical(e) == canonical(entry(1, subject="zoë"))


def test_hash_is_sha256_of_previous_hash_bytes_and_canonical_record():
    e = entry(1)
    assert chain_hash(GENESIS_HASH, e) == hashlib.sha256(bytes(32) + canonical(e)).hexdigest()


def test_appended_chain_verifies(filled):
    ledger, store = filled
    result = ledger.verify()
    assert result.valid and result.problem == "" and result.first_bad_seq == 0
    assert result.records == 10
    assert result.head_hash == store.rows[-1].hash == ledger.head().hash
    assert store.rows[0].prev_hash == GENESIS_HASH
    assert [r.seq for r in store.rows] == list(range(1, 11))


def test_empty_chain_is_valid_with_genesis_head():
    result = AuditLedger(store=MemoryAuditStore()).verify()
    assert (result.valid, result.records, result.head_hash) == (True, 0, GENESIS_HASH)


def test_reappending_the_same_records_is_idempotent(filled):
    ledger, store = filled
    head = ledger.head()
    assert ledger.append(entries=[entry(3), entry(7)]) == []
    stored = ledger.append(entries=[entry(11), entry(11), entry(5)])
    assert [r.seq for r in stored] == [11]
    assert ledger.head().seq == head.seq + 1 and ledger.verify().valid


def test_modified_field_is_a_hash_mismatch_at_that_seq(filled):
    ledger, store = filled
    rec = store.rows[4]
    store.rows[4] = dataclasses.replace(rec, entry=dataclasses.replace(rec.entry, outcome="denied"))
    result = ledger.verify()
    assert (result.valid, result.problem, result.first_bad_seq) == (False, "hash_mismatch", 5)
    assert result.records == 10


def test_modified_time_is_detected(filled):
    ledger, store = filled
    rec = store.rows[0]
    store.rows[0] = dataclasses.replace(rec, entry=dataclasses.replace(rec.entry,
                                                                       time_ns=rec.entry.time_ns + 1))
    assert (ledger.verify().problem, ledger.verify().first_bad_seq) == ("hash_mismatch", 1)


def test_deleted_middle_record_is_a_seq_gap_at_the_missing_seq(filled):
    ledger, store = filled
    del store.rows[5]  # seq 6
    result = ledger.verify()
    assert (result.valid, result.problem, result.first_bad_seq) == (False, "seq_gap", 6)
    assert result.records == 9


def test_deleted_first_record_is_a_seq_gap_at_one(filled):
    ledger, store = filled
    del store.rows[0]
    assert (ledger.verify().problem, ledger.verify().first_bad_seq) == ("seq_gap", 1)


def test_deleted_and_renumbered_is_a_prev_mismatch(filled):
    ledger, store = filled
    del store.rows[5]
    store.rows[5:] = [dataclasses.replace(r, seq=r.seq - 1) for r in store.rows[5:]]
    result = ledger.verify()
    assert (result.problem, result.first_bad_seq) == ("prev_mismatch", 6)


def test_forged_record_with_a_correct_hash_inserted_in_the_middle_is_detected(filled):
    ledger, store = filled
    prev = store.rows[3]  # seq 4
    forged_entry = entry(99, subject="intruder", action="model.predict")
    forged = ChainedRecord(seq=5, entry=forged_entry, prev_hash=prev.hash,
                           hash=chain_hash(prev.hash, forged_entry))
    rest = [dataclasses.replace(r, seq=r.seq + 1) for r in store.rows[4:]]
    store.rows[4:] = [forged, *rest]
    result = ledger.verify()
    # the forged link is consistent; the old seq 5 (now 6) no longer links to it
    assert (result.valid, result.problem, result.first_bad_seq) == (False, "prev_mismatch", 6)
    assert result.records == 11


def test_forged_record_with_a_made_up_hash_is_a_hash_mismatch(filled):
    ledger, store = filled
    prev = store.rows[3]
    forged = ChainedRecord(seq=5, entry=entry(99), prev_hash=prev.hash, hash="ab" * 32)
    store.rows[4:] = [forged, *[dataclasses.replace(r, seq=r.seq + 1) for r in store.rows[4:]]]
    assert (ledger.verify().problem, ledger.verify().first_bad_seq) == ("hash_mismatch", 5)


def test_rows_yielded_out_of_order_are_reported_where_the_order_breaks(filled):
    ledger, store = filled
    store.rows[2], store.rows[3] = store.rows[3], store.rows[2]  # yields 1,2,4,3,5,...
    result = ledger.verify()
    assert (result.valid, result.problem, result.first_bad_seq) == (False, "seq_gap", 3)


def test_a_seq_going_backwards_is_seq_order():
    store = MemoryAuditStore()
    ledger = AuditLedger(store=store)
    ledger.append(entries=[entry(1), entry(2), entry(3)])
    store.rows.append(store.rows[0])  # 1,2,3,1
    assert (ledger.verify().problem, ledger.verify().first_bad_seq) == ("seq_order", 1)


def test_reordered_rows_with_swapped_seq_numbers_are_a_prev_mismatch(filled):
    ledger, store = filled
    a, b = store.rows[2], store.rows[3]
    store.rows[2], store.rows[3] = dataclasses.replace(b, seq=3), dataclasses.replace(a, seq=4)
    assert (ledger.verify().problem, ledger.verify().first_bad_seq) == ("prev_mismatch", 3)


def test_repeated_seq_is_seq_order():
    rows = MemoryAuditStore()
    ledger = AuditLedger(store=rows)
    ledger.append(entries=[entry(1), entry(2)])
    rows.rows.append(rows.rows[1])
    result = ledger.verify()
    assert (result.problem, result.first_bad_seq) == ("seq_order", 2)


def test_only_the_first_damage_is_reported(filled):
    ledger, store = filled
    del store.rows[8]
    rec = store.rows[2]
    store.rows[2] = dataclasses.replace(rec, entry=dataclasses.replace(rec.entry, action="x"))
    assert (ledger.verify().problem, ledger.verify().first_bad_seq) == ("hash_mismatch", 3)


def test_verifier_accepts_any_iterable():
    store = MemoryAuditStore()
    AuditLedger(store=store).append(entries=[entry(1), entry(2)])
    assert ChainVerifier().verify(iter(store.rows)).valid


@pytest.mark.parametrize("bad", [
    dict(record_id=""), dict(time_ns=-1), dict(resource="a\x00b"), dict(reason="x" * 5000)])
def test_unstorable_entries_are_refused_and_nothing_is_stored(bad):
    with pytest.raises(InvalidEntry):
        validate_entry(entry(1, **bad))
    store = MemoryAuditStore()
    with pytest.raises(InvalidEntry):
        AuditLedger(store=store).append(entries=[entry(2), entry(1, **bad)])
    assert store.rows == []


def test_query_filters_window_and_limit(filled):
    ledger, _ = filled
    assert [r.seq for r in ledger.query(filters=QueryFilters(subject="user-1"))] == [1, 4, 7, 10]
    assert [r.seq for r in ledger.query(filters=QueryFilters(action="act.0", limit=2))] == [2, 4]
    window = QueryFilters(since_ns=T0 + 3_000_000, until_ns=T0 + 6_000_000)
    assert [r.seq for r in ledger.query(filters=window)] == [3, 4, 5]
    assert [r.seq for r in ledger.query(filters=QueryFilters(trace_id=f"{7:032x}"))] == [7]
    assert ledger.query(filters=QueryFilters(resource="st-none")) == []
    with pytest.raises(InvalidQuery):
        ledger.query(filters=QueryFilters(limit=-1))
    with pytest.raises(InvalidQuery):
        ledger.query(filters=QueryFilters(since_ns=T0 + 2, until_ns=T0 + 1))


def test_to_dict_gives_rfc3339_microseconds(filled):
    _, store = filled
    d = store.rows[0].to_dict()
    assert d["time"] == "2023-11-14T22:13:20.124456Z"
    assert d["seq"] == 1 and d["hash"] == store.rows[0].hash
