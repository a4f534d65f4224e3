"""SQL user store (SQLite embedded, PostgreSQL in production) and the Argon2id hasher."""

from __future__ import annotations

import sqlalchemy as sa
from argon2 import PasswordHasher as _Argon2
from argon2.exceptions import InvalidHashError, VerificationError

from medenclave_access.adapters.outbound.schema import ensure_schema
from medenclave_access.adapters.outbound.totp_seal import TotpSeal
from medenclave_access.core.break_glass import BreakGlassRecord
from medenclave_access.core.users import UserRecord

__all__ = ["Argon2Hasher", "SqlBreakGlassStore", "SqlPolicyStore", "SqlRevocationStore",
           "SqlUserStore"]

metadata = sa.MetaData()
users = sa.Table(
    "access_users", metadata,
    sa.Column("username", sa.String(64), primary_key=True),
    sa.Column("role", sa.String(64), nullable=False),
    sa.Column("password_hash", sa.String(256), nullable=False),
    sa.Column("disabled", sa.Boolean, nullable=False, default=False),
    sa.Column("created_at", sa.Float, nullable=False),
)

#: before TOTP secrets were sealed: read once at start-up to migrate, then emptied
clear_second_factors = sa.Table(
    "access_totp", metadata,
    sa.Column("username", sa.String(64), primary_key=True),
    sa.Column("secret", sa.String(64), nullable=False),
)
second_factors = sa.Table(
    "access_totp_sealed", metadata,
    sa.Column("username", sa.String(64), primary_key=True),
    sa.Column("sealed_secret", sa.Text, nullable=False),
    #: the last accepted time-step: a code of this step or an earlier one is a replay
    sa.Column("last_step", sa.BigInteger, nullable=True),
)
revocations = sa.Table(
    "access_revocations", metadata,
    sa.Column("subject", sa.String(128), primary_key=True),
    sa.Column("revoked_before", sa.Float, nullable=False),
)
policy_changes = sa.Table(
    "access_policy_changes", metadata,
    sa.Column("role", sa.String(64), primary_key=True),
    sa.Column("permission", sa.String(128), primary_key=True),
    sa.Column("granted", sa.Boolean, nullable=False),
)
policy_meta = sa.Table(
    "access_policy_meta", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("version", sa.Integer, nullable=False),
)
break_glass = sa.Table(
    "access_break_glass", metadata,
    sa.Column("grant_id", sa.String(32), primary_key=True),
    sa.Column("subject", sa.String(128), nullable=False),
    sa.Column("from_role", sa.String(64), nullable=False),
    sa.Column("granted_role", sa.String(64), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("granted_at", sa.Float, nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
)


class SqlUserStore:
    """Users and their second factors; TOTP secrets are sealed by ``seal`` (see
    :class:`TotpSeal`), and clear ones left by an older release are sealed at construction."""

    def __init__(self, engine: sa.Engine, *, seal: TotpSeal) -> None:
        self._engine = engine
        self._seal = seal
        ensure_schema(engine)
        self._migrate_clear_secrets()

    def _migrate_clear_secrets(self) -> None:
        with self._engine.begin() as conn:
            rows = conn.execute(sa.select(clear_second_factors)).all()
            if not rows:
                return
            if conn.dialect.name == "sqlite":   # overwrite the freed pages, not just unlink
                conn.exec_driver_sql("PRAGMA secure_delete = ON")
            for row in rows:
                conn.execute(sa.delete(second_factors).where(
                    second_factors.c.username == row.username))
                conn.execute(sa.insert(second_factors).values(
                    username=row.username, last_step=None,
                    sealed_secret=self._seal.seal(row.secret, username=row.username)))
            conn.execute(sa.delete(clear_second_factors))
        if self._engine.dialect.name == "sqlite":
            with self._engine.connect() as conn:   # no old page copy left in the WAL either
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

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

    def totp_secret(self, *, username: str) -> str | None:
        """Raises: SealBroken (the key file is not the one the secret was sealed with)."""
        with self._engine.connect() as conn:
            sealed = conn.execute(sa.select(second_factors.c.sealed_secret).where(
                second_factors.c.username == username)).scalar()
        return None if sealed is None else self._seal.open(sealed, username=username)

    def set_totp_secret(self, *, username: str, secret: str) -> None:
        sealed = self._seal.seal(secret, username=username)
        with self._engine.begin() as conn:
            conn.execute(sa.delete(second_factors).where(second_factors.c.username == username))
            conn.execute(sa.insert(second_factors).values(username=username,
                                                          sealed_secret=sealed, last_step=None))

    def accept_totp_step(self, *, username: str, step: int) -> bool:
        # one conditional UPDATE: two logins racing with the same code cannot both win
        with self._engine.begin() as conn:
            return conn.execute(sa.update(second_factors).where(
                second_factors.c.username == username,
                sa.or_(second_factors.c.last_step.is_(None),
                       second_factors.c.last_step < step)).values(last_step=step)).rowcount == 1


class SqlRevocationStore:
    """Subject → time before which its tokens are rejected."""

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine
        ensure_schema(engine)

    def revoke(self, *, subject: str, before: float) -> None:
        with self._engine.begin() as conn:
            conn.execute(sa.delete(revocations).where(revocations.c.subject == subject))
            conn.execute(sa.insert(revocations).values(subject=subject, revoked_before=before))

    def all(self) -> dict[str, float]:
        with self._engine.connect() as conn:
            return {r.subject: r.revoked_before for r in conn.execute(sa.select(revocations))}


class SqlPolicyStore:
    """Admins' edits to the default role table, plus the policy version."""

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine
        ensure_schema(engine)

    def load(self) -> tuple[dict[tuple[str, str], bool], int]:
        with self._engine.connect() as conn:
            version = conn.execute(sa.select(policy_meta.c.version).where(
                policy_meta.c.id == 1)).scalar()
            changes = {(r.role, r.permission): bool(r.granted)
                       for r in conn.execute(sa.select(policy_changes))}
        return changes, int(version or 0)

    def save(self, *, changes, version: int) -> None:
        with self._engine.begin() as conn:
            conn.execute(sa.delete(policy_changes))
            if changes:
                conn.execute(sa.insert(policy_changes), [
                    {"role": r, "permission": p, "granted": g} for (r, p), g in changes.items()])
            conn.execute(sa.delete(policy_meta))
            conn.execute(sa.insert(policy_meta).values(id=1, version=version))


class SqlBreakGlassStore:
    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine
        ensure_schema(engine)

    def add(self, *, record: BreakGlassRecord) -> None:
        with self._engine.begin() as conn:
            conn.execute(sa.insert(break_glass).values(**record.__dict__))

    def list(self) -> list[BreakGlassRecord]:
        with self._engine.connect() as conn:
            return [BreakGlassRecord(**r._mapping) for r in conn.execute(sa.select(break_glass))]


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
