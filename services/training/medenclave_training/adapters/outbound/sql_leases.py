"""Job leases in the job table (SQLite and PostgreSQL): two columns (revision training_0003),
compare-and-set updates."""

from __future__ import annotations

import sqlalchemy as sa

from medenclave_training.adapters.outbound.sql_store import jobs
from medenclave_training.core.jobs import JobState

__all__ = ["SqlJobLeases"]


class SqlJobLeases:
    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine

    def acquire(self, *, job_id: str, owner: str, now: float, expires_at: float,
                unowned_before: float) -> bool:
        free = sa.or_(jobs.c.lease_owner == owner,
                      sa.and_(jobs.c.lease_owner != "", jobs.c.lease_expires < now),
                      sa.and_(jobs.c.lease_owner == "", jobs.c.started_at < unowned_before))
        with self._engine.begin() as conn:
            result = conn.execute(sa.update(jobs).where(
                jobs.c.job_id == job_id, jobs.c.state == JobState.RUNNING.value, free)
                .values(lease_owner=owner, lease_expires=expires_at))
        return result.rowcount == 1

    def renew(self, *, job_id: str, owner: str, expires_at: float) -> bool:
        with self._engine.begin() as conn:
            result = conn.execute(sa.update(jobs).where(
                jobs.c.job_id == job_id, jobs.c.state == JobState.RUNNING.value,
                jobs.c.lease_owner == owner).values(lease_expires=expires_at))
        return result.rowcount == 1

    def release(self, *, job_id: str, owner: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(sa.update(jobs).where(jobs.c.job_id == job_id,
                                               jobs.c.lease_owner == owner)
                         .values(lease_owner="", lease_expires=0.0))
