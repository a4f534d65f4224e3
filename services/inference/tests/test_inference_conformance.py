"""Conformance against a golden reference: NVIDIA's real tritonserver (the binary bundled in
the nvidia-pytriton wheel, Python backend only) serving an equivalent model, compared with
the embedded server through the same tritonclient calls.

Skipped when the pytriton distribution is absent. It is found through the installed
``pytriton`` package, or MEDENCLAVE_PYTRITON_DIR (a folder holding the wheel's unpacked
``pytriton/`` and ``nvidia_pytriton.libs/``).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import numpy as np
import pytest
import tritonclient.grpc as tc
from tritonclient.utils import InferenceServerException

from medenclave_testing import free_port

pytestmark = pytest.mark.timeout(180)

PYTHON_MODEL = '''
import os
import sys

sys.path.insert(0, {site!r})  # the stub embeds the system's libpython: use this env's numpy
import numpy as np
import triton_python_backend_utils as pb_utils


class TritonPythonModel:
    def initialize(self, args):
        folder = os.path.join(args["model_repository"], args["model_version"])
        self.weights = np.load(os.path.join(folder, "weights.npy"))

    def execute(self, requests):
        responses = []
        for request in requests:
            # dlpack both ways: as_numpy()/Tensor(numpy) assume numpy 1.x, this env has 2.x
            x = np.from_dlpack(pb_utils.get_input_tensor_by_name(request, "image"))
            logits = x.reshape(x.shape[0], -1) @ self.weights
            e = np.exp(logits - logits.max(axis=1, keepdims=True))
            p = (e / e.sum(axis=1, keepdims=True)).astype(np.float32)
            responses.append(pb_utils.InferenceResponse(
                [pb_utils.Tensor.from_dlpack("probabilities", p)]))
        return responses
'''


def _pytriton_root() -> Path | None:
    env = os.environ.get("MEDENCLAVE_PYTRITON_DIR")
    if env:
        return Path(env)
    spec = importlib.util.find_spec("pytriton")  # locates without importing its deps
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]).parent


@pytest.fixture(scope="module")
def golden(tmp_path_factory, helpers):
    root = _pytriton_root()
    dist = root / "pytriton" / "tritonserver" if root else None
    if dist is None or not (dist / "bin" / "tritonserver").exists():
        pytest.skip("nvidia-pytriton (bundled tritonserver) not installed")
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    stub = dist / "python_backend_stubs" / version / "triton_python_backend_stub"
    if not stub.exists():
        pytest.skip(f"no python backend stub for Python {version}")
    work = tmp_path_factory.mktemp("golden")
    backends = work / "backends"
    shutil.copytree(dist / "backends", backends)
    shutil.copy(stub, backends / "python" / "triton_python_backend_stub")
    repo = work / "repo"
    config = helpers.config_text.format(name="chest", size=8, classes=2).replace(
        'platform: "onnxruntime_onnx"', 'backend: "python"')
    for name in ("chest", "spare"):
        (repo / name / "1").mkdir(parents=True, exist_ok=True)
        (repo / name / "config.pbtxt").write_text(config.replace('"chest"', f'"{name}"'))
        (repo / name / "1" / "model.py").write_text(
            PYTHON_MODEL.replace("{site!r}", repr(sysconfig.get_paths()["platlib"])))
        np.save(repo / name / "1" / "weights.npy", helpers.classifier_weights(1))
    port = free_port()
    env = dict(os.environ)
    libs = root / "nvidia_pytriton.libs"
    env["LD_LIBRARY_PATH"] = ":".join(filter(None, [str(libs), env.get("LD_LIBRARY_PATH")]))
    log = open(work / "tritonserver.log", "wb")
    proc = subprocess.Popen(
        [str(dist / "bin" / "tritonserver"), f"--model-repository={repo}",
         f"--backend-directory={backends}", "--model-control-mode=explicit",
         "--load-model=chest", "--grpc-address=127.0.0.1", f"--grpc-port={port}",
         "--http-address=127.0.0.1", f"--http-port={free_port()}", "--allow-metrics=false",
         "--log-verbose=0"], stdout=log, stderr=subprocess.STDOUT, env=env)
    client = tc.InferenceServerClient(f"127.0.0.1:{port}")
    client.url = f"127.0.0.1:{port}"  # for the aio adapter's own client
    try:
        helpers.wait_until(lambda: proc.poll() is not None or client.is_model_ready("chest"),
                           timeout=90, interval=0.2, what="tritonserver ready")
        if proc.poll() is not None:
            pytest.skip("tritonserver exited: " + (work / "tritonserver.log").read_text()[-500:])
        yield client
    finally:
        client.close()
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture
def ours(stack):
    client = tc.InferenceServerClient(stack.triton_url)
    yield client, {"authorization": f"Bearer {stack.token('clinician')}"}
    client.close()


def _tensors(meta) -> list[tuple[str, str, list[int]]]:
    return [(t.name, t.datatype, list(t.shape)) for t in meta]


def test_metadata_matches(golden, ours):
    client, headers = ours
    theirs, mine = golden.get_model_metadata("chest"), client.get_model_metadata(
        "chest", headers=headers)
    assert mine.name == theirs.name
    assert list(mine.versions) == list(theirs.versions)
    assert _tensors(mine.inputs) == _tensors(theirs.inputs)
    assert _tensors(mine.outputs) == _tensors(theirs.outputs)
    assert golden.is_model_ready("chest", "1") == client.is_model_ready("chest", "1")
    assert golden.is_model_ready("nope") == client.is_model_ready("nope")
    assert golden.is_model_ready("chest", "9") == client.is_model_ready("chest", "9")


def _infer(client, images, *, headers=None, model="chest", version="", outputs=("probabilities",),
           datatype="FP32"):
    tensor = tc.InferInput("image", list(images.shape), datatype)
    tensor.set_data_from_numpy(images)
    return client.infer(model, [tensor], model_version=version, headers=headers,
                        outputs=[tc.InferRequestedOutput(o) for o in outputs])


def test_infer_output_layout_matches(golden, ours):
    client, headers = ours
    images = np.random.default_rng(7).standard_normal((5, 1, 8, 8)).astype(np.float32)
    theirs, mine = _infer(golden, images), _infer(client, images, headers=headers)
    t, m = theirs.get_response(), mine.get_response()
    assert (m.model_name, m.model_version) == (t.model_name, t.model_version)
    assert [(o.name, o.datatype, list(o.shape)) for o in m.outputs] == \
        [(o.name, o.datatype, list(o.shape)) for o in t.outputs]
    assert len(m.raw_output_contents) == len(t.raw_output_contents) == 1
    assert [len(b) for b in m.raw_output_contents] == [len(b) for b in t.raw_output_contents]
    np.testing.assert_allclose(mine.as_numpy("probabilities"), theirs.as_numpy("probabilities"),
                               rtol=1e-5, atol=1e-6)


CASES = {
    "unknown model": dict(model="nope"),
    "unknown version": dict(version="9"),
    "wrong shape": dict(images=np.zeros((2, 1, 7, 8), np.float32)),
    "wrong rank": dict(images=np.zeros((1, 8, 8), np.float32)),
    "wrong datatype": dict(images=np.zeros((1, 1, 8, 8), np.int32), datatype="INT32"),
    "batch too large": dict(images=np.zeros((33, 1, 8, 8), np.float32)),
    "unknown output": dict(outputs=("logits",)),
}


def _code(fn) -> str:
    try:
        fn()
    except InferenceServerException as exc:
        return str(exc.status())
    return "OK"


@pytest.mark.parametrize("case", sorted(CASES))
def test_error_codes_match(golden, ours, case):
    client, headers = ours
    kwargs = dict(CASES[case])
    images = kwargs.pop("images", np.zeros((1, 1, 8, 8), np.float32))
    theirs = _code(lambda: _infer(golden, images, **kwargs))
    mine = _code(lambda: _infer(client, images, headers=headers, **kwargs))
    assert theirs != "OK"
    assert mine == theirs, f"{case}: tritonserver says {theirs}, embedded says {mine}"


def test_metadata_error_codes_match(golden, ours):
    client, headers = ours
    for name, version in (("nope", ""), ("chest", "9")):
        theirs = _code(lambda: golden.get_model_metadata(name, version))
        mine = _code(lambda: client.get_model_metadata(name, version, headers=headers))
        assert mine == theirs, f"metadata {name}:{version}: {theirs} vs {mine}"
        theirs = _code(lambda: golden.get_model_config(name, version))
        mine = _code(lambda: client.get_model_config(name, version, headers=headers))
        assert mine == theirs, f"config {name}:{version}: {theirs} vs {mine}"


def test_unloaded_model_and_index_match(golden, ours, stack, helpers):
    client, headers = ours
    tuner = {"authorization": f"Bearer {stack.token('ai_engineer')}"}
    helpers.write_model(stack.repo, "spare", 1, seed=1)
    images = np.zeros((1, 1, 8, 8), np.float32)
    for theirs_call, mine_call in (
            (lambda: golden.load_model("spare"), lambda: client.load_model("spare", headers=tuner)),
            (lambda: golden.unload_model("spare"),
             lambda: client.unload_model("spare", headers=tuner))):
        theirs_call()
        mine_call()
    helpers.wait_until(lambda: all(m.state != "UNLOADING" for m in
                                   golden.get_model_repository_index().models),
                       what="golden unloaded")
    theirs = _code(lambda: _infer(golden, images, model="spare"))
    mine = _code(lambda: _infer(client, images, headers=headers, model="spare"))
    assert mine == theirs, f"unloaded model: tritonserver says {theirs}, embedded says {mine}"

    def rows(index):
        return sorted((m.name, m.version, m.state) for m in index.models)

    assert rows(client.get_model_repository_index(headers=headers)) == \
        rows(golden.get_model_repository_index())
    mine_ready = rows(client.get_model_repository_index(headers=headers))
    assert ("chest", "1", "READY") in mine_ready


def test_remote_triton_backend_against_tritonserver(golden, helpers):
    """--triton-url mode's adapter (tritonclient.grpc.aio) against the real server."""
    import asyncio

    from medenclave_inference.adapters.outbound.triton_remote import RemoteTriton
    from medenclave_inference.core.errors import ModelNotFound
    from medenclave_inference.core.predict import Predictor

    url = golden.url
    images = np.random.default_rng(3).standard_normal((3, 1, 8, 8)).astype(np.float32)
    expected = _infer(golden, images).as_numpy("probabilities")

    async def scenario():
        remote = RemoteTriton(url)
        try:
            predictor = Predictor(remote)
            prediction = await predictor.predict(model="chest", version=0, shape=[1, 8, 8],
                                                 data=images.astype("<f4").tobytes())
            models = await predictor.models()
            with pytest.raises(ModelNotFound):
                await predictor.predict(model="nope", version=0, shape=[1, 8, 8],
                                        data=images.tobytes())
            ready = await remote.load_version(model="chest", version=1)
            return prediction, models, ready
        finally:
            await remote.close()

    prediction, models, ready = asyncio.run(scenario())
    assert prediction.version == 1 and ready
    np.testing.assert_allclose(prediction.probabilities, expected, rtol=1e-6)
    assert prediction.classes.tolist() == expected.argmax(axis=1).tolist()
    assert ("chest", 1, "READY") in [(m.name, m.version, m.state) for m in models]
