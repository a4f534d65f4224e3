"""A pynetdicom requestor whose DIMSE responses its own reactor thread cannot take.

pynetdicom (2.x to 3.0.x) runs a reactor thread per association that takes any complete
DIMSE message off the association's queue and serves it as a request. Around each ``send_*``
call the caller pauses it: it clears ``_reactor_checkpoint``, waits until ``_is_paused`` is
True, sends, takes the response off the queue and sets the checkpoint again. But the reactor
clears ``_is_paused`` only once its thread runs again after that ``set()``: a caller that
starts its next request first (a busy machine, several sender threads in one process) reads
the stale True, sends, and the reactor, running at last, takes the response, logs "Received
unexpected C-STORE service message" and drops it. The caller then waits for its
``dimse_timeout``, or until the peer's idle timeout aborts the association, although the
peer answered. :func:`close_reactor_race` closes that window on one association.
"""

from __future__ import annotations

import threading
from typing import Any

__all__ = ["close_reactor_race"]


class _Checkpoint(threading.Event):
    """The reactor's checkpoint; setting it also marks the reactor as running, so the next
    pause waits until the reactor has really stopped at the checkpoint again."""

    association: Any

    def set(self) -> None:
        self.association._is_paused = False
        super().set()


def close_reactor_race(assoc: Any) -> None:
    """Make every later pause of ``assoc``'s reactor wait for the reactor itself.

    The checkpoint object is changed in place (its class), not replaced: a reactor about to
    wait on it keeps waiting on the same object.

    Args:
        assoc: a pynetdicom ``Association`` (requestor), established.

    Raises:
        RuntimeError: this pynetdicom pauses its reactor differently (re-check the race).
    """
    checkpoint = getattr(assoc, "_reactor_checkpoint", None)
    if not isinstance(checkpoint, threading.Event) or not hasattr(assoc, "_is_paused"):
        raise RuntimeError("pynetdicom's association reactor changed: re-check the race")
    checkpoint.association = assoc  # type: ignore[attr-defined]
    checkpoint.__class__ = _Checkpoint
