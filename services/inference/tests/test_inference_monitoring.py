"""The drift watch's core (in-memory ports), the GPU collector without NVML, and the call
timer's outcomes."""

from __future__ import annotations

import asyncio
import sys

import grpc
import numpy as np
import pytest
from prometheus_client import REGISTRY

from medenclave.drift import build_reference
from medenclave_inference.adapters.inbound.gpu_metrics import GpuCollector
from medenclave_inference.adapters.inbound.metrics import timed_call
from medenclave_inference.core.drift_monitor import DriftMonitor, MonitoredClassifier
from medenclave_inference.core.errors import DriftNotWatched


def _images(n: int, mean: float, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.clip(rng.normal(mean, 0.1, (n, 1, 8, 8)), 0, 1).astype(np.float32)


class References:
    def __init__(self, files):
        self.files = files
        self.reads = 0

    def read_drift_reference(self, *, model, version):
        self.reads += 1
        return self.files.get((model, version))


class Alerts:
    def __init__(self):
        self.sent = []

    def drift_detected(self, *, model, version, report):
        self.sent.append((model, version, report.kl))


@pytest.fixture
def monitor():
    refs = References({("cxr", 1): build_reference(_images(200, 0.3, seed=1)).to_json(),
                       ("cxr", 2): b"not json"})
    return DriftMonitor(references=refs, alerts=Alerts(), window=50, threshold=0.2,
                        max_watched=3)


def test_alerts_once_per_window_while_drifted(monitor):
    alerts = monitor._alerts
    monitor.observe(model="cxr", version=1, images=_images(50, 0.3, seed=2))
    assert not monitor.report("cxr")[1].drifted and alerts.sent == []
    for seed in range(5):  # 10 batches of 10 shifted inputs: two windows' worth
        monitor.observe(model="cxr", version=1, images=_images(10, 0.8, seed=10 + seed))
        monitor.observe(model="cxr", version=1, images=_images(10, 0.8, seed=20 + seed))
    assert [(m, v) for m, v, _ in alerts.sent] == [("cxr", 1), ("cxr", 1)]
    assert all(kl > 0.2 for _, _, kl in alerts.sent)
    version, report = monitor.report("cxr", 1)
    assert version == 1 and report.drifted and report.window == 50
    assert [(m, v) for m, v, _ in monitor.reports()] == [("cxr", 1)]


def test_versions_without_a_usable_reference_are_not_watched(monitor):
    refs = monitor._references
    for _ in range(3):
        monitor.observe(model="cxr", version=2, images=_images(4, 0.3, seed=3))  # bad JSON
        monitor.observe(model="other", version=1, images=_images(4, 0.3, seed=3))  # none
    assert refs.reads == 2  # each file read once, the answer remembered
    for model, version in (("cxr", 2), ("other", 1), ("cxr", 0), ("cxr", 9)):
        with pytest.raises(DriftNotWatched):
            monitor.report(model, version)
    assert refs.reads == 2  # a query never reads files


def test_watched_versions_are_bounded(monitor):
    for version in range(1, 10):
        monitor.observe(model=f"m{version}", version=1, images=_images(1, 0.3, seed=4))
    assert len(monitor._watched) == 3


def test_monitored_classifier_feeds_the_monitor(monitor):
    class Backend:
        async def classify(self, *, model, version, batch):
            return 1, np.tile([[0.9, 0.1]], (len(batch), 1)).astype(np.float32)

        async def models(self):
            return []

    wrapped = MonitoredClassifier(Backend(), monitor)

    async def predict():
        answer = await wrapped.classify(model="cxr", version=0, batch=_images(5, 0.3, 5))
        await asyncio.sleep(0)  # the watch runs right after the answer, on the same loop
        return answer

    used, scores = asyncio.run(predict())
    assert used == 1 and scores.shape == (5, 2)
    assert monitor.report("cxr")[1].window == 5


def test_no_nvml_no_gpu_series(monkeypatch):
    monkeypatch.setitem(sys.modules, "pynvml", None)  # the package absent: import fails
    collector = GpuCollector()
    assert collector.gpus == 0 and list(collector.collect()) == []
    monkeypatch.undo()
    real = GpuCollector()  # the real NVML: no GPU on a CI machine → nothing, no error
    if real.gpus == 0:
        assert list(real.collect()) == []
        assert REGISTRY.get_sample_value("medenclave_gpu_utilization_ratio", {"gpu": "0"}) is None


class _Ctx:
    def __init__(self, code=None):
        self._code = code

    def code(self):
        return self._code


class _Request:
    model_name = "timed-model"


class _Response:
    model_version = "3"


class _Servicer:
    @timed_call("unit")
    async def ok(self, request, context):
        return _Response()

    @timed_call("unit")
    async def aborted(self, request, context):
        context._code = grpc.StatusCode.RESOURCE_EXHAUSTED
        raise RuntimeError("aborted")


def _count(model, version, outcome):
    return REGISTRY.get_sample_value("medenclave_inference_call_seconds_count", {
        "model": model, "version": version, "api": "unit", "outcome": outcome}) or 0


def test_timed_call_records_outcomes():
    servicer = _Servicer()
    before = _count("_unknown", "", "resource_exhausted")
    with pytest.raises(RuntimeError):  # never succeeded yet: not a label
        asyncio.run(servicer.aborted(_Request(), _Ctx()))
    assert _count("_unknown", "", "resource_exhausted") == before + 1
    asyncio.run(servicer.ok(_Request(), _Ctx()))
    assert _count("timed-model", "3", "success") >= 1
    with pytest.raises(RuntimeError):
        asyncio.run(servicer.aborted(_Request(), _Ctx()))
    assert _count("timed-model", "", "resource_exhausted") == 1
