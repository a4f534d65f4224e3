"""Unit tests of the inference core with in-memory fakes (no files, no network)."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from medenclave_inference.adapters.outbound.model_config_pbtxt import PbtxtConfigReader, parse_model_config
from medenclave_inference.core.catalog import ModelCatalog
from medenclave_inference.core.errors import (
    InferenceFailed,
    InvalidInput,
    ModelLoadFailed,
    ModelNotFound,
)
from medenclave_inference.core.model_config import (
    InvalidModelConfig,
    select_versions,
    signature_of,
)
from medenclave_inference.core.predict import CatalogClassifier, Predictor
from medenclave_inference.core.repository import ModelRepository
from medenclave_inference.core.validation import RequestTensor, validate_request

CONFIG = """
platform: "onnxruntime_onnx"
max_batch_size: 4
input [ { name: "image" data_type: TYPE_FP32 dims: [ 1, 2, 2 ] } ]
output [ { name: "probabilities" data_type: TYPE_FP32 dims: [ 3 ] } ]
"""


class MemoryLayout:
    """RepositoryLayout over dicts: {model: config text}, {model: [versions]}."""

    def __init__(self) -> None:
        self.configs: dict[str, str | None] = {}
        self.version_sets: dict[str, list[int]] = {}

    def add(self, name: str, versions: list[int], config: str | None = CONFIG) -> None:
        self.configs[name] = config
        self.version_sets[name] = versions

    def model_names(self) -> list[str]:
        return sorted(self.configs)

    def read_config(self, *, model: str) -> str | None:
        return self.configs.get(model)

    def versions(self, *, model: str) -> list[int]:
        return list(self.version_sets.get(model, []))

    def model_file(self, *, model: str, version: int) -> str:
        return f"mem://{model}/{version}"


class FakeRuntime:
    """Scores = softmax of the first 3 pixel sums, deterministic; records loads."""

    def __init__(self) -> None:
        self.loaded: dict[tuple[str, int], str] = {}
        self.broken: set[str] = set()
        self.load_calls = 0

    async def load(self, *, model, version, config, model_file):
        self.load_calls += 1
        if model_file in self.broken:
            raise ModelLoadFailed(f"model '{model}': cannot load")
        self.loaded[(model, version)] = model_file

    async def unload(self, *, model, version):
        self.loaded.pop((model, version), None)

    async def run(self, *, model, version, inputs, outputs, instance=0):
        if (model, version) not in self.loaded:
            raise InferenceFailed("not loaded")
        x = inputs["image"].reshape(inputs["image"].shape[0], -1)
        logits = x[:, :3] * version
        e = np.exp(logits - logits.max(axis=1, keepdims=True))
        return [(e / e.sum(axis=1, keepdims=True)).astype(np.float32) for _ in outputs]


def run(coro):
    return asyncio.run(coro)


def make_catalog(layout: MemoryLayout) -> tuple[ModelCatalog, FakeRuntime]:
    runtime = FakeRuntime()
    clock = iter(range(0, 10**12, 1000))
    return ModelCatalog(repository=ModelRepository(layout, configs=PbtxtConfigReader()), runtime=runtime,
                        clock_ns=lambda: next(clock), wall_ms=lambda: 1234), runtime


# ---------------------------------------------------------------- config parsing
def test_config_parses_and_gets_folder_name():
    config = parse_model_config(CONFIG, model_name="chest")
    assert config.name == "chest" and config.max_batch_size == 4
    sig = signature_of(config)
    assert sig.inputs[0].shape == (-1, 1, 2, 2) and sig.inputs[0].datatype == "FP32"
    assert sig.outputs[0].shape == (-1, 3)
    assert signature_of(parse_model_config(CONFIG.replace("max_batch_size: 4", ""),
                                           model_name="c")).inputs[0].shape == (1, 2, 2)


@pytest.mark.parametrize("text, words", [
    ('name: "other"\n' + CONFIG, "differs from its folder name"),
    (CONFIG.replace("onnxruntime_onnx", "tensorflow_savedmodel"), "not supported"),
    (CONFIG + "\nbogus_field: 3", "does not parse"),
    ('platform: "onnxruntime_onnx"', "no inputs or outputs"),
    (CONFIG.replace("dims: [ 3 ]", "dims: [ 0 ]"), "invalid dims"),
    (CONFIG.replace("TYPE_FP32 dims: [ 3 ]", "TYPE_STRING dims: [ 3 ]"), "unsupported data_type"),
])
def test_config_errors_say_what_is_wrong(text, words):
    with pytest.raises(InvalidModelConfig) as err:
        parse_model_config(text, model_name="chest")
    assert words in str(err.value) and "chest" in str(err.value)


@pytest.mark.parametrize("policy, expected", [
    ("", [5]),
    ("version_policy: { latest: { num_versions: 2 } }", [3, 5]),
    ("version_policy: { all: {} }", [1, 3, 5]),
    ("version_policy: { specific: { versions: [1, 4] } }", [1]),
])
def test_version_policy(policy, expected):
    config = parse_model_config(CONFIG + policy, model_name="m")
    assert select_versions(config, [3, 1, 5]) == expected
    assert select_versions(config, []) == []


# ---------------------------------------------------------------- validation
def _sig():
    return signature_of(parse_model_config(CONFIG, model_name="chest"))


def test_validation_accepts_and_returns_batch():
    assert validate_request(_sig(), inputs=[RequestTensor("image", "FP32", (3, 1, 2, 2))]) == 3


@pytest.mark.parametrize("tensors, outputs, words", [
    ([RequestTensor("img", "FP32", (1, 1, 2, 2))], (), "unexpected inference input 'img'"),
    ([RequestTensor("image", "INT32", (1, 1, 2, 2))], (), "data-type is 'INT32'"),
    ([RequestTensor("image", "FP32", (1, 2, 2))], (),
     "Expected [-1,1,2,2], got [1,2,2]"),
    ([RequestTensor("image", "FP32", (5, 1, 2, 2))], (), "batch-size must be <= 4"),
    ([], (), "expected 1 inputs but got 0"),
    ([RequestTensor("image", "FP32", (1, 1, 2, 2))], ("logits",),
     "unexpected inference output 'logits'"),
])
def test_validation_errors(tensors, outputs, words):
    with pytest.raises(InvalidInput) as err:
        validate_request(_sig(), inputs=tensors, outputs=outputs)
    assert words in str(err.value)


# ---------------------------------------------------------------- catalog
def test_sync_loads_latest_and_reports_broken_models():
    layout = MemoryLayout()
    layout.add("chest", [1, 2])
    layout.add("broken", [1], config="garbage {")
    layout.add("empty", [])
    catalog, runtime = make_catalog(layout)
    assert run(catalog.sync()) == [("chest", 2)]
    assert set(runtime.loaded) == {("chest", 2)}
    assert catalog.resolve("chest").version == 2
    with pytest.raises(ModelNotFound):
        catalog.resolve("chest", "1")
    with pytest.raises(ModelNotFound):
        catalog.resolve("nope")
    with pytest.raises(ModelNotFound, match="no available versions"):
        catalog.resolve("broken")
    states = {(e.name, e.version): e.state for e in catalog.index()}
    assert states == {("broken", ""): "UNAVAILABLE", ("chest", "2"): "READY",
                      ("empty", ""): "UNAVAILABLE"}
    assert run(catalog.sync()) == []  # nothing new: no reload
    assert runtime.load_calls == 1


def test_new_version_replaces_old_and_unload_holds_back():
    layout = MemoryLayout()
    layout.add("chest", [1])
    catalog, runtime = make_catalog(layout)
    run(catalog.sync())
    layout.version_sets["chest"] = [1, 2]
    assert run(catalog.load("chest")) == [2]
    assert catalog.versions_of("chest") == [2] and set(runtime.loaded) == {("chest", 2)}
    assert run(catalog.load("chest", reload=[2])) == [2]  # a re-registered file reloads
    run(catalog.unload("chest"))
    assert run(catalog.sync()) == []  # explicitly unloaded: the poll leaves it alone
    assert not catalog.is_ready("chest")
    assert run(catalog.load("chest")) == [2]
    with pytest.raises(ModelNotFound):
        run(catalog.load("ghost"))


def test_infer_validates_and_counts():
    layout = MemoryLayout()
    layout.add("chest", [1])
    catalog, _ = make_catalog(layout)
    run(catalog.sync())
    x = np.ones((2, 1, 2, 2), dtype=np.float32)
    result = run(catalog.infer("chest", "", inputs={"image": ("FP32", x)}))
    assert result.version == 1 and result.outputs[0][0].name == "probabilities"
    assert result.outputs[0][1].shape == (2, 3)
    with pytest.raises(InvalidInput):
        run(catalog.infer("chest", "1", inputs={"image": ("FP32", x[:, :, :1])}))
    with pytest.raises(InvalidInput):
        run(catalog.infer("chest", "one", inputs={"image": ("FP32", x)}))
    stats = catalog.resolve("chest").stats
    assert (stats.inference_count, stats.execution_count, stats.success_count,
            stats.fail_count, stats.last_inference_ms) == (2, 1, 1, 1, 1234)


def test_failed_load_is_reported():
    layout = MemoryLayout()
    layout.add("chest", [1])
    catalog, runtime = make_catalog(layout)
    runtime.broken.add("mem://chest/1")
    with pytest.raises(ModelLoadFailed):
        run(catalog.load("chest"))
    assert [(e.name, e.state) for e in catalog.index()] == [("chest", "UNAVAILABLE")]


# ---------------------------------------------------------------- Predict
def test_predictor_checks_sizes_and_picks_classes():
    layout = MemoryLayout()
    layout.add("chest", [1])
    catalog, _ = make_catalog(layout)
    run(catalog.sync())
    predictor = Predictor(CatalogClassifier(catalog))
    x = np.zeros((2, 1, 2, 2), dtype="<f4")
    x[0, 0, 0, 1] = 5.0
    x[1, 0, 0, 0] = 5.0
    prediction = run(predictor.predict(model="chest", version=0, shape=[1, 2, 2],
                                       data=x.tobytes()))
    assert prediction.version == 1 and prediction.classes.tolist() == [1, 0]
    np.testing.assert_allclose(prediction.probabilities.sum(axis=1), 1.0, rtol=1e-6)
    with pytest.raises(InvalidInput, match="not a whole number"):
        run(predictor.predict(model="chest", version=0, shape=[1, 2, 2], data=b"\0" * 20))
    with pytest.raises(InvalidInput):
        run(predictor.predict(model="chest", version=0, shape=[], data=x.tobytes()))
    with pytest.raises(ModelNotFound):
        run(predictor.predict(model="chest", version=3, shape=[1, 2, 2], data=x.tobytes()))


def test_specific_policy_follows_approval_and_a_candidate_event_is_acknowledged():
    """Training's governance: config.pbtxt names only the approved, served version."""
    from medenclave.bus import Event, TransientError
    from medenclave.v1 import events_pb2
    from medenclave_inference.adapters.inbound.consumer import CatalogLoader, ModelRegisteredHandler

    def policy(*versions: int) -> str:
        listed = " ".join(f"versions: {v}" for v in versions)
        return CONFIG + "version_policy { specific { " + listed + " } }"

    layout = MemoryLayout()
    layout.add("chest", [1, 2], config=policy())  # two candidates: nothing served
    catalog, runtime = make_catalog(layout)
    loader = CatalogLoader(catalog)
    assert run(loader.load_version(model="chest", version=2)) is False
    assert not runtime.loaded
    layout.configs["chest"] = policy(1)  # approved 1
    assert run(loader.load_version(model="chest", version=1)) is True
    layout.configs["chest"] = policy(2)  # approved 2
    assert run(loader.load_version(model="chest", version=2)) is True
    assert set(runtime.loaded) == {("chest", 2)}
    layout.configs["chest"] = policy(1)  # rolled back to 1
    assert run(loader.load_version(model="chest", version=1)) is True
    assert set(runtime.loaded) == {("chest", 1)}
    layout.configs["chest"] = policy()  # 1 retired: nothing served, it is unloaded
    assert run(loader.load_version(model="chest", version=1)) is False
    assert not runtime.loaded and not catalog.is_ready("chest")

    class Failing:
        async def load_version(self, *, model, version):
            raise ModelLoadFailed("external Triton refuses an empty policy")

    published: list = []

    async def publish(name, version):
        published.append((name, version))

    def event(change: str) -> Event:
        data = events_pb2.ModelRegistered(model_name="chest", version=3,
                                          change=change).SerializeToString()
        return Event(subject="model.registered.v1", data=data, headers={}, num_delivered=1)

    handler = ModelRegisteredHandler(loader=Failing(), publish=publish)
    run(handler(event("registered")))  # acknowledged: a candidate is not served
    with pytest.raises(TransientError):
        run(handler(event("approved")))
    assert not published


def test_repository_poller_scans_at_once_when_woken():
    """A replica's live copy of model.registered wakes its scan (the durable consumer hands
    the event to one replica only); without it the scan waits for the interval."""
    import asyncio

    from medenclave_inference.adapters.inbound.consumer import RepositoryPoller

    class Catalog:
        scans = 0

        async def sync(self):
            Catalog.scans += 1
            return []

    async def publish(model, version):
        return None

    async def scenario():
        poller = RepositoryPoller(catalog=Catalog(), publish=publish, interval_s=3600)
        task = asyncio.create_task(poller.run())
        await asyncio.sleep(0.05)
        assert Catalog.scans == 0
        poller.wake()
        for _ in range(100):
            if Catalog.scans:
                break
            await asyncio.sleep(0.01)
        assert Catalog.scans == 1
        task.cancel()

    asyncio.run(scenario())


class GatedRuntime(FakeRuntime):
    """FakeRuntime whose runs wait for the test to open ``gate`` (``started``: one waits)."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = asyncio.Event()
        self.started = asyncio.Event()

    async def run(self, *, model, version, inputs, outputs, instance=0):
        self.started.set()
        await self.gate.wait()
        return await super().run(model=model, version=version, inputs=inputs,
                                 outputs=outputs, instance=instance)


def test_a_reload_lets_the_executing_request_finish():
    """The approval's model.registered reloads the version the woken poll has just loaded
    (``load(reload=[v])``) while the first request executes on it: that request used to be
    cancelled with the old scheduler and wait out its timeout (DEADLINE_EXCEEDED in the
    restore drill); it finishes now, and requests arriving meanwhile go to the new one."""
    layout = MemoryLayout()
    layout.add("chest", [1])
    runtime = GatedRuntime()
    catalog = ModelCatalog(repository=ModelRepository(layout, configs=PbtxtConfigReader()),
                           runtime=runtime)
    x = np.ones((2, 1, 2, 2), dtype=np.float32)

    async def scenario():
        await catalog.sync()
        old = catalog.resolve("chest").scheduler
        first = asyncio.create_task(catalog.infer("chest", "1", inputs={"image": ("FP32", x)}))
        await runtime.started.wait()  # executing on the old scheduler, its run not done
        reload = asyncio.create_task(catalog.load("chest", reload=[1]))
        while catalog.resolve("chest").scheduler is old:
            await asyncio.sleep(0)
        assert runtime.load_calls == 2 and not first.done()
        second = asyncio.create_task(catalog.infer("chest", "1", inputs={"image": ("FP32", x)}))
        runtime.gate.set()
        # bounds against a hang only (the bug strands ``first`` until its 30 s timeout)
        done = await asyncio.wait_for(asyncio.gather(first, second, reload), 10)
        assert [r.outputs[0][1].shape for r in done[:2]] == [(2, 3), (2, 3)]
        assert done[2] == [1] and catalog.resolve("chest").stats.success_count == 1

    run(scenario())


def test_an_unload_fails_the_executing_request_at_once():
    """Unloading a version fails a request executing on it (ModelNotFound) rather than
    leaving it to wait out its timeout."""
    layout = MemoryLayout()
    layout.add("chest", [1])
    runtime = GatedRuntime()
    catalog = ModelCatalog(repository=ModelRepository(layout, configs=PbtxtConfigReader()),
                           runtime=runtime)
    x = np.ones((2, 1, 2, 2), dtype=np.float32)

    async def scenario():
        await catalog.sync()
        request = asyncio.create_task(catalog.infer("chest", "", inputs={"image": ("FP32", x)}))
        await runtime.started.wait()
        await catalog.unload("chest")
        with pytest.raises(ModelNotFound, match="was unloaded"):
            await asyncio.wait_for(request, 10)  # bounds against a hang only

    run(scenario())
