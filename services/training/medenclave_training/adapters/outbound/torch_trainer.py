"""The trainer: a small MONAI 2-D classifier trained with torch, exported to ONNX and checked
with onnxruntime before anyone may register it.

Training runs in a worker thread (``asyncio.to_thread``) so the service's event loop keeps
answering RPCs and heartbeating the bus while a job runs.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import torch
from monai.networks.nets import DenseNet

from medenclave.drift import REFERENCE_FILE, build_reference
from medenclave_training.adapters.outbound.job_tasks import (
    job_runtime,
    network_builder,
    train_task,
)
from medenclave_training.adapters.outbound.onnx_check import check_export
from medenclave_training.adapters.outbound.torchrun_job import (
    TorchrunFolders,
    train_under_torchrun,
)
from medenclave_training.adapters.outbound.train_loop import Checkpoints, fit
from medenclave_training.core.job_config import JobConfig
from medenclave_training.core.optim_options import OptimOptions, optim_options
from medenclave_training.core.ports import (
    Progress,
    TrainedModel,
    TrainingData,
    TrainingFailed,
)
from medenclave_training.core.runtime import RuntimeOptions

__all__ = ["TorchTrainer", "build_classifier"]

log = logging.getLogger(__name__)
# the dynamo exporter warns about optional torchvision ops on every export
logging.getLogger("torch.onnx._internal.exporter._registration").setLevel(logging.ERROR)
warnings.filterwarnings("ignore", message=".*LeafSpec.*", category=FutureWarning)


def build_classifier(num_classes: int, dims: int = 2) -> torch.nn.Module:
    """A small DenseNet (about 20k parameters in 2-D) for single-channel images or, with
    ``dims=3``, volumes.

    Group normalisation, not batch normalisation: with a few dozen images, BatchNorm's running
    statistics (used in eval mode) drifted from the batch statistics the weights were fitted
    under, and a model with a training loss of 0.04 answered one class for every validation
    image (the demo's val_accuracy 0.5 on 2 threads, 1.0 on 1 thread with the same data);
    GroupNorm computes the same thing in training and serving, and suits Opacus (no BatchNorm).
    """
    return DenseNet(spatial_dims=dims, in_channels=1, out_channels=num_classes, init_features=16,
                    growth_rate=8, block_config=(2, 2, 2), act=("relu", {"inplace": False}),
                    norm=("group", {"num_groups": 4}))


class _WithSoftmax(torch.nn.Module):
    """The served graph: logits → class probabilities."""

    def __init__(self, net: torch.nn.Module) -> None:
        super().__init__()
        self.net = net

    def forward(self, image: torch.Tensor) -> torch.Tensor:
        return torch.softmax(self.net(image), dim=1)


@dataclass(frozen=True)
class _Fit:
    model: torch.nn.Module
    val_accuracy: float
    train_loss: float
    val_probabilities: np.ndarray | None = None
    test_probabilities: np.ndarray | None = None
    #: the run's figures (samples/s, peak memory, precision) and ``privacy``
    metrics: Mapping[str, Any] = field(default_factory=dict)


class TorchTrainer:
    """Implements the core's ``Trainer`` port with torch + MONAI + ONNX."""

    def __init__(self, *, torch_threads: int = 2, amp: bool = False, batch_size: int = 16,
                 learning_rate: float = 2e-3, runtime: RuntimeOptions | None = None,
                 checkpoints: Callable[[str], Checkpoints] | None = None,
                 cuda_only_amp: bool | None = None,
                 multi_node: Callable[..., TrainedModel] | None = None,
                 torchrun_folders: TorchrunFolders | None = None) -> None:
        self._threads = torch_threads
        #: where torchrun jobs keep their checkpoints and run folders (None: no checkpoints,
        #: a temporary folder)
        self._torchrun_folders = torchrun_folders
        #: runs jobs with ``distributed.nnodes`` above 1 (:mod:`.k8s_job`); None: refused
        self._multi_node = multi_node
        # the service's switch (``amp``): fp16 on CUDA only; a job's runtime options say more
        self._runtime = runtime or RuntimeOptions(amp="fp16" if amp else "off")
        self._amp_cuda_only = runtime is None if cuda_only_amp is None else cuda_only_amp
        self._batch_size = batch_size
        self._lr = learning_rate
        self._checkpoints = checkpoints

    async def train(self, *, data: TrainingData, epochs: int, seed: int,
                    progress: Progress | None = None, job_id: str = "",
                    runtime: RuntimeOptions | None = None,
                    config: JobConfig | None = None) -> TrainedModel:
        return await asyncio.to_thread(self.train_blocking, data=data, epochs=epochs, seed=seed,
                                       progress=progress, job_id=job_id, runtime=runtime,
                                       config=config)

    def train_blocking(self, *, data: TrainingData, epochs: int, seed: int,
                       progress: Progress | None = None, job_id: str = "",
                       runtime: RuntimeOptions | None = None,
                       config: JobConfig | None = None) -> TrainedModel:
        """Train, export and verify (blocking; call from a worker thread). With a ``job_id``
        and a checkpoint store, the run checkpoints and resumes from its last checkpoint.
        A job ``config`` picks the task (few-shot and fusion: :mod:`.job_tasks`), the network
        (``model``), batch size, learning rate, optimiser, schedule, early stopping and runtime
        options; ``distributed`` above one process runs under torchrun (:mod:`.torchrun_job`,
        the same loop and options; checkpoints and run folders in ``torchrun_folders``).

        Raises:
            TrainingFailed: ``training_diverged``, ``export_failed``, ``export_mismatch``,
                ``privacy_unsupported_layer`` or ``gradient_checkpointing_unsupported``.
            TrainingCancelled: ``progress`` returned False at an epoch boundary.
        """
        torch.set_num_threads(self._threads)
        build, batch_size, lr, optim = None, self._batch_size, self._lr, None
        if config is not None:
            if config.task != "classification":
                return train_task(config, data, epochs=epochs, seed=seed, threads=self._threads,
                                  progress=progress)
            runtime = runtime or job_runtime(config, self._runtime)
            build, batch_size, lr = _builder(config, data), config.training.batch_size, \
                config.training.lr
            optim = optim_options(config)
            if runtime is not None and runtime.distributed.nnodes > 1:
                if self._multi_node is None:
                    raise TrainingFailed("distributed_nnodes_unserved")
                return self._multi_node(
                    data=data, options=runtime, epochs=epochs, seed=seed,
                    batch_size=batch_size, threads=self._threads, job_id=job_id,
                    model=config.model if build is not None else None, progress=progress,
                    optim=optim, lr=lr)
            if runtime is not None and runtime.distributed.world_size > 1:
                return train_under_torchrun(
                    data=data, options=runtime, epochs=epochs, seed=seed,
                    batch_size=batch_size, threads=self._threads, job_id=job_id,
                    model=config.model if network_builder(config, data) is not None else None,
                    progress=progress, optim=optim, lr=lr,
                    folders=self._torchrun_folders)
        fitted = self._fit(data, epochs, seed, job_id, runtime, progress, build=build,
                           batch_size=batch_size, lr=lr, optim=optim)
        served = _WithSoftmax(fitted.model).cpu().eval()
        sample = torch.from_numpy(np.stack(list(data.val_images)[:8]).astype(np.float32))
        onnx_bytes = self._export(served, sample)
        # the whole validation split, max abs diff 1e-4 (fp32)
        check_export(served, onnx_bytes, {"image": np.stack(list(data.val_images)).astype(
            np.float32)})
        return TrainedModel(onnx=onnx_bytes, val_accuracy=fitted.val_accuracy,
                            train_loss=fitted.train_loss, metrics=fitted.metrics,
                            val_probabilities=fitted.val_probabilities,
                            test_probabilities=fitted.test_probabilities,
                            extras={REFERENCE_FILE: _drift_reference(served, data.val_images)})

    def _fit(self, data: TrainingData, epochs: int, seed: int, job_id: str = "",
             runtime: RuntimeOptions | None = None, progress: Progress | None = None, *,
             build: Callable[[], torch.nn.Module] | None = None, batch_size: int = 0,
             lr: float = 0.0, optim: OptimOptions | None = None) -> _Fit:
        device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
        options = runtime or self._runtime
        if runtime is None and self._amp_cuda_only and device.type != "cuda":
            options = replace(options, amp="off")
        x = torch.from_numpy(np.stack(list(data.train_images)).astype(np.float32))
        y = torch.tensor(list(data.train_labels), dtype=torch.long)
        store = self._checkpoints(job_id) if self._checkpoints and job_id else None
        loop = fit(build=build or (lambda: build_classifier(data.num_classes)), x=x, y=y,
                   epochs=epochs, seed=seed, batch_size=batch_size or self._batch_size,
                   lr=lr or self._lr, options=options, device=device, checkpoints=store,
                   progress=progress, optim=optim, val=_validation(data, optim))
        log.info("training figures", extra={"code": "TRN-021", "fields": {
            "job_id": job_id, **loop.figures(), "dp": bool(loop.privacy.get("dp"))}})
        net = loop.model.to(device).eval()
        yv = torch.tensor(list(data.val_labels), dtype=torch.long)
        val_probs = _probabilities(net, data.val_images, device)
        accuracy = float((torch.from_numpy(val_probs).argmax(dim=1) == yv).float().mean())
        test_probs = (_probabilities(net, data.test_images, device)
                      if len(data.test_images) else None)
        return _Fit(model=net.cpu(), val_accuracy=accuracy, train_loss=loop.train_loss,
                    val_probabilities=val_probs, test_probabilities=test_probs,
                    metrics={"runtime": loop.figures(), "privacy": dict(loop.privacy)})

    def _export(self, served: torch.nn.Module, sample: torch.Tensor) -> bytes:
        with tempfile.TemporaryDirectory(prefix="medenclave-onnx-") as tmp:
            path = Path(tmp) / "model.onnx"
            # two samples, 2-D images or 3-D volumes
            example = (sample[:2] if len(sample) >= 2 else
                       sample.repeat(2, *[1] * (sample.dim() - 1)),)
            try:
                program = torch.onnx.export(
                    served, example, input_names=["image"], output_names=["probabilities"],
                    dynamic_shapes={"image": {0: torch.export.Dim("batch", min=1, max=4096)}},
                    dynamo=True, external_data=False, verbose=False)
                program.save(str(path))
            except Exception as exc:  # the dynamo exporter can fail on some graphs
                log.warning("dynamo export failed, using the TorchScript exporter", extra={
                    "code": "TRN-310", "fields": {"error": type(exc).__name__}})
                try:
                    torch.onnx.export(served, example, str(path), input_names=["image"],
                                      output_names=["probabilities"], dynamo=False,
                                      dynamic_axes={"image": {0: "batch"},
                                                    "probabilities": {0: "batch"}})
                except Exception as exc2:
                    log.error("onnx export failed", extra={
                        "code": "TRN-311", "fields": {"error": type(exc2).__name__}})
                    raise TrainingFailed("export_failed") from None
            return path.read_bytes()


def _builder(config: JobConfig, data: TrainingData) -> Callable[[], torch.nn.Module] | None:
    """The job's network: the config's ``model``, else the small DenseNet in 3-D for
    ``data.dims: 3`` (None: the 2-D one)."""
    build = network_builder(config, data)
    if build is None and config.data.dims == 3:
        return lambda: build_classifier(data.num_classes, dims=3)
    return build


def _validation(data: TrainingData, optim: OptimOptions | None
                ) -> tuple[torch.Tensor, torch.Tensor] | None:
    """The validation split as tensors, for early stopping (None when it is not asked for)."""
    if optim is None or optim.patience is None or not len(data.val_images):
        return None
    return (torch.from_numpy(np.stack(list(data.val_images)).astype(np.float32)),
            torch.tensor(list(data.val_labels), dtype=torch.long))


def _probabilities(net: torch.nn.Module, images, device: torch.device) -> np.ndarray:
    """Softmax class probabilities ``[images, classes]`` (the evaluation runs in core)."""
    x = torch.from_numpy(np.stack(list(images)).astype(np.float32))
    with torch.no_grad():
        return torch.cat([torch.softmax(net(x[i:i + 64].to(device)).float(), dim=1).cpu()
                          for i in range(0, len(x), 64)]).numpy()


def _drift_reference(served: torch.nn.Module, images) -> bytes:
    """The validation split's drift reference (inputs and the served model's predictions),
    saved beside model.onnx for inference's drift watch."""
    batch = np.stack(list(images)).astype(np.float32)
    with torch.no_grad():
        scores = np.concatenate([served(torch.from_numpy(batch[i:i + 64])).numpy()
                                 for i in range(0, len(batch), 64)])
    return build_reference(batch, scores).to_json()
