"""The deid database's schema versions: the revisions in ``migrations/``, applied at start-up
by the stores (:func:`ensure_schema`) or by ``medenclave migrate`` (:func:`migrate_database`).

SQLAlchemy and Alembic load only when a function here is called: the offline state dir's
sqlite3 stores (:mod:`.sqlite_state`) need only :data:`SERVICE` and :data:`VERSIONS`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlalchemy as sa

    from medenclave.schema_snapshot import SchemaStatus

__all__ = ["SERVICE", "VERSIONS", "ensure_schema", "migrate_database", "target_metadata"]

SERVICE = "deid"
VERSIONS = Path(__file__).with_name("migrations")


def ensure_schema(engine: sa.Engine) -> SchemaStatus:
    """Bring the deid tables to this release's schema (once per engine and process).

    Raises:
        medenclave.migrations.SchemaTooNew: a newer release wrote the database.
    """
    from medenclave import migrations

    return migrations.upgrade_schema(engine, service=SERVICE, versions=VERSIONS)


def migrate_database(database_url: str, *, schema: str = "", check: bool = False) -> SchemaStatus:
    """Upgrade (or with ``check``, only inspect) the deid database at ``database_url``."""
    from medenclave import migrations

    return migrations.migrate_database(database_url, service=SERVICE, versions=VERSIONS,
                                       schema=schema, check=check)


def target_metadata() -> sa.MetaData:
    """Every table the code of this folder declares: the migration head must equal it."""
    from medenclave import migrations

    return migrations.declared_metadata(Path(__file__).parent, __package__ or "")
