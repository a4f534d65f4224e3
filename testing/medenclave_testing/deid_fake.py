"""A fake DeidService (our own port) serving synthetic de-identified CT instances from memory,
for training tests that run the training service against it."""

from __future__ import annotations

import io

import grpc
import numpy as np
import pydicom
from pydicom.dataset import FileDataset, FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian

from medenclave.security.tokens import TokenVerifier
from medenclave.v1 import deid_pb2, deid_pb2_grpc

__all__ = ["FakeDeid", "deid_instance"]


def deid_instance(pseudo_study_id: str, n: int, label: int, rng: np.random.Generator,
                  size: int = 64) -> bytes:
    """A de-identified CT-like instance: MONOCHROME2 uint16, 2.25 UIDs, no PHI; class 1 has a
    bright disk."""
    sop_uid = f"2.25.{int(rng.integers(1, 2**62))}{n}"
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CTImageStorage
    meta.MediaStorageSOPInstanceUID = sop_uid
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(None, {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID = CTImageStorage
    ds.SOPInstanceUID = sop_uid
    ds.StudyInstanceUID = pseudo_study_id
    ds.SeriesInstanceUID = pseudo_study_id + ".1"
    ds.PatientIdentityRemoved = "YES"
    ds.Modality = "CT"
    ds.InstanceNumber = n + 1
    ds.RescaleIntercept = -1024
    ds.RescaleSlope = 1
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows = ds.Columns = size
    ds.BitsAllocated = 16
    ds.BitsStored = 12
    ds.HighBit = 11
    ds.PixelRepresentation = 0
    yy, xx = np.mgrid[0:size, 0:size]
    img = 1064 + rng.normal(0, 20, (size, size))
    if label == 1:
        cy, cx = rng.integers(size // 4, 3 * size // 4, 2)
        img += 300 * (((yy - cy) ** 2 + (xx - cx) ** 2) <= 64)
    ds.PixelData = np.clip(img, 0, 4095).astype(np.uint16).tobytes()
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    return buf.getvalue()


class FakeDeid(deid_pb2_grpc.DeidServiceServicer):
    """Serves FetchStudy from memory to any caller; with a ``verifier``, remembers the role of
    each caller's token in ``callers``."""

    def __init__(self, studies: dict[str, list[bytes]], verifier: TokenVerifier | None = None
                 ) -> None:
        self.studies = studies
        self.verifier = verifier
        self.fetches = 0
        self.callers: list[str] = []

    async def FetchStudy(self, request, context):
        self.fetches += 1
        if self.verifier is not None:
            metadata = dict(context.invocation_metadata())
            token = metadata.get("authorization", "").removeprefix("Bearer ")
            self.callers.append(self.verifier.verify(token).role)
        if request.pseudo_study_id not in self.studies:
            await context.abort(grpc.StatusCode.NOT_FOUND, "no such study")
        for i, blob in enumerate(self.studies[request.pseudo_study_id]):
            yield deid_pb2.DeidentifiedInstance(pseudo_instance_uid=f"{i}", dicom=blob)
