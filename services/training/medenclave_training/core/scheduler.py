"""When jobs start: at once, or when the last of their studies has been de-identified."""

from __future__ import annotations

import time
from collections.abc import Callable

from medenclave_training.core.jobs import Job, JobSpec, JobState
from medenclave_training.core.ports import AvailableStudy, JobStore, StudyCatalog

__all__ = ["JobScheduler"]


class JobScheduler:
    """Creates jobs and moves them out of WAITING. Stateless: every decision is a
    compare-and-set in the job store, so several replicas may share one store."""

    def __init__(self, *, jobs: JobStore, studies: StudyCatalog,
                 clock: Callable[[], float] = time.time) -> None:
        self._jobs = jobs
        self._studies = studies
        self._clock = clock

    def missing_studies(self, job: Job) -> set[str]:
        """Labelled studies of ``job`` that are not de-identified yet."""
        wanted = set(job.spec.labels.labels)
        return wanted - self._studies.available(pseudo_study_ids=wanted)

    def submit(self, *, spec: JobSpec, requested_by: str, origin: str, trace_id: str,
               job_id: str = "") -> tuple[Job, bool]:
        """Create a job. It starts now unless it is to wait and some study is missing.

        Args:
            spec: the validated request.
            requested_by: the caller's subject.
            origin: W3C traceparent of the request, for a span link when the job runs later.
            trace_id: the current trace, recorded if the job starts now.
            job_id: a pre-allocated id (e.g. already named in an audit record).

        Returns:
            The stored job and whether the caller must run it now.
        """
        job = Job.new(spec=spec, now=self._clock(), requested_by=requested_by, origin=origin,
                      job_id=job_id)
        self._jobs.add(job=job)
        if spec.wait_for_studies and self.missing_studies(job):
            return job, False
        started = job.start(trace_id=trace_id, now=self._clock())
        if self._jobs.replace(job=started, expected=JobState.WAITING):
            return started, True
        return self._jobs.get(job_id=job.job_id), False

    def record_study(self, *, study: AvailableStudy) -> bool:
        """Remember a de-identified study (idempotent)."""
        return self._studies.record(study=study)

    def start_ready(self, *, trace_id: str) -> list[Job]:
        """WAITING jobs whose studies are all available now move to RUNNING in ``trace_id``.

        Returns:
            The jobs this call started (the caller runs them).
        """
        started: list[Job] = []
        now = self._clock()
        for job in self._jobs.in_state(state=JobState.WAITING):
            if job.overdue(now) or self.missing_studies(job):
                continue
            running = job.start(trace_id=trace_id, now=now)
            if self._jobs.replace(job=running, expected=JobState.WAITING):
                started.append(running)
        return started

    def expire_overdue(self) -> list[Job]:
        """WAITING jobs past their wait deadline fail with ``studies_not_available``."""
        failed: list[Job] = []
        now = self._clock()
        for job in self._jobs.in_state(state=JobState.WAITING):
            if job.overdue(now):
                done = job.fail(code="studies_not_available", now=now)
                if self._jobs.replace(job=done, expected=JobState.WAITING):
                    failed.append(done)
        return failed

    def recover_interrupted(self) -> list[Job]:
        """After a restart: jobs left RUNNING by the previous process fail with
        ``interrupted`` (WAITING jobs keep waiting)."""
        failed: list[Job] = []
        now = self._clock()
        for job in self._jobs.in_state(state=JobState.RUNNING):
            done = job.fail(code="interrupted", now=now)
            if self._jobs.replace(job=done, expected=JobState.RUNNING):
                failed.append(done)
        return failed
