"""Durable, chained audit appends per second on SQLite and PostgreSQL, store-only and end to end.

Appends go through the audit service's own store (medenclave_audit.adapters.outbound.sql_store): each
append is one committed transaction that takes the chain lock, reads the head, dedupes the
record ids and inserts the chained batch (SQLite WAL with synchronous=FULL; PostgreSQL with its
default synchronous_commit=on). Also reports how fast the whole chain verifies (hash chain
plus the Merkle tree head a checkpoint needs).

End to end ("e2e"): the real path every service uses. ``--e2e-records`` records are published
by concurrent ``AuditPublisher.record`` calls (each awaits JetStream's PubAck) to a real
nats-server, and the audit service's own consumer (``audit-recorder``, group commit, the same
``GroupCommitter`` and handler as ``python -m medenclave_audit``) appends them to the store;
the rate is records / (first publish → last record committed).

    .venv/bin/python bench/audit/bench_audit.py [--seconds 3] [--pg-url postgresql://…]
        [--e2e-records 20000] [--publishers 256]

PostgreSQL runs when --pg-url or DATABASE_URL is set, in a private schema dropped afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

from medenclave.audit_log import AuditPublisher
from medenclave.bus import EventBus
from medenclave.storage import make_engine
from medenclave_audit.adapters.inbound.recorder import DURABLE, GroupCommitter, make_recorder
from medenclave_audit.adapters.outbound.sql_store import SqlAuditStore, normalise_url
from medenclave_audit.core.chain import AuditEntry
from medenclave_audit.core.checkpoint import record_leaf
from medenclave_audit.core.ledger import AuditLedger
from medenclave_audit.core.merkle import TreeBuilder
from medenclave_testing import NatsServer


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


async def _e2e(store: SqlAuditStore, records: int, publishers: int,
               batch_max: int, drain_first: bool = False, fetchers: int = 1
               ) -> tuple[float, float]:
    """(publish seconds, first publish → last commit seconds) through nats-server."""
    with tempfile.TemporaryDirectory(prefix="bench-nats-") as tmp, NatsServer(Path(tmp)) as nats:
        consumer_bus = await EventBus.connect(nats.url, name="bench-audit")
        await consumer_bus.ensure_topology(owner="audit")
        committer = GroupCommitter(ledger=AuditLedger(store=store), batch_max=batch_max)
        publish_bus = await EventBus.connect(nats.url, name="bench-publisher")
        publisher = AuditPublisher(publish_bus, "inference")
        start_seq = store.head().seq
        queue = iter(range(records))

        async def worker() -> None:
            for i in queue:
                await publisher.record(action="model.predict", resource=f"model:bench:{i % 7}",
                                       subject="svc-bench", role="svc_inference")

        if drain_first:  # fill the stream first, then measure the consumer alone
            await asyncio.gather(*(worker() for _ in range(publishers)))
            start = time.perf_counter()
            for _ in range(fetchers):
                consumer_bus.consume(DURABLE, make_recorder(committer), batch=batch_max,
                                     concurrency=batch_max)
            published = 0.0
        else:
            for _ in range(fetchers):
                consumer_bus.consume(DURABLE, make_recorder(committer), batch=batch_max,
                                     concurrency=batch_max)
            start = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(publishers)))
            published = time.perf_counter() - start
        while (await asyncio.to_thread(store.head)).seq - start_seq < records:
            await asyncio.sleep(0.05)
        done = time.perf_counter() - start
        await publish_bus.close()
        await consumer_bus.close()
        await committer.close()
        return published, done


def bench_e2e(name: str, store: SqlAuditStore, records: int, publishers: int
              ) -> list[tuple[str, ...]]:
    rows = []
    for batch_max in (256, 1000):
        published, done = asyncio.run(_e2e(store, records, publishers, batch_max))
        rows.append((name, f"e2e publish only ({publishers} publishers)", f"{records}",
                     f"{published:.2f}", f"{records / published:,.0f}"))
        rows.append((name, f"e2e JetStream→consumer→store (batch≤{batch_max})", f"{records}",
                     f"{done:.2f}", f"{records / done:,.0f}"))
        _, drained = asyncio.run(_e2e(store, records, publishers, batch_max, drain_first=True))
        rows.append((name, f"e2e consumer drains a full stream (batch≤{batch_max})",
                     f"{records}", f"{drained:.2f}", f"{records / drained:,.0f}"))
    return rows


def bench_backend(name: str, store: SqlAuditStore, seconds: float) -> list[tuple[str, ...]]:
    rows = []
    for batch in (1, 100, 1000):
        n, elapsed = bench_appends(store, batch, seconds)
        rows.append((name, f"append batch={batch}", f"{n}", f"{elapsed:.2f}", f"{n / elapsed:,.0f}"))
    start = time.perf_counter()
    result = AuditLedger(store=store).verify()
    elapsed = time.perf_counter() - start
    assert result.valid, result
    rows.append((name, "verify whole chain", f"{result.records}", f"{elapsed:.2f}",
                 f"{result.records / elapsed:,.0f}"))
    start = time.perf_counter()
    tree = TreeBuilder()
    for rec in store.iter_records():
        tree.add(record_leaf(rec.entry))
    tree.root()
    elapsed = time.perf_counter() - start
    rows.append((name, "Merkle tree head, whole log", f"{tree.size}", f"{elapsed:.2f}",
                 f"{tree.size / elapsed:,.0f}"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="per measurement")
    parser.add_argument("--pg-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--e2e-records", type=int, default=20000,
                        help="records through JetStream per end-to-end run (0: skip)")
    parser.add_argument("--publishers", type=int, default=256,
                        help="concurrent AuditPublisher.record calls")
    args = parser.parse_args()

    rows: list[tuple[str, ...]] = []
    with tempfile.TemporaryDirectory(prefix="bench-audit-") as tmp:
        store = SqlAuditStore(make_engine(f"sqlite:///{Path(tmp) / 'audit.db'}"))
        try:
            rows += bench_backend("sqlite", store, args.seconds)
            if args.e2e_records:
                rows += bench_e2e("sqlite", store, args.e2e_records, args.publishers)
        finally:
            store.close()
    if args.pg_url:
        url = normalise_url(args.pg_url)
        schema = "bench_audit_" + uuid.uuid4().hex[:8]
        store = SqlAuditStore(make_engine(url, schema=schema))
        try:
            rows += bench_backend("postgresql", store, args.seconds)
            if args.e2e_records:
                rows += bench_e2e("postgresql", store, args.e2e_records, args.publishers)
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
