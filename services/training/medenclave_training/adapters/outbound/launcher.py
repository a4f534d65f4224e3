"""Starting job runs as background tasks, each in a span of the trace it was started in."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from opentelemetry import trace

from medenclave import telemetry
from medenclave_training.core.jobs import Job
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

    def __init__(self, runner: JobRunner) -> None:
        self._runner = runner
        self._tasks: set[asyncio.Task] = set()

    def launch(self, job: Job) -> asyncio.Task:
        task = asyncio.create_task(self._run(job), name=f"training-job:{job.job_id}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _run(self, job: Job) -> Job:
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

    @property
    def running(self) -> int:
        return len(self._tasks)

    async def close(self) -> None:
        """Stop waiting for runs (a run cut short is failed as interrupted on restart)."""
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
