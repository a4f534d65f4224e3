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

from medenclave_testing import NatsServer, free_port, wait_serving

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
    """nats-server + access + inference, served on an event loop in a background thread.

    With ``deid_studies`` (pseudonymous study id → de-identified DICOM instances) also a deid
    service (:class:`DeidForPredict`) and inference's service account, for Predict by image.
    """

    def __init__(self, root: Path, *, tls_dir: Path | None = None,
                 triton_tls: str = "mutual", deid_studies: dict[str, list[bytes]] | None = None,
                 inference_options: dict | None = None) -> None:
        self.root = root
        self.tls_dir = tls_dir
        self.triton_tls = triton_tls
        self.deid_studies = deid_studies
        self.inference_options = inference_options or {}
        self.deid_port = free_port()
        self.deid: DeidForPredict | None = None
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
        secrets, account = None, {}
        if self.deid_studies is not None:
            from medenclave.files import write_private

            secrets = self.root / "secrets"
            secrets.mkdir(exist_ok=True)
            write_private(secrets / "svc-inference.secret", "inference-secret-0123456789")
            account = {"credentials_file": secrets / "svc-inference.secret",
                       "deid_endpoint": f"127.0.0.1:{self.deid_port}"}
        access = AccessSettings(data_dir=self.data_dir, nats_url=self.nats.url,
                                grpc_port=self.access_port,
                                access_endpoint=f"127.0.0.1:{self.access_port}",
                                tls_dir=self.tls_dir, service_secrets_dir=secrets)
        settings = InferenceSettings(data_dir=self.data_dir, nats_url=self.nats.url,
                                     grpc_port=self.grpc_port, triton_port=self.triton_port,
                                     access_endpoint=f"127.0.0.1:{self.access_port}",
                                     repository_poll_s=0, tls_dir=self.tls_dir,
                                     triton_tls=self.triton_tls,
                                     **account, **self.inference_options)
        self.service = InferenceService(settings)
        stops = [asyncio.Event(), asyncio.Event()]
        tasks = [asyncio.create_task(serve(AccessService(access), access, stops[0])),
                 asyncio.create_task(serve(self.service, settings, stops[1]))]
        if self.deid_studies is not None:
            from medenclave_deid.config import DeidSettings

            deid_settings = DeidSettings(data_dir=self.data_dir, nats_url=self.nats.url,
                                         grpc_port=self.deid_port,
                                         access_endpoint=f"127.0.0.1:{self.access_port}")
            self.deid = DeidForPredict(deid_settings, self.deid_studies)
            stops.append(asyncio.Event())
            tasks.append(asyncio.create_task(serve(self.deid, deid_settings, stops[2])))
        self._started.set()
        await self._stop.wait()
        for stop, task in reversed(list(zip(stops, tasks))):
            stop.set()
            await task

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
        if self.tls_dir is None:  # every gRPC server past "service is starting" before a test calls
            ports = [self.access_port, self.grpc_port]
            ports += [self.deid_port] if self.deid_studies is not None else []
            for port in ports:
                self.call(wait_serving(port, timeout=120), timeout=130)
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


class DeidForPredict:
    """A deid service for Predict by image: the real DeidServicer behind the real guard, its
    FetchStudy over studies held in memory, its DeidentifyInstance the real in-memory
    de-identification with the shipped profile. Counts DeidentifyInstance calls."""

    name = "deid"

    def __init__(self, settings, studies: dict[str, list[bytes]]) -> None:
        self.settings = settings
        self.studies = studies
        self.deidentify_calls = 0

    def register(self, ctx) -> None:
        from medenclave.storage import ObjectNotFound
        from medenclave.v1 import deid_pb2, deid_pb2_grpc
        from medenclave_deid.adapters.inbound.grpc_api import DeidServicer
        from medenclave_deid.core.ports import DEIDENTIFIED, StudyOutcome
        from medenclave_deid.core.transient import TransientDeidentifier
        from medenclave_deid.main import _load_profile

        studies = self.studies
        objects = {f"{s}/{i}.dcm": blob for s, blobs in studies.items()
                   for i, blob in enumerate(blobs)}

        class Outcomes:
            def by_pseudo_study(self, *, pseudo_study_id):
                return [StudyOutcome(study_ref="ref", completion=1, state=DEIDENTIFIED,
                                     pseudo_study_id=pseudo_study_id)] \
                    if pseudo_study_id in studies else []

        class Objects:
            def get(self, key):
                if key not in objects:
                    raise ObjectNotFound(key)
                return objects[key]

            def keys(self, prefix):
                return sorted(k for k in objects if k.startswith(prefix))

        outer = self

        class Counting(DeidServicer):
            async def DeidentifyInstance(self, request, context):
                outer.deidentify_calls += 1
                return await super().DeidentifyInstance(request, context)

        servicer = Counting(studies=Outcomes(), store=Objects(), uid_secret=b"u" * 32,
                            audit=lambda: ctx.audit)
        servicer._transient = TransientDeidentifier(profile=_load_profile(self.settings,
                                                                          b"u" * 32))
        ctx.add_servicer(deid_pb2_grpc.add_DeidServiceServicer_to_server, servicer,
                         deid_pb2.DESCRIPTOR.services_by_name["DeidService"])

    async def start(self, ctx) -> None:
        return None

    async def stop(self) -> None:
        return None

    def extra_servers(self):
        return []


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
