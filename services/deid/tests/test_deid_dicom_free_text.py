"""DICOM free text through the note de-identifier (Clean Descriptors / Clean Structured Content),
fail-closed removal of what cannot be cleaned, and every Annex E ``U`` attribute remapped."""

from __future__ import annotations

import io
import json

import pydicom
import pytest
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from medenclave_deid.adapters.outbound.profile_files import load_profile
from medenclave_deid.adapters.outbound.text_vocabulary import make_descriptor_cleaner
from medenclave_deid.config import DEFAULT_ANNEX_E_TABLE
from medenclave_deid.core.deidentifier import StudyDeidentifier
from medenclave_deid.core.pseudonyms import PatientPseudonyms

from .conftest import MemoryPseudonymIndex, build_instance


def _deidentifier() -> StudyDeidentifier:
    return StudyDeidentifier(
        profile=load_profile(table_path=DEFAULT_ANNEX_E_TABLE, profile="medenclave-default",
                             cleaner=make_descriptor_cleaner(b"u" * 32)),
        uid_secret=b"u" * 32,
        pseudonyms=PatientPseudonyms(secret=b"p" * 32, index=MemoryPseudonymIndex()))


def _run(extra, charset: str = "ISO_IR 192"):
    session = _deidentifier().session()
    made = session.add(build_instance(0, extra=extra, charset=charset))
    assert session.verify() is None
    return made, pydicom.dcmread(io.BytesIO(made.dicom))


def test_relatives_and_phone_numbers_leave_free_text():
    def extra(ds):
        ds.AdditionalPatientHistory = ("Mother Jane Doe called from (415) 555-0123 about the "
                                       "cough; seen 03/14/2023. Hx of pneumonia.")
        ds.PatientComments = "Daughter Emily Rivera (mobile 415-555-0199) consents to CT."
        ds.StudyDescription = "CT CHEST W/O CONTRAST"

    made, out = _run(extra)
    history, comments = str(out.AdditionalPatientHistory), str(out.PatientComments)
    for value in ("Jane", "Doe", "555-0123", "03/14/2023", "Emily", "Rivera", "555-0199"):
        assert value not in history + comments
    assert "pneumonia" in history and "cough" in history and "consents to CT" in comments
    assert out.StudyDescription == "CT CHEST W/O CONTRAST"
    assert made.removed_descriptors == ()


def test_chinese_free_text_in_its_own_character_set():
    def extra(ds):
        ds.AdditionalPatientHistory = "患者家属张伟（电话13912345678）代诉：咳嗽3天，既往高血压。"

    _, out = _run(extra)
    text = str(out.AdditionalPatientHistory)
    assert "张伟" not in text and "13912345678" not in text
    assert "咳嗽3天" in text and "高血压" in text


def test_a_value_that_cannot_be_cleaned_is_removed_and_reported():
    def extra(ds):
        # the record's own ID, written so that no rule or deny-list entry sees it whole
        ds.PatientComments = "old chart M R N 5 5 5 0 1 2 3 4 scanned"
        ds.ImageComments = "Wang XiaoDong"

    made, out = _run(extra)
    assert "PatientComments" not in out or not str(out.PatientComments).strip() \
        or "5 5 5 0" not in str(out.PatientComments)
    assert "XiaoDong" not in str(out.get("ImageComments", ""))
    assert made.removed_descriptors  # what was removed whole is named (keywords, no values)
    assert all(k.isidentifier() or k.startswith("(") for k in made.removed_descriptors)


def test_the_batch_report_names_what_was_removed_whole(tmp_path):
    from medenclave_deid.offline import REPORT_NAME, deidentify_folder

    def extra(ds):
        ds.ImageComments = "Wang XiaoDong"

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.dcm").write_bytes(build_instance(0, extra=extra))
    deidentify_folder(src, tmp_path / "out", state_dir=tmp_path / "state",
                      profile="medenclave-default")
    report = json.loads((tmp_path / "out" / REPORT_NAME).read_text(encoding="utf-8"))
    (entry,) = report["processed"]
    assert entry["removed_descriptors"] == ["ImageComments"]
    assert "XiaoDong" not in json.dumps(report)


def _u_attributes() -> list[tuple[int, str]]:
    rows = json.loads(DEFAULT_ANNEX_E_TABLE.read_text(encoding="utf-8"))
    out = []
    for row in rows:
        if not str(row.get("basicProfile", "")).startswith("U"):
            continue
        group, element = row["tag"].strip("()").split(",")
        if "x" in (group + element).lower() or group.lower().startswith(("0000", "0002", "0004")):
            continue  # repeating groups, command and file-meta elements are not in a dataset
        out.append((int(group, 16) << 16 | int(element, 16), row["name"]))
    return out


@pytest.mark.parametrize("tag,name", _u_attributes())
def test_every_u_attribute_is_remapped(tag, name):
    original = f"1.2.826.0.1.3680043.8.498.9{tag & 0xFFFF:05d}"
    if pydicom.datadict.dictionary_VR(tag) != "UI":
        pytest.skip(f"{name} is not a UI attribute in pydicom's dictionary")

    def extra(ds):
        ds.add_new(tag, "UI", original)
        item = Dataset()
        item.add_new(tag, "UI", original)
        ds.ReferencedImageSequence = Sequence([item])

    session = _deidentifier().session()
    made = session.add(build_instance(0, extra=extra))
    assert session.verify() is None
    assert original.encode() not in made.dicom
