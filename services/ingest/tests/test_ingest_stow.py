"""DICOMweb STOW-RS against the in-process service, the access service and a real nats-server."""

from __future__ import annotations

import asyncio
import io
import json
import ssl
import urllib.error
import urllib.request
from pathlib import Path

import nats
import pytest

from medenclave.security.crypto import load_or_create_secret
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.service import serve
from medenclave.v1 import events_pb2
from medenclave_access.config import AccessSettings
from medenclave_access.main import AccessService
from medenclave_cli.dev_certs import init_development_pki
from medenclave_ingest.adapters.inbound.stow import parse_multipart
from medenclave_ingest.adapters.inbound.stow_multipart import TooManyParts, split_parts
from medenclave_ingest.adapters.outbound.journal_vault import open_journal_vault
from medenclave_ingest.config import IngestSettings
from medenclave_ingest.core.refs import RefDeriver
from medenclave_ingest.main import REF_SECRET_NAME, IngestService
from medenclave_testing import free_port, wait_serving

BOUNDARY = "medenclave-test-boundary"


def multipart(parts: list[bytes]) -> bytes:
    out = b""
    for data in parts:
        out += (f"--{BOUNDARY}\r\nContent-Type: application/dicom\r\n\r\n").encode() + data
        out += b"\r\n"
    return out + f"--{BOUNDARY}--\r\n".encode()


def post(port: int, body: bytes, token: str | None,
         context: ssl.SSLContext | None = None) -> tuple[int, dict]:
    headers = {"Content-Type": f'multipart/related; type="application/dicom"; '
                               f'boundary={BOUNDARY}',
               "Accept": "application/dicom+json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    scheme = "https" if context else "http"
    request = urllib.request.Request(f"{scheme}://127.0.0.1:{port}/studies", data=body,
                                     headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30, context=context) as reply:
            return reply.status, json.loads(reply.read() or b"{}")
    except urllib.error.HTTPError as exc:
        raw = exc.read()  # refusals before the body carry a short text message
        is_json = exc.headers.get("Content-Type", "").startswith("application/dicom+json")
        return exc.code, json.loads(raw) if raw and is_json else {}


def test_parse_multipart_parts():
    body = multipart([b"one", b"two\r\nlines"])
    parts = parse_multipart(f'multipart/related; type="application/dicom"; boundary="{BOUNDARY}"',
                            body)
    assert parts == [("application/dicom", b"one"), ("application/dicom", b"two\r\nlines")]


def test_split_parts_in_small_windows_matches_the_whole_body():
    body = b"preamble\r\n" + multipart([b"one", b"--medenclave-test-boundar", b"x" * 100])
    ctype = f'multipart/related; type="application/dicom"; boundary={BOUNDARY}'
    for window in (1, 3, 7, 64, 1 << 20):
        spans = split_parts(ctype, io.BytesIO(body), len(body), max_parts=10,
                            chunk_bytes=window)
        assert [body[s.offset:s.offset + s.length] for s in spans] == \
            [b"one", b"--medenclave-test-boundar", b"x" * 100]
    with pytest.raises(TooManyParts):
        split_parts(ctype, io.BytesIO(body), len(body), max_parts=2)


@pytest.mark.parametrize("tls", [False, True], ids=["http", "https"])
def test_stow_rs(tmp_path, nats_server, dicom, tls):
    asyncio.run(_stow(tmp_path, nats_server, dicom, tls))


async def _stow(tmp_path: Path, nats_server, dicom, tls: bool) -> None:
    data_dir = tmp_path / "data"
    access_port, grpc_port, stow_port = free_port(), free_port(), free_port()
    tls_settings: dict = {}
    client = None
    if tls:  # STOW_TLS: HTTPS with the DICOM TLS certificate
        init_development_pki(tmp_path / "pki", identities=("ingest",))
        tls_settings = {"stow_tls": True, "dicom_tls_cert": tmp_path / "pki" / "ingest.pem",
                        "dicom_tls_key": tmp_path / "pki" / "ingest.key"}
        client = ssl.create_default_context(cafile=str(tmp_path / "pki" / "ca.pem"))
    access_settings = AccessSettings(data_dir=data_dir, nats_url=nats_server.url,
                                     grpc_port=access_port,
                                     access_endpoint=f"127.0.0.1:{access_port}")
    settings = IngestSettings(data_dir=data_dir, nats_url=nats_server.url, grpc_port=grpc_port,
                              access_endpoint=f"127.0.0.1:{access_port}",
                              dicom_port=free_port(), stow_port=stow_port, quiet_period_s=0.5,
                              assembler_interval_s=0.1, **tls_settings)
    stop = asyncio.Event()
    tasks = [asyncio.create_task(serve(AccessService(access_settings), access_settings, stop)),
             asyncio.create_task(serve(IngestService(settings), settings, stop))]
    nc = None
    try:
        await wait_serving(access_port)
        await wait_serving(grpc_port)
        nc = await nats.connect(nats_server.url)
        received: list = []

        async def on_message(msg) -> None:
            received.append(events_pb2.StudyReceived.FromString(msg.data))
        await nc.jetstream().subscribe("dicom.study.received.v1", cb=on_message,
                                       ordered_consumer=True)
        key = load_or_create_signing_key(data_dir / "access" / "keys")
        pacs, _ = TokenIssuer(key).issue(subject="pacs-main", role="pacs")
        reader, _ = TokenIssuer(key).issue(subject="alice", role="radiologist")
        study = dicom.ct_study(3)
        good = [dicom.part10(ds) for ds in study]

        status, _ = await asyncio.to_thread(post, stow_port, multipart(good), None, client)
        assert status == 401
        status, _ = await asyncio.to_thread(post, stow_port, multipart(good), "not-a-token", client)
        assert status == 401
        status, _ = await asyncio.to_thread(post, stow_port, multipart(good), reader, client)
        assert status == 403

        status, answer = await asyncio.to_thread(post, stow_port, multipart(good[:2]), pacs, client)
        assert status == 200
        listed = [item["00081155"]["Value"][0] for item in answer["00081199"]["Value"]]
        assert listed == [ds.SOPInstanceUID for ds in study[:2]]

        # one good (and one re-sent) instance with garbage: 202, the garbage listed as failed
        status, answer = await asyncio.to_thread(
            post, stow_port, multipart([good[2], b"garbage" * 40, good[0]]), pacs, client)
        assert status == 202
        assert len(answer["00081199"]["Value"]) == 2
        assert answer["00081198"]["Value"][0]["00081197"]["Value"] == [0xC000]
        status, _ = await asyncio.to_thread(post, stow_port, multipart([b"x" * 200]), pacs, client)
        assert status == 409

        home = data_dir / "ingest"
        refs = RefDeriver(load_or_create_secret(home / "keys", REF_SECRET_NAME))
        study_ref = refs.study_ref(study[0].StudyInstanceUID)
        vault = open_journal_vault(home / "vault", home / "keys", readonly=True)
        for ds, data in zip(study, good):
            key_name = f"instances/{study_ref}/{refs.instance_ref(ds.SOPInstanceUID)}.dcm"
            assert await vault.get(key=key_name) == data
        vault.close()
        deadline = asyncio.get_running_loop().time() + 20
        while sum(len(e.instance_refs) for e in received) < 3:
            assert asyncio.get_running_loop().time() < deadline, "study not announced"
            await asyncio.sleep(0.05)
        assert {e.study_ref for e in received} == {study_ref}
    finally:
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        if nc is not None:
            await nc.close()
