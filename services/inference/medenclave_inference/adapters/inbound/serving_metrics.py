"""Prometheus series read from the serving state at each scrape: queue depth, executing
batches, batch sizes and queue time per model version (the scheduler's ModelStatistics), and
the drift watch's divergences. Labels: model and version only (folders of the repository)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from prometheus_client.core import REGISTRY, CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily
from prometheus_client.registry import Collector

from medenclave_inference.core.catalog import ModelCatalog
from medenclave_inference.core.drift_monitor import DriftMonitor

__all__ = ["BATCH_BUCKETS", "SERVING", "ServingCollector"]

BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256)


class ServingCollector(Collector):
    """One per process; each running service attaches its catalog and drift monitor."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sources: list[tuple[ModelCatalog | None, DriftMonitor | None]] = []

    def attach(self, catalog: ModelCatalog | None, monitor: DriftMonitor | None) -> None:
        with self._lock:
            self._sources.append((catalog, monitor))

    def detach(self, catalog: ModelCatalog | None, monitor: DriftMonitor | None) -> None:
        with self._lock:
            self._sources = [s for s in self._sources
                             if s[0] is not catalog or s[1] is not monitor]

    def describe(self) -> list[Any]:
        return []  # nothing fixed: the series follow the served models

    def collect(self) -> Iterator[Any]:
        with self._lock:
            sources = list(self._sources)
        labels = ["model", "version"]
        depth = GaugeMetricFamily("medenclave_inference_queue_depth",
                                  "Requests waiting in a model version's queue", labels=labels)
        executing = GaugeMetricFamily("medenclave_inference_executing_batches",
                                      "Batches executing now, by model version", labels=labels)
        queue = CounterMetricFamily("medenclave_inference_queue_seconds",
                                    "Cumulative time successful requests waited in the queue",
                                    labels=labels)
        done = CounterMetricFamily("medenclave_inference_executed_requests",
                                   "Requests executed successfully (ModelStatistics success)",
                                   labels=labels)
        sizes = HistogramMetricFamily("medenclave_inference_batch_size",
                                      "Requests' items per executed batch", labels=labels)
        drift = {name: GaugeMetricFamily(metric, text, labels=labels)
                 for name, metric, text in (
                     ("kl", "medenclave_inference_drift_kl",
                      "KL(live || reference), largest over the features"),
                     ("psi", "medenclave_inference_drift_psi",
                      "Population stability index, largest over the features"),
                     ("js", "medenclave_inference_drift_js",
                      "Jensen-Shannon divergence, largest over the features"),
                     ("threshold", "medenclave_inference_drift_threshold",
                      "KL above which a window is drifted"),
                     ("window_inputs", "medenclave_inference_drift_window_inputs",
                      "Inputs in the drift window"),
                     ("detected", "medenclave_inference_drift_detected",
                      "1 while the window is drifted"))}
        for catalog, monitor in sources:
            for target in _loaded(catalog):
                key = [target.name, str(target.version)]
                stats = target.stats
                batches = dict(stats.batches)
                if target.scheduler is not None:
                    depth.add_metric(key, target.scheduler.queued)
                    executing.add_metric(key, target.scheduler.executing)
                queue.add_metric(key, stats.queue_ns / 1e9)
                done.add_metric(key, stats.success_count)
                buckets, total, items = [], 0, 0
                for bound in BATCH_BUCKETS:
                    total = sum(b.count for size, b in batches.items() if size <= bound)
                    buckets.append((str(bound), total))
                count = sum(b.count for b in batches.values())
                items = sum(size * b.count for size, b in batches.items())
                buckets.append(("+Inf", count))
                sizes.add_metric(key, buckets, items)
            for model, version, report in (monitor.reports() if monitor else []):
                key = [model, str(version)]
                for name, value in (("kl", report.kl), ("psi", report.psi), ("js", report.js),
                                    ("threshold", report.threshold),
                                    ("window_inputs", report.window),
                                    ("detected", float(report.drifted))):
                    drift[name].add_metric(key, value)
        yield from (depth, executing, queue, done, sizes, *drift.values())


def _loaded(catalog: ModelCatalog | None) -> list[Any]:
    if catalog is None:
        return []
    for _ in range(3):  # the serving loop may change the catalog while we read it
        try:
            return catalog.loaded()
        except (KeyError, RuntimeError):
            continue
    return []


SERVING = ServingCollector()
REGISTRY.register(SERVING)
