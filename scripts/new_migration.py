"""Write a new schema revision for a service: ``python scripts/new_migration.py SERVICE MESSAGE``.

Upgrades a scratch SQLite database to the service's current head, compares it with the tables
the service's code declares (``adapters/outbound``), and writes the difference as the next
revision in ``adapters/outbound/migrations/`` (batch operations, so SQLite can alter tables).
Read the file it writes: autogenerate does not see renames (it drops and adds) and leaves
data to you. See docs/migrations.md.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import tempfile
from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import produce_migrations, render_python_code
from alembic.migration import MigrationContext

from medenclave.migrations import upgrade_schema, version_table

ROOT = Path(__file__).resolve().parent.parent
SERVICES = ("ingest", "deid", "training", "access", "audit")

TEMPLATE = '''"""{message}

Revision ID: {revision}
Revises: {down}
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
{upgrade}


def downgrade() -> None:
{downgrade}
'''


def _indent(code: str) -> str:
    lines: list[str] = []
    for line in code.strip("\n").splitlines():
        if line.strip().startswith("# ###") or (not line.strip() and lines and not lines[-1]):
            continue
        lines.append(line.rstrip())
    return "\n".join(lines).strip("\n") or "    pass"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("service", choices=SERVICES)
    parser.add_argument("message", help="what the revision does, one line")
    ns = parser.parse_args(argv)
    schema = importlib.import_module(f"medenclave_{ns.service}.adapters.outbound.schema")
    target = schema.target_metadata()
    with tempfile.TemporaryDirectory() as tmp:
        engine = sa.create_engine(f"sqlite:///{tmp}/scratch.db")
        head = upgrade_schema(engine, service=ns.service, versions=schema.VERSIONS).head

        def own(obj, name, type_, reflected, compare_to):
            return type_ != "table" or str(name).startswith(f"{ns.service}_")

        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={
                "include_object": own, "compare_type": True, "render_as_batch": True,
                "version_table": version_table(ns.service), "target_metadata": target})
            script = produce_migrations(ctx, target)
        engine.dispose()
    if script.upgrade_ops is None or script.upgrade_ops.is_empty():
        print(f"{ns.service}: the tables equal the head revision {head}; nothing to write")
        return 1
    number = int(head.rsplit("_", 1)[1]) + 1
    revision = f"{ns.service}_{number:04d}"
    slug = re.sub(r"[^a-z0-9]+", "_", ns.message.lower()).strip("_")[:40] or "change"
    path = schema.VERSIONS / f"{revision}_{slug}.py"
    path.write_text(TEMPLATE.format(
        message=ns.message.strip().rstrip(".") + ".", revision=revision, down=head,
        upgrade=_indent(render_python_code(script.upgrade_ops, render_as_batch=True)),
        downgrade=_indent(render_python_code(script.downgrade_ops, render_as_batch=True))
        if script.downgrade_ops is not None else "    pass"))
    print(f"wrote {path.relative_to(ROOT)}: read it, then run the migration tests")
    return 0


if __name__ == "__main__":
    sys.exit(main())
