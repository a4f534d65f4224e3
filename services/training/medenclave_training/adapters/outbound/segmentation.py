"""The ``segmentation`` task: a MONAI UNet (2-D, one input channel) trained on images and
their masks with Dice + cross-entropy, scored by Dice on validation and test, exported to ONNX
(``image [N, 1, S, S]`` → ``probabilities [N, C, S, S]``, dynamic batch) and checked against
PyTorch on the whole validation split.

Masks are integer class maps in the model input's geometry (``S × S``, 0 = background); the
served classes are 0 … the largest class in the training masks (at least 2). The optimiser,
lr schedule and early stopping (on the validation loss) of the job's ``training`` block apply.
Not yet: checkpoints (a segmentation job cut short starts again), DP, amp, processes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import torch

from medenclave_training.adapters.outbound.networks import build_network
from medenclave_training.adapters.outbound.onnx_check import check_export, export_onnx
from medenclave_training.adapters.outbound.optimisers import (
    EarlyStopper,
    make_optimizer,
    make_schedule,
)
from medenclave_training.adapters.outbound.train_loop import batches
from medenclave_training.core.job_config import JobConfig
from medenclave_training.core.optim_options import optim_options
from medenclave_training.core.ports import (
    Progress,
    TrainedModel,
    TrainingCancelled,
    TrainingData,
    TrainingFailed,
)

__all__ = ["MAX_SEGMENTATION_CLASSES", "dice_scores", "train_segmentation"]

#: a mask naming a class above this is refused (``segmentation_classes_invalid``)
MAX_SEGMENTATION_CLASSES = 32


class _Probabilities(torch.nn.Module):
    """The served graph: per-pixel logits → per-pixel class probabilities."""

    def __init__(self, net: torch.nn.Module) -> None:
        super().__init__()
        self.net = net

    def forward(self, image: torch.Tensor) -> torch.Tensor:
        return torch.softmax(self.net(image), dim=1)


def _masks(masks: Sequence[np.ndarray], images: int, size: int) -> torch.Tensor:
    if len(masks) != images:
        raise TrainingFailed("segmentation_masks_missing")
    out = np.stack([np.asarray(m).reshape(size, size) for m in masks]) if images else \
        np.zeros((0, size, size))
    if out.size and (out.min() < 0 or out.max() >= MAX_SEGMENTATION_CLASSES):
        raise TrainingFailed("segmentation_classes_invalid")
    return torch.from_numpy(out.astype(np.int64))


def _flip_pair(x: torch.Tensor, m: torch.Tensor, gen: torch.Generator
               ) -> tuple[torch.Tensor, torch.Tensor]:
    """The same random horizontal and vertical flips on each image and its mask."""
    h = torch.rand(len(x), generator=gen) < 0.5
    v = torch.rand(len(x), generator=gen) < 0.5
    x, m = x.clone(), m.clone()
    x[h], m[h] = x[h].flip(-1), m[h].flip(-1)
    x[v], m[v] = x[v].flip(-2), m[v].flip(-2)
    return x, m


def dice_scores(predicted: np.ndarray, target: np.ndarray, classes: int) -> dict[str, float]:
    """Dice per foreground class over the whole split (``2|P∩T| / (|P| + |T|)``; a class in
    neither is left out) and their mean (``dice``); ``pixel_accuracy`` besides."""
    out: dict[str, float] = {}
    for c in range(1, classes):
        p, t = predicted == c, target == c
        denominator = int(p.sum() + t.sum())
        if denominator:
            out[f"dice_class_{c}"] = round(2.0 * int((p & t).sum()) / denominator, 6)
    scores = list(out.values())
    out["dice"] = round(float(np.mean(scores)), 6) if scores else 0.0
    out["pixel_accuracy"] = round(float((predicted == target).mean()), 6) if target.size else 0.0
    return out


def _predict(net: torch.nn.Module, x: torch.Tensor) -> np.ndarray:
    net.eval()
    with torch.no_grad():
        return torch.cat([net(x[i:i + 32]).argmax(dim=1) for i in range(0, len(x), 32)]
                         ).numpy() if len(x) else np.zeros((0, *x.shape[2:]), np.int64)


def train_segmentation(config: JobConfig, data: TrainingData, *, threads: int = 2,
                       progress: Progress | None = None) -> TrainedModel:
    """Train, score, export and check a segmentation UNet (``config.training``: epochs, seed,
    batch size, lr, optimiser, lr schedule, early stopping).

    Raises:
        TrainingFailed: ``segmentation_masks_missing`` (an image without its mask),
            ``segmentation_classes_invalid``, ``training_diverged``, ``export_failed``,
            ``export_mismatch``, ``model_args_invalid``.
        TrainingCancelled: ``progress`` returned False.
    """
    from monai.losses import DiceCELoss  # heavy; imported when a segmentation job runs

    training, size = config.training, data.image_size
    torch.set_num_threads(threads)
    torch.manual_seed(training.seed)
    gen = torch.Generator().manual_seed(training.seed)
    x = torch.from_numpy(np.stack(list(data.train_images)).astype(np.float32))
    vx = torch.from_numpy(np.stack(list(data.val_images)).astype(np.float32))
    m, vm = _masks(data.train_masks, len(x), size), _masks(data.val_masks, len(vx), size)
    classes = max(2, int(m.max()) + 1)
    net = build_network(config.model, dims=2, in_channels=1, out_channels=classes,
                        image_size=size)
    optim = optim_options(config)
    opt = make_optimizer(optim.optimizer, net.parameters(), training.lr)
    per_epoch = len(batches(len(x), training.batch_size, torch.Generator()))
    schedule = make_schedule(optim.lr_schedule, opt, lr=training.lr,
                             total_steps=training.epochs * per_epoch)
    stopper = EarlyStopper.of(optim)
    loss_fn = DiceCELoss(to_onehot_y=True, softmax=True)
    epoch_loss, epochs_run = math.nan, 0
    while epochs_run < training.epochs and not stopper.stopped_at:
        net.train()
        total = 0.0
        for idx in batches(len(x), training.batch_size, gen):
            xb, mb = _flip_pair(x[idx], m[idx], gen)
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(net(xb), mb.unsqueeze(1))
            loss.backward()
            opt.step()
            if schedule is not None:
                schedule.step()
            total += float(loss.detach()) * len(idx)
        epochs_run += 1
        epoch_loss = total / max(len(x), 1)
        if not math.isfinite(epoch_loss):
            raise TrainingFailed("training_diverged")
        if stopper.active and len(vx):
            net.eval()
            with torch.no_grad():
                stopper.update(epochs_run, float(loss_fn(net(vx), vm.unsqueeze(1))))
        if progress is not None and not progress(epochs_run, epoch_loss):
            raise TrainingCancelled
    validation = dice_scores(_predict(net, vx), vm.numpy(), classes)
    metrics: dict[str, object] = {
        "task": "segmentation", "classes": classes, "optimizer": optim.optimizer,
        "lr_schedule": optim.lr_schedule, "epochs_run": epochs_run,
        "stopped_early": bool(stopper.stopped_at), "validation": validation}
    if len(data.test_images):
        tx = torch.from_numpy(np.stack(list(data.test_images)).astype(np.float32))
        metrics["test"] = dice_scores(_predict(net, tx), _masks(data.test_masks, len(tx), size
                                                                 ).numpy(), classes)
    served = _Probabilities(net).eval()
    onnx = export_onnx(served, {"image": vx.numpy()})
    metrics["onnx_max_abs_diff"] = check_export(served, onnx, {"image": vx.numpy()})
    return TrainedModel(onnx=onnx, val_accuracy=validation["pixel_accuracy"],
                        train_loss=epoch_loss, metrics=metrics, num_classes=classes,
                        segmentation=True)
