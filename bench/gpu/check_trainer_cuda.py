"""Check the training service's TorchTrainer on a real CUDA device, with and without AMP.

Builds synthetic de-identified-style images with ``medenclave_testing.training_data``, as the
tests do (noise on
a flat background, class 1 adds a bright disk, preprocessed by ``medenclave.imaging``), then runs
the same job through ``TorchTrainer.train_blocking`` on:

* cuda, ``amp=False``
* cuda, ``amp=True`` (torch.autocast + GradScaler inside the trainer)
* cpu (the trainer is pointed at the CPU by hiding CUDA from it), for comparison

``train_blocking`` itself exports the model to ONNX and checks it with onnxruntime (it raises
``TrainingFailed('export_mismatch')`` otherwise); this script additionally runs the returned ONNX
bytes on the whole validation set with onnxruntime and compares against the trainer's accuracy.

Needs only torch, numpy, onnx/onnxruntime(/onnxscript) and monai: the import chain
``medenclave_training.adapters.outbound.torch_trainer`` → ``core.ports`` → ``core.jobs`` is stdlib
+ numpy, and
``medenclave.imaging`` is numpy only.

Usage::

    python bench/gpu/check_trainer_cuda.py               # cuda (fails if there is none) + cpu
    python bench/gpu/check_trainer_cuda.py --cpu-only    # local smoke test
    python bench/gpu/check_trainer_cuda.py --out gpu_check.json

Writes the JSON summary to ``--out`` (default ``$OUT/gpu_check.json`` when ``$OUT`` is set).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import logging
import os
import platform
import sys
import time
import traceback
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[2]
for _p in (ROOT / "services" / "training", ROOT / "libs"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

import numpy as np
import onnxruntime as ort
import torch

import medenclave_training.adapters.outbound.torch_trainer as trainer_mod
from medenclave_testing.training_data import SIZE, training_data
from medenclave_training.adapters.outbound.torch_trainer import TorchTrainer
from medenclave_training.core.ports import TrainingData, TrainingFailed

dataset = training_data   # the generator the trainer's tests use


# --- instrumentation (no change to the trainer itself) -------------------------------------

class _Probe:
    """Wraps ``trainer_mod.build_classifier`` to see where the net lives and which dtype its
    first convolution produces in training mode (float16 under autocast)."""

    def __init__(self) -> None:
        self.param_device: str | None = None
        self.train_conv_dtypes: set[str] = set()

    def build(self, num_classes: int) -> torch.nn.Module:
        net = _ORIG_BUILD(num_classes)
        conv = next(m for m in net.modules() if isinstance(m, torch.nn.Conv2d))

        def hook(mod, _inp, out):
            if mod.training:
                self.train_conv_dtypes.add(str(out.dtype).replace("torch.", ""))
                if self.param_device is None:
                    self.param_device = str(next(mod.parameters()).device)
        conv.register_forward_hook(hook)
        return net


_ORIG_BUILD = trainer_mod.build_classifier


class _LogCapture(logging.Handler):
    """Collects the trainer's own log records (warnings and errors carry a code)."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname} {getattr(record, 'code', '')} "
                          f"{record.getMessage()} {getattr(record, 'fields', '')}".strip())


def run_job(name: str, data: TrainingData, *, device: str, amp: bool, epochs: int, seed: int,
            batch_size: int, threads: int) -> dict:
    trainer = TorchTrainer(torch_threads=threads, amp=amp, batch_size=batch_size)
    probe = _Probe()
    fit_s: list[float] = []
    orig_fit = trainer._fit

    def timed_fit(*a, **kw):
        if device == "cuda":
            torch.cuda.synchronize()
        t = time.perf_counter()
        out = orig_fit(*a, **kw)
        if device == "cuda":
            torch.cuda.synchronize()
        fit_s.append(time.perf_counter() - t)
        return out

    trainer._fit = timed_fit  # instance attribute shadows the method for self._fit(...)
    rec: dict = {"name": name, "device": device, "amp": amp, "epochs": epochs,
                 "batch_size": batch_size, "torch_threads": threads,
                 "n_train": len(data.train_images), "n_val": len(data.val_images)}
    patches = [mock.patch.object(trainer_mod, "build_classifier", probe.build)]
    if device == "cpu":
        patches.append(mock.patch.object(torch.cuda, "is_available", lambda: False))
    if device == "cuda":
        torch.cuda.reset_peak_memory_stats()
    logs = _LogCapture()
    trainer_mod.log.addHandler(logs)
    rec["trainer_log"] = logs.lines  # e.g. TRN-310: dynamo export failed, TorchScript fallback
    t0 = time.perf_counter()
    try:
        for p in patches:
            p.start()
        try:
            trained = trainer.train_blocking(data=data, epochs=epochs, seed=seed)
        finally:
            for p in reversed(patches):
                p.stop()
            trainer_mod.log.removeHandler(logs)
    except TrainingFailed as exc:
        rec.update(ok=False, error=f"TrainingFailed({exc.code!r})",
                   traceback=traceback.format_exc(), seconds=round(time.perf_counter() - t0, 3))
        return rec
    except Exception as exc:  # report, don't hide: this is what the check is for
        rec.update(ok=False, error=f"{type(exc).__name__}: {exc}",
                   traceback=traceback.format_exc(), seconds=round(time.perf_counter() - t0, 3))
        return rec
    total = time.perf_counter() - t0
    rec.update(ok=True, seconds=round(total, 3),
               fit_seconds=round(fit_s[0], 3) if fit_s else None,
               export_and_check_seconds=round(total - fit_s[0], 3) if fit_s else None,
               val_accuracy=round(trained.val_accuracy, 4),
               train_loss=round(trained.train_loss, 5),
               onnx_bytes=len(trained.onnx),
               # train_blocking returns only after _verify passed (onnxruntime vs torch)
               onnx_checked_by_onnxruntime=True,
               net_device_during_training=probe.param_device,
               train_conv_output_dtypes=sorted(probe.train_conv_dtypes))
    if device == "cuda":
        rec["peak_cuda_mem_mib"] = round(torch.cuda.max_memory_allocated() / 2**20, 1)
    # independent re-check: the returned ONNX on the whole validation set
    sess = ort.InferenceSession(trained.onnx, providers=["CPUExecutionProvider"])
    xv = np.stack(list(data.val_images)).astype(np.float32)
    probs = sess.run(["probabilities"], {"image": xv})[0]
    yv = np.asarray(list(data.val_labels))
    rec.update(onnx_input_type=sess.get_inputs()[0].type,
               onnx_val_accuracy=round(float((probs.argmax(1) == yv).mean()), 4),
               onnx_probs_sum_ok=bool(np.allclose(probs.sum(1), 1.0, atol=1e-5)))
    return rec


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cpu-only", action="store_true", help="skip cuda (local smoke test)")
    ap.add_argument("--job", action="append", default=None, metavar="NTRAIN,NVAL,EPOCHS,BATCH",
                    help="a job to run on every device (repeatable; default 512,128,8,16 — "
                         "batch 16 is the trainer's default)")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--cpu-threads", type=int, default=2, help="the service's default")
    ap.add_argument("--skip-cpu", action="store_true")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()

    out = args.out or (str(Path(os.environ["OUT"]) / "gpu_check.json")
                       if os.environ.get("OUT") else None)
    cuda = torch.cuda.is_available()
    summary: dict = {
        "date": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "torch_cuda": torch.version.cuda,
        "cudnn": torch.backends.cudnn.version() if cuda else None,
        "onnxruntime": ort.__version__,
        "monai": __import__("monai").__version__,
        "numpy": np.__version__,
        "device_name": torch.cuda.get_device_name(0) if cuda else None,
        "bf16_supported": torch.cuda.is_bf16_supported() if cuda else None,
        "runs": [],
    }
    jobs = [tuple(int(v) for v in j.split(",")) for j in (args.job or ["512,128,8,16"])]
    summary["jobs"] = [dict(zip(("n_train", "n_val", "epochs", "batch_size"), j)) for j in jobs]
    if not args.cpu_only:
        if not cuda:
            print("no CUDA device visible (use --cpu-only for a local run)", file=sys.stderr)
            return 2
        # warm-up (CUDA context, cuDNN kernel choice, autocast caches): not timed/reported
        warm = dataset(32, 8, seed=1)
        for amp in (False, True):
            w = run_job("warmup", warm, device="cuda", amp=amp, epochs=1, seed=0,
                        batch_size=16, threads=2)
            summary.setdefault("warmup", []).append(
                {k: w.get(k) for k in ("amp", "ok", "seconds", "error")})
    for n_train, n_val, epochs, batch in jobs:
        t = time.perf_counter()
        data = dataset(n_train, n_val)
        summary.setdefault("data_build_seconds", []).append(round(time.perf_counter() - t, 3))
        common = dict(epochs=epochs, seed=args.seed, batch_size=batch)
        tag = f"{n_train}/{n_val} e{epochs} b{batch}"
        if not args.cpu_only:
            for amp in (False, True):
                summary["runs"].append(run_job(f"{tag} cuda amp={amp}", data, device="cuda",
                                               amp=amp, threads=2, **common))
        if not args.skip_cpu:
            summary["runs"].append(run_job(f"{tag} cpu", data, device="cpu", amp=False,
                                           threads=args.cpu_threads, **common))
            if args.cpu_only:  # amp=True on CPU must be a no-op in the trainer
                summary["runs"].append(run_job(f"{tag} cpu amp=True (ignored)", data,
                                               device="cpu", amp=True,
                                               threads=args.cpu_threads, **common))

    summary["all_ok"] = all(r["ok"] for r in summary["runs"]) and bool(summary["runs"])
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(json.dumps(summary, indent=2) + "\n")

    # compact markdown summary
    print(f"\n## TorchTrainer check — {summary['device_name'] or 'CPU only'}")
    print(f"torch {summary['torch']} (cuda {summary['torch_cuda']}), monai {summary['monai']}, "
          f"onnxruntime {summary['onnxruntime']}, python {summary['python']}")
    print(f"jobs: NTRAIN/NVAL images {SIZE}x{SIZE}, eEPOCHS, bBATCH; seed {args.seed}; "
          f"cpu runs use {args.cpu_threads} torch threads\n")
    print("| run | ok | total s | fit s | export+check s | val acc | onnx val acc | loss "
          "| conv dtype (train) | ort-checked |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in summary["runs"]:
        if r["ok"]:
            print(f"| {r['name']} | yes | {r['seconds']:.2f} | {r['fit_seconds']:.2f} | "
                  f"{r['export_and_check_seconds']:.2f} | {r['val_accuracy']:.3f} | "
                  f"{r['onnx_val_accuracy']:.3f} | {r['train_loss']:.4f} | "
                  f"{','.join(r['train_conv_output_dtypes'])} on {r['net_device_during_training']}"
                  f" | {r['onnx_checked_by_onnxruntime']} |")
        else:
            print(f"| {r['name']} | NO: {r['error']} | {r['seconds']:.2f} | | | | | | | |")
    for r in summary["runs"]:
        for line in r.get("trainer_log", []):
            print(f"- {r['name']}: trainer log: {line}")
    for r in summary["runs"]:
        if not r["ok"]:
            print(f"\n### {r['name']} traceback\n{r['traceback']}")
    print(f"\nall_ok={summary['all_ok']}" + (f"  (json: {out})" if out else ""))
    return 0 if summary["all_ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
