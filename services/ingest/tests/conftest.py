"""The ingest tests' building blocks: synthetic DICOM (small CT studies with planted, fake PHI)
and an ingest service running in the test's event loop (``running``)."""

from __future__ import annotations

import asyncio
import contextlib
import io
from dataclasses import dataclass
from pathlib import Path

import nats
import numpy as np
import pytest
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.filewriter import write_file_meta_info
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid

from medenclave.service import serve
from medenclave_ingest.config import IngestSettings
from medenclave_ingest.main import IngestService
from medenclave_testing import free_port, until

PLANTED_NAME = "Doe^Jane"
PLANTED_ID = "MRN12345"


@dataclass
class SyntheticDicom:
    """Builds synthetic CT instances. Every value is made up; the PHI is planted on purpose."""

    def ct_instance(self, study_uid: str, series_uid: str, number: int, *,
                    size: int = 32) -> Dataset:
        ds = Dataset()
        ds.SOPClassUID = CTImageStorage
        ds.SOPInstanceUID = generate_uid()
        ds.StudyInstanceUID = study_uid
        ds.SeriesInstanceUID = series_uid
        ds.PatientName = PLANTED_NAME
        ds.PatientID = PLANTED_ID
        ds.PatientBirthDate = "19700101"
        ds.StudyDate = "20240102"
        ds.AccessionNumber = "ACC777"
        ds.Modality = "CT"
        ds.InstanceNumber = number
        ds.ImagePositionPatient = [0.0, 0.0, float(number)]
        ds.ImageOrientationPatient = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]
        ds.PixelSpacing = [1.0, 1.0]
        ds.SliceThickness = 1.0
        ds.Rows = size
        ds.Columns = size
        ds.SamplesPerPixel = 1
        ds.PhotometricInterpretation = "MONOCHROME2"
        ds.BitsAllocated = 16
        ds.BitsStored = 16
        ds.HighBit = 15
        ds.PixelRepresentation = 1
        ds.RescaleIntercept = -1024
        ds.RescaleSlope = 1
        rng = np.random.default_rng(number)
        ds.PixelData = rng.integers(0, 2000, (size, size), dtype=np.int16).tobytes()
        meta = FileMetaDataset()
        meta.MediaStorageSOPClassUID = ds.SOPClassUID
        meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds.file_meta = meta
        return ds

    def ct_study(self, count: int = 3) -> list[Dataset]:
        study_uid, series_uid = generate_uid(), generate_uid()
        return [self.ct_instance(study_uid, series_uid, i + 1) for i in range(count)]

    @staticmethod
    def part10(ds: Dataset) -> bytes:
        buf = io.BytesIO()
        ds.save_as(buf, enforce_file_format=True)
        return buf.getvalue()

    @staticmethod
    def meta_with_body(ds: Dataset, body: bytes) -> bytes:
        """A valid preamble and file meta followed by ``body`` (e.g. garbage)."""
        buf = io.BytesIO()
        buf.write(b"\x00" * 128 + b"DICM")
        write_file_meta_info(buf, ds.file_meta)
        return buf.getvalue() + body


@pytest.fixture
def dicom() -> SyntheticDicom:
    return SyntheticDicom()


class Running:
    """An ingest service running in this test's event loop, with every dicom.> and audit.>
    event it published."""

    def __init__(self, service, nc, events: list) -> None:
        self.service, self.nc, self.events = service, nc, events
        self.port = service.settings.dicom_port

    @property
    def scp(self):
        assert self.service.scp is not None
        return self.service.scp

    async def idle(self) -> None:
        """Until every earlier association is gone (they count towards the limit)."""
        await until(lambda: self.scp.open_associations() == 0, what="idle SCP")

    def of(self, subject: str, message_type):
        return [message_type.FromString(d) for s, d in self.events if s == subject]


@contextlib.asynccontextmanager
async def running(tmp_path: Path, nats_server, **overrides):
    """Run ``IngestService`` (a 30 s quiet period, ``overrides`` on top) until the block ends."""
    settings = IngestSettings(data_dir=tmp_path / "data", nats_url=nats_server.url,
                              grpc_port=free_port(), access_endpoint=f"127.0.0.1:{free_port()}",
                              dicom_port=free_port(), quiet_period_s=30.0, **overrides)
    stop = asyncio.Event()
    service = IngestService(settings)
    task = asyncio.create_task(serve(service, settings, stop))
    nc = None
    try:
        await until(lambda: (service.scp is not None and service.scp.listening) or task.done(),
                    what="the DICOM port(s)")
        if task.done():
            task.result()     # a start-up error surfaces here
        nc = await nats.connect(nats_server.url)
        events: list = []

        async def on_message(msg) -> None:
            events.append((msg.subject, msg.data))
        js = nc.jetstream()
        await js.subscribe("dicom.>", cb=on_message, ordered_consumer=True)
        await js.subscribe("audit.>", cb=on_message, ordered_consumer=True)
        yield Running(service, nc, events)
    finally:
        stop.set()
        await asyncio.gather(task, return_exceptions=True)
        if nc is not None:
            await nc.close()
