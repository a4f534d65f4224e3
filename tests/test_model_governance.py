"""Model governance across services: access, training and inference in-process against a real
nats-server, the real tritonclient on inference's Triton endpoint, the ``medenclave models``
commands.

Two candidate versions lie in the repository (as two jobs of ``eve`` left them). Nothing is
served until an approver other than ``eve`` approves; approve → tritonclient serves that
version; rollback → the earlier one at once; retire → nothing. The trainer holding the
approver role is refused (four eyes); a role without ``model.approve`` gets
PERMISSION_DENIED. Every step leaves an audit record naming the approver.
"""

from __future__ import annotations

import asyncio
import json
import time

import grpc
import nats
import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from medenclave.files import write_private
from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.service import serve
from medenclave.v1 import events_pb2, training_pb2, training_pb2_grpc
from medenclave_access.config import AccessSettings
from medenclave_access.main import AccessService
from medenclave_cli.main import main as cli
from medenclave_inference.config import InferenceSettings
from medenclave_inference.main import InferenceService
from medenclave_testing import free_port, wait_serving
from medenclave_training.config import TrainingSettings
from medenclave_training.core.governance import ModelCard, ModelStage
from medenclave_training.core.ports import RegisteredModel, ServingSignature
from medenclave_training.main import TrainingService

SIZE = 8
MODEL = "chest"


def classifier(seed: int) -> bytes:
    """image [N,1,8,8] → Flatten → MatMul → Softmax → probabilities [N,2]."""
    weights = np.random.default_rng(seed).standard_normal((SIZE * SIZE, 2)).astype(np.float32)
    graph = helper.make_graph(
        [helper.make_node("Flatten", ["image"], ["flat"], axis=1),
         helper.make_node("MatMul", ["flat", "weights"], ["logits"]),
         helper.make_node("Softmax", ["logits"], ["probabilities"], axis=1)],
        "classifier",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, ["N", 1, SIZE, SIZE])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 2])],
        initializer=[numpy_helper.from_array(weights, "weights")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return model.SerializeToString()


def seed_candidates(training: TrainingService) -> None:
    signature = ServingSignature(model_name=MODEL, image_size=SIZE, num_classes=2)
    for version in (1, 2):
        onnx_bytes = classifier(version)
        onnx.checker.check_model(onnx.load_from_string(onnx_bytes))
        training.repository.publish(signature=signature, version=version, onnx=onnx_bytes)
        training.models.add(model=RegisteredModel(
            model_name=MODEL, version=version, job_id=f"job-{version}", val_accuracy=0.9,
            onnx_sha256="0" * 64, registered_at=time.time()))
        training.cards.add(card=ModelCard(
            model_name=MODEL, version=version, job_id=f"job-{version}",
            stage=ModelStage.CANDIDATE, trained_by="eve", registered_at=time.time(),
            metrics={"split": "test", "auc": 0.9}, config_sha256="c" * 64,
            code_version="0.1.0"))


async def until(predicate, what: str, timeout: float = 30.0):
    """Poll a blocking predicate in a thread until truthy (a guard, not a measurement)."""
    deadline = time.monotonic() + timeout
    while not await asyncio.to_thread(predicate):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


async def scenario(tmp_path, nats_url: str, capsys) -> None:
    import tritonclient.grpc as tc
    from tritonclient.utils import InferenceServerException

    secrets = tmp_path / "secrets"
    secrets.mkdir()
    write_private(secrets / "svc-training.secret", "training-secret-0123456789")
    access_port, training_port, grpc_port, triton_port = (free_port() for _ in range(4))
    access_endpoint = f"127.0.0.1:{access_port}"
    access_settings = AccessSettings(data_dir=tmp_path, nats_url=nats_url, grpc_port=access_port,
                                     access_endpoint=access_endpoint, service_secrets_dir=secrets)
    training_settings = TrainingSettings(
        data_dir=tmp_path, nats_url=nats_url, grpc_port=training_port,
        access_endpoint=access_endpoint, credentials_file=secrets / "svc-training.secret",
        deid_endpoint="127.0.0.1:1")
    inference_settings = InferenceSettings(
        data_dir=tmp_path, nats_url=nats_url, grpc_port=grpc_port, triton_port=triton_port,
        access_endpoint=access_endpoint, repository_poll_s=0)  # only events (re)load models
    training = TrainingService(training_settings)
    seed_candidates(training)
    stop = asyncio.Event()
    tasks = [asyncio.create_task(serve(AccessService(access_settings), access_settings, stop))]
    await wait_serving(access_port)
    tasks.append(asyncio.create_task(serve(training, training_settings, stop)))
    tasks.append(asyncio.create_task(serve(InferenceService(inference_settings),
                                           inference_settings, stop)))
    nc = await nats.connect(nats_url)
    audit: list[events_pb2.AuditRecord] = []

    async def on_audit(msg):
        audit.append(events_pb2.AuditRecord.FromString(msg.data))

    await nc.subscribe("audit.record.v1", cb=on_audit)
    await nc.subscribe("audit.record.v1.>", cb=on_audit)
    await nc.flush()
    key = load_or_create_signing_key(tmp_path / "access" / "keys")
    issue = TokenIssuer(key).issue
    eve_approver = StaticToken(issue(subject="eve", role="approver")[0])
    ann = StaticToken(issue(subject="ann", role="approver")[0])
    engineer = StaticToken(issue(subject="eve", role="ai_engineer")[0])
    radiologist = StaticToken(issue(subject="rad", role="radiologist")[0])
    clinician = {"authorization": f"Bearer {issue(subject='ris', role='clinician')[0]}"}
    client = tc.InferenceServerClient(f"127.0.0.1:{triton_port}")
    images = np.random.default_rng(5).random((2, 1, SIZE, SIZE), dtype=np.float32)

    def infer_version() -> str:
        inp = tc.InferInput("image", list(images.shape), "FP32")
        inp.set_data_from_numpy(images)
        return client.infer(MODEL, [inp], headers=clinician).get_response().model_version

    def ready(version: int) -> bool:
        return client.is_model_ready(MODEL, str(version), headers=clinician)

    cli_dir = tmp_path / "cli"
    cli_dir.mkdir()
    (cli_dir / "endpoints.json").write_text(json.dumps({
        "grpc": {"training": f"127.0.0.1:{training_port}"},
        "dicom": {"host": "", "port": 0, "ae_title": ""}, "triton": "", "metrics": {},
        "nats_url": nats_url, "data_dir": str(tmp_path)}))
    ann_token = await ann.token()

    def models_cli(*args: str) -> tuple[int, str, str]:
        try:
            code = cli(["models", *args, "--data-dir", str(cli_dir), "--token", ann_token])
        except SystemExit as exc:  # argparse refusing the arguments
            code = int(exc.code or 0)
        out = capsys.readouterr()
        return code, out.out, out.err

    try:
        await wait_serving(training_port)
        await wait_serving(grpc_port)
        await until(lambda: client.is_server_ready(), "inference ready")
        # candidates: nothing served
        assert not await asyncio.to_thread(ready, 1) and not await asyncio.to_thread(ready, 2)
        approve1 = training_pb2.ApproveModelRequest(model_name=MODEL, version=1, reason="ok")
        async with secure_channel(f"127.0.0.1:{training_port}", radiologist) as ch:
            with pytest.raises(grpc.aio.AioRpcError) as denied:
                await training_pb2_grpc.TrainingServiceStub(ch).ApproveModel(approve1)
            assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED
        async with secure_channel(f"127.0.0.1:{training_port}", eve_approver) as ch:
            with pytest.raises(grpc.aio.AioRpcError) as own:
                await training_pb2_grpc.TrainingServiceStub(ch).ApproveModel(approve1)
            assert own.value.code() == grpc.StatusCode.PERMISSION_DENIED
            assert own.value.details().startswith("approver_trained_model")

        code, out, err = await asyncio.to_thread(models_cli, "approve", f"{MODEL}:1")
        assert code == 2 and "--reason" in err  # a reason is required
        code, out, err = await asyncio.to_thread(
            models_cli, "approve", f"{MODEL}:1", "--reason", "reviewed", "--json")
        assert code == 0, err
        card = json.loads(out)
        assert (card["stage"], card["served"], card["approved_by"]) == ("approved", True, "ann")
        await until(lambda: ready(1), "v1 served")
        assert not await asyncio.to_thread(ready, 2)
        assert await asyncio.to_thread(infer_version) == "1"

        async with secure_channel(f"127.0.0.1:{training_port}", ann) as ch:
            stub = training_pb2_grpc.TrainingServiceStub(ch)
            for bad in (training_pb2.ApproveModelRequest(model_name="../chest", version=2,
                                                         reason="x"),
                        training_pb2.ApproveModelRequest(model_name=MODEL, version=2,
                                                         reason="x" * 10_000)):
                with pytest.raises(grpc.aio.AioRpcError) as refused:
                    await stub.ApproveModel(bad)
                assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT
            with pytest.raises(grpc.aio.AioRpcError) as traversal:
                await stub.GetModelCard(training_pb2.GetModelCardRequest(model_name="../x"))
            assert traversal.value.code() == grpc.StatusCode.INVALID_ARGUMENT
            await stub.ApproveModel(training_pb2.ApproveModelRequest(
                model_name=MODEL, version=2, reason="better auc"))
            await until(lambda: ready(2) and not ready(1), "v2 served instead of v1")
            assert await asyncio.to_thread(infer_version) == "2"

            back = await stub.RollbackModel(training_pb2.RollbackModelRequest(
                model_name=MODEL, to_version=1, reason="drift"))
            assert back.served and back.version == 1
            await until(lambda: ready(1) and not ready(2), "rolled back to v1")
            assert await asyncio.to_thread(infer_version) == "1"

            retired = await stub.RetireModel(training_pb2.RetireModelRequest(
                model_name=MODEL, version=1))
            assert retired.stage == "retired" and not retired.served
            await until(lambda: not ready(1), "v1 no longer served")
            with pytest.raises(InferenceServerException):
                await asyncio.to_thread(infer_version)
            with pytest.raises(grpc.aio.AioRpcError) as not_approved:
                await stub.RollbackModel(training_pb2.RollbackModelRequest(
                    model_name=MODEL, to_version=1))
            assert not_approved.value.code() == grpc.StatusCode.FAILED_PRECONDITION

        async with secure_channel(f"127.0.0.1:{training_port}", engineer) as ch:
            stub = training_pb2_grpc.TrainingServiceStub(ch)
            card2 = await stub.GetModelCard(training_pb2.GetModelCardRequest(model_name=MODEL))
            assert (card2.version, card2.stage, card2.served) == (2, "approved", False)
            assert json.loads(card2.metrics_json)["auc"] == 0.9 and card2.trained_by == "eve"
            listed = (await stub.ListModels(training_pb2.ListModelsRequest())).models
            assert [(m.version, m.stage, m.served) for m in listed] == [
                (1, "retired", False), (2, "approved", False)]
        code, out, _ = await asyncio.to_thread(models_cli, "show", f"{MODEL}:1", "--json")
        shown = json.loads(out)
        assert code == 0 and shown["stage"] == "retired" and shown["retired_by"] == "ann"
        assert shown["privacy"] == "not trained with differential privacy"

        deadline = time.monotonic() + 20
        steps = {("model.approve", "denied"), ("model.rollback", "success"),
                 ("model.retire", "success")}
        while time.monotonic() < deadline and not steps <= {(a.action, a.outcome)
                                                            for a in audit}:
            await asyncio.sleep(0.1)
        records = [(a.action, a.outcome, a.resource, a.subject, a.role, (a.reason.split() or [""])[0])
                   for a in audit if a.action.startswith("model.")]
        assert ("model.approve", "denied", f"{MODEL}:1", "eve", "approver",
                "approver_trained_model") in records
        assert ("model.approve", "success", f"{MODEL}:1", "ann", "approver",
                "approved") in records
        assert ("model.approve", "success", f"{MODEL}:2", "ann", "approver",
                "approved") in records
        assert ("model.rollback", "success", f"{MODEL}:1", "ann", "approver",
                "rolled_back") in records
        assert ("model.retire", "success", f"{MODEL}:1", "ann", "approver",
                "retired") in records
        reason_free = [a.reason for a in audit if a.action == "model.approve"]
        assert not any("reviewed" in r or "better auc" in r for r in reason_free)
    finally:
        client.close()
        stop.set()
        await asyncio.gather(*tasks)
        await nc.close()


def test_approve_rollback_retire_change_what_tritonclient_sees(tmp_path, nats_server, capsys):
    asyncio.run(scenario(tmp_path, nats_server.url, capsys))


def test_model_references_are_checked_before_any_call():
    from medenclave_cli.commands.models import parse_ref

    assert parse_ref("chest-ct:3", version_required=True) == ("chest-ct", 3)
    assert parse_ref("chest-ct", version_required=False) == ("chest-ct", 0)
    for bad, required in (("chest-ct", True), ("chest-ct:x", False), (":3", False),
                          ("chest-ct:-1", True)):
        with pytest.raises(SystemExit):
            parse_ref(bad, version_required=required)
