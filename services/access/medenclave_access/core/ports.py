"""Every port the access core needs (stores, signers, …), with the errors each raises."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # the records these ports carry; imported for annotations only
    from medenclave_access.core.break_glass import BreakGlassRecord
    from medenclave_access.core.users import UserRecord

__all__ = [
    "BreakGlassStore",
    "PasswordHasher",
    "PolicyStore",
    "SecondFactorStore",
    "UserStore",
]


class UserStore(Protocol):
    def get(self, *, username: str) -> UserRecord | None: ...
    def upsert(self, *, user: UserRecord) -> None: ...
    def list(self) -> list[UserRecord]: ...


class SecondFactorStore(Protocol):
    """TOTP secrets per user (a user without one logs in with the password alone)."""

    def totp_secret(self, *, username: str) -> str | None: ...
    def set_totp_secret(self, *, username: str, secret: str) -> None:
        """Store a new secret (forgetting the last accepted step of the old one)."""
    def accept_totp_step(self, *, username: str, step: int) -> bool:
        """Record ``step`` as the user's last accepted time-step if it is later than the one
        recorded, atomically; False if it is not (a replayed or older code)."""


class PasswordHasher(Protocol):
    def hash(self, password: str) -> str: ...
    def verify(self, *, password_hash: str, password: str) -> bool: ...


class BreakGlassStore(Protocol):
    def add(self, *, record: BreakGlassRecord) -> None: ...
    def list(self) -> list[BreakGlassRecord]: ...


class PolicyStore(Protocol):
    """Admins' edits to the default role table: ``(role, permission) → granted``."""

    def load(self) -> tuple[dict[tuple[str, str], bool], int]:
        """The stored edits and the policy version (``({}, 0)`` when nothing is stored)."""
    def save(self, *, changes: Mapping[tuple[str, str], bool], version: int) -> None: ...
