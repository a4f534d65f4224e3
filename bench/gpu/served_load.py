"""The served-load part of the serving GPU check (``infer_gpu.py``): p50/p99, items/s, mean
batch and GPU utilisation (NVML) under concurrent one-item requests through the inference
service's own dynamic batcher (``core.scheduler.BatchScheduler``; no gRPC front: tritonclient
is not on the lent image), per configuration of the plan (:data:`GPU_PLAN`).

The runtime behind the scheduler is torch on the GPU, written here (the lent image's
onnxruntime has no CUDA provider; the service serves ONNX through onnxruntime, which takes
the same ``run_joined`` path): every instance has its own worker thread, CUDA stream, pinned
host input and output buffers of ``max_batch`` items and a device input buffer. A batch's
requests are copied straight into the instance's pinned buffer on its thread (the scheduler
hands them over as parts: ``run_joined``), then copied to the device without blocking
(``non_blocking=True`` on the instance's stream), run, and the probabilities copied back into
pinned memory before the stream is synchronised. ``pinned: False`` is last round's runtime
for comparison: the scheduler joins the batch on the event loop (``np.concatenate``) and the
runtime copies it from pageable memory, blocking.

Models: ``tiles`` — the pathology scenario's TileNet on uint8 RGB tiles (1024² on the GPU);
``resnet18`` — a ResNet18 (torchvision's layout, written out: no torchvision or MONAI on the
lent image) on uint8 RGB 224² images, a realistic radiology classifier with far more compute
per input byte. Random weights: speed does not depend on them. ``procs > 1`` runs that many
processes at once, each with its own scheduler, instances and callers on the same GPU (as
several server replicas would), for when one Python event loop cannot feed the GPU.
cuDNN's benchmark mode is off here (batch sizes vary; each new size would be autotuned).
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
import torch
from torch import nn

from medenclave_inference.core.model_config import (
    DynamicBatching,
    InstanceGroup,
    ModelConfig,
    TensorConfig,
)
from medenclave_inference.core.ports import JoinedRun
from medenclave_inference.core.scheduler import BatchScheduler, QueueLimits, VersionStats

__all__ = ["CPU_PLAN", "GPU_PLAN", "served_load"]

#: the GPU configurations, in order (first: last round's setup, to compare with)
GPU_PLAN: list[dict[str, Any]] = [
    {"model": "tiles", "dtype": "fp16", "instances": 2, "max_batch": 16, "concurrency": 32,
     "pinned": False},
    {"model": "tiles", "dtype": "fp16", "instances": 2, "max_batch": 16, "concurrency": 32,
     "pinned": False, "batching": False},
    {"model": "tiles", "dtype": "fp16", "instances": 2, "max_batch": 16, "concurrency": 32},
    {"model": "tiles", "dtype": "fp16", "instances": 4, "max_batch": 32, "concurrency": 128},
    {"model": "tiles", "dtype": "fp16", "instances": 8, "max_batch": 32, "concurrency": 256},
    {"model": "tiles", "dtype": "fp32", "instances": 4, "max_batch": 32, "concurrency": 128},
    {"model": "tiles", "dtype": "fp16", "instances": 4, "max_batch": 32, "concurrency": 128,
     "procs": 2},
    {"model": "resnet18", "dtype": "fp16", "instances": 2, "max_batch": 32, "concurrency": 32},
    {"model": "resnet18", "dtype": "fp16", "instances": 2, "max_batch": 32, "concurrency": 32,
     "batching": False},
    {"model": "resnet18", "dtype": "fp16", "instances": 4, "max_batch": 64, "concurrency": 256},
    {"model": "resnet18", "dtype": "fp16", "instances": 4, "max_batch": 64, "concurrency": 128,
     "procs": 2},
    {"model": "resnet18", "dtype": "fp16", "instances": 4, "max_batch": 64, "concurrency": 128,
     "procs": 4},
]
#: the dry run's plan (CPU, tiny inputs): every code path once, two processes included
CPU_PLAN: list[dict[str, Any]] = [
    {"model": "tiles", "dtype": "fp32", "instances": 2, "max_batch": 4, "concurrency": 4,
     "pinned": False},
    {"model": "tiles", "dtype": "fp32", "instances": 2, "max_batch": 4, "concurrency": 4,
     "pinned": False, "batching": False},
    {"model": "tiles", "dtype": "fp32", "instances": 2, "max_batch": 4, "concurrency": 8},
    {"model": "resnet18", "dtype": "fp32", "instances": 2, "max_batch": 4, "concurrency": 4,
     "procs": 2},
]
_DEFAULTS = {"pinned": True, "batching": True, "procs": 1, "delay_us": 2000}
_DTYPES = {"fp32": torch.float32, "fp16": torch.float16, "bf16": torch.bfloat16}


# ------------------------------------------------------------------ the networks
class _Block(nn.Module):
    def __init__(self, cin: int, cout: int, stride: int) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.down = None if stride == 1 and cin == cout else nn.Sequential(
            nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.bn2(self.conv2(torch.relu(self.bn1(self.conv1(x)))))
        return torch.relu(y + (x if self.down is None else self.down(x)))


class ResNet18(nn.Module):
    """ResNet18 (torchvision's layout) on uint8 RGB → class probabilities."""

    def __init__(self, num_classes: int = 2) -> None:
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 64, 7, 2, 3, bias=False), nn.BatchNorm2d(64),
                                  nn.ReLU(inplace=True), nn.MaxPool2d(3, 2, 1))
        blocks, cin = [], 64
        for cout, stride in ((64, 1), (64, 1), (128, 2), (128, 1), (256, 2), (256, 1),
                             (512, 2), (512, 1)):
            blocks.append(_Block(cin, cout, stride))
            cin = cout
        self.blocks = nn.Sequential(*blocks)
        self.head = nn.Linear(512, num_classes)

    def forward(self, image: torch.Tensor) -> torch.Tensor:
        x = image
        if x.dtype == torch.uint8:
            x = (x.to(self.head.weight.dtype) - 128.0) / 64.0
        x = nn.functional.adaptive_avg_pool2d(self.blocks(self.stem(x)), 1)
        return torch.softmax(self.head(torch.flatten(x, 1)), dim=1)


def _network(model: str) -> nn.Module:
    torch.manual_seed(0)
    if model == "resnet18":
        return ResNet18()
    from medenclave_training.adapters.outbound.tile_classifier import TileNet

    return TileNet()


# ------------------------------------------------------------------ the runtimes
class TorchRuntime:
    """Last round's runtime: the scheduler joins a batch on the event loop; the instance's
    thread copies it to the device from pageable memory, blocking."""

    def __init__(self, net: nn.Module, *, device: torch.device, dtype: torch.dtype,
                 instances: int, max_batch: int, item_shape: tuple[int, ...]) -> None:
        self.device = device
        self.net = net.eval().to(device=device, dtype=dtype, memory_format=torch.channels_last)
        self.cuda = device.type == "cuda"
        self.threads = [ThreadPoolExecutor(1, thread_name_prefix=f"torch-{i}")
                        for i in range(instances)]
        self.streams = [torch.cuda.Stream() for _ in range(instances)] if self.cuda else []

    def _forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x.contiguous(memory_format=torch.channels_last) if self.cuda else x)

    def _run(self, x: np.ndarray, instance: int) -> np.ndarray:
        with torch.inference_mode():
            if not self.cuda:
                return self._forward(torch.from_numpy(x)).float().numpy()
            with torch.cuda.stream(self.streams[instance % len(self.streams)]):
                y = self._forward(torch.from_numpy(x).to(self.device, non_blocking=False))
                return y.float().cpu().numpy()

    async def run(self, *, model: str, version: int, inputs: dict, outputs: list,
                  instance: int = 0) -> list[np.ndarray]:
        pool = self.threads[instance % len(self.threads)]
        x = inputs["image"]
        return [await asyncio.get_running_loop().run_in_executor(pool, self._run, x, instance)]

    def close(self) -> None:
        for pool in self.threads:
            pool.shutdown(wait=True)


class PinnedTorchRuntime(TorchRuntime):
    """Per instance: pinned host buffers, a device buffer, its own stream; batches joined on
    the instance's thread straight into pinned memory (``run_joined``); copies non-blocking."""

    def __init__(self, net: nn.Module, *, device: torch.device, dtype: torch.dtype,
                 instances: int, max_batch: int, item_shape: tuple[int, ...]) -> None:
        super().__init__(net, device=device, dtype=dtype, instances=instances,
                         max_batch=max_batch, item_shape=item_shape)
        shape = (max_batch, *item_shape)
        self.host_in = [torch.empty(shape, dtype=torch.uint8, pin_memory=self.cuda)
                        for _ in range(instances)]
        self.dev_in = [torch.empty(shape, dtype=torch.uint8, device=device)
                       for _ in range(instances)] if self.cuda else self.host_in
        self.host_out = [torch.empty((max_batch, 2), dtype=torch.float32, pin_memory=self.cuda)
                         for _ in range(instances)]
        if self.cuda:
            torch.cuda.synchronize()

    def _joined(self, parts: list[np.ndarray], instance: int) -> JoinedRun:
        started = time.perf_counter_ns()
        host, n = self.host_in[instance], 0
        for part in parts:  # torch's copy_ lets go of the GIL
            host[n:n + part.shape[0]].copy_(torch.from_numpy(part))
            n += part.shape[0]
        joined = time.perf_counter_ns()
        out = self.host_out[instance][:n]
        with torch.inference_mode():
            if not self.cuda:
                out.copy_(self._forward(host[:n]))
                return JoinedRun([out.numpy().copy()], joined - started)
            stream = self.streams[instance]
            with torch.cuda.stream(stream):
                x = self.dev_in[instance][:n]
                x.copy_(host[:n], non_blocking=True)
                out.copy_(self._forward(x).float(), non_blocking=True)
            stream.synchronize()
        return JoinedRun([out.numpy().copy()], joined - started)

    async def run_joined(self, *, model: str, version: int, parts: list, outputs: list,
                         instance: int = 0) -> JoinedRun:
        pool = self.threads[instance]
        return await asyncio.get_running_loop().run_in_executor(
            pool, self._joined, [p["image"] for p in parts], instance)

    async def run(self, *, model: str, version: int, inputs: dict, outputs: list,
                  instance: int = 0) -> list[np.ndarray]:
        joined = await self.run_joined(model=model, version=version, parts=[inputs],
                                       outputs=outputs, instance=instance)
        return joined.outputs


# ------------------------------------------------------------------ one configuration
async def _drive(scheduler: BatchScheduler, item: np.ndarray, concurrency: int,
                 seconds: float) -> list[float]:
    latencies: list[float] = []
    stop = time.perf_counter() + seconds

    async def caller() -> None:
        while time.perf_counter() < stop:
            started = time.perf_counter()
            await scheduler.submit(inputs={"image": item}, batch=1, outputs=["probabilities"],
                                   started_ns=time.monotonic_ns())
            latencies.append(time.perf_counter() - started)

    await asyncio.gather(*(caller() for _ in range(concurrency)))
    return latencies


async def _serve(spec: dict[str, Any], device: torch.device, seconds: float,
                 go: Any = None) -> dict[str, Any]:
    """Run one configuration in this process; ``go()`` is called (in a thread) between the
    warm-up and the timed load."""
    side = spec["size"]
    item_shape = (3, side, side)
    config = ModelConfig(
        name=spec["model"], platform="onnxruntime_onnx", backend="onnxruntime",
        max_batch_size=spec["max_batch"],
        inputs=(TensorConfig("image", "UINT8", item_shape),),
        outputs=(TensorConfig("probabilities", "FP32", (2,)),),
        dynamic_batching=DynamicBatching(max_queue_delay_us=spec["delay_us"])
        if spec["batching"] else None,
        instance_group=InstanceGroup(count=spec["instances"],
                                     kind="KIND_GPU" if device.type == "cuda" else "KIND_CPU"))
    kind = PinnedTorchRuntime if spec["pinned"] else TorchRuntime
    runtime = kind(_network(spec["model"]), device=device, dtype=_DTYPES[spec["dtype"]],
                   instances=spec["instances"], max_batch=spec["max_batch"],
                   item_shape=item_shape)
    stats = VersionStats()
    scheduler = BatchScheduler(config=config, version=1, runtime=runtime, stats=stats,
                               limits=QueueLimits(), clock_ns=time.monotonic_ns,
                               wall_ms=lambda: int(time.time() * 1000))
    item = np.random.default_rng(0).integers(0, 256, (1, *item_shape), np.uint8)
    try:
        await _drive(scheduler, item, spec["concurrency"], min(seconds, 1.0))  # warm-up
        if go is not None:
            await asyncio.to_thread(go)
        before = (stats.inference_count, stats.execution_count, stats.compute_input_ns,
                  stats.compute_infer_ns, stats.success_count)
        started = time.perf_counter()
        latencies = await _drive(scheduler, item, spec["concurrency"], seconds)
        wall = time.perf_counter() - started
    finally:
        await scheduler.close()
        runtime.close()
    done = max(stats.success_count - before[4], 1)
    return {"latencies": np.asarray(latencies), "wall": wall,
            "items": stats.inference_count - before[0],
            "executions": stats.execution_count - before[1],
            "join_ms_per_request": (stats.compute_input_ns - before[2]) / done / 1e6,
            "infer_ms_per_request": (stats.compute_infer_ns - before[3]) / done / 1e6}


def _child(spec: dict[str, Any], device: str, seconds: float, barrier: Any,
           results: Any) -> None:
    """One of ``procs`` processes: its own scheduler, instances and callers."""
    try:
        torch.backends.cudnn.benchmark = False
        if device == "cpu":
            torch.set_num_threads(1)
        out = asyncio.run(_serve(spec, torch.device(device), seconds,
                                 go=lambda: barrier.wait(60)))
        results.put(out)
    except BaseException as exc:  # reported to the parent, which records the error
        try:
            barrier.abort()
        finally:
            results.put({"error": f"{type(exc).__name__}: {exc}",
                         "traceback": traceback.format_exc()[-2000:]})


def _run_spec(spec: dict[str, Any], device: torch.device, seconds: float,
              nvml: Any) -> dict[str, Any]:
    if spec["procs"] == 1:
        nvml_on: list[Any] = []

        def go() -> None:
            nvml_on.append(nvml.__enter__())

        try:
            parts = [asyncio.run(_serve(spec, device, seconds, go=go))]
        finally:
            if nvml_on:
                nvml.__exit__(None, None, None)
    else:
        ctx = mp.get_context("spawn")
        barrier, results = ctx.Barrier(spec["procs"] + 1), ctx.Queue()
        children = [ctx.Process(target=_child, args=(spec, device.type, seconds, barrier,
                                                     results), daemon=True)
                    for _ in range(spec["procs"])]
        for child in children:
            child.start()
        try:
            barrier.wait(60)
            with nvml:
                parts = [results.get(timeout=seconds + 60) for _ in children]
        finally:
            for child in children:
                child.join(10)
                if child.is_alive():
                    child.kill()
        errors = [p["error"] for p in parts if "error" in p]
        if errors:
            raise RuntimeError("; ".join(errors))
    latencies = np.concatenate([p["latencies"] for p in parts]) * 1000
    wall = max(p["wall"] for p in parts)
    items = sum(p["items"] for p in parts)
    executions = sum(p["executions"] for p in parts)
    return {**{k: spec[k] for k in ("model", "dtype", "instances", "max_batch", "procs",
                                    "concurrency", "pinned")},
            "dynamic_batching": spec["batching"],
            "concurrency_total": spec["concurrency"] * spec["procs"],
            "requests": int(latencies.size),
            "items_per_s": round(latencies.size / wall, 1),
            "p50_ms": round(float(np.percentile(latencies, 50)), 2),
            "p99_ms": round(float(np.percentile(latencies, 99)), 2),
            "mean_batch": round(items / max(executions, 1), 2),
            "join_ms_per_request": round(float(np.mean([p["join_ms_per_request"]
                                                        for p in parts])), 4),
            "infer_ms_per_request": round(float(np.mean([p["infer_ms_per_request"]
                                                         for p in parts])), 4),
            **nvml.summary()}


def served_load(*, device: torch.device, plan: list[dict[str, Any]], sizes: dict[str, int],
                seconds: float, budget_s: float, nvml: Any) -> dict[str, Any]:
    """Every configuration of ``plan`` that fits in ``budget_s`` (each: a 1 s warm-up, then
    ``seconds`` of load); the rest are listed as skipped."""
    torch.backends.cudnn.benchmark = False
    out: dict[str, Any] = {"front": "BatchScheduler in-process (no gRPC)", "seconds": seconds,
                           "queue_delay_us": _DEFAULTS["delay_us"],
                           "sizes": sizes, "rows": [], "skipped": [], "errors": []}
    deadline = time.perf_counter() + budget_s
    for entry in plan:
        spec = {**_DEFAULTS, **entry, "size": sizes[entry["model"]]}
        needed = seconds + 4.0 + (8.0 if spec["procs"] > 1 else 0.0)
        if time.perf_counter() + needed > deadline:
            out["skipped"].append(entry)
            continue
        try:
            out["rows"].append(_run_spec(spec, device, seconds, nvml))
        except Exception as exc:  # recorded; the next configuration still runs
            out["errors"].append({"spec": entry, "error": f"{type(exc).__name__}: {exc}"[:500],
                                  "traceback": traceback.format_exc()[-1500:]})
    out["summary"] = _summary(out["rows"])
    return out


def _summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The batching gain at the same setup and the best utilisation, per model."""
    summary: dict[str, Any] = {}
    for model in sorted({r["model"] for r in rows}):
        mine = [r for r in rows if r["model"] == model]
        for r in (r for r in mine if not r["dynamic_batching"]):
            twin = next((b for b in mine if b["dynamic_batching"] and
                         all(b[k] == r[k] for k in ("dtype", "instances", "max_batch",
                                                    "concurrency", "procs", "pinned"))), None)
            if twin is not None:
                summary[f"{model}_batching_gain_at_concurrency_{r['concurrency']}"] = round(
                    twin["items_per_s"] / max(r["items_per_s"], 1e-9), 2)
        utils = [r for r in mine if r.get("gpu_util_pct_mean") is not None]
        if utils:
            best = max(utils, key=lambda r: r["gpu_util_pct_mean"])
            summary[f"{model}_best_gpu_util_pct_mean"] = best["gpu_util_pct_mean"]
            summary[f"{model}_best_gpu_util_config"] = {
                k: best[k] for k in ("dtype", "instances", "max_batch", "procs",
                                     "concurrency_total", "pinned", "items_per_s", "p99_ms")}
    return summary


def plan_for(cpu_dry_run: bool) -> list[dict[str, Any]]:
    """The plan to run (a copy)."""
    return [dict(entry) for entry in (CPU_PLAN if cpu_dry_run else GPU_PLAN)]
