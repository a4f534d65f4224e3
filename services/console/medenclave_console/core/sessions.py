"""Console sessions: random ids held in memory, rotated at sign-in, ended when idle.

A browser first gets an anonymous session (it carries the CSRF token of the sign-in form); a
successful sign-in replaces it with a new id (the old one is forgotten, so an id planted
before sign-in is worth nothing: session fixation). A session ends after ``idle_timeout_s``
without a request or when the access token inside it expires.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from medenclave_console.core.ports import SignedIn

__all__ = ["MAX_HANDLES", "Session", "SessionBook", "signed_in"]

#: most row handles a session holds (the oldest go first)
MAX_HANDLES = 2000


@dataclass
class Session:
    sid: str
    csrf: str
    last_seen: float
    user: SignedIn | None = None
    #: message keys to show once on the next page (after a redirect)
    flash: list[str] = field(default_factory=list)
    #: opaque handles of the rows a page offered for a decision (handle → row key), so no
    #: reference travels to the browser and a form can act only on a row it was shown
    handles: dict[str, tuple[str, int]] = field(default_factory=dict)

    def handle_for(self, key: tuple[str, int], kind: str = "quarantine") -> str:
        """An opaque handle of ``key`` for forms of ``kind`` (quarantine, model, dataset)."""
        handle = f"{kind}.{secrets.token_urlsafe(12)}"
        self.handles[handle] = key
        while len(self.handles) > MAX_HANDLES:
            del self.handles[next(iter(self.handles))]
        return handle

    def handle(self, presented: str, kind: str) -> tuple[str, int] | None:
        """The row a form's handle stands for, only if it was given for ``kind``'s forms."""
        return self.handles.get(presented) if presented.startswith(f"{kind}.") else None

    def drop_handles(self, kind: str) -> None:
        for handle in [h for h in self.handles if h.startswith(f"{kind}.")]:
            del self.handles[handle]

    @property
    def signed_in(self) -> bool:
        return self.user is not None

    def csrf_ok(self, presented: str) -> bool:
        """Constant-time comparison of a form's CSRF token with this session's."""
        return bool(presented) and hmac.compare_digest(presented.encode(), self.csrf.encode())


def signed_in(session: Session) -> SignedIn:
    """The person of a session the gates (``open_screen``, ``checked_form`` with a screen)
    let through; a session without one here is a bug, not a request to refuse."""
    if session.user is None:
        raise RuntimeError("the screen gates give signed-in sessions only")
    return session.user


class SessionBook:
    """All live sessions of this console process.

    Args:
        idle_timeout_s: a session unused this long is gone.
        max_sessions: most held at once; beyond, the least recently used is dropped.
        clock: seconds since the epoch (tests pass their own).
    """

    def __init__(self, *, idle_timeout_s: float, max_sessions: int,
                 clock: Callable[[], float] = time.time) -> None:
        if idle_timeout_s <= 0 or max_sessions < 1:
            raise ValueError("idle_timeout_s and max_sessions must be positive")
        self._idle = idle_timeout_s
        self._max = max_sessions
        self._clock = clock
        self._sessions: OrderedDict[str, Session] = OrderedDict()

    def __len__(self) -> int:
        return len(self._sessions)

    def _add(self, user: SignedIn | None) -> Session:
        session = Session(sid=secrets.token_urlsafe(32), csrf=secrets.token_urlsafe(32),
                          last_seen=self._clock(), user=user)
        self._sessions[session.sid] = session
        while len(self._sessions) > self._max:
            self._sessions.popitem(last=False)
        return session

    def anonymous(self) -> Session:
        """A new session without a person (for the sign-in form's CSRF token)."""
        return self._add(None)

    def get(self, sid: str) -> Session | None:
        """The live session ``sid`` (touched), or None if unknown, idle too long or its token
        expired (then it is forgotten)."""
        session = self._sessions.get(sid) if sid else None
        if session is None:
            return None
        now = self._clock()
        expired = session.user is not None and session.user.expires_at <= now
        if now - session.last_seen > self._idle or expired:
            del self._sessions[sid]
            return None
        session.last_seen = now
        self._sessions.move_to_end(sid)
        return session

    def sign_in(self, previous: str, user: SignedIn) -> Session:
        """A new session for ``user``; the session ``previous`` (if any) is forgotten."""
        self._sessions.pop(previous, None)
        return self._add(user)

    def sign_out(self, sid: str) -> None:
        self._sessions.pop(sid, None)
