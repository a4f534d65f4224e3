"""Users and service accounts: who may log in, with which role. No I/O here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from medenclave.security.policy import Policy

__all__ = [
    "AuthenticationFailed",
    "InvalidUser",
    "PasswordHasher",
    "UserDirectory",
    "UserRecord",
    "UserStore",
]

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,63}$")


class AuthenticationFailed(Exception):
    """Unknown user, wrong password, or disabled account (deliberately not saying which)."""


class InvalidUser(ValueError):
    """The user definition is not acceptable (bad name, unknown role, weak password)."""


@dataclass(frozen=True)
class UserRecord:
    username: str
    role: str
    password_hash: str
    disabled: bool = False
    created_at: float = 0.0


class UserStore(Protocol):
    def get(self, *, username: str) -> UserRecord | None: ...
    def upsert(self, *, user: UserRecord) -> None: ...
    def list(self) -> list[UserRecord]: ...


class PasswordHasher(Protocol):
    def hash(self, password: str) -> str: ...
    def verify(self, *, password_hash: str, password: str) -> bool: ...


class UserDirectory:
    """Creates users and checks their passwords."""

    def __init__(self, *, store: UserStore, hasher: PasswordHasher, policy: Policy,
                 clock=None) -> None:  # noqa: ANN001
        import time

        self._store = store
        self._hasher = hasher
        self._policy = policy
        self._clock = clock or time.time

    def create(self, *, username: str, role: str, password: str) -> UserRecord:
        """Create or reset a user.

        Raises:
            InvalidUser: bad username, unknown role or a password under 12 characters.
        """
        if not _USERNAME.match(username):
            raise InvalidUser("username must be 2-64 of a-z 0-9 . _ @ -")
        if role not in self._policy.roles:
            raise InvalidUser(f"unknown role '{role}'")
        if len(password) < 12:
            raise InvalidUser("password must have at least 12 characters")
        user = UserRecord(username=username, role=role, password_hash=self._hasher.hash(password),
                          created_at=self._clock())
        self._store.upsert(user=user)
        return user

    def authenticate(self, *, username: str, password: str) -> UserRecord:
        """Raises: AuthenticationFailed."""
        user = self._store.get(username=username)
        if user is None or user.disabled or not self._hasher.verify(
                password_hash=user.password_hash, password=password):
            raise AuthenticationFailed()
        return user

    def list(self) -> list[UserRecord]:
        return self._store.list()
