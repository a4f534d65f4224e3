"""A study with a structured report or a presentation state beside its images trains on the
images: the non-image instances are skipped and counted, not a reason to fail the job."""

from __future__ import annotations

import io

import pydicom
import pytest
from pydicom.dataset import FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

from medenclave_cli.synthetic import make_cohort
from medenclave_training.adapters.outbound.deid_client import decode_study
from medenclave_training.core.ports import StudyUnavailable


def _non_image(sop_class: str) -> bytes:
    ds = pydicom.Dataset()
    ds.SOPClassUID, ds.SOPInstanceUID = sop_class, generate_uid()
    ds.Modality = "SR" if sop_class.startswith("1.2.840.10008.5.1.4.1.1.88") else "PR"
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = ds.SOPClassUID
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    out = io.BytesIO()
    ds.save_as(out, enforce_file_format=True)
    return out.getvalue()


def test_structured_reports_and_presentation_states_are_skipped_and_counted():
    study = make_cohort(1, instances_per_study=2)[0]
    blobs = [study.instances[0], _non_image("1.2.840.10008.5.1.4.1.1.88.11"),   # Basic Text SR
             _non_image("1.2.840.10008.5.1.4.1.1.11.1"), study.instances[1]]     # GSPS
    images, skipped = decode_study(blobs, 64)
    assert len(images) == 2 and skipped == 2
    assert all(image.shape == (1, 64, 64) for image in images)


def test_a_study_of_reports_only_has_no_images_and_garbage_is_unreadable():
    images, skipped = decode_study([_non_image("1.2.840.10008.5.1.4.1.1.88.11")], 64)
    assert images == [] and skipped == 1
    with pytest.raises(StudyUnavailable, match="study_unreadable"):
        decode_study([b"\x00" * 10], 64)


def test_dataset_contents_skip_and_count_non_images_and_hash_in_any_order():
    from medenclave_training.adapters.outbound.deid_client import study_contents

    study = make_cohort(1, instances_per_study=2)[0]
    report = _non_image("1.2.840.10008.5.1.4.1.1.88.11")
    contents = study_contents([study.instances[0], report, study.instances[1]])
    assert (contents.images, contents.skipped_non_image, len(contents.series)) == (2, 1, 1)
    assert study_contents([study.instances[1], study.instances[0]]).content_sha256 == \
        contents.content_sha256
    assert study_contents([study.instances[0]]).content_sha256 != contents.content_sha256
    with pytest.raises(StudyUnavailable, match="study_unreadable"):
        study_contents([b"\x00" * 10])
