"""SQLite through the standard library's :mod:`sqlite3`, for command-line paths that should not
load SQLAlchemy (~0.2 s of CPU to import): the offline ``medenclave deid dicom`` state dir.

The same file as :func:`medenclave.storage.make_engine` would open, set up the same way (created
0600, WAL, ``synchronous=FULL``, foreign keys, a 30 s busy timeout), the schema from the
service's shipped head snapshot (:mod:`medenclave.schema_snapshot`) in one ``BEGIN IMMEDIATE``
transaction as :func:`medenclave.migrations.upgrade_schema` runs it, so processes opening a new
database at once take turns; a database the snapshot does not cover (an older revision, a newer
release's, a stale snapshot) goes to Alembic as before. Either opener can use what the other
made.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from medenclave.files import restrict_mode
from medenclave.schema_snapshot import from_snapshot, log_upgrade

__all__ = [
    "UNAVAILABLE",
    "apply_sqlite_pragmas",
    "connect",
    "create_private_sqlite",
    "driver_errors",
    "open_with_schema",
    "sqlite_pragmas",
]

#: what a SQLite database that is locked, unreadable or closed raises through sqlite3
UNAVAILABLE: tuple[type[Exception], ...] = (sqlite3.OperationalError, sqlite3.InterfaceError)


def sqlite_pragmas(*, durable_commits: bool = True) -> tuple[str, ...]:
    """The pragmas every connection to a service's SQLite database runs first."""
    return ("PRAGMA journal_mode=WAL",
            f"PRAGMA synchronous={'FULL' if durable_commits else 'NORMAL'}",
            "PRAGMA foreign_keys=ON")


def apply_sqlite_pragmas(execute: Callable[[str], Any], *, durable_commits: bool = True,
                         wait_s: float = 30.0) -> None:
    """Run :func:`sqlite_pragmas` through ``execute`` (a connection's or a cursor's).

    Several processes or threads opening a new database at once all ask to switch it to WAL;
    SQLite answers "database is locked" at once to all but one of them, without the busy
    timeout (two connections each holding a shared lock and wanting an exclusive one would
    otherwise wait on each other for ever). The switch is retried, backing off, for up to
    ``wait_s`` seconds (the busy timeout's length); any other error, or a lock that outlasts
    the wait, is raised.
    """
    deadline = time.monotonic() + wait_s
    pause = 0.005
    for pragma in sqlite_pragmas(durable_commits=durable_commits):
        while True:
            try:
                execute(pragma)
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.25)


def create_private_sqlite(path: Path) -> None:
    """Create the SQLite file ``path`` with mode 0600 before SQLite opens it (SQLite gives its
    ``-wal`` and ``-shm`` files the database's mode), and tighten an existing one to 0600."""
    with contextlib.suppress(FileExistsError, FileNotFoundError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for suffix in ("", "-wal", "-shm", "-journal"):
        restrict_mode(path.with_name(path.name + suffix), 0o600)


def connect(path: Path, *, durable_commits: bool = True) -> sqlite3.Connection:
    """A connection to the SQLite file ``path`` (created 0600), in autocommit mode: every
    statement is its own transaction unless the caller issues ``BEGIN``."""
    create_private_sqlite(path)
    conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    try:
        apply_sqlite_pragmas(conn.execute, durable_commits=durable_commits)
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def driver_errors(raise_as: Callable[[str], Exception], what: str,
                  caught: tuple[type[Exception], ...] = UNAVAILABLE, *,
                  cause: Callable[[Exception], BaseException] = lambda exc: exc
                  ) -> Iterator[None]:
    """Turn the database being unavailable into a port's own error.

    The ``caught`` exceptions raised inside the block become ``raise_as(f"{what}: {class}")``,
    the class being that of ``cause(exc)`` (the driver's exception), without the original as
    cause or context: a driver's message may quote the statement's values, which may be patient
    data, so the new message names only the table (in ``what``) and the exception class.
    Anything else (``sqlite3.IntegrityError`` included) passes through.

    Raises:
        Exception: what ``raise_as`` returns, for an exception of the ``caught`` classes.
    """
    try:
        yield
    except caught as exc:
        raise raise_as(f"{what}: {type(cause(exc)).__name__}") from None


def _runner(conn: sqlite3.Connection) -> Callable[[str, Sequence[Any]], list[tuple]]:
    def run(sql: str, params: Sequence[Any]) -> list[tuple]:
        return conn.execute(sql, tuple(params)).fetchall()

    return run


def open_with_schema(path: Path, *, service: str, versions: Path) -> sqlite3.Connection:
    """:func:`connect` to ``path`` with ``service``'s tables at this release's head.

    Raises:
        medenclave.migrations.SchemaTooNew: a newer release wrote the database.
        sqlite3.Error: the database cannot be opened or written.
    """
    conn = connect(path)
    try:
        conn.execute("BEGIN IMMEDIATE")  # the write lock first: a concurrent opener waits
        try:
            status = from_snapshot(_runner(conn), service=service, versions=versions)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT" if status is not None else "ROLLBACK")
        if status is None:  # anywhere the snapshot does not cover: Alembic, as the service does
            from medenclave.migrations import migrate_database

            migrate_database(f"sqlite:///{path}", service=service, versions=versions)
        else:
            log_upgrade(status)
    except BaseException:
        conn.close()
        raise
    return conn
