"""Image preprocessing shared by training, serving and clients, so a model sees at serving
time exactly what it saw in training."""

from __future__ import annotations

import numpy as np

__all__ = ["DEFAULT_IMAGE_SIZE", "to_model_input"]

DEFAULT_IMAGE_SIZE = 64


def to_model_input(pixels: np.ndarray, size: int = DEFAULT_IMAGE_SIZE) -> np.ndarray:
    """One 2-D image (a DICOM frame's stored values) → float32 ``[1, size, size]``.

    Nearest-neighbour resampling to ``size``×``size``, then z-score normalisation per image.
    """
    img = np.asarray(pixels, dtype=np.float32)
    if img.ndim == 3:  # multi-frame or colour: take the first frame / mean over channels
        img = img[0] if img.shape[0] < img.shape[-1] else img.mean(axis=-1)
    if img.ndim != 2:
        raise ValueError("expected a 2-D image")
    rows = (np.arange(size) * img.shape[0] / size).astype(int)
    cols = (np.arange(size) * img.shape[1] / size).astype(int)
    img = img[np.ix_(rows, cols)]
    std = float(img.std())
    img = (img - float(img.mean())) / (std if std > 1e-6 else 1.0)
    return img[None, :, :].astype(np.float32)
