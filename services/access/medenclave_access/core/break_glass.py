"""Break-the-glass: a time-boxed elevated grant with a written reason. No I/O."""

from __future__ import annotations

import builtins
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from medenclave_access.core.ports import BreakGlassStore

__all__ = [
    "MAX_DURATION_S",
    "MIN_REASON_CHARS",
    "BreakGlassDesk",
    "BreakGlassRecord",
    "BreakGlassRefused",
    "SelfReview",
]

MIN_REASON_CHARS = 20
MAX_DURATION_S = 3600
DEFAULT_DURATION_S = 900


class SelfReview(PermissionError):
    """A grant would be reviewed under a break-glass token, or by the person who holds it."""


class BreakGlassRefused(ValueError):
    """The request is not acceptable (reason too short, duration too long, role not grantable)."""


@dataclass(frozen=True)
class BreakGlassRecord:
    grant_id: str
    subject: str
    from_role: str
    granted_role: str
    reason: str
    granted_at: float
    expires_at: float


class BreakGlassDesk:
    """Decides and records emergency grants; the caller signs the token and raises the alert.

    Args:
        grantable_roles: roles a break-glass may elevate to, or a function giving them from
            the current policy (``Policy.break_glass_roles``: never admin, privacy_officer or
            a service role).
    """

    def __init__(self, *, store: BreakGlassStore,
                 grantable_roles: Iterable[str] | Callable[[], Iterable[str]],
                 clock: Callable[[], float] = time.time) -> None:
        self._store = store
        self._grantable = grantable_roles if callable(grantable_roles) \
            else (lambda roles=frozenset(grantable_roles): roles)
        self._clock = clock

    def grant(self, *, subject: str, from_role: str, role: str, reason: str,
              duration_s: int = 0) -> BreakGlassRecord:
        """Record a grant of ``role`` to ``subject`` for ``duration_s`` seconds.

        Raises:
            BreakGlassRefused: reason under 20 characters, duration over 3600 s or negative,
                a role that cannot be granted (or the caller's own), or a service account
                asking.
        """
        if from_role.startswith("svc_"):
            raise BreakGlassRefused("service accounts cannot break the glass")
        if len(reason.strip()) < MIN_REASON_CHARS:
            raise BreakGlassRefused(f"reason must have at least {MIN_REASON_CHARS} characters")
        duration = duration_s or DEFAULT_DURATION_S
        if not 0 < duration <= MAX_DURATION_S:
            raise BreakGlassRefused(f"duration_s must be 1..{MAX_DURATION_S}")
        if role not in frozenset(self._grantable()) or role == from_role:
            raise BreakGlassRefused(f"role '{role}' cannot be granted by break-glass")
        now = self._clock()
        record = BreakGlassRecord(grant_id=uuid.uuid4().hex, subject=subject, from_role=from_role,
                                  granted_role=role, reason=reason.strip()[:2000],
                                  granted_at=now, expires_at=now + duration)
        self._store.add(record=record)
        return record

    def list(self) -> list[BreakGlassRecord]:
        """Every grant, newest first."""
        return sorted(self._store.list(), key=lambda r: r.granted_at, reverse=True)

    def review(self, *, reviewer: str,
               reviewer_grant: str = "") -> builtins.list[BreakGlassRecord]:
        """The grants ``reviewer`` may review, newest first: never their own.

        Raises:
            SelfReview: the reviewer calls with a break-glass token (``reviewer_grant``).
        """
        if reviewer_grant:
            raise SelfReview("a break-glass token cannot review break-glass grants")
        return [r for r in self.list() if r.subject != reviewer]
