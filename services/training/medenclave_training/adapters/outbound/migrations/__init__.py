"""Schema revisions of the training database (Alembic scripts; docs/migrations.md)."""
