"""Every tamper kind against a real store with signed checkpoints — SQLite and PostgreSQL
(when DATABASE_URL is set) — found by the offline verifier the CLI uses, naming the first bad
record: modified, deleted, inserted, reordered, truncated, history rewritten with recomputed
hashes, and a forged checkpoint."""

from __future__ import annotations

from dataclasses import replace

import pytest
import sqlalchemy as sa

from medenclave_audit.adapters.outbound.key_files import load_or_create_checkpoint_key
from medenclave_audit.adapters.outbound.sql_store import open_store
from medenclave_audit.core.chain import AuditEntry, ChainHead, chain_hash, link
from medenclave_audit.core.ledger import AuditLedger, Checkpointer
from medenclave_audit.offline import export_store, trusted_keys, verify_store

T0 = 1_750_000_000_000_000_000
N = 12


def entry(i: int, **over: object) -> AuditEntry:
    fields = dict(record_id=f"rec-{i:04d}", time_ns=T0 + i * 1000, service="ingest",
                  subject=f"user-{i % 3}", role="radiologist", action="raw.read",
                  resource=f"st-{i}", outcome="success", reason="", trace_id=f"{i:032x}")
    fields.update(over)
    return AuditEntry(**fields)


def _row(seq: int, e: AuditEntry, prev: str, digest: str) -> dict:
    return dict(seq=seq, record_id=e.record_id, time=e.time_ns, service=e.service,
                subject=e.subject, role=e.role, action=e.action, resource=e.resource,
                outcome=e.outcome, reason=e.reason, trace_id=e.trace_id, prev_hash=prev,
                hash=digest)


RECORDS = sa.table("audit_records", *[sa.column(c) for c in _row(0, entry(0), "", "")])


@pytest.fixture(params=["sqlite", "postgresql"])
def signed(request, tmp_path):
    """A store of N records with checkpoints signed at 4, 8 and 12, and its trusted key."""
    if request.param == "sqlite":
        (tmp_path / "audit").mkdir()
        url, schema = f"sqlite:///{tmp_path / 'audit' / 'audit.db'}", ""
    else:
        url, schema = request.getfixturevalue("database_url"), request.getfixturevalue("pg_schema")
    key = load_or_create_checkpoint_key(tmp_path / "audit" / "keys")
    store = open_store(url, schema=schema)
    ledger = AuditLedger(store=store)
    cpr = Checkpointer(store=store, signer=key, public_key=key.public_key, every_records=4,
                       interval_ns=10**15)
    for b in range(0, N, 2):
        ledger.append(entries=[entry(b + 1), entry(b + 2)])
        cpr.maybe_checkpoint(now_ns=T0 + b)
    assert [c.tree_size for c in store.checkpoints()] == [4, 8, 12]
    keys = trusted_keys(data_dir=tmp_path)
    assert keys == [key.public_key]
    yield request.param, store, url, schema, keys
    store.close()


def tamper(kind: str, store, *statements: str, rows=(), params=None) -> None:
    """What an attacker with DDL rights does: drop the append-only triggers, then edit."""
    with store.engine.begin() as conn:
        if kind == "sqlite":
            for t in ("audit_records_no_update", "audit_records_no_delete",
                      "audit_checkpoints_no_update", "audit_checkpoints_no_delete"):
                conn.exec_driver_sql(f"DROP TRIGGER {t}")
        else:
            conn.exec_driver_sql("DROP TRIGGER audit_records_append_only ON audit_records")
            conn.exec_driver_sql("DROP TRIGGER audit_checkpoints_append_only ON audit_checkpoints")
        for stmt in statements:
            conn.execute(sa.text(stmt), params or {})
        if rows:
            conn.execute(sa.insert(RECORDS), list(rows))


def check(url, schema, keys, problem: str, first_bad: int):
    result = verify_store(url, schema, public_keys=keys)
    assert (result.valid, result.problem, result.first_bad_seq) == (False, problem, first_bad)
    return result


def test_intact_store_verifies_with_its_checkpoints(signed):
    kind, store, url, schema, keys = signed
    result = verify_store(url, schema, public_keys=keys)
    assert (result.valid, result.records, result.checkpoints, result.checkpoint_size) == \
        (True, N, 3, N)
    assert verify_store(url, schema).valid  # with the keys the store publishes itself
    cps, recs, published = export_store(url, schema)
    assert len(cps) == 3 and len(recs) == N and list(published.values()) == keys


def test_modified_record(signed):
    kind, store, url, schema, keys = signed
    tamper(kind, store, "UPDATE audit_records SET outcome = 'denied' WHERE seq = 6")
    check(url, schema, keys, "hash_mismatch", 6)


def test_deleted_record(signed):
    kind, store, url, schema, keys = signed
    tamper(kind, store, "DELETE FROM audit_records WHERE seq = 6")
    check(url, schema, keys, "seq_gap", 6)


def test_inserted_record(signed):
    kind, store, url, schema, keys = signed
    prev = next(r for r in store.iter_records() if r.seq == 4)
    forged = entry(99, subject="intruder")
    tamper(kind, store, "UPDATE audit_records SET seq = seq + 1000 WHERE seq > 4",
           "UPDATE audit_records SET seq = seq - 999 WHERE seq > 1000",
           rows=[_row(5, forged, prev.hash, chain_hash(prev.hash, forged))])
    check(url, schema, keys, "prev_mismatch", 6)


def test_reordered_records(signed):
    kind, store, url, schema, keys = signed
    tamper(kind, store, "UPDATE audit_records SET seq = -3 WHERE seq = 3",
           "UPDATE audit_records SET seq = 3 WHERE seq = 4",
           "UPDATE audit_records SET seq = 4 WHERE seq = -3")
    check(url, schema, keys, "prev_mismatch", 3)


def test_truncated_tail(signed):
    kind, store, url, schema, keys = signed
    tamper(kind, store, "DELETE FROM audit_records WHERE seq > 9")
    result = check(url, schema, keys, "truncated", 10)
    assert (result.records, result.checkpoint_size) == (9, N)


def test_history_rewritten_with_recomputed_hashes(signed):
    """The chain alone is valid again; the signed checkpoints are not fooled."""
    kind, store, url, schema, keys = signed
    entries = [replace(r.entry, subject="someone-else") if r.seq == 7 else r.entry
               for r in store.iter_records()]
    forged = link(entries, head=ChainHead())
    tamper(kind, store, "DELETE FROM audit_records",
           rows=[_row(r.seq, r.entry, r.prev_hash, r.hash) for r in forged])
    assert AuditLedger(store=store).verify().problem == "checkpoint_mismatch"
    check(url, schema, keys, "checkpoint_mismatch", 5)  # damage within records 5..8


def test_forged_checkpoint(signed):
    kind, store, url, schema, keys = signed
    tamper(kind, store, "UPDATE audit_checkpoints SET root_hash = :h WHERE tree_size = 8",
           params={"h": "ab" * 32})
    check(url, schema, keys, "bad_signature", 0)


def test_checkpoint_table_is_append_only_too(signed):
    kind, store, url, schema, keys = signed
    for stmt in ("UPDATE audit_checkpoints SET tree_size = 3 WHERE tree_size = 4",
                 "DELETE FROM audit_checkpoints"):
        with pytest.raises(sa.exc.DBAPIError, match="append-only"):
            with store.engine.begin() as conn:
                conn.exec_driver_sql(stmt)
