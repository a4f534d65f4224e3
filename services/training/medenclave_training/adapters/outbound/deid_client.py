"""De-identified images from the deid service (DeidService.FetchStudy, permission data.read)."""

from __future__ import annotations

import asyncio
import hashlib
import io
import logging
from collections.abc import Callable

import grpc
import numpy as np
import pydicom

from medenclave import preprocess, reports, volumes
from medenclave.v1 import deid_pb2, deid_pb2_grpc
from medenclave_training.core.datasets import StudyContents
from medenclave_training.core.ports import StudyUnavailable

__all__ = ["SEGMENTATION_SOP_CLASSES", "DeidDatasetSource", "decode_instance", "decode_study",
           "decode_volume", "is_image", "report_text", "study_contents"]

log = logging.getLogger(__name__)

#: Segmentation Storage and Label Map Segmentation Storage: masks, not images (they carry
#: Pixel Data); a segmentation job reads them as its masks (adapters/outbound/seg_masks.py)
SEGMENTATION_SOP_CLASSES = frozenset({"1.2.840.10008.5.1.4.1.1.66.4",
                                      "1.2.840.10008.5.1.4.1.1.66.7"})


def is_image(head: pydicom.Dataset) -> bool:
    """An instance training reads as an image: it has Pixel Data and is no segmentation."""
    return "PixelData" in head and str(head.get("SOPClassUID", "")) not in \
        SEGMENTATION_SOP_CLASSES


def decode_instance(dicom: bytes, image_size: int,
                    chain: preprocess.Chain | None = None) -> np.ndarray:
    """One DICOM Part 10 instance → float32 model input (``[1, S, S]`` with the default chain).

    The same :func:`medenclave.preprocess.from_dicom` inference applies to Predict's images,
    with ``chain`` (default: :func:`~medenclave.preprocess.default_chain` of ``image_size``,
    saved with the model as preprocess.json).

    Raises:
        StudyUnavailable: ``study_unreadable`` (no pixel data, or a codec is missing).
    """
    try:
        return preprocess.from_dicom(chain or preprocess.default_chain(image_size), dicom)
    except preprocess.PreprocessError:
        raise StudyUnavailable("study_unreadable") from None


def decode_study(blobs: list[bytes], image_size: int,
                 chain: preprocess.Chain | None = None) -> tuple[list[np.ndarray], int]:
    """The model inputs of a study's image instances (``chain`` applied, see
    :func:`decode_instance`), and how many instances were not images.

    A study may carry a structured report, a key object selection or a presentation state
    (no Pixel Data), or a segmentation: they are skipped and counted, not a reason to fail
    the job. An image
    instance that cannot be decoded still is (``study_unreadable``).
    """
    if chain is not None and chain.dims == 3:
        return decode_volume(blobs, chain)
    images: list[np.ndarray] = []
    skipped = 0
    for blob in blobs:
        try:
            head = pydicom.dcmread(io.BytesIO(blob), specific_tags=["SOPClassUID", "PixelData"])
        except Exception:  # pydicom's messages may quote dataset values: keep only the outcome
            raise StudyUnavailable("study_unreadable") from None
        if "SOPClassUID" not in head:
            raise StudyUnavailable("study_unreadable")
        if not is_image(head):
            skipped += 1
            continue
        images.append(decode_instance(blob, image_size, chain))
    return images, skipped


def decode_volume(blobs: list[bytes], chain: preprocess.Chain) -> tuple[list[np.ndarray], int]:
    """A 3-D job's one input of a study: the volume of its largest series, built by
    :func:`medenclave.volumes.from_series` (the converter's rules; the same call inference's
    Predict makes), ``chain`` applied; and how many instances were not images.

    Raises:
        StudyUnavailable: ``study_unreadable`` (an image cannot be decoded) or
            ``study_volume_invalid`` (missing or duplicate slices, uneven spacing, a tilt...).
    """
    try:
        volume, skipped = volumes.from_series(chain, blobs)
    except volumes.VolumeError as exc:
        log.warning("study is not one volume", extra={"code": "TRN-122", "fields": {
            "problem": str(exc)}})
        raise StudyUnavailable("study_volume_invalid") from None
    except preprocess.PreprocessError as exc:
        if exc.code == "not_an_image":
            return [], len(blobs)
        raise StudyUnavailable("study_unreadable") from None
    return [volume], skipped


def study_contents(blobs: list[bytes]) -> StudyContents:
    """Series, content hash and counts of a study's de-identified instances (headers only).

    The content hash is SHA-256 over the sorted SHA-256 digests of the image instances' bytes,
    so it does not depend on the order deid streams them in. Instances without Pixel Data (SR,
    KOS, PR) and segmentations are counted, not hashed.

    Raises:
        StudyUnavailable: ``study_unreadable``.
    """
    series: set[str] = set()
    digests: list[str] = []
    skipped = 0
    for blob in blobs:
        try:
            head = pydicom.dcmread(io.BytesIO(blob), specific_tags=[
                "SOPClassUID", "SeriesInstanceUID", "PixelData"])
        except Exception:  # pydicom's messages may quote dataset values: keep only the outcome
            raise StudyUnavailable("study_unreadable") from None
        if "SOPClassUID" not in head:
            raise StudyUnavailable("study_unreadable")
        if not is_image(head):
            skipped += 1
            continue
        series.add(str(head.get("SeriesInstanceUID", "")))
        digests.append(hashlib.sha256(blob).hexdigest())
    content = hashlib.sha256("\n".join(sorted(digests)).encode("ascii")).hexdigest()
    return StudyContents(series=tuple(sorted(series - {""})), content_sha256=content,
                         images=len(digests), skipped_non_image=skipped)


def report_text(blobs: list[bytes]) -> str:
    """The text of a study's structured reports (:func:`medenclave.reports.report_text`: what
    Predict gives a fusion model); "" when the study has none.

    Raises:
        StudyUnavailable: ``study_unreadable``.
    """
    try:
        return reports.report_text(blobs)
    except reports.ReportUnreadable:
        raise StudyUnavailable("study_unreadable") from None


class DeidDatasetSource:
    """Implements the core's ``DatasetSource`` and ``StudyInspector`` over the deid gRPC API."""

    def __init__(self, *, channel: Callable[[], grpc.aio.Channel], timeout_s: float = 120.0) -> None:
        self._channel = channel  # () -> an authenticated channel to deid
        self._timeout = timeout_s

    async def contents(self, *, pseudo_study_id: str) -> StudyContents:
        blobs = await self._fetch(pseudo_study_id)
        return await asyncio.to_thread(study_contents, blobs)

    async def images(self, *, pseudo_study_id: str, image_size: int,
                     chain: preprocess.Chain | None = None) -> list[np.ndarray]:
        blobs = await self._fetch(pseudo_study_id)
        images, skipped = await asyncio.to_thread(decode_study, blobs, image_size, chain)
        if skipped:
            log.info("non-image instances skipped", extra={"code": "TRN-121", "fields": {
                "pseudo_study_id": pseudo_study_id, "skipped": skipped, "images": len(images)}})
        if not images:
            raise StudyUnavailable("study_has_no_images")
        return images

    async def instances(self, *, pseudo_study_id: str) -> list[bytes]:
        """Every de-identified instance of the study as deid streams it (Part 10 bytes).

        Raises:
            StudyUnavailable: with a code.
        """
        return await self._fetch(pseudo_study_id)

    async def report(self, *, pseudo_study_id: str) -> str:
        blobs = await self._fetch(pseudo_study_id)
        return await asyncio.to_thread(report_text, blobs)

    async def _fetch(self, pseudo_study_id: str) -> list[bytes]:
        """Raises: StudyUnavailable."""
        stub = deid_pb2_grpc.DeidServiceStub(self._channel())
        blobs: list[bytes] = []
        try:
            call = stub.FetchStudy(deid_pb2.FetchStudyRequest(pseudo_study_id=pseudo_study_id),
                                   timeout=self._timeout)
            async for instance in call:
                blobs.append(instance.dicom)
        except grpc.aio.AioRpcError as exc:
            log.warning("study fetch failed", extra={"code": "TRN-120", "fields": {
                "pseudo_study_id": pseudo_study_id, "status": exc.code().name}})
            if exc.code() in (grpc.StatusCode.NOT_FOUND, grpc.StatusCode.INVALID_ARGUMENT):
                raise StudyUnavailable("study_not_found") from None
            if exc.code() in (grpc.StatusCode.PERMISSION_DENIED,
                              grpc.StatusCode.UNAUTHENTICATED):
                raise StudyUnavailable("deid_access_denied") from None
            raise StudyUnavailable("deid_unavailable") from None
        if not blobs:
            raise StudyUnavailable("study_has_no_images")
        return blobs
