"""The SQL audit store: SQLite (embedded default) or PostgreSQL, through SQLAlchemy core.

Appends are serialised so the chain stays linear with any number of writers: PostgreSQL takes a
transaction-scoped advisory lock (per schema), SQLite starts the transaction with
``BEGIN IMMEDIATE`` (the database's write lock), and within one process a lock keeps threads in
line. The head is read, the batch chained after it and inserted, and the transaction commits
before anyone else may read the head.

The table is append-only: triggers refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL). Someone
with DDL rights can drop them; the chain is what then shows the damage.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from medenclave.storage import database_errors, make_engine
from medenclave_audit.adapters.outbound.schema import ensure_schema
from medenclave_audit.core.chain import AuditEntry, ChainedRecord, ChainHead, dedupe, link
from medenclave_audit.core.checkpoint import Checkpoint
from medenclave_audit.core.ledger import QueryFilters, StoreUnavailable

__all__ = [
    "AuditStoreMissing",
    "SqlAuditStore",
    "checkpoints_table",
    "normalise_url",
    "open_store",
    "records_table",
]

metadata = sa.MetaData()
records_table = sa.Table(
    "audit_records", metadata,
    sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True,
              autoincrement=False),
    sa.Column("record_id", sa.Text, nullable=False, unique=True),
    sa.Column("time", sa.BigInteger, nullable=False),  # nanoseconds since the Unix epoch, UTC
    sa.Column("service", sa.Text, nullable=False),
    sa.Column("subject", sa.Text, nullable=False),
    sa.Column("role", sa.Text, nullable=False),
    sa.Column("action", sa.Text, nullable=False),
    sa.Column("resource", sa.Text, nullable=False),
    sa.Column("outcome", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("trace_id", sa.Text, nullable=False),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
    sa.Index("audit_records_subject", "subject"),
    sa.Index("audit_records_action", "action"),
    sa.Index("audit_records_resource", "resource"),
    sa.Index("audit_records_time", "time"),
    sa.Index("audit_records_trace_id", "trace_id"),
)
checkpoints_table = sa.Table(
    "audit_checkpoints", metadata,
    sa.Column("tree_size", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True,
              autoincrement=False),
    sa.Column("root_hash", sa.String(64), nullable=False),
    sa.Column("chain_hash", sa.String(64), nullable=False),
    sa.Column("time", sa.BigInteger, nullable=False),
    sa.Column("key_id", sa.String(16), nullable=False),
    sa.Column("signature", sa.Text, nullable=False),
)
checkpoint_keys_table = sa.Table(
    "audit_checkpoint_keys", metadata,
    sa.Column("key_id", sa.String(16), primary_key=True),
    sa.Column("public_key", sa.Text, nullable=False),  # raw 32 bytes, base64
)
_ENTRY_COLUMNS = ("record_id", "service", "subject", "role", "action", "resource", "outcome",
                  "reason", "trace_id")

_PG_LOCK = sa.text("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.audit_records'))")
_PG_TRIGGERS = [
    """CREATE OR REPLACE FUNCTION audit_records_refuse_change() RETURNS trigger
       LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'audit_records is append-only' USING ERRCODE = 'insufficient_privilege';
       END $$""",
    """DO $$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'audit_records_append_only'
                        AND tgrelid = 'audit_records'::regclass) THEN
           CREATE TRIGGER audit_records_append_only BEFORE UPDATE OR DELETE ON audit_records
             FOR EACH ROW EXECUTE FUNCTION audit_records_refuse_change();
         END IF;
         IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'audit_records_no_truncate'
                        AND tgrelid = 'audit_records'::regclass) THEN
           CREATE TRIGGER audit_records_no_truncate BEFORE TRUNCATE ON audit_records
             FOR EACH STATEMENT EXECUTE FUNCTION audit_records_refuse_change();
         END IF;
         IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'audit_checkpoints_append_only'
                        AND tgrelid = 'audit_checkpoints'::regclass) THEN
           CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE
             ON audit_checkpoints FOR EACH ROW EXECUTE FUNCTION audit_records_refuse_change();
           CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
             FOR EACH STATEMENT EXECUTE FUNCTION audit_records_refuse_change();
         END IF;
       END $$""",
]
_SQLITE_TRIGGERS = [
    """CREATE TRIGGER IF NOT EXISTS audit_records_no_update BEFORE UPDATE ON audit_records
       BEGIN SELECT RAISE(ABORT, 'audit_records is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_records_no_delete BEFORE DELETE ON audit_records
       BEGIN SELECT RAISE(ABORT, 'audit_records is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
       BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
       BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only'); END""",
]
_PG_KNOWN = sa.text("SELECT a.record_id FROM unnest(CAST(:ids AS text[])) AS u(id) "
                    "JOIN audit_records a ON a.record_id = u.id")
_COPY_COLUMNS = ("seq", "time", *_ENTRY_COLUMNS, "prev_hash", "hash")
_ID_CHUNK = 500
_PAGE = 2000


class AuditStoreMissing(LookupError):
    """There is no audit store at that location (no database file, or no audit_records table)."""


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` / ``postgres://`` as well as SQLAlchemy URLs."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _row_to_record(row: Any) -> ChainedRecord:
    m = row._mapping
    entry = AuditEntry(time_ns=int(m["time"]), **{c: m[c] for c in _ENTRY_COLUMNS})
    return ChainedRecord(seq=int(m["seq"]), entry=entry, prev_hash=m["prev_hash"], hash=m["hash"])


def _record_to_row(rec: ChainedRecord) -> dict[str, Any]:
    row = {c: getattr(rec.entry, c) for c in _ENTRY_COLUMNS}
    row.update(seq=rec.seq, time=rec.entry.time_ns, prev_hash=rec.prev_hash, hash=rec.hash)
    return row


class SqlAuditStore:
    """:class:`~medenclave_audit.core.ledger.AuditStore` over one SQLAlchemy engine.

    The store takes charge of the engine's SQLite transaction handling (it issues ``BEGIN``
    itself so appends can ask for ``BEGIN IMMEDIATE``); give it an engine of its own.

    Args:
        engine: from :func:`medenclave.storage.make_engine`.
        create: create the table, indexes and append-only triggers if missing; else
            raise :class:`AuditStoreMissing` when the table is not there.
    """

    def __init__(self, engine: sa.Engine, *, create: bool = True) -> None:
        self._engine = engine
        self._sqlite = engine.dialect.name == "sqlite"
        self._lock = threading.Lock()
        self._has_checkpoints = True
        if self._sqlite:
            _take_over_sqlite_transactions(engine)
        with database_errors(StoreUnavailable, "audit_records unreachable"):
            if create:
                self._create_schema()
            elif not sa.inspect(engine).has_table("audit_records"):
                raise AuditStoreMissing("no audit_records table in this database")
            else:  # a store made before checkpoints existed has no checkpoint tables
                self._has_checkpoints = sa.inspect(engine).has_table("audit_checkpoints")

    @property
    def engine(self) -> sa.Engine:
        return self._engine

    def _create_schema(self) -> None:
        ensure_schema(self._engine)  # the tables (revisions in migrations/), then the triggers
        with self._engine.begin() as conn:
            if not self._sqlite:
                conn.execute(_PG_LOCK)  # two replicas starting at once
            for ddl in (_SQLITE_TRIGGERS if self._sqlite else _PG_TRIGGERS):
                conn.exec_driver_sql(ddl)

    def _writer(self) -> sa.Connection:
        conn = self._engine.connect()
        if self._sqlite:
            conn = conn.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        return conn

    def append(self, *, entries: Sequence[AuditEntry]) -> list[ChainedRecord]:
        if not entries:
            return []
        # IntegrityError: a writer outside this protocol raced us; a retry dedupes.
        with (database_errors(StoreUnavailable, "audit_records unwritable",
                              also=(sa.exc.IntegrityError,)),
                self._lock, self._writer() as conn, conn.begin()):
            if not self._sqlite:
                conn.execute(_PG_LOCK)
            ids = [e.record_id for e in entries]
            known = self._known_ids(conn, ids) if self._sqlite else self._pg_known_ids(conn, ids)
            fresh = dedupe(entries, known=known)
            if not fresh:
                return []
            stored = link(fresh, head=self._head(conn))
            if self._sqlite:
                conn.execute(sa.insert(records_table), [_record_to_row(r) for r in stored])
            else:
                _pg_copy(conn, stored)
        return stored

    @staticmethod
    def _pg_known_ids(conn: sa.Connection, ids: list[str]) -> set[str]:
        """One array parameter instead of one bind per id."""
        return set(conn.execute(_PG_KNOWN, {"ids": list(dict.fromkeys(ids))}).scalars())

    @staticmethod
    def _known_ids(conn: sa.Connection, ids: list[str]) -> set[str]:
        known: set[str] = set()
        unique = list(dict.fromkeys(ids))
        for i in range(0, len(unique), _ID_CHUNK):
            chunk = unique[i:i + _ID_CHUNK]
            known.update(conn.execute(sa.select(records_table.c.record_id)
                                      .where(records_table.c.record_id.in_(chunk))).scalars())
        return known

    @staticmethod
    def _head(conn: sa.Connection) -> ChainHead:
        row = conn.execute(sa.select(records_table.c.seq, records_table.c.hash)
                           .order_by(records_table.c.seq.desc()).limit(1)).first()
        return ChainHead(seq=int(row.seq), hash=row.hash) if row else ChainHead()

    def head(self) -> ChainHead:
        with (database_errors(StoreUnavailable, "audit_records unreadable"),
                self._engine.connect() as conn):
            return self._head(conn)

    def iter_records(self, *, after_seq: int = 0) -> Iterator[ChainedRecord]:
        after = after_seq or None
        while True:
            stmt = sa.select(records_table).order_by(records_table.c.seq).limit(_PAGE)
            if after is not None:
                stmt = stmt.where(records_table.c.seq > after)
            with (database_errors(StoreUnavailable, "audit_records unreadable"),
                    self._engine.connect() as conn):
                page = [_row_to_record(r) for r in conn.execute(stmt)]
            yield from page
            if len(page) < _PAGE:
                return
            after = page[-1].seq

    def query(self, *, filters: QueryFilters) -> list[ChainedRecord]:
        t = records_table.c
        stmt = sa.select(records_table)
        for column, value in ((t.subject, filters.subject), (t.action, filters.action),
                              (t.resource, filters.resource), (t.trace_id, filters.trace_id)):
            if value:
                stmt = stmt.where(column == value)
        if filters.since_ns is not None:
            stmt = stmt.where(t.time >= filters.since_ns)
        if filters.until_ns is not None:
            stmt = stmt.where(t.time < filters.until_ns)
        stmt = stmt.order_by(t.seq).limit(filters.limit)
        with (database_errors(StoreUnavailable, "audit_records unreadable"),
                self._engine.connect() as conn):
            return [_row_to_record(r) for r in conn.execute(stmt)]

    def add_checkpoint(self, *, checkpoint: Checkpoint, public_key: bytes) -> bool:
        row = {"tree_size": checkpoint.tree_size, "root_hash": checkpoint.root_hash,
               "chain_hash": checkpoint.chain_hash, "time": checkpoint.time_ns,
               "key_id": checkpoint.key_id, "signature": checkpoint.signature}
        with database_errors(StoreUnavailable, "audit_checkpoints unwritable"):
            try:
                with self._lock, self._writer() as conn, conn.begin():
                    known = conn.execute(sa.select(checkpoint_keys_table.c.key_id).where(
                        checkpoint_keys_table.c.key_id == checkpoint.key_id)).first()
                    if known is None:
                        conn.execute(sa.insert(checkpoint_keys_table), {
                            "key_id": checkpoint.key_id,
                            "public_key": base64.b64encode(public_key).decode()})
                    taken = conn.execute(sa.select(checkpoints_table.c.tree_size).where(
                        checkpoints_table.c.tree_size == checkpoint.tree_size)).first()
                    if taken is not None:
                        return False
                    conn.execute(sa.insert(checkpoints_table), row)
                return True
            except sa.exc.IntegrityError:
                return False  # another replica won the race for this size

    def checkpoints(self) -> list[Checkpoint]:
        if not self._has_checkpoints:
            return []
        with (database_errors(StoreUnavailable, "audit_checkpoints unreadable",
                              also=(sa.exc.ProgrammingError,)),
                self._engine.connect() as conn):
            rows = conn.execute(sa.select(checkpoints_table)
                                .order_by(checkpoints_table.c.tree_size)).all()
        return [Checkpoint(tree_size=int(r.tree_size), root_hash=r.root_hash,
                           chain_hash=r.chain_hash, time_ns=int(r.time), key_id=r.key_id,
                           signature=r.signature) for r in rows]

    def checkpoint_keys(self) -> dict[str, bytes]:
        if not self._has_checkpoints:
            return {}
        with (database_errors(StoreUnavailable, "audit_checkpoint_keys unreadable",
                              also=(sa.exc.ProgrammingError,)),
                self._engine.connect() as conn):
            rows = conn.execute(sa.select(checkpoint_keys_table)).all()
        return {r.key_id: base64.b64decode(r.public_key) for r in rows}

    def close(self) -> None:
        self._engine.dispose()


def _pg_copy(conn: sa.Connection, stored: list[ChainedRecord]) -> None:
    """Insert a chained batch with PostgreSQL's COPY (in the caller's transaction)."""
    driver = conn.connection.driver_connection
    if driver is None:  # a pooled connection that was invalidated under us
        raise sa.exc.DisconnectionError("PostgreSQL connection gone before COPY")
    cursor = driver.cursor()
    with cursor.copy(f"COPY audit_records ({', '.join(_COPY_COLUMNS)}) FROM STDIN") as copy:
        for rec in stored:
            e = rec.entry
            copy.write_row((rec.seq, e.time_ns, e.record_id, e.service, e.subject, e.role,
                            e.action, e.resource, e.outcome, e.reason, e.trace_id,
                            rec.prev_hash, rec.hash))


def _take_over_sqlite_transactions(engine: sa.Engine) -> None:
    """Let SQLAlchemy, not the sqlite3 module, emit BEGIN, so appends can use BEGIN IMMEDIATE."""

    @sa.event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_conn, _record):
        dbapi_conn.isolation_level = None

    @sa.event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))

    engine.dispose()  # pooled connections made before the listeners would not have them


def open_store(database_url: str, *, schema: str = "", create: bool = True) -> SqlAuditStore:
    """Open the audit store at ``database_url`` (SQLite file or PostgreSQL).

    Args:
        database_url: ``sqlite:///path``, ``postgresql://…`` or ``postgresql+psycopg://…``.
        schema: PostgreSQL schema holding the table ("" = the default search path).
        create: create what is missing; with False, a missing store raises.

    Raises:
        AuditStoreMissing: ``create`` is False and there is no store there.
        StoreUnavailable: the database did not answer.
    """
    url = normalise_url(database_url)
    if not create and url.startswith("sqlite"):
        path = sa.engine.make_url(url).database or ""
        if path in ("", ":memory:") or not Path(path).exists():
            raise AuditStoreMissing("no audit database file at that path")
    with database_errors(StoreUnavailable, "audit_records unreachable"):
        engine = make_engine(url, schema=schema) if create or url.startswith("sqlite") else \
            _existing_schema_engine(url, schema)
    try:
        return SqlAuditStore(engine, create=create)
    except BaseException:
        engine.dispose()
        raise


def _existing_schema_engine(url: str, schema: str) -> sa.Engine:
    """A PostgreSQL engine on ``schema`` without creating the schema (read-only callers)."""
    if not schema:
        return make_engine(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        exists = conn.execute(sa.text("SELECT 1 FROM pg_namespace WHERE nspname = :s"),
                              {"s": schema}).first()
    engine.dispose()
    if not exists:
        raise AuditStoreMissing("no such schema in this database")
    return make_engine(url, schema=schema)
