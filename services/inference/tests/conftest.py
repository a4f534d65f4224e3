"""Fixtures of the inference tests: tiny ONNX classifiers and a running stack
(real nats-server, real access service for keys, the inference service) on free ports."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from medenclave_testing import NatsServer, free_port

IMAGE = 8
CLASSES = 2

CONFIG = """
name: "{name}"
platform: "onnxruntime_onnx"
max_batch_size: 32
input [ {{ name: "image" data_type: TYPE_FP32 dims: [ 1, {size}, {size} ] }} ]
output [ {{ name: "probabilities" data_type: TYPE_FP32 dims: [ {classes} ] }} ]
"""


def classifier_weights(seed: int, *, size: int = IMAGE, classes: int = CLASSES) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((size * size, classes)).astype(np.float32)


def classifier_bytes(seed: int, *, size: int = IMAGE, classes: int = CLASSES) -> bytes:
    """image [N,1,S,S] → Flatten → MatMul → Softmax → probabilities [N,classes]."""
    weights = classifier_weights(seed, size=size, classes=classes)
    graph = helper.make_graph(
        [helper.make_node("Flatten", ["image"], ["flat"], axis=1),
         helper.make_node("MatMul", ["flat", "weights"], ["logits"]),
         helper.make_node("Softmax", ["logits"], ["probabilities"], axis=1)],
        "classifier",
        [helper.make_tensor_value_info("image", TensorProto.FLOAT, ["N", 1, size, size])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", classes])],
        initializer=[numpy_helper.from_array(weights, "weights")])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model.SerializeToString()


def write_model(repo: Path, name: str, version: int, *, seed: int, config: bool = True) -> Path:
    """Write ``<repo>/<name>/<version>/model.onnx`` (and config.pbtxt); returns the onnx path."""
    folder = repo / name
    (folder / str(version)).mkdir(parents=True, exist_ok=True)
    if config:
        (folder / "config.pbtxt").write_text(CONFIG.format(name=name, size=IMAGE,
                                                           classes=CLASSES))
    path = folder / str(version) / "model.onnx"
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(classifier_bytes(seed))
    tmp.replace(path)
    return path


def wait_until(predicate, *, timeout: float = 20.0, interval: float = 0.05, what: str = ""):
    """Poll ``predicate`` until truthy (returned) or raise after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = predicate()
        except Exception:
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"condition not met: {what}")
        time.sleep(interval)


class Stack:
    """nats-server + access + inference, served on an event loop in a background thread."""

    def __init__(self, root: Path, *, tls_dir: Path | None = None,
                 triton_tls: str = "mutual") -> None:
        self.root = root
        self.tls_dir = tls_dir
        self.triton_tls = triton_tls
        self.data_dir = root / "data"
        self.repo = self.data_dir / "model-repository"
        self.nats = NatsServer(root / "nats")
        self.access_port = free_port()
        self.grpc_port = free_port()
        self.triton_port = free_port()
        self.loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self.error: BaseException | None = None
        self.service = None

    @property
    def triton_url(self) -> str:
        return f"127.0.0.1:{self.triton_port}"

    @property
    def grpc_url(self) -> str:
        return f"127.0.0.1:{self.grpc_port}"

    async def _main(self) -> None:
        from medenclave.service import serve
        from medenclave_access.config import AccessSettings
        from medenclave_access.main import AccessService
        from medenclave_inference.config import InferenceSettings
        from medenclave_inference.main import InferenceService

        self.loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        access = AccessSettings(data_dir=self.data_dir, nats_url=self.nats.url,
                                grpc_port=self.access_port,
                                access_endpoint=f"127.0.0.1:{self.access_port}",
                                tls_dir=self.tls_dir)
        settings = InferenceSettings(data_dir=self.data_dir, nats_url=self.nats.url,
                                     grpc_port=self.grpc_port, triton_port=self.triton_port,
                                     access_endpoint=f"127.0.0.1:{self.access_port}",
                                     repository_poll_s=0, tls_dir=self.tls_dir,
                                     triton_tls=self.triton_tls)
        self.service = InferenceService(settings)
        stop_access, stop_inference = asyncio.Event(), asyncio.Event()
        tasks = [asyncio.create_task(serve(AccessService(access), access, stop_access)),
                 asyncio.create_task(serve(self.service, settings, stop_inference))]
        self._started.set()
        await self._stop.wait()
        stop_inference.set()
        await tasks[1]
        stop_access.set()
        await tasks[0]

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # surfaced to the test
            self.error = exc
            self._started.set()

    def start(self) -> Stack:
        self.nats.start()
        self._thread = threading.Thread(target=self._run, name="inference-stack", daemon=True)
        self._thread.start()
        self._started.wait(20)
        import tritonclient.grpc as tc

        client = tc.InferenceServerClient(self.triton_url, **self.client_tls())
        try:
            wait_until(lambda: self.error or client.is_server_ready(), what="inference ready")
        finally:
            client.close()
        if self.error:
            raise self.error
        wait_until(lambda: (self.data_dir / "access" / "keys" / "token-signing.pem").exists(),
                   what="access key")
        return self

    def client_tls(self) -> dict[str, object]:
        """tritonclient's TLS arguments for this stack: the dev CA and the ``cli`` certificate
        (empty without TLS or with ``triton_tls="plaintext"``)."""
        if self.tls_dir is None or self.triton_tls == "plaintext":
            return {}
        return {"ssl": True, "root_certificates": str(self.tls_dir / "ca.pem"),
                "private_key": str(self.tls_dir / "cli.key"),
                "certificate_chain": str(self.tls_dir / "cli.pem")}

    def call(self, coro, timeout: float = 20.0):
        """Run ``coro`` on the stack's loop (from the test thread)."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def token(self, role: str, subject: str = "tester") -> str:
        from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key

        key = load_or_create_signing_key(self.data_dir / "access" / "keys")
        return TokenIssuer(key).issue(subject=subject, role=role)[0]

    def stop(self) -> None:
        if self.loop is not None and self._stop is not None:
            self.loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(30)
        self.nats.stop()


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    root = tmp_path_factory.mktemp("inference-stack")
    write_model(root / "data" / "model-repository", "chest", 1, seed=1)
    s = Stack(root)
    try:
        yield s.start()
    finally:
        s.stop()


@pytest.fixture(scope="session")
def helpers():
    """The helper functions of this conftest (test modules cannot import it by name)."""
    from types import SimpleNamespace

    return SimpleNamespace(write_model=write_model, wait_until=wait_until,
                           classifier_bytes=classifier_bytes, config_text=CONFIG,
                           classifier_weights=classifier_weights, Stack=Stack)
