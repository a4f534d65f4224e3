"""The SQL store on SQLite and on PostgreSQL (when DATABASE_URL is set): appends, idempotency,
the append-only triggers, tampering after an attacker dropped them, concurrent writers, and the
offline verify/query functions."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from medenclave_audit.adapters.outbound.sql_store import AuditStoreMissing, SqlAuditStore, open_store
from medenclave_audit.core.chain import AuditEntry, chain_hash
from medenclave_audit.core.ledger import AuditLedger, QueryFilters
from medenclave_audit.offline import query_store, verify_store

T0 = 1_750_000_000_000_000_000
REPO = Path(__file__).resolve().parents[3]


def entry(i: int, **over: object) -> AuditEntry:
    fields = dict(record_id=f"rec-{i:04d}", time_ns=T0 + i * 1_000_000, service="training",
                  subject=f"user-{i % 3}", role="ai_engineer", action=f"act.{i % 2}",
                  resource=f"job-{i}", outcome="success", reason="", trace_id=f"{i:032x}")
    fields.update(over)
    return AuditEntry(**fields)


@dataclass
class Backend:
    name: str
    url: str
    schema: str

    def open(self) -> SqlAuditStore:
        return open_store(self.url, schema=self.schema)

    def drop_triggers(self, conn: sa.Connection) -> None:
        """What an attacker with DDL rights does first."""
        if self.name == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER audit_records_no_update")
            conn.exec_driver_sql("DROP TRIGGER audit_records_no_delete")
        else:
            conn.exec_driver_sql("DROP TRIGGER audit_records_append_only ON audit_records")


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request, tmp_path) -> Backend:
    if request.param == "sqlite":
        return Backend("sqlite", f"sqlite:///{tmp_path / 'audit' / 'audit.db'}", "")
    url = request.getfixturevalue("database_url")
    return Backend("postgresql", url, request.getfixturevalue("pg_schema"))


@pytest.fixture
def filled(backend, tmp_path):
    (tmp_path / "audit").mkdir(exist_ok=True)
    store = backend.open()
    ledger = AuditLedger(store=store)
    ledger.append(entries=[entry(i) for i in range(1, 11)])
    yield backend, store, ledger
    store.close()


def test_append_verify_head_and_query(filled):
    backend, store, ledger = filled
    result = ledger.verify()
    assert (result.valid, result.records, result.problem) == (True, 10, "")
    assert result.head_hash == ledger.head().hash and ledger.head().seq == 10
    recs = list(store.iter_records())
    assert [r.seq for r in recs] == list(range(1, 11))
    assert recs[3].entry == entry(4)  # every field, time to the nanosecond, round-trips
    assert [r.seq for r in ledger.query(filters=QueryFilters(subject="user-1"))] == [1, 4, 7, 10]
    window = QueryFilters(action="act.1", since_ns=T0 + 3_000_000, until_ns=T0 + 9_000_000)
    assert [r.seq for r in ledger.query(filters=window)] == [3, 5, 7]
    assert [r.seq for r in ledger.query(filters=QueryFilters(limit=3))] == [1, 2, 3]
    assert ledger.query(filters=QueryFilters(trace_id=f"{6:032x}"))[0].entry.record_id == "rec-0006"


def test_reappend_is_idempotent_and_a_reopened_store_continues_the_chain(filled):
    backend, store, ledger = filled
    assert ledger.append(entries=[entry(2), entry(9)]) == []
    stored = ledger.append(entries=[entry(5), entry(11), entry(11), entry(12)])
    assert [r.seq for r in stored] == [11, 12]
    again = backend.open()
    try:
        assert [r.seq for r in again.append(entries=[entry(12), entry(13)])] == [13]
        assert AuditLedger(store=again).verify().valid
    finally:
        again.close()


def test_triggers_refuse_update_and_delete(filled):
    backend, store, ledger = filled
    for stmt in ("UPDATE audit_records SET outcome = 'denied' WHERE seq = 3",
                 "DELETE FROM audit_records WHERE seq = 3",
                 "DELETE FROM audit_records"):
        with pytest.raises(sa.exc.DBAPIError, match="append-only"):
            with store.engine.begin() as conn:
                conn.exec_driver_sql(stmt)
    if backend.name == "postgresql":
        with pytest.raises(sa.exc.DBAPIError, match="append-only"):
            with store.engine.begin() as conn:
                conn.exec_driver_sql("TRUNCATE audit_records")
    result = ledger.verify()
    assert (result.valid, result.records) == (True, 10)


def _tamper(backend: Backend, store: SqlAuditStore, *statements: str, params=None) -> None:
    with store.engine.begin() as conn:
        backend.drop_triggers(conn)
        for stmt in statements:
            conn.execute(sa.text(stmt), params or {})


def test_modified_row_is_a_hash_mismatch(filled):
    backend, store, ledger = filled
    _tamper(backend, store, "UPDATE audit_records SET subject = 'someone-else' WHERE seq = 4")
    result = ledger.verify()
    assert (result.valid, result.problem, result.first_bad_seq) == (False, "hash_mismatch", 4)


def test_modified_row_with_recomputed_hash_breaks_the_next_link(filled):
    backend, store, ledger = filled
    rec = next(r for r in store.iter_records() if r.seq == 4)
    forged = AuditEntry(**{**rec.entry.__dict__, "outcome": "denied"})
    _tamper(backend, store, "UPDATE audit_records SET outcome = 'denied', hash = :h WHERE seq = 4",
            params={"h": chain_hash(rec.prev_hash, forged)})
    result = ledger.verify()
    assert (result.problem, result.first_bad_seq) == ("prev_mismatch", 5)


def test_deleted_row_is_a_seq_gap(filled):
    backend, store, ledger = filled
    _tamper(backend, store, "DELETE FROM audit_records WHERE seq = 6")
    result = ledger.verify()
    assert (result.valid, result.problem, result.first_bad_seq, result.records) == \
        (False, "seq_gap", 6, 9)


def test_inserted_forged_row_is_detected(filled):
    backend, store, ledger = filled
    prev = next(r for r in store.iter_records() if r.seq == 4)
    forged = entry(99, subject="intruder", action="phi.reidentify")
    row = dict(seq=5, record_id=forged.record_id, time=forged.time_ns, service=forged.service,
               subject=forged.subject, role=forged.role, action=forged.action,
               resource=forged.resource, outcome=forged.outcome, reason=forged.reason,
               trace_id=forged.trace_id, prev_hash=prev.hash, hash=chain_hash(prev.hash, forged))
    _tamper(backend, store,
            "UPDATE audit_records SET seq = seq + 1000 WHERE seq > 4",
            "UPDATE audit_records SET seq = seq - 999 WHERE seq > 1000")
    with store.engine.begin() as conn:
        conn.execute(sa.insert(sa.table("audit_records", *[sa.column(c) for c in row])), row)
    result = ledger.verify()
    assert (result.valid, result.problem, result.first_bad_seq, result.records) == \
        (False, "prev_mismatch", 6, 11)


def test_reordered_rows_are_detected(filled):
    backend, store, ledger = filled
    _tamper(backend, store,
            "UPDATE audit_records SET seq = -3 WHERE seq = 3",
            "UPDATE audit_records SET seq = 3 WHERE seq = 4",
            "UPDATE audit_records SET seq = 4 WHERE seq = -3")
    result = ledger.verify()
    assert (result.valid, result.problem, result.first_bad_seq) == (False, "prev_mismatch", 3)


def test_concurrent_writers_keep_one_linear_chain(backend, tmp_path):
    (tmp_path / "audit").mkdir(exist_ok=True)
    stores = [backend.open() for _ in range(4)]  # separate engines: as separate processes
    errors: list[BaseException] = []

    def write(w: int) -> None:
        try:
            for b in range(8):
                stores[w].append(entries=[entry(w * 1000 + b * 10 + i) for i in range(5)])
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        result = AuditLedger(store=stores[0]).verify()
        assert (result.valid, result.records) == (True, 160)
        assert [r.seq for r in stores[1].iter_records()] == list(range(1, 161))
    finally:
        for s in stores:
            s.close()


def test_offline_verify_and_query(filled):
    backend, store, ledger = filled
    result = verify_store(backend.url, backend.schema)
    assert (result.valid, result.records, result.head_hash) == (True, 10, ledger.head().hash)
    since = datetime.fromtimestamp((T0 + 5_000_000) / 1e9, tz=UTC)
    found = query_store(backend.url, backend.schema, subject="user-2", since=since)
    assert [r.seq for r in found] == [5, 8]
    assert found[0].to_dict()["record_id"] == "rec-0005"
    _tamper(backend, store, "DELETE FROM audit_records WHERE seq = 2")
    result = verify_store(backend.url, backend.schema)
    assert (result.valid, result.problem, result.first_bad_seq) == (False, "seq_gap", 2)


def test_offline_functions_do_not_create_a_missing_store(backend, tmp_path):
    if backend.name == "sqlite":
        missing_url, schema = f"sqlite:///{tmp_path / 'nowhere' / 'audit.db'}", ""
    else:
        missing_url, schema = backend.url, backend.schema + "_absent"
    with pytest.raises(AuditStoreMissing):
        verify_store(missing_url, schema)
    with pytest.raises(AuditStoreMissing):
        query_store(missing_url, schema)
    assert not (tmp_path / "nowhere" / "audit.db").exists()


def test_package_exports_the_offline_functions(tmp_path):
    """``medenclave_audit.verify_store`` as the CLI imports it (from a regular install)."""
    db = tmp_path / "audit.db"
    store = open_store(f"sqlite:///{db}")
    store.append(entries=[entry(1), entry(2)])
    store.close()
    env = {**os.environ, "PYTHONPATH": str(REPO / "services" / "audit")}
    code = ("import sys, medenclave_audit as a; r = a.verify_store(sys.argv[1]); "
            "print(r.valid, r.records, len(a.query_store(sys.argv[1], action='act.1')))")
    out = subprocess.run([sys.executable, "-c", code, f"sqlite:///{db}"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["True", "2", "1"]
