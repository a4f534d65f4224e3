"""The event bus against a real nats-server: de-duplication, ack/nak/term, dead letters,
trace propagation."""

from __future__ import annotations

import asyncio

from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from medenclave import telemetry
from medenclave.bus import (
    ConsumerDecl,
    EventBus,
    PoisonMessage,
    StreamDecl,
    Topology,
    TransientError,
    load_topology,
)
from medenclave.v1 import events_pb2

TOPOLOGY = Topology(
    streams=[StreamDecl(name="DICOM", subjects=["dicom.>"], duplicate_window=60),
             StreamDecl(name="DEADLETTER", subjects=["dlq.>"], duplicate_window=60)],
    consumers=[ConsumerDecl(stream="DICOM", durable="t-consumer",
                            filter_subject="dicom.study.received.v1", owner="t",
                            max_deliver=3, backoff=[0.2, 0.2, 0.2])],
)
EXPORTER = InMemorySpanExporter()
telemetry.configure_tracing("medenclave-tests", extra_processors=(SimpleSpanProcessor(EXPORTER),))


async def _until(predicate, timeout: float = 15.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met before the deadline")
        await asyncio.sleep(0.02)


def test_declared_topology_is_consistent():
    topo = load_topology()
    streams = {s.name: s for s in topo.streams}
    assert all(s.owner for s in topo.streams)   # the NATS permissions derive from the owners
    for c in topo.consumers:
        assert c.stream in streams
        assert not c.filter_subject or any(  # empty: the whole stream
            c.filter_subject.startswith(p.rstrip(">")) for p in streams[c.stream].subjects)
        assert c.max_deliver >= 2 and len(c.backoff) <= c.max_deliver


def test_publish_dedup_and_ack(nats_server):
    async def main():
        bus = await EventBus.connect(nats_server.url, name="t", topology=TOPOLOGY)
        await bus.ensure_topology(owner="t")
        msg = events_pb2.StudyReceived(study_ref="st-1", completion=1, total_instances=3)
        a = await bus.publish("dicom.study.received.v1", msg, msg_id="st-1:1")
        b = await bus.publish("dicom.study.received.v1", msg, msg_id="st-1:1")
        assert b.duplicate and a.seq == b.seq
        seen = []

        async def handler(event):
            seen.append(event.parse(events_pb2.StudyReceived).study_ref)

        bus.consume("t-consumer", handler)
        await _until(lambda: seen == ["st-1"])
        info = await bus.jetstream.consumer_info("DICOM", "t-consumer")
        await _until(lambda: True)
        assert info.num_ack_pending in (0, 1)
        await bus.close()

    asyncio.run(main())


def test_transient_then_success_and_poison_to_dead_letter(nats_server):
    async def main():
        bus = await EventBus.connect(nats_server.url, name="t", topology=TOPOLOGY)
        await bus.ensure_topology(owner="t")
        attempts: dict[str, int] = {}
        done: list[str] = []

        async def handler(event):
            ref = event.parse(events_pb2.StudyReceived).study_ref
            attempts[ref] = attempts.get(ref, 0) + 1
            if ref == "flaky" and attempts[ref] < 2:
                raise TransientError("ingest unavailable", delay=0.1)
            if ref == "poison":
                raise PoisonMessage("never")
            if ref == "broken":
                raise RuntimeError("bug")
            done.append(ref)

        for ref in ("flaky", "poison", "broken", "ok"):
            await bus.publish("dicom.study.received.v1",
                              events_pb2.StudyReceived(study_ref=ref), msg_id=ref)
        bus.consume("t-consumer", handler)
        await _until(lambda: sorted(done) == ["flaky", "ok"] and attempts.get("broken", 0) >= 3)
        js = bus.jetstream

        async def dlq_count():
            return (await js.stream_info("DEADLETTER")).state.messages

        deadline = asyncio.get_running_loop().time() + 15
        while await dlq_count() < 2:
            assert asyncio.get_running_loop().time() < deadline
            await asyncio.sleep(0.05)
        assert attempts["poison"] == 1          # terminated at once
        assert attempts["broken"] == 3          # max_deliver, then dead-lettered
        await bus.close()

    asyncio.run(main())


def test_trace_context_crosses_the_bus(nats_server):
    async def main():
        bus = await EventBus.connect(nats_server.url, name="t", topology=TOPOLOGY)
        await bus.ensure_topology(owner="t")
        got = []

        async def handler(event):
            got.append(telemetry.current_trace_id())

        with telemetry.tracer("test").start_as_current_span("producer"):
            trace_id = telemetry.current_trace_id()
            await bus.publish("dicom.study.received.v1", events_pb2.StudyReceived(study_ref="t"),
                              msg_id="trace-1")
        bus.consume("t-consumer", handler)
        await _until(lambda: got)
        assert got == [trace_id]
        await bus.close()

    asyncio.run(main())
