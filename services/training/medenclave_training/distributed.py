"""Data-parallel training under torchrun: ``python -m torch.distributed.run --nproc_per_node N
[--nnodes M ...] -m medenclave_training.distributed --bundle JOB.npz --out DIR``.

The entry point the Kubernetes PyTorchJob and Indexed Job name (deploy/k8s/components). Every
process reads the same job bundle (de-identified model inputs and labels, ``.npz`` without
pickles), trains its share of every batch with DDP (gloo on CPU, NCCL on GPUs), and only rank 0
checks the model, exports it to ONNX (checked against torch with onnxruntime) and writes
``DIR/model.onnx`` and ``DIR/metrics.json`` (and, with ``--progress FILE``, one JSON line per
epoch there). The bundle and the output folder may also be named
by ``MEDENCLAVE_TRAINING_JOB_BUNDLE`` and ``MEDENCLAVE_TRAINING_JOB_OUT``; the job's runtime
options by ``--config`` (a JSON object: ``training``, ``distributed``; see
:class:`~medenclave_training.core.runtime.RuntimeOptions`; and ``model``, a job config's model
block: the network to train instead of the small DenseNet).

Exit codes: 0 done; 2 the bundle, the config or the arguments were refused (the code names
what, never a value); 3 training or export failed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["BundleInvalid", "load_bundle", "main"]

#: the largest bundle accepted (bytes on disk); the service writes one per job
DEFAULT_MAX_BUNDLE_BYTES = 8 * 1024**3
_MAX_CLASSES = 1000
_ARRAYS = ("train_images", "train_labels", "val_images", "val_labels", "num_classes")


class BundleInvalid(ValueError):
    """The job bundle cannot be used. ``code``: ``bundle_unreadable``, ``bundle_too_large``,
    ``bundle_<array>_missing``, ``bundle_<array>_invalid``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def load_bundle(path: Path, *, max_bytes: int = DEFAULT_MAX_BUNDLE_BYTES) -> dict[str, Any]:
    """Read and check a job bundle: float32 ``[N, 1, S, S]`` images, int labels in range.

    Raises:
        BundleInvalid: with a code.
    """
    try:
        if path.stat().st_size > max_bytes:
            raise BundleInvalid("bundle_too_large")
        with np.load(path, allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in _ARRAYS if name in npz.files}
    except BundleInvalid:
        raise
    except (OSError, ValueError, zipfile.BadZipFile, EOFError):
        raise BundleInvalid("bundle_unreadable") from None
    for name in _ARRAYS:
        if name not in arrays:
            raise BundleInvalid(f"bundle_{name}_missing")
    classes = arrays["num_classes"]
    if classes.shape != () or classes.dtype.kind not in "iu" \
            or not 2 <= int(classes) <= _MAX_CLASSES:
        raise BundleInvalid("bundle_num_classes_invalid")
    for side in ("train", "val"):
        images, labels = arrays[f"{side}_images"], arrays[f"{side}_labels"]
        if images.dtype != np.float32 or images.ndim != 4 or images.shape[1] != 1 \
                or images.shape[2] != images.shape[3] or not 16 <= images.shape[2] <= 512 \
                or len(images) < 2 or not np.isfinite(images).all():
            raise BundleInvalid(f"bundle_{side}_images_invalid")
        if labels.dtype.kind not in "iu" or labels.shape != (len(images),) \
                or labels.min() < 0 or labels.max() >= int(classes):
            raise BundleInvalid(f"bundle_{side}_labels_invalid")
    if arrays["train_images"].shape[2:] != arrays["val_images"].shape[2:]:
        raise BundleInvalid("bundle_val_images_invalid")
    return arrays


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="medenclave_training.distributed")
    parser.add_argument("--bundle", type=Path,
                        default=os.environ.get("MEDENCLAVE_TRAINING_JOB_BUNDLE"))
    parser.add_argument("--out", type=Path, default=os.environ.get("MEDENCLAVE_TRAINING_JOB_OUT"))
    parser.add_argument("--config", type=Path, default=None)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--progress", type=Path, default=None,
                        help="rank 0 appends one JSON line per epoch: epoch, loss")
    return parser.parse_args(argv)


def _refuse(code: str) -> int:
    print(json.dumps({"code": "TRN-330", "msg": "distributed job refused", "error": code}),
          file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if args.bundle is None or args.out is None:
        return _refuse("arguments_missing")
    if not 1 <= args.epochs <= 1000 or not 1 <= args.batch_size <= 4096 \
            or not 1 <= args.threads <= 256:
        return _refuse("arguments_invalid")
    try:
        bundle = load_bundle(args.bundle)
    except BundleInvalid as exc:
        return _refuse(exc.code)
    from medenclave_training.core.runtime import InvalidRuntimeOptions, RuntimeOptions

    try:
        config = json.loads(args.config.read_text()) if args.config else {}
        options = RuntimeOptions.from_dict(config if isinstance(config, dict) else None)
    except (OSError, ValueError):
        return _refuse("config_invalid")
    except InvalidRuntimeOptions:
        return _refuse("config_invalid")
    try:
        model = _model(config, image_size=int(bundle["train_images"].shape[-1]))
    except ValueError:
        return _refuse("config_invalid")
    return _train(bundle, options, args, model)


def _model(config: Any, *, image_size: int) -> Any:
    """The config's ``model`` block (checked by the job config's parser; JSON is YAML), or
    None for the service's small DenseNet.

    Raises:
        ValueError: the block is not a valid model.
    """
    if not isinstance(config, dict) or "model" not in config:
        return None
    from medenclave_training.core.job_config import parse_job_config

    doc = {"model": config["model"], "data": {"image_size": image_size}}
    return parse_job_config(json.dumps(doc).encode("utf-8")).model  # InvalidJobConfig: ValueError


def _progress_writer(path: Path | None) -> Any:
    """fit's per-epoch hook on rank 0: one line ``{"epoch", "loss"}`` per epoch in ``path``
    (the service reads it for the job log and to see a cancel); never stops the run itself."""
    if path is None:
        return None

    def note(epoch: int, loss: float) -> bool:
        with path.open("a", encoding="utf-8") as f:
            f.write(json.dumps({"epoch": epoch, "loss": loss}) + "\n")
        return True
    return note


def _train(bundle: dict[str, Any], options: Any, args: argparse.Namespace,
           model: Any = None) -> int:
    import torch
    import torch.distributed as dist

    from medenclave.files import private_dir, write_private
    from medenclave_training.adapters.outbound.networks import build_network
    from medenclave_training.adapters.outbound.onnx_check import check_export
    from medenclave_training.adapters.outbound.torch_trainer import (
        TorchTrainer,
        _WithSoftmax,
        build_classifier,
    )
    from medenclave_training.adapters.outbound.train_loop import fit
    from medenclave_training.core.ports import TrainingFailed

    torch.set_num_threads(args.threads)
    world_size = int(os.environ.get("WORLD_SIZE", "1"))
    rank = int(os.environ.get("RANK", "0"))
    local_rank = int(os.environ.get("LOCAL_RANK", "0"))
    cuda = torch.cuda.is_available()
    device = torch.device(f"cuda:{local_rank}" if cuda else "cpu")
    if cuda:
        torch.cuda.set_device(device)
    if world_size > 1:
        dist.init_process_group(backend="nccl" if cuda else "gloo")
    classes = int(bundle["num_classes"])
    size = int(bundle["train_images"].shape[-1])

    def build() -> torch.nn.Module:
        if model is None:
            return build_classifier(classes)
        return build_network(model, dims=2, in_channels=1, out_channels=classes,
                             image_size=size)
    try:
        loop = fit(build=build,
                   x=torch.from_numpy(bundle["train_images"]),
                   y=torch.from_numpy(bundle["train_labels"].astype(np.int64)),
                   epochs=args.epochs, seed=args.seed,
                   batch_size=max(args.batch_size, world_size), lr=2e-3, options=options,
                   device=device, rank=rank, world_size=world_size,
                   progress=_progress_writer(args.progress) if rank == 0 else None)
        if rank == 0:
            served = _WithSoftmax(loop.model).eval()
            xv = torch.from_numpy(bundle["val_images"])
            with torch.no_grad():
                pred = torch.cat([served(xv[i:i + 64]).argmax(dim=1)
                                  for i in range(0, len(xv), 64)])
            accuracy = float((pred.numpy() == bundle["val_labels"]).mean())
            trainer = TorchTrainer(torch_threads=args.threads)
            sample = xv[:8]
            onnx = trainer._export(served, sample)
            # the whole validation split, max abs diff 1e-4 (fp32)
            check_export(served, onnx, {"image": bundle["val_images"].astype(np.float32)})
            private_dir(args.out)
            write_private(args.out / "model.onnx", onnx)
            write_private(args.out / "metrics.json", json.dumps({
                "val_accuracy": accuracy, "train_loss": loop.train_loss,
                "world_size": world_size, "backend": "nccl" if cuda else (
                    "gloo" if world_size > 1 else "none"),
                "runtime": loop.figures(), "privacy": dict(loop.privacy)}, sort_keys=True))
    except TrainingFailed as exc:
        print(json.dumps({"code": "TRN-331", "msg": "distributed job failed",
                          "error": exc.code, "rank": rank}), file=sys.stderr)
        return 3
    finally:
        if world_size > 1 and dist.is_initialized():
            dist.barrier()
            dist.destroy_process_group()
    return 0


if __name__ == "__main__":
    sys.exit(main())
