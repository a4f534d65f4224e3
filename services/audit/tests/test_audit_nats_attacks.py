"""Forged events, attacked on a real nats-server started with the configuration `medenclave up`
generates (one user per service, subject permissions) and the real audit service recording:

(a) a client without credentials, or with a wrong password, cannot connect; (b) ingest's user
cannot publish on deid's audit subject, and a record on ingest's own subject claiming service
"deid" is dead-lettered by the recorder, never chained; (c) no service user can purge or delete
the AUDIT stream; (d) only ingest's user can publish ``dicom.study.received.v1``; (e) only audit
reads AUDIT. Each attack asserts the refusal, that nothing was stored, and that the server
stayed small and alive.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from pathlib import Path

import nats
import nats.errors
import pytest
from google.protobuf.timestamp_pb2 import Timestamp

from medenclave.service import serve
from medenclave.v1 import events_pb2
from medenclave_audit.config import AuditSettings
from medenclave_audit.main import AuditService
from medenclave_testing import free_port, metric, nats_secret_path, until

SERVICE_USERS = ("access", "audit", "ingest", "deid", "training", "inference")


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def _record(service: str, action: str = "probe") -> events_pb2.AuditRecord:
    now = time.time_ns()
    return events_pb2.AuditRecord(
        record_id=uuid.uuid4().hex, time=Timestamp(seconds=now // 10**9, nanos=now % 10**9),
        service=service, subject=f"service:{service}", role=f"svc_{service}", action=action,
        outcome="success")


class _Client:
    """A raw nats-py client as one service's user, collecting the server's async errors."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.nc: nats.NATS | None = None

    async def connect(self, url: str, user: str, password: str) -> _Client:
        async def on_error(exc: Exception) -> None:
            self.errors.append(str(exc))
        self.nc = await nats.connect(url, user=user, password=password, error_cb=on_error,
                                     inbox_prefix=f"_INBOX_{user}", allow_reconnect=False)
        return self

    async def violated(self, subject: str) -> bool:
        # nats-py hands the server's -ERR over in lower case
        await until(lambda: any("permissions violation" in e.lower() and subject.lower() in e
                                for e in self.errors), timeout=5, what=f"violation on {subject}")
        return True

    async def refused_request(self, subject: str) -> bool:
        """Send a JetStream API request: no answer comes, the server reports a violation."""
        assert self.nc is not None
        with pytest.raises(nats.errors.TimeoutError):
            await self.nc.request(subject, b'{"seq": 1}', timeout=0.5)
        return await self.violated(subject)

    async def close(self) -> None:
        if self.nc is not None:
            await self.nc.close()


@contextlib.asynccontextmanager
async def _audit_service(tmp_path: Path, server):
    """The real audit service, connected as NATS user ``audit`` (no access service: the
    recorder consumes from start-up, before the key set is fetched)."""
    settings = AuditSettings(
        data_dir=tmp_path / "data", nats_url=server.url, grpc_port=free_port(),
        access_endpoint=f"127.0.0.1:{free_port()}", nats_user="audit",
        nats_password_file=nats_secret_path(tmp_path / "nats-secrets", "audit"))
    service = AuditService(settings)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(service, settings, stop))
    try:
        yield service
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)


async def _admin(server):
    return await nats.connect(server.url, user="admin", password=server.passwords["admin"])


async def _count(admin, stream: str) -> int:
    return (await admin.jetstream().stream_info(stream)).state.messages


async def _recorder_ready(admin) -> None:
    """Wait until the audit service has declared its streams and the recorder's consumer."""
    deadline = time.monotonic() + 20
    while True:
        try:
            await admin.jetstream().consumer_info("AUDIT", "audit-recorder")
            await admin.jetstream().stream_info("DEADLETTER")
            return
        except Exception:
            assert time.monotonic() < deadline, "the audit service did not start"
            await asyncio.sleep(0.05)


def _chained(service: AuditService) -> list:
    return list(service.ledger.records())


def test_a_client_without_the_right_password_cannot_connect(nats_auth_server):
    """(a) 20 attempts without credentials and 20 with a wrong password: each refused with an
    authorization violation; the server's RSS grows by less than 16 MiB and it keeps serving."""
    async def scenario():
        rss_before = _rss_kib(nats_auth_server.proc.pid)
        for i in range(40):
            creds = {} if i % 2 == 0 else {"user": "ingest", "password": "guessed"}
            with pytest.raises(nats.errors.Error, match="Authorization Violation"):
                await nats.connect(nats_auth_server.url, allow_reconnect=False,
                                   max_reconnect_attempts=0, connect_timeout=2, **creds)
        assert nats_auth_server.proc.poll() is None
        assert _rss_kib(nats_auth_server.proc.pid) - rss_before < 16 * 1024
        admin = await _admin(nats_auth_server)       # the real users still get in
        await admin.close()
    asyncio.run(scenario())


def test_a_service_cannot_write_audit_records_in_another_services_name(tmp_path,
                                                                      nats_auth_server):
    """(b) ingest's user publishing on ``audit.record.v1.deid`` and on the legacy unbound
    ``audit.record.v1`` is a permission violation, stored nowhere; a record on ingest's own
    subject claiming service "deid" is dead-lettered and counted by the recorder, not chained;
    ingest's genuine record (the control) is chained."""
    server = nats_auth_server

    async def scenario():
        refused = metric("medenclave_audit_records_refused_total",
                         {"reason": "service_mismatch"})
        async with _audit_service(tmp_path, server) as audit:
            admin = await _admin(server)
            await _recorder_ready(admin)
            ingest = await _Client().connect(server.url, "ingest", server.passwords["ingest"])
            try:
                js = ingest.nc.jetstream()
                for subject in ("audit.record.v1.deid", "audit.record.v1"):
                    with pytest.raises(nats.errors.TimeoutError):
                        await js.publish(subject, _record("deid").SerializeToString(),
                                         timeout=0.5)
                    assert await ingest.violated(subject)
                forged, genuine = _record("deid", "forged"), _record("ingest", "genuine")
                await js.publish("audit.record.v1.ingest", forged.SerializeToString(),
                                 headers={"Nats-Msg-Id": forged.record_id})
                await js.publish("audit.record.v1.ingest", genuine.SerializeToString(),
                                 headers={"Nats-Msg-Id": genuine.record_id})
                chained = await until(lambda: [r for r in _chained(audit)
                                               if r.entry.record_id == genuine.record_id],
                                      what="the genuine record chained")
                assert chained[0].entry.service == "ingest"
                await until(lambda: metric("medenclave_audit_records_refused_total",
                                           {"reason": "service_mismatch"}) == refused + 1,
                            what="the forged record refused")
                assert await _count(admin, "DEADLETTER") == 1
                assert [r.entry.action for r in _chained(audit)] == ["genuine"]
                assert await _count(admin, "AUDIT") == 2     # the two on ingest's own subject
            finally:
                await ingest.close()
                await admin.close()
        assert server.proc.poll() is None
    asyncio.run(scenario())


def test_no_service_can_purge_or_delete_the_audit_stream(tmp_path, nats_auth_server):
    """(c) every service user, audit's included, asks the JetStream API to purge AUDIT, delete
    it, delete one of its messages and delete the recorder's consumer: no answer but a
    permission violation, and the stream, its messages and the consumer remain."""
    server = nats_auth_server

    async def scenario():
        async with _audit_service(tmp_path, server) as audit:
            admin = await _admin(server)
            await _recorder_ready(admin)
            try:
                ingest = await _Client().connect(server.url, "ingest", server.passwords["ingest"])
                await ingest.nc.jetstream().publish("audit.record.v1.ingest",
                                                    _record("ingest").SerializeToString())
                await ingest.close()
                await until(lambda: _chained(audit), what="a record chained")
                before = await _count(admin, "AUDIT")
                clients = [await _Client().connect(server.url, user, server.passwords[user])
                           for user in SERVICE_USERS]
                try:
                    refusals = await asyncio.gather(*(
                        client.refused_request(f"$JS.API.{api}") for client in clients
                        for api in ("STREAM.PURGE.AUDIT", "STREAM.DELETE.AUDIT",
                                    "STREAM.MSG.DELETE.AUDIT",
                                    "CONSUMER.DELETE.AUDIT.audit-recorder")))
                    assert len(refusals) == 24 and all(refusals)
                finally:
                    for client in clients:
                        await client.close()
                assert await _count(admin, "AUDIT") == before
                info = await admin.jetstream().consumer_info("AUDIT", "audit-recorder")
                assert info.name == "audit-recorder"
            finally:
                await admin.close()
    asyncio.run(scenario())


def test_only_ingest_announces_studies_and_only_audit_reads_audit(nats_auth_server):
    """(d) every other service's user publishing ``dicom.study.received.v1`` is a permission
    violation and the DICOM stream stays empty, while ingest's publish is stored; (e) deid's
    user can neither create a consumer on AUDIT, pull from the recorder's durable, fetch a
    message directly, nor subscribe to the audit subjects or another user's inbox."""
    server = nats_auth_server

    async def scenario():
        admin = await _admin(server)
        ingest = await _Client().connect(server.url, "ingest", server.passwords["ingest"])
        deid = await _Client().connect(server.url, "deid", server.passwords["deid"])
        try:
            from medenclave.bus import EventBus
            owner = await EventBus.connect(server.url, name="audit", user="audit",
                                           password=server.passwords["audit"])
            await owner.ensure_topology(owner="audit")
            await owner.close()
            await ingest.nc.jetstream().publish("audit.record.v1.ingest", b"x")
            for user in (u for u in SERVICE_USERS if u != "ingest"):
                client = await _Client().connect(server.url, user, server.passwords[user])
                try:
                    await client.nc.publish("dicom.study.received.v1", b"forged")
                    await client.nc.flush()
                    assert await client.violated("dicom.study.received.v1")
                finally:
                    await client.close()
            assert await _count(admin, "DICOM") == 0
            await ingest.nc.jetstream().publish("dicom.study.received.v1", b"real")
            assert await _count(admin, "DICOM") == 1
            assert all(await asyncio.gather(*(deid.refused_request(subject) for subject in (
                "$JS.API.CONSUMER.CREATE.AUDIT.spy",
                "$JS.API.CONSUMER.MSG.NEXT.AUDIT.audit-recorder",
                "$JS.API.STREAM.MSG.GET.AUDIT", "$JS.API.DIRECT.GET.AUDIT"))))
            for subject in ("audit.record.v1.>", "_INBOX_audit.>"):
                await deid.nc.subscribe(subject)
                await deid.nc.flush()
                assert await deid.violated(subject)
            info = await admin.jetstream().consumer_info("AUDIT", "audit-recorder")
            assert info.num_pending == 1 and info.delivered.consumer_seq == 0
        finally:
            await ingest.close()
            await deid.close()
            await admin.close()
    asyncio.run(scenario())
