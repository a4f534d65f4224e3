"""How a job's weights are updated: the optimiser, the learning-rate schedule and early
stopping on the validation loss (the job config's ``training`` block). No I/O here."""

from __future__ import annotations

from dataclasses import dataclass

from medenclave_training.core.job_config import JobConfig

__all__ = ["ADAMW_WEIGHT_DECAY", "OPTIMIZERS", "SCHEDULES", "SGD_MOMENTUM", "STEP_GAMMA",
           "OptimOptions", "optim_options"]

OPTIMIZERS = ("adam", "adamw", "sgd")
SCHEDULES = ("constant", "cosine", "step", "onecycle")
#: ``sgd`` is SGD with this (heavy-ball) momentum; the config has no key for it
SGD_MOMENTUM = 0.9
#: ``adamw``'s decoupled weight decay (torch's default)
ADAMW_WEIGHT_DECAY = 0.01
#: ``step`` multiplies the learning rate by this after each third of the run's steps
STEP_GAMMA = 0.1


@dataclass(frozen=True)
class OptimOptions:
    """The optimiser, its schedule over the run's steps, and early stopping (``patience``
    None: off) on the validation loss, at epoch ends."""

    optimizer: str = "adam"
    lr_schedule: str = "constant"
    patience: int | None = None
    min_delta: float = 0.0

    def __post_init__(self) -> None:
        if self.optimizer not in OPTIMIZERS:
            raise ValueError("unknown optimizer")
        if self.lr_schedule not in SCHEDULES:
            raise ValueError("unknown lr schedule")
        if self.patience is not None and self.patience < 1:
            raise ValueError("patience must be at least 1")
        if self.min_delta < 0:
            raise ValueError("min_delta must not be negative")

    @property
    def is_default(self) -> bool:
        return self == OptimOptions()


def optim_options(config: JobConfig) -> OptimOptions:
    """The ``training`` block's optimiser, schedule and early stopping."""
    training = config.training
    stop = training.early_stopping
    return OptimOptions(optimizer=training.optimizer, lr_schedule=training.lr_schedule,
                        patience=stop.patience if stop is not None else None,
                        min_delta=stop.min_delta if stop is not None else 0.0)
