"""The offline state dir through sqlite3 (``adapters/outbound/sqlite_state.py``, issue 11).

The sqlite3 pseudonym index and escrow answer as the SQLAlchemy ones do (one contract, both
implementations); the schema they make equals Alembic's; a state dir made by either is used by
the other; processes opening a new state dir at once take turns; a database the snapshot does
not cover still goes through Alembic.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import threading

import pytest

from medenclave import schema_snapshot
from medenclave.embedded_db import open_with_schema
from medenclave.migrations import (
    SchemaTooNew,
    _head,
    _run,
    _status,
    upgrade_schema,
)
from medenclave.storage import make_engine
from medenclave_deid.adapters.inbound.folder_batch import ESCROW_DB_NAME, deidentify_folder
from medenclave_deid.adapters.outbound.schema import SERVICE, VERSIONS, ensure_schema
from medenclave_deid.adapters.outbound.sql_escrow_store import SqlEscrowStore
from medenclave_deid.adapters.outbound.sql_store import SqlPseudonymIndex
from medenclave_deid.adapters.outbound.sqlite_state import (
    SqliteEscrowStore,
    SqlitePseudonymIndex,
    open_state_db,
)
from medenclave_deid.core.escrow import ESCROW_KEY_MISSING, EscrowEntry, EscrowUnavailable
from medenclave_deid.core.pseudonyms import PseudonymIndexUnavailable

from .conftest import build_instance


@pytest.fixture(params=["sqlalchemy", "sqlite3"])
def stores(request, tmp_path):
    """(pseudonym index, escrow store) of one implementation on a new state database."""
    db = tmp_path / ESCROW_DB_NAME
    if request.param == "sqlalchemy":
        engine = make_engine(f"sqlite:///{db}")
        yield SqlPseudonymIndex(engine), SqlEscrowStore(engine)
        engine.dispose()
    else:
        conn = open_state_db(db)
        yield SqlitePseudonymIndex(conn), SqliteEscrowStore(conn)
        conn.close()


def test_the_pseudonym_index_keeps_the_first_writer(stores):
    index, _ = stores
    assert index.get(key="k1") is None
    assert index.put_if_absent(key="k1", pseudonym="PSN-1") == "PSN-1"
    assert index.put_if_absent(key="k1", pseudonym="PSN-2") == "PSN-1"
    with pytest.raises(PseudonymIndexUnavailable):  # another patient holds that pseudonym
        index.put_if_absent(key="k2", pseudonym="PSN-1")
    assert index.get(key="k2") is None
    assert index.delete(key="k1") and not index.delete(key="k1")
    assert index.get(key="k1") is None


def test_the_escrow_replaces_by_pseudonym_and_keeps_created_at(stores):
    _, escrow = stores
    assert escrow.get(pseudonym="PSN-1") is None
    escrow.put(entry=EscrowEntry(pseudonym="PSN-1", reason_code=ESCROW_KEY_MISSING))
    first = escrow.get(pseudonym="PSN-1")
    assert (first.sealed, first.key_id, first.reason_code) == (b"", "", ESCROW_KEY_MISSING)
    escrow.put(entry=EscrowEntry(pseudonym="PSN-1", sealed=b"MESC1\0", key_id="k"))
    entry = escrow.get(pseudonym="PSN-1")
    assert (entry.sealed, entry.key_id, entry.reason_code) == (b"MESC1\0", "k", "")
    assert entry.created_at == first.created_at and entry.updated_at >= first.updated_at
    assert escrow.delete(pseudonym="PSN-1") and escrow.get(pseudonym="PSN-1") is None


def test_a_locked_database_is_the_ports_error_naming_no_value(tmp_path):
    conn = open_state_db(tmp_path / ESCROW_DB_NAME)
    conn.execute("PRAGMA busy_timeout=0")
    holder = sqlite3.connect(tmp_path / ESCROW_DB_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(PseudonymIndexUnavailable) as err:
            SqlitePseudonymIndex(conn).put_if_absent(key="MRN55501234", pseudonym="PSN-1")
        assert str(err.value) == "deid_pseudonyms unwritable: OperationalError"
        with pytest.raises(EscrowUnavailable, match="^deid_escrow unwritable: OperationalError$"):
            SqliteEscrowStore(conn).put(entry=EscrowEntry(pseudonym="PSN-1"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        conn.close()


def _dump(db) -> tuple[list, list]:
    con = sqlite3.connect(db)
    try:
        return (con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                            "ORDER BY rowid").fetchall(),
                con.execute("SELECT version_num FROM alembic_version_deid").fetchall())
    finally:
        con.close()


def test_a_new_state_db_equals_what_alembic_and_the_service_make(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'alembic.db'}")
    with engine.begin() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        _run(conn, service=SERVICE, versions=VERSIONS,
             target=_status(conn, service=SERVICE, versions=VERSIONS).head)
    engine.dispose()
    open_state_db(tmp_path / "sqlite3.db").close()
    open_state_db(tmp_path / "sqlite3.db").close()  # a second open changes nothing
    assert _dump(tmp_path / "sqlite3.db") == _dump(tmp_path / "alembic.db")
    assert (tmp_path / "sqlite3.db").stat().st_mode & 0o777 == 0o600


def test_a_state_dir_made_by_sqlite3_serves_the_sqlalchemy_stores(tmp_path):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "1.dcm").write_bytes(build_instance(0))
    report = deidentify_folder(tmp_path / "src", tmp_path / "dst", state_dir=tmp_path / "s",
                               profile="medenclave-default")
    (done,) = report.processed
    engine = make_engine(f"sqlite:///{tmp_path / 's' / ESCROW_DB_NAME}")
    try:
        assert ensure_schema(engine).up_to_date  # Alembic finds nothing to do
        entry = SqlEscrowStore(engine).get(pseudonym=done["pseudonym"])
        assert entry is not None and entry.reason_code == ESCROW_KEY_MISSING
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT pseudonym FROM deid_pseudonyms").all() == [
                (done["pseudonym"],)]
    finally:
        engine.dispose()


def test_a_state_dir_made_by_sqlalchemy_serves_the_batch(tmp_path):
    state = tmp_path / "s"
    state.mkdir()
    engine = make_engine(f"sqlite:///{state / ESCROW_DB_NAME}")
    SqlPseudonymIndex(engine).put_if_absent(key="other", pseudonym="PSN-OTHER")
    SqlEscrowStore(engine).put(entry=EscrowEntry(pseudonym="PSN-OTHER", key_id="k"))
    engine.dispose()
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "1.dcm").write_bytes(build_instance(0))
    first = deidentify_folder(tmp_path / "src", tmp_path / "dst", state_dir=state,
                              profile="medenclave-default")
    again = deidentify_folder(tmp_path / "src", tmp_path / "dst2", state_dir=state,
                              profile="medenclave-default")
    assert first.processed[0]["pseudonym"] == again.processed[0]["pseudonym"]
    conn = open_state_db(state / ESCROW_DB_NAME)
    try:
        assert SqlitePseudonymIndex(conn).get(key="other") == "PSN-OTHER"
        assert SqliteEscrowStore(conn).get(pseudonym="PSN-OTHER").key_id == "k"
    finally:
        conn.close()


def test_openers_of_a_new_state_db_at_once_take_turns(tmp_path, caplog):
    """Four sqlite3 openers and two SQLAlchemy ones, released together: one applies the
    schema, the others find it there."""
    db = tmp_path / ESCROW_DB_NAME
    start, errors = threading.Barrier(6), []

    def by_sqlite3() -> None:
        start.wait(timeout=30)
        open_state_db(db).close()

    def by_sqlalchemy() -> None:
        engine = make_engine(f"sqlite:///{db}")
        start.wait(timeout=30)
        try:
            upgrade_schema(engine, service=SERVICE, versions=VERSIONS)
        finally:
            engine.dispose()

    def run(fn) -> None:
        try:
            fn()
        except Exception as exc:  # collected: the assertion below names it
            errors.append(exc)

    caplog.set_level(logging.INFO)
    threads = [threading.Thread(target=run, args=(fn,))
               for fn in [by_sqlite3] * 4 + [by_sqlalchemy] * 2]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert sum(1 for r in caplog.records if getattr(r, "code", "") == "MIG-001") == 1
    engine = make_engine(f"sqlite:///{db}")
    assert ensure_schema(engine).up_to_date
    engine.dispose()


def test_an_older_state_db_is_upgraded_by_alembic_and_a_newer_one_refused(tmp_path):
    older = tmp_path / "older.db"
    engine = make_engine(f"sqlite:///{older}")
    with engine.begin() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        _run(conn, service=SERVICE, versions=VERSIONS, target="deid_0001")
    engine.dispose()
    open_state_db(older).close()
    assert _dump(older)[1] == [(_head(VERSIONS),)]
    newer = tmp_path / "newer.db"
    open_state_db(newer).close()
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version_deid SET version_num = 'deid_9999'")
    con.commit()
    con.close()
    with pytest.raises(SchemaTooNew):
        open_state_db(newer)


def test_a_stale_snapshot_sends_the_sqlite3_opener_to_alembic(tmp_path, monkeypatch):
    open_state_db(tmp_path / "fresh.db").close()
    versions = tmp_path / "migrations"
    shutil.copytree(VERSIONS, versions, ignore=shutil.ignore_patterns("__pycache__"))
    last = sorted(versions.glob("deid_*.py"))[-1]
    last.write_text(last.read_text() + "\n# changed\n")

    def no_snapshot(*_a, **_k):
        raise AssertionError("a stale snapshot was applied")

    monkeypatch.setattr(schema_snapshot, "sqlite_master", no_snapshot)
    conn = open_with_schema(tmp_path / "deid.db", service=SERVICE, versions=versions)
    conn.close()
    assert _dump(tmp_path / "deid.db") == _dump(tmp_path / "fresh.db")
