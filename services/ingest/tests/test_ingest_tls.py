"""DICOM TLS on the ingest SCP: settings, the TLS context, and real peers over TLS
(dcmtk's storescu/echoscu built with OpenSSL, and pynetdicom) — in-process service, real
nats-server, certificates from ``medenclave certs init``'s development CA."""

from __future__ import annotations

import asyncio
import functools
import json
import shutil
import socket
import ssl
import subprocess
import time
import urllib.request
import warnings
from pathlib import Path

import pytest
from pynetdicom import AE
from pynetdicom.sop_class import Verification  # type: ignore[attr-defined]

from medenclave.config import ConfigError, load_settings
from medenclave.v1 import events_pb2
from medenclave_cli.dev_certs import init_development_pki
from medenclave_ingest.adapters.inbound.dicom.tls import DicomTlsFiles, TlsSetupError, server_context
from medenclave_ingest.config import IngestSettings
from medenclave_testing import free_port, metric, until

from .conftest import running


@functools.cache
def dcmtk_tool(name: str) -> str | None:
    """dcmtk's ``name`` when it has TLS (a venv may shadow it with pynetdicom's app)."""
    for candidate in (shutil.which(name), f"/usr/bin/{name}", f"/usr/local/bin/{name}"):
        if not candidate or not Path(candidate).exists():
            continue
        try:
            out = subprocess.run([candidate, "--help"], capture_output=True, text=True,
                                 timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if "--enable-tls" in out.stdout + out.stderr:
            return candidate
    return None


def require_dcmtk_tls() -> tuple[str, str]:
    storescu, echoscu = dcmtk_tool("storescu"), dcmtk_tool("echoscu")
    if storescu is None or echoscu is None:
        pytest.skip("dcmtk's storescu/echoscu with TLS support not installed "
                    "(apt-get install dcmtk: Debian's build has OpenSSL)")
    return storescu, echoscu


@pytest.fixture
def pki(tmp_path) -> Path:
    """The development CA with ``ingest`` (server) and ``cli`` (client) certificates."""
    path = tmp_path / "pki"
    init_development_pki(path, identities=("ingest", "cli"))
    return path


@pytest.fixture
def rogue_pki(tmp_path) -> Path:
    """Another CA, unknown to the SCP, with its own ``cli`` certificate."""
    path = tmp_path / "rogue"
    init_development_pki(path, identities=("cli",))
    return path


def tls_settings(pki: Path) -> dict:
    return {"dicom_tls": True, "dicom_tls_port": free_port(),
            "dicom_tls_cert": pki / "ingest.pem", "dicom_tls_key": pki / "ingest.key",
            "dicom_tls_ca": pki / "ca.pem"}




def run_tool(*args: str) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "TCP_NODELAY": "1"}
    return subprocess.run(list(args), capture_output=True, text=True, timeout=60, env=env)


def tls_client_context(pki: Path, identity: Path | None = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(pki / "ca.pem"))
    if identity is not None:
        ctx.load_cert_chain(str(identity / "cli.pem"), str(identity / "cli.key"))
    return ctx


def pynetdicom_echo(port: int, ctx: ssl.SSLContext | None, *, calling: str = "TESTSCU"):
    ae = AE(ae_title=calling)
    ae.add_requested_context(Verification)
    ae.acse_timeout = ae.network_timeout = 10
    tls_args = (ctx, "localhost") if ctx is not None else None
    assoc = ae.associate("127.0.0.1", port, ae_title="MEDENCLAVE", tls_args=tls_args)
    if not assoc.is_established:
        return None
    status = assoc.send_c_echo()
    assoc.release()
    return int(status.Status)


def tls11_handshake(port: int) -> None:
    """A client that offers TLS 1.1 only (its own security level lowered so it does)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
        ctx.set_ciphers("DEFAULT@SECLEVEL=0")
        ctx.minimum_version = ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        ctx.wrap_socket(raw).close()


# -- settings and the context (no network) -------------------------------------------------
def test_tls_settings_default_to_certs_init_layout(pki, tmp_path, monkeypatch):
    monkeypatch.setenv("MEDENCLAVE_TLS_DIR", str(pki))
    monkeypatch.setenv("MEDENCLAVE_INGEST_DICOM_TLS", "true")
    monkeypatch.setenv("MEDENCLAVE_INGEST_DICOM_PLAIN", "false")
    settings = load_settings(IngestSettings, data_dir=tmp_path)
    assert settings.dicom_tls_paths() == (pki / "ingest.pem", pki / "ingest.key",
                                          pki / "ca.pem")
    assert settings.dicom_tls_port == 2762 and settings.dicom_tls_require_client_cert
    assert settings.dicom_tls and not settings.dicom_plain
    monkeypatch.setenv("MEDENCLAVE_INGEST_DICOM_TLS_CA", str(tmp_path / "hospital-ca.pem"))
    with pytest.raises(ConfigError, match="DICOM_TLS_CA: no file"):
        load_settings(IngestSettings, data_dir=tmp_path)


def test_tls_settings_list_every_problem(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_settings(IngestSettings, data_dir=tmp_path, dicom_tls=True,
                      dicom_tls_cert=tmp_path / "nope.pem", dicom_tls_port=11112)
    text = str(err.value)
    assert "MEDENCLAVE_INGEST_DICOM_TLS_CERT: no file" in text
    assert "MEDENCLAVE_INGEST_DICOM_TLS_KEY is not set" in text
    assert "MEDENCLAVE_INGEST_DICOM_TLS_CA is not set" in text
    assert "MEDENCLAVE_INGEST_DICOM_TLS_PORT must differ" in text
    with pytest.raises(ConfigError, match="no DICOM port would listen"):
        load_settings(IngestSettings, data_dir=tmp_path, dicom_plain=False)
    with pytest.raises(ConfigError, match="S3_BUCKET is not set"):
        load_settings(IngestSettings, data_dir=tmp_path, vault_backend="s3")


def test_server_context_is_tls12_plus_and_checks_files(pki, tmp_path):
    files = DicomTlsFiles(cert=pki / "ingest.pem", key=pki / "ingest.key", ca=pki / "ca.pem")
    ctx = server_context(files, require_client_cert=True)
    assert ctx.minimum_version == ssl.TLSVersion.TLSv1_2
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert server_context(files, require_client_cert=False).verify_mode == ssl.CERT_NONE
    with pytest.raises(TlsSetupError, match="needs a CA"):
        server_context(DicomTlsFiles(cert=files.cert, key=files.key), require_client_cert=True)
    with pytest.raises(TlsSetupError, match="not found"):
        server_context(DicomTlsFiles(cert=tmp_path / "x.pem", key=files.key),
                       require_client_cert=False)
    # a key that does not belong to the certificate
    with pytest.raises(TlsSetupError, match="unusable"):
        server_context(DicomTlsFiles(cert=files.cert, key=pki / "cli.key"),
                       require_client_cert=False)


@pytest.fixture(params=["pynetdicom", "native"])
def engine(request) -> str:
    """Both DICOM engines (``DICOM_ENGINE``) pass the DICOM TLS tests."""
    return request.param


# -- pynetdicom over TLS (runs without dcmtk) ----------------------------------------------
def test_tls_only_scp_with_pynetdicom(tmp_path, nats_server, pki, rogue_pki, engine):
    asyncio.run(_tls_only(tmp_path, nats_server, pki, rogue_pki, engine))


async def _tls_only(tmp_path: Path, nats_server, pki: Path, rogue_pki: Path,
                    engine: str) -> None:
    idle = None
    async with running(tmp_path, nats_server, dicom_plain=False, **tls_settings(pki),
                       dicom_engine=engine,
                       dicom_tls_handshake_timeout_s=600) as svc:
        port, plain_port = svc.scp.tls_port, svc.service.settings.dicom_port
        assert port == svc.service.settings.dicom_tls_port
        # the plain port is off
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", plain_port), timeout=5).close()
        # mutual TLS with a certificate from the CA: C-ECHO succeeds
        assert await asyncio.to_thread(pynetdicom_echo, port,
                                       tls_client_context(pki, pki)) == 0x0000
        await svc.idle()
        # a client with no certificate, or one from another CA: no association
        assert await asyncio.to_thread(pynetdicom_echo, port, tls_client_context(pki)) is None
        await svc.idle()
        assert await asyncio.to_thread(pynetdicom_echo, port,
                                       tls_client_context(pki, rogue_pki)) is None
        await svc.idle()
        # a plaintext association on the TLS port: no association
        assert await asyncio.to_thread(pynetdicom_echo, port, None) is None
        await svc.idle()
        # TLS 1.1 offered: refused; pynetdicom's SCP answers with a protocol_version alert,
        # asyncio's TLS drops the connection without flushing OpenSSL's alert
        with pytest.raises(ssl.SSLError, match="ALERT_PROTOCOL_VERSION" if engine ==
                           "pynetdicom" else "ALERT_PROTOCOL_VERSION|UNEXPECTED_EOF"):
            await asyncio.to_thread(tls11_handshake, port)
        records = await until(lambda: [r for r in svc.of("audit.record.v1",
                                                         events_pb2.AuditRecord)
                                       if r.reason == "tls_handshake_failed"] or None,
                              what="TLS refusal audit")
        assert records[0].action == "dicom.associate" and records[0].outcome == "failure"
        assert records[0].resource == "host:127.0.0.1"
        # a peer stuck in its handshake does not hold the shutdown up (for 600 s)
        idle = socket.create_connection(("127.0.0.1", port), timeout=10)
        if engine == "pynetdicom":
            await until(lambda: svc.scp._handshaking, what="a handshake in progress")
        else:
            await until(lambda: svc.scp.open_associations(), what="a handshake in progress")
    idle.close()


def test_tls_without_client_certificates(tmp_path, nats_server, pki, engine):
    asyncio.run(_server_auth_only(tmp_path, nats_server, pki, engine))


async def _server_auth_only(tmp_path: Path, nats_server, pki: Path, engine: str) -> None:
    async with running(tmp_path, nats_server, dicom_tls_require_client_cert=False,
                       dicom_engine=engine,
                       **tls_settings(pki)) as svc:
        port = svc.scp.tls_port
        # no client certificate needed; the client still checks the SCP's certificate
        assert await asyncio.to_thread(pynetdicom_echo, port, tls_client_context(pki)) == 0
        await svc.idle()
        def system_cas_only() -> None:   # off the loop: the native SCP runs on it
            ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
            with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
                ctx.wrap_socket(raw, server_hostname="localhost").close()
        with pytest.raises(ssl.SSLCertVerificationError):
            await asyncio.to_thread(system_cas_only)
        # and the plain port is still there
        assert await asyncio.to_thread(pynetdicom_echo, svc.service.settings.dicom_port,
                                       None) == 0


# -- dcmtk over TLS -------------------------------------------------------------------------
def test_dcmtk_storescu_over_tls(tmp_path, nats_server, dicom, pki, rogue_pki, engine):
    storescu, echoscu = require_dcmtk_tls()
    asyncio.run(_dcmtk_tls(tmp_path, nats_server, dicom, pki, rogue_pki, storescu, echoscu,
                           engine))


async def _dcmtk_tls(tmp_path: Path, nats_server, dicom, pki: Path, rogue: Path,
                     storescu: str, echoscu: str, engine: str) -> None:
    files = []
    for i, ds in enumerate(dicom.ct_study(3)):
        path = tmp_path / f"ct{i}.dcm"
        path.write_bytes(dicom.part10(ds))
        files.append(str(path))
    good_id = ["+tls", str(pki / "cli.key"), str(pki / "cli.pem"), "+cf", str(pki / "ca.pem")]
    rogue_id = ["+tls", str(rogue / "cli.key"), str(rogue / "cli.pem"),
                "+cf", str(pki / "ca.pem")]
    async with running(tmp_path, nats_server, allowed_calling_aes=["STORESCU", "ECHOSCU"],
                       dicom_engine=engine,
                       **tls_settings(pki)) as svc:
        port, host = str(svc.scp.tls_port), "127.0.0.1"
        # a peer that connects and never shakes hands must not hold the TLS port up
        idle = socket.create_connection(("127.0.0.1", svc.scp.tls_port), timeout=10)
        try:
            echo = await asyncio.to_thread(run_tool, echoscu, *good_id, "-aet", "ECHOSCU",
                                           "-aec", "MEDENCLAVE", host, port)
            assert echo.returncode == 0, echo.stdout + echo.stderr
        finally:
            idle.close()
        await svc.idle()
        sent = await asyncio.to_thread(run_tool, storescu, *good_id, "-aet", "STORESCU",
                                       "-aec", "MEDENCLAVE", host, port, *files)
        assert sent.returncode == 0, sent.stdout + sent.stderr
        stored = await until(lambda: len(svc.of("dicom.instance.stored.v1",
                                                events_pb2.InstanceStored)) == 3 or None,
                             what="3 instances stored over TLS")
        assert stored
        await svc.idle()
        refused_before = metric("medenclave_ingest_associations_rejected_total",
                                {"reason": "tls_handshake_failed"})
        # an untrusted client certificate: the handshake fails, no association, nothing stored
        rogue_send = await asyncio.to_thread(run_tool, storescu, *rogue_id, "-aet", "STORESCU",
                                             "-aec", "MEDENCLAVE", host, port, files[0])
        assert rogue_send.returncode != 0
        # no client certificate at all (anonymous TLS)
        anon = await asyncio.to_thread(run_tool, echoscu, "+tla", "+cf", str(pki / "ca.pem"),
                                       "-aet", "ECHOSCU", "-aec", "MEDENCLAVE", host, port)
        assert anon.returncode != 0
        # plaintext on the TLS port
        plain = await asyncio.to_thread(run_tool, echoscu, "-aet", "ECHOSCU", "-aec",
                                        "MEDENCLAVE", host, port)
        assert plain.returncode != 0
        # the client checks us too: a client that trusts another CA refuses our certificate
        distrust = await asyncio.to_thread(run_tool, echoscu, "+tls", str(pki / "cli.key"),
                                           str(pki / "cli.pem"), "+cf", str(rogue / "ca.pem"),
                                           "-aet", "ECHOSCU", "-aec", "MEDENCLAVE", host, port)
        assert distrust.returncode != 0
        await until(lambda: metric("medenclave_ingest_associations_rejected_total",
                                   {"reason": "tls_handshake_failed"}) >= refused_before + 3,
                    what="TLS refusals counted")
        await svc.idle()
        # the AE allow-list still applies under TLS
        intruder = await asyncio.to_thread(run_tool, echoscu, *good_id, "-aet", "INTRUDER",
                                           "-aec", "MEDENCLAVE", host, port)
        assert intruder.returncode != 0
        assert "Rejected" in intruder.stdout + intruder.stderr
        await until(lambda: [r for r in svc.of("audit.record.v1", events_pb2.AuditRecord)
                             if r.reason == "calling_ae_not_allowed"] or None,
                    what="allow-list audit under TLS")
        await svc.idle()
        # the plain port keeps working alongside
        plain_port = str(svc.service.settings.dicom_port)
        echo = await asyncio.to_thread(run_tool, echoscu, "-aet", "ECHOSCU", "-aec",
                                       "MEDENCLAVE", host, plain_port)
        assert echo.returncode == 0, echo.stdout + echo.stderr
        assert len(svc.of("dicom.instance.stored.v1", events_pb2.InstanceStored)) == 3


# -- Orthanc as the PACS, pushing over DICOM TLS ---------------------------------------------
def _rest(port: int, path: str, body: bytes | dict | None = None) -> object:
    data = json.dumps(body).encode() if isinstance(body, dict) else body
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data,
                                     method="POST" if data is not None else "GET")
    with urllib.request.urlopen(request, timeout=60) as reply:
        return json.loads(reply.read())


def _start_orthanc(home: Path, pki: Path, tls_port: int) -> tuple[subprocess.Popen, int]:
    """Orthanc (Debian) on free loopback ports, sending to MedEnclave's TLS port only."""
    http_port = free_port()
    home.mkdir(parents=True, exist_ok=True)
    config = {
        "Name": "medenclave-tls-pacs", "StorageDirectory": str(home / "storage"),
        "IndexDirectory": str(home / "index"), "HttpPort": http_port,
        "DicomPort": free_port(), "DicomAet": "ORTHANC", "RemoteAccessAllowed": False,
        "AuthenticationEnabled": False, "HttpBindAddress": "127.0.0.1", "Plugins": [],
        "DicomTlsEnabled": True, "DicomTlsCertificate": str(pki / "orthanc.pem"),
        "DicomTlsPrivateKey": str(pki / "orthanc.key"),
        "DicomTlsTrustedCertificates": str(pki / "ca.pem"),
        "DicomModalities": {"medenclave": {"AET": "MEDENCLAVE", "Host": "127.0.0.1",
                                           "Port": tls_port, "UseDicomTls": True}},
    }
    (home / "orthanc.json").write_text(json.dumps(config))
    proc = subprocess.Popen(["Orthanc", str(home / "orthanc.json")],
                            stdout=(home / "orthanc.log").open("wb"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert proc.poll() is None, (home / "orthanc.log").read_text()[-2000:]
        try:
            _rest(http_port, "/system")
            return proc, http_port
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("Orthanc did not start")


def test_orthanc_pushes_over_dicom_tls(tmp_path, nats_server, dicom, pki, engine):
    if shutil.which("Orthanc") is None:
        pytest.skip("Orthanc is not installed: apt-get install orthanc")
    init_development_pki(pki, identities=("orthanc",))
    asyncio.run(_orthanc_tls(tmp_path, nats_server, dicom, pki, engine))


async def _orthanc_tls(tmp_path: Path, nats_server, dicom, pki: Path, engine: str) -> None:
    async with running(tmp_path, nats_server, dicom_plain=False, dicom_engine=engine,
                       allowed_calling_aes=["ORTHANC"], **tls_settings(pki)) as svc:
        orthanc, http_port = await asyncio.to_thread(_start_orthanc, tmp_path / "orthanc",
                                                     pki, svc.scp.tls_port)
        try:
            study = dicom.ct_study(3)
            for ds in study:
                await asyncio.to_thread(_rest, http_port, "/instances", dicom.part10(ds))
            [orthanc_study] = await asyncio.to_thread(_rest, http_port, "/studies")
            result = await asyncio.to_thread(_rest, http_port, "/modalities/medenclave/store",
                                             {"Resources": [orthanc_study], "Synchronous": True})
            assert result["FailedInstancesCount"] == 0 and result["InstancesCount"] == 3, result
            await until(lambda: len(svc.of("dicom.instance.stored.v1",
                                           events_pb2.InstanceStored)) == 3 or None,
                        what="3 instances stored from Orthanc over TLS")
        finally:
            orthanc.kill()
            orthanc.wait(timeout=15)
