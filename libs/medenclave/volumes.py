"""A study's series as one volume, the input of 3-D models: training and inference both build
it here from DICOM bytes, with :mod:`medenclave.nifti`'s rules (those of ``medenclave convert
nifti`` and dcm2niix: series split, slices sorted by position along the normal, spacing and
gaps checked, affine in RAS, rescale), then :func:`medenclave.preprocess.apply` runs the 3-D
chain on it, its ``orientation`` and ``spacing`` steps using that affine.

A study with several series gives the volume of its largest (most slices; the first by
series number among equals): a scout or a dose report does not compete with the CT itself.
Instances without pixel data (SR, KOS, PR) are skipped and counted.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

import numpy as np

from medenclave.nifti import (
    ConversionError,
    ConversionLimits,
    SliceHeader,
    assemble_volume,
    group_slices,
    plan_series,
)
from medenclave.preprocess import Chain, ImageMeta, PreprocessError, apply

__all__ = ["DEFAULT_LIMITS", "HEADER_TAGS", "VolumeError", "from_series", "slice_headers", "study_volume"]

#: what :func:`slice_headers` reads of an instance (pydicom ``specific_tags``)
HEADER_TAGS = ["SeriesInstanceUID", "SeriesNumber", "Modality", "Rows", "Columns",
               "SharedFunctionalGroupsSequence", "PerFrameFunctionalGroupsSequence",
               "ImagePositionPatient", "ImageOrientationPatient", "PixelSpacing",
               "SliceThickness", "RescaleSlope", "RescaleIntercept",
               "PhotometricInterpretation", "NumberOfFrames", "SamplesPerPixel"]


#: the converter's safe defaults (512 Mi voxels, 100 000 instances)
DEFAULT_LIMITS = ConversionLimits()


class VolumeError(ValueError):
    """The instances do not make one faithful volume; ``str()`` names the series (by a hash of
    its UID) and the problem (a missing or duplicate slice, uneven spacing, a tilt...), never
    a value from the dataset."""


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


def _enhanced_frames(ds: Any) -> list[dict[str, object]] | None:
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


def slice_headers(ds: Any, first_key: int) -> list[SliceHeader]:
    """The converter's view of one parsed instance (a pydicom dataset, pixels not needed): one
    header per slice (per frame of an enhanced object), keys ``first_key``, ``first_key + 1``,
    … in frame order; an empty list for an instance that is no image (SR, KOS, PR)."""
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


def _read(blob: bytes, **kwargs: Any) -> Any:
    import pydicom

    try:
        return pydicom.dcmread(io.BytesIO(blob), **kwargs)
    except Exception:  # pydicom's messages may quote dataset values: keep only the outcome
        raise PreprocessError("image_unreadable") from None


def study_volume(blobs: Sequence[bytes], limits: ConversionLimits = DEFAULT_LIMITS
                 ) -> tuple[np.ndarray, ImageMeta, int]:
    """The volume of the study's largest series, as :func:`~medenclave.preprocess.apply`
    takes it (``[slices, columns, rows]`` stored values; once apply moves the slice axis last
    it is the NIfTI volume ``[columns, rows, slices]`` and ``meta.affine`` its affine), and
    how many instances were not images.

    Raises:
        PreprocessError: ``not_an_image`` (no image at all), ``image_unreadable``.
        VolumeError: the series is not one faithful volume, or is above ``limits``.
    """
    if len(blobs) > limits.max_files:
        raise VolumeError(f"{len(blobs)} instances; at most {limits.max_files}")
    headers: list[SliceHeader] = []
    where: list[tuple[int, int | None]] = []  # key → (instance, frame of a multi-frame one)
    skipped = 0
    for i, blob in enumerate(blobs):
        found = slice_headers(_read(blob, stop_before_pixels=True, specific_tags=HEADER_TAGS),
                              len(where))
        if not found:
            skipped += 1
        headers.extend(found)
        where.extend((i, k if len(found) > 1 else None) for k in range(len(found)))
    if not headers:
        raise PreprocessError("not_an_image")
    name, slices = max(group_slices(headers), key=lambda g: len(g[1]))
    decoded: dict[int, np.ndarray] = {}
    try:
        plan = plan_series(name, slices, limits)
        pixels = []
        for key in plan.keys:
            index, frame = where[key]
            if index not in decoded:
                try:
                    decoded[index] = np.asarray(_read(blobs[index]).pixel_array)
                except PreprocessError:
                    raise
                except Exception:  # a codec is missing, the pixel data is short...
                    raise PreprocessError("image_unreadable") from None
            pixels.append(decoded[index] if frame is None else decoded[index][frame])
        volume = assemble_volume(plan, pixels)
    except ConversionError as exc:
        raise VolumeError(str(exc)) from None
    row_spacing, col_spacing = plan.first.pixel_spacing or (1.0, 1.0)
    slope, intercept = (plan.slope, plan.intercept) if plan.slope is not None else (1.0, 0.0)
    meta = ImageMeta(spacing=(col_spacing, row_spacing, plan.slice_spacing), affine=plan.affine,
                     slope=slope, intercept=intercept if intercept is not None else 0.0)
    return np.ascontiguousarray(volume.transpose(2, 0, 1)), meta, skipped


def from_series(chain: Chain, blobs: Sequence[bytes],
                limits: ConversionLimits = DEFAULT_LIMITS) -> tuple[np.ndarray, int]:
    """A 3-D model's input ``[1, S, S, S]`` from a study's instances (:func:`study_volume`,
    then ``chain``), and how many instances were not images.

    Raises:
        ValueError: ``chain`` is not 3-D.
        PreprocessError, VolumeError: see :func:`study_volume` and
            :func:`~medenclave.preprocess.apply`.
    """
    if chain.dims != 3:
        raise ValueError("from_series needs a 3-D chain")
    array, meta, skipped = study_volume(blobs, limits)
    return apply(chain, array, meta), skipped
