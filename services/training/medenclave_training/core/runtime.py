"""How a job trains, beyond what it trains: precision, memory, privacy, checkpoints, processes.

Read from a plain dict (the job config's ``training``, ``privacy`` and ``distributed`` blocks,
as ``parse_job_config`` returns them), so the runtime does not depend on the config's parser.
Every problem is reported at once, as ``"path: problem"`` strings. No I/O here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "AMP_MODES",
    "DistributedOptions",
    "InvalidRuntimeOptions",
    "PrivacyOptions",
    "RuntimeOptions",
]

AMP_MODES = ("off", "fp16", "bf16")
#: checkpoint every this many optimiser steps when the config does not say
DEFAULT_CHECKPOINT_EVERY = 50
_MAX_PROCS = 64


class InvalidRuntimeOptions(ValueError):
    """The options cannot be run. ``errors``: every problem, as ``"path: problem"``."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class PrivacyOptions:
    """DP-SGD: the (ε, δ) to reach over the whole run and the per-sample clipping norm."""

    target_epsilon: float
    delta: float
    max_grad_norm: float
    accountant: str = "rdp"


@dataclass(frozen=True)
class DistributedOptions:
    """torchrun's shape: processes per node and nodes (1 × 1: in the service's process)."""

    nproc_per_node: int = 1
    nnodes: int = 1

    @property
    def world_size(self) -> int:
        return self.nproc_per_node * self.nnodes


@dataclass(frozen=True)
class RuntimeOptions:
    """Precision, memory, privacy, checkpoint and process options of one job."""

    amp: str = "off"
    gradient_checkpointing: bool = False
    #: optimiser steps between encrypted checkpoints (at least one per epoch is always written)
    checkpoint_every: int = DEFAULT_CHECKPOINT_EVERY
    privacy: PrivacyOptions | None = None
    distributed: DistributedOptions = field(default_factory=DistributedOptions)

    @classmethod
    def from_dict(cls, config: Mapping[str, Any] | None) -> RuntimeOptions:
        """Options from a job config dict (keys ``training``, ``privacy``, ``distributed``).

        Raises:
            InvalidRuntimeOptions: with every problem found.
        """
        config = config or {}
        errors: list[str] = []
        training = _block(config, "training", errors)
        amp = training.get("amp", "off")
        if amp is False or amp is None:
            amp = "off"
        if amp not in AMP_MODES:
            errors.append(f"training.amp: must be one of {', '.join(AMP_MODES)}")
        checkpointing = training.get("gradient_checkpointing", False)
        if not isinstance(checkpointing, bool):
            errors.append("training.gradient_checkpointing: must be true or false")
        every = training.get("checkpoint_every", DEFAULT_CHECKPOINT_EVERY)
        if not _int_in(every, 1, 100_000):
            errors.append("training.checkpoint_every: must be an integer from 1 to 100000")
        privacy = _privacy(config, errors)
        distributed = _distributed(config, errors)
        if privacy is not None and amp == "fp16":
            errors.append("privacy: DP-SGD runs in fp32 or bf16, not with training.amp fp16")
        if privacy is not None and checkpointing is True:
            errors.append("privacy: per-sample gradients cannot be combined with "
                          "training.gradient_checkpointing")
        if privacy is not None and distributed.world_size > 1:
            errors.append("privacy: DP-SGD runs in one process (distributed must be 1 × 1)")
        if errors:
            raise InvalidRuntimeOptions(errors)
        return cls(amp=amp, gradient_checkpointing=checkpointing, checkpoint_every=every,
                   privacy=privacy, distributed=distributed)


def _block(config: Mapping[str, Any], name: str, errors: list[str]) -> Mapping[str, Any]:
    value = config.get(name)
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        errors.append(f"{name}: must be a mapping")
        return {}
    return value


def _int_in(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _privacy(config: Mapping[str, Any], errors: list[str]) -> PrivacyOptions | None:
    block = _block(config, "privacy", errors)
    if not block or block.get("enabled") is False:
        return None
    before = len(errors)
    epsilon = _number(block.get("target_epsilon"))
    if epsilon is None or not 0.01 <= epsilon <= 100:
        errors.append("privacy.target_epsilon: must be a number from 0.01 to 100")
    delta = _number(block.get("delta"))
    if delta is None or not 0 < delta < 0.1:
        errors.append("privacy.delta: must be a number above 0 and below 0.1")
    norm = _number(block.get("max_grad_norm", 1.0))
    if norm is None or not 0 < norm <= 1000:
        errors.append("privacy.max_grad_norm: must be a number above 0, at most 1000")
    accountant = block.get("accountant", "rdp")
    if accountant not in ("rdp", "prv"):
        errors.append("privacy.accountant: must be rdp or prv")
    if len(errors) > before or epsilon is None or delta is None or norm is None:
        return None
    return PrivacyOptions(target_epsilon=epsilon, delta=delta, max_grad_norm=norm,
                          accountant=accountant)


def _distributed(config: Mapping[str, Any], errors: list[str]) -> DistributedOptions:
    block = _block(config, "distributed", errors)
    nproc = block.get("nproc_per_node", 1)
    nnodes = block.get("nnodes", 1)
    ok = True
    if not _int_in(nproc, 1, _MAX_PROCS):
        errors.append(f"distributed.nproc_per_node: must be an integer from 1 to {_MAX_PROCS}")
        ok = False
    if not _int_in(nnodes, 1, _MAX_PROCS):
        errors.append(f"distributed.nnodes: must be an integer from 1 to {_MAX_PROCS}")
        ok = False
    return DistributedOptions(nproc_per_node=nproc, nnodes=nnodes) if ok else DistributedOptions()
