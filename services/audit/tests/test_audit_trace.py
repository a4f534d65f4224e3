"""One connected trace from a C-STORE through de-identification and training, in one process:
access, ingest, deid and training served in-process (medenclave.service.serve) with a real
nats-server, a real pynetdicom association and the OpenTelemetry in-memory span exporter. The
training job waits for the pushed studies; the trace it runs in starts at a C-STORE into ingest,
crosses deid and training, and the audit records carrying that trace id come from all three."""

from __future__ import annotations

import asyncio
import csv
import io
import time

import nats
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from pydicom import dcmread
from pydicom.uid import CTImageStorage
from pynetdicom import AE, _config

from medenclave import telemetry
from medenclave.files import write_private
from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.service import serve
from medenclave.v1 import deid_pb2, deid_pb2_grpc, events_pb2, training_pb2, training_pb2_grpc
from medenclave_access.config import AccessSettings
from medenclave_access.main import AccessService
from medenclave_cli.synthetic import make_cohort
from medenclave_deid.config import DeidSettings
from medenclave_deid.main import DeidService
from medenclave_ingest.config import IngestSettings
from medenclave_ingest.main import IngestService
from medenclave_testing import free_port, wait_serving
from medenclave_training.config import TrainingSettings
from medenclave_training.main import TrainingService

N_STUDIES, PER_STUDY, SIZE = 4, 2, 32


def push(port: int, cohort) -> list[int]:
    _config.LOG_REQUEST_IDENTIFIERS = False
    _config.LOG_RESPONSE_IDENTIFIERS = False
    ae = AE(ae_title="TRACEPACS")
    ae.add_requested_context(CTImageStorage)
    statuses = []
    for study in cohort:
        assoc = ae.associate("127.0.0.1", port, ae_title="MEDENCLAVE")
        assert assoc.is_established
        try:
            statuses += [int(assoc.send_c_store(dcmread(io.BytesIO(raw))).Status)
                         for raw in study.instances]
        finally:
            assoc.release()
    return statuses


def test_one_trace_from_c_store_through_deid_and_training(tmp_path, nats_server):
    spans = InMemorySpanExporter()
    telemetry.configure_tracing("medenclave-tests", extra_processors=(SimpleSpanProcessor(spans),))
    try:
        asyncio.run(_journey(tmp_path / "data", nats_server.url, spans))
    finally:
        spans.shutdown()


async def _journey(data_dir, nats_url: str, spans: InMemorySpanExporter) -> None:
    secrets = data_dir / "secrets"
    secrets.mkdir(parents=True)
    for name in ("ingest", "deid", "training"):
        write_private(secrets / f"svc-{name}.secret", f"{name}-secret-0123456789abcdef")  # 0600
    ports = {name: free_port() for name in ("access", "ingest", "deid", "training", "dicom")}
    ep = {name: f"127.0.0.1:{port}" for name, port in ports.items()}
    common = dict(data_dir=data_dir, nats_url=nats_url, access_endpoint=ep["access"])
    access = AccessSettings(**common, grpc_port=ports["access"], service_secrets_dir=secrets)
    ingest = IngestSettings(**common, grpc_port=ports["ingest"], dicom_port=ports["dicom"],
                            credentials_file=secrets / "svc-ingest.secret",
                            quiet_period_s=0.5, assembler_interval_s=0.1)
    deid = DeidSettings(**common, grpc_port=ports["deid"], ingest_endpoint=ep["ingest"],
                        credentials_file=secrets / "svc-deid.secret")
    training = TrainingSettings(**common, grpc_port=ports["training"], deid_endpoint=ep["deid"],
                                credentials_file=secrets / "svc-training.secret",
                                default_epochs=1)
    stop = asyncio.Event()
    tasks = [asyncio.create_task(serve(AccessService(access), access, stop))]
    nc = None
    try:
        await wait_serving(ports["access"])
        tasks += [asyncio.create_task(serve(IngestService(ingest), ingest, stop)),
                  asyncio.create_task(serve(DeidService(deid), deid, stop)),
                  asyncio.create_task(serve(TrainingService(training), training, stop))]
        for name in ("ingest", "deid", "training"):
            await wait_serving(ports[name], timeout=60)
        audit: list[events_pb2.AuditRecord] = []
        nc = await nats.connect(nats_url)

        async def on_audit(msg):
            audit.append(events_pb2.AuditRecord.FromString(msg.data))

        await nc.subscribe("audit.record.v1", cb=on_audit)
        await nc.flush()

        issuer = TokenIssuer(load_or_create_signing_key(data_dir / "access" / "keys"))
        radiologist = StaticToken(issuer.issue(subject="dr.rad", role="radiologist")[0])
        engineer = StaticToken(issuer.issue(subject="ai.eng", role="ai_engineer")[0])
        cohort = make_cohort(N_STUDIES, instances_per_study=PER_STUDY, seed=5, size=SIZE)

        # the hospital's labels, de-identified by deid so they match the pseudonymous studies
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["StudyInstanceUID", "label"])
        for s in cohort:
            writer.writerow([s.study_uid, s.label])
        async with secure_channel(ep["deid"], radiologist) as ch:
            table = await deid_pb2_grpc.DeidServiceStub(ch).DeidentifyTable(
                deid_pb2.DeidentifyTableRequest(csv=buf.getvalue().encode(),
                                                study_uid_column="StudyInstanceUID"), timeout=30)
        rows = list(csv.DictReader(io.StringIO(table.csv.decode())))
        labels = "pseudo_study_id,label\n" + "".join(
            f"{r['pseudo_study_id']},{r['label']}\n" for r in rows)

        async with secure_channel(ep["training"], engineer) as ch:
            stub = training_pb2_grpc.TrainingServiceStub(ch)
            job = await stub.StartJob(training_pb2.StartJobRequest(
                model_name="trace_test", labels_csv=labels.encode(), epochs=1,
                wait_for_studies=True, seed=5, image_size=SIZE), timeout=30)
            assert job.state == "WAITING"
            statuses = await asyncio.to_thread(push, ports["dicom"], cohort)
            assert statuses == [0] * N_STUDIES * PER_STUDY
            deadline = time.monotonic() + 120
            while True:
                done = await stub.GetJob(training_pb2.GetJobRequest(job_id=job.job_id))
                if done.state in ("SUCCEEDED", "FAILED"):
                    break
                assert time.monotonic() < deadline, f"job still {done.state}"
                await asyncio.sleep(0.1)
        assert done.state == "SUCCEEDED", done.error_code
        trace_id = done.trace_id
        assert len(trace_id) == 32

        # the job is SUCCEEDED inside its training.run span, which ends a moment later
        deadline = time.monotonic() + 10
        while True:
            in_trace = [s for s in spans.get_finished_spans()
                        if format(s.context.trace_id, "032x") == trace_id]
            names = {s.name for s in in_trace}
            if "training.run" in names or time.monotonic() > deadline:
                break
            await asyncio.sleep(0.05)
        consumers = {s.attributes.get("messaging.consumer") for s in in_trace}
        assert "PynetdicomServer.c_store" in names                      # ingest: the C-STORE
        assert "deid-study-received" in consumers                 # deid consumed the study
        assert "training-deid-completed" in consumers             # training consumed deid's fact
        assert "training.run" in names                            # and trained in that trace

        deadline = time.monotonic() + 20
        while True:
            services = {r.service for r in audit if r.trace_id == trace_id}
            if {"ingest", "deid", "training"} <= services or time.monotonic() > deadline:
                break
            await asyncio.sleep(0.05)
        assert {"ingest", "deid", "training"} <= services, services
        actions = {(r.service, r.action) for r in audit if r.trace_id == trace_id}
        assert ("ingest", "dicom.store") in actions and ("deid", "deid.study") in actions
        assert ("training", "training.run") in actions
    finally:
        stop.set()
        await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), 60)
        if nc is not None:
            await nc.close()
