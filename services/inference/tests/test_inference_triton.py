"""The embedded Triton-compatible server against NVIDIA's real tritonclient (sync gRPC client),
with the real nats-server and the real access service's keys."""

from __future__ import annotations

import asyncio

import grpc
import numpy as np
import onnxruntime as ort
import pytest
import tritonclient.grpc as tc
from tritonclient.utils import InferenceServerException

from medenclave.v1 import events_pb2, inference_pb2, inference_pb2_grpc

pytestmark = pytest.mark.timeout(120)


def _auth(stack, role: str = "clinician", subject: str = "clinic-system") -> dict[str, str]:
    return {"authorization": f"Bearer {stack.token(role, subject)}"}


def _images(batch: int, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((batch, 1, 8, 8)).astype(np.float32)


def _direct(path, images: np.ndarray) -> np.ndarray:
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return session.run(["probabilities"], {"image": images})[0]


def _infer(client, images, *, headers=None, model="chest", version=""):
    tensor = tc.InferInput("image", list(images.shape), "FP32")
    tensor.set_data_from_numpy(images)
    return client.infer(model, [tensor], model_version=version, headers=headers,
                        outputs=[tc.InferRequestedOutput("probabilities")])


@pytest.fixture
def client(stack):
    c = tc.InferenceServerClient(stack.triton_url)
    yield c
    c.close()


def _status(exc_info) -> str:
    return str(exc_info.value.status())


def test_health_and_metadata(stack, client):
    assert client.is_server_live()
    assert client.is_server_ready()
    assert client.is_model_ready("chest")
    assert client.is_model_ready("chest", "1")
    assert not client.is_model_ready("chest", "7")
    assert not client.is_model_ready("nope")
    server = client.get_server_metadata()
    assert server.name == "medenclave" and "statistics" in server.extensions

    headers = _auth(stack)
    meta = client.get_model_metadata("chest", headers=headers)
    assert meta.name == "chest" and meta.platform == "onnxruntime_onnx"
    assert list(meta.versions) == ["1"]
    assert [(t.name, t.datatype, list(t.shape)) for t in meta.inputs] == [
        ("image", "FP32", [-1, 1, 8, 8])]
    assert [(t.name, t.datatype, list(t.shape)) for t in meta.outputs] == [
        ("probabilities", "FP32", [-1, 2])]
    config = client.get_model_config("chest", headers=headers).config
    assert config.max_batch_size == 32 and config.input[0].name == "image"
    index = client.get_model_repository_index(headers=headers)
    assert [(m.name, m.version, m.state) for m in index.models] == [("chest", "1", "READY")]


def test_infer_matches_onnxruntime_and_is_audited(stack, client):
    images = _images(3)
    result = _infer(client, images, headers=_auth(stack, subject="ris-gateway"))
    expected = _direct(stack.repo / "chest" / "1" / "model.onnx", images)
    out = result.as_numpy("probabilities")
    assert out.shape == (3, 2) and out.dtype == np.float32
    np.testing.assert_allclose(out, expected, rtol=1e-6, atol=1e-7)
    assert result.get_response().model_version == "1"

    # typed contents (no raw) are accepted too
    from tritonclient.grpc import service_pb2, service_pb2_grpc
    channel = grpc.insecure_channel(stack.triton_url)
    stub = service_pb2_grpc.GRPCInferenceServiceStub(channel)
    request = service_pb2.ModelInferRequest(model_name="chest")
    request.inputs.add(name="image", datatype="FP32", shape=[3, 1, 8, 8]).contents.fp32_contents \
        .extend(images.ravel().tolist())
    typed = stub.ModelInfer(request, metadata=list(_auth(stack).items()))
    channel.close()
    np.testing.assert_allclose(
        np.frombuffer(typed.raw_output_contents[0], "<f4").reshape(3, 2), expected, rtol=1e-6)

    stats = client.get_inference_statistics("chest", headers=_auth(stack))
    assert stats.model_stats[0].inference_count >= 6
    assert stats.model_stats[0].inference_stats.success.count >= 2

    async def audit_records():
        from medenclave.bus import EventBus
        bus = await EventBus.connect(stack.nats.url, name="audit-reader")
        try:
            sub = await bus.jetstream.pull_subscribe("audit.record.v1", durable=None,
                                                     stream="AUDIT")
            records = []
            try:
                while True:
                    for msg in await sub.fetch(256, timeout=0.5):
                        records.append(events_pb2.AuditRecord.FromString(msg.data))
            except Exception:
                pass
            return records
        finally:
            await bus.close()

    records = asyncio.run(audit_records())
    assert any(r.action == "model.predict" and r.resource == "chest:1" and
               r.subject == "ris-gateway" and r.outcome == "success" for r in records)


def test_auth_is_enforced(stack, client):
    images = _images(1)
    with pytest.raises(InferenceServerException) as missing:
        _infer(client, images)
    assert _status(missing) == "StatusCode.UNAUTHENTICATED"
    with pytest.raises(InferenceServerException) as forged:
        _infer(client, images, headers={"authorization": "Bearer not-a-token"})
    assert _status(forged) == "StatusCode.UNAUTHENTICATED"
    with pytest.raises(InferenceServerException) as denied:
        _infer(client, images, headers=_auth(stack, "radiologist"))
    assert _status(denied) == "StatusCode.PERMISSION_DENIED"
    with pytest.raises(InferenceServerException) as unload:
        client.unload_model("chest", headers=_auth(stack, "clinician"))
    assert _status(unload) == "StatusCode.PERMISSION_DENIED"
    assert client.is_model_ready("chest")


def test_errors_like_triton(stack, client):
    headers = _auth(stack)
    with pytest.raises(InferenceServerException) as unknown:
        _infer(client, _images(1), headers=headers, model="nope")
    assert _status(unknown) == "StatusCode.NOT_FOUND"
    with pytest.raises(InferenceServerException) as meta:
        client.get_model_metadata("nope", headers=headers)
    assert _status(meta) == "StatusCode.NOT_FOUND"
    with pytest.raises(InferenceServerException) as version:
        _infer(client, _images(1), headers=headers, version="9")
    assert _status(version) == "StatusCode.NOT_FOUND"

    wrong = np.zeros((2, 1, 7, 8), dtype=np.float32)
    with pytest.raises(InferenceServerException) as shape:
        _infer(client, wrong, headers=headers)
    assert _status(shape) == "StatusCode.INVALID_ARGUMENT"
    assert "unexpected shape for input 'image'" in shape.value.message()
    assert "[-1,1,8,8]" in shape.value.message() and "[2,1,7,8]" in shape.value.message()

    tensor = tc.InferInput("image", [1, 1, 8, 8], "INT32")
    tensor.set_data_from_numpy(np.zeros((1, 1, 8, 8), dtype=np.int32))
    with pytest.raises(InferenceServerException) as dtype:
        client.infer("chest", [tensor], headers=headers)
    assert _status(dtype) == "StatusCode.INVALID_ARGUMENT"

    with pytest.raises(InferenceServerException) as batch:
        _infer(client, _images(33), headers=headers)
    assert _status(batch) == "StatusCode.INVALID_ARGUMENT"

    tensor = tc.InferInput("image", [1, 1, 8, 8], "FP32")
    tensor.set_data_from_numpy(_images(1))
    with pytest.raises(InferenceServerException) as output:
        client.infer("chest", [tensor], headers=headers,
                     outputs=[tc.InferRequestedOutput("logits")])
    assert _status(output) == "StatusCode.INVALID_ARGUMENT"


def test_predict_api(stack):
    images = _images(4, seed=5)
    expected = _direct(stack.repo / "chest" / "1" / "model.onnx", images)
    channel = grpc.insecure_channel(stack.grpc_url)
    stub = inference_pb2_grpc.InferenceServiceStub(channel)
    metadata = list(_auth(stack).items())
    try:
        reply = stub.Predict(inference_pb2.PredictRequest(
            model_name="chest", shape=[1, 8, 8], float32_data=images.astype("<f4").tobytes()),
            metadata=metadata)
        assert reply.version == 1 and list(reply.shape) == [4, 2]
        np.testing.assert_allclose(np.array(reply.probabilities).reshape(4, 2), expected,
                                   rtol=1e-6)
        assert list(reply.classes) == expected.argmax(axis=1).tolist()
        with pytest.raises(grpc.RpcError) as bad:
            stub.Predict(inference_pb2.PredictRequest(model_name="chest", shape=[1, 8, 8],
                                                      float32_data=b"\0" * 12),
                         metadata=metadata)
        assert bad.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        with pytest.raises(grpc.RpcError) as unknown:
            stub.Predict(inference_pb2.PredictRequest(
                model_name="nope", shape=[1, 8, 8], float32_data=images.tobytes()),
                metadata=metadata)
        assert unknown.value.code() == grpc.StatusCode.NOT_FOUND
        models = stub.ListModels(inference_pb2.ListModelsRequest(), metadata=metadata)
        assert ("chest", 1, "READY") in [(m.model_name, m.version, m.state)
                                         for m in models.models]
    finally:
        channel.close()


def test_model_registered_event_loads_new_versions(stack, client, helpers):
    write_model, wait_until = helpers.write_model, helpers.wait_until
    headers = _auth(stack)
    write_model(stack.repo, "triage", 1, seed=11)
    assert not client.is_model_ready("triage")  # the poll is off: only the event loads it

    async def publish(version: int):
        from medenclave.bus import EventBus
        bus = await EventBus.connect(stack.nats.url, name="training-standin")
        try:
            await bus.publish("model.registered.v1", events_pb2.ModelRegistered(
                model_name="triage", version=version, platform="onnxruntime_onnx"),
                msg_id=f"model:triage:{version}")
            return
        finally:
            await bus.close()

    async def last_loaded():
        from medenclave.bus import EventBus
        bus = await EventBus.connect(stack.nats.url, name="reader")
        try:
            msg = await bus.jetstream.get_last_msg("INFERENCE", "inference.model.loaded.v1")
            return msg.headers.get("Nats-Msg-Id"), events_pb2.ModelLoaded.FromString(msg.data)
        finally:
            await bus.close()

    asyncio.run(publish(1))
    wait_until(lambda: client.is_model_ready("triage", "1"), what="triage v1 loaded")
    msg_id, loaded = asyncio.run(last_loaded())
    assert loaded.model_name == "triage" and loaded.version == 1
    assert msg_id == f"loaded:triage:1:{stack.service.instance}"

    newer = write_model(stack.repo, "triage", 2, seed=12)
    asyncio.run(publish(2))
    wait_until(lambda: client.is_model_ready("triage", "2"), what="triage v2 loaded")
    wait_until(lambda: not client.is_model_ready("triage", "1"), what="v1 retired (latest policy)")
    images = _images(2, seed=3)
    result = _infer(client, images, headers=headers, model="triage")
    assert result.get_response().model_version == "2"
    np.testing.assert_allclose(result.as_numpy("probabilities"), _direct(newer, images),
                               rtol=1e-6)


def test_repository_load_and_unload(stack, client, helpers):
    write_model = helpers.write_model
    tuner = _auth(stack, "ai_engineer", "engineer")
    write_model(stack.repo, "spare", 1, seed=21)
    client.load_model("spare", headers=tuner)
    assert client.is_model_ready("spare", "1")
    client.unload_model("spare", headers=tuner)
    assert not client.is_model_ready("spare")
    index = client.get_model_repository_index(headers=_auth(stack))
    assert ("spare", "1", "UNAVAILABLE") in [(m.name, m.version, m.state) for m in index.models]
    with pytest.raises(InferenceServerException) as gone:
        _infer(client, _images(1), headers=_auth(stack), model="spare")
    assert _status(gone) == "StatusCode.NOT_FOUND"  # as tritonserver answers
