"""When jobs start: when their studies have been de-identified, and then in the queue's order
(priority, then age) within the service's running-job limit and each project's GPU quota."""

from __future__ import annotations

import time
from collections.abc import Callable

from medenclave_training.core.job_queue import QueueLimits, admissible, queue_options
from medenclave_training.core.jobs import InvalidJob, Job, JobSpec, JobState
from medenclave_training.core.ports import AvailableStudy, JobStore, StudyCatalog

__all__ = ["JobScheduler"]


class JobScheduler:
    """Creates jobs and moves them out of WAITING. Stateless: every decision is a
    compare-and-set in the job store, so several replicas may share one store."""

    def __init__(self, *, jobs: JobStore, studies: StudyCatalog,
                 clock: Callable[[], float] = time.time,
                 limits: QueueLimits | None = None) -> None:
        self._jobs = jobs
        self._studies = studies
        self._clock = clock
        self._limits = limits or QueueLimits()

    def check_quota(self, spec: JobSpec) -> None:
        """Refuse a job that could never start: it needs more GPUs than its project's quota.

        Raises:
            InvalidJob: ``project_quota_too_small``.
        """
        if queue_options(spec.config).gpus > self._limits.project_gpus:
            raise InvalidJob("project_quota_too_small")

    def missing_studies(self, job: Job) -> set[str]:
        """Labelled studies of ``job`` that are not de-identified yet."""
        wanted = set(job.spec.labels.labels)
        return wanted - self._studies.available(pseudo_study_ids=wanted)

    def submit(self, *, spec: JobSpec, requested_by: str, origin: str, trace_id: str,
               job_id: str = "") -> tuple[Job, bool]:
        """Create a job. It starts now unless it is to wait and some study is missing, or the
        queue is full (then it is QUEUED and starts in :meth:`start_queued`).

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
        if not self._jobs.replace(job=job.queue(), expected=JobState.WAITING):
            return self._jobs.get(job_id=job.job_id), False
        started = self.start_queued(trace_id=trace_id, only=job.job_id)
        return (started[0], True) if started else (self._jobs.get(job_id=job.job_id), False)

    def start_queued(self, *, trace_id: str, only: str = "") -> list[Job]:
        """Move QUEUED jobs to RUNNING, highest priority first, while the limits allow; with
        ``only``, just that job if its turn has come (the others keep their places).

        Returns:
            The jobs this call started (the caller runs them).
        """
        queued = {j.job_id: j for j in self._jobs.in_state(state=JobState.QUEUED)}
        if not queued:
            return []
        running = [queue_options(j.spec.config)
                   for j in self._jobs.in_state(state=JobState.RUNNING)]
        order = admissible([(j.job_id, j.created_at, queue_options(j.spec.config))
                            for j in queued.values()], running, self._limits)
        started: list[Job] = []
        now = self._clock()
        for job_id in order:
            if only and job_id != only:
                continue
            job = queued[job_id].start(trace_id=trace_id, now=now)
            if self._jobs.replace(job=job, expected=JobState.QUEUED):
                started.append(job)
        return started

    def record_study(self, *, study: AvailableStudy) -> bool:
        """Remember a de-identified study (idempotent)."""
        return self._studies.record(study=study)

    def start_ready(self, *, trace_id: str) -> list[Job]:
        """WAITING jobs whose studies are all available now join the queue; queued jobs
        start in ``trace_id`` as the limits allow.

        Returns:
            The jobs this call started (the caller runs them).
        """
        now = self._clock()
        for job in self._jobs.in_state(state=JobState.WAITING):
            if job.overdue(now) or self.missing_studies(job):
                continue
            self._jobs.replace(job=job.queue(), expected=JobState.WAITING)
        return self.start_queued(trace_id=trace_id)

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
