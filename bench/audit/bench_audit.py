"""Durable, chained audit appends per second on SQLite and PostgreSQL.

Appends go through the audit service's own store (medenclave_audit.adapters.sql_store): each
append is one committed transaction that takes the chain lock, reads the head, dedupes the
record ids and inserts the chained batch (SQLite WAL with synchronous=FULL; PostgreSQL with its
default synchronous_commit=on). Also reports how fast the whole chain verifies.

    .venv/bin/python bench/audit/bench_audit.py [--seconds 3] [--pg-url postgresql://…]

PostgreSQL runs when --pg-url or DATABASE_URL is set, in a private schema dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

from medenclave.storage import make_engine
from medenclave_audit.adapters.sql_store import SqlAuditStore, normalise_url
from medenclave_audit.core.chain import AuditEntry
from medenclave_audit.core.ledger import AuditLedger


def entries(n: int, run: str, start: int) -> list[AuditEntry]:
    now = time.time_ns()
    return [AuditEntry(record_id=f"{run}-{start + i}", time_ns=now, service="inference",
                       subject="svc-bench", role="svc_inference", action="model.predict",
                       resource=f"model:bench:{(start + i) % 7}", outcome="success",
                       trace_id=uuid.uuid4().hex) for i in range(n)]


def bench_appends(store: SqlAuditStore, batch: int, seconds: float) -> tuple[int, float]:
    run, done = uuid.uuid4().hex[:8], 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        done += len(store.append(entries=entries(batch, run, done)))
    return done, time.perf_counter() - start


def bench_backend(name: str, store: SqlAuditStore, seconds: float) -> list[tuple[str, ...]]:
    rows = []
    for batch in (1, 100):
        n, elapsed = bench_appends(store, batch, seconds)
        rows.append((name, f"append batch={batch}", f"{n}", f"{elapsed:.2f}", f"{n / elapsed:,.0f}"))
    start = time.perf_counter()
    result = AuditLedger(store=store).verify()
    elapsed = time.perf_counter() - start
    assert result.valid, result
    rows.append((name, "verify whole chain", f"{result.records}", f"{elapsed:.2f}",
                 f"{result.records / elapsed:,.0f}"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="per measurement")
    parser.add_argument("--pg-url", default=os.environ.get("DATABASE_URL", ""))
    args = parser.parse_args()

    rows: list[tuple[str, ...]] = []
    with tempfile.TemporaryDirectory(prefix="bench-audit-") as tmp:
        store = SqlAuditStore(make_engine(f"sqlite:///{Path(tmp) / 'audit.db'}"))
        try:
            rows += bench_backend("sqlite", store, args.seconds)
        finally:
            store.close()
    if args.pg_url:
        url = normalise_url(args.pg_url)
        schema = "bench_audit_" + uuid.uuid4().hex[:8]
        store = SqlAuditStore(make_engine(url, schema=schema))
        try:
            rows += bench_backend("postgresql", store, args.seconds)
        finally:
            store.close()
            engine = make_engine(url)
            with engine.begin() as conn:
                conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            engine.dispose()
    else:
        print("(PostgreSQL skipped: set DATABASE_URL or --pg-url)")

    header = ("backend", "operation", "records", "seconds", "records/s")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(c.rjust(w) if i >= 2 else c.ljust(w) for i, (c, w) in
                        enumerate(zip(row, widths))))


if __name__ == "__main__":
    main()
