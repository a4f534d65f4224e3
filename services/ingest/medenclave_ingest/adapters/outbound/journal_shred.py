"""Crypto-shredding of journal records: the object's data key is destroyed in place.

A journal record's body is an envelope (:class:`~medenclave.security.crypto.EnvelopeCipher`):
magic, key id, the data key wrapped by the key-encryption key, nonce, ciphertext. The wrapped
data key is the only copy of the object's key; overwriting it with zeros (and syncing) makes
the ciphertext unreadable at once, even to a holder of the KEK. The bytes stay in the segment
until compaction rewrites it.

Order, so that a crash never ends the journal's scan early: the record is first listed in the
shred log (``journal/shredded``, one JSON line ``[segment, offset, key]``, fsynced), then its
key is overwritten. The scan steps over a listed record whatever its checksum says, and a
record listed but not yet overwritten is overwritten again by a retry.
"""

from __future__ import annotations

import json
import os
import struct
from collections.abc import Callable, Iterable
from pathlib import Path

from medenclave.files import fsync_directory
from medenclave_ingest.adapters.outbound.journal_format import RECORD_HEAD, RecordLocation

__all__ = ["SHRED_LOG", "ShredLog", "read_shred_log", "shred_records", "shred_span"]

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
