"""Failed-login counting and lockout, per username and per peer address. No I/O.

A username (known or not: the same rule, so a lockout says nothing about existence) or a
peer address that fails ``max_failures`` times within ``lockout_s`` is locked for
``lockout_s``. Memory is bounded: at most ``max_tracked`` names and addresses are remembered,
the stalest dropped first.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["LockedOut", "Lockout", "LoginThrottle"]


@dataclass(frozen=True)
class Lockout:
    """A new lockout: ``scope`` is ``"user"`` or ``"peer"``, ``key`` the name or address."""

    scope: str
    key: str
    until: float


class LockedOut(Exception):
    """Too many failed logins for this username or address; ``until`` is when it ends."""

    def __init__(self, scope: str, until: float) -> None:
        super().__init__(f"{scope} locked out")
        self.scope = scope
        self.until = until


class _Counter:
    """Failure times of one kind of key, and the keys locked until when."""

    def __init__(self, *, max_failures: int, lockout_s: float, max_tracked: int) -> None:
        self._max = max_failures
        self._lockout_s = lockout_s
        self._max_tracked = max_tracked
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._locked: dict[str, float] = {}

    def locked_until(self, key: str, now: float) -> float | None:
        until = self._locked.get(key)
        if until is None:
            return None
        if until <= now:
            del self._locked[key]
            return None
        return until

    def fail(self, key: str, now: float) -> float | None:
        """Count a failure; the end of the lockout when this failure starts one."""
        times = self._failures.pop(key, None) or deque(maxlen=self._max)
        times.append(now)
        self._failures[key] = times   # most recently failed last
        while times and times[0] <= now - self._lockout_s:
            times.popleft()
        self._trim(now)
        if len(times) >= self._max and self.locked_until(key, now) is None:
            times.clear()
            self._locked[key] = now + self._lockout_s
            return self._locked[key]
        return None

    def reset(self, key: str) -> None:
        self._failures.pop(key, None)

    def _trim(self, now: float) -> None:
        for key in [k for k, until in self._locked.items() if until <= now]:
            del self._locked[key]
        while len(self._failures) > self._max_tracked:
            self._failures.popitem(last=False)
        while len(self._locked) > self._max_tracked:   # the lockout ending first goes first
            del self._locked[min(self._locked, key=self._locked.__getitem__)]


class LoginThrottle:
    """Decides whether a login may be tried, and counts the failures.

    Args:
        max_failures_per_user: failures of one username that lock it.
        max_failures_per_peer: failures from one address that lock it.
        lockout_s: how long a lockout lasts (and the window failures are counted in).
        max_tracked: names and addresses remembered, each kind.
    """

    def __init__(self, *, max_failures_per_user: int = 5, max_failures_per_peer: int = 20,
                 lockout_s: float = 900.0, max_tracked: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if min(max_failures_per_user, max_failures_per_peer, max_tracked) < 1 or lockout_s <= 0:
            raise ValueError("login limits must be positive")
        self._users = _Counter(max_failures=max_failures_per_user, lockout_s=lockout_s,
                               max_tracked=max_tracked)
        self._peers = _Counter(max_failures=max_failures_per_peer, lockout_s=lockout_s,
                               max_tracked=max_tracked)
        self._clock = clock

    def check(self, *, username: str, peer: str) -> None:
        """Raises:
            LockedOut: the username or the address is locked (scope ``user`` or ``peer``).
        """
        now = self._clock()
        for scope, counter, key in (("user", self._users, username), ("peer", self._peers, peer)):
            until = counter.locked_until(key, now)
            if until is not None:
                raise LockedOut(scope, until)

    def failed(self, *, username: str, peer: str) -> list[Lockout]:
        """Count a failed login; the lockouts it starts (each to be audited once)."""
        now = self._clock()
        started = []
        for scope, counter, key in (("user", self._users, username), ("peer", self._peers, peer)):
            until = counter.fail(key, now)
            if until is not None:
                started.append(Lockout(scope=scope, key=key, until=until))
        return started

    def succeeded(self, *, username: str) -> None:
        """Forget the username's failures (the address's stay counted)."""
        self._users.reset(username)
