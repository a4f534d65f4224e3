"""``medenclave migrate``: bring every service database to this release's schema.

The services do the same at start-up (one transaction, under an advisory lock on PostgreSQL);
this command does it ahead of an upgrade (a Kubernetes init job, a maintenance window) or, with
``--check``, only says where each database stands (exit 1: upgrades pending). A data dir of the
release before schema versions is adopted by each service's baseline revision.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from medenclave_cli.registry import CommandRegistry, data_dir_arg

__all__ = ["register"]

#: the services that keep a database (inference keeps none)
_SERVICES = ("access", "audit", "ingest", "deid", "training")


def register(registry: CommandRegistry) -> None:
    """Add ``migrate``."""
    text = "upgrade every service database to this release's schema (or --check)"
    p = registry.top.add_parser("migrate", help=text, description=__doc__.split("\n\n")[1])
    data_dir_arg(p)
    p.add_argument("--database-url", default="",
                   help="the PostgreSQL the services use (postgresql://…) instead of the data "
                        "dir's SQLite files")
    p.add_argument("--database-schema", default="", help="their PostgreSQL schema, if any")
    p.add_argument("--service", choices=_SERVICES, action="append", default=[],
                   help="only this service (repeatable; default: all)")
    p.add_argument("--check", action="store_true",
                   help="change nothing; exit 1 when an upgrade is pending")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=migrate)


def _offline(service: str):
    from importlib import import_module

    return import_module(f"medenclave_{service}.offline")


def _url(ns: argparse.Namespace, service: str) -> str | None:
    """The service's database URL; None for a SQLite file that does not exist yet."""
    url = ns.database_url
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if url:
        return url
    path = Path(ns.data_dir) / service / f"{service}.db"
    return f"sqlite:///{path}" if path.is_file() else None


def migrate(ns: argparse.Namespace) -> int:
    from medenclave.migrations import SchemaTooNew

    report: list[dict] = []
    pending = False
    for service in ns.service or _SERVICES:
        url = _url(ns, service)
        if url is None:
            report.append({"service": service, "state": "absent"})
            continue
        try:
            status = _offline(service).migrate_database(url, schema=ns.database_schema,
                                                        check=ns.check)
        except SchemaTooNew as exc:
            print(f"migrate: {exc}", file=sys.stderr)
            return 2
        pending |= bool(status.pending)
        state = ("pending" if ns.check else "upgraded") if status.pending else "current"
        report.append({"service": service, "state": state, "from": status.current or None,
                       "head": status.head, "revisions": list(status.pending)})
    if ns.json:
        print(json.dumps(report, indent=2))
    else:
        for row in report:
            if row["state"] == "absent":
                print(f"{row['service']:<9} no database yet (made at its first start)")
                continue
            line = f"{row['service']:<9} {row['state']:<8} head {row['head']}"
            if row["revisions"]:
                line += f" (from {row['from'] or 'no version'}: {', '.join(row['revisions'])})"
            print(line)
    return 1 if ns.check and pending else 0
