"""One prepared GPU check for serving (≤ 5 minutes on a lent GPU), on the pathology scenario's
tile model (:class:`~medenclave_training.adapters.outbound.tile_classifier.TileNet`, RGB
1024×1024 tiles, random weights: speed does not depend on them):

* ``torch``: tiles/s at 1024×1024 on the GPU in fp32, fp16 and bf16, batch 1 and 16, the
  input already on the GPU, plus fp32 batch 16 with uint8 tiles copied from pinned host
  memory each time;
* ``onnxruntime``: the same model exported to ONNX, tiles/s with ``CUDAExecutionProvider``
  when this onnxruntime build lists it (else it says so, and times the CPU provider at batch 1
  for reference);
* ``served_load`` (``served_load.py``): p50/p99, items/s, mean batch and GPU utilisation
  (NVML, every 100 ms) under concurrent one-item requests through the inference service's own
  dynamic batcher (``core.scheduler.BatchScheduler``), per configuration of its plan: last
  round's setup (2 instances, ``max_batch_size`` 16, concurrency 32, the batch joined on the
  event loop and copied from pageable memory) and the same without ``dynamic_batching``; then
  instances with their own CUDA streams and pinned buffers, batches joined on the instance's
  thread (``run_joined``) and copied without blocking, 2-8 instances, ``max_batch_size`` 32-64,
  64-256 callers, in one process or several; on the tiles (1024², uint8) and on a ResNet18
  (224², uint8), fp16 (the tiles also fp32). The gRPC front (tritonclient's protos) is not in
  the loop.

Every part runs in its own try/except and the JSON (``--out``, default
``$OUT/infer_gpu.json``) is rewritten after each, so a failure leaves the parts before it and
the error. ``--cpu-dry-run`` runs every part on the CPU at a tiny size (the test)::

    bash bench/gpu/infer_gpu.sh                 # on the GPU machine, 290 s limit
    python bench/gpu/infer_gpu.py --cpu-dry-run --out /tmp/infer_gpu.json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
for sub in ("services/training", "services/inference", "libs"):
    if str(ROOT / sub) not in sys.path:
        sys.path.insert(0, str(ROOT / sub))

import torch  # noqa: E402
from served_load import plan_for, served_load  # noqa: E402

from medenclave_training.adapters.outbound.tile_classifier import TileNet  # noqa: E402


class Nvml:
    """GPU utilisation and memory sampled in a thread (nothing when NVML is missing)."""

    def __init__(self) -> None:
        self.handle = None
        try:
            import pynvml

            pynvml.nvmlInit()
            self.nvml = pynvml
            self.handle = pynvml.nvmlDeviceGetHandleByIndex(0)
        except Exception as exc:  # no NVML, no GPU: figures say so
            self.error = f"{type(exc).__name__}: {exc}"
        self.samples: list[tuple[int, int]] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def info(self) -> dict:
        if self.handle is None:
            return {"nvml": self.error}
        return {"driver": self.nvml.nvmlSystemGetDriverVersion(),
                "name": self.nvml.nvmlDeviceGetName(self.handle)}

    def __enter__(self) -> Nvml:
        self.samples = []
        self._stop.clear()
        if self.handle is not None:
            self._thread = threading.Thread(target=self._run, daemon=True)
            self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            rates = self.nvml.nvmlDeviceGetUtilizationRates(self.handle)
            mem = self.nvml.nvmlDeviceGetMemoryInfo(self.handle)
            self.samples.append((int(rates.gpu), int(mem.used // (1024 * 1024))))

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def summary(self) -> dict:
        if not self.samples:
            return {"gpu_util_pct_mean": None, "gpu_util_pct_max": None, "samples": 0}
        util = [s[0] for s in self.samples]
        return {"gpu_util_pct_mean": round(float(np.mean(util)), 1),
                "gpu_util_pct_max": max(util), "gpu_mem_used_mib_max": max(s[1] for s in self.samples),
                "samples": len(util)}


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize()


def _timed(step, device: torch.device, seconds: float, min_iters: int = 3) -> tuple[int, float]:
    for _ in range(3):
        step()
    _sync(device)
    started, n = time.perf_counter(), 0
    while n < min_iters or time.perf_counter() - started < seconds:
        step()
        n += 1
    _sync(device)
    return n, time.perf_counter() - started


def torch_tiles(a: argparse.Namespace, device: torch.device) -> list[dict]:
    rows = []
    dtypes = {"fp32": torch.float32, "fp16": torch.float16, "bf16": torch.bfloat16}
    for name, dtype in dtypes.items():
        if device.type == "cpu" and name == "fp16":
            continue  # no fp16 convolutions worth timing on a CPU
        net = TileNet().eval().to(device=device, dtype=dtype, memory_format=torch.channels_last)
        for batch in a.batches:
            x = torch.rand(batch, 3, a.size, a.size, device=device, dtype=dtype)
            x = x.contiguous(memory_format=torch.channels_last)
            if device.type == "cuda":
                torch.cuda.reset_peak_memory_stats()
            with torch.inference_mode():
                n, wall = _timed(lambda net=net, x=x: net(x), device, a.seconds)
            rows.append({"dtype": name, "batch": batch, "input": "on device",
                         "tiles_per_s": round(n * batch / wall, 1),
                         "ms_per_batch": round(1000 * wall / n, 3),
                         "peak_mib": round(torch.cuda.max_memory_allocated() / 2**20, 1)
                         if device.type == "cuda" else None})
    if device.type == "cuda":  # with the copy from the host each time
        net = TileNet().eval().to(device, memory_format=torch.channels_last)
        batch = max(a.batches)
        host = torch.randint(0, 256, (batch, 3, a.size, a.size), dtype=torch.uint8).pin_memory()
        with torch.inference_mode():
            n, wall = _timed(lambda: net(host.to(device, non_blocking=True)), device, a.seconds)
        rows.append({"dtype": "fp32", "batch": batch,
                     "input": "uint8 tiles, pinned host → device each batch",
                     "tiles_per_s": round(n * batch / wall, 1),
                     "ms_per_batch": round(1000 * wall / n, 3)})
    return rows


def export(path: Path, size: int) -> None:
    net = TileNet().eval()
    torch.onnx.export(net, (torch.zeros(1, 3, size, size, dtype=torch.uint8),), str(path),
                      input_names=["image"],
                      output_names=["probabilities"], opset_version=17, dynamo=False,
                      dynamic_axes={"image": {0: "N"}, "probabilities": {0: "N"}})


def ort_tiles(a: argparse.Namespace, model: Path, cuda: bool) -> dict:
    import onnxruntime as ort

    available = ort.get_available_providers()
    out: dict = {"version": ort.__version__, "providers_available": available, "rows": []}
    runs = []
    if "CUDAExecutionProvider" in available and cuda:
        runs = [("CUDAExecutionProvider", b) for b in a.batches]
    else:
        out["cuda"] = "CUDAExecutionProvider not listed by this onnxruntime build: not measured"
    runs.append(("CPUExecutionProvider", 1))
    for provider, batch in runs:
        options = ort.SessionOptions()
        options.log_severity_level = 3
        session = ort.InferenceSession(str(model), sess_options=options,
                                       providers=[provider, "CPUExecutionProvider"])
        x = np.random.default_rng(0).integers(0, 256, (batch, 3, a.size, a.size), np.uint8)
        seconds = a.seconds if provider != "CPUExecutionProvider" else min(a.seconds, 3.0)
        n, wall = _timed(lambda s=session, x=x: s.run(["probabilities"], {"image": x}),
                         torch.device("cpu"), seconds)
        out["rows"].append({"provider": provider, "session_providers": session.get_providers(),
                            "batch": batch, "tiles_per_s": round(n * batch / wall, 1),
                            "ms_per_batch": round(1000 * wall / n, 3)})
    return out


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--cpu-dry-run", action="store_true")
    p.add_argument("--size", type=int, default=1024)
    p.add_argument("--batches", type=int, nargs="+", default=[1, 16])
    p.add_argument("--seconds", type=float, default=2.5, help="per timed configuration")
    p.add_argument("--load-seconds", type=float, default=5.0,
                   help="timed load per served configuration (after a 1 s warm-up)")
    p.add_argument("--served-budget", type=float, default=190.0,
                   help="seconds for the served configurations; those that do not fit are "
                        "listed as skipped")
    p.add_argument("--out", type=Path, default=None)
    a = p.parse_args()
    cuda = torch.cuda.is_available() and not a.cpu_dry_run
    device = torch.device("cuda" if cuda else "cpu")
    if not cuda:  # the dry run: every part, tiny
        a.size, a.batches, a.seconds, a.load_seconds = 64, [1, 2], 0.2, 0.5
        torch.set_num_threads(2)
    if cuda:
        torch.backends.cudnn.benchmark = True
    out = a.out or (Path(os.environ["OUT"]) / "infer_gpu.json" if os.environ.get("OUT")
                    else Path("infer_gpu.json"))
    nvml = Nvml()
    report: dict = {"device": torch.cuda.get_device_name(0) if cuda else "cpu (dry run)",
                    "torch": torch.__version__, "cuda": torch.version.cuda,
                    "cudnn": torch.backends.cudnn.version() if cuda else None,
                    "tile": [3, a.size, a.size], "model": "TileNet (random weights)",
                    "goals": {"tiles_per_s": 30, "p99_ms": 500, "gpu_util_pct": 70},
                    "errors": {}, **nvml.info()}

    def part(name: str, fn) -> None:
        started = time.perf_counter()
        try:
            report[name] = fn()
        except Exception as exc:  # every part is recorded, whatever fails
            report["errors"][name] = f"{type(exc).__name__}: {exc}"[:500]
            report[f"{name}_traceback"] = traceback.format_exc()[-3000:]
        report.setdefault("seconds", {})[name] = round(time.perf_counter() - started, 1)
        out.write_text(json.dumps(report, indent=2))
        print(f"{name}: {'failed' if name in report['errors'] else 'done'} "
              f"({report['seconds'][name]} s)", flush=True)

    with tempfile.TemporaryDirectory(prefix="infer-gpu-") as tmp:
        model = Path(tmp) / "tiles.onnx"
        part("torch_tiles", lambda: torch_tiles(a, device))
        part("onnx_export", lambda: export(model, a.size) or {"bytes": model.stat().st_size})
        part("onnxruntime", lambda: ort_tiles(a, model, cuda))
        part("served_load", lambda: served_load(
            device=device, plan=plan_for(not cuda), nvml=nvml, seconds=a.load_seconds,
            budget_s=a.served_budget,
            sizes={"tiles": a.size, "resnet18": 224 if cuda else 32}))
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
