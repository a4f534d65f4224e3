"""Users and service accounts: who may log in, with which role. No I/O here."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace

from medenclave.security.policy import Policy
from medenclave_access.core.ports import PasswordHasher, SecondFactorStore, UserStore
from medenclave_access.core.totp import matched_step, new_totp_secret

__all__ = [
    "AuthenticationFailed",
    "InvalidUser",
    "UnknownUser",
    "UserDirectory",
    "UserRecord",
]

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,63}$")


class AuthenticationFailed(Exception):
    """Unknown user, wrong password, or disabled account (deliberately not saying which)."""


class UnknownUser(LookupError):
    """No user of that name."""


class InvalidUser(ValueError):
    """The user definition is not acceptable (bad name, unknown role, weak password)."""


@dataclass(frozen=True)
class UserRecord:
    username: str
    role: str
    password_hash: str
    disabled: bool = False
    created_at: float = 0.0


class UserDirectory:
    """Creates users and checks their passwords.

    Every authentication costs one password verification: an unknown or disabled user is
    checked against a dummy hash made at construction, so the answer time does not say
    whether a user exists.
    """

    def __init__(self, *, store: UserStore, hasher: PasswordHasher,
                 policy: Policy | Callable[[], Policy], clock=None,
                 second_factors: SecondFactorStore | None = None) -> None:
        import time

        self._store = store
        self._hasher = hasher
        self._policy = policy
        self._clock = clock or time.time
        self._second_factors = second_factors
        self._dummy_hash = hasher.hash(secrets.token_urlsafe(24))

    @property
    def policy(self) -> Policy:
        return self._policy if isinstance(self._policy, Policy) else self._policy()

    def create(self, *, username: str, role: str, password: str,
               disabled: bool = False) -> UserRecord:
        """Create or reset a user (``disabled``: created, or kept, unable to log in).

        Raises:
            InvalidUser: bad username, unknown role or a password under 12 characters.
        """
        if not _USERNAME.match(username):
            raise InvalidUser("username must be 2-64 of a-z 0-9 . _ @ -")
        if role not in self.policy.roles:
            raise InvalidUser(f"unknown role '{role}'")
        if len(password) < 12:
            raise InvalidUser("password must have at least 12 characters")
        user = UserRecord(username=username, role=role, password_hash=self._hasher.hash(password),
                          disabled=disabled, created_at=self._clock())
        self._store.upsert(user=user)
        return user

    def authenticate(self, *, username: str, password: str, totp_code: str = "") -> UserRecord:
        """Check the password (and the TOTP code when the user enrolled one).

        Raises:
            AuthenticationFailed: unknown, disabled, wrong password, or a wrong, missing or
                already used code.
        """
        user = self._store.get(username=username)
        usable = user is not None and not user.disabled
        ok = self._hasher.verify(password_hash=user.password_hash if user and usable
                                 else self._dummy_hash, password=password)
        if user is None or not usable or not ok:
            raise AuthenticationFailed()
        secret = self.totp_secret(username)
        if secret:
            step = matched_step(secret, totp_code, at=self._clock())
            # a code is good once: its step must be later than the last one accepted
            if step is None or self._second_factors is None or \
                    not self._second_factors.accept_totp_step(username=username, step=step):
                raise AuthenticationFailed()
        return user

    def totp_secret(self, username: str) -> str | None:
        if self._second_factors is None:
            return None
        return self._second_factors.totp_secret(username=username)

    def set_disabled(self, *, username: str, disabled: bool) -> UserRecord:
        """Disable (or re-enable) a user.

        Raises:
            UnknownUser: no such user.
        """
        user = self._store.get(username=username)
        if user is None:
            raise UnknownUser(username)
        user = replace(user, disabled=disabled)
        self._store.upsert(user=user)
        return user

    def enroll_totp(self, *, username: str) -> str:
        """Give the user a new TOTP secret and return it (shown once).

        Raises:
            UnknownUser: no such user.
            InvalidUser: no second-factor store is configured.
        """
        if self._store.get(username=username) is None:
            raise UnknownUser(username)
        if self._second_factors is None:
            raise InvalidUser("second factors are not configured")
        secret = new_totp_secret()
        self._second_factors.set_totp_secret(username=username, secret=secret)
        return secret

    def list(self) -> list[UserRecord]:
        return self._store.list()
