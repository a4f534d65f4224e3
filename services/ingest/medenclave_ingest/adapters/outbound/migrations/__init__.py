"""Schema revisions of the ingest database (Alembic scripts; docs/migrations.md)."""
