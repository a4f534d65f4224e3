"""Synthetic studies with planted PHI: the demo's cohort and the end-to-end tests' data.

Two classes of CT-like 2-D slices: class 0 has soft anatomy-like structure, class 1 adds a
bright round lesion. Every study carries identifying values in its headers — names (Latin and
Chinese), MRNs, birth dates, accession numbers, addresses, institution, a private tag holding
the MRN — so a leak anywhere downstream of de-identification can be detected by search.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

import numpy as np

__all__ = ["PlantedStudy", "make_cohort", "make_image"]

_SURNAMES = ["Zhang", "Wang", "Li", "Liu", "Chen", "Smith", "Garcia", "Okafor", "Novak", "Haddad"]
_GIVEN = ["Wei", "XiaoDong", "Mei", "Jun", "Anna", "Carlos", "Chidi", "Petra", "Omar", "Lin"]
_HANZI = {"Zhang": "张", "Wang": "王", "Li": "李", "Liu": "刘", "Chen": "陈"}
_HANZI_GIVEN = {"Wei": "伟", "XiaoDong": "小东", "Mei": "梅", "Jun": "军", "Lin": "琳"}


@dataclass
class PlantedStudy:
    """One synthetic study and the identifying values planted in it."""

    study_uid: str
    label: int
    instances: list[bytes]                     # DICOM Part 10 files
    phi: dict[str, str] = field(default_factory=dict)


def make_image(label: int, rng: np.random.Generator, size: int = 64) -> np.ndarray:
    """A CT-like slice in Hounsfield-ish stored values (uint16, rescale intercept -1024)."""
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32)
    c = size / 2
    body = ((xx - c) ** 2 / (0.42 * size) ** 2 + (yy - c) ** 2 / (0.36 * size) ** 2) <= 1.0
    img = np.where(body, 1024 + 40, 24).astype(np.float32)
    img += rng.normal(0, 18, size=(size, size))
    for _ in range(3):  # soft structures both classes share
        cx, cy = rng.uniform(0.3, 0.7, 2) * size
        r = rng.uniform(0.05, 0.1) * size
        img += 30 * (((xx - cx) ** 2 + (yy - cy) ** 2) <= r * r)
    if label == 1:  # a bright round lesion
        cx, cy = rng.uniform(0.35, 0.65, 2) * size
        r = rng.uniform(0.08, 0.14) * size
        img += 260 * (((xx - cx) ** 2 + (yy - cy) ** 2) <= r * r)
    return np.clip(img, 0, 4095).astype(np.uint16)


def _uid(rng: random.Random) -> str:
    return "1.2.826.0.1.3680043.8.498." + ".".join(str(rng.randint(1, 99999999)) for _ in range(3))


@dataclass(frozen=True)
class _Patient:
    """Who a synthetic study belongs to: the planted values and the DICOM name."""

    surname: str
    dicom_name: str                            # PN, with the ideographic group when there is one
    phi: dict[str, str]


def _patient(rnd: random.Random, i: int) -> _Patient:
    """The identifying values of study ``i``, drawn from ``rnd``."""
    surname, given = rnd.choice(_SURNAMES), rnd.choice(_GIVEN)
    alpha = f"{surname}^{given}"
    ideo = f"{_HANZI.get(surname, '')}^{_HANZI_GIVEN.get(given, '')}" \
        if surname in _HANZI and given in _HANZI_GIVEN else ""
    phi = {
        "PatientName": alpha,
        "PatientID": f"MRN{rnd.randint(10**7, 10**8 - 1)}",
        "PatientBirthDate": f"19{rnd.randint(30, 99)}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}",
        "AccessionNumber": f"ACC{rnd.randint(10**6, 10**7 - 1)}",
        "OtherPatientIDs": f"INS{rnd.randint(10**8, 10**9 - 1)}",
        "PatientAddress": f"{rnd.randint(10, 999)} Sycamore Lane, Springfield",
        "ReferringPhysicianName": f"Dr^{rnd.choice(['Moreau', 'Ivanova', 'Tanaka'])}{i}",
        "InstitutionName": "Saint Elsewhere Memorial Hospital",
    }
    if ideo:
        phi["PatientNameIdeographic"] = ideo.replace("^", "")
    return _Patient(surname=surname, dicom_name=alpha + (f"={ideo}=" if ideo else ""), phi=phi)


@dataclass(frozen=True)
class _Study:
    """The UIDs and place in the cohort that every instance of a study shares."""

    index: int
    label: int
    study_uid: str
    series_uid: str
    frame_uid: str


def _set_patient_and_study(ds, patient: _Patient, study: _Study,
                           rnd: random.Random) -> None:
    phi = patient.phi
    ds.StudyInstanceUID = study.study_uid
    ds.SeriesInstanceUID = study.series_uid
    ds.FrameOfReferenceUID = study.frame_uid
    ds.PatientName = patient.dicom_name
    ds.PatientID = phi["PatientID"]
    ds.IssuerOfPatientID = "SEMH"
    ds.PatientBirthDate = phi["PatientBirthDate"]
    ds.PatientSex = "F" if rnd.random() < 0.5 else "M"
    ds.OtherPatientIDs = phi["OtherPatientIDs"]
    ds.PatientAddress = phi["PatientAddress"]
    ds.AccessionNumber = phi["AccessionNumber"]
    ds.ReferringPhysicianName = phi["ReferringPhysicianName"]
    ds.InstitutionName = phi["InstitutionName"]
    ds.StudyDate = "20240305"
    ds.StudyTime = "101500"
    ds.StudyID = f"S{study.index}"
    ds.StudyDescription = f"CT chest for {patient.surname}"


def _set_ct_image(ds, j: int, pixels: np.ndarray) -> None:
    ds.SeriesNumber = 1
    ds.InstanceNumber = j + 1
    ds.Modality = "CT"
    ds.Manufacturer = "SyntheticCT"
    ds.BodyPartExamined = "CHEST"
    ds.ImagePositionPatient = [0.0, 0.0, float(j) * 2.5]
    ds.ImageOrientationPatient = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]
    ds.PixelSpacing = [0.7, 0.7]
    ds.SliceThickness = 2.5
    ds.RescaleIntercept = -1024
    ds.RescaleSlope = 1
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows, ds.Columns = pixels.shape
    ds.BitsAllocated = 16
    ds.BitsStored = 12
    ds.HighBit = 11
    ds.PixelRepresentation = 0
    ds.PixelData = pixels.tobytes()


def _instance(patient: _Patient, study: _Study, j: int, rnd: random.Random,
              np_rng: np.random.Generator, size: int) -> bytes:
    """Instance ``j`` of a study as a DICOM Part 10 file, with a private copy of the MRN."""
    import pydicom
    from pydicom.dataset import FileDataset, FileMetaDataset
    from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian

    sop_uid = _uid(rnd)
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CTImageStorage
    meta.MediaStorageSOPInstanceUID = sop_uid
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(None, {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.SOPClassUID = CTImageStorage
    ds.SOPInstanceUID = sop_uid
    _set_patient_and_study(ds, patient, study, rnd)
    _set_ct_image(ds, j, make_image(study.label, np_rng, size))
    block = ds.private_block(0x0009, "SYNTH PACS", create=True)
    block.add_new(0x10, "LO", patient.phi["PatientID"])  # a private copy of the MRN
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    return buf.getvalue()


def make_cohort(n_studies: int = 24, *, instances_per_study: int = 3, seed: int = 7,
                size: int = 64) -> list[PlantedStudy]:
    """``n_studies`` studies, alternating classes, each with planted PHI.

    Args:
        n_studies: how many studies.
        instances_per_study: slices per study.
        seed: the same seed gives the same bytes.
        size: the slices' width and height in pixels.
    """
    rnd = random.Random(seed)
    np_rng = np.random.default_rng(seed)
    out: list[PlantedStudy] = []
    for i in range(n_studies):
        patient = _patient(rnd, i)
        study = _Study(index=i, label=i % 2, study_uid=_uid(rnd), series_uid=_uid(rnd),
                         frame_uid=_uid(rnd))
        phi = {**patient.phi, "StudyInstanceUID": study.study_uid}
        files = [_instance(patient, study, j, rnd, np_rng, size)
                 for j in range(instances_per_study)]
        out.append(PlantedStudy(study_uid=study.study_uid, label=study.label,
                                instances=files, phi=phi))
    return out
