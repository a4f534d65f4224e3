"""Schema revisions of the deid database (Alembic scripts; docs/migrations.md)."""
