"""Frames of an image rendered as a person would see them, for the burned-in text detector.

A detector sees 8-bit grey pictures; a DICOM image holds stored values. Rendering follows the
standard's pipeline as far as it matters for reading text:

1. **Frames**: a few, not all — the first, the middle and the last of a multi-frame image
   (devices stamp their text on every frame; cine loops run to hundreds of frames).
   Each is decoded on its own (``pydicom.pixels.pixel_array(index=…)``), compressed ones
   through whatever decoder pydicom has (Pillow, GDCM …).
2. **Modality LUT**: RescaleSlope/Intercept or the Modality LUT Sequence.
3. **VOI**: the first WindowCenter/WindowWidth, else the VOI LUT Sequence, else (stored values
   wider than 8 bits) a percentile window (0.5 %–99.5 %): burned-in text sits at the extremes
   and saturates, which keeps it legible.
4. **MONOCHROME1** is inverted (0 is white there).
5. **Colour → grey**: YBR is converted to RGB by the decoder, PALETTE COLOR through its
   lookup tables, then luminance (ITU-R BT.601 weights).
6. **Huge images** are shrunk by whole-pixel block averaging until the long side is at most
   ``max_side``.

The source dataset is not changed: deferred values (pixel data left unread by the session)
are read into a private copy of the pixel module.
"""

from __future__ import annotations

import math

import numpy as np
from pydicom.dataelem import RawDataElement
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.filereader import read_deferred_data_element
from pydicom.multival import MultiValue
from pydicom.pixels import apply_color_lut, apply_modality_lut, apply_voi_lut, pixel_array

__all__ = ["PIXEL_DATA_TAGS", "FrameRenderError", "frame_indices", "render_frames"]

#: Pixel Data, Float Pixel Data, Double Float Pixel Data
PIXEL_DATA_TAGS = (0x7FE00010, 0x7FE00008, 0x7FE00009)
_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)


class FrameRenderError(ValueError):
    """The pixel data cannot be decoded or rendered (the message names no data value)."""


def frame_indices(frames: int, most: int = 3) -> list[int]:
    """The frames to look at: first, middle and last (at most ``most``), in order."""
    if frames <= 1 or most <= 1:
        return [0]
    picks = {0, frames // 2, frames - 1}
    if most == 2:
        picks = {0, frames - 1}
    return sorted(picks)[:most]


def _element(ds: Dataset, tag: int):
    """The element as stored, its value read if the reader deferred it (``ds`` unchanged)."""
    elem = ds.get_item(tag, keep_deferred=True)
    if isinstance(elem, RawDataElement) and elem.value is None and elem.length:
        buffer = getattr(ds, "buffer", None)
        source = buffer if buffer is not None and not getattr(buffer, "closed", False) \
            else ds.filename
        elem = read_deferred_data_element(ds.fileobj_type, source, ds.timestamp, elem)
    return elem


def _pixel_module(ds: Dataset) -> Dataset:
    """A private dataset with the transfer syntax, group 0028 and the pixel data of ``ds``."""
    out = Dataset()
    out.file_meta = FileMetaDataset()
    meta = getattr(ds, "file_meta", None)
    ts = meta.get("TransferSyntaxUID") if meta is not None else None
    if ts is None:
        raise FrameRenderError("no transfer syntax")
    out.file_meta.TransferSyntaxUID = ts
    implicit, little = ds.original_encoding
    out.set_original_encoding(implicit, little, ds.original_character_set)
    for tag in ds.keys():  # noqa: SIM118 (a pydicom Dataset iterates its elements, not its tags)
        if (tag >> 16) == 0x0028 or int(tag) in PIXEL_DATA_TAGS:
            out[tag] = _element(ds, tag)
    return out


def _frames(ds: Dataset) -> int:
    try:
        return max(1, int(ds.get("NumberOfFrames", 1) or 1))
    except (TypeError, ValueError):
        raise FrameRenderError("NumberOfFrames is not a number") from None


def _first(value) -> float | None:
    """The first of a possibly multi-valued number (WindowCenter 40\\400 → 40), or None."""
    if isinstance(value, (list, tuple, MultiValue)):
        value = value[0] if len(value) else None
    try:
        return float(value) if value is not None and value != "" else None
    except (TypeError, ValueError):
        return None


def _stretch(values: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """Map ``lo..hi`` linearly onto 0..255 (clipping), as 8-bit."""
    if not math.isfinite(lo) or not math.isfinite(hi) or hi <= lo:
        lo, hi = float(np.nanmin(values)), float(np.nanmax(values))
        if hi <= lo:
            return np.zeros(values.shape, dtype=np.uint8)
    scaled = (values.astype(np.float32) - lo) * (255.0 / (hi - lo))
    return np.clip(np.nan_to_num(scaled), 0, 255).astype(np.uint8)


def _grey(pds: Dataset, frame: np.ndarray) -> np.ndarray:
    """One decoded monochrome frame as 8-bit grey, as displayed."""
    values = apply_modality_lut(frame, pds).astype(np.float32)
    center, width = _first(pds.get("WindowCenter")), _first(pds.get("WindowWidth"))
    if center is not None and width is not None and width >= 1:
        grey = _stretch(values, center - width / 2, center + width / 2)
    elif "VOILUTSequence" in pds:
        windowed = apply_voi_lut(values, pds, index=0).astype(np.float32)
        grey = _stretch(windowed, float(windowed.min()), float(windowed.max()))
    elif int(pds.get("BitsStored", 8) or 8) <= 8 and frame.dtype.kind in "ub" \
            and not ("RescaleSlope" in pds or "ModalityLUTSequence" in pds):
        grey = np.clip(values, 0, 255).astype(np.uint8)
    else:
        lo, hi = np.percentile(values, (0.5, 99.5))
        grey = _stretch(values, float(lo), float(hi))
    if str(pds.get("PhotometricInterpretation", "")).strip().upper() == "MONOCHROME1":
        grey = 255 - grey
    return grey


def _luminance(rgb: np.ndarray, bits: int) -> np.ndarray:
    full = float(2 ** min(max(bits, 1), 32) - 1)
    if rgb.dtype.kind == "f":
        full = float(np.nanmax(rgb)) or 1.0
    return np.clip(rgb.astype(np.float32) @ _LUMA * (255.0 / full), 0, 255).astype(np.uint8)


def _shrink(image: np.ndarray, max_side: int) -> np.ndarray:
    """Block-average ``image`` by the smallest whole factor that brings its long side to
    ``max_side`` or less."""
    factor = math.ceil(max(image.shape) / max_side) if max_side > 0 else 1
    if factor <= 1:
        return image
    rows, cols = (image.shape[0] // factor) * factor, (image.shape[1] // factor) * factor
    blocks = image[:rows, :cols].reshape(rows // factor, factor, cols // factor, factor)
    return blocks.mean(axis=(1, 3)).astype(np.uint8)


def _render_one(pds: Dataset, index: int, frames: int) -> np.ndarray:
    frame = pixel_array(pds, index=index if frames > 1 else None)
    photometric = str(pds.get("PhotometricInterpretation", "")).strip().upper()
    if photometric == "PALETTE COLOR":
        rgb = apply_color_lut(frame, pds)
        return _luminance(rgb, 8 if rgb.dtype.itemsize == 1 else 16)
    if frame.ndim == 3:  # RGB (YBR already converted by the decoder)
        return _luminance(frame, int(pds.get("BitsStored", 8) or 8))
    if frame.ndim != 2:
        raise FrameRenderError("unexpected frame shape")
    return _grey(pds, frame)


def render_frames(ds: Dataset, *, most: int = 3, max_side: int = 2048) -> list[np.ndarray]:
    """The frames of ``ds`` to screen, each a 2-D ``uint8`` array (0 black … 255 white).

    Args:
        ds: the source dataset as read (pixel data may be deferred; ``ds`` is not changed).
        most: how many frames of a multi-frame image (first, middle, last).
        max_side: images larger than this are shrunk (whole-factor block average).

    Raises:
        FrameRenderError: no pixel data, or it cannot be decoded or rendered (no decoder for
            the transfer syntax, truncated or inconsistent data).
    """
    if not any(tag in ds for tag in PIXEL_DATA_TAGS):
        raise FrameRenderError("no pixel data")
    try:
        pds = _pixel_module(ds)
        frames = _frames(pds)
        return [_shrink(_render_one(pds, i, frames), max_side)
                for i in frame_indices(frames, most)]
    except FrameRenderError:
        raise
    except Exception as exc:  # decoders raise anything; the class name carries no data
        raise FrameRenderError(f"pixel data not renderable ({type(exc).__name__})") from None
