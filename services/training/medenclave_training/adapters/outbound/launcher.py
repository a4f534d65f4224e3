"""Starting job runs as background tasks, each in a span of the trace it was started in."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from opentelemetry import trace

from medenclave import telemetry
from medenclave_training.core.jobs import Job
from medenclave_training.core.leases import LeaseKeeper
from medenclave_training.core.runner import JobRunner

__all__ = ["JobLauncher"]

log = logging.getLogger(__name__)


def _links_to(traceparent: str) -> list[trace.Link]:
    """A link to the span that ``traceparent`` names, unless it is in the current trace."""
    if not traceparent:
        return []
    origin = trace.get_current_span(telemetry.extract({"traceparent": traceparent}))
    ctx = origin.get_span_context()
    if not ctx.is_valid or ctx.trace_id == trace.get_current_span().get_span_context().trace_id:
        return []
    return [trace.Link(ctx, {"link.reason": "job.requested"})]


class JobLauncher:
    """Runs jobs in the background. ``launch`` is called inside the trace the job belongs to
    (the StartJob call, or the deid.study.completed event that made its studies complete);
    the task inherits that context, and its ``training.run`` span links to the StartJob span
    when the two differ."""

    def __init__(self, runner: JobRunner, *, leases: LeaseKeeper | None = None,
                 finished: Callable[[str], None] | None = None) -> None:
        self._runner = runner
        self._leases = leases
        self._finished = finished
        self._tasks: set[asyncio.Task] = set()
        self._running: set[str] = set()

    def launch(self, job: Job) -> asyncio.Task:
        task = asyncio.create_task(self._run(job), name=f"training-job:{job.job_id}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _run(self, job: Job) -> Job:
        """Run ``job`` under its lease (renewed while it runs), unless another replica has it
        or this one runs it already."""
        if job.job_id in self._running:
            return job
        if self._leases is not None and not self._leases.claim(job):
            return job
        self._running.add(job.job_id)
        renewer = asyncio.create_task(self._renew(job.job_id)) if self._leases else None
        try:
            done = await self._traced(job)
        finally:
            self._running.discard(job.job_id)
            if renewer is not None:
                renewer.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await renewer
        if done.finished:
            if self._leases is not None:
                with contextlib.suppress(Exception):
                    self._leases.release(job.job_id)
            if self._finished is not None:
                self._finished(job.job_id)
        return done

    async def _renew(self, job_id: str) -> None:
        if self._leases is None:
            return
        while True:
            await asyncio.sleep(self._leases.ttl_s / 3)
            try:
                if not self._leases.renew(job_id):
                    log.warning("job lease lost to another replica", extra={
                        "code": "TRN-322", "fields": {"job_id": job_id}})
                    return
            except Exception as exc:  # the store is down: try again next round
                log.warning("job lease not renewed", extra={
                    "code": "TRN-323", "fields": {"job_id": job_id,
                                                  "error": type(exc).__name__}})

    async def _traced(self, job: Job) -> Job:
        with telemetry.tracer("medenclave.training").start_as_current_span(
                "training.run", links=_links_to(job.origin),
                attributes={"training.job_id": job.job_id,
                            "training.model_name": job.spec.model_name,
                            "training.studies": job.studies}) as span:
            log.info("job running", extra={"code": "TRN-010", "fields": {
                "job_id": job.job_id, "model": job.spec.model_name}})
            done = await self._runner.run(job)
            span.set_attribute("training.state", done.state.value)
            if done.error_code:
                span.set_attribute("training.error_code", done.error_code)
            return done

    def holds(self, job_id: str) -> bool:
        """Whether this process is running ``job_id`` now."""
        return job_id in self._running

    @property
    def running(self) -> int:
        return len(self._tasks)

    async def close(self) -> None:
        """Stop waiting for runs (a run cut short keeps its lease until it expires; then a
        replica, or this one restarted, takes it over and resumes its last checkpoint)."""
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
