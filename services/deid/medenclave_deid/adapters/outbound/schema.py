"""The deid database's schema versions: the revisions in ``migrations/``, applied at start-up
by the stores (:func:`ensure_schema`) or by ``medenclave migrate`` (:func:`migrate_database`)."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from medenclave import migrations
from medenclave.migrations import SchemaStatus

__all__ = ["SERVICE", "VERSIONS", "ensure_schema", "migrate_database", "target_metadata"]

SERVICE = "deid"
VERSIONS = Path(__file__).with_name("migrations")


def ensure_schema(engine: sa.Engine) -> SchemaStatus:
    """Bring the deid tables to this release's schema (once per engine and process).

    Raises:
        medenclave.migrations.SchemaTooNew: a newer release wrote the database.
    """
    return migrations.upgrade_schema(engine, service=SERVICE, versions=VERSIONS)


def migrate_database(database_url: str, *, schema: str = "", check: bool = False) -> SchemaStatus:
    """Upgrade (or with ``check``, only inspect) the deid database at ``database_url``."""
    return migrations.migrate_database(database_url, service=SERVICE, versions=VERSIONS,
                                       schema=schema, check=check)


def target_metadata() -> sa.MetaData:
    """Every table the code of this folder declares: the migration head must equal it."""
    return migrations.declared_metadata(Path(__file__).parent, __package__ or "")
