"""The deid service in-process against a real nats-server, the real access service and a fake
IngestService (a servicer of our own port that serves planted raw instances)."""

from __future__ import annotations

import asyncio
import io
import time

import grpc
import nats
import pydicom
import pytest

from medenclave.bus import EventBus
from medenclave.files import write_private
from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.tokens import (
    TokenIssuer,
    TokenVerifier,
    load_or_create_signing_key,
)
from medenclave.service import serve
from medenclave.v1 import deid_pb2, deid_pb2_grpc, events_pb2, ingest_pb2, ingest_pb2_grpc
from medenclave_access.config import AccessSettings
from medenclave_access.main import AccessService
from medenclave_deid.config import DeidSettings
from medenclave_deid.main import DeidService
from medenclave_testing import free_port, wait_serving

pytestmark = pytest.mark.timeout(120)


class FakeIngest(ingest_pb2_grpc.IngestServiceServicer):
    """Serves FetchInstances from a dict; checks the caller is svc-deid with a valid token."""

    def __init__(self, studies: dict[str, list[tuple[str, bytes]]], keys_dir) -> None:
        self.studies = studies
        self.keys_dir = keys_dir
        self.callers: list[str] = []

    async def FetchInstances(self, request, context):
        token = dict(context.invocation_metadata()).get("authorization", "")[len("Bearer "):]
        key = load_or_create_signing_key(self.keys_dir)
        principal = TokenVerifier({key.kid: key.public_pem}).verify(token)
        self.callers.append(principal.role)
        if principal.role != "svc_deid":
            await context.abort(grpc.StatusCode.PERMISSION_DENIED, "raw.read")
        instances = self.studies.get(request.study_ref)
        if instances is None:
            await context.abort(grpc.StatusCode.NOT_FOUND, "unknown study")
        wanted = set(request.instance_refs)
        for ref, data in instances:
            if not wanted or ref in wanted:
                yield ingest_pb2.RawInstance(instance_ref=ref, dicom=data)



async def _next_message(queue: asyncio.Queue, subject: str, deadline: float):
    while True:
        msg = await asyncio.wait_for(queue.get(), timeout=max(0.1, deadline - time.monotonic()))
        if msg.subject == subject:
            return msg


def _studies(make_instance) -> dict[str, list[tuple[str, bytes]]]:
    return {
        "st-good": [("in-1", make_instance(0)), ("in-2", make_instance(1))],
        "st-bad": [("in-3", b"definitely not DICOM")],
    }


def test_study_received_to_fetch_study(tmp_path, nats_server, make_instance, forbidden_values):
    asyncio.run(_journey(tmp_path, nats_server, make_instance, forbidden_values))


async def _journey(tmp_path, nats_server, make_instance, forbidden_values):
    data = tmp_path / "data"
    secrets = data / "secrets"
    secrets.mkdir(parents=True)
    write_private(secrets / "svc-deid.secret", "deid-service-password-0123")  # 0600
    access_port, deid_port, ingest_port = free_port(), free_port(), free_port()
    access_ep = f"127.0.0.1:{access_port}"
    access_settings = AccessSettings(data_dir=data, nats_url=nats_server.url, grpc_port=access_port,
                                     access_endpoint=access_ep, service_secrets_dir=secrets)
    deid_settings = DeidSettings(data_dir=data, nats_url=nats_server.url, grpc_port=deid_port,
                                 access_endpoint=access_ep,
                                 ingest_endpoint=f"127.0.0.1:{ingest_port}",
                                 credentials_file=secrets / "svc-deid.secret")
    stop = asyncio.Event()
    deadline = time.monotonic() + 60
    fake = FakeIngest(_studies(make_instance), data / "access" / "keys")
    ingest = grpc.aio.server()
    ingest_pb2_grpc.add_IngestServiceServicer_to_server(fake, ingest)
    ingest.add_insecure_port(f"127.0.0.1:{ingest_port}")
    await ingest.start()
    tasks = [asyncio.create_task(serve(AccessService(access_settings), access_settings, stop))]
    await wait_serving(access_port)
    tasks.append(asyncio.create_task(serve(DeidService(deid_settings), deid_settings, stop)))
    nc = await nats.connect(nats_server.url)
    bus = None
    try:
        await wait_serving(deid_port)
        queue: asyncio.Queue = asyncio.Queue()

        async def collect(msg):
            await queue.put(msg)
        await nc.subscribe("deid.study.>", cb=collect)
        audits: list[events_pb2.AuditRecord] = []

        async def collect_audit(msg):
            audits.append(events_pb2.AuditRecord.FromString(msg.data))
        await nc.subscribe("audit.record.v1", cb=collect_audit)

        bus = await EventBus.connect(nats_server.url, name="test-ingest")
        for ref, n in (("st-good", 2), ("st-bad", 1)):
            refs = [r for r, _ in _studies(make_instance)[ref]]
            await bus.publish("dicom.study.received.v1", events_pb2.StudyReceived(
                study_ref=ref, completion=1, instance_refs=refs, total_instances=n,
                modality="CT"), msg_id=f"{ref}:1")

        done = events_pb2.StudyDeidentified.FromString(
            (await _next_message(queue, "deid.study.completed.v1", deadline)).data)
        assert (done.study_ref, done.completion, done.instance_count) == ("st-good", 1, 2)
        assert done.pseudo_study_id.startswith("2.25.") and done.pseudo_patient_id.startswith("PSN-")
        assert done.modality == "CT" and done.body_part == "CHEST"
        held = events_pb2.StudyQuarantined.FromString(
            (await _next_message(queue, "deid.study.quarantined.v1", deadline)).data)
        assert (held.study_ref, held.reason_code) == ("st-bad", "not_dicom")
        assert set(fake.callers) == {"svc_deid"}

        # the de-identified store is encrypted at rest
        stored = list((data / "deid" / "store").rglob("*.dcm"))
        assert len(stored) == 2
        assert not any(b"DICM" in p.read_bytes() for p in stored)

        issuer = TokenIssuer(load_or_create_signing_key(data / "access" / "keys"))
        engineer, _ = issuer.issue(subject="eve", role="ai_engineer")
        officer, _ = issuer.issue(subject="olga", role="privacy_officer")
        async with secure_channel(f"127.0.0.1:{deid_port}", StaticToken(engineer)) as channel:
            stub = deid_pb2_grpc.DeidServiceStub(channel)
            instances = [i async for i in stub.FetchStudy(
                deid_pb2.FetchStudyRequest(pseudo_study_id=done.pseudo_study_id))]
            assert len(instances) == 2
            for inst in instances:
                for value in forbidden_values:
                    for enc in ("utf-8", "gb18030"):
                        assert value.encode(enc) not in inst.dicom, value
                ds = pydicom.dcmread(io.BytesIO(inst.dicom))
                assert ds.PatientIdentityRemoved == "YES"
                assert str(ds.PatientID) == done.pseudo_patient_id
                assert ds.StudyInstanceUID == done.pseudo_study_id
                assert ds.SOPInstanceUID == inst.pseudo_instance_uid
                assert ds.pixel_array.shape == (16, 16)

            studies = (await stub.ListStudies(deid_pb2.ListStudiesRequest())).studies
            by_ref = {s.study_ref: s for s in studies}
            assert by_ref["st-good"].pseudo_study_id == done.pseudo_study_id
            assert by_ref["st-good"].instance_count == 2
            assert by_ref["st-bad"].quarantine_reason == "not_dicom"
            # by study_refs (the console's page of ingest's studies): those only
            some = (await stub.ListStudies(deid_pb2.ListStudiesRequest(
                study_refs=["st-bad", "st-never-seen"]))).studies
            assert [s.study_ref for s in some] == ["st-bad"]
            with pytest.raises(grpc.aio.AioRpcError) as too_many:
                await stub.ListStudies(deid_pb2.ListStudiesRequest(
                    study_refs=[f"st-{i}" for i in range(501)]))
            assert too_many.value.code() == grpc.StatusCode.INVALID_ARGUMENT

            table = await stub.DeidentifyTable(deid_pb2.DeidentifyTableRequest(
                csv=b"StudyInstanceUID,PatientName,label\n"
                    b"1.2.826.0.1.3680043.8.498.7001,Wang^XiaoDong,1\n"))
            assert table.csv.decode().splitlines() == ["pseudo_study_id,label",
                                                       f"{done.pseudo_study_id},1"]
            # a label table keyed by accession number: the accession index answers the study's
            # pseudonymous id, "" for a number deid never de-identified
            by_accession = await stub.DeidentifyTable(deid_pb2.DeidentifyTableRequest(
                csv=b"row,accession_number\n2,ACC7730001\n3,ACC0000000\n",
                accession_column="accession_number"))
            assert by_accession.csv.decode().splitlines() == [
                "row,pseudo_study_id", f"2,{done.pseudo_study_id}", "3,"]

            with pytest.raises(grpc.aio.AioRpcError) as denied:
                await stub.ListQuarantine(deid_pb2.ListQuarantineRequest())
            assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED
            with pytest.raises(grpc.aio.AioRpcError) as missing:
                await stub.FetchStudy(deid_pb2.FetchStudyRequest(
                    pseudo_study_id="2.25.1")).read()
            assert missing.value.code() == grpc.StatusCode.NOT_FOUND

        async with secure_channel(f"127.0.0.1:{deid_port}", StaticToken(officer)) as channel:
            stub = deid_pb2_grpc.DeidServiceStub(channel)
            quarantine = await stub.ListQuarantine(deid_pb2.ListQuarantineRequest())
            assert [(q.study_ref, q.reason_code) for q in quarantine.studies] == [
                ("st-bad", "not_dicom")]
            with pytest.raises(grpc.aio.AioRpcError) as denied:
                await stub.FetchStudy(deid_pb2.FetchStudyRequest(
                    pseudo_study_id=done.pseudo_study_id)).read()
            assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED

        # audit: the study, the read by eve, the table; nothing carries a planted value
        while time.monotonic() < deadline and not any(
                a.action == "deid.table" for a in audits):
            await asyncio.sleep(0.05)
        actions = {(a.action, a.subject, a.outcome) for a in audits}
        assert ("deid.study", "service:deid", "success") in actions
        assert ("deid.study", "service:deid", "failure") in actions
        assert ("data.read", "eve", "success") in actions
        assert ("deid.table", "eve", "success") in actions
        blob = b"".join(a.SerializeToString() for a in audits)
        assert b"MRN55501234" not in blob and b"1.2.826.0.1.3680043" not in blob

        # a redelivered event is idempotent: nothing new is written
        ack = await bus.publish("dicom.study.received.v1", events_pb2.StudyReceived(
            study_ref="st-good", completion=1, instance_refs=["in-1", "in-2"]),
            msg_id="st-good:1:again")
        while time.monotonic() < deadline:
            info = await bus.jetstream.consumer_info("DICOM", "deid-study-received")
            if info.ack_floor.stream_seq >= ack.seq:
                break
            await asyncio.sleep(0.05)
        assert info.ack_floor.stream_seq >= ack.seq
        assert len(list((data / "deid" / "store").rglob("*.dcm"))) == 2
        assert queue.empty()  # no second completion event was published
        assert len(fake.callers) == 2  # ingest was not asked again
    finally:
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        if bus is not None:
            await bus.close()
        await nc.close()
        await ingest.stop(None)
