"""A service's SQLite schema at its head revision, shipped as a snapshot and applied without
SQLAlchemy or Alembic (docs/migrations.md).

A service may ship ``migrations/sqlite_head.json`` (written by
:func:`medenclave.migrations.write_sqlite_snapshot`): the DDL its revisions leave in
``sqlite_master``, and a digest of the revision files it was made from. While that digest
matches, :func:`from_snapshot` handles a SQLite database that is new to the service (the DDL run,
the head recorded, as the revisions would leave it) or already at the head (nothing to do);
anything else is left to Alembic (:mod:`medenclave.migrations`). It runs its statements through a
``run`` callable, so one code path serves a SQLAlchemy connection
(:func:`medenclave.migrations.upgrade_schema`) and a plain :mod:`sqlite3` connection
(:func:`medenclave.embedded_db.open_with_schema`, the command line's state dirs).
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "SNAPSHOT_NAME",
    "Run",
    "SchemaStatus",
    "from_snapshot",
    "log_upgrade",
    "revision_digest",
    "snapshot",
    "snapshot_is_current",
    "sqlite_master",
    "version_table",
]

log = logging.getLogger(__name__)

#: in a service's revision folder: its SQLite schema at the head
SNAPSHOT_NAME = "sqlite_head.json"
#: runs one SQL statement with qmark parameters and returns its rows ([] for one without rows)
Run = Callable[[str, Sequence[Any]], list[tuple]]


@dataclass(frozen=True)
class SchemaStatus:
    """Where one service's database stands.

    Attributes:
        service: the service.
        current: the revision recorded in the database ("" when there is no version table: a
            new database or one made by the release before versioning).
        head: the newest revision this release ships.
        pending: the revisions an upgrade would apply, oldest first.
    """

    service: str
    current: str
    head: str
    pending: tuple[str, ...]

    @property
    def up_to_date(self) -> bool:
        return not self.pending


def version_table(service: str) -> str:
    """The name of ``service``'s version table."""
    return f"alembic_version_{service}"


def revision_digest(versions: Path) -> str:
    """A digest of every revision file of ``versions`` (names and bytes)."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(versions.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@functools.lru_cache(maxsize=16)
def snapshot(versions: Path) -> dict | None:
    """The shipped SQLite head of ``versions`` while it matches the revision files, else None."""
    try:
        shipped = json.loads((versions / SNAPSHOT_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(shipped, dict) or shipped.get("digest") != revision_digest(versions):
        return None
    return shipped


def snapshot_is_current(versions: Path) -> bool:
    """Whether ``versions`` ships a SQLite head snapshot made from its present revisions."""
    return snapshot(versions) is not None


def sqlite_master(run: Run) -> list[tuple[str, str]]:
    """``(name, sql)`` of every schema object of the database, in creation order."""
    return [(row[0], row[1]) for row in run(
        "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' ORDER BY rowid", ())]


def from_snapshot(run: Run, *, service: str, versions: Path) -> SchemaStatus | None:
    """A SQLite database at the head (nothing to do) or new to ``service`` (the snapshot's DDL
    run and the head recorded), through ``run`` inside the caller's write transaction; None:
    the snapshot is missing or stale, or the database is anywhere else (Alembic decides)."""
    shipped = snapshot(versions)
    if shipped is None:
        return None
    head, table = shipped["head"], version_table(service)
    if not table.isidentifier():
        raise ValueError("invalid service name")
    present = {name for name, _ in sqlite_master(run)}
    if table in present:  # the table's name is checked above; the values go as parameters
        if [tuple(r) for r in run(f"SELECT version_num FROM {table}", ())] == [  # noqa: S608
                (head,)]:
            return SchemaStatus(service=service, current=head, head=head, pending=())
        return None
    if present & {name for name, _ in shipped["schema"]}:
        return None  # some of the service's tables, no version: Alembic's baseline adopts them
    for _, ddl in shipped["schema"]:
        run(ddl, ())
    run(f"INSERT INTO {table} (version_num) VALUES (?)", (head,))  # noqa: S608
    return SchemaStatus(service=service, current="", head=head,
                        pending=tuple(shipped["revisions"]))


def log_upgrade(status: SchemaStatus) -> None:
    """Log an upgrade that applied ``status.pending`` (nothing when there was none)."""
    if status.pending:
        log.info("schema upgraded", extra={"code": "MIG-001", "fields": {
            "service": status.service, "from": status.current or "none", "to": status.head,
            "revisions": len(status.pending)}})
