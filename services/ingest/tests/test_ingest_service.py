"""The ingest service in-process against a real nats-server, real SCUs and the access service.

One journey: pynetdicom and dcmtk's storescu push synthetic CT studies (with planted fake PHI),
bad objects are refused and quarantined while the SCP keeps serving, studies are announced once
quiet (and again for additions), raw reads are guarded and audited, and no PHI lands on disk.
"""

from __future__ import annotations

import asyncio
import io
import os
import shutil
from pathlib import Path

import grpc
import nats
import pytest
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from pydicom import dcmread
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, ImplicitVRLittleEndian
from pynetdicom import AE, _config
from pynetdicom.sop_class import Verification  # type: ignore[attr-defined]

from medenclave import telemetry
from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.crypto import load_or_create_secret
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.service import serve
from medenclave.v1 import common_pb2, events_pb2, ingest_pb2, ingest_pb2_grpc
from medenclave_access.config import AccessSettings
from medenclave_access.main import AccessService
from medenclave_ingest.config import IngestSettings
from medenclave_ingest.core.refs import RefDeriver
from medenclave_ingest.main import REF_SECRET_NAME, IngestService
from medenclave_testing import free_port, until, wait_serving


def scu_store(port: int, items: list, *, chunked: bool = False) -> list[int]:
    """One pynetdicom association; C-STORE each Dataset or file path; the statuses."""
    ae = AE(ae_title="TESTSCU")
    ae.add_requested_context(CTImageStorage, ExplicitVRLittleEndian)
    ae.add_requested_context(CTImageStorage, ImplicitVRLittleEndian)
    ae.add_requested_context(Verification)
    assoc = ae.associate("127.0.0.1", port, ae_title="MEDENCLAVE")
    assert assoc.is_established, "association rejected"
    try:
        assert assoc.send_c_echo().Status == 0x0000
        previous = _config.STORE_SEND_CHUNKED_DATASET
        _config.STORE_SEND_CHUNKED_DATASET = chunked  # chunked: send file bytes as they are
        try:
            return [int(assoc.send_c_store(item).Status) for item in items]
        finally:
            _config.STORE_SEND_CHUNKED_DATASET = previous
    finally:
        assoc.release()


class Recorder:
    """An ordered JetStream consumer per subject tree, collecting (subject, headers, data)."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, dict, bytes]] = []

    async def on_message(self, msg) -> None:
        self.messages.append((msg.subject, dict(msg.headers or {}), msg.data))

    def of(self, subject: str, message_type=None):
        out = [(h, d) for s, h, d in self.messages if s == subject]
        if message_type is None:
            return out
        return [(h, message_type.FromString(d)) for h, d in out]


@pytest.mark.parametrize("engine", ["pynetdicom", "native"])
def test_ingest_journey(tmp_path, nats_server, dicom, engine):
    if shutil.which("storescu") is None:
        pytest.skip("dcmtk's storescu is not installed: apt-get install dcmtk")
    spans = InMemorySpanExporter()
    telemetry.configure_tracing("medenclave-tests", extra_processors=(SimpleSpanProcessor(spans),))
    try:
        asyncio.run(_journey(tmp_path, nats_server, dicom, spans, engine))
    finally:
        spans.shutdown()


async def _journey(tmp_path: Path, nats_server, dicom, spans: InMemorySpanExporter,
                   engine: str) -> None:
    data_dir = tmp_path / "data"
    outgoing = tmp_path / "outgoing"   # the "modality's" own files, outside the data dir
    outgoing.mkdir()
    access_port, grpc_port, dicom_port = free_port(), free_port(), free_port()
    access_settings = AccessSettings(data_dir=data_dir, nats_url=nats_server.url,
                                     grpc_port=access_port,
                                     access_endpoint=f"127.0.0.1:{access_port}")
    settings = IngestSettings(data_dir=data_dir, nats_url=nats_server.url, grpc_port=grpc_port,
                              access_endpoint=f"127.0.0.1:{access_port}",
                              dicom_port=dicom_port, quiet_period_s=1.0,
                              assembler_interval_s=0.1, dicom_engine=engine)
    stop = asyncio.Event()
    access = AccessService(access_settings)
    tasks = [asyncio.create_task(serve(access, access_settings, stop)),
             asyncio.create_task(serve(IngestService(settings), settings, stop))]
    nc = None
    try:
        await wait_serving(access_port)
        await wait_serving(grpc_port)
        nc = await nats.connect(nats_server.url)
        js = nc.jetstream()
        events, audit = Recorder(), Recorder()
        await js.subscribe("dicom.>", cb=events.on_message, ordered_consumer=True)
        await js.subscribe("audit.>", cb=audit.on_message, ordered_consumer=True)
        refs = RefDeriver(load_or_create_secret(data_dir / "ingest" / "keys", REF_SECRET_NAME))

        # -- a CT study over a real pynetdicom association ------------------------------------
        study_a = dicom.ct_study(3)
        statuses = await asyncio.to_thread(scu_store, dicom_port, study_a)
        assert statuses == [0x0000] * 3
        ref_a = refs.study_ref(study_a[0].StudyInstanceUID)
        refs_a = {refs.instance_ref(ds.SOPInstanceUID) for ds in study_a}

        # -- bad objects are refused and quarantined; the SCP keeps serving --------------------
        garbage = outgoing / "garbage.dcm"
        garbage.write_bytes(dicom.meta_with_body(dicom.ct_study(1)[0],
                                                 b"\x10\x00\x10\x00garbage-garbage-garbage"))
        no_study_uid = dicom.ct_study(1)[0]
        del no_study_uid.StudyInstanceUID
        bad = await asyncio.to_thread(scu_store, dicom_port, [garbage], chunked=True)
        bad += await asyncio.to_thread(scu_store, dicom_port, [no_study_uid])
        assert bad == [0xC210, 0xA900], [hex(s) for s in bad]
        await until(lambda: len(events.of("dicom.instance.quarantined.v1")) == 2,
                    what="two quarantine events")
        reasons = {e.reason_code for _, e in
                   events.of("dicom.instance.quarantined.v1", events_pb2.InstanceQuarantined)}
        assert reasons == {"not_dicom", "missing_uid"}
        assert len(list((data_dir / "ingest" / "quarantine").glob("*.bin"))) == 2

        # -- the same association kind still works, and a re-send is idempotent ---------------
        assert await asyncio.to_thread(scu_store, dicom_port, [study_a[0]]) == [0x0000]

        # -- a second study through dcmtk's storescu -------------------------------------------
        study_b = dicom.ct_study(2)
        paths = []
        for i, ds in enumerate(study_b):
            path = outgoing / f"b{i}.dcm"
            path.write_bytes(dicom.part10(ds))
            paths.append(str(path))
        proc = await asyncio.create_subprocess_exec(
            "storescu", "-aet", "STORESCU", "-aec", "MEDENCLAVE", "127.0.0.1", str(dicom_port),
            *paths, env={**os.environ, "TCP_NODELAY": "1"},
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
        await asyncio.wait_for(proc.communicate(), 60)
        assert proc.returncode == 0
        ref_b = refs.study_ref(study_b[0].StudyInstanceUID)
        refs_b = {refs.instance_ref(ds.SOPInstanceUID) for ds in study_b}

        # -- instance events (one per instance: the re-send was de-duplicated) ----------------
        await until(lambda: len(events.of("dicom.instance.stored.v1")) >= 5,
                    what="five stored events")
        stored = events.of("dicom.instance.stored.v1", events_pb2.InstanceStored)
        assert sorted(h["Nats-Msg-Id"] for h, _ in stored) == sorted(refs_a | refs_b)
        assert {e.study_ref for _, e in stored} == {ref_a, ref_b}
        assert all(e.sop_class_uid == CTImageStorage and e.size_bytes > 2048 for _, e in stored)
        assert {e.calling_ae for _, e in stored} == {"TESTSCU", "STORESCU"}

        # -- one study.received per study, once quiet ------------------------------------------
        def received():
            return {e.study_ref: (h, e) for h, e in
                    events.of("dicom.study.received.v1", events_pb2.StudyReceived)}
        await until(lambda: {ref_a, ref_b} <= set(received()), what="two studies received")
        head_a, event_a = received()[ref_a]
        assert head_a["Nats-Msg-Id"] == f"{ref_a}:1"
        assert event_a.completion == 1 and set(event_a.instance_refs) == refs_a
        assert event_a.total_instances == 3 and event_a.modality == "CT"
        assert set(received()[ref_b][1].instance_refs) == refs_b

        # one trace from the C-STORE to the announcement
        trace_id = head_a["traceparent"].split("-")[1]
        store_spans = [s for s in spans.get_finished_spans() if s.name == "PynetdicomServer.c_store"]
        assert trace_id in {format(s.context.trace_id, "032x") for s in store_spans}

        # -- additions after completion: completion 2 with only the addition -----------------
        extra = dicom.ct_instance(study_a[0].StudyInstanceUID, study_a[0].SeriesInstanceUID, 4)
        assert await asyncio.to_thread(scu_store, dicom_port, [extra]) == [0x0000]
        await until(lambda: len(events.of("dicom.study.received.v1")) == 3,
                    what="the second completion")
        second = [(h, e) for h, e in events.of("dicom.study.received.v1",
                                               events_pb2.StudyReceived) if e.completion == 2]
        [(head2, event2)] = second
        assert head2["Nats-Msg-Id"] == f"{ref_a}:2"
        assert list(event2.instance_refs) == [refs.instance_ref(extra.SOPInstanceUID)]
        assert event2.total_instances == 4

        # -- gRPC: summaries, raw reads guarded by raw.read ------------------------------------
        key = load_or_create_signing_key(data_dir / "access" / "keys")
        deid_token, _ = TokenIssuer(key).issue(subject="svc-deid", role="svc_deid")
        reader_token, _ = TokenIssuer(key).issue(subject="alice", role="radiologist")
        async with secure_channel(f"127.0.0.1:{grpc_port}", StaticToken(reader_token)) as ch:
            stub = ingest_pb2_grpc.IngestServiceStub(ch)
            listing = await stub.ListStudies(ingest_pb2.ListStudiesRequest())
            assert {s.study_ref for s in listing.studies} == {ref_a, ref_b}
            summary = await stub.GetStudy(ingest_pb2.GetStudyRequest(study_ref=ref_a))
            assert summary.state == common_pb2.STUDY_STATE_RECEIVED
            assert summary.instance_count == 4 and summary.modality == "CT"
            assert summary.trace_id
            with pytest.raises(grpc.aio.AioRpcError) as info:
                await stub.GetStudy(ingest_pb2.GetStudyRequest(study_ref="st-unknown"))
            assert info.value.code() == grpc.StatusCode.NOT_FOUND
            with pytest.raises(grpc.aio.AioRpcError) as info:
                async for _ in stub.FetchInstances(
                        ingest_pb2.FetchInstancesRequest(study_ref=ref_a)):
                    pass
            assert info.value.code() == grpc.StatusCode.PERMISSION_DENIED

        async with secure_channel(f"127.0.0.1:{grpc_port}", StaticToken(deid_token)) as ch:
            stub = ingest_pb2_grpc.IngestServiceStub(ch)
            got = [r async for r in stub.FetchInstances(ingest_pb2.FetchInstancesRequest(
                study_ref=ref_a, instance_refs=list(event_a.instance_refs)))]
            assert {r.instance_ref for r in got} == refs_a
            raw = dcmread(io.BytesIO(got[0].dicom))
            assert str(raw.PatientName) == "Doe^Jane"  # raw as received, only for raw.read
            assert raw.StudyInstanceUID == study_a[0].StudyInstanceUID
            with pytest.raises(grpc.aio.AioRpcError) as info:
                async for _ in stub.FetchInstances(ingest_pb2.FetchInstancesRequest(
                        study_ref=ref_a, instance_refs=["in-unknown"])):
                    pass
            assert info.value.code() == grpc.StatusCode.NOT_FOUND

        # -- audit records ------------------------------------------------------------------------
        def records():
            return [r for _, r in audit.of("audit.record.v1", events_pb2.AuditRecord)]
        await until(lambda: any(r.action == "raw.read" for r in records()), what="raw.read audit")
        raw_reads = [r for r in records() if r.action == "raw.read"]
        assert [(r.resource, r.subject, r.role) for r in raw_reads] == [
            (ref_a, "svc-deid", "svc_deid")]
        stores = [r for r in records() if r.action == "dicom.store"]
        assert sum(r.outcome == "failure" for r in stores) == 2
        assert sum(r.outcome == "success" for r in stores) == 7  # 3 + re-send + 2 + addition
        assert any(r.action == "rpc.denied" and r.role == "radiologist" for r in records())
    finally:
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        if nc is not None:
            await nc.close()

    # -- no planted PHI and no UID anywhere on disk: data dir, vault, database, event store ----
    secrets = [b"Doe^Jane", b"MRN12345", b"ACC777"]
    for ds in study_a + study_b + [extra]:
        secrets += [ds.StudyInstanceUID.encode(), ds.SOPInstanceUID.encode()]
    checked = 0
    for path in tmp_path.rglob("*"):
        if path.is_file() and outgoing not in path.parents:
            blob = path.read_bytes()
            checked += 1
            leaked = [s for s in secrets if s in blob]
            assert not leaked, f"{path.relative_to(tmp_path)} holds identifying bytes"
    assert checked > 10
