# Longer than 450 lines: append, group commit, read and shred share one lock and one index.
"""The local raw vault as an append-only journal: every instance durable before its answer.

Each instance becomes one record appended to a pre-allocated segment file
(``<root>/journal/<n>.seg``, ``segment_bytes`` each, allocated up front so an append changes
no file size and no directory entry). A record holds the envelope-encrypted object
(AES-256-GCM, per-object data key, the key bound as associated data) **and** its catalog
record (refs, sizes, SOP class: never a UID or a name), written with one ``pwrite`` and made
durable with one ``fdatasync``. The journal is the source of truth: the SQL catalog is written
with a cheaper sync level and reconciled from the records after the last catalog checkpoint
at start-up (:meth:`StudyAssembler.recover`). The record layout, checksums, segment and index
files are :mod:`~medenclave_ingest.adapters.outbound.journal_format`'s.

Appends are serialised (one writer per journal, guarded by ``flock`` on ``journal/lock``), so
the records of a segment are contiguous; a crash can tear only the tail. ``fdatasync`` of a
record covers every earlier record of its segment, and a segment is synced before the next one
is used, so every acknowledged record lies before the first torn one, where the scan stops.
The syncs are grouped (:mod:`~medenclave_ingest.adapters.outbound.journal_sync`): records
appended while one ``fdatasync`` runs share the next, so concurrent associations pay one
device flush per batch, and each record is still reported durable only after a sync that
covers it has returned.
A segment that is left gets an index file, so a restart reads only the last segment. The
catalog keeps the last position it is known to hold durably (the checkpoint).
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medenclave.security.crypto import DecryptionError, EnvelopeCipher, FileKeyEncryptionKey
from medenclave.storage import EncryptedObjectStore, LocalObjectStore, ObjectNotFound, ObjectStore
from medenclave_ingest.adapters.outbound.journal_format import (
    MAGIC,
    RECORD_HEAD,
    EncodedRecord,
    RecordLocation,
    create_segment,
    encode_record,
    load_journal_id,
    parse_position,
    position_of,
    read_body,
    read_header,
    read_segment_index,
    scan_segment,
    segment_numbers,
    segment_path,
    write_segment_index,
)
from medenclave_ingest.adapters.outbound.journal_shred import (
    punch_record,
    read_shred_log,
    shred_records,
)
from medenclave_ingest.adapters.outbound.journal_sync import (
    GroupCommit,
    LoopCommitter,
    consume_result,
    settle,
)
from medenclave_ingest.core.ports import JournalRecord, ObjectMissing, StorageUnavailable

__all__ = ["JournalVault", "open_journal_vault"]

DEFAULT_SEGMENT_BYTES = 256 * 1024 * 1024
_INLINE_MAX = 4 << 20   # larger objects are written by the worker, not on the event loop


@dataclass(frozen=True)
class _Pending:
    key: str
    seq: int   #: the record's place in append order (group commit)


@dataclass(frozen=True)
class _Started:
    """An appended record whose durability is already awaited (group commit or its worker)."""

    pending: _Pending
    synced: asyncio.Future


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
        self._index: dict[str, RecordLocation] = {}
        self._shredded = read_shred_log(self._dir)
        self._punched: set[tuple[int, int]] = set()   # compacted in this process
        self._fds: dict[int, int] = {}
        self._lock_fd = -1
        self._group = GroupCommit(self._lock, on_lost=self._forget)
        self._committer = LoopCommitter(self._group, self._sync_through)
        self._segment = 0      # the segment appends go to
        self._offset = 0       # where the next record starts in it
        self._size = 0         # its allocated size
        if readonly:
            self._load()
            self.journal_id = load_journal_id(self._dir, create=False)
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
        self.journal_id = load_journal_id(self._dir, create=True)

    # -- start-up --------------------------------------------------------------------------
    def _load(self) -> None:
        """Index every segment (left ones from their index files); appends go to the last."""
        segments = segment_numbers(self._dir)
        gone = frozenset(self._shredded.locations)
        for n in segments:
            if n != segments[-1] and read_segment_index(self._dir, n, self._index, gone):
                continue
            end = scan_segment(self._fd(n, write=not self._readonly), n, self._index, gone)
            if n == segments[-1] and not self._readonly:
                fd = self._fd(n, write=True)
                self._segment, self._offset, self._size = n, end, os.fstat(fd).st_size
        self._shredded.drop_shredded(self._index)

    def _fd(self, n: int, *, write: bool = False) -> int:
        fd = self._fds.get(n)
        if fd is None:
            fd = os.open(segment_path(self._dir, n), os.O_RDWR if write else os.O_RDONLY)
            self._fds[n] = fd
        return fd

    def _open_segment(self, n: int, size: int) -> None:
        """Create segment ``n``, allocated to ``size`` bytes, and append to it from now on."""
        self._fds[n] = create_segment(self._dir, n, size)
        self._segment, self._offset, self._size = n, 0, size

    @property
    def _broken(self) -> bool:
        return self._group.failed

    def _seal(self) -> None:
        """Leave the current segment: sync it and write its index (startup reads that)."""
        fd = self._fd(self._segment, write=True)
        try:
            os.fdatasync(fd)
        except OSError:
            self._group.fail()   # its records will never be synced by a tail sync
            raise
        write_segment_index(self._dir, self._segment,
                            [(k, w) for k, w in self._index.items()
                             if w.segment == self._segment])

    # -- writing ---------------------------------------------------------------------------
    def _write(self, key: str, data: bytes, record: Mapping[str, Any] | None) -> _Pending:
        """Encrypt and append one record (in the page cache; not yet durable)."""
        record_ = self._encode(key, data, record)
        with self._lock:
            return self._place(record_)

    def _encode(self, key: str, data: bytes,
                record: Mapping[str, Any] | None) -> EncodedRecord:
        """The record's buffers: header, encrypted object, checksum (no lock held)."""
        if self._readonly:
            raise StorageUnavailable("the journal is open read-only")
        if self._broken:
            raise StorageUnavailable("the journal failed a sync: restart to recover")
        return encode_record(self._cipher, key, data, record)

    def _place(self, record: EncodedRecord) -> _Pending:
        """Append an encoded record at the journal's end (the caller holds ``_lock``)."""
        if self._broken:
            raise StorageUnavailable("the journal failed a sync: restart to recover")
        total = RECORD_HEAD.size + record.header_len + record.body_len
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
        self._index[record.key] = RecordLocation(segment, offset, record.header_len,
                                                 record.body_len)
        return _Pending(key=record.key, seq=self._group.number(record.key))

    def _place_now(self, record: EncodedRecord) -> _Pending | None:
        """:meth:`_place` on the calling thread if that cannot wait: the lock is free and the
        record fits the current segment (a roll syncs and allocates). None otherwise."""
        if not self._lock.acquire(blocking=False):
            return None
        try:
            total = RECORD_HEAD.size + record.header_len + record.body_len
            if self._offset + total > self._size:
                return None
            return self._place(record)
        finally:
            self._lock.release()

    def _forget(self, keys: list[str]) -> None:
        """After a failed sync: these records are gone (the caller holds the lock)."""
        for key in keys:
            self._index.pop(key, None)

    def _sync_through(self, seq: int) -> int:
        """Make record ``seq`` (and every earlier one) durable: one grouped ``fdatasync``.

        After a failed sync the kernel may drop the dirty pages and report the next sync
        clean: the journal takes no more writes until a restart rescans it.
        """
        return self._group.sync_through(seq, lambda: self._fd(self._segment, write=True))

    def _sync(self, pending: _Pending) -> None:
        """Make ``pending`` (and every earlier record) durable."""
        self._sync_through(pending.seq)

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
        and the object is at most 4 MiB, written on the calling (event loop) thread: a
        ``pwritev`` into the page cache, cheaper than a hand-off to a worker and back before
        the caller may go on. Otherwise the worker writes it and goes straight on to its
        ``fdatasync`` (:meth:`_append_on_worker`).

        Raises:
            StorageUnavailable: the write failed, or the journal is read-only or failed a sync.
        """
        loop = asyncio.get_running_loop()
        encoded: EncodedRecord | None = None
        pending = None
        try:
            if len(data) <= _INLINE_MAX:
                encoded = self._encode(key, data, record)
                pending = self._place_now(encoded)
        except OSError as exc:
            raise StorageUnavailable(f"vault write failed: {type(exc).__name__}") from None
        if pending is not None:
            synced = self._committer.durable(pending.seq)
            synced.add_done_callback(consume_result)  # always read
            return _Started(pending=pending, synced=synced)
        return await self._append_on_worker(loop, key, data, record, encoded)

    async def _append_on_worker(self, loop: asyncio.AbstractEventLoop, key: str, data: bytes,
                                record: Mapping[str, Any] | None,
                                encoded: EncodedRecord | None) -> _Started:
        """:meth:`append` by a worker thread, which encodes the record unless ``encoded``,
        writes it and goes straight on to its ``fdatasync``; returns once it is written."""
        written: asyncio.Future[_Pending] = loop.create_future()
        synced = loop.create_future()
        synced.add_done_callback(consume_result)  # always read

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
    def _where(self, key: str) -> RecordLocation:
        with self._lock:
            where = self._index.get(key)
            if where is None or key in self._group.pending:
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
        body = read_body(self._fd(where.segment, write=not self._readonly), where)
        return self._cipher.decrypt(body, aad=key.encode())

    async def get(self, *, key: str) -> bytes:
        try:
            return await asyncio.to_thread(self._get, key)
        except (OSError, DecryptionError) as exc:
            raise StorageUnavailable(f"vault read failed: {type(exc).__name__}") from None

    async def exists(self, *, key: str) -> bool:
        with self._lock:
            if key in self._index and key not in self._group.pending:
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
                          if k.startswith(prefix) and k not in self._group.pending)

    def position(self) -> str:
        """Where the next record will start: records before it are in the journal."""
        with self._lock:
            return position_of(self._segment, self._offset)

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
        start = parse_position(position)
        with self._lock:
            wheres = sorted((w.segment, w.offset, k, w)
                            for k, w in self._index.items() if k not in self._group.pending)
        out = []
        for segment, offset, key, where in wheres:
            if (segment, offset) < start:
                continue
            header = read_header(self._fd(segment, write=not self._readonly), where)
            if header.get("r") is not None:
                out.append(JournalRecord(key=key, record=header["r"],
                                         position=position_of(segment, offset)))
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
            header = await asyncio.to_thread(
                read_header, self._fd(where.segment, write=not self._readonly), where)
        except (OSError, ValueError) as exc:
            raise StorageUnavailable(f"journal read failed: {type(exc).__name__}") from None
        if header.get("r") is None:
            return None
        return JournalRecord(key=key, record=header["r"],
                             position=position_of(where.segment, where.offset))

    async def shred(self, *, keys: list[str]) -> int:
        """Crypto-shred the objects under ``keys``: destroy their data keys in place
        (:mod:`~medenclave_ingest.adapters.outbound.journal_shred`); unknown keys are skipped.

        Returns:
            How many objects were shredded.

        Raises:
            StorageUnavailable: the journal is read-only, or a write or sync failed.
        """
        if self._readonly:
            raise StorageUnavailable("the journal is open read-only")
        try:
            return await asyncio.to_thread(self._shred, keys)
        except (OSError, ValueError) as exc:
            raise StorageUnavailable(f"vault shred failed: {type(exc).__name__}") from None

    def _shred(self, keys: list[str]) -> int:
        with self._lock:
            entries = [(k, self._index[k]) for k in dict.fromkeys(keys) if k in self._index]
            done = shred_records(self._dir, entries, lambda n: self._fd(n, write=True),
                                 self._shredded)
            for key, _ in entries:
                self._index.pop(key, None)
        if self._legacy is not None:   # objects from before the journal: one file each
            for key in keys:
                if self._legacy.exists(key):
                    self._legacy.delete(key)
                    done += 1
        return done

    async def compact(self) -> int:
        """Reclaim the space of shredded records in place (online: appends go on).

        Returns:
            Bytes of disk space freed (0 where the file system cannot punch holes).

        Raises:
            StorageUnavailable: the journal is read-only, or a write or sync failed.
        """
        if self._readonly:
            raise StorageUnavailable("the journal is open read-only")
        try:
            return await asyncio.to_thread(self._compact)
        except OSError as exc:
            raise StorageUnavailable(f"journal compaction failed: {type(exc).__name__}") from None

    def _compact(self) -> int:
        with self._lock:   # a snapshot; the punching itself runs without the lock
            todo = sorted(self._shredded.locations - self._punched)
            fds = {n: self._fd(n, write=True) for n, _ in todo}
        sizes = {n: os.fstat(fd).st_blocks for n, fd in fds.items()}
        for segment, offset in todo:
            fd = fds[segment]
            magic, hlen, blen, _ = RECORD_HEAD.unpack(os.pread(fd, RECORD_HEAD.size, offset))
            if magic in (MAGIC, b"MEJ1"):   # the head is kept: only its own bytes are freed
                punch_record(fd, RecordLocation(segment, offset, hlen, blen))
        freed = 0
        for n, fd in fds.items():
            os.fdatasync(fd)
            freed += max(0, sizes[n] - os.fstat(fd).st_blocks) * 512
        with self._lock:
            self._punched.update(todo)
        return freed

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
