"""The audit-recorder handler and its group commit, over the in-memory store."""

from __future__ import annotations

import asyncio

import pytest
from google.protobuf.timestamp_pb2 import Timestamp

from medenclave.bus import Event, PoisonMessage, TransientError
from medenclave.v1 import events_pb2
from medenclave_audit.adapters.inbound.recorder import GroupCommitter, make_recorder
from medenclave_audit.adapters.outbound.memory_store import MemoryAuditStore
from medenclave_audit.core.ledger import AuditLedger, StoreUnavailable


def event(i: int, **over: str) -> Event:
    ts = Timestamp()
    ts.FromNanoseconds(1_760_000_000_000_000_000 + i)
    fields = dict(record_id=f"r-{i}", service="deid", subject="svc", role="svc_deid",
                  action="deid.study", resource=f"st-{i}", outcome="success")
    fields.update(over)
    rec = events_pb2.AuditRecord(time=ts, **fields)
    return Event(subject="audit.record.v1", data=rec.SerializeToString(),
                 headers={"Nats-Msg-Id": rec.record_id}, num_delivered=1)


class CountingStore(MemoryAuditStore):
    def __init__(self, fail: Exception | None = None) -> None:
        super().__init__()
        self.calls: list[int] = []
        self.fail = fail

    def append(self, *, entries):
        self.calls.append(len(entries))
        if self.fail is not None:
            raise self.fail
        if any(e.resource == "st-boom" for e in entries):
            raise RuntimeError("unexpected")
        return super().append(entries=entries)


def test_concurrent_deliveries_share_one_append():
    store = CountingStore()

    async def go():
        handler = make_recorder(GroupCommitter(ledger=AuditLedger(store=store), batch_max=50))
        await asyncio.gather(*(handler(event(i)) for i in range(120)))
        await handler(event(5))  # redelivery: stored once

    asyncio.run(go())
    assert store.calls[:3] == [50, 50, 20]
    assert len(store.rows) == 120 and AuditLedger(store=store).verify().valid
    assert [r.entry.record_id for r in store.rows[:3]] == ["r-0", "r-1", "r-2"]


def test_unstorable_record_is_poison_and_store_outage_is_transient():
    async def go():
        ok = make_recorder(GroupCommitter(ledger=AuditLedger(store=CountingStore())))
        with pytest.raises(PoisonMessage):
            await ok(event(1, record_id=""))
        with pytest.raises(PoisonMessage):
            await ok(event(2, resource="a\x00b"))
        with pytest.raises(PoisonMessage):  # not an AuditRecord at all
            await ok(Event(subject="audit.record.v1", data=b"\xff\xff", headers={},
                           num_delivered=1))
        down = CountingStore(fail=StoreUnavailable("down"))
        handler = make_recorder(GroupCommitter(ledger=AuditLedger(store=down)))
        results = await asyncio.gather(handler(event(1)), handler(event(2)),
                                       return_exceptions=True)
        assert all(isinstance(r, TransientError) for r in results)

    asyncio.run(go())


def test_one_failing_record_does_not_fail_its_batch_mates():
    store = CountingStore()

    async def go():
        handler = make_recorder(GroupCommitter(ledger=AuditLedger(store=store)))
        return await asyncio.gather(handler(event(1)), handler(event(2, resource="st-boom")),
                                    handler(event(3)), return_exceptions=True)

    results = asyncio.run(go())
    assert results[0] is None and results[2] is None
    assert isinstance(results[1], RuntimeError)
    assert [r.entry.record_id for r in store.rows] == ["r-1", "r-3"]


def test_a_record_is_bound_to_the_service_its_subject_names():
    """``audit.record.v1.<service>`` must carry that service; the legacy unbound subject is
    refused when the bus authenticates publishers; any other subject is refused. Refusals are
    poison (dead-lettered), counted, and nothing is chained."""
    import dataclasses

    from medenclave_audit.adapters.inbound.recorder import publisher_of
    from medenclave_testing import metric

    def on(subject: str, ev: Event) -> Event:
        return dataclasses.replace(ev, subject=subject)

    assert publisher_of("audit.record.v1.deid") == "deid"
    assert publisher_of("audit.record.v1") == ""
    assert publisher_of("audit.record.v1.deid.x") is None and publisher_of("audit.x") is None
    store = CountingStore()

    async def go():
        open_bus = make_recorder(GroupCommitter(ledger=AuditLedger(store=store)))
        bound = make_recorder(GroupCommitter(ledger=AuditLedger(store=store)), bound_only=True)
        mismatch = metric("medenclave_audit_records_refused_total", {"reason": "service_mismatch"})
        with pytest.raises(PoisonMessage):
            await bound(on("audit.record.v1.ingest", event(1)))       # claims deid
        with pytest.raises(PoisonMessage):
            await open_bus(on("audit.record.v1.ingest", event(2)))
        with pytest.raises(PoisonMessage):
            await bound(event(3))                                     # the unbound subject
        with pytest.raises(PoisonMessage):
            await open_bus(on("audit.other", event(4)))
        assert metric("medenclave_audit_records_refused_total",
                      {"reason": "service_mismatch"}) == mismatch + 2
        assert store.rows == []
        await bound(on("audit.record.v1.deid", event(5)))
        await open_bus(event(6))                                      # legacy, open bus
        assert [r.entry.record_id for r in store.rows] == ["r-5", "r-6"]

    asyncio.run(go())
