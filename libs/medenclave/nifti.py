"""DICOM slices → NIfTI volumes: grouping, slice order, geometry and checks, without I/O
(used by training's ``convert nifti`` and by :mod:`medenclave.volumes` for 3-D models).

The rules follow dcm2niix, so the volumes agree with it once both are reoriented to the
closest canonical orientation:

* instances are split into series by SeriesInstanceUID, image orientation and matrix size;
* slices are ordered by their position along the slice normal (row × column cosine), never
  by file name or InstanceNumber;
* the affine maps voxel (column, row, slice) to RAS millimetres: DICOM's LPS with x and y
  negated, the origin at the first slice's ImagePositionPatient;
* stored values are kept, with one RescaleSlope/RescaleIntercept as the NIfTI scaling, or
  real-world float32 values when the slices disagree on it; MONOCHROME1 is not inverted
  (dcm2niix does not either): the sidecar names the photometric interpretation.

A series this module cannot convert faithfully raises :class:`ConversionError` naming the
series (by its output name, never a value from the dataset) and the problem: a missing slice,
two slices at one position, uneven spacing, a gantry tilt, a multi-frame object without
per-frame geometry, or a volume above the limit. Enhanced (multi-frame) CT/MR objects arrive
here already split into one header per frame by the reader.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

__all__ = ["ConversionError", "ConversionLimits", "SeriesPlan", "SliceHeader", "assemble_volume",
           "group_slices", "plan_series", "sidecar"]

#: positions closer than this along the normal are the same position (mm)
DUPLICATE_MM = 0.01
#: a step may differ from the mean step by this fraction before the spacing is uneven
SPACING_TOLERANCE = 0.01
#: an in-plane drift of the slice origins beyond this (mm per slice) is a gantry tilt
TILT_MM = 0.01


class ConversionError(ValueError):
    """A series cannot be converted; ``str()`` is one line naming the series and the problem."""

    def __init__(self, series: str, problem: str) -> None:
        super().__init__(f"series {series}: {problem}")
        self.series = series
        self.problem = problem


@dataclass(frozen=True)
class ConversionLimits:
    """Bounds on what one conversion may allocate; each has a safe default."""

    #: voxels of one series (rows × columns × slices): 512 Mi voxels, 1 GiB at 16 bits
    max_voxels: int = 512 * 1024 * 1024
    #: instances read from one source folder
    max_files: int = 100_000

    def __post_init__(self) -> None:
        if self.max_voxels < 1 or self.max_files < 1:
            raise ValueError("conversion limits must be positive")


@dataclass(frozen=True)
class SliceHeader:
    """What the converter needs of one instance; ``key`` is the caller's handle on the file."""

    key: int
    series_uid: str
    series_number: int | None
    modality: str
    rows: int
    cols: int
    position: tuple[float, float, float] | None
    orientation: tuple[float, ...] | None
    pixel_spacing: tuple[float, float] | None
    slice_thickness: float | None = None
    slope: float = 1.0
    intercept: float = 0.0
    photometric: str = "MONOCHROME2"
    frames: int = 1
    samples_per_pixel: int = 1


@dataclass(frozen=True)
class SeriesPlan:
    """One volume to write: its name, slice order (keys), affine and scaling."""

    name: str
    keys: tuple[int, ...]
    affine: np.ndarray
    shape: tuple[int, int, int]  # (columns, rows, slices): NIfTI's i, j, k
    slice_spacing: float
    slope: float | None  # None: the slices disagree; assemble_volume applies each slice's own
    intercept: float | None
    first: SliceHeader
    scaling: tuple[tuple[float, float], ...] = field(default=())  # per slice, in key order


def _name(number: int | None, uid: str, part: int, parts: int) -> str:
    digest = hashlib.sha256(uid.encode()).hexdigest()[:8]
    base = f"series-{number:03d}-{digest}" if number is not None else f"series-{digest}"
    return f"{base}-part{part + 1}" if parts > 1 else base


def group_slices(headers: Iterable[SliceHeader]) -> list[tuple[str, list[SliceHeader]]]:
    """Split instances into series like dcm2niix: by UID, then orientation and matrix size.

    Returns ``(name, slices)`` pairs ordered by series number then name; a series split in
    parts (two orientations, say a localizer's three planes) gets ``-part1``, ``-part2``, ….
    """
    by_uid: dict[str, dict[tuple, list[SliceHeader]]] = {}
    for h in headers:
        orient = tuple(round(v, 4) for v in h.orientation) if h.orientation else None
        by_uid.setdefault(h.series_uid, {}).setdefault((orient, h.rows, h.cols), []).append(h)
    named: list[tuple[tuple[int, str], str, list[SliceHeader]]] = []
    for uid, parts in by_uid.items():
        for i, group in enumerate(parts.values()):
            number = group[0].series_number
            name = _name(number, uid, i, len(parts))
            named.append(((number if number is not None else -1, name), name, group))
    return [(name, group) for _, name, group in sorted(named, key=lambda t: t[0])]


def _geometry(name: str, slices: Sequence[SliceHeader]) -> tuple[np.ndarray, np.ndarray]:
    first = slices[0]
    if first.frames > 1:
        raise ConversionError(name, "multi-frame images without per-frame geometry "
                                    "(functional groups) are not supported")
    if first.samples_per_pixel != 1:
        raise ConversionError(name, "colour images cannot become a NIfTI volume")
    for h in slices:
        if h.position is None or h.orientation is None or h.pixel_spacing is None:
            raise ConversionError(name, "an instance lacks ImagePositionPatient, "
                                        "ImageOrientationPatient or PixelSpacing")
    cosines = np.array(first.orientation, dtype=float).reshape(2, 3)
    if not np.all(np.isfinite(cosines)) or not np.allclose(np.linalg.norm(cosines, axis=1), 1,
                                                           atol=1e-3):
        raise ConversionError(name, "ImageOrientationPatient is not two unit vectors")
    positions = np.array([h.position for h in slices], dtype=float)
    spacing = np.array(first.pixel_spacing, dtype=float)
    if not np.all(np.isfinite(positions)) or not np.all(np.isfinite(spacing)) or np.any(
            spacing <= 0):
        raise ConversionError(name, "ImagePositionPatient or PixelSpacing is not a finite "
                                    "positive number")
    return cosines, positions


def _check_steps(name: str, steps: np.ndarray) -> float:
    """The mean step between sorted slices, after refusing duplicates, gaps and uneven steps."""
    if np.any(steps < DUPLICATE_MM):
        k = int(np.argmax(steps < DUPLICATE_MM))
        raise ConversionError(name, f"two instances share one slice position "
                                    f"(slices {k + 1} and {k + 2} of {len(steps) + 1} in order)")
    step = float(np.median(steps))
    off = np.abs(steps - step) > SPACING_TOLERANCE * step
    if np.any(off):
        k = int(np.argmax(off))
        ratio = steps[k] / step
        if abs(ratio - round(ratio)) <= SPACING_TOLERANCE and round(ratio) >= 2:
            raise ConversionError(name, f"{round(ratio) - 1} slice(s) missing after slice {k + 1} "
                                        f"(gap {steps[k]:.3f} mm, spacing {step:.3f} mm)")
        raise ConversionError(name, f"inconsistent slice spacing: {steps.min():.3f} to "
                                    f"{steps.max():.3f} mm (after slice {k + 1})")
    return float((steps.sum()) / len(steps))


def plan_series(name: str, slices: Sequence[SliceHeader],
                limits: ConversionLimits = ConversionLimits()) -> SeriesPlan:
    """Order the slices of one series and work out its affine and scaling.

    Raises:
        ConversionError: the series cannot become one faithful volume (see the module doc).
    """
    cosines, positions = _geometry(name, slices)
    first = slices[0]
    voxels = first.rows * first.cols * len(slices)
    if voxels > limits.max_voxels:
        raise ConversionError(name, f"volume of {voxels} voxels is above the limit of "
                                    f"{limits.max_voxels}")
    normal = np.cross(cosines[0], cosines[1])
    distance = positions @ normal
    order = np.argsort(distance, kind="stable")
    positions, distance = positions[order], distance[order]
    ordered = [slices[int(i)] for i in order]
    if len(ordered) > 1:
        spacing = _check_steps(name, np.diff(distance))
        # what is left of each origin's offset from the first once the normal part is removed
        drift = (positions - positions[0]) - np.outer(distance - distance[0], normal)
        per_slice = np.linalg.norm(drift, axis=1)[1:] / np.arange(1, len(ordered))
        if np.any(per_slice > TILT_MM):
            raise ConversionError(name, "gantry tilt (slice origins drift in-plane); "
                                        "tilted stacks are not supported yet")
        step = (positions[-1] - positions[0]) / (len(ordered) - 1)
    else:
        spacing = float(first.slice_thickness or 1.0)
        step = normal * spacing
    row_spacing, col_spacing = (float(v) for v in first.pixel_spacing or (1.0, 1.0))
    lps = np.eye(4)
    lps[:3, 0] = cosines[0] * col_spacing
    lps[:3, 1] = cosines[1] * row_spacing
    lps[:3, 2] = step
    lps[:3, 3] = positions[0]
    affine = np.diag([-1.0, -1.0, 1.0, 1.0]) @ lps
    scaling = tuple((h.slope, h.intercept) for h in ordered)
    uniform = len(set(scaling)) == 1
    return SeriesPlan(name=name, keys=tuple(h.key for h in ordered), affine=affine,
                      shape=(first.cols, first.rows, len(ordered)), slice_spacing=spacing,
                      slope=scaling[0][0] if uniform else None,
                      intercept=scaling[0][1] if uniform else None, first=first,
                      scaling=scaling)


def assemble_volume(plan: SeriesPlan, pixels: Sequence[np.ndarray]) -> np.ndarray:
    """Stack the slices' stored values (in ``plan.keys`` order) as a (columns, rows, slices) array.

    With one slope/intercept for the series the stored values are returned as they are (the
    writer puts the scaling in the header); otherwise real-world float32 values.

    Raises:
        ConversionError: a slice's pixel matrix is not the series' rows × columns.
    """
    cols, rows, n = plan.shape
    if len(pixels) != n:
        raise ConversionError(plan.name, f"{len(pixels)} pixel matrices for {n} slices")
    for p in pixels:
        if p.shape != (rows, cols):
            raise ConversionError(plan.name, "a slice's pixel data does not match its Rows and "
                                             "Columns")
    if plan.slope is not None:
        stack = np.stack(pixels)  # (slices, rows, cols), C order: as NIfTI's (i, j, k) in F order
    else:
        stack = np.stack([p.astype(np.float64) * s + b
                          for p, (s, b) in zip(pixels, plan.scaling, strict=True)]
                         ).astype(np.float32)
    return stack.transpose(2, 1, 0)


def sidecar(plan: SeriesPlan, *, software_version: str) -> dict[str, object]:
    """The JSON sidecar of a volume: acquisition facts only, nothing that names a patient."""
    first = plan.first
    out: dict[str, object] = {
        "Modality": first.modality or None,
        "SeriesNumber": first.series_number,
        "SliceThickness": first.slice_thickness,
        "SpacingBetweenSlices": round(plan.slice_spacing, 6),
        "ImageOrientationPatientDICOM": list(first.orientation or ()),
        "PhotometricInterpretation": first.photometric,
        "Slices": len(plan.keys),
        "ConversionSoftware": "medenclave",
        "ConversionSoftwareVersion": software_version,
    }
    if plan.slope is not None and (plan.slope, plan.intercept) != (1.0, 0.0):
        out["RescaleSlope"], out["RescaleIntercept"] = plan.slope, plan.intercept
    elif plan.slope is None:
        out["RescaleApplied"] = "per slice; values are real-world float32"
    return {k: v for k, v in out.items() if v is not None}
