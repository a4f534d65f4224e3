"""Checkpoints written off the training thread.

The training loop hands a checkpoint over and goes on training: the state is copied at once
(every tensor cloned to the CPU, every container rebuilt, so later steps cannot change what is
written), and one writer thread serialises, encrypts and writes it through the store (which
writes a temporary file, fsyncs it and renames it over the last one: a checkpoint on disk is
always whole). At most one checkpoint is in flight: handing over the next one waits for the
one before. A write that failed is raised at the next hand-over or when the writer is closed,
so a run never ends believing a checkpoint is on disk that is not.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import Any, Protocol

import torch

__all__ = ["BackgroundCheckpoints", "snapshot"]

log = logging.getLogger(__name__)


class _Store(Protocol):
    def load(self) -> dict[str, Any] | None: ...

    def save(self, state: dict[str, Any]) -> None: ...


def snapshot(value: Any) -> Any:
    """A deep copy of a checkpoint's state: tensors cloned onto the CPU, containers rebuilt,
    everything else (numbers, strings, None) as it is."""
    if isinstance(value, torch.Tensor):
        return value.detach().to("cpu", copy=True)
    if isinstance(value, dict):
        return {k: snapshot(v) for k, v in value.items()}
    if isinstance(value, list):
        return [snapshot(v) for v in value]
    if isinstance(value, tuple):
        return tuple(snapshot(v) for v in value)
    return value


class BackgroundCheckpoints:
    """The training loop's ``Checkpoints`` around a store, writing on one background thread.

    Use it as a context manager around the loop: leaving it waits for the write in flight;
    its error is raised when the loop ended normally, and logged when the loop is already
    raising (the loop's own error is the one that matters then).
    """

    def __init__(self, store: _Store) -> None:
        self._store = store
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="checkpoint-writer")
        self._in_flight: Future[None] | None = None

    def load(self) -> dict[str, Any] | None:
        return self._store.load()

    def save(self, state: dict[str, Any]) -> None:
        """Copy ``state`` now and write it in the background.

        Raises:
            Exception: whatever the previous checkpoint's write raised.
        """
        self.wait()
        self._in_flight = self._pool.submit(self._store.save, snapshot(state))

    def wait(self) -> None:
        """Wait for the checkpoint in flight, if any.

        Raises:
            Exception: whatever its write raised.
        """
        in_flight, self._in_flight = self._in_flight, None
        if in_flight is not None:
            in_flight.result()

    def close(self, *, raise_error: bool = True) -> None:
        """Wait for the checkpoint in flight and stop the writer thread."""
        try:
            self.wait()
        except Exception as exc:
            if raise_error:
                raise
            log.warning("checkpoint write failed while the run was stopping", extra={
                "code": "TRN-328", "fields": {"error": type(exc).__name__}})
        finally:
            self._pool.shutdown(wait=True)

    def __enter__(self) -> BackgroundCheckpoints:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close(raise_error=exc_type is None)
