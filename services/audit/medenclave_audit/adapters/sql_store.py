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

import threading
from pathlib import Path
from typing import Any, Iterator, Sequence

import sqlalchemy as sa

from medenclave.storage import make_engine
from medenclave_audit.core.chain import AuditEntry, ChainHead, ChainedRecord, dedupe, link
from medenclave_audit.core.ledger import QueryFilters, StoreUnavailable

__all__ = [
    "AuditStoreMissing",
    "SqlAuditStore",
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
       END $$""",
]
_SQLITE_TRIGGERS = [
    """CREATE TRIGGER IF NOT EXISTS audit_records_no_update BEFORE UPDATE ON audit_records
       BEGIN SELECT RAISE(ABORT, 'audit_records is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_records_no_delete BEFORE DELETE ON audit_records
       BEGIN SELECT RAISE(ABORT, 'audit_records is append-only'); END""",
]
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
        if self._sqlite:
            _take_over_sqlite_transactions(engine)
        try:
            if create:
                self._create_schema()
            elif not sa.inspect(engine).has_table("audit_records"):
                raise AuditStoreMissing("no audit_records table in this database")
        except sa.exc.OperationalError as exc:
            raise StoreUnavailable(f"audit store not reachable: {type(exc.orig).__name__}") from None

    @property
    def engine(self) -> sa.Engine:
        return self._engine

    def _create_schema(self) -> None:
        with self._engine.begin() as conn:
            if not self._sqlite:
                conn.execute(_PG_LOCK)  # two replicas starting at once
            metadata.create_all(conn)
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
        try:
            with self._lock, self._writer() as conn, conn.begin():
                if not self._sqlite:
                    conn.execute(_PG_LOCK)
                known = self._known_ids(conn, [e.record_id for e in entries])
                fresh = dedupe(entries, known=known)
                if not fresh:
                    return []
                stored = link(fresh, head=self._head(conn))
                conn.execute(sa.insert(records_table), [_record_to_row(r) for r in stored])
            return stored
        except (sa.exc.OperationalError, sa.exc.InterfaceError, sa.exc.IntegrityError) as exc:
            # IntegrityError: a writer outside this protocol raced us; a retry dedupes.
            raise StoreUnavailable(f"append failed: {type(exc.orig).__name__}") from None

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
        try:
            with self._engine.connect() as conn:
                return self._head(conn)
        except (sa.exc.OperationalError, sa.exc.InterfaceError) as exc:
            raise StoreUnavailable(f"read failed: {type(exc.orig).__name__}") from None

    def iter_records(self) -> Iterator[ChainedRecord]:
        after = None
        while True:
            stmt = sa.select(records_table).order_by(records_table.c.seq).limit(_PAGE)
            if after is not None:
                stmt = stmt.where(records_table.c.seq > after)
            try:
                with self._engine.connect() as conn:
                    page = [_row_to_record(r) for r in conn.execute(stmt)]
            except (sa.exc.OperationalError, sa.exc.InterfaceError) as exc:
                raise StoreUnavailable(f"read failed: {type(exc.orig).__name__}") from None
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
        try:
            with self._engine.connect() as conn:
                return [_row_to_record(r) for r in conn.execute(stmt)]
        except (sa.exc.OperationalError, sa.exc.InterfaceError) as exc:
            raise StoreUnavailable(f"read failed: {type(exc.orig).__name__}") from None

    def close(self) -> None:
        self._engine.dispose()


def _take_over_sqlite_transactions(engine: sa.Engine) -> None:
    """Let SQLAlchemy, not the sqlite3 module, emit BEGIN, so appends can use BEGIN IMMEDIATE."""

    @sa.event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None

    @sa.event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
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
    try:
        engine = make_engine(url, schema=schema) if create or url.startswith("sqlite") else \
            _existing_schema_engine(url, schema)
    except sa.exc.OperationalError as exc:
        raise StoreUnavailable(f"audit store not reachable: {type(exc.orig).__name__}") from None
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
