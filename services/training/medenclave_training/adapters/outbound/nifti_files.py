"""A folder of DICOM files → one ``.nii.gz`` and one JSON sidecar per series (pydicom, nibabel).

The decisions (series split, slice order, affine, checks) are the kit's
(:mod:`medenclave.nifti`); this module only reads the files and writes the volumes. Each
volume and sidecar is written to a hidden temporary name in the destination and renamed into
place, so a refused or interrupted series leaves nothing behind.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import nibabel as nib
import numpy as np
import pydicom
from pydicom.errors import InvalidDicomError

from medenclave import __version__
from medenclave.nifti import (
    ConversionError,
    ConversionLimits,
    SeriesPlan,
    SliceHeader,
    assemble_volume,
    group_slices,
    plan_series,
    sidecar,
)
from medenclave.volumes import HEADER_TAGS, slice_headers

__all__ = ["ConversionReport", "convert_folder", "read_slice_headers"]

log = logging.getLogger(__name__)

@dataclass
class ConversionReport:
    """What one folder's conversion did: volumes written, series refused, files skipped."""

    converted: list[dict[str, object]] = field(default_factory=list)
    refused: list[dict[str, str]] = field(default_factory=list)
    skipped: int = 0

    def as_dict(self) -> dict[str, object]:
        return {"converted": self.converted, "refused": self.refused, "skipped": self.skipped}


def read_slice_headers(path: Path, first_key: int) -> list[SliceHeader]:
    """The converter's view of one file (:func:`medenclave.volumes.slice_headers`): one header
    per slice (per frame of an enhanced object); an empty list for a file that is no image
    (SR, KOS, PR, not DICOM).

    Raises:
        OSError: the file cannot be read.
    """
    try:
        ds = pydicom.dcmread(path, stop_before_pixels=True, specific_tags=HEADER_TAGS)
    except (InvalidDicomError, EOFError, ValueError, TypeError, KeyError):
        return []
    return slice_headers(ds, first_key)


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
