"""Table de-identification: pseudo_study_id agrees with the images' UID remap."""

from __future__ import annotations

import csv
import io

import pydicom
import pytest

from medenclave_deid.core.deidentifier import StudyDeidentifier
from medenclave_deid.core.pseudonyms import PatientPseudonyms
from medenclave_deid.core.tables import TableError, deidentify_table

UID_SECRET = b"u" * 32


def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def test_table_agrees_with_image_remap(profile, pseudonym_index, make_instance):
    session = StudyDeidentifier(profile=profile, uid_secret=UID_SECRET, pseudonyms=PatientPseudonyms(
        secret=b"p" * 32, index=pseudonym_index)).session()
    inst = session.add(make_instance())
    ds = pydicom.dcmread(io.BytesIO(inst.dicom))
    table = ("\ufeffPatient Name,MRN,patient_id,DOB,StudyInstanceUID,SeriesInstanceUID,label,"
             "Home Address,phone,E-Mail,AccessionNumber,notes\n"
             "Wang^XiaoDong,MRN55501234,MRN55501234,19671123,1.2.826.0.1.3680043.8.498.7001,"
             "1.2.826.0.1.3680043.8.498.7002,1,42 Sycamore Lane,555-0100,w@example.org,"
             "ACC7730001,nodule\n").encode("utf-8")
    out = deidentify_table(table, uid_secret=UID_SECRET)
    assert out.rows == 1
    assert set(out.dropped_columns) == {"Patient Name", "MRN", "patient_id", "DOB", "Home Address",
                                        "phone", "E-Mail", "AccessionNumber"}
    (row,) = _rows(out.csv)
    assert list(row) == ["pseudo_study_id", "SeriesInstanceUID", "label", "notes"]
    assert row["pseudo_study_id"] == inst.pseudo_study_id == str(ds.StudyInstanceUID)
    assert row["SeriesInstanceUID"] == str(ds.SeriesInstanceUID)
    assert (row["label"], row["notes"]) == ("1", "nodule")
    for value in (b"MRN555", b"Wang", b"19671123", b"1.2.826.0.1.3680043", b"Sycamore", b"ACC77"):
        assert value not in out.csv


def test_custom_column_name_is_case_insensitive():
    out = deidentify_table(b"study_uid,label\n1.2.3.4,0\n,1\n", uid_secret=UID_SECRET,
                           study_uid_column="Study_UID")
    rows = _rows(out.csv)
    assert rows[0]["pseudo_study_id"].startswith("2.25.")
    assert rows[1]["pseudo_study_id"] == ""


@pytest.mark.parametrize("data,code", [
    (b"", "empty_table"),
    (b"label\n1\n", "missing_study_uid_column"),
    (b"\xff\xfe\x00", "not_utf8"),
    (b"StudyInstanceUID,label\n1.2.3\n", "ragged_row"),
])
def test_bad_tables(data, code):
    with pytest.raises(TableError) as err:
        deidentify_table(data, uid_secret=UID_SECRET)
    assert str(err.value) == code
