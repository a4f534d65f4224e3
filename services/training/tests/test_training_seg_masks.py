"""Segmentation masks from the DICOM SEG object in the study (adapters/outbound/seg_masks.py):
frames mapped to the study's images by Referenced SOP Instance UID, segments as classes (the
higher wins an overlap), BINARY and FRACTIONAL; the SEG is no training image; and the refusals
(no SEG, two, a frame pointing outside the study, a segment number above 31, a frame count
declared past the cap — refused before the pixels are decoded)."""

from __future__ import annotations

import asyncio
import io

import numpy as np
import pydicom
import pytest
from pydicom.dataset import FileDataset, FileMetaDataset
from pydicom.uid import BasicTextSRStorage, ExplicitVRLittleEndian

from medenclave_testing.segmentation_dicom import ct_slice, seg_object
from medenclave_training.adapters.outbound.deid_client import decode_study, study_contents
from medenclave_training.adapters.outbound.mask_files import MaskFiles
from medenclave_training.adapters.outbound.seg_masks import (
    DicomSegMasks,
    FileThenSegMasks,
    seg_class_maps,
)
from medenclave_training.core.ports import StudyUnavailable

STUDY = "2.25.77"
SIDE = 16


def image(uid: str, side: int = SIDE) -> bytes:
    return ct_slice(STUDY, uid, np.full((side, side), 1000))


def report() -> bytes:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID = BasicTextSRStorage, "2.25.9"
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(None, {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID, ds.SOPInstanceUID, ds.Modality = BasicTextSRStorage, "2.25.9", "SR"
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    return buf.getvalue()


def seg(frames, *, segments=(1, 2), **kw) -> bytes:
    return seg_object(STUDY, STUDY + ".200", frames, segments=segments, **kw)


def box(r0, r1, c0, c1, value=1) -> np.ndarray:
    out = np.zeros((SIDE, SIDE), np.uint8)
    out[r0:r1, c0:c1] = value
    return out


A, B, C = (f"{STUDY}.10{i}" for i in range(3))


def study(**seg_kw) -> list[bytes]:
    frames = [(1, A, box(2, 8, 2, 8)), (2, A, box(6, 12, 6, 12)), (1, C, box(0, 4, 0, 16))]
    return [image(A), report(), seg(frames, **seg_kw), image(B), image(C)]


def test_frames_map_to_images_by_reference_and_the_higher_segment_wins():
    a, b, c = seg_class_maps(study())
    want_a = box(2, 8, 2, 8)
    want_a[6:12, 6:12] = 2
    assert np.array_equal(a, want_a)
    assert not b.any()  # no frame of it: background
    assert np.array_equal(c, box(0, 4, 0, 16))
    masks = asyncio.run(_segs(study()).masks(pseudo_study_id=STUDY, image_size=8))
    assert [m.shape for m in masks] == [(8, 8)] * 3
    assert np.array_equal(masks[0], want_a[::2, ::2])  # nearest 16 → 8: the even pixels


def test_fractional_segments_are_set_from_half_the_maximum():
    frames = [(1, A, box(0, 4, 0, 4, 200) + box(8, 12, 8, 12, 100))]
    a, _b = seg_class_maps([image(A), seg(frames, segments=(1,), kind="FRACTIONAL"), image(B)])
    assert np.array_equal(a, box(0, 4, 0, 4))


def test_the_seg_is_no_training_image():
    blobs = study()
    images, skipped = decode_study(blobs, 8)
    assert (len(images), skipped) == (3, 2)  # the SR and the SEG
    contents = study_contents(blobs)
    assert (contents.images, contents.skipped_non_image) == (3, 2)


def _segs(blobs: list[bytes], **kw) -> DicomSegMasks:
    async def instances(*, pseudo_study_id):
        return blobs
    return DicomSegMasks(instances, **kw)


def _refused(blobs, **kw) -> str:
    with pytest.raises(StudyUnavailable) as err:
        asyncio.run(_segs(blobs, **kw).masks(pseudo_study_id=STUDY, image_size=8))
    return err.value.code


def test_refusals():
    frames = [(1, A, box(2, 8, 2, 8))]
    assert _refused([image(A), image(B)]) == "segmentation_masks_missing"
    assert _refused([image(A), seg(frames), seg(frames)]) == "segmentation_mask_invalid"
    assert _refused([image(A), seg([(1, "2.25.999", box(0, 2, 0, 2))])]) == \
        "segmentation_mask_invalid"  # a frame of an image outside the study
    assert _refused([image(A, side=32), seg(frames)]) == "segmentation_mask_invalid"
    assert _refused([image(A), seg([(40, A, box(0, 2, 0, 2))], segments=(40,))]) == \
        "segmentation_classes_invalid"
    # 100 000 frames declared (1 frame of data): refused by the header, nothing decoded
    # a SEG stripped of its Segmentation modules (what deid released before it knew SEGs:
    # tests/test_seg_after_deid.py now reads deid's real output)
    stripped = pydicom.dcmread(io.BytesIO(seg(frames)))
    for keyword in ("SegmentationType", "SegmentSequence", "PerFrameFunctionalGroupsSequence"):
        delattr(stripped, keyword)
    buf = io.BytesIO()
    stripped.save_as(buf, enforce_file_format=True)
    assert _refused([image(A), buf.getvalue()]) == "segmentation_mask_invalid"
    assert _refused([image(A), seg(frames, declared_frames=100_000)]) == \
        "segmentation_mask_too_large"
    assert _refused([image(A), seg(frames * 40)], max_bytes=SIDE * SIDE * 39) == \
        "segmentation_mask_too_large"


def test_a_study_file_wins_over_its_seg_and_the_seg_fills_in(tmp_path):
    np.savez(tmp_path / f"{STUDY}.npz", np.zeros((3, SIDE, SIDE), np.uint8))
    both = FileThenSegMasks(MaskFiles(tmp_path), _segs(study()))
    from_file = asyncio.run(both.masks(pseudo_study_id=STUDY, image_size=8))
    assert not any(m.any() for m in from_file)
    (tmp_path / f"{STUDY}.npz").unlink()
    from_seg = asyncio.run(both.masks(pseudo_study_id=STUDY, image_size=8))
    assert from_seg[0].any()
