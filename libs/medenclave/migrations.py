"""Schema versions of the services' databases (Alembic), SQLite and PostgreSQL alike.

Each service keeps its revisions in ``adapters/outbound/migrations/`` and its own version table
(``alembic_version_<service>``): the services may share one PostgreSQL schema, and each moves
its own tables only. The first revision of every service is the *baseline*, the schema as the
release before versioning made it with ``create_all``; it creates only the tables that are
missing, so one code path serves a new database, a database of that earlier release (no version
table, its tables there: the baseline adopts them) and one already versioned.

Upgrades run at start-up (the stores call :func:`upgrade_schema`) or from ``medenclave
migrate``, in one transaction; on PostgreSQL under a transaction-scoped advisory lock per
schema, so replicas starting together take turns and the second finds nothing left to do.

A service may ship its SQLite schema at the head revision (``migrations/sqlite_head.json``,
:func:`write_sqlite_snapshot`: the DDL the revisions leave in ``sqlite_master``, and a digest of
the revision files it was made from). While that digest matches, a SQLite database that is new
or already at the head is handled from it without loading Alembic (a command-line start-up
saves ~0.2 s; :mod:`medenclave.schema_snapshot`, which also serves plain sqlite3 connections);
anything else, and every PostgreSQL database, goes through Alembic.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import json
import re
import threading
import weakref
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from medenclave.schema_snapshot import (
    SNAPSHOT_NAME,
    Run,
    SchemaStatus,
    from_snapshot,
    log_upgrade,
    snapshot_is_current,
    sqlite_master,
    version_table,
)
from medenclave.schema_snapshot import revision_digest as _revision_digest
from medenclave.schema_snapshot import snapshot as _snapshot

if TYPE_CHECKING:  # Alembic loads only when a revision must be read or run
    from alembic.script import ScriptDirectory

__all__ = [
    "SNAPSHOT_NAME",
    "SchemaStatus",
    "SchemaTooNew",
    "declared_metadata",
    "migrate_database",
    "schema_status",
    "snapshot_is_current",
    "upgrade_schema",
    "version_table",
    "write_sqlite_snapshot",
]

_DECLARES_TABLE = re.compile(r"\bTable\(")
_PG_LOCK = sa.text("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.medenclave.migrate'))")
#: engines whose schema this process brought to the head already, per service
_current: weakref.WeakKeyDictionary[sa.Engine, set[str]] = weakref.WeakKeyDictionary()
_current_lock = threading.Lock()


class SchemaTooNew(RuntimeError):
    """The database carries a revision this release does not know (a newer release wrote it)."""


@functools.lru_cache(maxsize=16)
def _script(versions: Path) -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(versions), version_locations=[str(versions)])


def _head(versions: Path) -> str:
    snapshot = _snapshot(versions)
    if snapshot is not None:
        return snapshot["head"]
    return _script(versions).get_current_head() or ""


@contextlib.contextmanager
def _locked(engine: sa.Engine) -> Iterator[sa.Connection]:
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(_PG_LOCK)
        elif conn.dialect.name == "sqlite":
            # pysqlite runs DDL outside any transaction unless one is open: take the write lock
            # now, so the whole upgrade is one transaction and a second process waits its turn
            # (an engine that issues its own BEGIN, like the audit store's, has one open)
            raw = conn.connection.dbapi_connection
            if raw is not None and not getattr(raw, "in_transaction", True):
                conn.exec_driver_sql("BEGIN IMMEDIATE")
        yield conn


def _status(conn: sa.Connection, *, service: str, versions: Path) -> SchemaStatus:
    from alembic.migration import MigrationContext

    script = _script(versions)
    head = script.get_current_head() or ""
    ctx = MigrationContext.configure(conn, opts={"version_table": version_table(service)})
    current = ctx.get_current_revision() or ""
    if current and current != head:
        try:
            script.get_revision(current)
        except Exception:  # alembic raises its own CommandError/ResolutionError subclasses
            raise SchemaTooNew(f"{service}: the database's schema revision is unknown to this "
                               "release (written by a newer one?)") from None
    pending = tuple(reversed([s.revision for s in script.iterate_revisions(head, current or "base")]))
    return SchemaStatus(service=service, current=current, head=head, pending=pending)


def schema_status(engine: sa.Engine, *, service: str, versions: Path) -> SchemaStatus:
    """Where ``service``'s database stands, changing nothing.

    Raises:
        SchemaTooNew: the database was written by a newer release.
    """
    with engine.connect() as conn:
        return _status(conn, service=service, versions=versions)


def upgrade_schema(engine: sa.Engine, *, service: str, versions: Path) -> SchemaStatus:
    """Bring ``service``'s tables to this release's head revision (once per engine and process).

    Args:
        engine: the service's engine (:func:`medenclave.storage.make_engine`).
        service: the service's name; its version table is :func:`version_table`.
        versions: the folder of the service's revision scripts.

    Returns:
        The status before the upgrade (``pending`` lists what was applied).

    Raises:
        SchemaTooNew: the database was written by a newer release; nothing is changed.
    """
    with _current_lock:
        if service in _current.get(engine, set()):
            head = _head(versions)
            return SchemaStatus(service=service, current=head, head=head, pending=())
    with _locked(engine) as conn:
        before = None
        if conn.dialect.name == "sqlite":
            before = _from_snapshot(conn, service=service, versions=versions)
        if before is None:
            before = _status(conn, service=service, versions=versions)
            if before.pending:
                _run(conn, service=service, versions=versions, target=before.head)
        log_upgrade(before)
    with _current_lock:
        _current.setdefault(engine, set()).add(service)
    return before


def _run(conn: sa.Connection, *, service: str, versions: Path, target: str) -> None:
    from alembic.config import Config
    from alembic.runtime.environment import EnvironmentContext

    script = _script(versions)
    config = Config()
    config.set_main_option("script_location", str(versions))

    def steps(rev, _context):
        return script._upgrade_revs(target, rev)

    with EnvironmentContext(config, script, fn=steps, destination_rev=target) as env:
        env.configure(connection=conn, version_table=version_table(service),
                      render_as_batch=True)
        with env.begin_transaction():
            env.run_migrations()


def migrate_database(database_url: str, *, service: str, versions: Path, schema: str = "",
                     check: bool = False) -> SchemaStatus:
    """``medenclave migrate`` for one service: upgrade its database at ``database_url`` (or, with
    ``check``, only say where it stands).

    Args:
        database_url: ``sqlite:///path`` or a PostgreSQL URL.
        service: the service's name.
        versions: the folder of the service's revision scripts.
        schema: the PostgreSQL schema the service uses ("" = the search path's default).
        check: change nothing.

    Raises:
        SchemaTooNew: the database was written by a newer release.
        sqlalchemy.exc.OperationalError: the database did not answer.
    """
    from medenclave.storage import make_engine

    engine = make_engine(database_url, schema=schema)
    try:
        if check:
            return schema_status(engine, service=service, versions=versions)
        return upgrade_schema(engine, service=service, versions=versions)
    finally:
        engine.dispose()


def declared_metadata(folder: Path, package: str) -> sa.MetaData:
    """Every table declared by the modules of ``folder`` (package ``package``): what a service's
    code uses, which its migration head must equal (the migration check and
    ``scripts/new_migration.py`` compare the two).

    A module counts when its source declares a table (``Table(``); its tables are gathered
    from every :class:`sqlalchemy.MetaData` it holds, so a table added anywhere in the folder is
    seen without a list to keep.
    """
    merged = sa.MetaData()
    for path in sorted(folder.glob("*.py")):
        if not _DECLARES_TABLE.search(path.read_text(encoding="utf-8")):
            continue
        module = importlib.import_module(f"{package}.{path.stem}")
        for value in vars(module).values():
            if isinstance(value, sa.MetaData):
                for table in value.sorted_tables:
                    if table.name not in merged.tables:
                        table.to_metadata(merged)
    return merged


def _runner(conn: sa.Connection) -> Run:
    """``conn`` as :mod:`medenclave.schema_snapshot` runs statements."""
    def run(sql: str, params: Sequence[Any]) -> list[tuple]:
        result = conn.exec_driver_sql(sql, tuple(params) if params else None)
        return [tuple(row) for row in result] if result.returns_rows else []

    return run


def _sqlite_master(conn: sa.Connection) -> list[tuple[str, str]]:
    return sqlite_master(_runner(conn))


def _from_snapshot(conn: sa.Connection, *, service: str, versions: Path
                   ) -> SchemaStatus | None:
    """:func:`medenclave.schema_snapshot.from_snapshot` on a SQLAlchemy connection."""
    return from_snapshot(_runner(conn), service=service, versions=versions)


def write_sqlite_snapshot(*, service: str, versions: Path) -> dict:
    """Run ``service``'s revisions on a scratch SQLite database with Alembic and write what
    they leave (``sqlite_master``'s DDL in creation order) to ``versions/sqlite_head.json``.

    Raises:
        ValueError: the revisions write rows besides the version (a snapshot holds DDL only).
    """
    import tempfile

    from medenclave.storage import make_engine

    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'scratch.db'}")
        try:
            with _locked(engine) as conn:
                status = _status(conn, service=service, versions=versions)
                _run(conn, service=service, versions=versions, target=status.head)
            with engine.connect() as conn:
                schema = _sqlite_master(conn)
                tables = [name for name, ddl in schema if ddl.upper().startswith("CREATE TABLE")
                          and name != version_table(service)]
                for name in tables:
                    if conn.execute(sa.select(sa.func.count()).select_from(sa.table(name))).scalar():
                        raise ValueError(f"{service}: a revision writes rows into {name}")
        finally:
            engine.dispose()
    snapshot = {"service": service, "head": status.head, "revisions": list(status.pending),
                "digest": _revision_digest(versions), "schema": [list(s) for s in schema]}
    (versions / SNAPSHOT_NAME).write_text(json.dumps(snapshot, indent=1) + "\n",
                                          encoding="utf-8")
    _snapshot.cache_clear()
    return snapshot
