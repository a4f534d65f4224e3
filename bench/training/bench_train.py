"""Training runtime benchmark, same data, same model, same steps, same run:

1. the platform's training path (``train_loop.fit``: runtime options, encrypted checkpoints
   every 50 steps and at each epoch's end, figures) against a bare PyTorch loop (the same
   DenseNet, Adam, batches and flips, nothing else) — goal: overhead ≤ 5 %. Both run warm in
   this one process (imports done, a warm-up fit first); the platform is timed by ``fit``'s
   own figure (its loop, until the last checkpoint is on disk) and around the whole call;
   ``medenclave train`` from a cold start is not measured here (see docs/benchmarks.md);
2. DP-SGD (Opacus, ε = 8, δ = 1e-5) against non-private training: samples/s;
3. bf16 and fp16 autocast against fp32 on CPU: samples/s (interleaved, this process) and peak
   RSS (VmHWM) of a fresh process per precision (in one process the allocator keeps freed
   memory, so the high-water mark says little about the second run).

Contenders run interleaved, ``--repeat`` rounds, median reported. Data: two classes of
synthetic 64×64 images (``medenclave_testing.training_data``). Run::

    .venv/bin/python bench/training/bench_train.py [--images 256 --epochs 2 --repeat 3 --json]

``--loop-only`` runs (1) alone, at two checkpoint spacings: the training service's default
(``TrainingSettings.checkpoint_every``, read from its config) and ``--worst-every`` steps (the
worst case, default 8), plus the loop without a checkpoint store; the order of the contenders
turns each round, the load average is printed per round, and the time the training thread
spends on checkpoints (handing over, waiting for the last write) is measured per run::

    .venv/bin/python bench/training/bench_train.py --loop-only --images 2048 --repeat 5
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
import torch

from medenclave.security.crypto import EnvelopeCipher, FileKeyEncryptionKey
from medenclave_testing.training_data import training_data
from medenclave_training.adapters.outbound import train_loop
from medenclave_training.adapters.outbound.checkpoints import CheckpointStore
from medenclave_training.adapters.outbound.torch_trainer import build_classifier
from medenclave_training.adapters.outbound.train_loop import batches, fit, flip
from medenclave_training.config import TrainingSettings
from medenclave_training.core.runtime import RuntimeOptions

warnings.filterwarnings("ignore")
BATCH = 32
LR = 2e-3


def bare(x: torch.Tensor, y: torch.Tensor, epochs: int, seed: int) -> float:
    """The reference: a plain loop, samples/s."""
    torch.manual_seed(seed)
    gen = torch.Generator().manual_seed(seed)
    net = build_classifier(2)
    opt = torch.optim.Adam(net.parameters(), lr=LR)
    loss_fn = torch.nn.CrossEntropyLoss()
    start, seen = time.perf_counter(), 0
    for _ in range(epochs):
        net.train()
        for idx in batches(len(x), BATCH, gen):
            xb, yb = flip(x[idx], gen), y[idx]
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(net(xb), yb)
            loss.backward()
            opt.step()
            seen += len(idx)
    return seen / (time.perf_counter() - start)


def platform(x, y, epochs, seed, options, store=None) -> dict:
    """``fit``'s own samples/s (its loop, up to the last checkpoint on disk) and the whole
    call's (building the net, the precision probe, the clean copy it returns)."""
    start = time.perf_counter()
    result = fit(build=lambda: build_classifier(2), x=x, y=y, epochs=epochs, seed=seed,
                 batch_size=BATCH, lr=LR, options=options, device=torch.device("cpu"),
                 checkpoints=store)
    wall = time.perf_counter() - start
    return {**result.figures(), "privacy": dict(result.privacy),
            "call_samples_per_s": len(x) * epochs / wall}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=256)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--loop-only", action="store_true",
                        help="bare loop vs fit at the service's default spacing and the worst")
    parser.add_argument("--worst-every", type=int, default=8)
    parser.add_argument("--one", choices=("fp32", "bf16", "fp16"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    data = training_data(args.images, 2)
    x = torch.from_numpy(np.stack(list(data.train_images)))
    y = torch.tensor(list(data.train_labels))
    if args.one:  # one precision in a fresh process: its peak RSS
        amp = "off" if args.one == "fp32" else args.one
        print(json.dumps(platform(x, y, args.epochs, 0, RuntimeOptions(amp=amp))))
        return 0
    if args.loop_only:
        report = _loop_only(x, y, args)
        print(json.dumps(report, indent=2) if args.json else _table(report))
        return 0
    private = RuntimeOptions.from_dict(
        {"privacy": {"target_epsilon": 8, "delta": 1e-5, "max_grad_norm": 1.0}})
    runs: dict[str, list[dict]] = {k: [] for k in (
        "bare", "platform", "dp_sgd", "fp32", "bf16", "fp16")}
    with tempfile.TemporaryDirectory() as tmp:
        store = CheckpointStore(Path(tmp) / "ckpt",
                                EnvelopeCipher(FileKeyEncryptionKey(Path(tmp) / "keys")))
        platform(x[:64], y[:64], 1, 0, RuntimeOptions())  # warm-up, untimed
        for r in range(args.repeat):
            runs["bare"].append({"samples_per_s": bare(x, y, args.epochs, r)})
            runs["platform"].append(platform(x, y, args.epochs, r, RuntimeOptions(),
                                             store.for_job(f"bench-{r}")))
            store.discard(f"bench-{r}")
            runs["dp_sgd"].append(platform(x, y, args.epochs, r, private))
            for amp in ("fp32", "bf16", "fp16"):
                runs[amp].append(platform(x, y, args.epochs, r, RuntimeOptions(
                    amp="off" if amp == "fp32" else amp)))

    def median(name: str, key: str) -> float:
        return statistics.median(float(run[key]) for run in runs[name])

    report = {
        "images": args.images, "image_size": 64, "epochs": args.epochs, "batch": BATCH,
        "threads": args.threads, "repeat": args.repeat, "torch": torch.__version__,
        "samples_per_s": {k: round(median(k, "samples_per_s"), 1) for k in runs},
        "platform_overhead_pct": round(100 * (1 - median("platform", "samples_per_s")
                                              / median("bare", "samples_per_s")), 1),
        # the same, timed around the whole fit() call
        "platform_call_samples_per_s": round(median("platform", "call_samples_per_s"), 1),
        "platform_call_overhead_pct": round(100 * (1 - median("platform", "call_samples_per_s")
                                                   / median("bare", "samples_per_s")), 1),
        "platform_no_checkpoint_overhead_pct": round(
            100 * (1 - median("fp32", "samples_per_s") / median("bare", "samples_per_s")), 1),
        "dp_sgd_slowdown": round(median("fp32", "samples_per_s")
                                 / median("dp_sgd", "samples_per_s"), 2),
        "dp_epsilon_spent": runs["dp_sgd"][-1]["privacy"]["epsilon"],
        "peak_rss_mb_fresh_process": {amp: round(_fresh(amp, args)["peak_memory_bytes"] / 2**20, 1)
                                      for amp in ("fp32", "bf16", "fp16")},
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            print(f"{key:24} {value}")
    return 0


class _TimedWriter(train_loop.BackgroundCheckpoints):
    """The loop's checkpoint writer, timing what the training thread spends on it: each
    hand-over (waiting for the write before, copying or serialising) and the final wait."""

    spent_s = 0.0
    saves = 0

    def save(self, state: dict) -> None:
        start = time.perf_counter()
        super().save(state)
        _TimedWriter.spent_s += time.perf_counter() - start
        _TimedWriter.saves += 1

    def close(self, *, raise_error: bool = True) -> None:
        start = time.perf_counter()
        super().close(raise_error=raise_error)
        _TimedWriter.spent_s += time.perf_counter() - start


def _loop_only(x: torch.Tensor, y: torch.Tensor, args: argparse.Namespace) -> dict:
    """The bare loop against ``fit`` at the service's default spacing, at the worst case and
    without checkpoints; interleaved, the order turned each round."""
    default_every = TrainingSettings.model_fields["checkpoint_every"].default
    spacings = {f"platform_every_{default_every}": default_every,
                f"platform_every_{args.worst_every}": args.worst_every}
    names = ["bare", *spacings, "platform_no_checkpoints"]
    runs: dict[str, list[dict]] = {k: [] for k in names}
    loads = []
    train_loop.BackgroundCheckpoints = _TimedWriter  # type: ignore[misc]
    with tempfile.TemporaryDirectory() as tmp:
        store = CheckpointStore(Path(tmp) / "ckpt",
                                EnvelopeCipher(FileKeyEncryptionKey(Path(tmp) / "keys")))
        platform(x[:64], y[:64], 1, 0, RuntimeOptions())  # warm-up, untimed
        for r in range(args.repeat):
            loads.append(round(os.getloadavg()[0], 2))
            order = names[r % len(names):] + names[:r % len(names)]
            for name in order:
                if name == "bare":
                    runs[name].append({"samples_per_s": bare(x, y, args.epochs, r)})
                    continue
                every = spacings.get(name)
                _TimedWriter.spent_s, _TimedWriter.saves = 0.0, 0
                job = store.for_job(f"bench-{r}") if every else None
                runs[name].append({**platform(
                    x, y, args.epochs, r, RuntimeOptions(checkpoint_every=every or 1), job),
                    "checkpoint_ms": round(1000 * _TimedWriter.spent_s, 1),
                    "checkpoints": _TimedWriter.saves})
                store.discard(f"bench-{r}")
        loads.append(round(os.getloadavg()[0], 2))

    def median(name: str, key: str) -> float:
        return statistics.median(float(run[key]) for run in runs[name])

    bare_median = median("bare", "samples_per_s")
    platforms = names[1:]
    return {
        "images": args.images, "epochs": args.epochs, "batch": BATCH, "threads": args.threads,
        "steps": args.epochs * len(train_loop.batches(len(x), BATCH, torch.Generator())),
        "repeat": args.repeat, "torch": torch.__version__,
        "service_default_checkpoint_every": default_every, "worst_every": args.worst_every,
        "load_average_per_round": loads,
        "samples_per_s": {k: round(median(k, "samples_per_s"), 1) for k in names},
        "overhead_pct": {k: round(100 * (1 - median(k, "samples_per_s") / bare_median), 1)
                         for k in platforms},
        "call_overhead_pct": {k: round(100 * (1 - median(k, "call_samples_per_s")
                                              / bare_median), 1) for k in platforms},
        "checkpoints_per_run": {k: runs[k][0]["checkpoints"] for k in platforms},
        "checkpoint_ms_on_training_thread": {k: median(k, "checkpoint_ms") for k in platforms},
        "per_round_samples_per_s": {k: [round(float(v["samples_per_s"]), 1) for v in runs[k]]
                                    for k in names},
    }


def _table(report: dict) -> str:
    return "\n".join(f"{key:34} {value}" for key, value in report.items())


def _fresh(amp: str, args: argparse.Namespace) -> dict:
    out = subprocess.run([sys.executable, __file__, "--one", amp, "--images", str(args.images),
                          "--epochs", str(args.epochs), "--threads", str(args.threads)],
                         capture_output=True, text=True, check=True, timeout=600)
    return json.loads(out.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    sys.exit(main())
