"""Fixtures of the deid tests: the shipped profile table, synthetic instances with planted PHI, and
the note de-identifier with the checks of the marked note cases."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable

import numpy as np
import pydicom
import pytest
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.config import DEFAULT_ANNEX_E_TABLE
from medenclave_deid.core.profile import BasicProfile
from medenclave_deid.core.profile_table import ProfileTable
from medenclave_deid.core.text import NoteDeidentifier
from medenclave_testing.marked_notes import leftovers

#: The identifying values every synthetic instance carries (synthetic, never real).
PHI = {
    "PatientName": "Wang^XiaoDong=王^小东=",
    "PatientID": "MRN55501234",
    "IssuerOfPatientID": "SEMH",
    "PatientBirthDate": "19671123",
    "AccessionNumber": "ACC7730001",
    "OtherPatientIDs": "INS998877665",
    "PatientAddress": "42 Sycamore Lane, Springfield",
    "ReferringPhysicianName": "Moreau^Claire",
    "InstitutionName": "Saint Elsewhere Memorial Hospital",
    "StudyInstanceUID": "1.2.826.0.1.3680043.8.498.7001",
    "SeriesInstanceUID": "1.2.826.0.1.3680043.8.498.7002",
    "FrameOfReferenceUID": "1.2.826.0.1.3680043.8.498.7003",
}
#: Values that must not appear anywhere in a de-identified output.
FORBIDDEN = ["Wang", "XiaoDong", "王^小东", "王", "小东", "MRN55501234", "19671123", "ACC7730001",
             "INS998877665", "Sycamore", "Moreau", "Saint Elsewhere", "SEMH",
             "1.2.826.0.1.3680043.8.498.7001", "1.2.826.0.1.3680043.8.498.7002",
             "1.2.826.0.1.3680043.8.498.7003", "1.2.826.0.1.3680043.8.498.71"]


@pytest.fixture(scope="session")
def profile_rows() -> list[dict]:
    return json.loads(DEFAULT_ANNEX_E_TABLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def profile(profile_rows) -> BasicProfile:
    return BasicProfile(ProfileTable.from_rows(profile_rows))


def build_instance(index: int = 0, *, phi: dict | None = None, charset: str = "ISO_IR 192",
                   extra=None, transfer_syntax: str = ExplicitVRLittleEndian) -> bytes:
    """One small CT instance with PHI in the usual places, a private tag and an overlay."""
    phi = {**PHI, **(phi or {})}
    sop_uid = f"1.2.826.0.1.3680043.8.498.71{index:02d}"
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CTImageStorage
    meta.MediaStorageSOPInstanceUID = sop_uid
    meta.TransferSyntaxUID = transfer_syntax
    meta.SourceApplicationEntityTitle = "SEMH_CT01"
    ds = Dataset()
    ds.file_meta = meta
    ds.SpecificCharacterSet = charset
    ds.SOPClassUID = CTImageStorage
    ds.SOPInstanceUID = sop_uid
    for key in ("StudyInstanceUID", "SeriesInstanceUID", "FrameOfReferenceUID", "PatientName",
                "PatientID", "IssuerOfPatientID", "PatientBirthDate", "AccessionNumber",
                "OtherPatientIDs", "PatientAddress", "ReferringPhysicianName", "InstitutionName"):
        setattr(ds, key, phi[key])
    ds.PatientSex = "F"
    ds.StudyDate, ds.StudyTime, ds.StudyID = "20240305", "101500", "S7001"
    ds.SeriesDate, ds.AcquisitionDate, ds.ContentDate = "20240305", "20240305", "20240305"
    ds.StudyDescription = "CT chest for Wang"
    ds.Modality, ds.Manufacturer, ds.BodyPartExamined = "CT", "SyntheticCT", "CHEST"
    ds.SeriesNumber, ds.InstanceNumber = 1, index + 1
    ds.ImagePositionPatient = [0.0, 0.0, 2.5 * index]
    ds.ImageOrientationPatient = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]
    ds.PixelSpacing, ds.SliceThickness = [0.7, 0.7], 2.5
    ds.RescaleIntercept, ds.RescaleSlope = -1024, 1
    ds.WindowCenter, ds.WindowWidth = 40, 400
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.Rows = ds.Columns = 16
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.PixelData = (np.arange(256, dtype=np.uint16) % 4096).tobytes()
    ref = Dataset()
    ref.ReferencedSOPClassUID = "1.2.840.10008.3.1.2.3.1"
    ref.ReferencedSOPInstanceUID = phi["StudyInstanceUID"]
    ds.ReferencedStudySequence = [ref]
    block = ds.private_block(0x0009, "SYNTH PACS", create=True)
    block.add_new(0x10, "LO", phi["PatientID"])       # a private copy of the MRN
    ds.add_new(0x60003000, "OW", b"\x01\x00" * 32)     # overlay data (60xx,3000)
    ds.add_new(0x60000010, "US", 16)                   # overlay rows
    ds.add_new(0x0040A160, "UT", f"Patient {phi['PatientID']} seen")  # TextValue: not in table
    if extra is not None:
        extra(ds)
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    return buf.getvalue()


@pytest.fixture
def make_instance():
    return build_instance


@pytest.fixture
def forbidden_values() -> list[str]:
    return list(FORBIDDEN)


class MemoryPseudonymIndex:
    """In-memory :class:`PseudonymIndex` for unit tests."""

    def __init__(self) -> None:
        self.entries: dict[str, str] = {}

    def get(self, *, key: str) -> str | None:
        return self.entries.get(key)

    def put_if_absent(self, *, key: str, pseudonym: str) -> str:
        return self.entries.setdefault(key, pseudonym)


@pytest.fixture
def pseudonym_index() -> MemoryPseudonymIndex:
    return MemoryPseudonymIndex()


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request, tmp_path):
    """deid's SQL stores on SQLite, and on PostgreSQL when DATABASE_URL is set."""
    from medenclave.storage import make_engine

    if request.param == "sqlite":
        eng = make_engine(f"sqlite:///{tmp_path / 'deid.db'}")
    else:
        url = request.getfixturevalue("database_url")
        schema = request.getfixturevalue("pg_schema")
        eng = make_engine("postgresql+psycopg://" + url.split("://", 1)[1], schema=schema)
    yield eng
    eng.dispose()


@pytest.fixture(scope="module")
def notes(request) -> NoteDeidentifier:
    """The note de-identifier as the service runs it, keyed by the test module's ``SECRET``."""
    secret = getattr(request.module, "SECRET", None)
    if secret is None:
        pytest.fail(f"{request.module.__name__} asks for notes but sets no SECRET")
    return make_note_deidentifier(secret)


class NoteChecks:
    """The checks of the note tests, in one language, over the module's note de-identifier."""

    def __init__(self, notes: NoteDeidentifier, lang: str) -> None:
        self.notes, self.lang = notes, lang

    def text(self, note: str) -> str:
        """The de-identified text of ``note``."""
        return self.notes.deidentify(note, lang=self.lang).text

    def check(self, note: str, gone: Iterable[str] = (), kept: Iterable[str] = ()) -> str:
        """De-identify ``note``, assert that no value of ``gone`` is left and that every value of
        ``kept`` is still there, and return the output."""
        if isinstance(gone, str) or isinstance(kept, str):
            raise TypeError("gone and kept are collections of values, not one string")
        out = self.text(note)
        for value in gone:
            assert value not in out, (value, out)
        for value in kept:
            assert value in out, (value, out)
        return out

    def gone(self, note: str, *values: str) -> str:
        """De-identify ``note``, assert that none of ``values`` is left, and return the output."""
        return self.check(note, gone=values)

    def marked(self, line: str) -> None:
        """Check one marked case line: no ``«identifier»`` left more often than the line's other
        text explains, every ``‹term›`` still there as often as before."""
        wrong, out = leftovers(self.notes, line, lang=self.lang)
        assert not wrong, (wrong, out)


@pytest.fixture(scope="module")
def en_notes(notes) -> NoteChecks:
    """:class:`NoteChecks` for English notes."""
    return NoteChecks(notes, "en")


@pytest.fixture(scope="module")
def zh_notes(notes) -> NoteChecks:
    """:class:`NoteChecks` for Chinese notes."""
    return NoteChecks(notes, "zh")
