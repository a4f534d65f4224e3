"""A DICOM SEG survives de-identification (issues 11/13; core/iod_modules.py): its own modules
kept, every UID in them remapped with the images' mapping (the references still resolve),
its free text (Code Meanings included, with Clean Descriptors) cleaned or, where it cannot be,
removed (a dummy for Type 1), with the leak guard as the last line; the SEG's modules are kept
in a SEG only."""

from __future__ import annotations

import io
import re

import numpy as np
import pydicom
import pytest

from medenclave_deid.adapters.outbound.profile_files import load_profile
from medenclave_deid.adapters.outbound.text_vocabulary import make_descriptor_cleaner
from medenclave_deid.config import DEFAULT_ANNEX_E_TABLE
from medenclave_deid.core.deidentifier import StudyDeidentifier
from medenclave_deid.core.instances import InvalidInstance
from medenclave_deid.core.iod_modules import SEGMENTATION
from medenclave_deid.core.pseudonyms import PatientPseudonyms
from medenclave_deid.core.uids import remap_uid
from medenclave_testing.fuzz import Seed, dicom_anchors, sweep
from medenclave_testing.segmentation_dicom import ct_slice
from medenclave_testing.segmentation_source import PATIENT, identified_seg_study

from .conftest import MemoryPseudonymIndex

SECRET = b"u" * 32
SEG_CLASS = "1.2.840.10008.5.1.4.1.1.66.4"
CT_CLASS = "1.2.840.10008.5.1.4.1.1.2"
NAME = "Marisol Quillfeather"
MRN = PATIENT["PatientID"]
#: what must not survive anywhere in the output (case-insensitive)
IDENTIFYING = ("Quillfeather", "Marisol", "48213977", "5520931", "Okonkwo", "Adaeze",
               "Wenceslas", "19610704")


def _deidentifier(profile: str, *, fast: bool = True,
                  index: MemoryPseudonymIndex | None = None) -> StudyDeidentifier:
    return StudyDeidentifier(
        profile=load_profile(table_path=DEFAULT_ANNEX_E_TABLE, profile=profile,
                             cleaner=make_descriptor_cleaner(SECRET)),
        uid_secret=SECRET, fast=fast,
        pseudonyms=PatientPseudonyms(secret=b"p" * 32, index=index or MemoryPseudonymIndex()))


def _run(study, profile: str = "medenclave-default", **kw):
    session = _deidentifier(profile, **kw).session()
    made = [session.add(blob) for blob in (*study.images, study.seg)]
    return session, made, [pydicom.dcmread(io.BytesIO(m.dicom)) for m in made]


def _identified_text() -> dict[str, object]:
    return {"segment_labels": (f"Liver of {NAME}", f"Tumor {MRN}"),
            "content_label": "QUILLFEATHER",
            "content_description": f"For Quillfeather, Marisol ({MRN})",
            "series_description": f"Seg {NAME} {MRN}", "tracking_id": f"{NAME} lesion"}


def test_a_seg_keeps_its_modules_and_its_references_resolve_to_the_remapped_images():
    study = identified_seg_study()
    session, _, outs = _run(study)
    assert session.verify() is None
    *images, seg = outs
    image_uids = [str(i.SOPInstanceUID) for i in images]
    assert image_uids == [remap_uid(SECRET, u) for u in study.image_uids]
    assert not set(image_uids) & set(study.image_uids)
    # Segmentation Image module, Segment Description macro
    assert seg.SegmentationType == "BINARY" and seg.SegmentsOverlap == "YES"
    assert int(seg.NumberOfFrames) == 3 and "PixelData" in seg
    segments = seg.SegmentSequence
    assert [int(s.SegmentNumber) for s in segments] == [1, 2]
    assert [s.SegmentedPropertyTypeCodeSequence[0].CodeValue for s in segments] == \
        ["10200004", "108369006"]
    assert segments[0].SegmentedPropertyCategoryCodeSequence[0].CodeMeaning == \
        "Anatomical Structure"
    assert [s.SegmentAlgorithmType for s in segments] == ["MANUAL", "AUTOMATIC"]
    assert list(segments[0].RecommendedDisplayCIELabValue) == [43803, 26565, 37722]
    assert [str(s.SegmentLabel) for s in segments] == ["Liver", "Tumor"]
    assert segments[1].SegmentationAlgorithmIdentificationSequence[0].AlgorithmName
    assert seg.ContentLabel == "LIVER_SEG"
    # functional groups: each frame's segment and its source image, remapped like the images
    frames = seg.PerFrameFunctionalGroupsSequence
    refs = [g.DerivationImageSequence[0].SourceImageSequence[0].ReferencedSOPInstanceUID
            for g in frames]
    assert refs == [image_uids[0], image_uids[0], image_uids[2]]
    assert [int(g.SegmentIdentificationSequence[0].ReferencedSegmentNumber)
            for g in frames] == [1, 2, 1]
    assert [list(g.FrameContentSequence[0].DimensionIndexValues) for g in frames] == \
        [[1, 1], [2, 1], [1, 3]]
    assert list(frames[2].PlanePositionSequence[0].ImagePositionPatient) == [-100, -120, 45]
    shared = seg.SharedFunctionalGroupsSequence[0]
    assert list(shared.PixelMeasuresSequence[0].PixelSpacing) == [0.8, 0.8]
    assert list(shared.PlaneOrientationSequence[0].ImageOrientationPatient) == [1, 0, 0, 0, 1, 0]
    # every UID of the SEG's modules remapped by the same keyed function as the images'
    uids = study.uids
    assert seg.FrameOfReferenceUID == images[0].FrameOfReferenceUID == \
        remap_uid(SECRET, uids["frame_of_reference"])
    organization = seg.DimensionOrganizationSequence[0].DimensionOrganizationUID
    assert organization == remap_uid(SECRET, uids["dimension"])
    assert {i.DimensionOrganizationUID for i in seg.DimensionIndexSequence} == {organization}
    assert [int(i.DimensionIndexPointer) for i in seg.DimensionIndexSequence] == \
        [0x0062000B, 0x00200032]
    assert segments[1].TrackingUID == remap_uid(SECRET, uids["tracking"])
    referenced = seg.ReferencedSeriesSequence[0]
    assert referenced.SeriesInstanceUID == images[0].SeriesInstanceUID
    assert [i.ReferencedSOPInstanceUID for i in referenced.ReferencedInstanceSequence] == \
        image_uids
    assert seg.StudyInstanceUID == images[0].StudyInstanceUID
    # the frames' pixels as they were
    assert np.array_equal(seg.pixel_array[2], study.class_maps[2])


@pytest.mark.parametrize("profile", ["medenclave-default", "annex-e-basic"])
def test_a_patient_name_and_mrn_in_the_seg_free_text_are_gone(profile):
    study = identified_seg_study(**_identified_text())
    session, made, outs = _run(study, profile)
    assert session.verify() is None
    seg = outs[-1]
    blob = made[-1].dicom.decode("latin-1").casefold()
    for value in IDENTIFYING:
        assert value.casefold() not in blob, value
    texts = [str(s.SegmentLabel) for s in seg.SegmentSequence]
    texts += [str(seg.ContentLabel), str(seg.get("ContentDescription", "")),
              str(seg.get("SeriesDescription", "")),
              str(seg.SegmentSequence[1].TrackingID)]
    for text in texts:
        assert not re.search(r"quillfeather|marisol|48213977", text, re.IGNORECASE), text
    # still a valid SEG: the Type 1 labels are there, the Type 2 description too
    assert all(str(s.SegmentLabel).strip() for s in seg.SegmentSequence)
    assert str(seg.ContentLabel).strip() and "ContentDescription" in seg
    if profile == "annex-e-basic":  # no Clean Descriptors: no free text at all
        assert texts[:2] == ["ANONYMOUS", "ANONYMOUS"] and seg.ContentLabel == "ANONYMOUS"
        assert seg.ContentDescription in ("", None) and "SeriesDescription" not in seg
    else:
        assert texts[0].startswith("Liver") and texts[1].startswith("Tumor")
        assert seg.ContentLabel == "ANONYMOUS"  # the name was all of it: Type 1, a dummy
        assert "ContentLabel" in made[-1].removed_descriptors


def _with_code_meanings(study, category: str, *types: str):
    """The study with its SEG's segment category (both segments) and property types set."""
    ds = pydicom.dcmread(io.BytesIO(study.seg))
    for segment, meaning in zip(ds.SegmentSequence, types, strict=True):
        segment.SegmentedPropertyCategoryCodeSequence[0].CodeMeaning = category
        segment.SegmentedPropertyTypeCodeSequence[0].CodeMeaning = meaning
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    study.seg = buf.getvalue()
    return study


def _meanings(seg) -> list[str]:
    return [str(s.SegmentedPropertyTypeCodeSequence[0].CodeMeaning) for s in seg.SegmentSequence]


def test_code_meanings_go_through_the_descriptor_cleaner_clinical_labels_stay():
    """Clean Descriptors: a Code Meaning (a segment's property type, category) is free text an
    annotator's tool may let a person type; the cleaner takes the name and the MRN out, keeps
    "Liver", "Tumor", "左肺结节", and where nothing is left writes a dummy (Type 1)."""
    study = _with_code_meanings(identified_seg_study(), f"{NAME}", f"Liver {NAME}",
                                f"左肺结节 {MRN}")
    session, made, outs = _run(study)
    assert session.verify() is None   # nothing left for the guard to find
    seg = outs[-1]
    assert seg.SpecificCharacterSet == "ISO_IR 192"
    assert _meanings(seg) == ["Liver", "左肺结节"]
    assert [str(s.SegmentedPropertyCategoryCodeSequence[0].CodeMeaning)
            for s in seg.SegmentSequence] == ["ANONYMOUS", "ANONYMOUS"]   # the name was all
    assert [s.SegmentedPropertyTypeCodeSequence[0].CodeValue for s in seg.SegmentSequence] == \
        ["10200004", "108369006"]   # the codes themselves as they were
    blob = made[-1].dicom.decode("latin-1").casefold()
    assert not [v for v in IDENTIFYING if v.casefold() in blob]
    derivation = seg.PerFrameFunctionalGroupsSequence[0].DerivationImageSequence[0]
    assert derivation.DerivationCodeSequence[0].CodeMeaning == "Segmentation"
    plain = _with_code_meanings(identified_seg_study(), "Anatomical Structure", "Liver", "Tumor")
    assert _meanings(_run(plain)[2][-1]) == ["Liver", "Tumor"]


def test_without_clean_descriptors_the_leak_guard_stays_the_last_line():
    """The Basic Profile keeps Code Meanings as the codes' own names: a name typed into one is
    the guard's to catch, and it quarantines the study."""
    study = _with_code_meanings(identified_seg_study(), "Anatomical Structure",
                                "Liver Quillfeather", "Tumor")
    session, _, outs = _run(study, "annex-e-basic")
    assert _meanings(outs[-1]) == ["Liver Quillfeather", "Tumor"]
    finding = session.verify()
    assert finding is not None and finding.keyword  # names the attribute, never the value
    assert "Quillfeather" not in str(finding)


def test_the_segmentation_modules_are_kept_in_a_segmentation_only():
    def extra(ds):
        ds.PatientName, ds.PatientID = PATIENT["PatientName"], MRN
        ds.SegmentationType, ds.ContentLabel = "BINARY", "LIVER_SEG"
        ds.SharedFunctionalGroupsSequence = [pydicom.Dataset()]

    blob = ct_slice("1.2.826.0.1.3680043.8.498.9", "1.2.826.0.1.3680043.8.498.9.1",
                    np.zeros((8, 8)), extra=extra)
    session = _deidentifier("medenclave-default").session()
    out = pydicom.dcmread(io.BytesIO(session.add(blob).dicom))
    assert session.verify() is None
    for keyword in ("SegmentationType", "ContentLabel", "SharedFunctionalGroupsSequence"):
        assert keyword not in out


@pytest.mark.parametrize("profile", ["medenclave-default", "annex-e-basic"])
def test_the_fast_and_reference_paths_write_the_same_seg(profile):
    study = identified_seg_study(**_identified_text())
    index = MemoryPseudonymIndex()  # one patient, one pseudonym for both runs
    fast, made_fast, _ = _run(study, profile, index=index)
    slow, made_slow, _ = _run(study, profile, fast=False, index=index)
    assert [m.dicom for m in made_fast] == [m.dicom for m in made_slow]
    assert fast.verify() is None and slow.verify() is None


@pytest.mark.parametrize(("tag", "vr", "clean", "action"), [
    (0x00620002, "SQ", True, "S"),      # SegmentSequence
    (0x00620001, "CS", False, "K"),     # SegmentationType
    (0x52009230, "SQ", False, "S"),     # PerFrameFunctionalGroupsSequence
    (0x00200242, "UI", False, "U"),     # SOPInstanceUIDOfConcatenationSource
    (0x00620005, "LO", True, "CD"),     # SegmentLabel, Type 1
    (0x00620005, "LO", False, "D"),
    (0x00700081, "LO", True, "CL"),     # ContentDescription, Type 2
    (0x00700081, "LO", False, "Z"),
    (0x00620006, "ST", False, "X"),     # SegmentDescription, Type 3
    (0x00660032, "LT", True, None),     # AlgorithmParameters: not one of the SEG's own
    (0x00080104, "LO", True, "CD"),     # CodeMeaning, Type 1 in a code item: cleaned
    (0x00080104, "LO", False, None),    # without the option: the image whitelist keeps it
])
def test_segmentation_module_actions(tag, vr, clean, action):
    assert SEGMENTATION.action(tag, vr, clean_descriptors=clean) == action


def test_the_profile_resolves_the_segmentation_modules_by_sop_class():
    default = load_profile(table_path=DEFAULT_ANNEX_E_TABLE, profile="medenclave-default")
    assert default.resolve(0x00620002, "SQ", SEG_CLASS) == "S"
    assert default.resolve(0x00620002, "SQ", CT_CLASS) == "X"
    assert default.resolve(0x00080023, "DA", SEG_CLASS) == "SD"  # Content Date: shifted
    assert default.resolve(0x00080104, "LO", SEG_CLASS) == "CD"  # Code Meaning: cleaned
    assert default.resolve(0x00080104, "LO", CT_CLASS) == "K"    # an image's: the whitelist
    basic = load_profile(table_path=DEFAULT_ANNEX_E_TABLE, profile="annex-e-basic")
    assert basic.resolve(0x00080023, "DA", SEG_CLASS) == "D"     # Type 1 in a SEG
    assert basic.resolve(0x00181000, "LO", SEG_CLASS) == "D"     # Device Serial Number
    assert basic.resolve(0x00700084, "PN", SEG_CLASS) == "Z"     # Content Creator's Name
    assert basic.resolve(0x00081155, "UI", SEG_CLASS) == "U"
    assert basic.resolve(0x00080104, "LO", SEG_CLASS) == "K"


def test_a_fractional_seg_keeps_its_fractional_type_and_maximum():
    study = identified_seg_study(kind="FRACTIONAL")
    session, _, outs = _run(study)
    assert session.verify() is None
    seg = outs[-1]
    assert (seg.SegmentationType, seg.SegmentationFractionalType) == \
        ("FRACTIONAL", "PROBABILITY")
    assert int(seg.MaximumFractionalValue) == 255
    assert np.array_equal(seg.pixel_array[2], study.class_maps[2] * 255)  # segment 1 on C


@pytest.mark.filterwarnings("ignore")  # pydicom warns on every malformed value
def test_malformed_segs_end_in_an_instance_or_a_reason():
    """Issue 15's contract on the SEG's kept modules: byte flips, truncations, wrong lengths
    and VRs inside the functional groups and segments end in an output both leak guards pass
    or an ``InvalidInstance`` reason (never another error, never a hang)."""
    study = identified_seg_study(**_identified_text())
    seeds = [Seed("seg", study.seg, dicom_anchors(study.seg, 132))]
    deidentifier = _deidentifier("medenclave-default")

    def check(raw: bytes) -> str:
        session = deidentifier.session()
        try:
            session.add(raw)
        except InvalidInstance as exc:
            return exc.code
        finding = session.verify()
        if finding is not None:
            return finding.reason_code
        session.fast = False
        assert session.verify() is None
        return ""

    sweep(check, seeds, count=400, seconds=10.0)


def test_a_cleaned_code_string_stays_a_code_string():
    from pydicom.dataelem import DataElement

    from medenclave_deid.core.element_actions import RecordContext, act_on_element
    from medenclave_deid.core.uids import UidRemapper

    class Surrogates:  # what a text engine may write back: mixed case, another script
        def clean(self, *, text: str, deny: frozenset[str], offset_days: int = 0) -> str:
            return {"LIVER_JD": "Liver of Ann Roe-Lee", "TUMOR": "王小东"}[text]

    removed: list[int] = []
    ctx = RecordContext(removed=removed)

    def label(value: str):
        return act_on_element(DataElement(0x00700080, "CS", value), "CD", uids=UidRemapper(SECRET),
                              ctx=ctx, pseudonym="PSN-1", cleaner=Surrogates()).value

    assert label("LIVER_JD") == "LIVER OF ANN ROE"  # upper case, at most 16 characters
    assert label("TUMOR") == "ANONYMOUS" and removed == [0x00700080]  # nothing left: a dummy
