"""The training service in-process against the real nats-server and the real access service,
with a fake DeidService (our own port) serving synthetic de-identified DICOM.

One journey: StartJob(wait_for_studies) → WAITING; deid.study.completed events arrive one by
one, each in its own trace; the last one starts the job in its trace; model.registered.v1 is
published and the model lies in the repository.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time

import grpc
import nats
import numpy as np
import pytest
from google.protobuf import text_format
from opentelemetry import context as otel_context
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from tritonclient.grpc import model_config_pb2

from medenclave import telemetry
from medenclave.bus import EventBus
from medenclave.files import write_private
from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.tokens import TokenIssuer, TokenVerifier, load_or_create_signing_key
from medenclave.service import serve
from medenclave.v1 import deid_pb2_grpc, events_pb2, training_pb2, training_pb2_grpc
from medenclave_access.config import AccessSettings
from medenclave_access.main import AccessService
from medenclave_testing import free_port, wait_serving
from medenclave_testing.deid_fake import FakeDeid, deid_instance
from medenclave_training.config import TrainingSettings
from medenclave_training.main import TrainingService

# torch.export warns about its own deprecated pytree API during ONNX export
pytestmark = pytest.mark.filterwarnings("ignore:.*LeafSpec.*:FutureWarning")

SIZE = 64
N_STUDIES = 6
PER_STUDY = 4


async def journey(tmp_path, nats_url: str, spans: InMemorySpanExporter) -> None:
    deadline = time.monotonic() + 60
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    write_private(secrets / "svc-training.secret", "training-secret-0123456789")  # 0600
    access_port, training_port, deid_port = free_port(), free_port(), free_port()
    access_endpoint = f"127.0.0.1:{access_port}"
    access_settings = AccessSettings(data_dir=tmp_path, nats_url=nats_url, grpc_port=access_port,
                                     access_endpoint=access_endpoint, service_secrets_dir=secrets)
    access = AccessService(access_settings)
    key = load_or_create_signing_key(tmp_path / "access" / "keys")

    rng = np.random.default_rng(11)
    labels = {f"2.25.{1000 + i}": i % 2 for i in range(N_STUDIES)}
    fake = FakeDeid({s: [deid_instance(s, n, y, rng) for n in range(PER_STUDY)]
                     for s, y in labels.items()},
                    TokenVerifier({key.kid: key.public_pem}))
    deid_server = grpc.aio.server()
    deid_pb2_grpc.add_DeidServiceServicer_to_server(fake, deid_server)
    deid_server.add_insecure_port(f"127.0.0.1:{deid_port}")
    await deid_server.start()

    settings = TrainingSettings(data_dir=tmp_path, nats_url=nats_url, grpc_port=training_port,
                                access_endpoint=access_endpoint,
                                credentials_file=secrets / "svc-training.secret",
                                deid_endpoint=f"127.0.0.1:{deid_port}", default_epochs=6)
    stop = asyncio.Event()
    tasks = [asyncio.create_task(serve(access, access_settings, stop))]
    await wait_serving(access_port)
    tasks.append(asyncio.create_task(serve(TrainingService(settings), settings, stop)))
    nc = await nats.connect(nats_url)
    publisher = await EventBus.connect(nats_url, name="test-deid")
    try:
        await wait_serving(training_port)
        seen: dict[str, list] = {"model": [], "jobs": [], "audit": []}

        async def on_model(msg):
            seen["model"].append(events_pb2.ModelRegistered.FromString(msg.data))

        async def on_job(msg):
            seen["jobs"].append((msg.subject, events_pb2.TrainingJobChanged.FromString(msg.data)))

        async def on_audit(msg):
            seen["audit"].append(events_pb2.AuditRecord.FromString(msg.data))

        await nc.subscribe("model.registered.v1", cb=on_model)
        await nc.subscribe("training.job.>", cb=on_job)
        await nc.subscribe("audit.record.v1", cb=on_audit)
        await nc.flush()

        issuer = TokenIssuer(key)
        engineer, _ = issuer.issue(subject="eve", role="ai_engineer")
        radiologist, _ = issuer.issue(subject="rad", role="radiologist")
        csv = ("pseudo_study_id,label\n" + "".join(f"{s},{y}\n" for s, y in labels.items()))
        request = training_pb2.StartJobRequest(model_name="chest-ct", labels_csv=csv.encode(),
                                               wait_for_studies=True, seed=3)
        async with secure_channel(f"127.0.0.1:{training_port}", StaticToken(radiologist)) as ch:
            with pytest.raises(grpc.aio.AioRpcError) as denied:
                await training_pb2_grpc.TrainingServiceStub(ch).StartJob(request)
            assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED
        async with secure_channel(f"127.0.0.1:{training_port}", StaticToken(engineer)) as ch:
            stub = training_pb2_grpc.TrainingServiceStub(ch)
            with pytest.raises(grpc.aio.AioRpcError) as bad:
                await stub.StartJob(training_pb2.StartJobRequest(
                    model_name="chest-ct", labels_csv=b"pseudo_study_id,label\n2.25.1,0\n"))
            assert bad.value.code() == grpc.StatusCode.INVALID_ARGUMENT
            assert bad.value.details() == "too_few_studies"

            job = await stub.StartJob(request)
            assert job.state == "WAITING" and job.studies == N_STUDIES and not job.trace_id

            # deid finishes the studies one by one, each in its own trace
            tracer = telemetry.tracer("test.deid")
            last_trace = ""
            for i, study in enumerate(labels):
                with tracer.start_as_current_span("deid.study", context=otel_context.Context()):
                    last_trace = telemetry.current_trace_id()
                    await publisher.publish("deid.study.completed.v1", events_pb2.StudyDeidentified(
                        study_ref=f"st-{i}", completion=1, pseudo_study_id=study,
                        instance_count=PER_STUDY, modality="CT"), msg_id=f"deid:st-{i}:1")
                if i < len(labels) - 1:
                    assert (await stub.GetJob(training_pb2.GetJobRequest(
                        job_id=job.job_id))).state == "WAITING"
            while not seen["model"] and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            assert seen["model"], "model.registered.v1 did not arrive"
            while time.monotonic() < deadline:
                done = await stub.GetJob(training_pb2.GetJobRequest(job_id=job.job_id))
                if done.state in ("SUCCEEDED", "FAILED"):
                    break
                await asyncio.sleep(0.05)
            assert done.state == "SUCCEEDED", done.error_code
            assert done.trace_id == last_trace
            assert done.model_version == 1 and done.images == N_STUDIES * PER_STUDY
            assert done.val_accuracy >= 0.5
            models = (await stub.ListModels(training_pb2.ListModelsRequest())).models
            jobs = (await stub.ListJobs(training_pb2.ListJobsRequest())).jobs
            card = await stub.GetModelCard(training_pb2.GetModelCardRequest(
                model_name="chest-ct", version=1))
            assert [j.job_id for j in jobs] == [job.job_id]

        (registered,) = seen["model"]
        assert (registered.model_name, registered.version) == ("chest-ct", 1)
        assert registered.platform == "onnxruntime_onnx" and registered.job_id == job.job_id
        assert sorted(registered.dataset_studies) == sorted(labels)
        onnx_path = tmp_path / "model-repository" / "chest-ct" / "1" / "model.onnx"
        assert hashlib.sha256(onnx_path.read_bytes()).hexdigest() == registered.onnx_sha256
        cfg = text_format.Parse((onnx_path.parents[1] / "config.pbtxt").read_text(),
                                model_config_pb2.ModelConfig())
        assert list(cfg.input[0].dims) == [1, SIZE, SIZE] and list(cfg.output[0].dims) == [2]
        # a candidate: config.pbtxt serves no version until an approver approves one
        assert cfg.version_policy.HasField("specific")
        assert list(cfg.version_policy.specific.versions) == []
        assert registered.change == "registered"
        assert (card.stage, card.served, card.trained_by, card.job_id) == (
            "candidate", False, "eve", job.job_id)
        metrics = json.loads(card.metrics_json)
        assert card.metrics_split == metrics["split"] == "validation"
        assert {"auc", "sensitivity", "specificity", "ece", "confusion_matrix"} <= set(metrics)
        assert sum(map(sum, metrics["confusion_matrix"])) == metrics["images"] > 0
        assert len(card.config_sha256) == 64 and card.code_version.startswith("0.")
        # the inputs' preprocessing, saved with the model for inference's Predict by image
        from medenclave import preprocess

        saved = (onnx_path.parent / preprocess.PREPROCESS_FILE).read_bytes()
        assert preprocess.loads(saved) == preprocess.default_chain(SIZE)
        assert [(m.model_name, m.version, m.onnx_sha256) for m in models] == [
            ("chest-ct", 1, registered.onnx_sha256)]
        assert set(fake.callers) == {"svc_training"} and len(fake.callers) == N_STUDIES

        while time.monotonic() < deadline and len(seen["jobs"]) < 2:
            await asyncio.sleep(0.05)
        assert [s for s, _ in seen["jobs"]] == ["training.job.started.v1",
                                                "training.job.succeeded.v1"]
        (start_audit,) = [a for a in seen["audit"] if a.action == "training.job.start"]
        assert (start_audit.resource, start_audit.subject, start_audit.role) == (
            job.job_id, "eve", "ai_engineer")
        actions = {(a.action, a.outcome, a.resource, a.trace_id) for a in seen["audit"]}
        assert ("training.run", "success", job.job_id, last_trace) in actions
        assert ("model.register", "success", "chest-ct:1", last_trace) in actions
        assert ("rpc.denied", "denied") in {(a.action, a.outcome) for a in seen["audit"]}
        assert start_audit.trace_id != last_trace

        # one trace from the deid event to the registration, linked to the StartJob call
        finished = spans.get_finished_spans()
        (start_span,) = [s for s in finished if s.name == "TrainingService.StartJob"
                         and format(s.context.trace_id, "032x") == start_audit.trace_id]
        (run_span,) = [s for s in finished if s.name == "training.run"
                       and s.attributes.get("training.job_id") == job.job_id]
        assert format(run_span.context.trace_id, "032x") == last_trace
        assert [link.context.span_id for link in run_span.links] == [start_span.context.span_id]
        assert run_span.attributes.get("training.state") == "SUCCEEDED"
    finally:
        stop.set()
        await asyncio.gather(*tasks)
        await publisher.close()
        await nc.close()
        await deid_server.stop(grace=1)


def test_waiting_job_runs_in_the_trace_of_the_last_deid_event(tmp_path, nats_server):
    spans = InMemorySpanExporter()
    telemetry.configure_tracing("medenclave-test", extra_processors=(SimpleSpanProcessor(spans),))
    asyncio.run(journey(tmp_path, nats_server.url, spans))
