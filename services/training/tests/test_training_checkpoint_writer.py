"""Checkpoints written off the training thread: a copy taken at hand-over, one write in flight,
a failed write raised at the next hand-over or at the end, never lost."""

from __future__ import annotations

import logging
import threading

import pytest
import torch

from medenclave_training.adapters.outbound.checkpoint_writer import (
    BackgroundCheckpoints,
    snapshot,
)


class _Store:
    """Records what it was asked to write; ``gate`` holds a write until it is set."""

    def __init__(self, fail_on: int = 0) -> None:
        self.saved: list[dict] = []
        self.gate = threading.Event()
        self.gate.set()
        self.started = threading.Event()
        self.fail_on = fail_on
        self.threads: set[str] = set()

    def load(self):
        return self.saved[-1] if self.saved else None

    def save(self, state) -> None:
        self.started.set()
        self.threads.add(threading.current_thread().name)
        assert self.gate.wait(timeout=30)
        if len(self.saved) + 1 == self.fail_on:
            self.saved.append({"failed": True})
            raise OSError("disk full")
        self.saved.append(state)


def test_snapshot_copies_tensors_and_containers():
    w = torch.zeros(3)
    state = {"model": {"w": w}, "plan": [torch.arange(2)], "pair": (w, 1), "n": 2, "s": "x"}
    copy = snapshot(state)
    w += 1
    state["model"]["w2"] = w
    assert copy["model"].keys() == {"w"} and torch.equal(copy["model"]["w"], torch.zeros(3))
    assert torch.equal(copy["pair"][0], torch.zeros(3)) and copy["pair"][1] == 1
    assert copy["n"] == 2 and copy["s"] == "x" and torch.equal(copy["plan"][0], torch.arange(2))


def test_a_checkpoint_is_the_state_at_hand_over_written_on_one_other_thread():
    store = _Store()
    store.gate.clear()
    weights = torch.zeros(4)
    with BackgroundCheckpoints(store) as writer:
        writer.save({"step": 1, "model": {"w": weights}})
        assert store.started.wait(timeout=30)
        weights += 5  # training goes on while the write waits
        store.gate.set()
        writer.save({"step": 2, "model": {"w": weights}})
        weights += 5
    assert [s["step"] for s in store.saved] == [1, 2]  # all written when the block ends
    assert torch.equal(store.saved[0]["model"]["w"], torch.zeros(4))
    assert torch.equal(store.saved[1]["model"]["w"], torch.full((4,), 5.0))
    assert len(store.threads) == 1 and threading.current_thread().name not in store.threads
    assert writer.load()["step"] == 2


def test_at_most_one_checkpoint_in_flight():
    store = _Store()
    store.gate.clear()
    writer = BackgroundCheckpoints(store)
    writer.save({"step": 1})
    assert store.started.wait(timeout=30)
    handed = threading.Event()

    def second() -> None:
        writer.save({"step": 2})
        handed.set()

    t = threading.Thread(target=second)
    t.start()
    assert not handed.wait(timeout=0.2)  # waits for the first write
    assert store.saved == []
    store.gate.set()
    t.join(timeout=30)
    assert handed.is_set()
    writer.close()
    assert [s["step"] for s in store.saved] == [1, 2]


def test_a_failed_write_is_raised_at_the_next_hand_over_and_nothing_after_it_is_written():
    store = _Store(fail_on=1)
    writer = BackgroundCheckpoints(store)
    writer.save({"step": 1})
    with pytest.raises(OSError, match="disk full"):
        writer.save({"step": 2})
    writer.close()
    assert store.saved == [{"failed": True}]


def test_a_failed_last_write_is_raised_at_the_end():
    store = _Store(fail_on=1)
    with pytest.raises(OSError, match="disk full"), BackgroundCheckpoints(store) as writer:
        writer.save({"step": 1})


def test_a_run_already_failing_keeps_its_own_error_and_logs_the_writes(caplog):
    store = _Store(fail_on=1)
    with caplog.at_level(logging.WARNING), pytest.raises(KeyError):
        with BackgroundCheckpoints(store) as writer:
            writer.save({"step": 1})
            raise KeyError("the run's own error")
    assert [r.code for r in caplog.records] == ["TRN-328"]
    assert "disk full" not in caplog.text
