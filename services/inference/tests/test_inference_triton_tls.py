"""The Triton-compatible port under service TLS (issue 15, item 9), attacked with NVIDIA's real
tritonclient and raw sockets against the running inference service (real nats-server, real
access service, dev CA from ``medenclave certs init``'s code)."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import ssl

import numpy as np
import pytest
import tritonclient.grpc as tc
from tritonclient.utils import InferenceServerException

from medenclave.v1 import events_pb2
from medenclave_cli.dev_certs import init_development_pki

pytestmark = pytest.mark.timeout(120)

ATTEMPTS = 20
H2_PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"


@pytest.fixture(scope="module", params=["mutual", "server"])
def tls_stack(request, tmp_path_factory, helpers):
    root = tmp_path_factory.mktemp(f"inference-tls-{request.param}")
    init_development_pki(root / "tls")
    helpers.write_model(root / "data" / "model-repository", "chest", 1, seed=1)
    s = helpers.Stack(root, tls_dir=root / "tls", triton_tls=request.param)
    try:
        yield s.start()
    finally:
        s.stop()


def _images(batch: int = 1) -> np.ndarray:
    return np.random.default_rng(0).standard_normal((batch, 1, 8, 8)).astype(np.float32)


def _infer(client, *, headers=None):
    tensor = tc.InferInput("image", [1, 1, 8, 8], "FP32")
    tensor.set_data_from_numpy(_images())
    return client.infer("chest", [tensor], headers=headers,
                        outputs=[tc.InferRequestedOutput("probabilities")])


def _rss_bytes() -> int:
    """This process's resident memory (the stack runs in it), from /proc."""
    for line in open("/proc/self/status").read().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS in /proc/self/status")


def _threads() -> int:
    """This process's OS threads (gRPC's C-core threads included)."""
    return len(os.listdir("/proc/self/task"))


def _audit_records(nats_url: str) -> list[events_pb2.AuditRecord]:
    async def read():
        from medenclave.bus import EventBus
        bus = await EventBus.connect(nats_url, name="audit-reader")
        try:
            sub = await bus.jetstream.pull_subscribe("audit.record.v1", durable=None,
                                                     stream="AUDIT")
            records = []
            try:
                while True:
                    for msg in await sub.fetch(256, timeout=0.5):
                        records.append(events_pb2.AuditRecord.FromString(msg.data))
            except Exception:
                pass  # an empty fetch times out: every record is read
            return records
        finally:
            await bus.close()
    return asyncio.run(read())


def test_plaintext_clients_are_refused_and_closed(tls_stack):
    """Plaintext tritonclient calls and raw HTTP/2 prefaces on the TLS port: every one fails,
    every connection is closed by the server, and the server's threads and memory stay put."""
    threads, rss = _threads(), _rss_bytes()
    for _ in range(ATTEMPTS):
        plain = tc.InferenceServerClient(tls_stack.triton_url)
        try:
            with pytest.raises(InferenceServerException) as refused:
                plain.is_server_live(client_timeout=5)
            assert "UNAVAILABLE" in str(refused.value.status()) or \
                "DEADLINE" in str(refused.value.status())
        finally:
            plain.close()
        with socket.create_connection(("127.0.0.1", tls_stack.triton_port), timeout=5) as raw:
            raw.sendall(H2_PREFACE + b"\0" * 64)
            received = b""
            while chunk := raw.recv(4096):  # a TLS alert at most, then EOF: closed by the server
                received += chunk
                assert len(received) < 4096
            assert not received.startswith(b"\0\0")  # no HTTP/2 SETTINGS frame: not served
    assert _threads() <= threads + 4
    assert _rss_bytes() - rss < 64 * 1024 * 1024


def test_tls_client_with_the_dev_ca_infers_and_is_audited(tls_stack):
    headers = {"authorization": f"Bearer {tls_stack.token('clinician', 'tls-gateway')}"}
    client = tc.InferenceServerClient(tls_stack.triton_url, **tls_stack.client_tls())
    try:
        assert client.is_server_ready()
        out = _infer(client, headers=headers).as_numpy("probabilities")
        assert out.shape == (1, 2)
    finally:
        client.close()
    records = _audit_records(tls_stack.nats.url)
    assert any(r.action == "model.predict" and r.resource == "chest:1" and
               r.subject == "tls-gateway" and r.outcome == "success" for r in records)


def test_unauthenticated_call_over_tls_is_refused_and_audited(tls_stack):
    client = tc.InferenceServerClient(tls_stack.triton_url, **tls_stack.client_tls())
    try:
        with pytest.raises(InferenceServerException) as missing:
            _infer(client)
        assert str(missing.value.status()) == "StatusCode.UNAUTHENTICATED"
    finally:
        client.close()
    records = _audit_records(tls_stack.nats.url)
    assert any(r.action == "rpc.denied" and r.outcome == "denied" and
               r.resource == "/inference.GRPCInferenceService/ModelInfer" and
               r.subject == "unauthenticated" for r in records)


def test_client_certificate_is_required_in_mutual_mode(tls_stack):
    """Server TLS only (the CA, no certificate): refused under ``mutual``, served under
    ``server`` (where the bearer token still guards every non-health call)."""
    ca_only = tc.InferenceServerClient(tls_stack.triton_url, ssl=True,
                                       root_certificates=str(tls_stack.tls_dir / "ca.pem"))
    try:
        if tls_stack.triton_tls == "mutual":
            with pytest.raises(InferenceServerException) as refused:
                ca_only.is_server_live(client_timeout=5)
            assert "UNAVAILABLE" in str(refused.value.status())
        else:
            assert ca_only.is_server_live(client_timeout=5)
            with pytest.raises(InferenceServerException) as missing:
                _infer(ca_only)
            assert str(missing.value.status()) == "StatusCode.UNAUTHENTICATED"
    finally:
        ca_only.close()


def test_certificate_from_another_ca_is_refused(tls_stack, tmp_path):
    init_development_pki(tmp_path / "other", identities=["cli"])
    foreign = tc.InferenceServerClient(
        tls_stack.triton_url, ssl=True, root_certificates=str(tmp_path / "other" / "ca.pem"),
        private_key=str(tmp_path / "other" / "cli.key"),
        certificate_chain=str(tmp_path / "other" / "cli.pem"))
    try:  # the server's certificate does not verify against a foreign CA
        with pytest.raises(InferenceServerException):
            foreign.is_server_live(client_timeout=5)
    finally:
        foreign.close()
    context = ssl.create_default_context(cafile=str(tls_stack.tls_dir / "ca.pem"))
    context.set_alpn_protocols(["h2"])
    with socket.create_connection(("127.0.0.1", tls_stack.triton_port), timeout=5) as raw, \
            context.wrap_socket(raw, server_hostname="localhost") as tls:
        assert tls.version() in ("TLSv1.2", "TLSv1.3")  # the port speaks TLS with our CA


def test_remote_triton_client_path_uses_tls(tls_stack):
    """RemoteTriton (the external-Triton path) reaches a TLS Triton port with the dev CA and
    fails cleanly in plaintext."""
    from medenclave_inference.adapters.outbound.triton_remote import RemoteTriton, TritonTls

    mutual = tls_stack.triton_tls == "mutual"
    secure = RemoteTriton(tls_stack.triton_url, timeout_s=5,
                          tls=TritonTls.from_dir(tls_stack.tls_dir, mutual=mutual,
                                                 identity="cli"))
    plain = RemoteTriton(tls_stack.triton_url, timeout_s=5)

    async def probe(remote):
        try:
            return await remote.client.is_server_live(client_timeout=5)
        finally:
            await remote.close()

    assert tls_stack.call(probe(secure)) is True
    with pytest.raises(InferenceServerException):
        tls_stack.call(probe(plain))


def test_plaintext_needs_saying_so_and_is_warned(tmp_path, caplog):
    from medenclave_inference.config import InferenceSettings
    from medenclave_inference.main import InferenceService

    init_development_pki(tmp_path / "tls", identities=["inference"])
    with caplog.at_level(logging.WARNING):
        InferenceService(InferenceSettings(data_dir=tmp_path / "data", tls_dir=tmp_path / "tls",
                                           triton_tls="plaintext"))
    assert [r for r in caplog.records if getattr(r, "code", "") == "INF-020"]
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        InferenceService(InferenceSettings(data_dir=tmp_path / "data", tls_dir=tmp_path / "tls"))
    assert not [r for r in caplog.records if getattr(r, "code", "") == "INF-020"]
    with pytest.raises(ValueError, match="mutual"):
        InferenceSettings(data_dir=tmp_path / "data", triton_tls="plain")
