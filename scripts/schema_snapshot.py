"""Write a service's SQLite schema at its head revision: ``python scripts/schema_snapshot.py deid``.

Runs the service's revisions on a scratch SQLite database with Alembic and writes the DDL they
leave to ``adapters/outbound/migrations/sqlite_head.json`` (with a digest of the revision files),
from which a new or current SQLite database is handled without loading Alembic. Run it after
adding or changing a revision of a service that ships one; ``tests/test_migrations.py`` says
when it is stale (a stale one is ignored, never applied). See docs/migrations.md.
"""

from __future__ import annotations

import argparse
from importlib import import_module

from medenclave.migrations import write_sqlite_snapshot


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("service", nargs="+", help="e.g. deid")
    for service in parser.parse_args().service:
        versions = import_module(f"medenclave_{service}.adapters.outbound.schema").VERSIONS
        snapshot = write_sqlite_snapshot(service=service, versions=versions)
        print(f"{service}: {snapshot['head']}, {len(snapshot['schema'])} statements")


if __name__ == "__main__":
    main()
