"""The local raw vault as an append-only journal: one durable sync per instance.

Each instance becomes one record appended to a pre-allocated segment file
(``<root>/journal/<n>.seg``, ``segment_bytes`` each, allocated up front so an append changes
no file size and no directory entry). A record holds the envelope-encrypted object
(AES-256-GCM, per-object data key, the key bound as associated data) **and** its catalog
record (refs, sizes, SOP class: never a UID or a name), written with one ``pwrite`` and made
durable with one ``fdatasync``. The journal is the source of truth: the SQL catalog is written
with a cheaper sync level and reconciled from the records after the last catalog checkpoint
at start-up (:meth:`StudyAssembler.recover`).

Layout of a record::

    b"MEJ2" | header length (u32) | body length (u64) | CRC-32C(header + body) (u32)
    | header (JSON: {"k": key, "r": record}) | body (envelope)

(``MEJ1`` records, written before, carry zlib's CRC-32 instead and are still read; CRC-32C
runs on the processor's CRC instruction, several times faster on a 512 KiB CT slice.)

Appends are serialised (one writer per journal, guarded by ``flock`` on ``journal/lock``), so
the records of a segment are contiguous; a crash can tear only the tail. ``fdatasync`` of a
record covers every earlier record of its segment, and a segment is synced before the next one
is used, so every acknowledged record lies before the first torn one, where the scan stops.
A segment that is left gets a small index file (``<n>.idx``) so a restart reads only the
last segment. Positions (``"<segment>:<offset>"``) order records; the catalog keeps the last
position it is known to hold durably (the checkpoint).
"""

from __future__ import annotations

import asyncio
import fcntl
import json
import os
import struct
import threading
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import google_crc32c

from medenclave.security.crypto import DecryptionError, EnvelopeCipher, FileKeyEncryptionKey
from medenclave.storage import EncryptedObjectStore, LocalObjectStore, ObjectNotFound, ObjectStore

from medenclave_ingest.core.ports import JournalRecord, ObjectMissing, StorageUnavailable

__all__ = ["JournalVault", "open_journal_vault"]

MAGIC = b"MEJ2"
_CHECKSUMS = {b"MEJ1": zlib.crc32, MAGIC: google_crc32c.value}   # magic → checksum of a record
_HEAD = struct.Struct(">4sIQI")  # magic, header length, body length, checksum
_MAX_HEADER = 1 << 20
DEFAULT_SEGMENT_BYTES = 256 * 1024 * 1024
_INLINE_MAX = 4 << 20   # larger objects are written by the worker, not on the event loop


@dataclass(frozen=True)
class _Pending:
    key: str
    fd: int


@dataclass(frozen=True)
class _Encoded:
    """A record ready to append: its buffers, in order, and its lengths."""

    key: str
    parts: list[bytes]
    header_len: int
    body_len: int


@dataclass(frozen=True)
class _Started:
    """An appended record whose ``fdatasync`` already runs on the worker that wrote it."""

    pending: _Pending
    synced: asyncio.Future


@dataclass(frozen=True)
class _Where:
    segment: int
    offset: int
    header_len: int
    body_len: int


def _position(segment: int, offset: int) -> str:
    return f"{segment:08d}:{offset:012d}"


def _parse_position(position: str) -> tuple[int, int]:
    if not position:
        return (0, -1)
    segment, _, offset = position.partition(":")
    return int(segment), int(offset)


class JournalVault:
    """:class:`~medenclave_ingest.core.ports.RawVault` as an append-only encrypted journal.

    Args:
        root: the vault directory (the journal lives in ``root/journal``).
        cipher: envelope cipher (the key-encryption key stays behind its interface).
        segment_bytes: size of a pre-allocated segment (larger objects get their own).
        readonly: open for reading only (no lock, no allocation, nothing written): for tools
            and tests that look at a vault another process writes.
        legacy: objects written before the journal (one file per key under ``root``): read
            and found by :meth:`exists` when the journal lacks the key; never written.

    Raises:
        StorageUnavailable: another process holds the journal for writing.
    """

    keeps_records = True

    def __init__(self, root: Path, cipher: EnvelopeCipher, *,
                 segment_bytes: int = DEFAULT_SEGMENT_BYTES, readonly: bool = False,
                 legacy: ObjectStore | None = None) -> None:
        self._dir = root / "journal"
        self._legacy = legacy
        self._cipher = cipher
        self._segment_bytes = segment_bytes
        self._readonly = readonly
        self._lock = threading.Lock()
        self._index: dict[str, _Where] = {}
        self._unsynced: set[str] = set()  # appended, fdatasync not returned yet
        self._fds: dict[int, int] = {}
        self._lock_fd = -1
        self._broken = False
        self._segment = 0      # the segment appends go to
        self._offset = 0       # where the next record starts in it
        self._size = 0         # its allocated size
        if readonly:
            self._load()
            ident = self._dir / "id"
            self.journal_id = ident.read_text().strip() if ident.exists() else ""
            return
        self._dir.mkdir(parents=True, exist_ok=True)
        self._lock_fd = os.open(self._dir / "lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self._lock_fd)
            raise StorageUnavailable("the journal is held by another process") from None
        self._load()
        if self._segment == 0:
            self._open_segment(1, self._segment_bytes)
        ident = self._dir / "id"
        if not ident.exists():
            tmp = self._dir / ".id.tmp"
            tmp.write_text(uuid.uuid4().hex)
            with tmp.open("rb") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, ident)
            self._fsync_dir()
        self.journal_id = ident.read_text().strip()

    # -- start-up --------------------------------------------------------------------------
    def _segments(self) -> list[int]:
        if not self._dir.exists():
            return []
        return sorted(int(p.stem) for p in self._dir.glob("*.seg") if p.stem.isdigit())

    def _load(self) -> None:
        segments = self._segments()
        for n in segments:
            idx = self._dir / f"{n:08d}.idx"
            if n != segments[-1] and idx.exists():
                for line in idx.read_text().splitlines():
                    key, offset, hlen, blen = json.loads(line)
                    self._index[key] = _Where(n, offset, hlen, blen)
                continue
            end = self._scan(n)
            if n == segments[-1] and not self._readonly:
                fd = self._fd(n, write=True)
                self._segment, self._offset, self._size = n, end, os.fstat(fd).st_size

    def _scan(self, n: int) -> int:
        """Index the valid records of segment ``n``; returns where the first invalid one starts."""
        fd = self._fd(n, write=not self._readonly)
        size = os.fstat(fd).st_size
        offset = 0
        while offset + _HEAD.size <= size:
            magic, hlen, blen, crc = _HEAD.unpack(os.pread(fd, _HEAD.size, offset))
            end = offset + _HEAD.size + hlen + blen
            checksum = _CHECKSUMS.get(magic)
            if checksum is None or hlen > _MAX_HEADER or end > size:
                break
            payload = os.pread(fd, hlen + blen, offset + _HEAD.size)
            if len(payload) != hlen + blen or checksum(payload) != crc:
                break  # torn tail: nothing after it was acknowledged
            header = json.loads(payload[:hlen])
            self._index[header["k"]] = _Where(n, offset, hlen, blen)
            offset = end
        return offset

    def _fd(self, n: int, *, write: bool = False) -> int:
        fd = self._fds.get(n)
        if fd is None:
            fd = os.open(self._dir / f"{n:08d}.seg", os.O_RDWR if write else os.O_RDONLY)
            self._fds[n] = fd
        return fd

    def _open_segment(self, n: int, size: int) -> None:
        """Create segment ``n``, allocated to ``size`` bytes, durable with its directory entry."""
        path = self._dir / f"{n:08d}.seg"
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            os.posix_fallocate(fd, 0, size)
        except OSError:
            os.ftruncate(fd, size)  # file systems without fallocate
        os.fsync(fd)
        self._fsync_dir()
        self._fds[n] = fd
        self._segment, self._offset, self._size = n, 0, size

    def _fsync_dir(self) -> None:
        dfd = os.open(self._dir, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)

    def _seal(self) -> None:
        """Leave the current segment: sync it and write its index (startup reads that)."""
        fd = self._fd(self._segment, write=True)
        os.fdatasync(fd)
        lines = [json.dumps([k, w.offset, w.header_len, w.body_len])
                 for k, w in self._index.items() if w.segment == self._segment]
        tmp = self._dir / f".{self._segment:08d}.idx.tmp"
        tmp.write_text("\n".join(lines))
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, self._dir / f"{self._segment:08d}.idx")
        self._fsync_dir()

    # -- writing ---------------------------------------------------------------------------
    def _write(self, key: str, data: bytes, record: Mapping[str, Any] | None) -> _Pending:
        """Encrypt and append one record (in the page cache; not yet durable)."""
        record_ = self._encode(key, data, record)
        with self._lock:
            return self._place(record_)

    def _encode(self, key: str, data: bytes, record: Mapping[str, Any] | None) -> _Encoded:
        """The record's buffers: header, encrypted object, checksum (no lock held)."""
        if self._readonly:
            raise StorageUnavailable("the journal is open read-only")
        if self._broken:
            raise StorageUnavailable("the journal failed a sync: restart to recover")
        header = json.dumps({"k": key, "r": dict(record) if record is not None else None},
                            separators=(",", ":")).encode()
        envelope, ciphertext = self._cipher.encrypt_parts(data, aad=key.encode())
        body_len = len(envelope) + len(ciphertext)
        crc = google_crc32c.extend(google_crc32c.value(header + envelope), ciphertext)
        parts = [_HEAD.pack(MAGIC, len(header), body_len, crc), header, envelope, ciphertext]
        return _Encoded(key, parts, len(header), body_len)

    def _place(self, record: _Encoded) -> _Pending:
        """Append an encoded record at the journal's end (the caller holds ``_lock``)."""
        if self._broken:
            raise StorageUnavailable("the journal failed a sync: restart to recover")
        total = _HEAD.size + record.header_len + record.body_len
        if self._offset + total > self._size:
            self._seal()
            self._open_segment(self._segment + 1, max(self._segment_bytes, total))
        segment, offset = self._segment, self._offset
        fd = self._fd(segment, write=True)
        written = os.pwritev(fd, record.parts, offset)
        if written < total:   # a short write (rare): the rest from one joined buffer
            rest = memoryview(b"".join(record.parts))
            while written < total:
                written += os.pwrite(fd, rest[written:], offset + written)
        self._offset = offset + total
        self._index[record.key] = _Where(segment, offset, record.header_len, record.body_len)
        self._unsynced.add(record.key)
        return _Pending(key=record.key, fd=fd)

    def _place_now(self, record: _Encoded) -> _Pending | None:
        """:meth:`_place` on the calling thread if that cannot wait: the lock is free and the
        record fits the current segment (a roll syncs and allocates). None otherwise."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            total = _HEAD.size + record.header_len + record.body_len
            if self._offset + total > self._size:
                return None
            return self._place(record)
        finally:
            self._lock.release()

    def _sync(self, pending: _Pending) -> None:
        """Make ``pending`` (and every earlier record of its segment) durable."""
        # outside the lock: concurrent appends share the device flush (group commit)
        try:
            os.fdatasync(pending.fd)
        except OSError:
            with self._lock:
                # after a failed sync the kernel may drop the dirty pages and report the next
                # sync clean: take no more writes until a restart rescans the journal
                self._broken = True
                self._unsynced.discard(pending.key)
                self._index.pop(pending.key, None)
            raise
        with self._lock:
            self._unsynced.discard(pending.key)

    def _append(self, key: str, data: bytes, record: Mapping[str, Any] | None) -> None:
        self._sync(self._write(key, data, record))

    async def put(self, *, key: str, data: bytes,
                  record: Mapping[str, Any] | None = None) -> None:
        """Append the object (and its catalog record) and return once it is durable.

        Raises:
            StorageUnavailable: the write or the sync failed.
        """
        try:
            await asyncio.to_thread(self._append, key, data, record)
        except OSError as exc:
            raise StorageUnavailable(f"vault write failed: {type(exc).__name__}") from None

    async def append(self, *, key: str, data: bytes,
                     record: Mapping[str, Any] | None = None) -> _Started:
        """First half of :meth:`put`: the record is written (a killed process keeps it: it is
        in the page cache and found by the next scan) but not yet durable against a power
        loss; its ``fdatasync`` already runs on a worker thread. Pass the result to
        :meth:`sync`.

        The record is encrypted and, when the journal lock is free, no segment roll is due
        and the object is at most 4 MiB, written on the calling (event loop) thread: a ``pwritev`` into the page cache, cheaper
        than a hand-off to a worker and back before the caller may go on. Otherwise the worker
        writes it and goes straight on to its ``fdatasync``.

        Raises:
            StorageUnavailable.
        """
        loop = asyncio.get_running_loop()
        encoded: _Encoded | None = None
        pending = None
        try:
            if len(data) <= _INLINE_MAX:
                encoded = self._encode(key, data, record)
                pending = self._place_now(encoded)
        except OSError as exc:
            raise StorageUnavailable(f"vault write failed: {type(exc).__name__}") from None
        if pending is not None:
            synced = loop.run_in_executor(None, self._sync, pending)
            synced.add_done_callback(lambda f: f.cancelled() or f.exception())  # always read
            return _Started(pending=pending, synced=synced)
        written: asyncio.Future[_Pending] = loop.create_future()
        synced = loop.create_future()
        synced.add_done_callback(lambda f: f.cancelled() or f.exception())  # always read

        def settle(future: asyncio.Future, result: Any, error: BaseException | None) -> None:
            if future.done():
                return
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)

        def work() -> None:
            try:
                ready = encoded or self._encode(key, data, record)
                with self._lock:
                    pending = self._place(ready)
            except BaseException as exc:
                loop.call_soon_threadsafe(settle, written, None, exc)
                loop.call_soon_threadsafe(settle, synced, None, exc)
                return
            loop.call_soon_threadsafe(settle, written, pending, None)
            try:
                self._sync(pending)
            except BaseException as exc:
                loop.call_soon_threadsafe(settle, synced, None, exc)
            else:
                loop.call_soon_threadsafe(settle, synced, None, None)

        loop.run_in_executor(None, work)
        try:
            pending = await written
        except OSError as exc:
            raise StorageUnavailable(f"vault write failed: {type(exc).__name__}") from None
        return _Started(pending=pending, synced=synced)

    async def sync(self, pending: _Pending | _Started) -> None:
        """Second half of :meth:`put`: returns once the record is durable.

        Raises:
            StorageUnavailable.
        """
        try:
            if isinstance(pending, _Started):
                await asyncio.shield(pending.synced)
            else:
                await asyncio.to_thread(self._sync, pending)
        except OSError as exc:
            raise StorageUnavailable(f"vault sync failed: {type(exc).__name__}") from None

    # -- reading ---------------------------------------------------------------------------
    def _where(self, key: str) -> _Where:
        with self._lock:
            where = self._index.get(key)
            if where is None or key in self._unsynced:
                raise ObjectMissing(key)
            return where

    def _get(self, key: str) -> bytes:
        try:
            where = self._where(key)
        except ObjectMissing:
            if self._legacy is None:
                raise
            try:
                return self._legacy.get(key)
            except ObjectNotFound:
                raise ObjectMissing(key) from None
        body = os.pread(self._fd(where.segment, write=not self._readonly), where.body_len,
                        where.offset + _HEAD.size + where.header_len)
        return self._cipher.decrypt(body, aad=key.encode())

    async def get(self, *, key: str) -> bytes:
        try:
            return await asyncio.to_thread(self._get, key)
        except (OSError, DecryptionError) as exc:
            raise StorageUnavailable(f"vault read failed: {type(exc).__name__}") from None

    async def exists(self, *, key: str) -> bool:
        with self._lock:
            if key in self._index and key not in self._unsynced:
                return True
        if self._legacy is None:
            return False
        try:
            return await asyncio.to_thread(self._legacy.exists, key)
        except OSError as exc:
            raise StorageUnavailable(f"vault read failed: {type(exc).__name__}") from None

    def keys(self, prefix: str = "") -> list[str]:
        """Every key in the journal that starts with ``prefix``, sorted."""
        with self._lock:
            return sorted(k for k in self._index
                          if k.startswith(prefix) and k not in self._unsynced)

    def position(self) -> str:
        """Where the next record will start: records before it are in the journal."""
        with self._lock:
            return _position(self._segment, self._offset)

    async def records_after(self, *, position: str) -> list[JournalRecord]:
        """The records at or after ``position`` (empty: all), in journal order.

        Raises:
            StorageUnavailable.
        """
        try:
            return await asyncio.to_thread(self._records_after, position)
        except (OSError, ValueError) as exc:
            raise StorageUnavailable(f"journal read failed: {type(exc).__name__}") from None

    def _records_after(self, position: str) -> list[JournalRecord]:
        start = _parse_position(position)
        with self._lock:
            wheres = sorted((w.segment, w.offset, w.header_len, k)
                            for k, w in self._index.items() if k not in self._unsynced)
        out = []
        for segment, offset, header_len, key in wheres:
            if (segment, offset) < start:
                continue
            header = json.loads(os.pread(self._fd(segment, write=not self._readonly),
                                         header_len, offset + _HEAD.size))
            if header.get("r") is not None:
                out.append(JournalRecord(key=key, record=header["r"],
                                         position=_position(segment, offset)))
        return out

    async def record(self, *, key: str) -> JournalRecord | None:
        """The catalog record kept with ``key`` (None: no object, or none kept).

        Raises:
            StorageUnavailable.
        """
        try:
            where = self._where(key)
        except ObjectMissing:
            return None
        try:
            header = json.loads(await asyncio.to_thread(
                os.pread, self._fd(where.segment, write=not self._readonly), where.header_len,
                where.offset + _HEAD.size))
        except (OSError, ValueError) as exc:
            raise StorageUnavailable(f"journal read failed: {type(exc).__name__}") from None
        if header.get("r") is None:
            return None
        return JournalRecord(key=key, record=header["r"],
                             position=_position(where.segment, where.offset))

    def close(self) -> None:
        """Release the files and the writer lock."""
        with self._lock:
            for fd in self._fds.values():
                os.close(fd)
            self._fds.clear()
            if self._lock_fd >= 0:
                os.close(self._lock_fd)
                self._lock_fd = -1


def open_journal_vault(root: Path, keys_dir: Path, *, segment_bytes: int = DEFAULT_SEGMENT_BYTES,
                       readonly: bool = False) -> JournalVault:
    """The journal vault under ``root`` with the file key-encryption key in ``keys_dir``.

    Objects a vault from before the journal left under ``root/instances/`` stay readable.
    """
    cipher = EnvelopeCipher(FileKeyEncryptionKey(keys_dir))
    legacy = (EncryptedObjectStore(LocalObjectStore(root), cipher)
              if (root / "instances").is_dir() else None)
    return JournalVault(root, cipher, segment_bytes=segment_bytes, readonly=readonly,
                        legacy=legacy)
