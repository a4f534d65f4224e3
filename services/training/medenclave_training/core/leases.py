"""Job leases: which replica runs which RUNNING job, so several training replicas can share
one database and a job whose process died is taken over and resumed (from its last
checkpoint) instead of being failed. No I/O here; the store is a port.

A lease is an owner id and an expiry. The runner renews it while the job runs; a RUNNING job
whose lease has expired (or that never had one and started longer than a lease ago) is an
orphan, and the first replica to take it over by compare-and-set runs it again.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from medenclave_training.core.jobs import Job, JobState
from medenclave_training.core.ports import JobLeases, JobStore

__all__ = ["LeaseKeeper"]


class LeaseKeeper:
    """Claims, renews, releases and takes over job leases for one replica (``owner``)."""

    def __init__(self, *, jobs: JobStore, leases: JobLeases, owner: str, ttl_s: float,
                 clock: Callable[[], float] = time.time) -> None:
        if ttl_s <= 0:
            raise ValueError("lease ttl must be positive")
        self._jobs = jobs
        self._leases = leases
        self.owner = owner
        self.ttl_s = ttl_s
        self._clock = clock

    def claim(self, job: Job) -> bool:
        """Hold ``job``'s lease: True if it was free, expired, or already ours."""
        now = self._clock()
        return self._leases.acquire(job_id=job.job_id, owner=self.owner, now=now,
                                    expires_at=now + self.ttl_s,
                                    unowned_before=now + self.ttl_s)

    def renew(self, job_id: str) -> bool:
        """Extend our lease; False if another replica has taken the job over."""
        now = self._clock()
        return self._leases.renew(job_id=job_id, owner=self.owner, expires_at=now + self.ttl_s)

    def release(self, job_id: str) -> None:
        self._leases.release(job_id=job_id, owner=self.owner)

    def adopt_orphans(self) -> list[Job]:
        """RUNNING jobs whose replica is gone, now leased to this one (the caller runs them).

        A job with no owner yet is an orphan only once it has been RUNNING for longer than a
        lease (the replica that started it claims it at once).
        """
        adopted: list[Job] = []
        now = self._clock()
        for job in self._jobs.in_state(state=JobState.RUNNING):
            if self._leases.acquire(job_id=job.job_id, owner=self.owner, now=now,
                                    expires_at=now + self.ttl_s,
                                    unowned_before=now - self.ttl_s):
                adopted.append(job)
        return adopted
