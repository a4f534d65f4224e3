"""Schema versions (docs/migrations.md).

* Each service's migration head equals the tables its code declares (Alembic's autogenerate
  comparison finds no difference). When this fails after a table or column was added, write a
  revision: ``python scripts/new_migration.py SERVICE "what changed"``.
* A data dir made by the previous release (``fixtures/previous_release``: its frozen DDL and a
  few synthetic rows) is upgraded by ``medenclave migrate`` and by the services' own start-up,
  and the services then read its rows.
* A database written by a newer release is refused; replicas upgrading at once take turns.
"""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from importlib import import_module
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from medenclave.migrations import SchemaTooNew, version_table
from medenclave.storage import make_engine
from medenclave_cli.main import main as cli
from medenclave_testing.schema_race import upgrade_at_once

SERVICES = ("access", "audit", "ingest", "deid", "training")
FIXTURES = Path(__file__).parent / "fixtures" / "previous_release"


def _schema(service: str):
    return import_module(f"medenclave_{service}.adapters.outbound.schema")


@pytest.fixture(params=["sqlite", "postgres"])
def engine_url(request, tmp_path):
    """(url, schema): a SQLite file, or a private PostgreSQL schema when DATABASE_URL is set."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'service.db'}", ""
    url = request.getfixturevalue("database_url")
    return "postgresql+psycopg://" + url.split("://", 1)[1], request.getfixturevalue("pg_schema")


def _diff(engine: sa.Engine, service: str) -> list:
    def own(obj, name, type_, reflected, compare_to):
        return type_ != "table" or str(name).startswith(f"{service}_")

    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            "include_object": own, "compare_type": True,
            "version_table": version_table(service)})
        return compare_metadata(ctx, _schema(service).target_metadata())


@pytest.mark.parametrize("service", SERVICES)
def test_the_migration_head_equals_the_tables_the_code_declares(service, engine_url):
    url, schema = engine_url
    engine = make_engine(url, schema=schema)
    try:
        status = _schema(service).ensure_schema(engine)
        assert status.pending and status.pending[-1] == status.head
        diff = _diff(engine, service)
    finally:
        engine.dispose()
    assert not diff, (f"{service}: the tables differ from the migration head: {diff}; write a "
                      f"revision: python scripts/new_migration.py {service} \"what changed\"")


def _previous_release(data_dir: Path) -> None:
    """A data dir as the release before schema versions left it (SQLite, create_all)."""
    data_dir.mkdir(mode=0o700, exist_ok=True)
    for service in SERVICES:
        folder = data_dir / service
        folder.mkdir(mode=0o700, exist_ok=True)
        con = sqlite3.connect(folder / f"{service}.db")
        con.executescript((FIXTURES / f"{service}.sql").read_text())
        con.close()
        (folder / f"{service}.db").chmod(0o600)


def _previous_columns(ddl: str) -> dict[str, set[str]]:
    """Table → column names of a frozen ``CREATE TABLE`` script."""
    out: dict[str, set[str]] = {}
    for name, body in re.findall(r"CREATE TABLE (\w+) \((.*?)\n\);", ddl, flags=re.S):
        out[name] = {line.split()[0] for line in body.strip().splitlines()
                     if line.split() and line.split()[0].islower()}
    return out


@pytest.mark.parametrize("service", SERVICES)
def test_a_previous_release_database_is_adopted(service, engine_url):
    """The previous release's path (``create_all`` of its tables, no version table), on the
    database of the fixture (SQLite, or a PostgreSQL schema when DATABASE_URL is set)."""
    url, schema = engine_url
    previous = _previous_columns((FIXTURES / f"{service}.sql").read_text())
    engine = make_engine(url, schema=schema)
    try:
        # the previous release's tables with the previous release's columns (the frozen DDL's),
        # in the dialect of the fixture's database
        declared = _schema(service).target_metadata()
        old = sa.MetaData()
        for table in declared.sorted_tables:
            if table.name in previous:
                copy = sa.Table(table.name, old, *(c._copy() for c in table.columns
                                                   if c.name in previous[table.name]))
                for index in table.indexes:
                    if index.name not in {i.name for i in copy.indexes} and all(
                            c.name in copy.c for c in index.columns):
                        sa.Index(index.name, *(copy.c[c.name] for c in index.columns),
                                 unique=index.unique)
        old.create_all(engine)
        status = _schema(service).ensure_schema(engine)
        assert status.current == "" and status.pending[0] == f"{service}_0001"
        assert not _diff(engine, service)
    finally:
        engine.dispose()


def test_migrate_upgrades_a_previous_release_data_dir_and_keeps_its_rows(tmp_path, capsys):
    data = tmp_path / "data"
    _previous_release(data)
    assert cli(["migrate", "--data-dir", str(data), "--check"]) == 1
    out = capsys.readouterr().out
    assert all(f"{s}" in out for s in SERVICES) and "pending" in out and "no version" in out

    assert cli(["migrate", "--data-dir", str(data)]) == 0
    assert "upgraded" in capsys.readouterr().out
    assert cli(["migrate", "--data-dir", str(data), "--check"]) == 0
    assert "pending" not in capsys.readouterr().out

    for service in SERVICES:
        engine = make_engine(f"sqlite:///{data / service / (service + '.db')}")
        try:
            assert not _diff(engine, service), service
        finally:
            engine.dispose()
    con = sqlite3.connect(data / "training" / "training.db")
    assert con.execute("SELECT state FROM training_jobs WHERE job_id = 'job-prev0001'"
                       ).fetchone() == ("SUCCEEDED",)
    assert con.execute("SELECT count(*) FROM training_snomed_concepts").fetchone() == (0,)
    con.close()
    # the audit store's append-only triggers of the previous release are still there
    con = sqlite3.connect(data / "audit" / "audit.db")
    assert {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")} \
        >= {"audit_records_no_update", "audit_records_no_delete"}
    con.close()


def test_a_database_written_by_a_newer_release_is_refused(tmp_path, capsys):
    data = tmp_path / "data"
    _previous_release(data)
    assert cli(["migrate", "--data-dir", str(data)]) == 0
    con = sqlite3.connect(data / "deid" / "deid.db")
    con.execute("UPDATE alembic_version_deid SET version_num = 'deid_9999'")
    con.commit()
    con.close()
    capsys.readouterr()
    assert cli(["migrate", "--data-dir", str(data), "--check"]) == 2
    assert "unknown to this release" in capsys.readouterr().err
    engine = make_engine(f"sqlite:///{data / 'deid' / 'deid.db'}")
    try:
        with pytest.raises(SchemaTooNew):
            _schema("deid").ensure_schema(engine)
    finally:
        engine.dispose()


def test_replicas_upgrading_at_once_take_turns(engine_url):
    url, schema = engine_url
    engines = [make_engine(url, schema=schema) for _ in range(4)]
    try:
        results = upgrade_at_once(engines, service="training", versions=_schema("training").VERSIONS)
        assert sum(1 for r in results if r.pending) == 1   # one did it, the others found it done
        assert not _diff(engines[0], "training")
    finally:
        for e in engines:
            e.dispose()


@pytest.mark.slow
def test_the_services_start_on_a_previous_release_data_dir_and_read_its_rows(tmp_path):
    from medenclave.rpc import StaticToken, secure_channel
    from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
    from medenclave.v1 import (
        access_pb2,
        access_pb2_grpc,
        deid_pb2,
        deid_pb2_grpc,
        ingest_pb2,
        ingest_pb2_grpc,
        training_pb2,
        training_pb2_grpc,
    )
    from medenclave_cli.supervisor import Stack, StackConfig

    data = tmp_path / "data"
    _previous_release(data)
    stack = Stack(StackConfig(data_dir=data, quiet_period_s=0.5).with_free_ports())
    eps = stack.start()   # no `migrate` first: each service upgrades its own database

    def token(role: str) -> StaticToken:
        key = load_or_create_signing_key(data / "access" / "keys")
        return StaticToken(TokenIssuer(key).issue(subject=f"mig-{role}", role=role, ttl_s=600)[0])

    async def read() -> dict:
        found = {}
        async with secure_channel(eps.grpc["training"], token("ai_engineer")) as ch:
            jobs = await training_pb2_grpc.TrainingServiceStub(ch).ListJobs(
                training_pb2.ListJobsRequest(), timeout=30)
            found["jobs"] = {j.job_id: j for j in jobs.jobs}
        async with secure_channel(eps.grpc["ingest"], token("ai_engineer")) as ch:
            studies = await ingest_pb2_grpc.IngestServiceStub(ch).ListStudies(
                ingest_pb2.ListStudiesRequest(), timeout=30)
            found["ingest"] = {s.study_ref for s in studies.studies}
        async with secure_channel(eps.grpc["deid"], token("ai_engineer")) as ch:
            studies = await deid_pb2_grpc.DeidServiceStub(ch).ListStudies(
                deid_pb2.ListStudiesRequest(), timeout=30)
            found["deid"] = {s.pseudo_study_id for s in studies.studies}
        async with secure_channel(eps.grpc["access"], token("admin")) as ch:
            users = await access_pb2_grpc.AccessServiceStub(ch).ListUsers(
                access_pb2.ListUsersRequest(), timeout=30)
            found["users"] = {u.username for u in users.users}
        return found

    try:
        found = asyncio.run(read())
    finally:
        stack.stop()
    assert found["jobs"]["job-prev0001"].state == "SUCCEEDED"
    assert "st-prev0001" in found["ingest"]
    assert "ps-prev0001" in found["deid"]
    assert "prev-radiologist" in found["users"]
    assert cli(["migrate", "--data-dir", str(data), "--check"]) == 0



def test_migrate_on_postgresql_creates_then_finds_every_service_current(database_url, pg_schema,
                                                                       capsys):
    args = ["migrate", "--database-url", database_url, "--database-schema", pg_schema]
    assert cli([*args, "--check"]) == 1
    assert cli(args) == 0
    capsys.readouterr()
    assert cli([*args, "--check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [r["service"] for r in report] == list(SERVICES)
    assert all(r["state"] == "current" for r in report)
