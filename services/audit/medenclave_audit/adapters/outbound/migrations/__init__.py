"""Schema revisions of the audit database (Alembic scripts; docs/migrations.md)."""
