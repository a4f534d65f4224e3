"""Synthetic de-identified DICOM for segmentation tests (pydicom only, 2.25 UIDs, no PHI): a
CT-like slice with given pixels, and a Segmentation Storage object whose frames reference
slices by SOP Instance UID."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileDataset, FileMetaDataset
from pydicom.pixels import pack_bits
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, SegmentationStorage

__all__ = ["ct_slice", "seg_object"]


def _part10(sop_class: str, uid: str, study: str, fill: Callable[[Dataset], None],
            extra: Callable[[Dataset], None] | None = None) -> bytes:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID = sop_class, uid
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(None, {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID, ds.SOPInstanceUID, ds.StudyInstanceUID = sop_class, uid, study
    ds.PatientIdentityRemoved = "YES"
    fill(ds)
    if extra is not None:
        extra(ds)
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    return buf.getvalue()


def ct_slice(study: str, uid: str, pixels: np.ndarray, number: int = 1, *,
             extra: Callable[[Dataset], None] | None = None) -> bytes:
    """A MONOCHROME2 uint16 CT slice of ``pixels`` (rows × columns, 0 … 4095); ``extra``
    adds to the dataset before it is written."""
    def fill(ds: Dataset) -> None:
        ds.Modality, ds.SeriesInstanceUID, ds.InstanceNumber = "CT", study + ".1", number
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
        ds.Rows, ds.Columns = pixels.shape
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
        ds.PixelData = np.clip(pixels, 0, 4095).astype(np.uint16).tobytes()
    return _part10(CTImageStorage, uid, study, fill, extra)


def seg_object(study: str, uid: str, frames: Sequence[tuple[int, str, np.ndarray]], *,
               segments: Sequence[int] = (1,), kind: str = "BINARY",
               declared_frames: int | None = None,
               extra: Callable[[Dataset], None] | None = None) -> bytes:
    """A SEG whose frames are ``(segment number, source SOP Instance UID, rows × cols)``:
    BINARY (1 bit, packed) or FRACTIONAL (8 bit, maximum 255); ``declared_frames`` lies
    about Number of Frames; ``extra`` adds to the dataset before it is written."""
    rows, cols = frames[0][2].shape

    def fill(ds: Dataset) -> None:
        ds.Modality, ds.SeriesInstanceUID, ds.SegmentationType = "SEG", study + ".2", kind
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
        ds.Rows, ds.Columns = rows, cols
        ds.NumberOfFrames = declared_frames or len(frames)
        bits = 1 if kind == "BINARY" else 8
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = \
            bits, bits, bits - 1, 0
        ds.SegmentSequence = []
        for n in segments:
            item = Dataset()
            item.SegmentNumber, item.SegmentLabel = n, f"segment {n}"
            ds.SegmentSequence.append(item)
        ds.PerFrameFunctionalGroupsSequence = []
        for number, source_uid, _ in frames:
            group, ident, derivation, source = Dataset(), Dataset(), Dataset(), Dataset()
            ident.ReferencedSegmentNumber = number
            source.ReferencedSOPClassUID = CTImageStorage
            source.ReferencedSOPInstanceUID = source_uid
            derivation.SourceImageSequence = [source]
            group.SegmentIdentificationSequence = [ident]
            group.DerivationImageSequence = [derivation]
            ds.PerFrameFunctionalGroupsSequence.append(group)
        stack = np.stack([f for _, _, f in frames]).astype(np.uint8)
        if kind == "BINARY":
            ds.PixelData = pack_bits(stack)
        else:
            ds.MaximumFractionalValue = 255
            ds.PixelData = stack.tobytes()
    return _part10(SegmentationStorage, uid, study, fill, extra)
