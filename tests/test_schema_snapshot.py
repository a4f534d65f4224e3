"""The SQLite head snapshots (``migrations/sqlite_head.json``, docs/migrations.md).

A service that ships one handles a new or current SQLite database without Alembic; these tests
hold the snapshot to what Alembic itself leaves, and show that a stale one is never applied.
"""

from __future__ import annotations

import shutil
import sqlite3
from importlib import import_module
from pathlib import Path

import pytest
import sqlalchemy as sa

from medenclave.migrations import (
    SNAPSHOT_NAME,
    _run,
    _status,
    snapshot_is_current,
    upgrade_schema,
    version_table,
)
from medenclave.storage import make_engine
from medenclave_testing.schema_race import upgrade_at_once

SERVICES = ("access", "audit", "ingest", "deid", "training")
SHIPPED = [s for s in SERVICES
           if (import_module(f"medenclave_{s}.adapters.outbound.schema").VERSIONS
               / SNAPSHOT_NAME).exists()]


def _versions(service: str) -> Path:
    return import_module(f"medenclave_{service}.adapters.outbound.schema").VERSIONS


def _dump(db: Path, service: str) -> tuple[list, list]:
    con = sqlite3.connect(db)
    try:
        master = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                             "ORDER BY rowid").fetchall()
        version = con.execute(str(sa.select(sa.column("version_num")).select_from(
            sa.table(version_table(service))))).fetchall()
    finally:
        con.close()
    return master, version


def _by_alembic(db: Path, service: str) -> None:
    engine = make_engine(f"sqlite:///{db}")
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            status = _status(conn, service=service, versions=_versions(service))
            _run(conn, service=service, versions=_versions(service), target=status.head)
    finally:
        engine.dispose()


def test_deid_ships_a_snapshot():
    assert "deid" in SHIPPED  # the offline `deid dicom` start-up relies on it


@pytest.mark.parametrize("service", SHIPPED)
def test_the_snapshot_matches_the_revisions(service):
    assert snapshot_is_current(_versions(service)), (
        f"{service}: migrations/{SNAPSHOT_NAME} is stale (ignored, so start-up loads Alembic); "
        f"rewrite it: python scripts/schema_snapshot.py {service}")


@pytest.mark.parametrize("service", SHIPPED)
def test_a_new_database_from_the_snapshot_equals_alembics(service, tmp_path):
    _by_alembic(tmp_path / "alembic.db", service)
    engine = make_engine(f"sqlite:///{tmp_path / 'snapshot.db'}")
    try:
        status = upgrade_schema(engine, service=service, versions=_versions(service))
        assert status.current == "" and status.pending[-1] == status.head
        again = upgrade_schema(make_engine(f"sqlite:///{tmp_path / 'snapshot.db'}"),
                               service=service, versions=_versions(service))
        assert again.current == again.head and not again.pending
    finally:
        engine.dispose()
    assert _dump(tmp_path / "snapshot.db", service) == _dump(tmp_path / "alembic.db", service)


def test_a_stale_snapshot_is_ignored(tmp_path, monkeypatch):
    versions = tmp_path / "migrations"
    shutil.copytree(_versions("deid"), versions)
    assert snapshot_is_current(versions)
    last = sorted(versions.glob("deid_*.py"))[-1]
    last.write_text(last.read_text() + "\n# changed\n")
    from medenclave import migrations, schema_snapshot

    migrations._snapshot.cache_clear()  # read once per process; here the files changed
    assert not snapshot_is_current(versions)

    def no_snapshot(*_a, **_k):
        raise AssertionError("a stale snapshot was applied")

    # both the SQLAlchemy and the sqlite3 openers read the database's schema through this
    monkeypatch.setattr(schema_snapshot, "sqlite_master", no_snapshot)
    engine = make_engine(f"sqlite:///{tmp_path / 'deid.db'}")
    try:
        status = upgrade_schema(engine, service="deid", versions=versions)
        assert status.pending[-1] == status.head  # Alembic did it
    finally:
        engine.dispose()


def test_processes_opening_a_new_database_at_once_take_turns(tmp_path):
    engines = [make_engine(f"sqlite:///{tmp_path / 'deid.db'}") for _ in range(4)]
    try:
        results = upgrade_at_once(engines, service="deid", versions=_versions("deid"))
        assert sum(1 for r in results if r.pending) == 1
    finally:
        for e in engines:
            e.dispose()
