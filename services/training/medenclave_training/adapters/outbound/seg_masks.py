"""Segmentation masks from the DICOM SEG object in the study (pydicom only): the core's
``MaskSource`` when ``MEDENCLAVE_TRAINING_SEG_MASKS=true``.

The study is fetched from deid as for its images; its one Segmentation Storage instance
(``BINARY`` or ``FRACTIONAL``) gives each frame's segment (Segment Identification Sequence)
and source image (Derivation Image → Source Image Sequence → Referenced SOP Instance UID, in
the per-frame or shared functional groups); each image instance of the study (in the order
``DatasetSource.images`` gives them, :func:`~.deid_client.is_image`) gets a class map of its
rows × columns: 0 where no frame of it is set, else the segment number (1 … 31; where
segments overlap, the higher number). Then the job's sizing steps, as for mask files
(:func:`~.mask_files.fit_to_job`).

Refused with a code, logged TRN-126 with the study's pseudonymous id and the problem's name:
no SEG in the study (``segmentation_masks_missing``); several, another segmentation type, a
frame without its segment or source image, a source image that is not an image of the study,
a reference to a frame other than the first, rows × columns other than the image's
(``segmentation_mask_invalid``); more than ``MAX_SEG_FRAMES`` frames or more than ``max_bytes``
of decoded frames, checked from the header before the pixels are decoded
(``segmentation_mask_too_large``); a segment number outside 1 … 31
(``segmentation_classes_invalid``).
"""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Awaitable, Callable

import numpy as np
import pydicom

from medenclave import preprocess
from medenclave_training.adapters.outbound.deid_client import SEGMENTATION_SOP_CLASSES, is_image
from medenclave_training.adapters.outbound.mask_files import (
    DEFAULT_MAX_MASK_BYTES,
    MaskRefused,
    fit_to_job,
)
from medenclave_training.adapters.outbound.segmentation import MAX_SEGMENTATION_CLASSES
from medenclave_training.core.ports import MaskSource, StudyUnavailable

__all__ = ["MAX_SEG_FRAMES", "DicomSegMasks", "FileThenSegMasks", "seg_class_maps"]

log = logging.getLogger(__name__)

#: the most frames one SEG may have
MAX_SEG_FRAMES = 10_000
_SEGMENTATION_STORAGE = "1.2.840.10008.5.1.4.1.1.66.4"


def _invalid(problem: str) -> MaskRefused:
    return MaskRefused("segmentation_mask_invalid", problem)


def _images(blobs: list[bytes]) -> tuple[list[tuple[str, int, int]], list[bytes]]:
    """The study's image instances (SOP Instance UID, rows, columns) in order, and its SEGs."""
    images, segs = [], []
    for blob in blobs:
        try:
            head = pydicom.dcmread(io.BytesIO(blob), specific_tags=[
                "SOPClassUID", "SOPInstanceUID", "Rows", "Columns", "PixelData"])
        except Exception:  # pydicom's messages may quote dataset values: keep only the outcome
            raise _invalid("unreadable") from None
        if str(head.get("SOPClassUID", "")) in SEGMENTATION_SOP_CLASSES:
            segs.append(blob)
        elif is_image(head):
            images.append((str(head.get("SOPInstanceUID", "")), int(head.get("Rows", 0)),
                           int(head.get("Columns", 0))))
    return images, segs


def _frame_refs(ds: pydicom.Dataset, frames: int) -> list[tuple[int, str]]:
    """Each frame's (segment number, source SOP Instance UID)."""
    per_frame = ds.get("PerFrameFunctionalGroupsSequence") or []
    shared = (ds.get("SharedFunctionalGroupsSequence") or [pydicom.Dataset()])[0]
    if len(per_frame) != frames:
        raise _invalid("functional_groups")
    out = []
    for item in per_frame:
        def first(keyword: str, item: pydicom.Dataset = item) -> pydicom.Dataset | None:
            seq = item.get(keyword) or shared.get(keyword)
            return seq[0] if seq else None

        segment = first("SegmentIdentificationSequence")
        derivation = first("DerivationImageSequence")
        sources = (derivation.get("SourceImageSequence") or []) if derivation else []
        if segment is None or "ReferencedSegmentNumber" not in segment or len(sources) != 1:
            raise _invalid("frame_references")
        source = sources[0]
        if int(source.get("ReferencedFrameNumber", 1) or 1) != 1:
            raise _invalid("source_frame")
        out.append((int(segment.ReferencedSegmentNumber),
                    str(source.get("ReferencedSOPInstanceUID", ""))))
    return out


def seg_class_maps(blobs: list[bytes], *, max_bytes: int = DEFAULT_MAX_MASK_BYTES
                   ) -> list[np.ndarray]:
    """A study's class maps from its SEG, one ``[rows, cols]`` uint8 per image instance.

    Raises:
        MaskRefused: a code and the problem's name (module docstring).
    """
    images, segs = _images(blobs)
    if not segs:
        raise MaskRefused("segmentation_masks_missing", "no_seg")
    if len(segs) > 1:
        raise _invalid("several_segs")
    try:
        ds = pydicom.dcmread(io.BytesIO(segs[0]))
    except Exception:
        raise _invalid("unreadable") from None
    kind = str(ds.get("SegmentationType", ""))
    if str(ds.get("SOPClassUID", "")) != _SEGMENTATION_STORAGE or \
            kind not in ("BINARY", "FRACTIONAL") or "PixelData" not in ds:
        raise _invalid("segmentation_type")
    rows, cols = int(ds.get("Rows", 0)), int(ds.get("Columns", 0))
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    if not (rows and cols and frames >= 1):
        raise _invalid("shape")
    if frames > MAX_SEG_FRAMES or rows * cols * frames > max_bytes:
        raise MaskRefused("segmentation_mask_too_large", "declared_size")
    refs = _frame_refs(ds, frames)
    numbers = {int(s.get("SegmentNumber", 0)) for s in ds.get("SegmentSequence") or []}
    if any(not 1 <= n < MAX_SEGMENTATION_CLASSES for n in numbers | {n for n, _ in refs}):
        raise MaskRefused("segmentation_classes_invalid", "segment_number")
    shapes = {uid: (r, c) for uid, r, c in images}
    if any(uid not in shapes for _, uid in refs):
        raise _invalid("source_not_in_study")
    if any(shapes[uid] != (rows, cols) for _, uid in refs):
        raise _invalid("shape")
    try:
        pixels = np.asarray(ds.pixel_array).reshape(frames, rows, cols)
    except Exception:  # a codec missing, short data: the outcome only
        raise _invalid("pixels") from None
    on = pixels >= max(1, int(ds.get("MaximumFractionalValue", 1) or 1)) / 2 \
        if kind == "FRACTIONAL" else pixels > 0
    maps = {uid: np.zeros((r, c), np.uint8) for uid, r, c in images}
    for frame in sorted(range(frames), key=lambda f: refs[f][0]):  # higher segment wins
        number, uid = refs[frame]
        maps[uid][on[frame]] = number
    return [maps[uid] for uid, _, _ in images]


class DicomSegMasks:
    """Implements the core's ``MaskSource`` from the SEG object of each study."""

    def __init__(self, instances: Callable[..., Awaitable[list[bytes]]], *,
                 max_bytes: int = DEFAULT_MAX_MASK_BYTES) -> None:
        self._instances = instances  # (pseudo_study_id=) -> the study's Part 10 instances
        self._max_bytes = max_bytes

    async def masks(self, *, pseudo_study_id: str, image_size: int,
                    chain: preprocess.Chain | None = None) -> list[np.ndarray]:
        blobs = await self._instances(pseudo_study_id=pseudo_study_id)
        return await asyncio.to_thread(self.read, pseudo_study_id, blobs, image_size, chain)

    def read(self, pseudo_study_id: str, blobs: list[bytes], image_size: int,
             chain: preprocess.Chain | None = None) -> list[np.ndarray]:
        """Raises: StudyUnavailable with a code (module docstring)."""
        try:
            return fit_to_job(seg_class_maps(blobs, max_bytes=self._max_bytes), chain,
                              image_size)
        except MaskRefused as exc:
            log.warning("segmentation object refused", extra={"code": "TRN-126", "fields": {
                "pseudo_study_id": pseudo_study_id, "error_code": exc.code,
                "problem": exc.problem}})
            raise StudyUnavailable(exc.code) from None


class FileThenSegMasks:
    """Both sources configured: a study's mask file when it has one, else its SEG object."""

    def __init__(self, files: MaskSource, segs: MaskSource) -> None:
        self._files, self._segs = files, segs

    async def masks(self, *, pseudo_study_id: str, image_size: int,
                    chain: preprocess.Chain | None = None) -> list[np.ndarray]:
        try:
            return await self._files.masks(pseudo_study_id=pseudo_study_id,
                                           image_size=image_size, chain=chain)
        except StudyUnavailable as exc:
            if exc.code != "segmentation_masks_missing":
                raise
        return await self._segs.masks(pseudo_study_id=pseudo_study_id, image_size=image_size,
                                      chain=chain)
