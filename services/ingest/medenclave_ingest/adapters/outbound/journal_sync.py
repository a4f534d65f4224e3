"""Group commit for the journal: one ``fdatasync`` makes every record appended before it durable.

Each appended record gets a sequence number (its place in append order). A caller that needs
record ``n`` durable either finds it durable already, or waits while a sync is in flight and
then looks again, or becomes the leader: it notes the last record appended so far and the
segment appends go to, runs the ``fdatasync`` outside the lock (appends go on meanwhile) and,
once it returns, marks every record up to the noted one durable. So C-STOREs of different
associations that arrive while a sync runs share the next one: one device flush per batch,
and still no record is reported durable before a sync that covers it has returned.

Why a sync of the tail segment covers the earlier segments: a segment is synced before the
next one is used (:meth:`JournalVault._seal`, under the journal lock), and a failed seal
fails the journal (:meth:`GroupCommit.fail`) like a failed sync does.

:class:`LoopCommitter` is the event loop's side: the waiters are futures, and one worker
thread at a time runs the sync for all of them (no thread parked per waiting C-STORE).
"""

from __future__ import annotations

import asyncio
import errno
import os
import threading
from collections.abc import Callable
from typing import Any

__all__ = ["GroupCommit", "JournalSyncFailed", "LoopCommitter", "consume_result", "settle"]


class JournalSyncFailed(OSError):
    """The sync that would have covered a record failed: the journal takes no more writes."""

    def __init__(self) -> None:
        super().__init__(errno.EIO, "a journal sync failed")


class GroupCommit:
    """Sequence numbers of appended records, and at most one ``fdatasync`` in flight.

    Args:
        lock: the journal's lock (appends hold it while they number a record).
        on_lost: called with the keys of the records that will never be durable when a sync
            fails (with the lock held): the journal forgets them.
    """

    def __init__(self, lock: threading.Lock, on_lost: Callable[[list[str]], None]) -> None:
        self._cond = threading.Condition(lock)
        self._on_lost = on_lost
        self.pending: dict[str, int] = {}  #: appended, not durable yet: key -> sequence number
        self.appended = 0     #: sequence number of the last appended record
        self.durable = 0      #: every record up to this one is durable
        self.failed = False   #: a sync or a seal failed: nothing more becomes durable
        self.syncs = 0        #: ``fdatasync`` calls made by leaders (for tests and benches)
        self._syncing = False

    def number(self, key: str) -> int:
        """The sequence number of the record of ``key``, just appended (the caller holds the
        journal lock); ``key`` is pending until a sync covers it."""
        self.appended += 1
        self.pending[key] = self.appended
        return self.appended

    def fail(self) -> None:
        """Mark the journal failed, drop the records not durable (``on_lost``) and wake the
        waiters (the caller holds the journal lock)."""
        self.failed = True
        lost = [key for key, seq in self.pending.items() if seq > self.durable]
        for key in lost:
            del self.pending[key]
        self._on_lost(lost)
        self._cond.notify_all()

    def sync_through(self, seq: int, tail_fd: Callable[[], int]) -> int:
        """Return once record ``seq`` is durable; the durable sequence number reached.

        Blocks the calling thread (a worker, never the event loop).

        Args:
            seq: the record's sequence number (from :meth:`number`).
            tail_fd: the descriptor of the segment appends go to (called with the lock held).

        Raises:
            OSError: the sync failed (the leader sees the system's error, the others
                :class:`JournalSyncFailed`); the journal is marked failed.
        """
        with self._cond:
            while True:
                if seq <= self.durable:
                    return self.durable
                if self.failed:
                    raise JournalSyncFailed()
                if not self._syncing:
                    break
                self._cond.wait()
            self._syncing = True
            target, fd = self.appended, tail_fd()
        try:
            os.fdatasync(fd)
        except OSError:
            with self._cond:
                self._syncing = False
                self.fail()
            raise
        with self._cond:
            self._syncing = False
            self.syncs += 1
            self.durable = max(self.durable, target)
            for key in [key for key, at in self.pending.items() if at <= self.durable]:
                del self.pending[key]
            self._cond.notify_all()
            return self.durable


def consume_result(future: asyncio.Future) -> None:
    """Done callback: read the outcome, so an unawaited failure is not reported as lost."""
    future.cancelled() or future.exception()


def settle(future: asyncio.Future, result: Any, error: BaseException | None) -> None:
    """Set ``future``'s result or exception (on the loop), unless it is done already."""
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)


class LoopCommitter:
    """The event loop's side of :class:`GroupCommit`: waiters are futures, one sync at a time.

    Args:
        group: the journal's group commit.
        sync_through: runs :meth:`GroupCommit.sync_through` for a sequence number (on a
            worker thread) and returns the durable sequence number reached.
    """

    def __init__(self, group: GroupCommit, sync_through: Callable[[int], int]) -> None:
        self._group = group
        self._sync_through = sync_through
        self._waiting: list[tuple[int, asyncio.Future[Any]]] = []
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def durable(self, seq: int) -> asyncio.Future[Any]:
        """A future that is done once record ``seq`` is durable (or failed with the error)."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        if loop is not self._loop:   # a new loop (tests run one per case): start afresh
            self._loop, self._waiting, self._task = loop, [], None
        self._waiting.append((seq, future))
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._run())
        return future

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while self._waiting:
            highest = max(seq for seq, _ in self._waiting)
            error: BaseException | None = None
            try:
                reached = await loop.run_in_executor(None, self._sync_through, highest)
            except Exception as exc:   # handed to every waiter it leaves not durable
                error, reached = exc, self._group.durable
            still = []
            for seq, future in self._waiting:
                if seq <= reached:
                    settle(future, None, None)
                elif error is not None:
                    settle(future, None, error)
                else:
                    still.append((seq, future))
            self._waiting = still
