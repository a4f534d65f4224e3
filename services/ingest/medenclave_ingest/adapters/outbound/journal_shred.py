"""Crypto-shredding of journal records: the object's data key is destroyed in place.

A journal record's body is an envelope (:class:`~medenclave.security.crypto.EnvelopeCipher`):
magic, key id, the data key wrapped by the key-encryption key, nonce, ciphertext. The wrapped
data key is the only copy of the object's key; overwriting it with zeros (and syncing) makes
the ciphertext unreadable at once, even to a holder of the KEK. The bytes stay in the segment
until compaction rewrites it.

Order, so that a crash never ends the journal's scan early: the record is first listed in the
shred log (``journal/shredded``, one JSON line ``[segment, offset, key]``, fsynced), then its
key is overwritten. The scan steps over a listed record whatever its checksum says (it is
never indexed again), and compaction zeroes every listed record, so one listed before a
crash that stopped its overwrite is destroyed by the next compaction (the service compacts
at start-up and after each erasure).

Compaction (:func:`punch_record`) reclaims the space of shredded records in place: their
header and body are zeroed and the whole blocks among them are deallocated
(``fallocate(PUNCH_HOLE | KEEP_SIZE)``); only the 20-byte record head stays, so the scan
still steps over them. Records keep their offsets: positions, index files, the shred log
and the catalog checkpoint stay valid, nothing is copied or swapped, and appends (at the
journal's end, under the vault lock) go on while it runs.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import json
import os
import struct
from collections.abc import Callable, Iterable
from pathlib import Path

from medenclave.files import fsync_directory
from medenclave_ingest.adapters.outbound.journal_format import RECORD_HEAD, RecordLocation

__all__ = ["SHRED_LOG", "ShredLog", "punch_record", "read_shred_log", "shred_records",
           "shred_span"]

SHRED_LOG = "shredded"
_ENVELOPE_MAGIC = b"MEV1"


class ShredLog:
    """What the shred log lists: record locations, and per key the last shredded one."""

    def __init__(self) -> None:
        self.locations: set[tuple[int, int]] = set()
        self.keys: dict[str, tuple[int, int]] = {}

    def add(self, key: str, segment: int, offset: int) -> None:
        self.locations.add((segment, offset))
        self.keys[key] = max(self.keys.get(key, (0, -1)), (segment, offset))

    def drop_shredded(self, index: dict[str, RecordLocation]) -> None:
        """Remove from ``index`` every key whose record lies at or before its shredded one
        (an older copy of a shredded object is gone with it)."""
        for key, last in self.keys.items():
            where = index.get(key)
            if where is not None and (where.segment, where.offset) <= last:
                del index[key]


def read_shred_log(directory: Path) -> ShredLog:
    """The shred log of a journal directory (none: empty).

    Raises:
        OSError, ValueError: the log could not be read.
    """
    log = ShredLog()
    path = directory / SHRED_LOG
    if path.exists():
        for line in path.read_text().splitlines():
            if line.strip():
                segment, offset, key = json.loads(line)
                log.add(str(key), int(segment), int(offset))
    return log


def _append_log(directory: Path, entries: list[tuple[str, RecordLocation]]) -> None:
    lines = "".join(json.dumps([w.segment, w.offset, k]) + "\n" for k, w in entries)
    fd = os.open(directory / SHRED_LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, lines.encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    fsync_directory(directory)


def shred_span(fd: int, where: RecordLocation) -> tuple[int, int]:
    """``(file offset, length)`` of the record's wrapped data key and nonce.

    Raises:
        OSError: the file could not be read.
        ValueError: the body is not an envelope.
    """
    start = where.offset + RECORD_HEAD.size + where.header_len
    head = os.pread(fd, 5, start)
    if len(head) != 5 or head[:4] != _ENVELOPE_MAGIC:
        raise ValueError("not an envelope")
    klen = head[4]
    (wlen,) = struct.unpack(">H", os.pread(fd, 2, start + 5 + klen))
    return start + 5 + klen + 2, wlen + 12


def shred_records(directory: Path, entries: Iterable[tuple[str, RecordLocation]],
                  fd_of: Callable[[int], int], log: ShredLog) -> int:
    """List ``entries`` in the shred log, then zero each one's wrapped data key and sync.

    Args:
        directory: the journal directory.
        entries: ``(key, location)`` of the records to shred.
        fd_of: segment number → a file descriptor open for writing.
        log: the in-memory shred log, updated.

    Returns:
        How many records were shredded.

    Raises:
        OSError: a write or a sync failed (a retry shreds what is left).
        ValueError: a record body is not an envelope.
    """
    todo = list(entries)
    if not todo:
        return 0
    _append_log(directory, todo)
    touched = set()
    for key, where in todo:
        fd = fd_of(where.segment)
        at, length = shred_span(fd, where)
        os.pwrite(fd, bytes(length), at)
        touched.add(where.segment)
        log.add(key, where.segment, where.offset)
    for segment in touched:
        os.fdatasync(fd_of(segment))
    return len(todo)


_PUNCH_HOLE = 0x02 | 0x01   # FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE (linux/falloc.h)
_BLOCK = 4096
_ZERO_CHUNK = 1 << 20
_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
_libc.fallocate.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int64, ctypes.c_int64]


def _zero(fd: int, start: int, end: int) -> None:
    while start < end:
        n = min(_ZERO_CHUNK, end - start)
        os.pwrite(fd, bytes(n), start)
        start += n


def punch_record(fd: int, where: RecordLocation) -> bool:
    """Zero a shredded record after its head and deallocate the whole blocks in it.

    Args:
        fd: the segment file, open for writing.
        where: the record (listed in the shred log).

    Returns:
        False where the file system cannot punch holes (the bytes are zeroed, not freed).

    Raises:
        OSError: a write failed.
    """
    start = where.offset + RECORD_HEAD.size
    end = start + where.header_len + where.body_len
    first = -(-start // _BLOCK) * _BLOCK
    last = end // _BLOCK * _BLOCK
    if last <= first:
        _zero(fd, start, end)
        return True
    _zero(fd, start, first)
    _zero(fd, last, end)
    if _libc.fallocate(fd, _PUNCH_HOLE, first, last - first) == 0:
        return True
    err = ctypes.get_errno()
    if err not in (errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL):
        raise OSError(err, os.strerror(err))
    _zero(fd, first, last)
    return False
