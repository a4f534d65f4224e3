"""Synthetic DICOM for the ingest tests: small CT studies with planted (fake) PHI."""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
import pytest
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.filewriter import write_file_meta_info
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid

PLANTED_NAME = "Doe^Jane"
PLANTED_ID = "MRN12345"


@dataclass
class SyntheticDicom:
    """Builds synthetic CT instances. Every value is made up; the PHI is planted on purpose."""

    def ct_instance(self, study_uid: str, series_uid: str, number: int, *,
                    size: int = 32) -> Dataset:
        ds = Dataset()
        ds.SOPClassUID = CTImageStorage
        ds.SOPInstanceUID = generate_uid()
        ds.StudyInstanceUID = study_uid
        ds.SeriesInstanceUID = series_uid
        ds.PatientName = PLANTED_NAME
        ds.PatientID = PLANTED_ID
        ds.PatientBirthDate = "19700101"
        ds.StudyDate = "20240102"
        ds.AccessionNumber = "ACC777"
        ds.Modality = "CT"
        ds.InstanceNumber = number
        ds.ImagePositionPatient = [0.0, 0.0, float(number)]
        ds.ImageOrientationPatient = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]
        ds.PixelSpacing = [1.0, 1.0]
        ds.SliceThickness = 1.0
        ds.Rows = size
        ds.Columns = size
        ds.SamplesPerPixel = 1
        ds.PhotometricInterpretation = "MONOCHROME2"
        ds.BitsAllocated = 16
        ds.BitsStored = 16
        ds.HighBit = 15
        ds.PixelRepresentation = 1
        ds.RescaleIntercept = -1024
        ds.RescaleSlope = 1
        rng = np.random.default_rng(number)
        ds.PixelData = rng.integers(0, 2000, (size, size), dtype=np.int16).tobytes()
        meta = FileMetaDataset()
        meta.MediaStorageSOPClassUID = ds.SOPClassUID
        meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds.file_meta = meta
        return ds

    def ct_study(self, count: int = 3) -> list[Dataset]:
        study_uid, series_uid = generate_uid(), generate_uid()
        return [self.ct_instance(study_uid, series_uid, i + 1) for i in range(count)]

    @staticmethod
    def part10(ds: Dataset) -> bytes:
        buf = io.BytesIO()
        ds.save_as(buf, enforce_file_format=True)
        return buf.getvalue()

    @staticmethod
    def meta_with_body(ds: Dataset, body: bytes) -> bytes:
        """A valid preamble and file meta followed by ``body`` (e.g. garbage)."""
        buf = io.BytesIO()
        buf.write(b"\x00" * 128 + b"DICM")
        write_file_meta_info(buf, ds.file_meta)
        return buf.getvalue() + body


@pytest.fixture
def dicom() -> SyntheticDicom:
    return SyntheticDicom()
