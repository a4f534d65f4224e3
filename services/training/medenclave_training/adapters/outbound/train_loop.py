"""Longer than 450 lines: the loop and the state it checkpoints and restores belong together.

The training loop under the runtime options: mixed precision, gradient checkpointing,
DP-SGD (Opacus), DDP, resumable checkpoints, and the figures a job reports (samples/s, peak
memory).

Mixed precision: on CUDA ``fp16`` is autocast with a GradScaler, ``bf16`` autocast without one.
On CPU ``bf16`` autocast works; ``fp16`` autocast on CPU is what torch 2.13 offers too (with a
CPU GradScaler); where a torch build refuses it the loop falls back to fp32 and says so in the
figures (``amp_effective``).

Resuming: a checkpoint holds the model, optimiser, scaler, the RNG states (torch's and the
loop's own generator that draws batches and flips), the data position (epoch, batch, that
epoch's permutation) and, under DP, the accountant's history and the noise generator; training
resumed from one takes the same steps as a run that was never stopped; it is written on a
background thread (:mod:`.checkpoint_writer`), the last one before ``fit`` returns. The optimiser
(adam, adamw, sgd), its learning-rate schedule and early stopping on the validation loss
(:mod:`.optimisers`) keep their state there too.

Under DDP (``world_size`` above 1, torchrun) every rank runs this same loop on its share of
each batch; the ranks agree (:mod:`.ranks`) on the epoch's loss (summed over the ranks, so a
diverged run stops everywhere), on rank 0's validation loss (early stopping stops every rank
at the same epoch) and on the step a resumed run starts from. Every rank loads the checkpoint;
rank 0 alone writes it, with the loss sums of every rank.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

import torch
from torch.utils.checkpoint import checkpoint_sequential

from medenclave_training.adapters.outbound.amp_norm import half_group_norm
from medenclave_training.adapters.outbound.checkpoint_writer import BackgroundCheckpoints
from medenclave_training.adapters.outbound.optimisers import (
    EarlyStopper,
    make_optimizer,
    make_schedule,
    validation_loss,
)
from medenclave_training.adapters.outbound.ranks import from_rank0, same_everywhere, summed
from medenclave_training.core.optim_options import OptimOptions
from medenclave_training.core.ports import TrainingCancelled, TrainingFailed
from medenclave_training.core.runtime import RuntimeOptions

__all__ = ["Checkpoints", "LoopResult", "batches", "fit", "flip"]

log = logging.getLogger(__name__)

_CHECKPOINT_FORMAT = 1


class Checkpoints(Protocol):
    """Where a job's latest checkpoint is kept (encrypted at rest by the adapter)."""

    def load(self) -> dict[str, Any] | None:
        """The latest checkpoint, or None."""
        ...

    def save(self, state: dict[str, Any]) -> None: ...


@dataclass(frozen=True)
class LoopResult:
    model: torch.nn.Module
    train_loss: float
    #: training samples per second over the loop (all processes together)
    samples_per_s: float
    steps: int
    #: peak memory: CUDA ``max_memory_allocated`` or the process's peak RSS (VmHWM) on CPU
    peak_memory_bytes: int
    memory_source: str
    amp_effective: str
    resumed_at_step: int = 0
    privacy: Mapping[str, Any] = field(default_factory=lambda: {"dp": False})
    #: how the weights were updated: optimizer, lr_schedule and, with early stopping,
    #: epochs_run, stopped_early, best_val_loss
    optim: Mapping[str, Any] = field(default_factory=dict)

    def figures(self) -> dict[str, Any]:
        """What the job reports (logs and model card)."""
        return {"samples_per_s": round(self.samples_per_s, 2), "steps": self.steps,
                "peak_memory_bytes": self.peak_memory_bytes,
                "memory_source": self.memory_source, "amp": self.amp_effective,
                "resumed_at_step": self.resumed_at_step, **self.optim}


def batches(n: int, size: int, gen: torch.Generator) -> list[torch.Tensor]:
    """Shuffled index batches; a last batch of one joins the one before (BatchNorm)."""
    perm = torch.randperm(n, generator=gen)
    return _split(perm, size)


def _split(perm: torch.Tensor, size: int) -> list[torch.Tensor]:
    out = [perm[i:i + size] for i in range(0, len(perm), size)]
    if len(out) > 1 and len(out[-1]) == 1:
        out[-2:] = [torch.cat(out[-2:])]
    return out


def flip(x: torch.Tensor, gen: torch.Generator) -> torch.Tensor:
    """Random horizontal and vertical flips, per image."""
    h = torch.rand(len(x), generator=gen) < 0.5
    v = torch.rand(len(x), generator=gen) < 0.5
    x = x.clone()
    x[h] = x[h].flip(-1)
    x[v] = x[v].flip(-2)
    return x


class _Checkpointed(torch.nn.Module):
    """Gradient checkpointing over a MONAI-style net (``features`` then ``class_layers``):
    activations inside ``features`` are recomputed in the backward pass, not kept."""

    def __init__(self, net: torch.nn.Module, segments: int = 4) -> None:
        super().__init__()
        self.net = net
        self.segments = segments

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        features = self.net.features
        if self.training:
            h = checkpoint_sequential(features, min(self.segments, len(features)), x,
                                      use_reentrant=False)
        else:
            h = features(x)
        return self.net.class_layers(h)


def _precision(amp: str, device: torch.device) -> tuple[torch.dtype | None, bool, str]:
    """(autocast dtype or None, use a GradScaler, the mode that is really used)."""
    if amp == "off":
        return None, False, "off"
    dtype = torch.float16 if amp == "fp16" else torch.bfloat16
    try:
        with torch.autocast(device_type=device.type, dtype=dtype):
            torch.ones(2, 2, device=device) @ torch.ones(2, 2, device=device)
    except (RuntimeError, AssertionError) as exc:
        log.warning("mixed precision not available here, training in fp32", extra={
            "code": "TRN-320", "fields": {"amp": amp, "device": device.type,
                                          "error": type(exc).__name__}})
        return None, False, "off"
    return dtype, amp == "fp16", amp


class _Memory:
    """Peak memory of this job: CUDA's allocator peak, or the process's peak RSS on CPU (reset
    at the start through /proc/self/clear_refs where the kernel allows it)."""

    def __init__(self, device: torch.device) -> None:
        self._device = device
        if device.type == "cuda":
            torch.cuda.reset_peak_memory_stats(device)
            self.source = "cuda_max_memory_allocated"
            return
        try:
            Path("/proc/self/clear_refs").write_text("5")
            self.source = "cpu_peak_rss"
        except OSError:  # not Linux, or not allowed: the peak since the process started
            self.source = "cpu_peak_rss_since_start"

    def peak(self) -> int:
        if self._device.type == "cuda":
            return int(torch.cuda.max_memory_allocated(self._device))
        with contextlib.suppress(OSError, ValueError):
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
        return 0


def fingerprint(n: int, batch_size: int, epochs: int, seed: int, lr: float,
                options: RuntimeOptions, optim: OptimOptions | None = None) -> str:
    """Which run a checkpoint belongs to: a checkpoint of other data or options is not used."""
    text = repr((n, batch_size, epochs, seed, lr, options.amp, options.gradient_checkpointing,
                 options.privacy, options.distributed))
    if optim is not None and not optim.is_default:  # the default keeps older checkpoints' key
        text += repr(optim)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


@dataclass
class _Progress:
    epoch: int = 0
    batch: int = 0
    steps: int = 0
    total: float = 0.0
    seen: int = 0
    #: this epoch's batches (a permutation split in batches, or DP's Poisson samples)
    plan: list[torch.Tensor] | None = None


def fit(*, build: Callable[[], torch.nn.Module], x: torch.Tensor, y: torch.Tensor,
        epochs: int, seed: int, batch_size: int, lr: float, options: RuntimeOptions,
        device: torch.device, checkpoints: Checkpoints | None = None, rank: int = 0,
        world_size: int = 1,
        progress: Callable[[int, float], bool] | None = None,
        optim: OptimOptions | None = None,
        val: tuple[torch.Tensor, torch.Tensor] | None = None) -> LoopResult:
    """Train a fresh ``build()`` on ``x``/``y``; returns a clean (unwrapped, CPU) model.
    ``optim`` picks the optimiser, schedule and early stopping (None: Adam, constant, none);
    early stopping reads the validation loss on ``val`` (none given: it never stops).

    Under DDP every rank passes the same ``checkpoints`` (or none), ``val`` and ``optim``.

    Raises:
        TrainingFailed: ``training_diverged``, ``privacy_unsupported_layer``,
            ``gradient_checkpointing_unsupported``, ``checkpoint_inconsistent`` (the ranks
            read different checkpoints).
        TrainingCancelled: ``progress`` (called after each epoch with the epoch number and its
            mean loss) returned False.
    """
    torch.manual_seed(seed)
    gen = torch.Generator().manual_seed(seed)
    noise_gen = torch.Generator(device=device).manual_seed(seed + 1)
    net = build().to(device)
    dtype, scaled, amp_used = _precision(options.amp, device)
    dp = _Private(net, options, n=len(x), batch_size=batch_size, epochs=epochs,
                  generator=noise_gen) if options.privacy else None
    trained: torch.nn.Module = dp.module if dp else net
    if dtype is not None and dp is None and device.type == "cuda":
        half_group_norm(net)  # autocast would keep float32 copies of every GroupNorm input
    if options.gradient_checkpointing:
        if not isinstance(getattr(net, "features", None), torch.nn.Sequential):
            raise TrainingFailed("gradient_checkpointing_unsupported")
        trained = _Checkpointed(net)
    if world_size > 1:
        trained = torch.nn.parallel.DistributedDataParallel(trained)
    optim = optim or OptimOptions()
    opt = dp.optimizer(lr, optim.optimizer) if dp else \
        make_optimizer(optim.optimizer, trained.parameters(), lr)
    per_epoch = dp.steps_per_epoch if dp else len(_split(torch.arange(len(x)), batch_size))
    schedule = make_schedule(optim.lr_schedule, opt, lr=lr, total_steps=epochs * per_epoch)
    stopper = EarlyStopper.of(optim) if val is not None and len(val[0]) else EarlyStopper(None)
    scaler = torch.amp.GradScaler(device.type, enabled=scaled)
    loss_fn = torch.nn.CrossEntropyLoss()
    key = fingerprint(len(x), batch_size, epochs, seed, lr, options, optim)
    at = _Progress()
    saved = checkpoints.load() if checkpoints is not None else None
    if saved is not None and saved.get("format") == _CHECKPOINT_FORMAT \
            and saved.get("fingerprint") == key:
        at = _restore(saved, net, opt, scaler, gen, noise_gen, dp)
        _restore_optim(saved, schedule, stopper)
        if rank != 0:  # rank 0 holds the sums of every rank's loss so far
            at.total, at.seen = 0.0, 0
    if not same_everywhere(at.steps, world_size):
        raise TrainingFailed("checkpoint_inconsistent")
    resumed_at = at.steps
    memory = _Memory(device)
    started, trained_samples = time.perf_counter(), 0
    epoch_loss = at.total / at.seen if at.seen else \
        float((saved or {}).get("epoch_loss", math.nan)) if resumed_at else math.nan

    writer = BackgroundCheckpoints(checkpoints) if checkpoints is not None and rank == 0 else None
    # the loss stays on the device until a checkpoint or the epoch's end (a read syncs a GPU)
    pending = torch.zeros((), dtype=torch.float64, device=device)

    def settle() -> None:
        at.total += float(pending)
        pending.zero_()

    def save() -> None:
        if checkpoints is None:
            return
        total, seen = summed([at.total, at.seen], world_size)  # every rank, then rank 0 writes
        if writer is not None:
            here = replace(at, total=total, seen=int(seen))
            writer.save({**_state(key, here, net, opt, scaler, gen, noise_gen, dp),
                         **_optim_state(schedule, stopper), "epoch_loss": epoch_loss})

    with writer or contextlib.nullcontext():
        while at.epoch < epochs and not stopper.stopped_at:
            trained.train()
            if at.plan is None:
                at.plan = dp.plan(gen) if dp else batches(len(x), batch_size, gen)
            steps_in_epoch = len(at.plan)
            for b in range(at.batch, steps_in_epoch):
                idx = at.plan[b]
                # every process flips the whole batch (their generators stay in step), then
                # trains on its share of it
                xb = flip(x[idx], gen) if dp is None else x[idx]
                xb, yb = xb[rank::world_size], y[idx][rank::world_size]
                if len(yb):
                    xb, yb = xb.to(device), yb.to(device)
                    opt.zero_grad(set_to_none=True)
                    with torch.autocast(device_type=device.type, dtype=dtype or torch.float32,
                                        enabled=dtype is not None):
                        loss = loss_fn(trained(xb), yb)
                    scaler.scale(loss).backward()
                    scaler.step(opt)
                    scaler.update()
                    pending.add_(loss.detach().double() * len(yb))
                    at.seen += len(yb)
                    trained_samples += len(yb) * world_size
                if dp is not None:
                    dp.account()
                if schedule is not None:
                    schedule.step()
                at.steps += 1
                at.batch = b + 1
                if at.steps % options.checkpoint_every == 0 and at.batch < steps_in_epoch:
                    settle()
                    save()
            settle()
            total, seen = summed([at.total, at.seen], world_size)
            epoch_loss = total / max(seen, 1)
            if not math.isfinite(epoch_loss):
                raise TrainingFailed("training_diverged")
            at = _Progress(epoch=at.epoch + 1, steps=at.steps)
            if stopper.active and val is not None:  # rank 0 decides; every rank stops with it
                loss = validation_loss(net, *val, device=device, dtype=dtype) if rank == 0 \
                    else math.nan
                stopper.update(at.epoch, from_rank0(loss, world_size))
            save()
            if progress is not None and not progress(at.epoch, epoch_loss):
                raise TrainingCancelled
    elapsed = max(time.perf_counter() - started, 1e-9)
    clean = build()
    clean.load_state_dict({k: v.detach().cpu() for k, v in net.state_dict().items()})
    return LoopResult(model=clean, train_loss=epoch_loss,
                      samples_per_s=trained_samples / elapsed, steps=at.steps,
                      peak_memory_bytes=memory.peak(), memory_source=memory.source,
                      amp_effective=amp_used, resumed_at_step=resumed_at,
                      privacy=dp.spent() if dp else {"dp": False},
                      optim=_optim_figures(optim, stopper, at.epoch, epochs))


class _Private:
    """DP-SGD with Opacus: per-sample gradients (GradSampleModule), clipping and noise
    (DPOptimizer), Poisson sampling drawn from the loop's generator, and an accountant that
    is stepped once per step (also for a step whose sample is empty)."""

    def __init__(self, net: torch.nn.Module, options: RuntimeOptions, *, n: int,
                 batch_size: int, epochs: int, generator: torch.Generator) -> None:
        from opacus import GradSampleModule
        from opacus.accountants import create_accountant
        from opacus.accountants.utils import get_noise_multiplier
        from opacus.validators import ModuleValidator

        privacy = options.privacy
        if privacy is None:
            raise ValueError("no privacy options")
        if ModuleValidator.validate(net, strict=False):
            raise TrainingFailed("privacy_unsupported_layer")
        self.options = privacy
        self.n = n
        self.batch_size = min(batch_size, n)
        self.sample_rate = self.batch_size / n
        self.steps_per_epoch = math.ceil(n / self.batch_size)
        self.accountant = create_accountant(mechanism=privacy.accountant)
        self.noise = get_noise_multiplier(
            target_epsilon=privacy.target_epsilon, target_delta=privacy.delta,
            sample_rate=self.sample_rate, steps=self.steps_per_epoch * epochs,
            accountant=privacy.accountant)
        self.module = GradSampleModule(net)
        self.generator = generator
        self.steps = 0
        self._optimizer: Any = None

    def optimizer(self, lr: float, name: str = "adam") -> torch.optim.Optimizer:
        """Opacus's DPOptimizer around the ``name``d optimiser (clipping and noise happen
        before the inner optimiser's step, so adam, adamw and sgd all stay private)."""
        from opacus.optimizers import DPOptimizer

        self._optimizer = DPOptimizer(
            make_optimizer(name, self.module.parameters(), lr), noise_multiplier=self.noise,
            max_grad_norm=self.options.max_grad_norm, expected_batch_size=self.batch_size,
            generator=self.generator)
        return self._optimizer

    def plan(self, gen: torch.Generator) -> list[torch.Tensor]:
        """This epoch's Poisson samples: each example joins each step with the sample rate."""
        return [torch.nonzero(torch.rand(self.n, generator=gen) < self.sample_rate).flatten()
                for _ in range(self.steps_per_epoch)]

    def account(self) -> None:
        self.steps += 1
        self.accountant.step(noise_multiplier=self.noise, sample_rate=self.sample_rate)

    def spent(self) -> dict[str, Any]:
        delta = self.options.delta
        return {"dp": True, "epsilon": round(float(self.accountant.get_epsilon(delta)), 4),
                "delta": delta, "accountant": self.accountant.mechanism(),
                "target_epsilon": self.options.target_epsilon,
                "max_grad_norm": self.options.max_grad_norm,
                "noise_multiplier": round(float(self.noise), 4),
                "sample_rate": round(self.sample_rate, 6), "steps": self.steps}


def _state(key: str, at: _Progress, net: torch.nn.Module, opt: torch.optim.Optimizer,
           scaler: torch.amp.GradScaler, gen: torch.Generator, noise_gen: torch.Generator,
           dp: _Private | None) -> dict[str, Any]:
    return {"format": _CHECKPOINT_FORMAT, "fingerprint": key, "epoch": at.epoch,
            "batch": at.batch, "steps": at.steps, "total": at.total, "seen": at.seen,
            "plan": list(at.plan) if at.plan is not None else [],
            "has_plan": at.plan is not None,
            "model": {k: v.detach().cpu() for k, v in net.state_dict().items()},
            "optimizer": opt.state_dict(), "scaler": scaler.state_dict(),
            "torch_rng": torch.get_rng_state(), "gen": gen.get_state(),
            "noise_gen": noise_gen.get_state().cpu(),
            "accountant": list(dp.accountant.history) if dp else []}


def _restore(saved: dict[str, Any], net: torch.nn.Module, opt: torch.optim.Optimizer,
             scaler: torch.amp.GradScaler, gen: torch.Generator, noise_gen: torch.Generator,
             dp: _Private | None) -> _Progress:
    net.load_state_dict(saved["model"])
    opt.load_state_dict(saved["optimizer"])
    scaler.load_state_dict(saved["scaler"])
    torch.set_rng_state(saved["torch_rng"])
    gen.set_state(saved["gen"])
    noise_gen.set_state(saved["noise_gen"])
    if dp is not None:
        dp.accountant.history = [tuple(h) for h in saved["accountant"]]
        dp.steps = saved["steps"]
    log.info("training resumed from a checkpoint", extra={
        "code": "TRN-020", "fields": {"epoch": saved["epoch"], "step": saved["steps"]}})
    return _Progress(epoch=saved["epoch"], batch=saved["batch"], steps=saved["steps"],
                     total=saved["total"], seen=saved["seen"],
                     plan=list(saved["plan"]) if saved["has_plan"] else None)


def _optim_state(schedule: torch.optim.lr_scheduler.LRScheduler | None,
                 stopper: EarlyStopper) -> dict[str, Any]:
    return {"schedule": schedule.state_dict() if schedule is not None else {},
            "early_stopping": stopper.state()}


def _restore_optim(saved: dict[str, Any],
                   schedule: torch.optim.lr_scheduler.LRScheduler | None,
                   stopper: EarlyStopper) -> None:
    if schedule is not None and saved.get("schedule"):
        schedule.load_state_dict(saved["schedule"])
    stopper.load(saved.get("early_stopping"))


def _optim_figures(optim: OptimOptions, stopper: EarlyStopper, epochs_run: int,
                   epochs: int) -> dict[str, Any]:
    """What the job reports about its optimiser, schedule and early stopping."""
    out: dict[str, Any] = {"optimizer": optim.optimizer, "lr_schedule": optim.lr_schedule}
    if optim.patience is not None:
        out.update(epochs_run=epochs_run, epochs=epochs, stopped_early=bool(stopper.stopped_at),
                   best_val_loss=round(stopper.best, 6) if stopper.active
                   and math.isfinite(stopper.best) else None)
        if stopper.stopped_at:
            log.info("training stopped early", extra={"code": "TRN-027", "fields": {
                "epoch": stopper.stopped_at, "epochs": epochs, "patience": optim.patience}})
    return out
