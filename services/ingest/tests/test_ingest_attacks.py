"""Attacks on the native DICOM front door from the same machine (issue 15, items 1 and 2),
performed against a live ``NativeDicomServer`` on loopback: each test asserts the refusal and
that the server process's memory stays bounded (peak RSS during the attack, via
``/proc/self/status``; the attacker streams from one reused buffer, so what grows is the
server's). The core is a recording fake: what reaches it is what the front door let through."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import select
import socket
import struct
import time
from collections.abc import Iterator

import pytest
from pydantic import ValidationError
from pydicom.uid import CTImageStorage
from pynetdicom import AE
from pynetdicom.sop_class import Verification  # type: ignore[attr-defined]

from medenclave_ingest.adapters.inbound.dicom.native_server import NativeDicomServer
from medenclave_ingest.adapters.inbound.dicom.pdu import (
    encode_command,
    parse_command,
    parse_pdata,
)
from medenclave_ingest.config import IngestSettings
from medenclave_ingest.core.instances import REASON_OVERSIZED, Rejected
from medenclave_testing import metric

from .test_ingest_dimse import RecordingCore, associate_rq

MIB = 1024 * 1024
#: generous for a loopback test, far below every attack's size (tens to hundreds of MiB)
RSS_BOUND = 12 * MIB
ATTACKER, LEGIT = "127.0.0.1", "127.0.0.2"     # two addresses of one machine's loopback


def _status_kib(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise AssertionError(f"no {field} in /proc/self/status")


@contextlib.contextmanager
def peak_rss_growth() -> Iterator[list[int]]:
    """Yields a list that holds, after the block, how far this process's resident memory rose
    above its level at the start (the kernel's high-water mark, reset at the start)."""
    if not hasattr(socket, "TCP_QUICKACK"):
        pytest.skip("Linux /proc is needed to measure resident memory")
    base = _status_kib("VmRSS")
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")                    # reset VmHWM to the current RSS
        peak_field = "VmHWM"
    except OSError:
        peak_field = "VmRSS"
    out: list[int] = []
    yield out
    out.append((_status_kib(peak_field) - base) * 1024)


def _server(**overrides) -> NativeDicomServer:
    options: dict = dict(assembler=RecordingCore(), ae_title="MEDENCLAVE", host="127.0.0.1",
                         port=0)
    options.update(overrides)
    return NativeDicomServer(**options)


def _connect(port: int, source: str = ATTACKER) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10, source_address=(source, 0))
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
    return sock


def _read_pdu(sock: socket.socket) -> tuple[int, bytes]:
    """One whole PDU ``(type, variable field)``; ``(0, b"")`` if the server closed."""
    def exactly(count: int) -> bytes:
        data = b""
        while len(data) < count:
            chunk = sock.recv(count - len(data))
            if not chunk:
                return b""
            data += chunk
        return data
    try:
        header = exactly(6)
        if not header:
            return 0, b""
        return header[0], exactly(struct.unpack(">I", header[2:])[0])
    except ConnectionResetError:
        return 0, b""


def _associate(sock: socket.socket) -> int:
    """A-ASSOCIATE-RQ (CT storage, context 1); the maximum length our AC announces."""
    sock.sendall(associate_rq())
    kind, body = _read_pdu(sock)
    assert kind == 0x02, "association not accepted"
    user = body[body.rindex(b"\x51\x00\x00\x04"):]
    return struct.unpack(">I", user[4:8])[0]


def _closed_by_server(sock: socket.socket, deadline: float) -> bool:
    """True once the server has closed (EOF or reset; an A-ABORT before it is skipped)."""
    while time.monotonic() < deadline:
        readable, _, _ = select.select([sock], [], [], max(deadline - time.monotonic(), 0))
        if not readable:
            return False
        try:
            if not sock.recv(65536):
                return True
        except OSError:
            return True
    return False


# -- 1. one PDU announcing 4 GiB ----------------------------------------------------------

def test_a_4_gib_pdu_is_aborted_from_its_header():
    asyncio.run(_huge_pdu())


def _stream_huge_pdu(port: int) -> tuple[int, int, bool]:
    """Associate, announce a P-DATA-TF PDU of 4 GiB and stream up to 32 MiB of it.
    Returns (announced maximum length, bytes sent before the server cut us off, aborted)."""
    with _connect(port) as sock:
        max_length = _associate(sock)
        sock.sendall(struct.pack(">BBI", 0x04, 0, 0xFFFFFFFF))
        chunk, sent = b"\x00" * (64 * 1024), 0
        try:
            while sent < 32 * MIB:
                sock.sendall(chunk)
                sent += len(chunk)
        except OSError:
            pass
        kind, _ = _read_pdu(sock)
        return max_length, sent, kind in (0x07, 0)


async def _huge_pdu() -> None:
    server = _server()
    await server.start()
    try:
        with peak_rss_growth() as growth:
            max_length, sent, aborted = await asyncio.to_thread(_stream_huge_pdu, server.port)
        assert max_length == 256 * 1024            # our default, announced in the AC
        assert aborted
        assert sent < 32 * MIB, "the server kept reading the oversized PDU"
        assert growth[0] < RSS_BOUND, f"server grew by {growth[0] / MIB:.1f} MiB"
        await _until_no_connections(server)
    finally:
        await server.stop()


async def _until_no_connections(server: NativeDicomServer, count: int = 0) -> None:
    deadline = time.monotonic() + 10
    while server.open_associations() != count and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    assert server.open_associations() == count


# -- 1b. one dataset in many PDVs past max_object_bytes -----------------------------------

def _c_store_rq(message_id: int) -> bytes:
    def uid(value: str) -> bytes:
        raw = value.encode()
        return raw + b"\x00" if len(raw) % 2 else raw
    return encode_command([
        (0x0002, uid(str(CTImageStorage))), (0x0100, struct.pack("<H", 0x0001)),
        (0x0110, struct.pack("<H", message_id)), (0x0700, struct.pack("<H", 0)),
        (0x0800, struct.pack("<H", 0x0000)), (0x1000, uid("1.2.3.4.5.6.7"))])


def _pdata(pdvs: list[tuple[int, bytes]]) -> bytes:
    """A P-DATA-TF PDU on context 1 with ``(control, fragment)`` PDVs."""
    body = b"".join(struct.pack(">IBB", len(data) + 2, 1, control) + data
                    for control, data in pdvs)
    return struct.pack(">BBI", 0x04, 0, len(body)) + body


def _response_status(sock: socket.socket) -> int:
    kind, body = _read_pdu(sock)
    assert kind == 0x04, f"expected a P-DATA-TF answer, got PDU type {kind:#04x}"
    [(_, control, data)] = parse_pdata(body)
    assert control & 3 == 3
    return struct.unpack("<H", parse_command(bytes(data))[0x0900])[0]


def _stream_dataset(port: int, middle: bytes, count: int, last: bytes) -> tuple[int, int]:
    """A C-STORE whose dataset is ``count`` × the ``middle`` P-DATA-TF PDU, then ``last``;
    then a C-ECHO on the same association. Returns both statuses."""
    with _connect(port) as sock:
        _associate(sock)
        sock.sendall(_pdata([(0x03, _c_store_rq(1))]))
        for _ in range(count):
            sock.sendall(middle)
        sock.sendall(last)
        store = _response_status(sock)
        echo = encode_command([(0x0002, b"1.2.840.10008.1.1\x00"),
                               (0x0100, struct.pack("<H", 0x0030)),
                               (0x0110, struct.pack("<H", 2)),
                               (0x0800, struct.pack("<H", 0x0101))])
        sock.sendall(_pdata([(0x03, echo)]))
        return store, _response_status(sock)


#: (middle PDU, how many, last PDU, dataset bytes): 48 MiB in 16 KiB PDVs, 8 per PDU; and
#: 100,000 one-byte PDVs (under the 1 MiB limit in bytes, but each costs the server a list
#: entry and an object, so a flood of them could outgrow it: counted against the limit too)
_FRAGMENT = b"\x00" * (16 * 1024)
_FLOODS = {
    "big-fragments": (_pdata([(0x00, _FRAGMENT)] * 8), 48 * 8 - 1,
                      _pdata([(0x00, _FRAGMENT)] * 7 + [(0x02, _FRAGMENT)]), 48 * MIB),
    "one-byte-fragments": (_pdata([(0x00, b"\x00")] * 25_000), 3,
                           _pdata([(0x00, b"\x00")] * 24_999 + [(0x02, b"\x00")]), 100_000),
}


class RefusingCore(RecordingCore):
    """Also records what the front door refused for its size, as the StudyAssembler does."""

    def __init__(self) -> None:
        super().__init__()
        self.oversized: list[tuple[str, int, str]] = []

    async def refuse_oversized(self, *, digest: str, size_bytes: int, calling_ae: str) -> None:
        self.oversized.append((digest, size_bytes, calling_ae))
        raise Rejected(REASON_OVERSIZED)


@pytest.mark.parametrize("flood", sorted(_FLOODS))
def test_a_dataset_past_max_object_bytes_is_refused_while_it_arrives(flood):
    asyncio.run(_oversized_dataset(*_FLOODS[flood]))


async def _oversized_dataset(middle: bytes, count: int, last: bytes, size: int) -> None:
    core = RefusingCore()
    server = _server(assembler=core, max_object_bytes=1 * MIB)
    await server.start()
    try:
        with peak_rss_growth() as growth:
            store, echo = await asyncio.to_thread(_stream_dataset, server.port, middle, count,
                                                  last)
        assert store == 0xC210                      # refused (oversized), not stored
        assert echo == 0x0000                       # and the association goes on
        assert core.received == []
        digest = hashlib.sha256(b"\x00" * size).hexdigest()
        assert core.oversized == [(digest, size, "RAWSCU")]   # recorded, bytes not kept
        assert growth[0] < RSS_BOUND, f"server grew by {growth[0] / MIB:.1f} MiB"
    finally:
        await server.stop()


# -- 2. idle connections: allow-list and connection caps ----------------------------------

def _open_idle(port: int, count: int) -> list[socket.socket]:
    return [_connect(port) for _ in range(count)]


def _count_closed(socks: list[socket.socket], expected: int) -> int:
    """How many of ``socks`` the server closed, waiting (10 s at most) for ``expected``."""
    deadline = time.monotonic() + 10
    closed: set[int] = set()
    while len(closed) < expected and time.monotonic() < deadline:
        open_ = [s for i, s in enumerate(socks) if i not in closed]
        readable, _, _ = select.select(open_, [], [], 0.2)
        for sock in readable:
            if _closed_by_server(sock, time.monotonic() + 1):
                closed.add(socks.index(sock))
    return len(closed)


def _echo(port: int, source: str) -> int:
    ae = AE(ae_title="CT01")
    ae.add_requested_context(Verification)
    assoc = ae.associate("127.0.0.1", port, ae_title="MEDENCLAVE", bind_address=(source, 0))
    assert assoc.is_established, "the legitimate association was refused"
    try:
        return int(assoc.send_c_echo().Status)
    finally:
        assoc.release()


def test_idle_connections_from_a_host_off_the_allow_list_are_closed_at_once():
    asyncio.run(_refused_host())


async def _refused_host() -> None:
    refusals: list[tuple[str, str, str]] = []
    server = _server(allowed_hosts=[LEGIT], max_associations=2,
                     on_refused=lambda *args: refusals.append(args))
    await server.start()
    socks: list[socket.socket] = []
    try:
        with peak_rss_growth() as growth:
            socks = await asyncio.to_thread(_open_idle, server.port, 150)
            closed = await asyncio.to_thread(_count_closed, socks, 150)
        assert closed == 150
        assert growth[0] < RSS_BOUND, f"server grew by {growth[0] / MIB:.1f} MiB"
        assert len(refusals) == 150
        assert set(refusals) == {("host_not_allowed", "", ATTACKER)}   # no AE, no patient data
        await _until_no_connections(server)
        assert await asyncio.to_thread(_echo, server.port, LEGIT) == 0x0000
    finally:
        for sock in socks:
            sock.close()
        await server.stop()


def test_idle_connections_over_the_per_host_cap_are_closed_and_others_still_associate():
    asyncio.run(_per_host_cap())


async def _per_host_cap() -> None:
    server = _server(max_associations=2)     # not associated yet: 4 in all, 2 per host
    await server.start()
    socks: list[socket.socket] = []
    try:
        with peak_rss_growth() as growth:
            socks = await asyncio.to_thread(_open_idle, server.port, 150)
            closed = await asyncio.to_thread(_count_closed, socks, 148)
        assert closed == 148
        assert server.open_associations() == 2    # the two the cap allows are still held
        assert growth[0] < RSS_BOUND, f"server grew by {growth[0] / MIB:.1f} MiB"
        # a modality on another address is not starved by them
        assert await asyncio.to_thread(_echo, server.port, LEGIT) == 0x0000
        # and connections not associated yet are capped in all (4): two more hosts fill it
        pending_refusals = metric("medenclave_ingest_associations_rejected_total",
                                  {"reason": "pending_connections_limit"})
        socks += [await asyncio.to_thread(_connect, server.port, "127.0.0.3") for _ in range(2)]
        late = await asyncio.to_thread(_connect, server.port, "127.0.0.4")
        socks.append(late)
        assert await asyncio.to_thread(_closed_by_server, late, time.monotonic() + 10)
        assert metric("medenclave_ingest_associations_rejected_total",
                      {"reason": "pending_connections_limit"}) == pending_refusals + 1
        assert server.open_associations() == 4
    finally:
        for sock in socks:
            sock.close()
        await server.stop()


# -- ARTIM: silence, or a partial PDU ------------------------------------------------------

@pytest.mark.parametrize("sent", [b"", b"\x01\x00\x00", associate_rq()[:40]],
                         ids=["nothing", "partial-header", "partial-associate-rq"])
def test_a_connection_that_does_not_associate_is_closed_after_artim(sent):
    asyncio.run(_artim(sent))


def _silent(port: int, sent: bytes) -> bool:
    with _connect(port) as sock:
        sock.sendall(sent)
        return _closed_by_server(sock, time.monotonic() + 10)


async def _artim(sent: bytes) -> None:
    server = _server(artim_timeout_s=0.3)
    await server.start()
    try:
        assert await asyncio.to_thread(_silent, server.port, sent)
        await _until_no_connections(server)
    finally:
        await server.stop()


# -- the limits have safe defaults and cannot be switched off ------------------------------

def test_limits_cannot_be_set_to_unlimited(tmp_path):
    for bad in ({"max_pdu": 0}, {"max_object_bytes": 0}, {"max_pending_connections": 0},
                {"max_pending_per_host": 0}, {"dicom_artim_timeout_s": 0}):
        with pytest.raises(ValidationError):
            IngestSettings(data_dir=tmp_path, **bad)
    settings = IngestSettings(data_dir=tmp_path)
    assert (settings.max_pdu, settings.max_object_bytes) == (256 * 1024, 2 * 1024 ** 3)
    with pytest.raises(ValueError):
        _server(max_pdu=0)
    with pytest.raises(ValueError):
        _server(max_object_bytes=0)
