"""Issue 15, fuzzing: malformed input to ingest's parsers gives a clean refusal, never a crash.

Structure-aware inputs (:mod:`medenclave_testing.fuzz`: valid seeds under byte flips,
truncations, length fields at edge values, wrong VRs, nested undefined-length sequences, odd
character sets, random bytes), 10,000 per target, deterministic (input ``n`` is
``mutate(Random(n), seeds)``), each call under a wall-clock bound (a hang fails):

* the header walk and reader: an :class:`InstanceHeader` or :class:`Rejected`, nothing else;
  where the walk decides, pydicom's reading agrees;
* the PDU / DIMSE parsers: a result or :class:`ProtocolError`;
* STOW-RS: the request-head parser answers a result or :class:`Refused` with a 4xx/5xx; the
  multipart splitter gives in-bounds parts or its own errors; and 200 malformed requests to a
  running STOW server are each answered with a status (never 500, never a silent close), every
  refused instance quarantined;
* 200 malformed PDU streams to a running native SCP: only well-formed PDUs come back and it
  keeps serving.

The crashes it found have a regression test each, with the failing input, at the end.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import logging
import socket
import struct
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from random import Random

import pydicom
import pytest
from pydicom.data import get_charset_files, get_testdata_file
from pydicom.uid import (
    CTImageStorage,
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    JPEG2000Lossless,
    RLELossless,
)

from medenclave_ingest.adapters.inbound.dicom import header_walk
from medenclave_ingest.adapters.inbound.dicom.header_reader import DicomHeaderReader
from medenclave_ingest.adapters.inbound.dicom.native_server import NativeDicomServer
from medenclave_ingest.adapters.inbound.dicom.pdu import (
    ProtocolError,
    _uid,
    _us,
    accept_contexts,
    encode_command,
    parse_associate_rq,
    parse_command,
    parse_pdata,
)
from medenclave_ingest.adapters.inbound.stow import StowServer
from medenclave_ingest.adapters.inbound.stow_framing import Refused, RequestHead, parse_head
from medenclave_ingest.adapters.inbound.stow_http import HttpLimits
from medenclave_ingest.adapters.inbound.stow_multipart import (
    MultipartError,
    TooManyParts,
    split_parts,
)
from medenclave_ingest.core.assembler import StudyAssembler
from medenclave_ingest.core.instances import InstanceHeader, Rejected
from medenclave_ingest.core.refs import RefDeriver
from medenclave_testing.fuzz import Seed, dicom_anchors, mutate, sweep

from .test_ingest_core import MemoryAudit, MemoryCatalog, MemoryEvents, MemoryVault
from .test_ingest_dimse import RecordingCore, associate_rq

#: generous per-call bounds: a hang is minutes, these calls take milliseconds
BOUND_S = 5.0

# -- seeds ------------------------------------------------------------------------------------

_DICOM_FILES = ["CT_small.dcm", "MR_small.dcm", "MR_small_implicit.dcm",
                "MR_small_bigendian.dcm", "rtplan.dcm", "JPEG2000.dcm", "priv_SQ.dcm",
                "nested_priv_SQ.dcm", "UN_sequence.dcm", "reportsi.dcm", "image_dfl.dcm",
                "SC_rgb_rle.dcm", "no_meta_group_length.dcm"]
_CHARSET_FILES = ("chrJapMulti.dcm", "chrX1.dcm", "chrH31.dcm", "chrSQEncoding.dcm",
                  "chrKoreanMulti.dcm", "chrArab.dcm")


def _part10_seeds() -> list[Seed]:
    paths = [get_testdata_file(name) for name in _DICOM_FILES]
    paths += [p for p in get_charset_files() if Path(p).name in _CHARSET_FILES]
    seeds = []
    for path in paths:
        data = Path(path).read_bytes()
        if data[128:132] != b"DICM":  # a charset file without a preamble: give it one
            ds = pydicom.dcmread(io.BytesIO(data), force=True)
            ds.file_meta = pydicom.dataset.FileMetaDataset()
            ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
            ds.file_meta.MediaStorageSOPClassUID = CTImageStorage
            ds.file_meta.MediaStorageSOPInstanceUID = "1.2.3.4"
            buf = io.BytesIO()
            ds.save_as(buf, implicit_vr=False, little_endian=True)
            data = buf.getvalue()
        seeds.append(Seed(Path(path).name, data, dicom_anchors(data, 132)))
    return seeds


DICOM_SEEDS = _part10_seeds()
CT_SMALL = DICOM_SEEDS[0].data


# -- the header walk and reader ---------------------------------------------------------------

FAST, REFERENCE = DicomHeaderReader(), DicomHeaderReader(fast=False)


def _read(reader: DicomHeaderReader, data: bytes) -> InstanceHeader | str:
    try:
        return reader.parse(data)
    except Rejected as exc:
        return exc.reason_code


def _header_or_rejection(data: bytes) -> None:
    got = _read(FAST, data)
    assert isinstance(got, InstanceHeader | str)


def test_header_reader_answers_a_header_or_a_rejection():
    _header_or_rejection(CT_SMALL[:132] + b"\x02\x00\x10\x00UI\xff\xff")
    sweep(_header_or_rejection, DICOM_SEEDS, count=6_000, seconds=BOUND_S)


def _nonzero_item_delimiter() -> bytes:
    """reportsi.dcm with its first item delimiter given a length (pydicom refuses it; the
    walk used to accept it: the regression example)."""
    data = next(seed.data for seed in DICOM_SEEDS if seed.name == "reportsi.dcm")
    at = data.index(b"\xfe\xff\x0d\xe0\x00\x00\x00\x00", 132)
    return data[:at + 4] + b"SQ\x00\x00" + data[at + 8:]


def _patched(marker: bytes, offset: int, new: bytes) -> bytes:
    at = CT_SMALL.index(marker, 132) + offset
    return CT_SMALL[:at] + new + CT_SMALL[at + len(new):]


# regressions, each a verdict the walk gave where pydicom refuses or reads otherwise: the group
# length with another VR than UL, a Study Instance UID with VR AT, a NUL among the character
# set terms, an item delimiter with a non-zero length
WALK_REGRESSIONS = [CT_SMALL[:136] + b"FD" + CT_SMALL[138:],
                    _patched(b"\x20\x00\x0d\x00UI", 4, b"AT"),
                    _patched(b"\x08\x00\x05\x00CS", 9, b"\x00"),
                    _nonzero_item_delimiter()]


def _walk_agrees(data: bytes) -> None:
    """Where the walk decides, pydicom's reading gives the same header."""
    if len(data) < 132 or data[128:132] != b"DICM":
        data = data[:128].ljust(128, b"\x00") + b"DICM" + data[132:]
    try:
        walked = header_walk.walk(data)
    except header_walk.Truncated:
        return
    assert walked is None or isinstance(walked, header_walk.WalkedHeader)
    if walked is not None:
        fast, reference = _read(FAST, data), _read(REFERENCE, data)
        if isinstance(fast, InstanceHeader):
            assert fast == reference


@pytest.mark.parametrize("data", WALK_REGRESSIONS, ids=["group-length-vr", "uid-as-at",
                                                        "nul-in-charset", "item-delimiter"])
def test_header_walk_regressions_defer_to_pydicom(data):
    assert header_walk.walk(data) is None
    _walk_agrees(data)


def test_header_walk_decides_only_what_pydicom_agrees_with():
    sweep(_walk_agrees, DICOM_SEEDS, count=4_000, first=100_000, seconds=BOUND_S)


# -- PDUs and DIMSE ---------------------------------------------------------------------------

def _pdv(cid: int, control: int, data: bytes) -> bytes:
    return struct.pack(">IBB", len(data) + 2, cid, control) + data


def _store_command(sop_class: str, sop_instance: str) -> bytes:
    def ui(uid: str) -> bytes:
        raw = uid.encode()
        return raw + b"\x00" if len(raw) % 2 else raw
    return encode_command([(0x0002, ui(sop_class)), (0x0100, b"\x01\x00"), (0x0110, b"\x07\x00"),
                           (0x0700, b"\x00\x00"), (0x0800, b"\x00\x00"),
                           (0x1000, ui(sop_instance))])


def _pdu_seeds() -> tuple[list[Seed], list[Seed]]:
    rq = associate_rq(contexts=((1, CTImageStorage, [ExplicitVRLittleEndian, ImplicitVRLittleEndian]),
                                (3, "1.2.840.10008.1.1", [ImplicitVRLittleEndian]),
                                (5, "1.2.840.10008.5.1.4.1.1.4", [RLELossless, JPEG2000Lossless])))
    body = rq[6:]
    anchors = tuple(pos for pos in range(68, len(body) - 4)
                    if body[pos] in (0x10, 0x20, 0x30, 0x40, 0x50, 0x51, 0x52) and body[pos + 1] == 0)
    ds = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    command = _store_command(ds.SOPClassUID, ds.SOPInstanceUID)
    dataset = CT_SMALL[CT_SMALL.find(b"\x08\x00\x05\x00"):]  # the dataset after the file meta
    echo = encode_command([(0x0002, b"1.2.840.10008.1.1\x00"), (0x0100, b"\x30\x00"),
                           (0x0110, b"\x01\x00"), (0x0800, b"\x01\x01")])
    pdatas = [_pdv(1, 3, command) + _pdv(1, 2, dataset[:4000]),
              _pdv(1, 1, command[:20]) + _pdv(1, 3, command[20:]) + _pdv(1, 0, dataset[:600]),
              _pdv(3, 3, echo), _pdv(1, 2, dataset[4000:9000])]
    pdata_seeds = [Seed(f"pdata{i}", body, tuple(range(0, min(len(body), 400), 2)))
                   for i, body in enumerate(pdatas)]
    return [Seed("associate-rq", body, anchors)], pdata_seeds


RQ_SEEDS, PDATA_SEEDS = _pdu_seeds()


def _negotiate(body: bytes) -> None:
    """What the SCP does with an A-ASSOCIATE-RQ's body, up to the AC it would answer."""
    rq = parse_associate_rq(body)
    accept_contexts(rq.contexts)


def _dimse(body: bytes) -> None:
    """What the SCP reads from a P-DATA-TF's body: PDVs, the command set, its fields."""
    for _cid, control, fragment in parse_pdata(body):
        if control & 1:
            command = parse_command(bytes(fragment))
            _us(command, 0x0800)
            _us(command, 0x0100)
            _us(command, 0x0110)
            _uid(command.get(0x0002, b""))
            _uid(command.get(0x1000, b""))


def _negotiate_or_protocol_error(body: bytes) -> None:
    try:
        _negotiate(body)
    except ProtocolError:
        pass


def _dimse_or_protocol_error(body: bytes) -> None:
    try:
        _dimse(body)
    except ProtocolError:
        pass


def test_associate_rq_parses_or_raises_protocol_error():
    _negotiate_or_protocol_error(RQ_SEEDS[0].data[:68] + b"\x20\x00\x00\x02\x01\x00")
    sweep(_negotiate_or_protocol_error, RQ_SEEDS, count=4_000, random_max=512)


def test_pdata_and_command_sets_parse_or_raise_protocol_error():
    _dimse_or_protocol_error(_pdv(1, 3, b"\x00\x00\x00\x01\xff\xff\xff\xff"))
    sweep(_dimse_or_protocol_error, PDATA_SEEDS, count=6_000, random_max=512)


# -- STOW-RS: the head, the multipart splitter ------------------------------------------------

BOUNDARY = "fuzz-boundary"
CONTENT_TYPE = f'multipart/related; type="application/dicom"; boundary={BOUNDARY}'
_HEAD = (f"POST /studies HTTP/1.1\r\nHost: pacs\r\nAuthorization: Bearer good\r\n"
         f"Content-Type: {CONTENT_TYPE}\r\nContent-Length: 1234\r\n"
         f"Expect: 100-continue").encode()
_CHUNKED_HEAD = _HEAD.replace(b"Content-Length: 1234", b"Transfer-Encoding: chunked")


def _lines(data: bytes) -> tuple[int, ...]:
    return tuple(i + 2 for i in range(len(data)) if data[i:i + 2] == b"\r\n") + (0,)


def multipart(parts: list[bytes], boundary: str = BOUNDARY) -> bytes:
    out = b""
    for data in parts:
        out += f"--{boundary}\r\nContent-Type: application/dicom\r\n\r\n".encode() + data + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


_BODIES = [multipart([CT_SMALL[:3000]]), multipart([b"x" * 40, b"", CT_SMALL[:700]]),
           b"preamble\r\n" + multipart([b"abc"]) + b"epilogue",
           multipart([b"--" + BOUNDARY.encode() + b"\r\n"])]
STOW_SEEDS = [Seed(f"body{i}", body, _lines(body)) for i, body in enumerate(_BODIES)]
HEAD_SEEDS = [Seed("head", _HEAD, _lines(_HEAD)), Seed("chunked", _CHUNKED_HEAD, _lines(_CHUNKED_HEAD))]


def _head_or_refusal(raw: bytes) -> None:
    try:
        head = parse_head(raw, "127.0.0.1", method="POST")
    except Refused as exc:
        assert 400 <= exc.answer.status < 600
        return
    assert isinstance(head, RequestHead)
    assert head.content_length is None or head.content_length >= 0


def test_request_head_parses_or_is_refused_with_a_4xx_5xx():
    _head_or_refusal(b"POST /studies HTTP/1.1\r\nContent-Length: \xff\xfe")
    sweep(_head_or_refusal, HEAD_SEEDS, count=3_000, random_max=600)


_CONTENT_TYPES = [CONTENT_TYPE, 'multipart/related; boundary="fuzz-boundary"',
                  "multipart/related; boundary=b", "multipart/related",
                  "multipart/related; boundary=" + "x" * 71, "multipart/related; boundary=é",
                  "text/plain"]


def _split_in_bounds(body: bytes) -> None:
    rng = Random(len(body))
    content_type, chunk = rng.choice(_CONTENT_TYPES), rng.choice((7, 64, 1024 * 1024))
    try:
        spans = split_parts(content_type, io.BytesIO(body), len(body), max_parts=20,
                            chunk_bytes=chunk)
    except (MultipartError, TooManyParts):
        return
    assert len(spans) <= 20
    for span in spans:
        assert span.offset >= 0 and span.length >= 0
        assert span.offset + span.length <= len(body)


def test_multipart_split_gives_parts_inside_the_body_or_its_own_errors():
    sweep(_split_in_bounds, STOW_SEEDS, count=7_000, random_max=2048)


# -- 200 malformed requests to a running STOW server ------------------------------------------

class _Stow:
    """A StowServer on loopback in front of a real StudyAssembler over in-memory stores; it
    records every instance the assembler refused (and so should have quarantined)."""

    def __init__(self, tmp_path: Path) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.vault, self.quarantine, self.catalog = MemoryVault(), MemoryVault(), MemoryCatalog()
        self.refs = RefDeriver(b"k" * 32)
        self.assembler = StudyAssembler(
            parser=DicomHeaderReader(), refs=self.refs, vault=self.vault,
            quarantine=self.quarantine, catalog=self.catalog, events=MemoryEvents(),
            audit=MemoryAudit(), quiet_period_s=30.0)
        self.refused: list[bytes] = []
        receive = self.assembler.receive

        async def recording(*, data: bytes, **kwargs):
            try:
                return await receive(data=data, **kwargs)
            except Rejected:
                self.refused.append(data)
                raise
        self.assembler.receive = recording  # type: ignore[method-assign]
        self.server = StowServer(
            assembler=self.assembler, parser=DicomHeaderReader(), loop=self.loop,
            authorize=self._authorize, host="127.0.0.1", port=0, spool_dir=tmp_path / "spool",
            limits=HttpLimits(header_timeout_s=2.0, body_idle_timeout_s=0.5),
            max_part_bytes=64 * 1024, max_parts=50)
        self.server.start()

    @staticmethod
    async def _authorize(token: str) -> tuple[str, str]:
        return ("pacs", "") if token == "good" else ("", "unauthenticated")

    def close(self) -> None:
        self.server.stop()
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


def _post(port: int, request: bytes) -> int:
    """Send ``request``; the status the server answers before it closes (0: no answer)."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        try:
            sock.sendall(request)
        except OSError:
            pass  # refused early and closed while we were still sending: the answer counts
        data = b""
        try:
            while chunk := sock.recv(65536):
                data += chunk
        except ConnectionResetError:
            pass
    if data.startswith(b"HTTP/1.1 100 "):  # the interim answer to Expect: 100-continue
        data = data.partition(b"\r\n\r\n")[2]
    return int(data[9:12]) if data.startswith(b"HTTP/1.1 ") else 0


def _requests(count: int) -> list[bytes]:
    """Malformed bodies with a matching Content-Length, and malformed heads."""
    out = []
    for n in range(count):
        rng = Random(n)
        body = mutate(rng, STOW_SEEDS, random_max=2048)
        if n % 4:
            out.append(b"POST /studies HTTP/1.1\r\nAuthorization: Bearer good\r\n"
                       b"Content-Type: " + CONTENT_TYPE.encode()
                       + f"\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
        else:
            out.append(mutate(rng, HEAD_SEEDS, random_max=600) + b"\r\n\r\n" + body)
    return out


def test_malformed_stow_requests_are_answered_with_a_status_and_refusals_quarantined(tmp_path):
    stow = _Stow(tmp_path)
    try:
        requests = _requests(200)
        with ThreadPoolExecutor(8) as pool:
            statuses = list(pool.map(lambda r: _post(stow.server.port, r), requests))
        # every request answered (never a silent close), never an internal error
        assert 0 not in statuses and 500 not in statuses, sorted(set(statuses))
        assert all(s in (200, 202) or 400 <= s < 600 for s in statuses), sorted(set(statuses))
        assert any(s >= 400 for s in statuses)
        # every instance the assembler refused is quarantined, and only valid ones are stored
        assert stow.refused
        quarantined = set(stow.catalog.quarantine)
        for data in stow.refused:
            assert stow.refs.quarantine_id(hashlib.sha256(data).hexdigest()) in quarantined
        for data in stow.vault.objects.values():
            assert isinstance(DicomHeaderReader().parse(data), InstanceHeader)
    finally:
        stow.close()


# -- 200 malformed PDU streams to a running native SCP ----------------------------------------

_PDU_TYPES = {0x02, 0x03, 0x04, 0x06, 0x07}


def _well_formed(answer: bytes) -> bool:
    pos = 0
    while pos < len(answer):
        if len(answer) - pos < 6 or answer[pos] not in _PDU_TYPES:
            return False
        pos += 6 + struct.unpack_from(">I", answer, pos + 2)[0]
    return pos == len(answer)


def _stream(port: int, payload: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        try:
            sock.sendall(payload)
            sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # aborted while we were still sending
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except ConnectionResetError:
            pass
        return b"".join(chunks)


def _pdu_streams(count: int) -> list[bytes]:
    rq = associate_rq(contexts=((1, CTImageStorage, [ExplicitVRLittleEndian]),
                                (3, "1.2.840.10008.1.1", [ImplicitVRLittleEndian])))
    pdatas = [struct.pack(">BBI", 4, 0, len(seed.data)) + seed.data for seed in PDATA_SEEDS]
    release = b"\x05\x00\x00\x00\x00\x04\x00\x00\x00\x00"
    streams = [Seed(f"assoc{i}", rq + pdata + release, tuple(range(0, 400, 2)))
               for i, pdata in enumerate(pdatas)]
    return [mutate(Random(n), streams, random_max=1024) for n in range(count)]


class _Failures(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.codes: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        fields = getattr(record, "fields", {}) or {}
        self.codes.append(f'{getattr(record, "code", "")} {fields.get("error", "")}')


def test_malformed_pdu_streams_get_only_pdus_back_and_the_scp_keeps_serving():
    assert asyncio.run(_malformed_streams()) == 0   # no association ended in an exception


async def _malformed_streams() -> int:
    """Returns how many associations ended in an exception (ING-111)."""
    core = RecordingCore()
    server = NativeDicomServer(assembler=core, ae_title="MEDENCLAVE",  # type: ignore[arg-type]
                               host="127.0.0.1", port=0, max_pdu=65536, artim_timeout_s=2.0)
    failures = _Failures()
    logger = logging.getLogger("medenclave_ingest.adapters.inbound.dicom.native_server")
    logger.addHandler(failures)
    await server.start()
    try:
        streams = _pdu_streams(200)
        for stream in streams:
            answer = await asyncio.to_thread(_stream, server.port, stream)
            assert _well_formed(answer), answer[:64]
        # still serving: a clean association with a C-ECHO
        rq = associate_rq(contexts=((3, "1.2.840.10008.1.1", [ImplicitVRLittleEndian]),))
        echo = encode_command([(0x0002, b"1.2.840.10008.1.1\x00"), (0x0100, b"\x30\x00"),
                               (0x0110, b"\x01\x00"), (0x0800, b"\x01\x01")])
        pdata = _pdv(3, 3, echo)
        answer = await asyncio.to_thread(
            _stream, server.port, rq + struct.pack(">BBI", 4, 0, len(pdata)) + pdata
            + b"\x05\x00\x00\x00\x00\x04\x00\x00\x00\x00")
        assert answer[0] == 0x02 and b"\x06\x00\x00\x00\x00\x04" in answer
    finally:
        await server.stop()
        logger.removeHandler(failures)
    crashes = [code for code in failures.codes if code.startswith("ING-111")]
    return len(crashes)


# -- crashes the fuzzer found: the failing inputs ---------------------------------------------

def test_non_ascii_uid_in_a_command_gets_a_clean_answer():
    """Found by the fuzzer: a non-ASCII UID in a command set is a malformed PDU (A-ABORT),
    not an exception that resets the connection."""
    command = parse_command(encode_command([(0x0002, b"1.2.840\xff\x00"), (0x0100, b"\x30\x00"),
                                            (0x0110, b"\x01\x00"), (0x0800, b"\x01\x01")]))
    with pytest.raises(ProtocolError, match="malformed UID"):
        _uid(command[0x0002])
    assert _uid(b"1.2.840.10008.1.1\x00") == "1.2.840.10008.1.1"


def test_a_long_non_ascii_transfer_syntax_gets_a_clean_answer():
    """Found by the fuzzer: a 30,000-byte non-ASCII transfer syntax is a malformed PDU, not a
    length overflow when the A-ASSOCIATE-AC echoes it."""
    sub = b"\x30\x00\x00\x05" + b"1.2.3" + b"\x40\x00" + struct.pack(">H", 30_000) + b"\xff" * 30_000
    body = (b"\x00\x01\x00\x00" + b"MEDENCLAVE".ljust(16) + b"SCU".ljust(16) + b"\x00" * 32
            + b"\x10\x00\x00\x15" + b"1.2.840.10008.3.1.1.1"
            + b"\x20\x00" + struct.pack(">H", len(sub) + 4) + b"\x01\x00\x00\x00" + sub)
    with pytest.raises(ProtocolError, match="malformed UID"):
        parse_associate_rq(body)
