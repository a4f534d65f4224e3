"""Drift watch and metrics of the serving stack (real nats-server, access, inference and
tritonclient): a shifted input distribution raises monitoring.drift.detected.v1 with an audit
record; GetDrift and ``medenclave monitor drift`` report it; failures are in the metrics;
unusable drift references are refused without breaking inference."""

from __future__ import annotations

import asyncio
import json

import grpc
import numpy as np
import onnxruntime as ort
import pytest
import tritonclient.grpc as tc
from prometheus_client import REGISTRY, generate_latest
from tritonclient.utils import InferenceServerException

from medenclave.drift import MAX_REFERENCE_BYTES, REFERENCE_FILE, build_reference
from medenclave.rpc import StaticToken, secure_channel
from medenclave.v1 import events_pb2, inference_pb2, inference_pb2_grpc

pytestmark = pytest.mark.timeout(120)


def _images(n: int, mean: float, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.clip(rng.normal(mean, 0.1, (n, 1, 8, 8)), 0, 1).astype(np.float32)


@pytest.fixture(scope="module")
def stack(tmp_path_factory, helpers):
    root = tmp_path_factory.mktemp("drift-stack")
    repo = root / "data" / "model-repository"
    path = helpers.write_model(repo, "xray", 1, seed=5)
    val = _images(300, 0.3, seed=1)
    scores = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(
        ["probabilities"], {"image": val})[0]
    (path.parent / REFERENCE_FILE).write_bytes(build_reference(val, scores).to_json())
    helpers.write_model(repo, "plain", 1, seed=6)  # no reference: not watched
    helpers.write_model(repo, "garbled", 1, seed=7)
    (repo / "garbled" / "1" / REFERENCE_FILE).write_bytes(b'{"format": 1, "intensity": [')
    helpers.write_model(repo, "bloated", 1, seed=8)
    (repo / "bloated" / "1" / REFERENCE_FILE).write_bytes(b" " * (MAX_REFERENCE_BYTES + 10))
    s = helpers.Stack(root)
    try:
        yield s.start()
    finally:
        s.stop()


def _infer(stack, images, model="xray"):
    client = tc.InferenceServerClient(stack.triton_url)
    try:
        tensor = tc.InferInput("image", list(images.shape), "FP32")
        tensor.set_data_from_numpy(images)
        return client.infer(model, [tensor], outputs=[tc.InferRequestedOutput("probabilities")],
                            headers={"authorization": f"Bearer {stack.token('clinician')}"})
    finally:
        client.close()


def _get_drift(stack, model: str, role: str | None = "auditor", version: int = 0):
    async def call():
        token = StaticToken(stack.token(role)) if role else None
        async with secure_channel(stack.grpc_url, token) as channel:
            return await inference_pb2_grpc.MonitoringServiceStub(channel).GetDrift(
                inference_pb2.GetDriftRequest(model_name=model, version=version), timeout=10)
    return asyncio.run(call())


def _code(stack, model: str, role: str | None = "auditor") -> grpc.StatusCode:
    with pytest.raises(grpc.aio.AioRpcError) as err:
        _get_drift(stack, model, role)
    return err.value.code()


async def _last(stack, subject: str, stream: str):
    from medenclave.bus import EventBus
    bus = await EventBus.connect(stack.nats.url, name="drift-reader")
    try:
        return await bus.jetstream.get_last_msg(stream, subject)
    except Exception:
        return None
    finally:
        await bus.close()


async def _audit_records(stack) -> list[events_pb2.AuditRecord]:
    from medenclave.bus import EventBus
    bus = await EventBus.connect(stack.nats.url, name="audit-reader")
    records: list[events_pb2.AuditRecord] = []
    try:
        sub = await bus.jetstream.pull_subscribe("audit.record.v1", durable=None, stream="AUDIT")
        while True:
            msgs = await sub.fetch(256, timeout=0.5)
            records.extend(events_pb2.AuditRecord.FromString(m.data) for m in msgs)
    except Exception:  # an empty fetch times out: every record has been read
        return records
    finally:
        await bus.close()


def _drift_events(stack):
    msg = asyncio.run(_last(stack, "monitoring.drift.detected.v1", "INFERENCE"))
    return None if msg is None else events_pb2.DriftDetected.FromString(msg.data)


def test_shifted_inputs_raise_a_drift_event(stack, helpers, capsys):
    for seed in range(4):  # 128 inputs like the validation split: judged, not drifted
        _infer(stack, _images(32, 0.3, seed=10 + seed))
    calm = _get_drift(stack, "xray")
    assert calm.judged and not calm.drifted and calm.kl < 0.2 and calm.window == 128
    assert calm.threshold == pytest.approx(0.2) and calm.window_size == 500
    assert _drift_events(stack) is None

    for seed in range(4):  # the scanner's calibration changed: everything brighter
        _infer(stack, _images(32, 0.8, seed=20 + seed))
    event = helpers.wait_until(lambda: _drift_events(stack), what="drift event")
    assert event.model_name == "xray" and event.version == 1
    assert event.metric.startswith("kl.") and event.value > 0.2
    assert event.threshold == pytest.approx(0.2)
    audit = helpers.wait_until(lambda: [r for r in asyncio.run(_audit_records(stack))
                                        if r.action == "monitoring.drift"], what="audit")
    assert audit[0].resource == "xray:1" and audit[0].subject == "service:inference"

    status = _get_drift(stack, "xray", role="ai_engineer")
    assert status.drifted and status.kl > 0.2 and status.psi > 0 and status.js > 0
    assert {f.feature for f in status.features} >= {"intensity", "image_mean", "image_std"}

    from medenclave_cli.main import main as cli
    rc = cli(["monitor", "drift", "--model", "xray", "--json", "--endpoint", stack.grpc_url,
              "--token", stack.token("auditor")])
    out = json.loads(capsys.readouterr().out)
    assert rc == 0 and out["drifted"] is True and out["kl"] > 0.2
    assert {"kl", "psi", "js", "threshold", "drifted", "window"} <= set(out)

    text = generate_latest(REGISTRY).decode()
    assert 'medenclave_inference_drift_detected{model="xray",version="1"} 1.0' in text
    assert 'medenclave_inference_drift_kl{model="xray",version="1"}' in text


def test_get_drift_is_guarded_and_refuses_unwatched_models(stack):
    assert _code(stack, "xray", role="clinician") == grpc.StatusCode.PERMISSION_DENIED
    assert _code(stack, "xray", role=None) == grpc.StatusCode.UNAUTHENTICATED
    assert _code(stack, "../xray") == grpc.StatusCode.INVALID_ARGUMENT
    _infer(stack, _images(2, 0.3, seed=30), model="plain")
    assert _code(stack, "plain") == grpc.StatusCode.NOT_FOUND  # no reference
    assert _code(stack, "nope") == grpc.StatusCode.NOT_FOUND


def test_serving_health_is_for_oversight_roles_only(stack):
    async def call(role: str):
        async with secure_channel(stack.grpc_url, StaticToken(stack.token(role))) as channel:
            return await inference_pb2_grpc.MonitoringServiceStub(channel).GetServingHealth(
                inference_pb2.GetServingHealthRequest(), timeout=10)
    reply = asyncio.run(call("auditor"))
    assert ("xray", 1) in {(v.model_name, v.version) for v in reply.versions}
    with pytest.raises(grpc.aio.AioRpcError) as err:
        asyncio.run(call("clinician"))
    assert err.value.code() == grpc.StatusCode.PERMISSION_DENIED


def test_unusable_references_are_refused_and_inference_still_serves(stack):
    for model in ("garbled", "bloated"):  # attack: a malformed and an oversized reference
        result = _infer(stack, _images(3, 0.3, seed=31), model=model)
        assert result.as_numpy("probabilities").shape == (3, 2)
        assert _code(stack, model) == grpc.StatusCode.NOT_FOUND


def test_failures_are_timed_with_their_outcome(stack, helpers):
    _infer(stack, _images(1, 0.3, seed=40))
    with pytest.raises(InferenceServerException):
        _infer(stack, _images(1, 0.3, seed=41), model="no-such-model-7f3a")
    with pytest.raises(InferenceServerException):  # wrong image size
        _infer(stack, np.zeros((1, 1, 4, 4), np.float32))
    async def bad_predict():  # the platform's own Predict API: data not a whole image
        async with secure_channel(stack.grpc_url, StaticToken(stack.token("clinician"))) as ch:
            await inference_pb2_grpc.InferenceServiceStub(ch).Predict(
                inference_pb2.PredictRequest(model_name="xray", shape=[1, 8, 8],
                                             float32_data=b"\0" * 12), timeout=10)
    with pytest.raises(grpc.aio.AioRpcError) as bad:
        asyncio.run(bad_predict())
    assert bad.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    expected = [
        'medenclave_inference_call_seconds_count{api="predict",model="xray",'
        'outcome="invalid_argument",version=""}',
        'medenclave_inference_call_seconds_count{api="triton",model="_unknown",'
        'outcome="not_found",version=""}',
        'medenclave_inference_call_seconds_count{api="triton",model="xray",'
        'outcome="invalid_argument",version=""}',
        'medenclave_inference_call_seconds_bucket{api="triton",le="0.5",model="xray",'
        'outcome="success",version="1"}',
        'medenclave_inference_queue_depth{model="xray",version="1"} 0.0',
        'medenclave_inference_batch_size_bucket{le="32",model="xray",version="1"}',
        'medenclave_inference_in_flight{api="triton"} 0.0',
    ]
    # gRPC sends an aborted call's status before the handler returns: wait for the record
    def scrape():
        text = generate_latest(REGISTRY).decode()
        return text if all(e in text for e in expected) else None

    text = helpers.wait_until(scrape, what="failure metrics")
    assert "no-such-model-7f3a" not in text  # a caller's string never becomes a label
