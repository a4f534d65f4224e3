"""A folder of DICOM files → one ``.nii.gz`` and one JSON sidecar per series (pydicom, nibabel).

The decisions (series split, slice order, affine, checks) are
:mod:`medenclave_training.core.nifti`'s; this module only reads the files and writes the
volumes. Each volume and sidecar is written to a hidden temporary name in the destination and
renamed into place, so a refused or interrupted series leaves nothing behind.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nibabel as nib
import numpy as np
import pydicom
from pydicom.errors import InvalidDicomError

from medenclave import __version__
from medenclave_training.core.nifti import (
    ConversionError,
    ConversionLimits,
    SeriesPlan,
    SliceHeader,
    assemble_volume,
    group_slices,
    plan_series,
    sidecar,
)

__all__ = ["ConversionReport", "convert_folder", "read_slice_headers"]

log = logging.getLogger(__name__)

_HEADER_TAGS = ["SeriesInstanceUID", "SeriesNumber", "Modality", "Rows", "Columns",
                "SharedFunctionalGroupsSequence", "PerFrameFunctionalGroupsSequence",
                "ImagePositionPatient", "ImageOrientationPatient", "PixelSpacing",
                "SliceThickness", "RescaleSlope", "RescaleIntercept",
                "PhotometricInterpretation", "NumberOfFrames", "SamplesPerPixel"]


@dataclass
class ConversionReport:
    """What one folder's conversion did: volumes written, series refused, files skipped."""

    converted: list[dict[str, object]] = field(default_factory=list)
    refused: list[dict[str, str]] = field(default_factory=list)
    skipped: int = 0

    def as_dict(self) -> dict[str, object]:
        return {"converted": self.converted, "refused": self.refused, "skipped": self.skipped}


def _floats(value: object, n: int) -> tuple[float, ...] | None:
    try:
        values = tuple(float(v) for v in value)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        return None
    return values if len(values) == n else None


def _number(value: object, default: float) -> float:
    try:
        return float(value) if value not in (None, "") else default  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def _group(frame: object, shared: object, sequence: str) -> object | None:
    """The one item of a functional group, from the frame's groups or else the shared ones."""
    for groups in (frame, shared):
        items = getattr(groups, sequence, None) if groups is not None else None
        if items:
            return items[0]
    return None


def _enhanced_frames(ds: pydicom.Dataset) -> list[dict[str, object]] | None:
    """Each frame's geometry and rescale from the functional groups (None: not enhanced)."""
    per_frame = ds.get("PerFrameFunctionalGroupsSequence")
    frames = int(_number(ds.get("NumberOfFrames"), 1))
    if not per_frame or len(per_frame) != frames:
        return None
    shared_seq = ds.get("SharedFunctionalGroupsSequence")
    shared = shared_seq[0] if shared_seq else None
    out = []
    for frame in per_frame:
        position = _group(frame, shared, "PlanePositionSequence")
        orientation = _group(frame, shared, "PlaneOrientationSequence")
        measures = _group(frame, shared, "PixelMeasuresSequence")
        transform = _group(frame, shared, "PixelValueTransformationSequence")
        out.append({
            "ImagePositionPatient": getattr(position, "ImagePositionPatient", None),
            "ImageOrientationPatient": getattr(orientation, "ImageOrientationPatient", None),
            "PixelSpacing": getattr(measures, "PixelSpacing", None),
            "SliceThickness": getattr(measures, "SliceThickness", None),
            "RescaleSlope": getattr(transform, "RescaleSlope", ds.get("RescaleSlope")),
            "RescaleIntercept": getattr(transform, "RescaleIntercept",
                                        ds.get("RescaleIntercept")),
            "NumberOfFrames": 1})
    return out


def read_slice_headers(path: Path, first_key: int) -> list[SliceHeader]:
    """The converter's view of one file: one header per slice (per frame of an enhanced object).

    An empty list for a file that is no image (SR, KOS, PR, not DICOM). Keys are ``first_key``,
    ``first_key + 1``, … in frame order.

    Raises:
        OSError: the file cannot be read.
    """
    try:
        ds = pydicom.dcmread(path, stop_before_pixels=True, specific_tags=_HEADER_TAGS)
    except (InvalidDicomError, EOFError, ValueError, TypeError, KeyError):
        return []
    if "Rows" not in ds or "Columns" not in ds:
        return []
    number = ds.get("SeriesNumber")
    frames: list[Any] = _enhanced_frames(ds) or [ds]
    headers = []
    for i, f in enumerate(frames):
        get = f.get
        headers.append(SliceHeader(
            key=first_key + i, series_uid=str(ds.get("SeriesInstanceUID", "")),
            series_number=int(number) if number not in (None, "") else None,
            modality=str(ds.get("Modality", "")), rows=int(ds.Rows), cols=int(ds.Columns),
            position=_floats(get("ImagePositionPatient"), 3),  # type: ignore[arg-type]
            orientation=_floats(get("ImageOrientationPatient"), 6),
            pixel_spacing=_floats(get("PixelSpacing"), 2),  # type: ignore[arg-type]
            slice_thickness=_number(get("SliceThickness"), 0.0) or None,
            slope=_number(get("RescaleSlope"), 1.0),
            intercept=_number(get("RescaleIntercept"), 0.0),
            photometric=str(ds.get("PhotometricInterpretation", "MONOCHROME2")),
            frames=int(_number(get("NumberOfFrames"), 1)),
            samples_per_pixel=int(_number(ds.get("SamplesPerPixel"), 1))))
    return headers


def _pixels(sources: list[tuple[Path, int | None]], keys: tuple[int, ...]) -> list[np.ndarray]:
    """Each key's pixel matrix, decoding every file once (an enhanced object holds many)."""
    decoded: dict[Path, np.ndarray] = {}
    out = []
    for key in keys:
        path, frame = sources[key]
        if path not in decoded:
            decoded[path] = pydicom.dcmread(path).pixel_array
        out.append(decoded[path] if frame is None else decoded[path][frame])
    return out


def _replace_atomically(dst: Path, write) -> None:
    tmp = dst.with_name(f".{dst.name[:-len(''.join(dst.suffixes))]}.{os.getpid()}.tmp"
                        f"{''.join(dst.suffixes)}")
    try:
        write(tmp)
        os.replace(tmp, dst)
    finally:
        tmp.unlink(missing_ok=True)


def _write(plan: SeriesPlan, volume: np.ndarray, dst: Path) -> dict[str, object]:
    image = nib.Nifti1Image(volume, plan.affine)
    image.header.set_xyzt_units("mm", "sec")
    image.set_qform(plan.affine, code=1)
    image.set_sform(plan.affine, code=1)
    if plan.slope is not None and (plan.slope, plan.intercept) != (1.0, 0.0):
        image.header.set_slope_inter(plan.slope, plan.intercept)
    nii, meta = dst / f"{plan.name}.nii.gz", dst / f"{plan.name}.json"
    _replace_atomically(nii, lambda tmp: nib.save(image, tmp))
    try:
        text = json.dumps(sidecar(plan, software_version=__version__), indent=2)
        _replace_atomically(meta, lambda tmp: tmp.write_text(text + "\n", encoding="utf-8"))
    except BaseException:
        nii.unlink(missing_ok=True)
        raise
    return {"series": plan.name, "nifti": str(nii), "sidecar": str(meta),
            "shape": list(plan.shape), "slices": len(plan.keys)}


def convert_folder(src: Path, dst: Path,
                   limits: ConversionLimits | None = None) -> ConversionReport:
    """Convert every series of the DICOM files under ``src`` (recursively) into ``dst``.

    A series that cannot be converted faithfully is refused (listed in the report with a
    one-line reason) and leaves no file; the others are written.

    Raises:
        ValueError: ``src`` holds more files than ``limits.max_files``.
        OSError: a file cannot be read or the destination cannot be written.
    """
    limits = limits or ConversionLimits()
    files = []
    for path in sorted(src.rglob("*")) if src.is_dir() else [src]:
        if path.is_file():
            files.append(path)
            if len(files) > limits.max_files:
                raise ValueError(f"more than {limits.max_files} files under the source folder")
    report = ConversionReport()
    headers: list[SliceHeader] = []
    sources: list[tuple[Path, int | None]] = []  # key → (file, frame of an enhanced object)
    for path in files:
        found = read_slice_headers(path, len(sources))
        if not found:
            report.skipped += 1
        sources.extend((path, i if len(found) > 1 else None) for i in range(len(found)))
        headers.extend(found)
    dst.mkdir(parents=True, exist_ok=True)
    for name, slices in group_slices(headers):
        try:
            plan = plan_series(name, slices, limits)
            volume = assemble_volume(plan, _pixels(sources, plan.keys))
        except ConversionError as exc:
            report.refused.append({"series": name, "reason": exc.problem})
            log.warning("series refused", extra={"code": "TRN-600", "fields": {"series": name}})
            continue
        except (ValueError, AttributeError, NotImplementedError, RuntimeError) as exc:
            # pydicom cannot decode the pixel data (unsupported transfer syntax, truncated file)
            report.refused.append({"series": name,
                                   "reason": f"pixel data cannot be decoded ({type(exc).__name__})"})
            continue
        report.converted.append(_write(plan, volume, dst))
    return report
