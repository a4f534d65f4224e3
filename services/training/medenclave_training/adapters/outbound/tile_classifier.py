"""Pathology tiles: a small fully convolutional classifier for RGB tiles (1024×1024 in the
brief's scenario), trained here and exported to ONNX for the model repository.

The network starts with a 7×7 stride-4 convolution (a 1024×1024 tile becomes 256×256×16 at
once), three stride-2 3×3 convolutions with batch normalisation (its statistics recomputed
over the whole training set after the last epoch: with a few dozen tiles the running averages
never settle, and the eval-mode model answered one class), global average pooling and a linear head with a
softmax: about 35k parameters, ~0.34 GMAC per 1024×1024 tile. Being fully convolutional it
runs at any tile size; the served graph takes ``image`` uint8 ``[B, 3, S, S]`` (RGB as
scanned; scaled inside the graph, so a request carries a quarter of float32's bytes)
and gives ``probabilities`` float32 ``[B, C]``. Imports torch and numpy only (the GPU script uses
:class:`TileNet` on a machine with nothing else of ours installed).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

__all__ = ["TileFit", "TileNet", "fit_tiles", "tile_config_pbtxt"]


class TileNet(nn.Module):
    """RGB tile → class probabilities."""

    def __init__(self, num_classes: int = 2, width: int = 16) -> None:
        super().__init__()
        w = width
        self.features = nn.Sequential(
            nn.Conv2d(3, w, 7, stride=4, padding=3), nn.BatchNorm2d(w), nn.ReLU(inplace=True),
            nn.Conv2d(w, 2 * w, 3, stride=2, padding=1), nn.BatchNorm2d(2 * w),
            nn.ReLU(inplace=True),
            nn.Conv2d(2 * w, 4 * w, 3, stride=2, padding=1), nn.BatchNorm2d(4 * w),
            nn.ReLU(inplace=True),
            nn.Conv2d(4 * w, 4 * w, 3, stride=2, padding=1), nn.ReLU(inplace=True),
            nn.AdaptiveAvgPool2d(1), nn.Flatten())
        self.head = nn.Linear(4 * w, num_classes)

    def scaled(self, image: torch.Tensor) -> torch.Tensor:
        """uint8 RGB → the weights' dtype, centred on stained tissue (``(x - 180) / 40``: the
        pale background near 0, dark nuclei strongly negative); other dtypes are taken as
        already scaled."""
        if image.dtype == torch.uint8:
            return (image.to(self.head.weight.dtype) - 180.0) / 40.0
        return image

    def forward(self, image: torch.Tensor) -> torch.Tensor:
        return torch.softmax(self.head(self.features(self.scaled(image))), dim=1)


@dataclass
class TileFit:
    """A trained :class:`TileNet` (eval mode, on the CPU) and its training figures."""

    model: TileNet
    train_loss: float
    seconds_per_epoch: list[float]


def fit_tiles(images: np.ndarray, labels: np.ndarray, *, num_classes: int = 2, epochs: int = 3,
              batch_size: int = 8, lr: float = 3e-3, seed: int = 0) -> TileFit:
    """Train on ``images`` (uint8 ``[N, 3, S, S]``) and ``labels`` (int ``[N]``)."""
    import time

    torch.manual_seed(seed)
    net = TileNet(num_classes)
    opt = torch.optim.AdamW(net.parameters(), lr=lr)
    x = torch.from_numpy(np.ascontiguousarray(images, dtype=np.uint8))
    y = torch.from_numpy(np.asarray(labels, dtype=np.int64))
    gen = torch.Generator().manual_seed(seed)
    loss_value, per_epoch = float("nan"), []
    for _ in range(max(epochs, 1)):
        started = time.perf_counter()
        net.train()
        order = torch.randperm(len(x), generator=gen)
        for start in range(0, len(x), batch_size):
            idx = order[start:start + batch_size]
            logits = net.head(net.features(net.scaled(x[idx])))
            loss = nn.functional.cross_entropy(logits, y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            loss_value = float(loss.detach())
        per_epoch.append(time.perf_counter() - started)
    _recalibrate(net, x, batch_size)
    return TileFit(model=net.eval(), train_loss=loss_value, seconds_per_epoch=per_epoch)


def _recalibrate(net: TileNet, x: torch.Tensor, batch_size: int) -> None:
    """Batch-norm statistics as the plain mean over the training set, not a running average."""
    for module in net.modules():
        if isinstance(module, nn.BatchNorm2d):
            module.reset_running_stats()
            module.momentum = None
    net.train()
    with torch.no_grad():
        for start in range(0, len(x), batch_size):
            net.features(net.scaled(x[start:start + batch_size]))
    net.eval()


def tile_config_pbtxt(name: str, *, size: int, num_classes: int, served: int,
                      max_batch_size: int = 8, queue_delay_us: int = 2000,
                      instances: int = 1, kind: str = "KIND_CPU") -> str:
    """config.pbtxt for a :class:`TileNet` serving only version ``served``."""
    return (f'name: "{name}"\nplatform: "onnxruntime_onnx"\nmax_batch_size: {max_batch_size}\n'
            f'input [ {{ name: "image" data_type: TYPE_UINT8 dims: [ 3, {size}, {size} ] }} ]\n'
            f'output [ {{ name: "probabilities" data_type: TYPE_FP32 dims: [ {num_classes} ] }} ]\n'
            f"instance_group [ {{ count: {instances} kind: {kind} }} ]\n"
            f"dynamic_batching {{ max_queue_delay_microseconds: {queue_delay_us} }}\n"
            f"version_policy {{ specific {{ versions: [ {served} ] }} }}\n")
