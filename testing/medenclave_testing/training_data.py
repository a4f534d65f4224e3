"""Small labelled images made on the spot (no downloads): the trainer's tests and the GPU check.

Two classes of 64×64 CT-like slices: noise on a flat background; class 1 adds a bright disk.
Preprocessed as the service preprocesses de-identified images (``medenclave.imaging``).
"""

from __future__ import annotations

import numpy as np

from medenclave.imaging import to_model_input
from medenclave_training.core.ports import TrainingData

__all__ = ["SIZE", "synthetic_image", "training_data"]

SIZE = 64


def synthetic_image(label: int, rng: np.random.Generator) -> np.ndarray:
    """Noise on a flat background; class 1 adds a bright disk."""
    yy, xx = np.mgrid[0:SIZE, 0:SIZE]
    img = rng.normal(1000, 25, (SIZE, SIZE))
    if label == 1:
        cy, cx = rng.integers(16, 48, 2)
        img += 300 * (((yy - cy) ** 2 + (xx - cx) ** 2) <= rng.integers(30, 80))
    return to_model_input(np.clip(img, 0, 4095).astype(np.uint16), SIZE)


def training_data(n_train: int, n_val: int, seed: int = 0) -> TrainingData:
    """Balanced two-class training and validation sets."""
    rng = np.random.default_rng(seed)
    train_y = [i % 2 for i in range(n_train)]
    val_y = [i % 2 for i in range(n_val)]
    return TrainingData(train_images=[synthetic_image(y, rng) for y in train_y],
                        train_labels=train_y,
                        val_images=[synthetic_image(y, rng) for y in val_y], val_labels=val_y,
                        num_classes=2, image_size=SIZE)
