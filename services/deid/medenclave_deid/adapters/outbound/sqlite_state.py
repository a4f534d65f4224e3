"""The offline state dir's database (``STATE/pseudonyms.db``) through the standard library's
sqlite3: the pseudonym index and the escrow of ``medenclave deid dicom`` and ``medenclave
reidentify --state-dir``, without loading SQLAlchemy (issue 11: ~0.2 s of CPU per run).

The same tables (``deid_pseudonyms``, ``deid_escrow``) in the same file as
:class:`~medenclave_deid.adapters.outbound.sql_store.SqlPseudonymIndex` and
:class:`~medenclave_deid.adapters.outbound.sql_escrow_store.SqlEscrowStore` use, with the same
schema (the deid head snapshot, :func:`medenclave.embedded_db.open_with_schema`) and the same
results: a state dir made by either is used by the other. What those do in two statements
(insert, and on a conflict keep or replace the row) is one SQLite upsert here. The service
keeps the SQLAlchemy stores (PostgreSQL or SQLite).
"""

from __future__ import annotations

import dataclasses
import sqlite3
import time
from pathlib import Path

from medenclave.embedded_db import driver_errors, open_with_schema
from medenclave_deid.adapters.outbound.schema import SERVICE, VERSIONS
from medenclave_deid.core.escrow import EscrowEntry, EscrowUnavailable
from medenclave_deid.core.pseudonyms import PseudonymIndexUnavailable

__all__ = ["SqliteEscrowStore", "SqlitePseudonymIndex", "open_state_db"]

#: the columns of ``deid_escrow``, named as the entry's fields
_ESCROW_COLUMNS = ", ".join(f.name for f in dataclasses.fields(EscrowEntry))


def open_state_db(path: Path) -> sqlite3.Connection:
    """The state dir's database at ``path`` (created 0600 with the deid schema on first use).

    Raises:
        medenclave.migrations.SchemaTooNew: a newer release wrote the database.
        sqlite3.Error: the database cannot be opened or written.
    """
    return open_with_schema(path, service=SERVICE, versions=VERSIONS)


class SqlitePseudonymIndex:
    """:class:`medenclave_deid.core.ports.PseudonymIndex` over ``deid_pseudonyms``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def get(self, *, key: str) -> str | None:
        with driver_errors(PseudonymIndexUnavailable, "deid_pseudonyms unreadable"):
            row = self._conn.execute("SELECT pseudonym FROM deid_pseudonyms WHERE key_digest = ?",
                                     (key,)).fetchone()
        return row[0] if row else None

    def delete(self, *, key: str) -> bool:
        with driver_errors(PseudonymIndexUnavailable, "deid_pseudonyms unwritable"):
            return bool(self._conn.execute("DELETE FROM deid_pseudonyms WHERE key_digest = ?",
                                           (key,)).rowcount)

    def put_if_absent(self, *, key: str, pseudonym: str) -> str:
        with driver_errors(PseudonymIndexUnavailable, "deid_pseudonyms unwritable"):
            # a row there already (this patient's, or another patient's with this pseudonym) wins
            self._conn.execute("INSERT INTO deid_pseudonyms (key_digest, pseudonym, created_at) "
                               "VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                               (key, pseudonym, time.time()))
        stored = self.get(key=key)
        if stored is None:
            raise PseudonymIndexUnavailable("pseudonym not stored")
        return stored


class SqliteEscrowStore:
    """:class:`medenclave_deid.core.escrow.EscrowStore` over ``deid_escrow``: one row per
    pseudonym, replaced by a later entry (``created_at`` kept)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def put(self, *, entry: EscrowEntry) -> None:
        now = time.time()
        with driver_errors(EscrowUnavailable, "deid_escrow unwritable"):
            self._conn.execute(
                "INSERT INTO deid_escrow (pseudonym, sealed, key_id, reason_code, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (pseudonym) DO UPDATE SET "
                "sealed = excluded.sealed, key_id = excluded.key_id, "
                "reason_code = excluded.reason_code, updated_at = excluded.updated_at",
                (entry.pseudonym, entry.sealed, entry.key_id, entry.reason_code, now, now))

    def get(self, *, pseudonym: str) -> EscrowEntry | None:
        with driver_errors(EscrowUnavailable, "deid_escrow unreadable"):
            row = self._conn.execute(f"SELECT {_ESCROW_COLUMNS} FROM deid_escrow "  # noqa: S608
                                     "WHERE pseudonym = ?", (pseudonym,)).fetchone()
        return EscrowEntry(*row) if row else None

    def delete(self, *, pseudonym: str) -> bool:
        with driver_errors(EscrowUnavailable, "deid_escrow unwritable"):
            return bool(self._conn.execute("DELETE FROM deid_escrow WHERE pseudonym = ?",
                                           (pseudonym,)).rowcount)
