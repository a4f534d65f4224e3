"""A quarantined instance rendered for the privacy officer: one frame, a window/level, a PNG.

The officer decides whether text is burned into the pixels, so the rendering shows them as a
radiologist's viewer would: the modality rescale (slope/intercept), the window (the one asked
for, else the header's first, else the pixels' range), MONOCHROME1 inverted, colour reduced to
luminance, at most ``max_side`` pixels a side. The PNG is written here (zlib), no imaging
library needed.
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass

import numpy as np

__all__ = ["Preview", "PreviewError", "encode_png", "render_preview", "window_to_bytes"]


class PreviewError(ValueError):
    """The instance has no pixels that can be shown (a reason code, never a value)."""


@dataclass(frozen=True)
class Preview:
    png: bytes
    window_center: float
    window_width: float
    rows: int
    columns: int


def window_to_bytes(values: np.ndarray, *, center: float, width: float) -> np.ndarray:
    """DICOM PS3.3 C.11.2.1.2 linear windowing to 0–255."""
    span = max(width - 1.0, 1.0)
    scaled = ((values.astype(np.float64) - (center - 0.5)) / span + 0.5) * 255.0
    return np.clip(np.rint(scaled), 0, 255).astype(np.uint8)


def encode_png(gray: np.ndarray) -> bytes:
    """An 8-bit grayscale PNG of a 2-D uint8 array."""
    if gray.ndim != 2 or gray.dtype != np.uint8:
        raise PreviewError("not_a_grayscale_image")
    rows, cols = gray.shape
    raw = b"".join(b"\x00" + gray[r].tobytes() for r in range(rows))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", cols, rows, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def _first(value, default: float) -> float:
    if value is None or value == "":
        return default
    try:
        return float(value[0]) if hasattr(value, "__len__") and not isinstance(value, str) \
            else float(value)
    except (TypeError, ValueError, IndexError):
        return default


def render_preview(dicom: bytes, *, center: float = 0.0, width: float = 0.0,
                   max_side: int = 1024) -> Preview:
    """Render the first frame of a DICOM instance.

    Args:
        dicom: the instance (Part 10 bytes).
        center, width: the window; ``width <= 0`` takes the header's, else the pixels' range.
        max_side: larger images are reduced by an integer step.

    Raises:
        PreviewError: no pixel data, or pixel data that cannot be decoded.
    """
    import pydicom

    try:
        ds = pydicom.dcmread(io.BytesIO(dicom), force=True)
        if "PixelData" not in ds and "FloatPixelData" not in ds:
            raise PreviewError("no_pixel_data")
        pixels = np.asarray(ds.pixel_array)
    except PreviewError:
        raise
    except Exception:  # a decoder's error text may quote the data: a code only
        raise PreviewError("pixels_not_decodable") from None
    frames = int(getattr(ds, "NumberOfFrames", 1) or 1)
    photometric = str(getattr(ds, "PhotometricInterpretation", "MONOCHROME2"))
    if frames > 1:
        pixels = pixels[0]
    if pixels.ndim == 3:  # colour: luminance (ITU-R BT.601)
        pixels = pixels[..., :3].astype(np.float64) @ np.array([0.299, 0.587, 0.114])
    if pixels.ndim != 2:
        raise PreviewError("unsupported_pixel_layout")
    values = pixels.astype(np.float64) * _first(getattr(ds, "RescaleSlope", None), 1.0) \
        + _first(getattr(ds, "RescaleIntercept", None), 0.0)
    if width <= 0:
        width = _first(getattr(ds, "WindowWidth", None), 0.0)
        center = _first(getattr(ds, "WindowCenter", None), 0.0)
    if width <= 0:
        low, high = float(values.min()), float(values.max())
        center, width = (low + high) / 2, max(high - low, 1.0)
    gray = window_to_bytes(values, center=center, width=width)
    if photometric == "MONOCHROME1":
        gray = 255 - gray
    step = max(1, -(-max(gray.shape) // max_side))
    rows, cols = pixels.shape
    return Preview(png=encode_png(np.ascontiguousarray(gray[::step, ::step])),
                   window_center=center, window_width=width, rows=rows, columns=cols)
