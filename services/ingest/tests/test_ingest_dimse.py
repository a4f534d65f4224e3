"""The native DICOM engine (adapters/inbound/dicom/native_server.py): PDU parsing on malformed
input, presentation context negotiation, the Part 10 bytes it builds, and a live server that aborts bad
associations (truncated, oversized, unknown, out-of-order PDUs) and keeps serving others —
with pynetdicom and dcmtk's echoscu/storescu as the peers (the core is a recording fake)."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import struct
import subprocess
import time
from pathlib import Path

import pytest
from pydicom.uid import (
    CTImageStorage,
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    JPEGBaseline8Bit,
    RLELossless,
    generate_uid,
)
from pynetdicom import AE
from pynetdicom.dsutils import create_file_meta, encode_file_meta
from pynetdicom.sop_class import Verification  # type: ignore[attr-defined]

from medenclave_ingest.adapters.inbound.dicom.native_server import NativeDicomServer
from medenclave_ingest.adapters.inbound.dicom.pdu import (
    ProtocolError,
    accept_contexts,
    encode_command,
    parse_associate_rq,
    parse_command,
    parse_pdata,
    part10,
)
from medenclave_testing import free_port

# -- pure functions ---------------------------------------------------------------------------

def _item(kind: int, value: bytes) -> bytes:
    return struct.pack(">BBH", kind, 0, len(value)) + value


def associate_rq(*, called: str = "MEDENCLAVE", calling: str = "RAWSCU",
                 contexts=((1, CTImageStorage, [ExplicitVRLittleEndian]),),
                 max_pdu: int = 16384) -> bytes:
    body = struct.pack(">HH", 1, 0) + called.ljust(16).encode() + calling.ljust(16).encode()
    body += b"\x00" * 32 + _item(0x10, b"1.2.840.10008.3.1.1.1")
    for cid, abstract, syntaxes in contexts:
        sub = _item(0x30, str(abstract).encode()) + b"".join(
            _item(0x40, str(ts).encode()) for ts in syntaxes)
        body += _item(0x20, bytes((cid, 0, 0, 0)) + sub)
    body += _item(0x50, _item(0x51, struct.pack(">I", max_pdu)) + _item(0x52, b"1.2.3.4"))
    return struct.pack(">BBI", 1, 0, len(body)) + body


def test_associate_rq_is_parsed_and_contexts_negotiated():
    rq = parse_associate_rq(associate_rq(contexts=[
        (1, CTImageStorage, ["1.2.3.999", JPEGBaseline8Bit, ExplicitVRLittleEndian]),
        (3, "1.2.3.4.5.6", [ExplicitVRLittleEndian]),
        (5, CTImageStorage, ["1.2.3.999"]),
        (7, Verification, [ExplicitVRLittleEndian, ImplicitVRLittleEndian])])[6:])
    assert (rq.called_ae, rq.calling_ae, rq.max_pdu) == ("MEDENCLAVE", "RAWSCU", 16384)
    assert rq.implementation_class_uid == "1.2.3.4"
    results = accept_contexts(rq.contexts)
    assert [(cid, result) for cid, result, _, _ in results] == [(1, 0), (3, 3), (5, 4), (7, 0)]
    assert results[0][3] == JPEGBaseline8Bit       # the first proposed syntax we support wins
    assert results[3][3] == ExplicitVRLittleEndian


@pytest.mark.parametrize("body", [
    b"",                                              # shorter than the fixed fields
    associate_rq()[6:60],                             # truncated
    associate_rq()[6:74] + b"\x10\x00\xff\xff",      # item longer than the PDU
    associate_rq()[6:74] + b"\x10\x00",              # truncated item header
    associate_rq(contexts=())[6:],                    # no presentation context
    associate_rq()[6:74] + _item(0x20, b"\x01"),      # context item too short
])
def test_malformed_associate_rq_is_refused(body):
    with pytest.raises(ProtocolError):
        parse_associate_rq(body)


@pytest.mark.parametrize("body", [
    b"",                                              # no PDV
    b"\x00\x00\x00",                                  # truncated item
    struct.pack(">IBB", 1, 1, 3),                     # PDV length below 2
    struct.pack(">IBB", 50, 1, 3) + b"x" * 10,        # PDV longer than the PDU
])
def test_malformed_pdata_is_refused(body):
    with pytest.raises(ProtocolError):
        parse_pdata(body)


def test_command_sets_round_trip_and_malformed_ones_are_refused():
    encoded = encode_command([(0x0100, struct.pack("<H", 0x0030)),
                              (0x0110, struct.pack("<H", 7))])
    command = parse_command(encoded)
    assert struct.unpack("<H", command[0x0100])[0] == 0x0030
    assert struct.unpack("<I", command[0x0000])[0] == len(encoded) - 12
    with pytest.raises(ProtocolError):
        parse_command(encoded[:-1])
    with pytest.raises(ProtocolError):
        parse_command(struct.pack("<HHI", 8, 0x10, 0))          # not group 0000
    pdvs = parse_pdata(struct.pack(">IBB", 2 + len(encoded), 1, 3) + encoded)
    assert [(cid, control, bytes(data)) for cid, control, data in pdvs] == [(1, 3, encoded)]


@pytest.mark.parametrize("sop_instance", ["1.2.3.4", "1.2.3.45"])   # odd and even lengths
@pytest.mark.parametrize("syntax", [ExplicitVRLittleEndian, RLELossless])
def test_part10_is_byte_identical_to_pynetdicoms(sop_instance, syntax):
    body = b"\x08\x00\x16\x00UI\x04\x001.2\x00"
    expected = b"\x00" * 128 + b"DICM" + encode_file_meta(create_file_meta(
        sop_class_uid=CTImageStorage, sop_instance_uid=sop_instance,
        transfer_syntax=syntax)) + body
    assert part10(body, sop_class=CTImageStorage, sop_instance=sop_instance,
                  transfer_syntax=syntax) == expected


# -- a live server ----------------------------------------------------------------------------

class RecordingCore:
    """Stands in for the StudyAssembler (our own port): records what the SCP hands over."""

    def __init__(self) -> None:
        self.received: list[tuple[bytes, str, str]] = []

    async def receive(self, *, data: bytes, calling_ae: str, trace_context: dict,
                      expected_sop_class: str) -> None:
        self.received.append((data, calling_ae, expected_sop_class))


def _raw(port: int, payload: bytes, *, close_write: bool = True) -> bytes:
    """Send ``payload`` on a fresh connection (then close our side, as a requestor does after
    an A-ABORT or A-ASSOCIATE-RJ); everything the server answers until it closes."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        sock.sendall(payload)
        if close_write:
            sock.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
        return b"".join(chunks)


def _pynetdicom_store(port: int, ds) -> tuple[int, int]:
    ae = AE(ae_title="GOODSCU")
    ae.add_requested_context(CTImageStorage, ExplicitVRLittleEndian)
    ae.add_requested_context(Verification)
    assoc = ae.associate("127.0.0.1", port, ae_title="MEDENCLAVE")
    assert assoc.is_established
    try:
        return int(assoc.send_c_echo().Status), int(assoc.send_c_store(ds).Status)
    finally:
        assoc.release()


def test_bad_associations_are_aborted_and_the_server_keeps_serving(dicom):
    asyncio.run(_bad_associations(dicom))


async def _bad_associations(dicom) -> None:
    core = RecordingCore()
    server = NativeDicomServer(assembler=core, ae_title="MEDENCLAVE",  # type: ignore[arg-type]
                               host="127.0.0.1", port=0, max_pdu=16384, artim_timeout_s=1.0)
    await server.start()
    port = server.port
    abort = b"\x07\x00\x00\x00\x00\x04"
    try:
        # an HTTP request: unknown PDU type → A-ABORT (unrecognised PDU)
        got = await asyncio.to_thread(_raw, port, b"GET / HTTP/1.1\r\n\r\n")
        assert got.startswith(abort) and got[9] == 0x01
        # P-DATA before any association → A-ABORT (unexpected PDU)
        got = await asyncio.to_thread(_raw, port, b"\x04\x00\x00\x00\x00\x06" + b"\x00" * 6)
        assert got.startswith(abort) and got[9] == 0x02
        # an A-ASSOCIATE-RQ whose item runs past its PDU → A-ABORT
        bad = associate_rq()
        bad = bad[:74] + b"\x10\x00\xff\xff" + bad[78:]
        assert (await asyncio.to_thread(_raw, port, bad)).startswith(abort)
        # a truncated PDU, then the sender goes away → nothing answered, no crash
        await asyncio.to_thread(_raw, port, associate_rq()[:40], close_write=True)
        # silence after connecting → the ARTIM timer aborts the connection
        assert (await asyncio.to_thread(_raw, port, b"", close_write=False)).startswith(abort)
        # a P-DATA PDU over our maximum length inside an association → A-ABORT
        oversized = associate_rq() + struct.pack(">BBI", 4, 0, 100_000) + b"\x00" * 64
        got = await asyncio.to_thread(_raw, port, oversized)
        assert got[0] == 0x02 and abort in got          # A-ASSOCIATE-AC, then A-ABORT
        # the called AE title must match → A-ASSOCIATE-RJ 1/1/7
        got = await asyncio.to_thread(_raw, port, associate_rq(called="SOMEONE"))
        assert got == b"\x03\x00\x00\x00\x00\x04\x00\x01\x01\x07"
        # a dataset fragment on a context that was not accepted → A-ABORT
        stray = associate_rq() + struct.pack(">BBIIBB", 4, 0, 8, 4, 3, 2) + b"ab"
        got = await asyncio.to_thread(_raw, port, stray)
        assert got[0] == 0x02 and abort in got
        assert core.received == []

        # and a well-behaved sender is served: C-ECHO and C-STORE, Part 10 bytes handed over
        ds = dicom.ct_study(1)[0]
        assert await asyncio.to_thread(_pynetdicom_store, port, ds) == (0x0000, 0x0000)
        [(data, calling_ae, expected)] = core.received
        assert (calling_ae, expected) == ("GOODSCU", CTImageStorage)
        assert data[128:132] == b"DICM" and str(ds.SOPInstanceUID).encode() in data[:400]
        deadline = time.monotonic() + 10
        while server.open_associations() and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        assert server.open_associations() == 0
    finally:
        await server.stop()


def _dataset_offset(data: bytes) -> int:
    (group_length,) = struct.unpack("<I", data[140:144])
    return 144 + group_length


def test_dcmtk_echoscu_and_storescu(tmp_path: Path, dicom):
    if shutil.which("storescu") is None or shutil.which("echoscu") is None:
        pytest.skip("dcmtk's storescu/echoscu are not installed: apt-get install dcmtk")
    asyncio.run(_dcmtk(tmp_path, dicom))


async def _dcmtk(tmp_path: Path, dicom) -> None:
    core = RecordingCore()
    server = NativeDicomServer(assembler=core, ae_title="MEDENCLAVE",  # type: ignore[arg-type]
                               host="127.0.0.1", port=free_port(), max_pdu=8192)
    await server.start()
    files = []
    study, series = generate_uid(), generate_uid()
    for i in range(3):
        ds = dicom.ct_instance(study, series, i + 1, size=128)     # 32 KiB of pixels
        path = tmp_path / f"{i}.dcm"
        path.write_bytes(dicom.part10(ds))
        files.append(path)
    try:
        echo = await asyncio.to_thread(subprocess.run, [
            "echoscu", "-aet", "ECHOSCU", "-aec", "MEDENCLAVE", "127.0.0.1",
            str(server.port)], capture_output=True, text=True, timeout=60)
        assert echo.returncode == 0, echo.stderr
        sent = await asyncio.to_thread(subprocess.run, [
            "storescu", "-v", "-aet", "STORESCU", "-aec", "MEDENCLAVE", "127.0.0.1",
            str(server.port), *map(str, files)], capture_output=True, text=True, timeout=60)
        assert sent.returncode == 0, sent.stderr
        assert sent.stderr.count("Received Store Response (Success)") == 3
        assert len(core.received) == 3
        # storescu's 8 KiB PDUs (our maximum) reassembled into the bytes it read from disk
        for (data, _, _), path in zip(core.received, files):
            original = path.read_bytes()
            assert len(data) > 8192
            assert data[_dataset_offset(data):] == original[_dataset_offset(original):]
    finally:
        await server.stop()


def test_concurrent_dcmtk_senders_each_stored_once(tmp_path: Path, dicom):
    """Four storescu processes at once, each its own association: every instance arrives once,
    byte for byte, and the associations do not block one another."""
    if shutil.which("storescu") is None:
        pytest.skip("dcmtk's storescu is not installed: apt-get install dcmtk")
    asyncio.run(_concurrent(tmp_path, dicom))


async def _concurrent(tmp_path: Path, dicom) -> None:
    core = RecordingCore()
    server = NativeDicomServer(assembler=core, ae_title="MEDENCLAVE",  # type: ignore[arg-type]
                               host="127.0.0.1", port=free_port(), max_associations=8)
    await server.start()
    senders: list[list[Path]] = []
    for s in range(4):
        study, series = generate_uid(), generate_uid()
        folder = tmp_path / f"sender{s}"
        folder.mkdir()
        files = []
        for i in range(12):
            path = folder / f"{i}.dcm"
            path.write_bytes(dicom.part10(dicom.ct_instance(study, series, i + 1, size=64)))
            files.append(path)
        senders.append(files)
    try:
        runs = await asyncio.gather(*(asyncio.to_thread(subprocess.run, [
            "storescu", "-v", "-aet", f"SCU{s}", "-aec", "MEDENCLAVE", "127.0.0.1",
            str(server.port), *map(str, files)], capture_output=True, text=True, timeout=120,
            env={**os.environ, "TCP_NODELAY": "1"}) for s, files in enumerate(senders)))
        for run in runs:
            assert run.returncode == 0, run.stderr[-500:]
            assert run.stderr.count("Received Store Response (Success)") == 12
        assert len(core.received) == 48
        received = {data[_dataset_offset(data):] for data, _, _ in core.received}
        for files in senders:
            for path in files:
                original = path.read_bytes()
                assert original[_dataset_offset(original):] in received
        assert {calling for _, calling, _ in core.received} == {"SCU0", "SCU1", "SCU2", "SCU3"}
    finally:
        await server.stop()
