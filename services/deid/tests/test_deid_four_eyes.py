"""Four eyes on quarantine releases (MEDENCLAVE_DEID_QUARANTINE_FOUR_EYES), live: a real
nats-server and access service, deid in-process, a fake IngestService. A first officer's
release is only a proposal; the same officer cannot confirm it; a second officer confirms the
release as proposed, and only then is the study published."""

from __future__ import annotations

import asyncio
import importlib.util
import time
from pathlib import Path

import grpc
import nats
import pytest

from medenclave.files import write_private
from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.service import serve
from medenclave.v1 import deid_pb2, deid_pb2_grpc, events_pb2, ingest_pb2_grpc
from medenclave_access.config import AccessSettings
from medenclave_access.main import AccessService
from medenclave_deid.config import DeidSettings
from medenclave_deid.main import DeidService
from medenclave_testing import free_port, wait_serving

pytestmark = pytest.mark.timeout(120)

_spec = importlib.util.spec_from_file_location(
    "review_journey", Path(__file__).with_name("test_deid_review_service.py"))
_journey = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_journey)  # type: ignore[union-attr]


def test_a_release_needs_a_second_officer(tmp_path, nats_server, make_instance):
    asyncio.run(_four_eyes(tmp_path, nats_server, make_instance))


async def _four_eyes(tmp_path, nats_server, make_instance):
    data = tmp_path / "data"
    secrets = data / "secrets"
    secrets.mkdir(parents=True)
    write_private(secrets / "svc-deid.secret", "deid-service-password-0123")
    access_port, deid_port, ingest_port = free_port(), free_port(), free_port()
    access_ep = f"127.0.0.1:{access_port}"
    access_settings = AccessSettings(data_dir=data, nats_url=nats_server.url,
                                     grpc_port=access_port, access_endpoint=access_ep,
                                     service_secrets_dir=secrets)
    deid_settings = DeidSettings(data_dir=data, nats_url=nats_server.url, grpc_port=deid_port,
                                 access_endpoint=access_ep,
                                 ingest_endpoint=f"127.0.0.1:{ingest_port}",
                                 credentials_file=secrets / "svc-deid.secret",
                                 quarantine_four_eyes=True)
    studies = {"st-us": [("in-1", make_instance(2, extra=_journey._ultrasound))]}
    ingest = grpc.aio.server()
    ingest_pb2_grpc.add_IngestServiceServicer_to_server(
        _journey.FakeIngest(studies, data / "access" / "keys"), ingest)
    ingest.add_insecure_port(f"127.0.0.1:{ingest_port}")
    await ingest.start()
    stop = asyncio.Event()
    deadline = time.monotonic() + 60
    tasks = [asyncio.create_task(serve(AccessService(access_settings), access_settings, stop))]
    await wait_serving(access_port)
    tasks.append(asyncio.create_task(serve(DeidService(deid_settings), deid_settings, stop)))
    nc = await nats.connect(nats_server.url)
    try:
        await wait_serving(deid_port)
        queue: asyncio.Queue = asyncio.Queue()

        async def collect(msg):
            await queue.put(msg)
        await nc.subscribe("deid.>", cb=collect)
        audits: list[events_pb2.AuditRecord] = []

        async def collect_audit(msg):
            audits.append(events_pb2.AuditRecord.FromString(msg.data))
        await nc.subscribe("audit.record.v1", cb=collect_audit)
        await nc.publish("dicom.study.received.v1", events_pb2.StudyReceived(
            study_ref="st-us", completion=1, instance_refs=["in-1"],
            total_instances=1).SerializeToString())
        await _journey._wait_for(queue, "deid.study.quarantined.v1", "st-us", deadline)

        issuer = TokenIssuer(load_or_create_signing_key(data / "access" / "keys"))
        first, second = (issuer.issue(subject=s, role="privacy_officer")[0]
                         for s in ("officer-a", "officer-b"))
        release = deid_pb2.ReviewQuarantineRequest(study_ref="st-us", completion=1,
                                                   reason="no name in the pixels, checked")
        async with secure_channel(f"127.0.0.1:{deid_port}", StaticToken(first)) as channel:
            stub = deid_pb2_grpc.DeidServiceStub(channel)
            proposed = await stub.ReleaseQuarantine(release)
            assert proposed.review_state == "AWAITING_CONFIRMATION"
            [row] = (await stub.ListQuarantine(deid_pb2.ListQuarantineRequest())).studies
            assert (row.review_state, row.proposed_by, row.proposed_mask) == \
                ("PENDING", "officer-a", False)
            # the attack: the same officer confirms their own proposal
            with pytest.raises(grpc.aio.AioRpcError) as same:
                await stub.ReleaseQuarantine(release)
            assert same.value.code() == grpc.StatusCode.PERMISSION_DENIED
            assert same.value.details().startswith("four_eyes_same_officer")
        pending = [queue.get_nowait() for _ in range(queue.qsize())]
        assert all(m.subject != "deid.study.completed.v1" for m in pending)  # nothing yet

        async with secure_channel(f"127.0.0.1:{deid_port}", StaticToken(second)) as channel:
            stub = deid_pb2_grpc.DeidServiceStub(channel)
            with pytest.raises(grpc.aio.AioRpcError) as mismatch:   # not what was proposed
                await stub.ReleaseQuarantine(deid_pb2.ReviewQuarantineRequest(
                    study_ref="st-us", completion=1, reason="mask it", mask_text=True))
            assert mismatch.value.details().startswith("confirm_mismatch")
            confirmed = await stub.ReleaseQuarantine(release)
            assert confirmed.review_state == "RELEASED"
            [row] = (await stub.ListQuarantine(deid_pb2.ListQuarantineRequest(
                include_decided=True))).studies
            assert (row.review_state, row.reviewer, row.proposed_by) == \
                ("RELEASED", "officer-b", "officer-a")
        await _journey._wait_for(queue, "deid.study.completed.v1", "st-us", deadline)

        def releases():
            return [(a.action, a.subject) for a in audits if a.resource == "st-us"
                    and a.action.startswith("quarantine.release")]
        while len(releases()) < 2 and time.monotonic() < deadline:  # the records arrive
            await asyncio.sleep(0.05)
        assert releases() == [("quarantine.release_proposed", "officer-a"),
                              ("quarantine.release", "officer-b")]
    finally:
        await nc.close()
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        await ingest.stop(None)
