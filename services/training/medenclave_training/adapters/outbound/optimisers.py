"""The training loop's optimiser, learning-rate schedule and early stopping, built from
:class:`~medenclave_training.core.optim_options.OptimOptions`.

The schedule is stepped once per loop step (also a step whose DP sample was empty, so the
schedule follows the run's position, not the draws), over ``epochs × steps per epoch``.
Early stopping compares the validation loss at each epoch end with the best so far: an epoch
that does not improve it by more than ``min_delta`` counts; ``patience`` such epochs in a row
stop the run (the weights of its last epoch are kept). Both keep their state in the job's
checkpoint, so a resumed run takes the same steps and stops at the same epoch.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import torch

from medenclave_training.core.optim_options import (
    ADAMW_WEIGHT_DECAY,
    SGD_MOMENTUM,
    STEP_GAMMA,
    OptimOptions,
)

__all__ = ["EarlyStopper", "make_optimizer", "make_schedule", "validation_loss"]


def make_optimizer(name: str, params: Iterable[torch.nn.Parameter], lr: float
                   ) -> torch.optim.Optimizer:
    """``adam``, ``adamw`` (weight decay 0.01) or ``sgd`` (momentum 0.9)."""
    if name == "adam":
        return torch.optim.Adam(params, lr=lr)
    if name == "adamw":
        return torch.optim.AdamW(params, lr=lr, weight_decay=ADAMW_WEIGHT_DECAY)
    if name == "sgd":
        return torch.optim.SGD(params, lr=lr, momentum=SGD_MOMENTUM)
    raise ValueError("unknown optimizer")


def make_schedule(name: str, opt: torch.optim.Optimizer, *, lr: float, total_steps: int
                  ) -> torch.optim.lr_scheduler.LRScheduler | None:
    """The schedule over ``total_steps`` loop steps; None for ``constant``. ``cosine`` anneals
    to 0, ``step`` multiplies by 0.1 after each third, ``onecycle`` warms up to ``lr`` over
    the first 30% and anneals (cycling momentum or Adam's beta1)."""
    total = max(total_steps, 1)
    if name == "constant":
        return None
    if name == "cosine":
        return torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=total)
    if name == "step":
        return torch.optim.lr_scheduler.StepLR(opt, step_size=max(total // 3, 1),
                                               gamma=STEP_GAMMA)
    if name == "onecycle":
        return torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, total_steps=total)
    raise ValueError("unknown lr schedule")


@dataclass
class EarlyStopper:
    """Early stopping on the validation loss (``patience`` None: never stops)."""

    patience: int | None
    min_delta: float = 0.0
    best: float = math.inf
    bad_epochs: int = 0
    #: the epoch (1-based) after which the run stopped; 0: it did not
    stopped_at: int = 0

    @classmethod
    def of(cls, options: OptimOptions) -> EarlyStopper:
        return cls(patience=options.patience, min_delta=options.min_delta)

    @property
    def active(self) -> bool:
        return self.patience is not None

    def update(self, epoch: int, loss: float) -> bool:
        """Note epoch ``epoch``'s validation loss; True when the run stops here."""
        if self.patience is None:
            return False
        if loss < self.best - self.min_delta:
            self.best, self.bad_epochs = loss, 0
        else:
            self.bad_epochs += 1
        if self.bad_epochs >= self.patience:
            self.stopped_at = epoch
        return self.stopped_at > 0

    def state(self) -> dict[str, Any]:
        return {"best": self.best, "bad_epochs": self.bad_epochs, "stopped_at": self.stopped_at}

    def load(self, state: dict[str, Any] | None) -> None:
        if state:
            self.best = float(state["best"])
            self.bad_epochs = int(state["bad_epochs"])
            self.stopped_at = int(state["stopped_at"])


def validation_loss(net: torch.nn.Module, x: torch.Tensor, y: torch.Tensor, *,
                    device: torch.device, dtype: torch.dtype | None) -> float:
    """The mean cross-entropy of ``net`` (put in eval mode) on the validation split."""
    net.eval()
    total = 0.0
    with torch.no_grad():
        for i in range(0, len(x), 64):
            xb, yb = x[i:i + 64].to(device), y[i:i + 64].to(device)
            with torch.autocast(device_type=device.type, dtype=dtype or torch.float32,
                                enabled=dtype is not None):
                logits = net(xb)
            total += float(torch.nn.functional.cross_entropy(
                logits.float(), yb, reduction="sum"))
    return total / max(len(x), 1)
