"""Schema revisions of the access database (Alembic scripts; docs/migrations.md)."""
