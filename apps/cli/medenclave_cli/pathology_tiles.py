"""Generated H&E-like pathology tiles for the pathology scenario (``medenclave scenario
pathology``): an eosin-pink background with texture, and haematoxylin-purple nuclei. Class 1
("tumour") has denser, larger and more varied nuclei than class 0 ("normal"); the densities
overlap, so a few tiles are hard. RGB uint8 ``[3, S, S]``; a tile's content scales with ``S``
(the same tissue at any size). Generated data: accuracy on it shows the pipeline works, not
that a model is diagnostically valid.
"""

from __future__ import annotations

import numpy as np

__all__ = ["CLASSES", "make_tiles"]

CLASSES = ("normal", "tumour")
_EOSIN = np.array([232, 172, 204], dtype=np.float32)
_HAEMATOXYLIN = np.array([86, 52, 138], dtype=np.float32)


def _disk(radius: int) -> np.ndarray:
    r = np.arange(-radius, radius + 1)
    return (r[:, None] ** 2 + r[None, :] ** 2 <= radius ** 2).astype(np.float32)


def _tile(rng: np.random.Generator, label: int, size: int) -> np.ndarray:
    scale = size / 1024
    coarse = rng.normal(0, 1, (size // 32 + 1, size // 32 + 1)).astype(np.float32)
    texture = np.kron(coarse, np.ones((32, 32), np.float32))[:size, :size]
    stain = np.zeros((size, size), np.float32)
    density = rng.uniform(700, 1400) if label else rng.uniform(150, 500)
    low, high = (4, 10) if label else (3, 6)
    for _ in range(int(density * scale * scale) + 1):
        radius = max(1, round(rng.uniform(low, high) * scale))
        y, x = rng.integers(0, size, 2)
        disk = _disk(radius)
        y0, x0 = max(y - radius, 0), max(x - radius, 0)
        y1, x1 = min(y + radius + 1, size), min(x + radius + 1, size)
        patch = disk[y0 - (y - radius):disk.shape[0] - (y + radius + 1 - y1),
                     x0 - (x - radius):disk.shape[1] - (x + radius + 1 - x1)]
        np.maximum(stain[y0:y1, x0:x1], patch * rng.uniform(0.6, 1.0), out=stain[y0:y1, x0:x1])
    rgb = (_EOSIN[:, None, None] * (1 - stain) + _HAEMATOXYLIN[:, None, None] * stain
           + 6 * texture + rng.normal(0, 8, (3, size, size)).astype(np.float32))
    return np.clip(rgb, 0, 255).astype(np.uint8)


def make_tiles(n: int, *, size: int = 1024, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """``n`` tiles (uint8 ``[n, 3, size, size]``) and their labels (classes in turn)."""
    rng = np.random.default_rng(seed)
    labels = np.arange(n) % len(CLASSES)
    tiles = np.empty((n, 3, size, size), np.uint8)
    for i, label in enumerate(labels):
        tiles[i] = _tile(rng, int(label), size)
    return tiles, labels
