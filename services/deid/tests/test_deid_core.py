"""Unit tests of the deid core: profile actions, UIDs, pseudonyms, leak guard, outputs."""

from __future__ import annotations

import io
import shutil
import subprocess

import pydicom
import pytest
from pydicom.dataset import Dataset

from medenclave_deid.core.action_resolution import IMAGE_ATTRIBUTES
from medenclave_deid.core.deidentifier import StudyDeidentifier
from medenclave_deid.core.instances import InvalidInstance
from medenclave_deid.core.leak_guard import LeakGuard
from medenclave_deid.core.profile import BasicProfile
from medenclave_deid.core.profile_table import ProfileTable, ProfileTableError
from medenclave_deid.core.pseudonyms import PatientPseudonyms
from medenclave_deid.core.uids import UidRemapper, remap_uid

UID_SECRET = b"u" * 32
PSN_SECRET = b"p" * 32


def _deidentifier(profile, index, guard=None) -> StudyDeidentifier:
    return StudyDeidentifier(profile=profile, uid_secret=UID_SECRET,
                             pseudonyms=PatientPseudonyms(secret=PSN_SECRET, index=index),
                             guard=guard)


def _run(profile, index, *raws):
    session = _deidentifier(profile, index).session()
    outs = [session.add(raw) for raw in raws]
    return session, outs, [pydicom.dcmread(io.BytesIO(o.dicom)) for o in outs]


# --- the table ------------------------------------------------------------------------------

def test_table_has_every_row_and_matches_repeating_groups(profile_rows):
    table = ProfileTable.from_rows(profile_rows)
    assert len(table) == 621
    assert table.lookup(0x60003000).action == "X"   # (60xx,3000) Overlay Data
    assert table.lookup(0x601E3000).action == "X"
    assert table.lookup(0x60024000).name == "Overlay Comments"
    assert table.lookup(0x50001234).name == "Curve Data"  # (50xx,xxxx)
    assert table.lookup(0x60003001) is None
    assert table.private_rule.action == "X"
    assert table.lookup(0x00100010).action == "Z"


def test_table_rejects_unknown_action():
    with pytest.raises(ProfileTableError):
        ProfileTable.from_rows([{"tag": "(0010,0010)", "basicProfile": "Q"}])


def test_resolution_of_combined_actions(profile):
    assert profile.resolve(0x00100010, "PN") == "P"      # PatientName Z → pseudonym
    assert profile.resolve(0x00100020, "LO") == "P"      # PatientID Z/D → pseudonym
    assert profile.resolve(0x00080020, "DA") == "Z"      # StudyDate Z (Type 2)
    assert profile.resolve(0x00080022, "DA") == "X"      # AcquisitionDate X/Z → X
    assert profile.resolve(0x00080021, "DA") == "X"      # SeriesDate X/D → X
    assert profile.resolve(0x00080080, "LO") == "X"      # InstitutionName X/Z/D → X
    assert profile.resolve(0x00080023, "DA") == "D"      # ContentDate Z/D → dummy
    assert profile.resolve(0x00082112, "SQ") == "S"      # SourceImageSequence X/Z/U* → kept
    assert profile.resolve(0x00081110, "SQ") == "S"      # ReferencedStudySequence X/Z → kept
    assert profile.resolve(0x00400555, "SQ") == "X"      # AcquisitionContextSequence X/Z → X
    assert profile.resolve(0x0040A730, "SQ") == "S"      # ContentSequence D → cleaned items
    assert profile.resolve(0x006A0003, "UI") == "U"      # Annotation Group UID D on a UI → U
    assert profile.resolve(0x00280010, "US") == "K"      # Rows: whitelist
    assert profile.resolve(0x0040A160, "UT") == "X"      # TextValue: neither table nor whitelist
    assert profile.resolve(0x00090010, "LO") == "X"      # private creator
    assert profile.resolve(0x00091010, "LO") == "X"      # private element


def test_k_and_c_actions_from_a_table():
    table = ProfileTable.from_rows([
        {"tag": "(0008,1030)", "basicProfile": "K"},        # Study Description kept
        {"tag": "(0020,4000)", "basicProfile": "C"},        # Image Comments cleaned
        {"tag": "(0020,000D)", "basicProfile": "U"},
    ])
    profile = BasicProfile(table)
    ds = Dataset()
    ds.StudyDescription = "CT CHEST"
    ds.ImageComments = "spoke with Mrs Wang"
    ds.StudyInstanceUID = "1.2.3.4.5"
    out = profile.apply(ds, uids=UidRemapper(UID_SECRET), pseudonym="PSN-X")
    assert out.StudyDescription == "CT CHEST"
    assert out.ImageComments == "ANONYMOUS"
    assert out.StudyInstanceUID == remap_uid(UID_SECRET, "1.2.3.4.5")


# --- applying the profile -------------------------------------------------------------------

def test_every_action_kind_on_an_instance(profile, pseudonym_index, make_instance):
    def extra(ds):
        ds.ContentCreatorName = "Nurse^Ratched"                  # Z/D (PN) → dummy
        ds.add_new(0x0040A123, "PN", "Observer^Person")           # Person Name D → ANONYMOUS
        src = Dataset()
        src.ReferencedSOPClassUID = ds.SOPClassUID
        src.ReferencedSOPInstanceUID = "1.2.826.0.1.3680043.8.498.7999"
        ds.SourceImageSequence = [src]                            # X/Z/U* → kept, UID remapped
        ctx = Dataset()
        ctx.add_new(0x0040A160, "UT", "MRN55501234")
        ds.AcquisitionContextSequence = [ctx]                     # X/Z → removed
        ds.add_new(0x50000010, "US", 3)                           # curve (50xx,xxxx) → removed
    session, (inst,), (out,) = _run(profile, pseudonym_index, make_instance(extra=extra))
    # X
    for kw in ("InstitutionName", "SeriesDate", "AcquisitionDate", "StudyDescription",
               "OtherPatientIDs", "PatientAddress", "IssuerOfPatientID",
               "AcquisitionContextSequence"):
        assert kw not in out, kw
    # Z (Type 2 attributes present, empty)
    for kw in ("StudyDate", "StudyTime", "AccessionNumber", "ReferringPhysicianName",
               "StudyID", "PatientBirthDate", "PatientSex"):
        assert kw in out and not out[kw].value, kw
    # D
    assert out.ContentDate == ""  # Z/D: Type 2 in the CT image IOD
    assert str(out.ContentCreatorName) == "ANONYMOUS"
    assert str(out[0x0040A123].value) == "ANONYMOUS"
    # U, consistent everywhere
    assert out.StudyInstanceUID == remap_uid(UID_SECRET, "1.2.826.0.1.3680043.8.498.7001")
    assert out.SeriesInstanceUID == remap_uid(UID_SECRET, "1.2.826.0.1.3680043.8.498.7002")
    assert out.FrameOfReferenceUID == remap_uid(UID_SECRET, "1.2.826.0.1.3680043.8.498.7003")
    assert out.SOPInstanceUID == inst.pseudo_sop_instance_uid
    assert out.file_meta.MediaStorageSOPInstanceUID == out.SOPInstanceUID
    assert out.SourceImageSequence[0].ReferencedSOPInstanceUID == remap_uid(
        UID_SECRET, "1.2.826.0.1.3680043.8.498.7999")
    assert out.SourceImageSequence[0].ReferencedSOPClassUID == out.SOPClassUID
    # K (whitelist) and image geometry
    assert (out.Rows, out.Columns, out.BitsStored, out.Modality) == (16, 16, 12, "CT")
    assert list(out.ImageOrientationPatient) == [1, 0, 0, 0, 1, 0]
    assert out.pixel_array.shape == (16, 16)
    # removed: private elements, overlays, curves, text outside the table
    assert not any(elem.tag.is_private for elem in out)
    assert 0x60003000 not in out and 0x60000010 not in out and 0x50000010 not in out
    assert 0x0040A160 not in out
    # markers and file meta
    assert out.PatientIdentityRemoved == "YES"
    assert out.DeidentificationMethod == "MedEnclave Basic Profile"
    code = out.DeidentificationMethodCodeSequence[0]
    assert (code.CodeValue, code.CodingSchemeDesignator) == ("113100", "DCM")
    assert code.CodeMeaning == "Basic Application Confidentiality Profile"
    assert out.file_meta.TransferSyntaxUID == pydicom.uid.ExplicitVRLittleEndian
    assert out.file_meta.MediaStorageSOPClassUID == pydicom.uid.CTImageStorage
    assert "SourceApplicationEntityTitle" not in out.file_meta
    assert session.verify() is None


def test_referenced_study_sequence_remapped_like_the_study_uid(profile, pseudonym_index,
                                                               make_instance):
    _, (inst,), (out,) = _run(profile, pseudonym_index, make_instance())
    ref = out.ReferencedStudySequence[0]
    assert ref.ReferencedSOPInstanceUID == out.StudyInstanceUID == inst.pseudo_study_id
    assert ref.ReferencedSOPClassUID == "1.2.840.10008.3.1.2.3.1"


def test_chinese_person_name_removed(profile, pseudonym_index, make_instance):
    raw = make_instance()
    assert "王^小东".encode() in raw
    _, (inst,), (out,) = _run(profile, pseudonym_index, raw)
    assert str(out.PatientName) == inst.pseudo_patient_id
    for value in ("Wang", "XiaoDong", "王", "小东"):
        assert value.encode("utf-8") not in inst.dicom


def test_gb18030_dataset(profile, pseudonym_index, make_instance):
    raw = make_instance(charset="GB18030")
    assert "王^小东".encode("gb18030") in raw
    _, (inst,), (out,) = _run(profile, pseudonym_index, raw)
    assert out.SpecificCharacterSet == "GB18030"
    assert "王^小东".encode("gb18030") not in inst.dicom
    assert b"Wang" not in inst.dicom


def test_no_planted_value_in_output_bytes(profile, pseudonym_index, make_instance,
                                          forbidden_values):
    _, outs, _ = _run(profile, pseudonym_index, make_instance(0), make_instance(1))
    for inst in outs:
        for value in forbidden_values:
            for enc in ("utf-8", "gb18030"):
                assert value.encode(enc) not in inst.dicom, value


def test_whole_study_shares_uids_and_pseudonym(profile, pseudonym_index, make_instance):
    session, outs, dss = _run(profile, pseudonym_index, make_instance(0), make_instance(1))
    assert len({o.pseudo_study_id for o in outs}) == 1
    assert len({o.pseudo_sop_instance_uid for o in outs}) == 2
    assert len({str(d.SeriesInstanceUID) for d in dss}) == 1
    assert session.pseudo_study_id == outs[0].pseudo_study_id
    assert session.modality == "CT"


def test_mixed_studies_are_refused(profile, pseudonym_index, make_instance):
    session = _deidentifier(profile, pseudonym_index).session()
    session.add(make_instance(0))
    with pytest.raises(InvalidInstance) as err:
        session.add(make_instance(1, phi={"StudyInstanceUID": "1.2.3.999"}))
    assert err.value.code == "mixed_study"


def test_not_dicom_and_missing_uid(profile, pseudonym_index, make_instance):
    session = _deidentifier(profile, pseudonym_index).session()
    with pytest.raises(InvalidInstance) as err:
        session.add(b"this is not a DICOM file at all")
    assert err.value.code in ("not_dicom", "missing_uid")
    with pytest.raises(InvalidInstance) as err:
        session.add(make_instance(extra=lambda ds: delattr(ds, "StudyInstanceUID")))
    assert err.value.code == "missing_uid"


def test_implicit_vr_input_keeps_its_transfer_syntax(profile, pseudonym_index, make_instance):
    raw = make_instance(transfer_syntax=pydicom.uid.ImplicitVRLittleEndian)
    _, (inst,), (out,) = _run(profile, pseudonym_index, raw)
    assert out.file_meta.TransferSyntaxUID == pydicom.uid.ImplicitVRLittleEndian
    assert out.Rows == 16


@pytest.mark.skipif(shutil.which("dcmdump") is None, reason="dcmtk not installed")
def test_output_reads_with_dcmtk(profile, pseudonym_index, make_instance, tmp_path):
    _, (inst,), _ = _run(profile, pseudonym_index, make_instance())
    path = tmp_path / "out.dcm"
    path.write_bytes(inst.dicom)
    result = subprocess.run(["dcmdump", "-E", str(path)], capture_output=True, timeout=30)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    text = result.stdout.decode("utf-8", errors="replace")
    assert "(0012,0062) CS [YES]" in text
    assert "113100" in text
    assert "MRN55501234" not in text and "Wang" not in text


# --- UIDs and pseudonyms --------------------------------------------------------------------

def test_remap_uid_is_the_contract():
    import hashlib
    import hmac

    uid = "1.2.826.0.1.3680043.8.498.7001"
    expected = "2.25." + str(int.from_bytes(
        hmac.new(UID_SECRET, uid.encode(), hashlib.sha256).digest()[:16], "big"))
    assert remap_uid(UID_SECRET, uid) == expected
    assert remap_uid(UID_SECRET, uid + "\0") == expected
    assert remap_uid(b"x" * 32, uid) != expected
    assert len(expected) <= 64


def test_pseudonym_is_random_and_stable(profile, pseudonym_index, make_instance):
    _, (a,), _ = _run(profile, pseudonym_index, make_instance(0))
    _, (b,), _ = _run(profile, pseudonym_index,
                      make_instance(1, phi={"StudyInstanceUID": "1.2.826.0.1.3680043.8.498.8001"}))
    assert a.pseudo_patient_id == b.pseudo_patient_id
    assert a.pseudo_study_id != b.pseudo_study_id
    assert a.pseudo_patient_id.startswith("PSN-") and len(a.pseudo_patient_id) == 16
    assert "55501234" not in a.pseudo_patient_id
    _, (c,), _ = _run(profile, pseudonym_index,
                      make_instance(2, phi={"PatientID": "MRN00000042",
                                            "StudyInstanceUID": "1.2.826.0.1.3680043.8.498.9001"}))
    assert c.pseudo_patient_id != a.pseudo_patient_id
    # the index holds keyed digests, not MRNs
    assert all("MRN" not in key for key in pseudonym_index.entries)
    # another index (fresh install): a new random pseudonym, not derived from the MRN
    other = PatientPseudonyms(secret=PSN_SECRET, index=type(pseudonym_index)())
    assert other.pseudonym_for(issuer="SEMH", patient_id="MRN55501234") != a.pseudo_patient_id


# --- the leak guard -------------------------------------------------------------------------

def test_leak_guard_catches_text_attribute_outside_the_table(profile_rows, pseudonym_index,
                                                            make_instance):
    # a profile that (wrongly) lets TextValue through: the guard must still stop the study
    leaky = BasicProfile(ProfileTable.from_rows(profile_rows),
                         whitelist=IMAGE_ATTRIBUTES | {0x0040A160})
    session = _deidentifier(leaky, pseudonym_index).session()
    session.add(make_instance())
    finding = session.verify()
    assert finding is not None and finding.reason_code == "leak_guard:PatientID"


def test_leak_guard_does_not_find_a_name_in_the_texts_the_profile_writes(
        profile, pseudonym_index, make_instance):
    # QA phantoms are called "Test^Patient"; every output says "Retain Patient Characteristics
    # Option" or "Basic Application Confidentiality Profile": that is not the name leaking
    session = _deidentifier(profile, pseudonym_index).session()
    (out,) = [session.add(make_instance(phi={"PatientName": "Test^Profile",
                                             "OtherPatientNames": "Basic^Application"}))]
    assert b"Basic Application Confidentiality Profile" in out.dicom
    assert session.verify() is None
    # the same word anywhere else still stops the study
    guard = LeakGuard()
    source = Dataset()
    source.PatientName = "Test^Profile"
    leaked = Dataset()
    leaked.ImageComments = "Basic Application Confidentiality Profile; profile seen"
    finding = guard.scan(output=leaked, encoded=b"", identifiers=guard.collect(source))
    assert finding is not None and finding.keyword == "PatientName"


def test_leak_guard_catches_unknown_private_tag_in_raw_bytes(make_instance):
    source = pydicom.dcmread(io.BytesIO(make_instance(charset="GB18030")))
    guard = LeakGuard()
    identifiers = guard.collect(source)
    out = Dataset()
    out.SpecificCharacterSet = "GB18030"
    out.Modality = "CT"
    block = out.private_block(0x0011, "UNKNOWN VENDOR", create=True)
    block.add_new(0x01, "OB", b"\x00\x01" + "王^小东".encode("gb18030") + b"\x00")
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, out, implicit_vr=False, little_endian=True)
    finding = guard.scan(output=out, encoded=buf.getvalue(), identifiers=identifiers,
                         charsets=["GB18030"])
    assert finding is not None
    assert (finding.keyword, finding.where) == ("PatientName", "bytes")


def test_leak_guard_finds_remapped_uid_and_ignores_short_and_dummy_values():
    guard = LeakGuard()
    uids = UidRemapper(UID_SECRET)
    uids.remap("1.2.826.0.1.3680043.8.498.4242", keyword="SeriesInstanceUID")
    src = Dataset()
    src.PatientName = "Li^Wu"
    src.AccessionNumber = "ANONYMOUS"
    src.PatientID = "ab1"
    ids = guard.collect(src) | guard.uid_identifiers(uids.originals)
    assert {i.value for i in ids} >= {"Li^Wu", "Wu Li", "1.2.826.0.1.3680043.8.498.4242"}
    assert not any(i.value in ("Li", "Wu", "ANONYMOUS", "ab1") for i in ids)
    out = Dataset()
    out.ImageComments = "prior 1.2.826.0.1.3680043.8.498.4242"
    finding = guard.scan(output=out, encoded=b"", identifiers=ids)
    assert finding is not None and finding.reason_code == "leak_guard:SeriesInstanceUID"
    clean = Dataset()
    clean.ImageComments = "ANONYMOUS"
    assert guard.scan(output=clean, encoded=b"ANONYMOUS", identifiers=ids) is None


def test_leak_guard_is_case_insensitive_and_searches_sequences():
    guard = LeakGuard()
    src = Dataset()
    src.InstitutionName = "Saint Elsewhere Memorial Hospital"
    ids = guard.collect(src)
    item = Dataset()
    item.CodeMeaning = "SAINT ELSEWHERE MEMORIAL HOSPITAL"
    out = Dataset()
    out.ConceptNameCodeSequence = [item]
    finding = guard.scan(output=out, encoded=b"", identifiers=ids)
    assert finding is not None and finding.keyword == "InstitutionName"


def test_leak_guard_finds_a_short_number_only_as_a_whole_number():
    """pydicom's ``waveform_ecg.dcm`` names its referring physician ``2721``: four digits that
    turn up by chance inside a remapped UID in about one output in twenty. Only the whole number
    is a leak; longer ids and the birth date are still found inside longer digit runs."""
    guard = LeakGuard()
    src = Dataset()
    src.ReferringPhysicianName = "2721"
    src.PatientID = "123456789"
    src.PatientBirthDate = "19700101"
    ids = guard.collect(src)
    inside = Dataset()
    inside.StudyInstanceUID = "2.25.98127210455"
    inside.ImageComments = "ref 927215"
    encoded = b"\x00" + b"2.25.98127210455" + b"\x00"
    assert guard.scan(output=inside, encoded=encoded, identifiers=ids) is None
    for text in ("ref 2721", "ref:2721.", "Dr2721"):
        whole = Dataset()
        whole.ImageComments = text
        finding = guard.scan(output=whole, encoded=b"", identifiers=ids)
        assert finding is not None and finding.keyword == "ReferringPhysicianName", text
        assert guard.scan(output=Dataset(), encoded=b"\x00" + text.encode() + b"\x00",
                          identifiers=ids) is not None, text
    for text, keyword in (("id 01234567890", "PatientID"), ("dt 19700101083000", "PatientBirthDate")):
        glued = Dataset()
        glued.ImageComments = text
        finding = guard.scan(output=glued, encoded=b"", identifiers=ids)
        assert finding is not None and finding.keyword == keyword, text
