"""Synthetic CT/MR series as one file per slice, with the geometry a real scanner writes.

Each slice carries ImagePositionPatient, ImageOrientationPatient, PixelSpacing, SliceThickness
and Rescale{Slope,Intercept}; the files can be named in shuffled order, and a series can be made
broken on purpose (a slice dropped, a position repeated, uneven spacing, a gantry tilt) so the
DICOM → NIfTI converter's refusals can be tested. No patient data: random pixels, made-up names.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

__all__ = ["AXIAL", "OBLIQUE", "SeriesSpec", "write_enhanced", "write_series"]

CT_IMAGE = "1.2.840.10008.5.1.4.1.1.2"
#: row and column direction cosines (LPS) of a plain axial slice
AXIAL = (1.0, 0.0, 0.0, 0.0, 1.0, 0.0)


def _oblique() -> tuple[float, ...]:
    """Row/column cosines rotated 20° about x then 15° about z: no axis is near another."""
    a, b = np.radians(20.0), np.radians(15.0)
    rx = np.array([[1, 0, 0], [0, np.cos(a), -np.sin(a)], [0, np.sin(a), np.cos(a)]])
    rz = np.array([[np.cos(b), -np.sin(b), 0], [np.sin(b), np.cos(b), 0], [0, 0, 1]])
    m = rz @ rx
    return tuple(float(v) for v in (*m[:, 0], *m[:, 1]))


OBLIQUE = _oblique()


@dataclass(frozen=True)
class SeriesSpec:
    """What to write; the defaults make a small, valid axial CT series."""

    rows: int = 24
    cols: int = 20
    slices: int = 12
    pixel_spacing: tuple[float, float] = (0.8, 0.7)  # (between rows, between columns) in mm
    slice_spacing: float = 2.5
    orientation: tuple[float, ...] = AXIAL
    origin: tuple[float, float, float] = (-80.0, -95.5, 30.0)
    slope: float = 1.0
    intercept: float = 0.0
    photometric: str = "MONOCHROME2"
    series_number: int = 3
    series_uid: str = ""
    study_uid: str = ""
    shuffle: bool = True
    drop_slice: int | None = None  # index of a slice left out: a gap in the stack
    duplicate_slice: int | None = None  # index of a slice written twice (another SOP UID)
    uneven_at: int | None = None  # index from which every slice is shifted by a third of a step
    tilt_mm_per_slice: float = 0.0  # shift of each slice along the column direction
    seed: int = 0


def write_series(folder: Path, spec: SeriesSpec = SeriesSpec()) -> np.ndarray:
    """Write one slice per file under ``folder``; returns the stored values (slices, rows, cols).

    Files are named ``IMG{n:04}.dcm`` by a shuffled counter when ``spec.shuffle`` (so neither the
    names nor InstanceNumber follow the slice order), else in stack order.
    """
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(spec.seed)
    stored = rng.integers(-1024, 3000, size=(spec.slices, spec.rows, spec.cols), dtype=np.int16)
    row_dir = np.array(spec.orientation[:3])
    col_dir = np.array(spec.orientation[3:])
    normal = np.cross(row_dir, col_dir)
    series_uid = spec.series_uid or generate_uid()
    study_uid = spec.study_uid or generate_uid()
    indices = [k for k in range(spec.slices) if k != spec.drop_slice]
    if spec.duplicate_slice is not None:
        indices.append(spec.duplicate_slice)
    order = list(range(len(indices)))
    names = list(range(len(indices)))
    if spec.shuffle:
        random.Random(spec.seed).shuffle(names)
        random.Random(spec.seed + 1).shuffle(order)
    for n, k in zip(names, indices, strict=True):
        offset = k * spec.slice_spacing
        if spec.uneven_at is not None and k >= spec.uneven_at:
            offset += spec.slice_spacing / 3
        position = (np.array(spec.origin) + offset * normal
                    + k * spec.tilt_mm_per_slice * col_dir)
        ds = _slice(spec, stored[k], position, series_uid, study_uid, instance=order[n] + 1)
        ds.save_as(folder / f"IMG{n:04}.dcm", enforce_file_format=True)
    return stored


def _slice(spec: SeriesSpec, pixels: np.ndarray, position: np.ndarray, series_uid: str,
           study_uid: str, *, instance: int) -> Dataset:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CT_IMAGE
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID = CT_IMAGE
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID = study_uid
    ds.SeriesInstanceUID = series_uid
    ds.FrameOfReferenceUID = generate_uid()
    ds.Modality = "CT"
    ds.PatientID = "SYNTH-0001"
    ds.PatientName = "Synthetic^Volume"
    ds.SeriesNumber = spec.series_number
    ds.InstanceNumber = instance
    ds.ImagePositionPatient = [round(float(v), 6) for v in position]
    ds.ImageOrientationPatient = [round(float(v), 8) for v in spec.orientation]
    ds.PixelSpacing = list(spec.pixel_spacing)
    ds.SliceThickness = spec.slice_spacing
    ds.RescaleSlope = spec.slope
    ds.RescaleIntercept = spec.intercept
    ds.RescaleType = "HU"
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = spec.photometric
    ds.Rows, ds.Columns = pixels.shape
    ds.BitsAllocated = 16
    ds.BitsStored = 16
    ds.HighBit = 15
    ds.PixelRepresentation = 1
    ds.PixelData = np.ascontiguousarray(pixels, dtype="<i2").tobytes()
    return ds


ENHANCED_CT = "1.2.840.10008.5.1.4.1.1.2.1"


def write_enhanced(path: Path, spec: SeriesSpec = SeriesSpec()) -> np.ndarray:
    """Write the series as one Enhanced CT object (frames in shuffled order when ``spec.shuffle``).

    Geometry goes in the functional groups: orientation, pixel measures and rescale shared,
    each frame's position and stack position per frame. Returns the stored values in stack
    order (slices, rows, cols).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    stored = np.random.default_rng(spec.seed).integers(
        -1024, 3000, size=(spec.slices, spec.rows, spec.cols), dtype=np.int16)
    normal = np.cross(np.array(spec.orientation[:3]), np.array(spec.orientation[3:]))
    order = list(range(spec.slices))
    if spec.shuffle:
        random.Random(spec.seed).shuffle(order)
    ds = _slice(spec, stored[0], np.array(spec.origin), spec.series_uid or generate_uid(),
                spec.study_uid or generate_uid(), instance=1)
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID = ENHANCED_CT
    for keyword in ("ImagePositionPatient", "ImageOrientationPatient", "PixelSpacing",
                    "SliceThickness", "RescaleSlope", "RescaleIntercept", "RescaleType"):
        delattr(ds, keyword)
    ds.NumberOfFrames = spec.slices
    shared = Dataset()
    orientation, measures, transform = Dataset(), Dataset(), Dataset()
    orientation.ImageOrientationPatient = [round(float(v), 8) for v in spec.orientation]
    measures.PixelSpacing = list(spec.pixel_spacing)
    measures.SliceThickness = spec.slice_spacing
    transform.RescaleSlope, transform.RescaleIntercept = spec.slope, spec.intercept
    transform.RescaleType = "HU"
    shared.PlaneOrientationSequence = [orientation]
    shared.PixelMeasuresSequence = [measures]
    shared.PixelValueTransformationSequence = [transform]
    ds.SharedFunctionalGroupsSequence = [shared]
    frames = []
    for k in order:
        frame, position, content = Dataset(), Dataset(), Dataset()
        position.ImagePositionPatient = [
            round(float(v), 6) for v in np.array(spec.origin) + k * spec.slice_spacing * normal]
        content.StackID = "1"
        content.InStackPositionNumber = k + 1
        content.DimensionIndexValues = [1, k + 1]
        frame.PlanePositionSequence = [position]
        frame.FrameContentSequence = [content]
        frames.append(frame)
    ds.PerFrameFunctionalGroupsSequence = frames
    ds.PixelData = np.ascontiguousarray(stored[order], dtype="<i2").tobytes()
    ds.save_as(path, enforce_file_format=True)
    return stored
