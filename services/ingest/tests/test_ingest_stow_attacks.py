"""Issue 15, STOW-RS: the attacks that worked, performed against a running STOW server.

The server is the service's :class:`StowServer` on loopback, in this process (so its threads
and memory are this process's), in front of a real :class:`StudyAssembler` over in-memory
stores and the service's DICOM header reader; the asyncio loop runs in a background thread
as the service's would. Tokens: ``good`` may store, ``reader`` may not.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from medenclave_cli.dev_certs import init_development_pki
from medenclave_ingest.adapters.inbound.dicom.header_reader import DicomHeaderReader
from medenclave_ingest.adapters.inbound.dicom.tls import DicomTlsFiles, server_context
from medenclave_ingest.adapters.inbound.stow import HttpLimits, StowServer
from medenclave_ingest.config import IngestSettings
from medenclave_ingest.core.assembler import StudyAssembler
from medenclave_ingest.core.refs import RefDeriver

from .test_ingest_core import MemoryAudit, MemoryCatalog, MemoryEvents, MemoryVault

BOUNDARY = "attack-boundary"
CONTENT_TYPE = f'multipart/related; type="application/dicom"; boundary={BOUNDARY}'
MiB = 1024 * 1024


class Stow:
    """A running StowServer and what it stored."""

    def __init__(self, tmp_path: Path, ssl_context: ssl.SSLContext | None = None,
                 max_part_bytes: int = 4 * MiB, max_parts: int = 10_000, **limits) -> None:
        self.loop = asyncio.new_event_loop()
        self.loop_thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.loop_thread.start()
        self.vault, self.catalog = MemoryVault(), MemoryCatalog()
        self.assembler = StudyAssembler(
            parser=DicomHeaderReader(), refs=RefDeriver(b"k" * 32), vault=self.vault,
            quarantine=MemoryVault(), catalog=self.catalog, events=MemoryEvents(),
            audit=MemoryAudit(), quiet_period_s=30.0)
        self.spool = tmp_path / "spool"
        self.server = StowServer(
            assembler=self.assembler, parser=DicomHeaderReader(), loop=self.loop,
            authorize=self._authorize, host="127.0.0.1", port=0, spool_dir=self.spool,
            limits=HttpLimits(**limits), max_part_bytes=max_part_bytes, max_parts=max_parts,
            ssl_context=ssl_context)
        self.server.start()
        self.port = self.server.port

    @staticmethod
    async def _authorize(token: str) -> tuple[str, str]:
        return {"good": ("pacs-main", ""), "reader": ("alice", "forbidden")}.get(
            token, ("", "unauthenticated"))

    def close(self) -> None:
        self.server.stop()
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.loop_thread.join(5)
        self.loop.close()

    def stored(self) -> int:
        return len(self.vault.objects)

    def spool_fds(self) -> list[str]:
        """This process's open files in the spool folder (unlinked ones included)."""
        out = []
        for fd in os.listdir("/proc/self/fd"):
            with contextlib.suppress(OSError):
                if os.readlink(f"/proc/self/fd/{fd}").startswith(str(self.spool)):
                    out.append(fd)
        return out


@pytest.fixture
def stow(tmp_path) -> Iterator:
    servers: list[Stow] = []

    def start(**kwargs) -> Stow:
        servers.append(Stow(tmp_path, **kwargs))
        return servers[-1]
    yield start
    for server in servers:
        server.close()


def multipart(parts: list[bytes]) -> bytes:
    out = b""
    for data in parts:
        out += f"--{BOUNDARY}\r\nContent-Type: application/dicom\r\n\r\n".encode() + data + b"\r\n"
    return out + f"--{BOUNDARY}--\r\n".encode()


def head(framing: str, token: str = "good", extra: str = "") -> bytes:
    return (f"POST /studies HTTP/1.1\r\nHost: pacs\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: {CONTENT_TYPE}\r\n{framing}{extra}\r\n").encode()


def connect(port: int, context: ssl.SSLContext | None = None) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    return context.wrap_socket(sock, server_hostname="localhost") if context else sock


def answer(sock: socket.socket, timeout: float = 10.0) -> tuple[int, bytes]:
    """Read until the server closes: (status, body); (0, b"") when closed with no answer."""
    sock.settimeout(timeout)
    data = b""
    with contextlib.suppress(ConnectionResetError, ssl.SSLError):
        while chunk := sock.recv(65536):
            data += chunk
    sock.close()
    if not data.startswith(b"HTTP/1.1 "):
        return 0, data
    return int(data[9:12]), data.partition(b"\r\n\r\n")[2]


def stow_request(port: int, body: bytes, context: ssl.SSLContext | None = None) -> int:
    sock = connect(port, context)
    sock.sendall(head(f"Content-Length: {len(body)}\r\n") + body)
    return answer(sock)[0]


@pytest.mark.parametrize(("framing", "status"), [
    ("Content-Length: -1\r\n", 400),
    ("Content-Length: 12abc\r\n", 400),
    ("Content-Length: 10\r\nContent-Length: 10\r\n", 400),
    ("Content-Length: 10\r\nTransfer-Encoding: chunked\r\n", 400),
    ("Transfer-Encoding: gzip, chunked\r\n", 501),
    ("", 411),
])
def test_bad_framing_is_refused_before_the_body_and_the_connection_closed(
        stow, dicom, framing, status):
    server = stow(max_body_bytes=1000)
    sock = connect(server.port)
    body = multipart([dicom.part10(dicom.ct_study(1)[0])] + [b"x" * 64 * 1024])
    assert len(body) > 1000
    sock.sendall(head(framing) + body)
    got, message = answer(sock)   # returns only once the server closed the connection
    assert got == status
    assert message.strip()        # a clear message, e.g. "Content-Length must be ..."
    assert server.stored() == 0 and not server.spool_fds()


def test_declared_length_over_the_cap_is_413_before_any_body_byte(stow):
    server = stow(max_body_bytes=1000)
    for extra in ("", "Expect: 100-continue\r\n"):
        sock = connect(server.port)
        sock.sendall(head(f"Content-Length: {10 * 1024 ** 3}\r\n", extra=extra))
        # no body is ever sent: the answer comes anyway, and no "100 Continue" before it
        status, message = answer(sock)
        assert status == 413 and b"larger than 1000 bytes" in message
    assert server.stored() == 0 and not server.spool_fds()


def test_chunked_body_over_the_cap_is_413_and_the_spool_file_is_gone(stow, dicom):
    server = stow(max_body_bytes=256 * 1024)
    sock = connect(server.port)
    sock.sendall(head("Transfer-Encoding: chunked\r\n"))
    piece = b"y" * 64 * 1024
    sent = 0
    with contextlib.suppress(OSError):   # the server stops reading at the cap
        for _ in range(16):
            sock.sendall(b"%x\r\n" % len(piece) + piece + b"\r\n")
            sent += len(piece)
    status, message = answer(sock)
    assert status == 413 and b"larger than" in message
    assert server.stored() == 0
    assert not server.spool_fds() and not list(server.spool.iterdir())
    assert server.spool.stat().st_mode & 0o777 == 0o700
    # the same cap lets a chunked upload under it through
    body = multipart([dicom.part10(dicom.ct_study(1)[0])])
    sock = connect(server.port)
    sock.sendall(head("Transfer-Encoding: chunked\r\n") + b"%x\r\n" % len(body) + body +
                 b"\r\n0\r\n\r\n")
    assert answer(sock)[0] == 200 and server.stored() == 1


def test_half_sent_requests_hold_no_threads_and_are_dropped(stow, dicom):
    server = stow(workers=4, max_pending=8, header_timeout_s=1.0)
    baseline = threading.active_count()
    attackers = []
    for _ in range(200):
        sock = socket.create_connection(("127.0.0.1", server.port), timeout=10)
        sock.sendall(b"POST /studies HTTP/1.1\r\nHost: pacs\r\nContent-Le")  # never finished
        attackers.append(sock)
    assert threading.active_count() <= baseline   # a fixed pool: no thread per connection
    deadline = time.monotonic() + 15
    outcomes: dict[int, int] = {}
    for sock in attackers:  # each is answered 503 (queue full) or 408 (too slow), and closed
        status, _ = answer(sock, timeout=max(0.1, deadline - time.monotonic()))
        outcomes[status] = outcomes.get(status, 0) + 1
        assert threading.active_count() <= baseline
    assert set(outcomes) <= {503, 408, 0}, outcomes
    assert outcomes.get(408, 0) >= 4 and outcomes.get(503, 0) >= 150
    assert time.monotonic() < deadline, "connections not dropped"
    body = multipart([dicom.part10(dicom.ct_study(1)[0])])
    assert stow_request(server.port, body) == 200 and server.stored() == 1


@pytest.fixture
def pki(tmp_path) -> Path:
    path = tmp_path / "pki"
    init_development_pki(path, identities=("ingest",))
    return path


def test_tls_port_refuses_plain_http_and_serves_https(stow, dicom, pki):
    context = server_context(DicomTlsFiles(cert=pki / "ingest.pem", key=pki / "ingest.key"),
                             require_client_cert=False)
    server = stow(ssl_context=context, header_timeout_s=2.0)
    body = multipart([dicom.part10(dicom.ct_study(1)[0])])
    sock = connect(server.port)
    sock.sendall(head(f"Content-Length: {len(body)}\r\n") + body)
    status, _ = answer(sock)
    assert status == 0 and server.stored() == 0   # no HTTP answer in clear, nothing stored
    client = ssl.create_default_context(cafile=str(pki / "ca.pem"))
    assert stow_request(server.port, body, client) == 200 and server.stored() == 1
    sock = connect(server.port, client)
    sock.sendall(head("Content-Length: -1\r\n"))
    assert answer(sock)[0] == 400


def test_stow_tls_settings_need_the_files(tmp_path, pki):
    with pytest.raises(ValueError, match="STOW_TLS"):
        IngestSettings(data_dir=tmp_path, stow_port=8080, stow_tls=True,
                       dicom_tls_cert=tmp_path / "none.pem", dicom_tls_key=pki / "ingest.key")
    settings = IngestSettings(data_dir=tmp_path, stow_port=8080, stow_tls=True,
                              dicom_tls_cert=pki / "ingest.pem", dicom_tls_key=pki / "ingest.key")
    assert settings.stow_max_body_bytes == 2 * 1024 ** 3 and settings.stow_workers == 8


def _rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_a_50_mib_body_streams_to_disk_with_bounded_memory(stow, dicom):
    server = stow(max_body_bytes=64 * MiB, max_part_bytes=1 * MiB)
    good = dicom.part10(dicom.ct_study(1)[0])
    junk = 50 * MiB
    start = multipart([good])[:-len(f"--{BOUNDARY}--\r\n")]
    start += f"--{BOUNDARY}\r\nContent-Type: application/dicom\r\n\r\n".encode()
    end = f"\r\n--{BOUNDARY}--\r\n".encode()
    block = memoryview(b"z" * MiB)
    peak, stop = [_rss()], threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak.append(_rss())
            stop.wait(0.005)
    before = _rss()
    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        sock = connect(server.port)
        sock.sendall(head(f"Content-Length: {len(start) + junk + len(end)}\r\n") + start)
        for _ in range(junk // MiB):
            sock.sendall(block)
        sock.sendall(end)
        status, message = answer(sock, timeout=30)
    finally:
        stop.set()
        sampler.join()
    # the good part stored, the 50 MiB one refused as oversized without being read
    assert status == 202, message
    assert server.stored() == 1 and not server.spool_fds()
    assert max(peak) - before < 16 * MiB, f"RSS grew by {(max(peak) - before) // MiB} MiB"


def test_a_slow_drip_head_or_a_stalled_body_is_dropped(stow, dicom):
    server = stow(header_timeout_s=1.0, body_idle_timeout_s=0.5)
    # one byte of head every 0.1 s: never idle, but the head is due 1 s after the connect
    sock = connect(server.port)
    stop = threading.Event()

    def drip() -> None:
        for byte in b"POST /studies HTTP/1.1\r\nX-Padding: " + b"a" * 1000:
            if stop.wait(0.1):
                return
            with contextlib.suppress(OSError):
                sock.send(bytes([byte]))
    dripper = threading.Thread(target=drip)
    dripper.start()
    try:
        assert answer(sock)[0] == 408
    finally:
        stop.set()
        dripper.join()
    # an authenticated upload that stops half-way: dropped after the idle timeout
    body = multipart([dicom.part10(dicom.ct_study(1)[0])])
    sock = connect(server.port)
    sock.sendall(head(f"Content-Length: {len(body)}\r\n") + body[:len(body) // 2])
    assert answer(sock)[0] == 408
    assert server.stored() == 0 and not server.spool_fds()


def test_too_many_parts_and_unauthenticated_uploads_are_refused(stow, dicom):
    server = stow(max_parts=5)
    many = multipart([b"p"] * 50)
    assert stow_request(server.port, many) == 413
    body = multipart([dicom.part10(dicom.ct_study(1)[0])])
    for token, status in (("", 401), ("forged", 401), ("reader", 403)):
        sock = connect(server.port)
        sock.sendall(head(f"Content-Length: {len(body)}\r\n", token=token) + body)
        assert answer(sock)[0] == status
    assert server.stored() == 0 and not server.spool_fds()
