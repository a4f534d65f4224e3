"""SQL user store (SQLite embedded, PostgreSQL in production) and the Argon2id hasher."""

from __future__ import annotations

import sqlalchemy as sa
from argon2 import PasswordHasher as _Argon2
from argon2.exceptions import VerificationError, InvalidHashError

from medenclave_access.core.users import UserRecord

__all__ = ["Argon2Hasher", "SqlUserStore"]

metadata = sa.MetaData()
users = sa.Table(
    "access_users", metadata,
    sa.Column("username", sa.String(64), primary_key=True),
    sa.Column("role", sa.String(64), nullable=False),
    sa.Column("password_hash", sa.String(256), nullable=False),
    sa.Column("disabled", sa.Boolean, nullable=False, default=False),
    sa.Column("created_at", sa.Float, nullable=False),
)


class SqlUserStore:
    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine
        metadata.create_all(engine)

    def get(self, *, username: str) -> UserRecord | None:
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(users).where(users.c.username == username)).first()
        return UserRecord(**row._mapping) if row else None

    def upsert(self, *, user: UserRecord) -> None:
        values = dict(role=user.role, password_hash=user.password_hash, disabled=user.disabled,
                      created_at=user.created_at)
        with self._engine.begin() as conn:
            updated = conn.execute(sa.update(users).where(users.c.username == user.username)
                                   .values(**values)).rowcount
            if not updated:
                conn.execute(sa.insert(users).values(username=user.username, **values))

    def list(self) -> list[UserRecord]:
        with self._engine.connect() as conn:
            return [UserRecord(**r._mapping) for r in conn.execute(
                sa.select(users).order_by(users.c.username))]


class Argon2Hasher:
    """Argon2id with the library's default (RFC 9106 low-memory) parameters."""

    def __init__(self) -> None:
        self._ph = _Argon2()

    def hash(self, password: str) -> str:
        return self._ph.hash(password)

    def verify(self, *, password_hash: str, password: str) -> bool:
        try:
            return self._ph.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False
