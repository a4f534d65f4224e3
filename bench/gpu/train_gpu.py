"""One prepared GPU check for the training runtime (≤ 8 minutes on a lent GPU):

* fp32, AMP fp16 (autocast + GradScaler) and bf16 on CUDA through the platform's loop
  (``train_loop.fit``): peak ``torch.cuda.max_memory_allocated`` and samples/s; the brief's
  claim is an AMP memory saving of at least 30 % against fp32;
* gradient checkpointing on top of fp16: memory;
* the same four runs on MONAI's DenseNet121 (2-D, 224×224, the platform's ``build_network``)
  with GroupNorm (the platform's default) and with BatchNorm: a network of the size hospitals
  train, where activations dominate memory;
* DP-SGD (Opacus) against the same loop without privacy, on the small net: samples/s ratio;
* with two or more GPUs, a 2-process DDP run over NCCL (``torchrun`` on
  ``medenclave_training.distributed``), samples/s against one GPU.

Without CUDA it runs a small CPU fallback of the same steps (a dry run; the figures say
``"device": "cpu"``). JSON goes to ``--out`` (default ``$OUT/train_gpu.json`` or stdout)::

    bash bench/gpu/train_gpu.sh            # sets PYTHONPATH, 480 s limit
    python bench/gpu/train_gpu.py --cpu-dry-run
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
import torch

from medenclave_training.adapters.outbound.torch_trainer import build_classifier
from medenclave_training.adapters.outbound.train_loop import fit
from medenclave_training.core.runtime import PrivacyOptions, RuntimeOptions

warnings.filterwarnings("ignore")


def _data(n: int, size: int) -> tuple[torch.Tensor, torch.Tensor]:
    rng = np.random.default_rng(0)
    y = np.arange(n) % 2
    x = rng.normal(0, 1, (n, 1, size, size)).astype(np.float32)
    x[y == 1, :, size // 3:size // 2, size // 3:size // 2] += 2.0
    return torch.from_numpy(x), torch.from_numpy(y)


def _densenet121(size: int, norm: str = "group"):
    from medenclave_training.adapters.outbound.networks import build_network
    from medenclave_training.core.job_config import ModelConfig

    return lambda: build_network(ModelConfig(name="DenseNet121", norm=norm), dims=2,
                                 in_channels=1, out_channels=2, image_size=size)


def _run(x, y, device, amp: str, checkpointing: bool, epochs: int, batch: int,
         build=None, privacy: PrivacyOptions | None = None) -> dict:
    options = RuntimeOptions(amp=amp, gradient_checkpointing=checkpointing, privacy=privacy,
                             checkpoint_every=100_000)
    started = time.perf_counter()
    result = fit(build=build or (lambda: build_classifier(2)), x=x, y=y, epochs=epochs, seed=0,
                 batch_size=batch, lr=2e-3, options=options, device=device)
    if device.type == "cuda":
        torch.cuda.synchronize()
    return {**result.figures(), "amp_requested": amp, "gradient_checkpointing": checkpointing,
            "seconds": round(time.perf_counter() - started, 2),
            "train_loss": round(result.train_loss, 4), "privacy": dict(result.privacy)}


def _guarded(report: dict, key: str, step) -> None:
    """Run one part; a failure is recorded, never fatal, so the JSON always comes back."""
    try:
        report[key] = step()
    except Exception as exc:  # a bench part failing must not lose the others
        report[key] = {"error": f"{type(exc).__name__}: {str(exc)[:500]}"}


def _saving(runs: list[dict]) -> dict:
    fp32, fp16, bf16 = (r.get("peak_memory_bytes", 0) for r in runs[:3])
    return {"fp16_memory_saving_pct": round(100 * (1 - fp16 / fp32), 1) if fp32 else None,
            "bf16_memory_saving_pct": round(100 * (1 - bf16 / fp32), 1) if fp32 else None,
            "fp16_speedup": round(runs[1]["samples_per_s"] / runs[0]["samples_per_s"], 2),
            "bf16_speedup": round(runs[2]["samples_per_s"] / runs[0]["samples_per_s"], 2),
            "claim_30pct_met": bool(fp32) and fp16 <= 0.7 * fp32}


def _ddp(nproc: int, x: torch.Tensor, y: torch.Tensor, epochs: int, batch: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        bundle = Path(tmp) / "job.npz"
        np.savez(bundle, train_images=x.numpy(), train_labels=y.numpy(),
                 val_images=x[:64].numpy(), val_labels=y[:64].numpy(), num_classes=np.int64(2))
        started = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", str(nproc),
             "--master_addr", "127.0.0.1", "--master_port", "29517", "-m",
             "medenclave_training.distributed", "--bundle", str(bundle), "--out",
             str(Path(tmp) / "out"), "--epochs", str(epochs), "--batch-size", str(batch)],
            capture_output=True, text=True, timeout=240, env=os.environ.copy())
        if proc.returncode != 0:
            return {"nproc": nproc, "error": proc.stderr[-1500:]}
        metrics = json.loads((Path(tmp) / "out" / "metrics.json").read_text())
        return {"nproc": nproc, "seconds": round(time.perf_counter() - started, 2), **metrics}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cpu-dry-run", action="store_true")
    parser.add_argument("--images", type=int, default=4096)
    parser.add_argument("--size", type=int, default=128)
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--dense-images", type=int, default=2048)
    parser.add_argument("--dense-size", type=int, default=224)
    parser.add_argument("--dense-batch", type=int, default=64)
    args = parser.parse_args()
    cuda = torch.cuda.is_available() and not args.cpu_dry_run
    device = torch.device("cuda" if cuda else "cpu")
    if not cuda:  # the dry run: the same steps, small
        args.images, args.size, args.batch, args.epochs = 64, 32, 16, 1
        args.dense_images, args.dense_size, args.dense_batch = 16, 32, 8
        torch.set_num_threads(2)
    x, y = _data(args.images, args.size)
    report: dict = {"device": torch.cuda.get_device_name(0) if cuda else "cpu",
                    "torch": torch.__version__, "images": args.images, "size": args.size,
                    "batch": args.batch, "epochs": args.epochs, "runs": []}
    _run(x[:args.batch * 2], y[:args.batch * 2], device, "off", False, 1, args.batch)  # warm-up
    for amp, ckpt in (("off", False), ("fp16", False), ("bf16", False), ("fp16", True)):
        _run(x[:args.batch * 2], y[:args.batch * 2], device, amp, ckpt, 1, args.batch)
        report["runs"].append(_run(x, y, device, amp, ckpt, args.epochs, args.batch))
    fp32 = report["runs"][0]["peak_memory_bytes"]
    fp16 = report["runs"][1]["peak_memory_bytes"]
    report["amp_fp16_memory_saving_pct"] = round(100 * (1 - fp16 / fp32), 1) if fp32 else None
    report["amp_claim_30pct_met"] = bool(fp32) and fp16 <= 0.7 * fp32
    dx, dy = _data(args.dense_images, args.dense_size)

    def densenet(norm: str = "group") -> dict:
        build = _densenet121(args.dense_size, norm)
        _run(dx[:args.dense_batch * 2], dy[:args.dense_batch * 2], device, "off", False, 1,
             args.dense_batch, build)  # warm-up
        runs = []
        for amp, ckpt in (("off", False), ("fp16", False), ("bf16", False), ("fp16", True)):
            # each precision picks its own kernels on first use: warm it up, untimed
            _run(dx[:args.dense_batch * 2], dy[:args.dense_batch * 2], device, amp, ckpt, 1,
                 args.dense_batch, build)
            runs.append(_run(dx, dy, device, amp, ckpt, 1, args.dense_batch, build))
        return {"norm": norm, "images": args.dense_images, "size": args.dense_size,
                "batch": args.dense_batch, "runs": runs, **_saving(runs)}

    def private() -> dict:
        plain = _run(x, y, device, "off", False, args.epochs, args.batch)
        dp = _run(x, y, device, "off", False, args.epochs, args.batch,
                  privacy=PrivacyOptions(target_epsilon=8.0, delta=1e-5, max_grad_norm=1.0))
        return {"plain": plain, "dp": dp,
                "dp_slowdown": round(plain["samples_per_s"] / dp["samples_per_s"], 2)}

    def resumed() -> dict:
        """The service's path on the GPU: encrypted checkpoints written on the background
        thread every 4 steps (fp16 + GradScaler state included), a run killed after its
        second checkpoint, resumed from it, against an uninterrupted run (CUDA kernels are not
        bit-deterministic: the difference is reported, not asserted), and the loop's speed
        with and without checkpoints."""
        from medenclave.security.crypto import EnvelopeCipher, FileKeyEncryptionKey
        from medenclave_training.adapters.outbound.checkpoints import CheckpointStore

        class Killed(Exception):
            pass

        class DiesAfter:
            def __init__(self, inner, n: int) -> None:
                self.inner, self.n, self.saved = inner, n, 0

            def load(self):
                return self.inner.load()

            def save(self, state) -> None:
                self.inner.save(state)
                self.saved += 1
                if self.saved == self.n:
                    raise Killed

        opts = RuntimeOptions(amp="fp16" if cuda else "off", checkpoint_every=4)
        xs, ys = x[:args.batch * 8], y[:args.batch * 8]

        def go(ck=None):
            return fit(build=lambda: build_classifier(2), x=xs, y=ys, epochs=2, seed=0,
                       batch_size=args.batch, lr=2e-3, options=opts, device=device,
                       checkpoints=ck)
        go()  # warm-up
        reference = go()
        with tempfile.TemporaryDirectory() as tmp:
            store = CheckpointStore(Path(tmp) / "ck", EnvelopeCipher(
                FileKeyEncryptionKey(Path(tmp) / "keys")))
            with_ck = go(store.for_job("timed"))
            try:
                go(DiesAfter(store.for_job("job"), 2))
                died = False
            except Killed:
                died = True
            resumed_run = go(store.for_job("job"))
        ref_sd, res_sd = reference.model.state_dict(), resumed_run.model.state_dict()
        diff = max(float((ref_sd[k].float() - res_sd[k].float()).abs().max()) for k in ref_sd)
        return {"killed": died, "resumed_at_step": resumed_run.resumed_at_step,
                "steps": resumed_run.steps, "max_abs_weight_diff": diff,
                "train_loss_reference": round(reference.train_loss, 5),
                "train_loss_resumed": round(resumed_run.train_loss, 5),
                "samples_per_s_no_checkpoints": round(reference.samples_per_s, 1),
                "samples_per_s_checkpoint_every_4": round(with_ck.samples_per_s, 1),
                "amp": opts.amp}

    _guarded(report, "resumed_with_checkpoints", resumed)
    _guarded(report, "densenet121", densenet)
    _guarded(report, "densenet121_batchnorm", lambda: densenet("batch"))
    _guarded(report, "dp_sgd", private)
    gpus = torch.cuda.device_count() if cuda else 0
    if gpus >= 2:
        report["ddp"] = [_ddp(1, x, y, args.epochs, args.batch),
                         _ddp(2, x, y, args.epochs, args.batch)]
    else:
        report["ddp"] = f"skipped: {gpus} GPU(s)"
    text = json.dumps(report, indent=2)
    out = args.out or (Path(os.environ["OUT"]) / "train_gpu.json" if os.environ.get("OUT")
                       else None)
    if out:
        out.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
