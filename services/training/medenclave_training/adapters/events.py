"""NATS side: the events and audit records training publishes, and the consumer of
deid.study.completed.v1 that starts waiting jobs."""

from __future__ import annotations

import logging
import time
from typing import Callable

from google.protobuf.timestamp_pb2 import Timestamp

from medenclave import telemetry
from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable, Event, EventBus, PoisonMessage, TransientError
from medenclave.v1 import events_pb2
from medenclave_training.adapters.launcher import JobLauncher
from medenclave_training.core.jobs import Job, JobState
from medenclave_training.core.ports import AnnouncementFailed, RegisteredModel, StudyRecord
from medenclave_training.core.scheduler import JobScheduler

__all__ = [
    "BusAnnouncer",
    "DEID_COMPLETED_DURABLE",
    "StudyDeidentifiedHandler",
    "SUBJECT_JOB",
    "SUBJECT_MODEL_REGISTERED",
]

log = logging.getLogger("medenclave.training.events")

DEID_COMPLETED_DURABLE = "training-deid-completed"
SUBJECT_MODEL_REGISTERED = "model.registered.v1"
SUBJECT_JOB = {JobState.RUNNING: "training.job.started.v1",
               JobState.SUCCEEDED: "training.job.succeeded.v1",
               JobState.FAILED: "training.job.failed.v1"}


def _ts(seconds: float) -> Timestamp:
    ts = Timestamp()
    ts.FromNanoseconds(int(seconds * 1e9))
    return ts


class BusAnnouncer:
    """Implements the core's ``Announcer`` with JetStream events and audit records."""

    def __init__(self, *, bus: Callable[[], EventBus], audit: Callable[[], AuditPublisher]) -> None:
        self._bus = bus
        self._audit = audit

    async def job_changed(self, *, job: Job) -> None:
        subject = SUBJECT_JOB.get(job.state)
        if subject is None:
            return
        at = job.started_at if job.state is JobState.RUNNING else job.finished_at
        msg = events_pb2.TrainingJobChanged(job_id=job.job_id, state=job.state.value,
                                            model_name=job.spec.model_name,
                                            error_code=job.error_code, at=_ts(at))
        try:
            await self._bus().publish(subject, msg,
                                      msg_id=f"job:{job.job_id}:{job.state.value.lower()}")
        except BusUnavailable:
            raise AnnouncementFailed(subject) from None

    async def model_registered(self, *, model: RegisteredModel, platform: str) -> None:
        msg = events_pb2.ModelRegistered(
            model_name=model.model_name, version=model.version, platform=platform,
            job_id=model.job_id, val_accuracy=model.val_accuracy,
            onnx_sha256=model.onnx_sha256, dataset_studies=list(model.dataset_studies),
            registered_at=_ts(model.registered_at))
        try:
            await self._bus().publish(SUBJECT_MODEL_REGISTERED, msg,
                                      msg_id=f"model:{model.model_name}:{model.version}")
        except BusUnavailable:
            raise AnnouncementFailed(SUBJECT_MODEL_REGISTERED) from None

    async def audit(self, *, action: str, resource: str, outcome: str = "success",
                    reason: str = "") -> None:
        try:
            await self._audit().record(action=action, resource=resource, outcome=outcome,
                                       reason=reason)
        except BusUnavailable:
            raise AnnouncementFailed("audit") from None


class StudyDeidentifiedHandler:
    """Consumer of ``training-deid-completed``: remember the study, then start every WAITING
    job whose labelled studies are now all de-identified — in this event's trace."""

    def __init__(self, *, scheduler: JobScheduler, launcher: JobLauncher,
                 clock: Callable[[], float] = time.time) -> None:
        self._scheduler = scheduler
        self._launcher = launcher
        self._clock = clock

    async def __call__(self, event: Event) -> None:
        msg = event.parse(events_pb2.StudyDeidentified)
        if not msg.pseudo_study_id:
            raise PoisonMessage("StudyDeidentified without pseudo_study_id")
        study = StudyRecord(
            pseudo_study_id=msg.pseudo_study_id, modality=msg.modality,
            instance_count=msg.instance_count,
            traceparent=event.headers.get("traceparent", ""),
            tracestate=event.headers.get("tracestate", ""),
            event_id=event.event_id, recorded_at=self._clock())
        try:
            new = self._scheduler.record_study(study=study)
            started = self._scheduler.start_ready(trace_id=telemetry.current_trace_id())
        except Exception as exc:  # the store is down: try again later
            log.warning("study not recorded", extra={"code": "TRN-110", "fields": {
                "event_id": event.event_id, "error": type(exc).__name__}})
            raise TransientError("store_unavailable", delay=5.0) from None
        log.info("study available", extra={"code": "TRN-100", "fields": {
            "pseudo_study_id": msg.pseudo_study_id, "new": new, "jobs_started": len(started)}})
        for job in started:
            self._launcher.launch(job)
