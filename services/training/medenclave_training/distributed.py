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
:class:`~medenclave_training.core.runtime.RuntimeOptions`; ``training`` also carries ``lr``,
``optimizer``, ``lr_schedule`` and ``early_stopping`` {``patience``, ``min_delta``}, as in a job
config; and ``model``, a job config's model block: the network to train instead of the small
DenseNet). The loop is the service's own (:func:`~medenclave_training.adapters.outbound.
train_loop.fit`): the same optimisers, schedules and early stopping (rank 0's validation loss,
broadcast, so every rank stops at the same epoch).

Checkpoints (``--checkpoint-dir DIR --key-dir KEYS --job-id ID``, the service's encrypted
checkpoint store and its file key-encryption key): rank 0 writes ``DIR/ID.ckpt`` every
``training.checkpoint_every`` steps and at each epoch's end; at the start every rank loads it
(a run killed and started again resumes where it stopped). Each process asks the kernel to
kill it when its parent (torchrun's agent) dies, so no rank outlives a killed launcher.

Exit codes: 0 done; 2 the bundle, the config or the arguments were refused (the code names
what, never a value); 3 training or export failed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import signal
import sys
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["DEFAULT_LR", "BundleInvalid", "die_with_parent", "load_bundle", "main", "read_optim"]

#: the largest bundle accepted (bytes on disk); the service writes one per job
DEFAULT_MAX_BUNDLE_BYTES = 8 * 1024**3
#: the learning rate when the config's ``training`` block names none (the service's default)
DEFAULT_LR = 2e-3
_JOB_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
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
    parser.add_argument("--checkpoint-dir", type=Path, default=None)
    parser.add_argument("--key-dir", type=Path, default=None)
    parser.add_argument("--job-id", default="")
    return parser.parse_args(argv)


def die_with_parent(sig: int = signal.SIGKILL) -> None:
    """Ask Linux to send ``sig`` to this process when its parent dies (PR_SET_PDEATHSIG);
    if the parent is gone already, exit. Elsewhere, nothing."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    parent = os.getppid()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, int(sig), 0, 0, 0)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)


def _refuse(code: str) -> int:
    print(json.dumps({"code": "TRN-330", "msg": "distributed job refused", "error": code}),
          file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    die_with_parent()
    args = _arguments(argv)
    if args.bundle is None or args.out is None:
        return _refuse("arguments_missing")
    if not 1 <= args.epochs <= 1000 or not 1 <= args.batch_size <= 4096 \
            or not 1 <= args.threads <= 256:
        return _refuse("arguments_invalid")
    if (args.checkpoint_dir is None) != (args.key_dir is None) or (
            args.checkpoint_dir is not None and not _JOB_ID.match(args.job_id)):
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
        lr, optim = read_optim(config)
    except ValueError:
        return _refuse("config_invalid")
    return _train(bundle, options, args, model, lr=lr, optim=optim)


def read_optim(config: Any) -> tuple[float, Any]:
    """The ``training`` block's learning rate (default 0.002) and
    :class:`~medenclave_training.core.optim_options.OptimOptions`.

    Raises:
        ValueError: a value out of range or of the wrong type.
    """
    from medenclave_training.core.optim_options import OptimOptions

    training = config.get("training") if isinstance(config, dict) else None
    if training is None:
        return DEFAULT_LR, OptimOptions()
    if not isinstance(training, dict):
        raise ValueError("training must be an object")
    lr = training.get("lr", DEFAULT_LR)
    if isinstance(lr, bool) or not isinstance(lr, int | float) or not 0 < lr <= 10:
        raise ValueError("lr out of range")
    stop = training.get("early_stopping")
    if stop is not None and not isinstance(stop, dict):
        raise ValueError("early_stopping must be an object")
    patience, min_delta = (stop or {}).get("patience"), (stop or {}).get("min_delta", 0.0)
    if stop is not None and (isinstance(patience, bool) or not isinstance(patience, int)
                             or isinstance(min_delta, bool)
                             or not isinstance(min_delta, int | float)):
        raise ValueError("early_stopping invalid")
    return float(lr), OptimOptions(  # checks the names and ranges (ValueError)
        optimizer=str(training.get("optimizer", "adam")),
        lr_schedule=str(training.get("lr_schedule", "constant")),
        patience=patience, min_delta=float(min_delta))


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


def _checkpoints(args: argparse.Namespace) -> Any:
    """The job's checkpoints in the service's encrypted store (None: none asked for)."""
    if args.checkpoint_dir is None:
        return None
    from medenclave.security.crypto import EnvelopeCipher, FileKeyEncryptionKey
    from medenclave_training.adapters.outbound.checkpoints import CheckpointStore

    store = CheckpointStore(args.checkpoint_dir, EnvelopeCipher(FileKeyEncryptionKey(
        args.key_dir)))
    return store.for_job(args.job_id)


def _train(bundle: dict[str, Any], options: Any, args: argparse.Namespace,
           model: Any = None, *, lr: float = DEFAULT_LR, optim: Any = None) -> int:
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
    xv = torch.from_numpy(bundle["val_images"])
    val = (xv, torch.from_numpy(bundle["val_labels"].astype(np.int64))) \
        if optim is not None and optim.patience is not None else None
    try:
        loop = fit(build=build,
                   x=torch.from_numpy(bundle["train_images"]),
                   y=torch.from_numpy(bundle["train_labels"].astype(np.int64)),
                   epochs=args.epochs, seed=args.seed,
                   batch_size=max(args.batch_size, world_size), lr=lr, options=options,
                   device=device, rank=rank, world_size=world_size,
                   checkpoints=_checkpoints(args), optim=optim, val=val,
                   progress=_progress_writer(args.progress) if rank == 0 else None)
        if rank == 0:
            served = _WithSoftmax(loop.model).eval()
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
