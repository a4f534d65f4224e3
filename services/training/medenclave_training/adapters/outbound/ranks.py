"""What the processes of one DDP run agree on, so that every rank takes the same decisions:
the epoch's loss (summed over the ranks), rank 0's validation loss (early stopping), the step a
resumed run starts from. In one process (or without an initialised process group) each is the
value given. Every rank must call the same function at the same point of the loop.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
import torch.distributed as dist

__all__ = ["from_rank0", "same_everywhere", "summed"]


def _group_device(world_size: int) -> torch.device | None:
    """Where the collective's tensor lives (NCCL: this rank's GPU), or None in one process."""
    if world_size <= 1 or not dist.is_available() or not dist.is_initialized():
        return None
    if dist.get_backend() == "nccl":
        return torch.device("cuda", torch.cuda.current_device())
    return torch.device("cpu")


def summed(values: Sequence[float], world_size: int) -> list[float]:
    """``values`` summed element-wise over every rank (float64)."""
    device = _group_device(world_size)
    if device is None:
        return [float(v) for v in values]
    t = torch.tensor([float(v) for v in values], dtype=torch.float64, device=device)
    dist.all_reduce(t)
    return [float(v) for v in t.cpu()]


def from_rank0(value: float, world_size: int) -> float:
    """Rank 0's ``value`` on every rank (what the others pass is ignored)."""
    device = _group_device(world_size)
    if device is None:
        return float(value)
    t = torch.tensor([float(value)], dtype=torch.float64, device=device)
    dist.broadcast(t, src=0)
    return float(t.cpu()[0])


def same_everywhere(value: int, world_size: int) -> bool:
    """Whether every rank holds the same ``value``."""
    device = _group_device(world_size)
    if device is None:
        return True
    t = torch.tensor([float(value), -float(value)], dtype=torch.float64, device=device)
    dist.all_reduce(t, op=dist.ReduceOp.MAX)
    return float(t[0].cpu()) == -float(t[1].cpu())
