"""Object storage (durable local files, encrypted) and relational database engines."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

import sqlalchemy as sa

from medenclave.embedded_db import apply_sqlite_pragmas, create_private_sqlite, driver_errors
from medenclave.files import write_private
from medenclave.security.crypto import EnvelopeCipher

__all__ = [
    "EncryptedObjectStore",
    "LocalObjectStore",
    "ObjectNotFound",
    "ObjectStore",
    "database_errors",
    "durable_begin",
    "make_engine",
]

_KEY = re.compile(r"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$")


class ObjectNotFound(KeyError):
    """No object under that key."""


class ObjectStore(Protocol):
    """Bytes by key. ``put`` returns only once the object is durable."""

    def put(self, key: str, data: bytes) -> None: ...
    def get(self, key: str) -> bytes:
        """Raises: ObjectNotFound."""
        ...
    def exists(self, key: str) -> bool: ...
    def delete(self, key: str) -> None: ...
    def keys(self, prefix: str = "") -> Iterator[str]: ...


class LocalObjectStore:
    """Files under ``root``; writes are fsynced and renamed into place atomically."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        if not _KEY.match(key) or ".." in key.split("/"):
            raise ValueError("invalid object key")
        return self.root / key

    def put(self, key: str, data: bytes) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_private(path, data)

    def get(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError:
            raise ObjectNotFound(key) from None

    def exists(self, key: str) -> bool:
        return self._path(key).exists()

    def delete(self, key: str) -> None:
        try:
            self._path(key).unlink()
        except FileNotFoundError:
            pass

    def keys(self, prefix: str = "") -> Iterator[str]:
        for path in sorted(self.root.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                key = path.relative_to(self.root).as_posix()
                if key.startswith(prefix):
                    yield key


class EncryptedObjectStore:
    """Envelope-encrypts every object (AES-256-GCM, per-object data key) over another store."""

    def __init__(self, inner: ObjectStore, cipher: EnvelopeCipher) -> None:
        self._inner = inner
        self._cipher = cipher

    def put(self, key: str, data: bytes) -> None:
        self._inner.put(key, self._cipher.encrypt(data, aad=key.encode()))

    def get(self, key: str) -> bytes:
        return self._cipher.decrypt(self._inner.get(key), aad=key.encode())

    def exists(self, key: str) -> bool:
        return self._inner.exists(key)

    def delete(self, key: str) -> None:
        self._inner.delete(key)

    def keys(self, prefix: str = "") -> Iterator[str]:
        return self._inner.keys(prefix)


def make_engine(url: str, *, schema: str = "", durable_commits: bool = True) -> sa.Engine:
    """A SQLAlchemy engine for SQLite (WAL, synchronous=FULL) or PostgreSQL.

    Args:
        url: ``sqlite:///path`` or ``postgresql+psycopg://…``.
        schema: PostgreSQL schema to create and put first on the search path.
        durable_commits: False for a store that is rebuilt from another durable source (a
            journal) after a crash: commits survive a killed process but not a power loss
            (SQLite ``synchronous=NORMAL``, PostgreSQL ``synchronous_commit=off``); a
            transaction that must be durable asks for it (:func:`durable_begin`).
    """
    if url.startswith("sqlite"):
        _create_private_sqlite(url)
        engine = sa.create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @sa.event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            apply_sqlite_pragmas(cur.execute, durable_commits=durable_commits)
            cur.close()

        return engine
    engine = sa.create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)
    if not durable_commits:
        @sa.event.listens_for(engine, "connect")
        def _async_commit(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            cur.execute("SET synchronous_commit TO off")
            cur.close()
            dbapi_conn.commit()

    if schema:
        if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", schema):
            raise ValueError("invalid schema name")
        with engine.begin() as conn:
            # services start together and share the schema: CREATE SCHEMA IF NOT EXISTS is not
            # safe against a concurrent creator (a unique violation on pg_namespace), so the
            # creators take turns under a transaction-scoped advisory lock
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(hashtext('medenclave.schema'))"))
            conn.execute(sa.text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))

        @sa.event.listens_for(engine, "connect")
        def _search_path(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            cur.execute(f'SET search_path TO "{schema}"')
            cur.close()
            dbapi_conn.commit()

        engine.dispose()
    return engine


def _create_private_sqlite(url: str) -> None:
    """Create the SQLite file of ``url`` with mode 0600 before SQLite opens it (SQLite gives its
    ``-wal`` and ``-shm`` files the database's mode), and tighten an existing one to 0600."""
    database = sa.engine.make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    create_private_sqlite(Path(database))


@contextlib.contextmanager
def durable_begin(engine: sa.Engine) -> Iterator[sa.Connection]:
    """A transaction whose commit is synced even on an engine made with
    ``durable_commits=False`` (and, being synced, makes every earlier commit durable too)."""
    with engine.connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        before = 2
        if sqlite:  # a pragma, not a transaction: pysqlite begins none for it
            before = int(conn.exec_driver_sql("PRAGMA synchronous").scalar() or 2)
            conn.exec_driver_sql("PRAGMA synchronous=FULL")
            conn.commit()
        try:
            with conn.begin():
                if not sqlite:
                    conn.exec_driver_sql("SET LOCAL synchronous_commit TO on")
                yield conn
        finally:
            if sqlite and before != 2:
                conn.exec_driver_sql(f"PRAGMA synchronous={before}")
                conn.commit()


#: what a database that is down, unreachable or dropped the connection raises
_UNAVAILABLE: tuple[type[sa.exc.DBAPIError], ...] = (sa.exc.OperationalError, sa.exc.InterfaceError)


def database_errors(raise_as: Callable[[str], Exception], what: str, *,
                    also: tuple[type[sa.exc.DBAPIError], ...] = ()
                    ) -> contextlib.AbstractContextManager[None]:
    """Turn the database being unavailable into a port's own error.

    ``OperationalError`` and ``InterfaceError`` (and the classes in ``also``) raised inside the
    block become ``raise_as(f"{what}: {driver exception class}")``, without the original as
    cause or context: a driver's message may quote the statement's values, which may be patient
    data, so the new message names only the table (in ``what``) and the exception class.
    Anything else, ``IntegrityError`` included, passes through for the caller to handle.

    Args:
        raise_as: the port's error class (or any callable taking the message).
        what: the table and what failed, e.g. ``"deid_studies unreadable"``; never values.
        also: further SQLAlchemy error classes that mean the same here (``ProgrammingError``
            for a table an older schema lacks).

    Raises:
        Exception: what ``raise_as`` returns, for a database error of those classes.
    """
    return driver_errors(raise_as, what, (*_UNAVAILABLE, *also),
                         cause=lambda exc: getattr(exc, "orig", None) or exc)
