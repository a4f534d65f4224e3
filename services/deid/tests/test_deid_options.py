"""Per-option tests generated from Table E.1-1, and the pieces of the profile around them."""

from __future__ import annotations

import io
import json

import pydicom
import pytest
from pydicom import datadict
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset

from medenclave_deid.config import DEFAULT_ANNEX_E_TABLE
from medenclave_deid.core.dates import cap_age, shift_da, shift_dt
from medenclave_deid.core.deidentifier import StudyDeidentifier
from medenclave_deid.core.descriptors import DenyListCleaner, deny_terms
from medenclave_deid.core.element_actions import RecordContext, dummy_for
from medenclave_deid.core.iod_types import attribute_type
from medenclave_deid.core.options import (
    CID_7050,
    DeidOption,
    UnknownOption,
    UnknownProfile,
    look_up_option,
    resolve_options,
)
from medenclave_deid.core.profile import BasicProfile
from medenclave_deid.core.profile_table import ProfileTable
from medenclave_deid.core.pseudonyms import PatientPseudonyms
from medenclave_deid.core.safe_private import SafePrivateList
from medenclave_deid.core.uids import UidRemapper

from .conftest import MemoryPseudonymIndex, build_instance

ROWS = json.loads(DEFAULT_ANNEX_E_TABLE.read_text(encoding="utf-8"))
TABLE = ProfileTable.from_rows(ROWS)
CT = "1.2.840.10008.5.1.4.1.1.2"
OFFSET = -1000
DENY = frozenset({"Wang", "MRN55501234"})
CTX = RecordContext(pseudonym="PSN-1", offset_days=OFFSET, deny=DENY, sop_class_uid=CT,
                    hasher=lambda v: "H" * 8)

_SAMPLE = {
    "DA": "20240305", "DT": "20240305101500", "TM": "101500", "AS": "045Y",
    "PN": "Doe^Jane", "UI": "1.2.826.0.1.3680043.8.498.99", "CS": "ABC", "DS": "1.5",
    "IS": "3", "US": 1, "SS": 1, "UL": 1, "SL": 1, "FL": 1.5, "FD": 1.5, "AT": 0x00100010,
    "OB": b"\x01\x02", "OW": b"\x01\x02", "UN": b"\x01\x02", "UR": "http://x.example/a",
    "AE": "WANG_CT",
}
_TEXT = "knee MRI Wang MRN55501234 left"


def _concrete(tag_text: str) -> int:
    return int(tag_text.strip("()").replace(",", "").replace("X", "0").replace("x", "0"), 16)


def _vr(tag: int) -> str:
    try:
        vr = datadict.dictionary_VR(tag)
    except KeyError:
        return ""
    return vr.split(" or ")[0]


def _element(tag: int) -> DataElement | None:
    vr = _vr(tag)
    if not vr or vr in ("OF", "OD", "OL", "OV", "SV", "UV"):
        return None
    if vr == "SQ":
        item = Dataset()
        item.CodeValue, item.CodingSchemeDesignator, item.CodeMeaning = "T-1", "SRT", "thing"
        return DataElement(tag, "SQ", [item])
    value = _SAMPLE.get(vr, _TEXT)
    return DataElement(tag, vr, value)


def _outcome(options: frozenset[DeidOption], tag: int):
    elem = _element(tag)
    ds = Dataset()
    ds.add(elem)
    profile = BasicProfile(TABLE, options=options,
                           safe_private=SafePrivateList.of([]))
    out = profile.apply(ds, uids=UidRemapper(b"s" * 32), pseudonym="PSN-1", context=CTX)
    return elem, out.get(tag)


def _option_cases():
    for opt in DeidOption:
        for row in ROWS:
            action = str(row.get(opt.value, "") or "")
            if not action or row["tag"].startswith(("(GGGG", "(0000", "(0002")):
                continue  # private: own test; command and file meta: rebuilt by the engine
            tag = _concrete(row["tag"])
            if _element(tag) is None:
                continue
            yield pytest.param(opt, tag, action, id=f"{opt.slug}-{row['tag']}")


OPTION_CASES = list(_option_cases())


def test_the_table_has_every_option_column():
    assert len(ROWS) == 621
    assert {o.value for o in DeidOption} <= {k for r in ROWS for k in r}
    assert len(OPTION_CASES) > 450  # every option row whose VR pydicom knows


@pytest.mark.parametrize("option,tag,action", OPTION_CASES)
def test_each_option_changes_the_outcome_as_the_table_says(option, tag, action):
    source, basic = _outcome(frozenset(), tag)
    _, with_option = _outcome(frozenset({option}), tag)
    vr = source.VR
    if action == "K":
        assert with_option is not None, "K must keep the attribute"
        if vr == "AS":
            assert with_option.value == cap_age(source.value)
        elif vr == "SQ":
            assert len(with_option.value) == len(source.value)
        else:
            assert with_option.value == source.value
    else:  # C: cleaned by what the value is
        if vr == "DA" and option is DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES:
            assert with_option.value == shift_da(source.value, OFFSET)
        elif vr == "DT" and option is DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES:
            assert with_option.value == shift_dt(source.value, OFFSET)
        elif vr == "AE":
            assert with_option is not None and with_option.value == source.value
        elif vr in ("LO", "SH", "ST", "LT", "UT", "UC"):
            assert with_option is not None
            assert "Wang" not in str(with_option.value) and "MRN" not in str(with_option.value)
            assert "knee" in str(with_option.value)
        elif vr == "SQ":
            assert with_option is not None and len(with_option.value) == 1
        elif vr in ("OB", "OW", "UN", "PN"):
            assert with_option is None  # binary graphics and names cannot be cleaned: removed
        else:
            assert with_option is not None
    # and the option made a difference wherever Basic does not already keep the value
    if basic is not None and with_option is not None and vr not in ("SQ", "UI", "TM"):
        if basic.value == source.value:
            return
        assert with_option.value != basic.value or action == "C"


@pytest.mark.parametrize("row", [r for r in ROWS if not r["tag"].startswith("(GGGG")],
                         ids=lambda r: r["tag"])
def test_every_row_has_a_basic_action_that_is_applied(row):
    tag = _concrete(row["tag"])
    elem = _element(tag)
    if elem is None:
        pytest.skip("VR unknown to pydicom's dictionary")
    _, out = _outcome(frozenset(), tag)
    action = BasicProfile(TABLE).resolve(tag, elem.VR, CT)
    if action == "X":
        assert out is None
    elif action == "Z":
        assert out is not None and (out.value in (None, "", b"") or out.value == [])
    elif action == "D":
        assert out is not None and out.value == dummy_for(elem.VR)
    elif action == "U":
        assert str(out.value).startswith("2.25.") and len(str(out.value)) <= 64
    elif action == "P":
        assert out.value == "PSN-1"
    else:
        assert out is not None


def test_combined_actions_follow_the_type_in_the_iod():
    profile = BasicProfile(TABLE)
    enhanced_ct = "1.2.840.10008.5.1.4.1.1.2.1"
    assert attribute_type(0x0008002A, enhanced_ct) == 1
    assert profile.resolve(0x0008002A, "DT", enhanced_ct) == "D"  # X/Z/D, Type 1
    assert profile.resolve(0x0008002A, "DT", CT) == "X"           # Type 3 in CT
    assert profile.resolve(0x00080023, "DA", CT) == "Z"           # Z/D, Type 2
    assert profile.resolve(0x00080023, "DA", enhanced_ct) == "D"  # Z/D, Type 1
    assert profile.resolve(0x00181000, "LO", enhanced_ct) == "D"  # Device Serial Number
    assert profile.resolve(0x00400555, "SQ", "1.2.840.10008.5.1.4.1.1.1.1") == "Z"  # DX Type 2
    assert profile.resolve(0x300A00B2, "SH", "1.2.840.10008.5.1.4.1.1.481.5") == "Z"  # RT plan


def test_repeating_groups_overlays_and_curves():
    ds = Dataset()
    ds.add_new(0x60023000, "OW", b"\x01\x00" * 8)
    ds.add_new(0x60024000, "LT", "overlay for Wang")
    ds.add_new(0x50000010, "US", 4)
    ds.add_new(0x50003000, "OW", b"\x00" * 8)
    basic = BasicProfile(TABLE).apply(ds, uids=UidRemapper(b"s" * 32), pseudonym="P",
                                      context=CTX)
    assert len(basic) == 0
    graphics = BasicProfile(TABLE, options=frozenset({DeidOption.CLEAN_GRAPHICS})).apply(
        ds, uids=UidRemapper(b"s" * 32), pseudonym="P", context=CTX)
    assert str(graphics[0x60024000].value) == "overlay for"
    assert 0x60023000 not in graphics  # bitmaps cannot be cleaned here: removed


def test_un_elements_are_decoded_when_possible_else_removed():
    ds = Dataset()
    ds.add(DataElement(0x00081030, "UN", b"Knee Wang "))    # StudyDescription as UN
    ds.add(DataElement(0x00280010, "UN", b"\x10\x00"))      # Rows as UN (binary US): removed
    ds.add(DataElement(0x00231234, "UN", b"opaque"))        # private UN
    options = frozenset({DeidOption.CLEAN_DESCRIPTORS})
    out = BasicProfile(TABLE, options=options).apply(
        ds, uids=UidRemapper(b"s" * 32), pseudonym="P", context=CTX)
    assert out[0x00081030].VR == "LO" and out[0x00081030].value == "Knee"
    assert 0x00231234 not in out


def test_safe_private_keeps_hashes_and_shifts_by_the_knowledge_base():
    ds = Dataset()
    block = ds.private_block(0x0019, "GEMS_ACQU_01", create=True)
    block.add_new(0x10, "LO", "kept value")
    block.add_new(0x11, "LO", "MRN55501234")
    block.add_new(0x12, "DA", "20240305")
    block.add_new(0x13, "LO", "not listed")
    other = ds.private_block(0x0021, "UNKNOWN VENDOR", create=True)
    other.add_new(0x10, "LO", "secret")
    kb = SafePrivateList.of([(0x0019, "GEMS_ACQU_01", 0x10, "k"),
                             (0x0019, "GEMS_ACQU_01", 0x11, "h"),
                             (0x0019, "GEMS_ACQU_01", 0x12, "o")])
    out = BasicProfile(TABLE, options=frozenset({DeidOption.RETAIN_SAFE_PRIVATE}),
                       safe_private=kb).apply(ds, uids=UidRemapper(b"s" * 32), pseudonym="P",
                                              context=CTX)
    assert out[0x00191010].value == "kept value"
    assert out[0x00191011].value == "HHHHHHHH"
    assert out[0x00191012].value == shift_da("20240305", OFFSET)
    assert 0x00191013 not in out
    assert out[0x00190010].value == "GEMS_ACQU_01"
    assert 0x00210010 not in out and 0x00211010 not in out  # an emptied block loses its creator
    basic = BasicProfile(TABLE, safe_private=kb).apply(
        ds, uids=UidRemapper(b"s" * 32), pseudonym="P", context=CTX)
    assert not [e for e in basic if e.tag.is_private]


def test_the_shipped_knowledge_base_parses():
    from medenclave_deid.adapters.outbound.profile_files import DEFAULT_SAFE_PRIVATE_LIST

    kb = SafePrivateList.from_csv(DEFAULT_SAFE_PRIVATE_LIST.read_text(encoding="utf-8-sig"))
    assert len(kb) > 1000
    assert kb.disposition(group=0x0009, creator="GEMS_PETD_01", element=0x05) == "o"
    assert kb.disposition(group=0x0009, creator="nobody", element=0x05) == "x"


def test_option_names_and_errors():
    assert look_up_option("clean-descriptors") is DeidOption.CLEAN_DESCRIPTORS
    assert look_up_option("rtnUIDsOpt") is DeidOption.RETAIN_UIDS
    assert look_up_option("113107") is DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES
    with pytest.raises(UnknownOption, match="valid options: .*retain-uids"):
        look_up_option("retain-everything")
    with pytest.raises(UnknownProfile, match="medenclave-default"):
        resolve_options("nope")
    full = resolve_options("medenclave-default", ["retain-longitudinal-full-dates"])
    assert DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES not in full
    with pytest.raises(UnknownOption):
        resolve_options("annex-e-basic", ["retain-full-dates", "retain-modified-dates"])
    assert {c for c, _ in CID_7050.values()} == {f"1131{n:02d}" for n in range(3, 13)}


def test_dates_and_ages():
    assert shift_da("20240305", -5) == "20240229"
    assert shift_da("20240101-20240110", 1) == "20240102-20240111"
    assert shift_da("2024", 1) is None
    assert shift_dt("20240305101500.5+0800", 1) == "20240306101500.5+0800"
    assert cap_age("089Y") == "089Y" and cap_age("090Y") == "090Y" and cap_age("102Y") == "090Y"
    assert cap_age("1200M") is None and cap_age("011M") == "011M"


def test_descriptor_cleaner_uses_the_record_as_deny_list():
    ds = Dataset()
    ds.PatientName = "Wang^XiaoDong=王^小东"
    ds.PatientID = "MRN55501234"
    terms = deny_terms(ds)
    cleaned = DenyListCleaner().clean(text="xiaodong WANG knee 小东 MRN55501234 Wangford",
                                      deny=terms)
    assert cleaned == "knee Wangford"


def _default_deidentifier(index=None) -> StudyDeidentifier:
    from medenclave_deid.adapters.outbound.profile_files import load_profile

    return StudyDeidentifier(
        profile=load_profile(table_path=DEFAULT_ANNEX_E_TABLE, profile="medenclave-default"),
        uid_secret=b"u" * 32,
        pseudonyms=PatientPseudonyms(secret=b"p" * 32, index=index or MemoryPseudonymIndex()))


def test_default_profile_markers_characteristics_and_offset():
    def extra(ds):
        ds.PatientAge, ds.PatientWeight, ds.PatientSize = "093Y", 61.5, 1.62
        ds.DeviceSerialNumber = "SN-1"

    index = MemoryPseudonymIndex()
    session = _default_deidentifier(index).session()
    out = pydicom.dcmread(io.BytesIO(session.add(build_instance(0, extra=extra)).dicom))
    assert session.verify() is None
    assert out.PatientIdentityRemoved == "YES"
    codes = [c.CodeValue for c in out.DeidentificationMethodCodeSequence]
    assert codes == ["113100", "113104", "113105", "113107", "113108", "113111"]
    assert out.LongitudinalTemporalInformationModified == "MODIFIED"
    assert out.PatientAge == "090Y" and float(out.PatientWeight) == 61.5
    assert out.PatientSex == "F" and "DeviceSerialNumber" not in out
    pseudonyms = PatientPseudonyms(secret=b"p" * 32, index=index)
    offset = pseudonyms.offset_for(issuer="SEMH", patient_id="MRN55501234")
    assert -3650 <= offset <= -365
    assert out.StudyDate == shift_da("20240305", offset)
    assert out.StudyDescription == "CT chest for"
    assert out.Rows == 16 and out.PixelData == pydicom.dcmread(
        io.BytesIO(build_instance(0))).PixelData
