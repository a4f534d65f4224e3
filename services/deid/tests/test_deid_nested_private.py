"""Retain Safe Private inside sequences: nested knowledge-base paths, private elements in public
sequence items, private sequences kept by whitelist, and planted PHI that never survives."""

from __future__ import annotations

import io
import json
import warnings

import pydicom
import pytest
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence
from pydicom.uid import ImplicitVRLittleEndian

from medenclave_deid.adapters.outbound.profile_files import DEFAULT_SAFE_PRIVATE_LIST, load_profile
from medenclave_deid.config import DEFAULT_ANNEX_E_TABLE
from medenclave_deid.core.dates import shift_da
from medenclave_deid.core.deidentifier import StudyDeidentifier
from medenclave_deid.core.element_actions import RecordContext
from medenclave_deid.core.options import PROFILES, DeidOption
from medenclave_deid.core.profile import BasicProfile
from medenclave_deid.core.profile_table import ProfileTable
from medenclave_deid.core.pseudonyms import PatientPseudonyms
from medenclave_deid.core.safe_private import PrivateKey, SafePrivateList
from medenclave_deid.core.uids import UidRemapper

from .conftest import FORBIDDEN, PHI, MemoryPseudonymIndex, build_instance

TABLE = ProfileTable.from_rows(json.loads(DEFAULT_ANNEX_E_TABLE.read_text(encoding="utf-8")))
CT = "1.2.840.10008.5.1.4.1.1.2"
OFFSET = -1000
CTX = RecordContext(pseudonym="PSN-1", offset_days=OFFSET, sop_class_uid=CT,
                    hasher=lambda v: "H" * 8)
SAFE = frozenset({DeidOption.RETAIN_SAFE_PRIVATE})
REF_STUDY = 0x00081110  # ReferencedStudySequence
NEST = "SYNTH NEST"     # a vendor block inside ReferencedStudySequence items
VAULT = "SYNTH VAULT"   # a vendor's private sequence (0029,xx10)

#: TCIA's own quoting, as in the shipped file: ``""`` around or after the creator
KB_CSV = f"""\ufeffelement_sig_pattern,tag_name,vr,private_disposition
"(0008,1110)[<0>](0011,""{NEST}"",10)",Referenced Study Sequence:Kept,LO,k
"(0008,1110)[<0>](0011,{NEST}"",11)",Referenced Study Sequence:Removed,LO,d
"(0008,1110)[<0>](0011,{NEST}"",12)",Referenced Study Sequence:Shifted,DA,o
"(0008,1110)[<0>](0011,{NEST}"",13)",Referenced Study Sequence:Disagrees,LO,k
"(0008,1110)[<0>](0011,{NEST}"",13)",Referenced Study Sequence:Disagrees,UN,d
"(0008,1110)[<0>](0011,{NEST}"",20)[<1>](0028,0010)",Referenced Study Sequence:Inner:Rows,US,k
"(0029,{VAULT}"",10)",Vault Sequence,SQ,na
"(0029,""{VAULT}"",10)[<0>](0028,0010)",Vault Sequence:Rows,US,k
"(0029,{VAULT}"",10)[<0>](0020,000d)",Vault Sequence:Study Instance UID,UI,h
"(0029,{VAULT}"",10)[<0>](0008,0023)",Vault Sequence:Content Date,DA,o
"(0029,{VAULT}"",10)[<0>](0008,1140)",Vault Sequence:Referenced Image Sequence,SQ,k
"(0029,{VAULT}"",10)[<0>](0008,1140)[<1>](0008,1150)",Vault:Referenced SOP Class UID,UI,k
"(0029,{VAULT}"",10)[<0>](0029,""{VAULT}"",20)",Vault Sequence:Inner Code,CS,k
"(0029,{VAULT}"",10)[<0>](0010,0010)",Vault Sequence:Patient's Name,PN,d
"(0029,{VAULT}"",30)",Vetoed Sequence,SQ,d
"(0029,{VAULT}"",30)[<0>](0028,0010)",Vetoed Sequence:Rows,US,k
"(0019,GEMS_ACQU_01"",10)",First Level,LO,k
"(0029,{VAULT}"",03)[<0>](0029,0010)",Malformed Public Odd Step,LO,k
"""


@pytest.fixture(scope="module")
def kb() -> SafePrivateList:
    return SafePrivateList.from_csv(KB_CSV)


def _profile(kb: SafePrivateList, options=SAFE) -> BasicProfile:
    return BasicProfile(TABLE, options=frozenset(options), safe_private=kb)


def _apply(profile: BasicProfile, ds: Dataset) -> Dataset:
    return profile.apply(ds, uids=UidRemapper(b"s" * 32), pseudonym="P", context=CTX)


def test_nested_signatures_parse_into_paths(kb):
    nest = PrivateKey(0x0011, NEST, 0x10)
    vault = PrivateKey(0x0029, VAULT, 0x10)
    # a private element inside a public sequence's item
    assert kb.disposition(group=0x0011, creator=NEST.lower(), element=0x1010,
                          path=(REF_STUDY,)) == "k"
    assert kb.disposition_of((REF_STUDY, nest)) == "k"
    assert kb.disposition(group=0x0011, creator=NEST, element=0x11, path=(REF_STUDY,)) == "x"
    assert kb.disposition(group=0x0011, creator=NEST, element=0x12, path=(REF_STUDY,)) == "o"
    # one row per VR that disagrees: the stricter one wins
    assert kb.disposition(group=0x0011, creator=NEST, element=0x13, path=(REF_STUDY,)) == "x"
    # the same element at the top level is not listed
    assert kb.disposition(group=0x0011, creator=NEST, element=0x10) == "x"
    # public (and private) elements inside a private sequence's item
    assert kb.disposition_of((vault, 0x00280010)) == "k"
    assert kb.disposition_of((vault, 0x0020000D)) == "h"
    assert kb.disposition_of((vault, 0x00081140, 0x00081150)) == "k"
    assert kb.disposition_of((vault, PrivateKey(0x0029, VAULT, 0x20))) == "k"
    assert kb.disposition_of((vault, 0x00100010)) == "x"
    assert kb.keeps_under((vault,)) and kb.keeps_under((vault, 0x00081140))
    assert kb.keeps_under((REF_STUDY,))
    assert not kb.keeps_under((vault, 0x00280010))
    # a sequence the list removes is not entered, whatever it lists under it
    assert not kb.keeps_under((PrivateKey(0x0029, VAULT, 0x30),))
    assert kb.is_sequence((vault,)) and kb.is_sequence((PrivateKey(0x0029, VAULT, 0x30),))
    # first-level rows keep working; a public step with an odd group is not a usable path
    assert kb.disposition(group=0x0019, creator="gems_acqu_01", element=0x10) == "k"
    assert kb.disposition_of((PrivateKey(0x0029, VAULT, 0x03), 0x00290010)) == "x"


def test_the_shipped_knowledge_base_has_nested_paths():
    kb = SafePrivateList.from_csv(DEFAULT_SAFE_PRIVATE_LIST.read_text(encoding="utf-8-sig"))
    philips = dict(group=0x2001, creator="Philips Imaging DD 001", element=0xC1)
    assert kb.disposition(**philips, path=(REF_STUDY,)) == "k"
    assert kb.disposition(**philips, path=(0x00081115,)) == "x"  # listed d
    assert kb.disposition(group=0x0009, creator="GEIIS_RA1000", element=0x01,
                          path=(0x00081115, 0x00081140)) == "k"
    assert kb.disposition(group=0x0009, creator="GEMS_PETD_01", element=0x05) == "o"
    assert kb.keeps_under((REF_STUDY,))


def _referenced_study() -> Dataset:
    ds = Dataset()
    ds.SOPClassUID = CT
    item = Dataset()
    item.ReferencedSOPClassUID = "1.2.840.10008.3.1.2.3.1"
    item.ReferencedSOPInstanceUID = PHI["StudyInstanceUID"]
    block = item.private_block(0x0011, NEST, create=True)
    block.add_new(0x10, "LO", "kept value")
    block.add_new(0x11, "LO", PHI["PatientID"])
    block.add_new(0x12, "DA", "20240305")
    block.add_new(0x13, "LO", "disputed")
    other = item.private_block(0x0013, "UNLISTED", create=True)
    other.add_new(0x10, "LO", PHI["AccessionNumber"])
    ds.ReferencedStudySequence = [item]
    return ds


def test_private_elements_inside_reference_sequence_items(kb):
    out = _apply(_profile(kb), _referenced_study())
    (item,) = out.ReferencedStudySequence
    assert item[0x00111010].value == "kept value"
    assert item[0x00111012].value == shift_da("20240305", OFFSET)
    assert 0x00111011 not in item and 0x00111013 not in item
    assert item[0x00110010].value == NEST
    assert 0x00130010 not in item and 0x00131010 not in item  # emptied block: creator goes
    assert item.ReferencedSOPInstanceUID != PHI["StudyInstanceUID"]
    # the same elements at the top level are not listed: removed
    top = _referenced_study()
    top.private_block(0x0011, NEST, create=True).add_new(0x10, "LO", "top")
    assert 0x00111010 not in _apply(_profile(kb), top)


def test_private_sequence_inside_a_reference_sequence_item(kb):
    ds = _referenced_study()
    inner = Dataset()
    inner.Rows, inner.Columns = 64, 64
    ref = ds.ReferencedStudySequence[0]
    ref.add(DataElement(0x00111020, "SQ", Sequence([inner])))
    (item,) = _apply(_profile(kb), ds).ReferencedStudySequence
    (kept,) = item[0x00111020].value
    assert kept.Rows == 64 and "Columns" not in kept


def test_without_the_option_every_private_element_goes_at_any_depth(kb):
    ds = _referenced_study()
    ds.add(DataElement(0x00290010, "LO", VAULT))
    ds.add(DataElement(0x00291010, "SQ", Sequence([_vault_item()])))
    for profile in (_profile(kb, options=()), BasicProfile(TABLE, options=SAFE)):
        out = _apply(profile, ds)
        assert not [e for e in out.iterall() if e.tag.is_private]
        assert len(out.ReferencedStudySequence) == 1


def _vault_item(rows: int = 512) -> Dataset:
    item = Dataset()
    item.Rows = rows
    item.Columns = 512  # not listed under the sequence: dropped
    item.StudyInstanceUID = PHI["StudyInstanceUID"]
    item.ContentDate = "20240305"
    item.PatientName = PHI["PatientName"]  # listed d
    image = Dataset()
    image.ReferencedSOPClassUID = CT
    image.ReferencedSOPInstanceUID = PHI["SeriesInstanceUID"]  # not listed: dropped
    item.ReferencedImageSequence = [image]
    block = item.private_block(0x0029, VAULT, create=True)
    block.add_new(0x20, "CS", "AXIAL")
    block.add_new(0x21, "LO", PHI["PatientID"])  # not listed
    return item


def test_private_sequence_keeps_only_what_the_list_names(kb):
    ds = Dataset()
    ds.SOPClassUID = CT
    ds.add(DataElement(0x00290010, "LO", VAULT))
    empty = Dataset()
    empty.Columns = 5  # nothing listed: the item is dropped
    ds.add(DataElement(0x00291010, "SQ", Sequence([_vault_item(), empty])))
    ds.add(DataElement(0x00291030, "SQ", Sequence([_vault_item()])))  # the list removes it
    uids = UidRemapper(b"s" * 32)
    out = _profile(kb).apply(ds, uids=uids, pseudonym="P", context=CTX)
    (item,) = out[0x00291010].value
    assert item.Rows == 512 and "Columns" not in item and "PatientName" not in item
    assert item.StudyInstanceUID == uids.remap(PHI["StudyInstanceUID"],
                                               keyword="StudyInstanceUID")
    assert item.ContentDate == shift_da("20240305", OFFSET)
    (image,) = item.ReferencedImageSequence
    assert image.ReferencedSOPClassUID == CT and "ReferencedSOPInstanceUID" not in image
    assert item[0x00291020].value == "AXIAL" and item[0x00290010].value == VAULT
    assert 0x00291021 not in item
    assert 0x00291030 not in out and out[0x00290010].value == VAULT


def test_unlisted_private_sequence_and_emptied_sequences_go(kb):
    ds = Dataset()
    ds.SOPClassUID = CT
    ds.add(DataElement(0x00310010, "LO", "OTHER VENDOR"))
    ds.add(DataElement(0x00311010, "SQ", Sequence([_vault_item()])))
    ds.add(DataElement(0x00290010, "LO", VAULT))
    only_unlisted = Dataset()
    only_unlisted.Columns = 5
    ds.add(DataElement(0x00291010, "SQ", Sequence([only_unlisted])))
    out = _apply(_profile(kb), ds)
    assert not [e for e in out if e.tag.is_private]


def test_a_public_instance_uid_kept_inside_a_private_sequence_is_remapped():
    kb = SafePrivateList.from_csv(
        'element_sig_pattern,tag_name,vr,private_disposition\n'
        f'"(0029,{VAULT}"",10)[<0>](0008,1155)",Referenced SOP Instance UID,UI,k\n')
    ds = Dataset()
    ds.add(DataElement(0x00290010, "LO", VAULT))
    item = Dataset()
    item.ReferencedSOPInstanceUID = PHI["SeriesInstanceUID"]
    ds.add(DataElement(0x00291010, "SQ", Sequence([item])))
    (kept,) = _apply(_profile(kb), ds)[0x00291010].value
    assert kept.ReferencedSOPInstanceUID.startswith("2.25.")


def _plant(ds: Dataset) -> None:
    """Nested private elements with PHI: one the list keeps, the rest it does not name."""
    ref = ds.ReferencedStudySequence[0]
    block = ref.private_block(0x0011, NEST, create=True)
    block.add_new(0x10, "LO", "kept value")
    block.add_new(0x11, "LO", PHI["PatientID"])
    ref.private_block(0x0013, "UNLISTED", create=True).add_new(0x10, "LO", PHI["PatientName"])
    ds.add(DataElement(0x00290010, "LO", VAULT))
    ds.add(DataElement(0x00291010, "SQ", Sequence([_vault_item()])))
    ds.add(DataElement(0x00310010, "LO", "OTHER VENDOR"))
    ds.add(DataElement(0x00311010, "SQ", Sequence([_vault_item()])))


def _pair(kb: SafePrivateList):
    profile = BasicProfile(TABLE, options=PROFILES["medenclave-default"], safe_private=kb)
    index = MemoryPseudonymIndex()
    return [StudyDeidentifier(profile=profile, uid_secret=b"u" * 32, fast=fast,
                              pseudonyms=PatientPseudonyms(secret=b"p" * 32, index=index))
            for fast in (True, False)]


def _run(deidentifier: StudyDeidentifier, raw: bytes):
    session = deidentifier.session()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        instance = session.add(raw)
        return instance.dicom, session.verify()


@pytest.mark.parametrize("syntax", [None, ImplicitVRLittleEndian])
def test_planted_phi_in_unlisted_nested_private_elements_never_survives(kb, syntax):
    kwargs = {"transfer_syntax": syntax} if syntax else {}
    raw = build_instance(extra=_plant, **kwargs)
    (fast, fast_finding), (reference, ref_finding) = (_run(d, raw) for d in _pair(kb))
    assert fast == reference, "the fast path wrote different bytes"
    assert fast_finding is None and ref_finding is None  # the leak guard passes it
    for value in FORBIDDEN:  # and a direct scan of the bytes finds none of it
        for encoding in ("utf-8", "gb18030"):
            assert value.encode(encoding) not in fast, value
    out = pydicom.dcmread(io.BytesIO(fast))
    assert not any(e.tag.group == 0x0031 for e in out.iterall())
    if syntax is None:  # explicit VR: the vendor's sequence is a sequence, kept by the list
        (item,) = out[0x00291010].value
        assert item.Rows == 512 and item[0x00291020].value == "AXIAL"
        assert out.ReferencedStudySequence[0][0x00111010].value == "kept value"
    else:  # implicit VR: read as opaque UN bytes, which cannot be vouched for
        assert 0x00291010 not in out and 0x00290010 not in out


def test_the_guard_sees_phi_the_list_keeps_inside_a_sequence(kb):
    def plant(ds: Dataset) -> None:
        ref = ds.ReferencedStudySequence[0]
        ref.private_block(0x0011, NEST, create=True).add_new(0x10, "LO", PHI["PatientID"])

    raw = build_instance(extra=plant)
    (fast, fast_finding), (reference, ref_finding) = (_run(d, raw) for d in _pair(kb))
    assert fast == reference
    assert fast_finding is not None and ref_finding is not None


def test_default_profile_on_the_shipped_list_keeps_a_listed_nested_element():
    def plant(ds: Dataset) -> None:
        ref = ds.ReferencedStudySequence[0]
        block = ref.private_block(0x2001, "Philips Imaging DD 001", create=True)
        block.add_new(0xC1, "LO", "LINEAR")
        block.add_new(0xC2, "LO", PHI["PatientID"])

    profile = load_profile(table_path=DEFAULT_ANNEX_E_TABLE, profile="medenclave-default")
    index = MemoryPseudonymIndex()
    pair = [StudyDeidentifier(profile=profile, uid_secret=b"u" * 32, fast=fast,
                              pseudonyms=PatientPseudonyms(secret=b"p" * 32, index=index))
            for fast in (True, False)]
    (fast, finding), (reference, _) = (_run(d, build_instance(extra=plant)) for d in pair)
    assert fast == reference and finding is None
    ref = pydicom.dcmread(io.BytesIO(fast)).ReferencedStudySequence[0]
    assert ref[0x20010010].value == "Philips Imaging DD 001"
    assert ref[0x200110C1].value == "LINEAR" and 0x200110C2 not in ref
