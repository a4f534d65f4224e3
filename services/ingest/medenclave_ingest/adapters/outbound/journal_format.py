"""The journal's on-disk form: record layout, checksums, segment files, indexes, positions.

Layout of a record::

    b"MEJ2" | header length (u32) | body length (u64) | CRC-32C(header + body) (u32)
    | header (JSON: {"k": key, "r": record}) | body (envelope)

(``MEJ1`` records, written before, carry zlib's CRC-32 instead and are still read; CRC-32C
runs on the processor's CRC instruction, several times faster on a 512 KiB CT slice.)

Records are appended to pre-allocated segment files ``<n>.seg`` (``n`` as eight digits); a
segment that is left gets an index file ``<n>.idx`` (one JSON line ``[key, offset, header
length, body length]`` per record) so a restart reads only the last segment. A position
``"<segment>:<offset>"`` orders records. The vault over these files, which keeps the index in
memory and serialises the appends, is :mod:`~medenclave_ingest.adapters.outbound.journal_vault`.
"""

from __future__ import annotations

import json
import os
import struct
import uuid
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import google_crc32c

from medenclave.files import fsync_directory, write_private

if TYPE_CHECKING:  # the cipher is passed in; imported for annotations only
    from medenclave.security.crypto import EnvelopeCipher

__all__ = [
    "MAGIC",
    "RECORD_HEAD",
    "EncodedRecord",
    "RecordLocation",
    "create_segment",
    "encode_record",
    "load_journal_id",
    "parse_position",
    "position_of",
    "read_body",
    "read_header",
    "read_segment_index",
    "scan_segment",
    "segment_numbers",
    "segment_path",
    "write_segment_index",
]

MAGIC = b"MEJ2"
_CHECKSUMS = {b"MEJ1": zlib.crc32, MAGIC: google_crc32c.value}   # magic → checksum of a record
#: the fixed head of a record: magic, header length, body length, checksum
RECORD_HEAD = struct.Struct(">4sIQI")
_MAX_HEADER = 1 << 20


@dataclass(frozen=True)
class EncodedRecord:
    """A record ready to append: its buffers, in order, and its lengths."""

    key: str
    parts: list[bytes]
    header_len: int
    body_len: int


@dataclass(frozen=True)
class RecordLocation:
    """Where a record lies: its segment, its offset there, and its lengths."""

    segment: int
    offset: int
    header_len: int
    body_len: int


def position_of(segment: int, offset: int) -> str:
    """The position of ``offset`` in ``segment``: ``"<segment>:<offset>"``, ordered as text.

    Args:
        segment: the segment number.
        offset: the byte offset in it.

    Returns:
        The position, zero-padded so positions sort in journal order.
    """
    return f"{segment:08d}:{offset:012d}"


def parse_position(position: str) -> tuple[int, int]:
    """``(segment, offset)`` of a position; ``(0, -1)`` for "" (before every record).

    Args:
        position: what :func:`position_of` gave, or "".

    Raises:
        ValueError: not a position.
    """
    if not position:
        return (0, -1)
    segment, _, offset = position.partition(":")
    return int(segment), int(offset)


def encode_record(cipher: EnvelopeCipher, key: str, data: bytes,
                  record: Mapping[str, Any] | None) -> EncodedRecord:
    """Encrypt an object and lay it out, with its catalog record, as one journal record.

    Args:
        cipher: envelope cipher; the key is bound as associated data.
        key: the vault key of the object.
        data: the object.
        record: the catalog record kept with it (plain JSON values), or None.

    Returns:
        The record's buffers (head, header, envelope, ciphertext; not joined) and lengths.
    """
    header = json.dumps({"k": key, "r": dict(record) if record is not None else None},
                        separators=(",", ":")).encode()
    envelope, ciphertext = cipher.encrypt_parts(data, aad=key.encode())
    body_len = len(envelope) + len(ciphertext)
    crc = google_crc32c.extend(google_crc32c.value(header + envelope), ciphertext)
    parts = [RECORD_HEAD.pack(MAGIC, len(header), body_len, crc), header, envelope, ciphertext]
    return EncodedRecord(key, parts, len(header), body_len)


def scan_segment(fd: int, segment: int, index: dict[str, RecordLocation],
                 shredded: frozenset[tuple[int, int]] = frozenset()) -> int:
    """Index the valid records of a segment; where the first invalid one starts.

    The scan stops at the first record that is torn (short, or its checksum does not
    match) or not a record: nothing after it was acknowledged.

    Args:
        fd: the segment file, open for reading.
        segment: its number.
        index: key → location; each valid record's key is set.
        shredded: ``(segment, offset)`` of crypto-shredded records (:func:`read_shredded`):
            their checksum no longer matches by design; they are stepped over, not indexed.

    Raises:
        OSError: the file could not be read.
        ValueError: a record with a valid checksum holds no JSON header.
    """
    size = os.fstat(fd).st_size
    offset = 0
    while offset + RECORD_HEAD.size <= size:
        magic, hlen, blen, crc = RECORD_HEAD.unpack(os.pread(fd, RECORD_HEAD.size, offset))
        end = offset + RECORD_HEAD.size + hlen + blen
        checksum = _CHECKSUMS.get(magic)
        if checksum is None or hlen > _MAX_HEADER or end > size:
            break
        if (segment, offset) in shredded:
            offset = end
            continue
        payload = os.pread(fd, hlen + blen, offset + RECORD_HEAD.size)
        if len(payload) != hlen + blen or checksum(payload) != crc:
            break  # torn tail: nothing after it was acknowledged
        header = json.loads(payload[:hlen])
        index[header["k"]] = RecordLocation(segment, offset, hlen, blen)
        offset = end
    return offset


def read_header(fd: int, where: RecordLocation) -> dict[str, Any]:
    """The JSON header of a record: ``{"k": key, "r": catalog record or None}``.

    Args:
        fd: its segment file.
        where: the record.

    Raises:
        OSError: the file could not be read.
        ValueError: the header is not JSON.
    """
    return json.loads(os.pread(fd, where.header_len, where.offset + RECORD_HEAD.size))


def read_body(fd: int, where: RecordLocation) -> bytes:
    """The body of a record: the envelope-encrypted object.

    Args:
        fd: its segment file.
        where: the record.

    Raises:
        OSError: the file could not be read.
    """
    return os.pread(fd, where.body_len, where.offset + RECORD_HEAD.size + where.header_len)


def segment_path(directory: Path, segment: int) -> Path:
    """The file of segment ``segment`` in the journal directory."""
    return directory / f"{segment:08d}.seg"


def segment_numbers(directory: Path) -> list[int]:
    """The numbers of the segment files in ``directory``, ascending (none: empty)."""
    if not directory.exists():
        return []
    return sorted(int(p.stem) for p in directory.glob("*.seg") if p.stem.isdigit())


def create_segment(directory: Path, segment: int, size: int) -> int:
    """Create a segment file allocated to ``size`` bytes, durable with its directory entry.

    Args:
        directory: the journal directory.
        segment: the new segment's number.
        size: bytes to allocate (an append then changes no file size).

    Returns:
        The file descriptor, open for reading and writing.

    Raises:
        OSError: the file could not be made.
    """
    fd = os.open(segment_path(directory, segment), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        os.posix_fallocate(fd, 0, size)
    except OSError:
        os.ftruncate(fd, size)  # file systems without fallocate
    os.fsync(fd)
    fsync_directory(directory)
    return fd


def load_journal_id(directory: Path, *, create: bool) -> str:
    """The journal's stable id, kept in the file ``id`` of the journal directory.

    Args:
        directory: the journal directory.
        create: make a new id (durably) when there is none; else "" then.

    Raises:
        OSError: the file could not be read or written.
    """
    ident = directory / "id"
    if not ident.exists():
        if not create:
            return ""
        write_private(ident, uuid.uuid4().hex, mode=0o644)
    return ident.read_text().strip()


def read_segment_index(directory: Path, segment: int, index: dict[str, RecordLocation],
                       shredded: frozenset[tuple[int, int]] = frozenset()) -> bool:
    """Load a left segment's index file into ``index``.

    Args:
        directory: the journal directory.
        segment: the segment.
        index: key → location; each record's key is set (shredded records are left out).
        shredded: ``(segment, offset)`` of crypto-shredded records.

    Returns:
        False when the segment has no index file (scan it instead).

    Raises:
        OSError, ValueError: the index file could not be read.
    """
    idx = directory / f"{segment:08d}.idx"
    if not idx.exists():
        return False
    for line in idx.read_text().splitlines():
        key, offset, hlen, blen = json.loads(line)
        if (segment, offset) not in shredded:
            index[key] = RecordLocation(segment, offset, hlen, blen)
    return True


def write_segment_index(directory: Path, segment: int,
                        entries: Iterable[tuple[str, RecordLocation]]) -> None:
    """Write a segment's index file durably (a temporary file synced, then renamed).

    Args:
        directory: the journal directory.
        segment: the segment.
        entries: ``(key, location)`` of its records.

    Raises:
        OSError: the file could not be written.
    """
    lines = [json.dumps([k, w.offset, w.header_len, w.body_len]) for k, w in entries]
    write_private(directory / f"{segment:08d}.idx", "\n".join(lines), mode=0o644)

