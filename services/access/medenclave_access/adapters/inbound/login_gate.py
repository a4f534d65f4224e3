"""Password checks off the event loop: a small thread pool and a bounded waiting line.

Argon2id costs ~64 MiB and a few hundred milliseconds per check. Run on the event loop, a few
parallel logins froze token issuance for every service; here at most ``workers`` checks run at
once, at most ``max_waiting`` more wait, and a login beyond that is refused at once.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

__all__ = ["LoginGate", "LoginsBusy"]

T = TypeVar("T")


class LoginsBusy(Exception):
    """Every worker is busy and the waiting line is full."""


class LoginGate:
    """Runs password checks on ``workers`` threads with ``max_waiting`` calls queued at most.

    Raises:
        ValueError: ``workers`` < 1 or ``max_waiting`` < 0.
    """

    def __init__(self, *, workers: int = 2, max_waiting: int = 16) -> None:
        if workers < 1 or max_waiting < 0:
            raise ValueError("workers must be ≥ 1 and max_waiting ≥ 0")
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="access-login")
        self._limit = workers + max_waiting
        self._admitted = 0

    async def run(self, fn: Callable[..., T], /, **kwargs: object) -> T:
        """``fn(**kwargs)`` on a worker thread.

        Raises:
            LoginsBusy: the line is full (nothing was run).
        """
        if self._admitted >= self._limit:
            raise LoginsBusy()
        self._admitted += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(
                self._pool, functools.partial(fn, **kwargs))
        finally:
            self._admitted -= 1

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
