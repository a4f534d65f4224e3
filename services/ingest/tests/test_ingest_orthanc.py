"""Orthanc (Debian package) as the PACS: a study uploaded to it is pushed to MedEnclave with
Orthanc's REST ``POST /modalities/{id}/store``. Skipped when the ``Orthanc`` binary is absent."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import nats
import pytest

from medenclave.security.crypto import load_or_create_secret
from medenclave.service import serve
from medenclave.v1 import events_pb2
from medenclave_ingest.config import IngestSettings
from medenclave_ingest.core.refs import RefDeriver
from medenclave_ingest.main import REF_SECRET_NAME, IngestService
from medenclave_testing import free_port, until


def start_orthanc(home: Path, *, modalities: dict | None = None,
                  env: dict | None = None) -> tuple[subprocess.Popen, int, int]:
    """Orthanc on free loopback ports from a JSON config; (process, http port, dicom port)."""
    http_port, dicom_port = free_port(), free_port()
    home.mkdir(parents=True, exist_ok=True)
    config = {
        "Name": "medenclave-test-pacs", "StorageDirectory": str(home / "storage"),
        "IndexDirectory": str(home / "index"), "HttpPort": http_port, "DicomPort": dicom_port,
        "DicomAet": "ORTHANC", "RemoteAccessAllowed": False, "AuthenticationEnabled": False,
        "HttpBindAddress": "127.0.0.1",
        "Plugins": [], "DicomModalities": modalities or {}, "DicomCheckCalledAet": False,
        "StorageCompression": False, "ConcurrentJobs": 2,
        "DicomAlwaysAllowStore": True, "UnknownSopClassAccepted": True,
    }
    (home / "orthanc.json").write_text(json.dumps(config))
    proc = subprocess.Popen(["Orthanc", str(home / "orthanc.json")],
                            stdout=(home / "orthanc.log").open("wb"),
                            stderr=subprocess.STDOUT, env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert proc.poll() is None, (home / "orthanc.log").read_text()[-2000:]
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{http_port}/system", timeout=2):
                return proc, http_port, dicom_port
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("Orthanc did not start")


def rest(port: int, path: str, body: bytes | dict | str | None = None, *,
         timeout: float = 60) -> object:
    data = json.dumps(body).encode() if isinstance(body, (dict, str)) else body
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data,
                                     method="POST" if data is not None else "GET")
    with urllib.request.urlopen(request, timeout=timeout) as reply:
        return json.loads(reply.read())


@pytest.mark.parametrize("engine", ["pynetdicom", "native"])
def test_orthanc_pushes_a_study(tmp_path, nats_server, dicom, engine):
    if shutil.which("Orthanc") is None:
        pytest.skip("Orthanc is not installed: apt-get install orthanc")
    asyncio.run(_orthanc(tmp_path, nats_server, dicom, engine))


async def _orthanc(tmp_path: Path, nats_server, dicom, engine: str) -> None:
    dicom_port = free_port()
    settings = IngestSettings(data_dir=tmp_path / "data", nats_url=nats_server.url,
                              grpc_port=free_port(), access_endpoint=f"127.0.0.1:{free_port()}",
                              dicom_port=dicom_port, quiet_period_s=0.5,
                              assembler_interval_s=0.1, allowed_calling_aes=["ORTHANC"],
                              dicom_engine=engine)
    stop = asyncio.Event()
    service = IngestService(settings)
    task = asyncio.create_task(serve(service, settings, stop))
    orthanc, http_port, _ = await asyncio.to_thread(
        start_orthanc, tmp_path / "orthanc",
        modalities={"medenclave": ["MEDENCLAVE", "127.0.0.1", dicom_port]})
    nc = None
    try:
        await until(lambda: service.scp is not None and service.scp.listening, timeout=30,
                    what="the DICOM port")
        nc = await nats.connect(nats_server.url)
        received: list = []

        async def on_message(msg) -> None:
            received.append(events_pb2.StudyReceived.FromString(msg.data))
        await nc.jetstream().subscribe("dicom.study.received.v1", cb=on_message,
                                       ordered_consumer=True)
        study = dicom.ct_study(4)
        for ds in study:
            await asyncio.to_thread(rest, http_port, "/instances", dicom.part10(ds))
        [orthanc_study] = await asyncio.to_thread(rest, http_port, "/studies")
        result = await asyncio.to_thread(rest, http_port, "/modalities/medenclave/store",
                                         {"Resources": [orthanc_study], "Synchronous": True})
        assert result["FailedInstancesCount"] == 0 and result["InstancesCount"] == 4, result
        refs = RefDeriver(load_or_create_secret(tmp_path / "data" / "ingest" / "keys",
                                                REF_SECRET_NAME))
        expected = {refs.instance_ref(ds.SOPInstanceUID) for ds in study}
        deadline = time.monotonic() + 20
        while not received:
            assert time.monotonic() < deadline, "study not received"
            await asyncio.sleep(0.05)
        assert received[0].study_ref == refs.study_ref(study[0].StudyInstanceUID)
        assert set(received[0].instance_refs) == expected
    finally:
        orthanc.terminate()
        try:
            orthanc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            orthanc.kill()
        stop.set()
        await asyncio.gather(task, return_exceptions=True)
        if nc is not None:
            await nc.close()
