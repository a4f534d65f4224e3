"""Group commit of the journal's fdatasync, on real files: fewer syncs, durability unchanged.

A slowed ``fdatasync`` stands in for a disk flush so that appends pile up behind it. Each
sync logs the last record appended when it started (every record it can cover lies at or
before that one) and when it returned; every record reported durable must be covered by a
sync that had returned by then.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time

import pytest

from medenclave_ingest.adapters.outbound import journal_sync
from medenclave_ingest.adapters.outbound.journal_vault import open_journal_vault
from medenclave_ingest.core.ports import StorageUnavailable

MIB = 1024 * 1024
RECORDS = 40


class SlowSync:
    """``os.fdatasync`` slowed down and logged; fails from call ``fail_from`` on."""

    def __init__(self, vault, *, fail_from: int = 0) -> None:
        self.vault, self.fail_from = vault, fail_from
        self.done: list[tuple[int, float]] = []   # (last record appended at start, returned)
        self.calls = 0
        self._lock = threading.Lock()

    def __call__(self, fd: int) -> None:
        covers = self.vault._group.appended
        with self._lock:
            self.calls += 1
            call = self.calls
        time.sleep(0.02)
        if self.fail_from and call >= self.fail_from:
            raise OSError(5, "simulated EIO")
        os.fsync(fd)
        with self._lock:
            self.done.append((covers, time.monotonic()))


async def _store(vault, i: int, outcome: dict) -> None:
    started = await vault.append(key=f"instances/st-a/in-{i}.dcm", data=os.urandom(2048),
                                 record={"instance": {"instance_ref": f"in-{i}"}})
    try:
        await vault.sync(started)
    except StorageUnavailable:
        outcome[i] = (started.pending.seq, None)
    else:
        outcome[i] = (started.pending.seq, time.monotonic())


def _concurrent(vault, count: int) -> dict:
    outcome: dict = {}

    async def scenario():
        async def one(i):
            await asyncio.sleep(0.001 * (i % 7))   # arrivals spread like several senders
            await _store(vault, i, outcome)
        await asyncio.gather(*(one(i) for i in range(count)))
    asyncio.run(scenario())
    return outcome


def test_concurrent_appends_share_syncs_and_none_is_durable_before_its_sync(
        tmp_path, monkeypatch):
    vault = open_journal_vault(tmp_path / "vault", tmp_path / "keys", segment_bytes=MIB)
    slow = SlowSync(vault)
    monkeypatch.setattr(journal_sync.os, "fdatasync", slow)
    outcome = _concurrent(vault, RECORDS)
    assert all(done is not None for _, done in outcome.values())
    for seq, done in outcome.values():   # covered by a sync that had returned
        assert any(covers >= seq and ended <= done for covers, ended in slow.done), seq
    assert slow.calls < RECORDS // 2, slow.calls   # grouped: not one sync per record
    assert vault._group.syncs == slow.calls
    assert len(vault.keys("instances/")) == RECORDS
    # the thread path (put) and the loop path share the same group
    async def both():
        await asyncio.gather(vault.put(key="instances/st-b/x.dcm", data=b"x"),
                             *(_store(vault, RECORDS + i, outcome) for i in range(5)))
    asyncio.run(both())
    assert len(vault.keys("instances/")) == RECORDS + 6
    vault.close()
    again = open_journal_vault(tmp_path / "vault", tmp_path / "keys", segment_bytes=MIB)
    assert len(again.keys("instances/")) == RECORDS + 6
    again.close()


def test_a_failed_grouped_sync_fails_every_record_it_would_have_covered(tmp_path, monkeypatch):
    vault = open_journal_vault(tmp_path / "vault", tmp_path / "keys", segment_bytes=MIB)
    slow = SlowSync(vault, fail_from=2)
    monkeypatch.setattr(journal_sync.os, "fdatasync", slow)
    outcome = _concurrent(vault, RECORDS)
    ok = {i: seq for i, (seq, done) in outcome.items() if done is not None}
    failed = {i for i, (_, done) in outcome.items() if done is None}
    assert failed, "the second sync failed: its records must fail"
    (covers, _), = slow.done
    assert all(seq <= covers for seq in ok.values())   # only the first sync's records
    assert vault._group.failed
    with pytest.raises(StorageUnavailable):   # no more writes until a restart
        asyncio.run(vault.put(key="instances/st-b/late.dcm", data=b"late"))
    durable = set(vault.keys("instances/"))
    assert durable == {f"instances/st-a/in-{i}.dcm" for i in ok}
    vault.close()
