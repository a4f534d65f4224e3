"""GPU utilisation and memory through NVML (``nvidia-ml-py``), read at each scrape.

Without NVML (package missing, no driver, no GPU) there are simply no GPU series and no
error: the service logs once (INF-066) that GPU metrics are off.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from typing import Any

from prometheus_client.core import REGISTRY, GaugeMetricFamily
from prometheus_client.registry import Collector

__all__ = ["GpuCollector", "gpu_metrics"]

log = logging.getLogger(__name__)


class GpuCollector(Collector):
    """``medenclave_gpu_utilization_ratio``, ``medenclave_gpu_memory_used_bytes`` and
    ``medenclave_gpu_memory_total_bytes`` per GPU index."""

    def __init__(self, nvml: Any = None) -> None:
        self._nvml = None
        self._handles: list[Any] = []
        try:
            if nvml is None:
                import pynvml as nvml
            nvml.nvmlInit()
            self._handles = [nvml.nvmlDeviceGetHandleByIndex(i)
                             for i in range(nvml.nvmlDeviceGetCount())]
            self._nvml = nvml
        except Exception as exc:  # ImportError, NVMLError_LibraryNotFound, DriverNotLoaded, …
            log.info("GPU metrics off: NVML unavailable",
                     extra={"code": "INF-066", "fields": {"reason": type(exc).__name__}})

    @property
    def gpus(self) -> int:
        return len(self._handles)

    def describe(self) -> list[Any]:
        return []

    def collect(self) -> Iterator[Any]:
        if self._nvml is None or not self._handles:
            return
        util = GaugeMetricFamily("medenclave_gpu_utilization_ratio",
                                 "Fraction of time a kernel ran on the GPU (NVML)", labels=["gpu"])
        used = GaugeMetricFamily("medenclave_gpu_memory_used_bytes", "GPU memory in use (NVML)",
                                 labels=["gpu"])
        total = GaugeMetricFamily("medenclave_gpu_memory_total_bytes", "GPU memory (NVML)",
                                  labels=["gpu"])
        for index, handle in enumerate(self._handles):
            try:
                rates = self._nvml.nvmlDeviceGetUtilizationRates(handle)
                memory = self._nvml.nvmlDeviceGetMemoryInfo(handle)
            except Exception as exc:  # a GPU that stopped answering: no sample this scrape
                log.debug("GPU not read", extra={"code": "INF-067", "fields": {
                    "gpu": index, "reason": type(exc).__name__}})
                continue
            util.add_metric([str(index)], rates.gpu / 100.0)
            used.add_metric([str(index)], float(memory.used))
            total.add_metric([str(index)], float(memory.total))
        yield from (util, used, total)


_lock = threading.Lock()
_collector: GpuCollector | None = None


def gpu_metrics() -> GpuCollector:
    """The process's GPU collector, registered on first use."""
    global _collector
    with _lock:
        if _collector is None:
            _collector = GpuCollector()
            REGISTRY.register(_collector)
        return _collector
