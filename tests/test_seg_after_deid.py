"""Issues 11/13, end to end: a CT study and its DICOM SEG as the PACS holds them (a made-up
patient's identifiers in the headers and in the SEG's free text, Code Meanings included where
the profile cleans descriptors) go through deid's real engine
in process — the service's composition (the Annex E profile with the free-text descriptor
cleaner, the UID remapper, the pseudonyms, the leak guard) and the offline batch
(`medenclave deid dicom`: burned-in screen, profile, leak guard, escrow) — and training's SEG
mask reader gets each image's class map back, mapped to the remapped images, classes right."""

from __future__ import annotations

import asyncio
import io

import numpy as np
import pydicom
import pytest

from medenclave_deid.adapters.outbound.profile_files import load_profile
from medenclave_deid.adapters.outbound.text_vocabulary import make_descriptor_cleaner
from medenclave_deid.config import DEFAULT_ANNEX_E_TABLE
from medenclave_deid.core.deidentifier import StudyDeidentifier
from medenclave_deid.core.pseudonyms import PatientPseudonyms
from medenclave_deid.core.uids import remap_uid
from medenclave_testing.segmentation_source import PATIENT, identified_seg_study
from medenclave_training.adapters.outbound.deid_client import study_contents
from medenclave_training.adapters.outbound.seg_masks import DicomSegMasks, seg_class_maps

SECRET = b"k" * 32
IDENTIFYING = ("Quillfeather", "Marisol", "48213977", "5520931", "Okonkwo", "Wenceslas")


class _MemoryPseudonymIndex:
    def __init__(self) -> None:
        self.entries: dict[str, str] = {}

    def get(self, *, key: str) -> str | None:
        return self.entries.get(key)

    def put_if_absent(self, *, key: str, pseudonym: str) -> str:
        return self.entries.setdefault(key, pseudonym)


def _study(kind: str = "BINARY", *, typed_meanings: bool = False):
    """``typed_meanings``: the name and MRN typed into the segments' Code Meanings too (a
    profile with Clean Descriptors cleans them; without, the leak guard would quarantine)."""
    name, mrn = "Marisol Quillfeather", PATIENT["PatientID"]
    meanings = (f"Liver {name}", f"左肺结节 {mrn}") if typed_meanings else ("Liver", "Neoplasm")
    return identified_seg_study(segment_labels=(f"Liver of {name}", f"Tumor {mrn}"),
                                content_description=f"For {name} ({mrn})",
                                tracking_id=f"{name} lesion 1", kind=kind,
                                type_meanings=meanings)


def _service_engine(profile: str, blobs: list[bytes]) -> list[bytes]:
    """The de-identified study as the service writes it (main.py's profile and cleaner)."""
    deidentifier = StudyDeidentifier(
        profile=load_profile(table_path=DEFAULT_ANNEX_E_TABLE, profile=profile,
                             cleaner=make_descriptor_cleaner(SECRET)),
        uid_secret=SECRET,
        pseudonyms=PatientPseudonyms(secret=b"p" * 32, index=_MemoryPseudonymIndex()))
    session = deidentifier.session()
    made = [session.add(blob) for blob in blobs]
    assert session.verify() is None  # the leak guard passes: the study would be written
    return [m.dicom for m in made]


def _check(outputs: list[bytes], study, uid_secret: bytes,
           meanings: tuple[str, str] = ("Liver", "Neoplasm")) -> None:
    """Training reads the de-identified study: masks out, on the right (remapped) images; the
    segments' Code Meanings are ``meanings`` (a typed name or MRN cleaned out)."""
    for blob in outputs:
        text = blob.decode("latin-1").casefold()
        assert not [v for v in IDENTIFYING if v.casefold() in text]
        assert not [u for u in study.image_uids if u in blob.decode("latin-1")]
    heads = [pydicom.dcmread(io.BytesIO(b), stop_before_pixels=True) for b in outputs]
    (seg,) = [h for h in heads if h.Modality == "SEG"]
    assert tuple(str(s.SegmentedPropertyTypeCodeSequence[0].CodeMeaning)
                 for s in seg.SegmentSequence) == meanings
    images = sorted((h for h in heads if h.Modality == "CT"), key=lambda h: int(h.InstanceNumber))
    assert [str(h.SOPInstanceUID) for h in images] == \
        [remap_uid(uid_secret, u) for u in study.image_uids]
    # the order training gets the study's images in is the order it gets the class maps in
    order = [str(h.SOPInstanceUID) for h in heads if h.Modality == "CT"]
    want = {remap_uid(uid_secret, u): m for u, m in zip(study.image_uids, study.class_maps,
                                                         strict=True)}
    maps = seg_class_maps(outputs)
    assert len(maps) == 3
    for uid, got in zip(order, maps, strict=True):
        assert np.array_equal(got, want[uid])
    assert {int(v) for m in maps for v in np.unique(m)} == {0, 1, 2}

    async def instances(*, pseudo_study_id):
        return outputs
    sized = asyncio.run(DicomSegMasks(instances).masks(pseudo_study_id="s", image_size=8))
    assert [m.shape for m in sized] == [(8, 8)] * 3
    contents = study_contents(outputs)  # the SEG is no training image
    assert (contents.images, contents.skipped_non_image) == (3, 1)


@pytest.mark.parametrize(("profile", "kind"), [("medenclave-default", "BINARY"),
                                             ("annex-e-basic", "BINARY"),
                                             ("medenclave-default", "FRACTIONAL")])
def test_a_seg_deid_released_gives_training_its_masks(profile, kind):
    typed = profile == "medenclave-default"   # Clean Descriptors: Code Meanings cleaned too
    study = _study(kind, typed_meanings=typed)
    blobs = [study.images[0], study.seg, *study.images[1:]]  # the SEG among the images
    _check(_service_engine(profile, blobs), study, SECRET,
           ("Liver", "左肺结节") if typed else ("Liver", "Neoplasm"))


def test_a_seg_through_the_offline_batch_gives_training_its_masks(tmp_path):
    from medenclave_deid.offline import deidentify_folder

    study = _study(typed_meanings=True)
    src = tmp_path / "src" / "Quillfeather Marisol"
    src.mkdir(parents=True)
    for i, blob in enumerate(study.images):
        (src / f"ct{i}.dcm").write_bytes(blob)
    (src / "seg.dcm").write_bytes(study.seg)
    report = deidentify_folder(tmp_path / "src", tmp_path / "dst", state_dir=tmp_path / "state",
                               profile="medenclave-default")
    assert len(report.processed) == 4 and not report.quarantined
    outputs = [p.read_bytes() for p in sorted((tmp_path / "dst").rglob("*.dcm"))]
    uid_secret = (tmp_path / "state" / "keys" / "uid.key").read_bytes()
    _check(outputs, study, uid_secret, ("Liver", "左肺结节"))
