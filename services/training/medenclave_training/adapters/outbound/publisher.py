"""JetStream side of training's announcements: job events, ``model.registered.v1`` (a new
candidate, or a change of the served version) and its audit records."""

from __future__ import annotations

import time
from collections.abc import Callable

from google.protobuf.timestamp_pb2 import Timestamp

from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable, EventBus
from medenclave.v1 import events_pb2
from medenclave_training.core.governance import ModelCard
from medenclave_training.core.jobs import Job, JobState
from medenclave_training.core.ports import AnnouncementFailed, RegisteredModel

__all__ = ["SUBJECT_JOB", "SUBJECT_MODEL_REGISTERED", "BusAnnouncer"]

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
            registered_at=_ts(model.registered_at), change="registered")
        try:
            await self._bus().publish(SUBJECT_MODEL_REGISTERED, msg,
                                      msg_id=f"model:{model.model_name}:{model.version}")
        except BusUnavailable:
            raise AnnouncementFailed(SUBJECT_MODEL_REGISTERED) from None

    async def serving_changed(self, *, card: ModelCard, change: str) -> None:
        """``model.registered.v1`` again, with ``change`` set: inference's consumer re-reads
        config.pbtxt and loads what it now names (or unloads what it no longer does)."""
        msg = events_pb2.ModelRegistered(
            model_name=card.model_name, version=card.version, job_id=card.job_id,
            platform="onnxruntime_onnx", onnx_sha256=card.onnx_sha256,
            registered_at=_ts(card.registered_at), change=change)
        stamp = card.retired_at if change == "retired" else time.time()
        try:
            await self._bus().publish(
                SUBJECT_MODEL_REGISTERED, msg,
                msg_id=f"model:{card.model_name}:{card.version}:{change}:{int(stamp * 1e6)}")
        except BusUnavailable:
            raise AnnouncementFailed(SUBJECT_MODEL_REGISTERED) from None

    async def audit(self, *, action: str, resource: str, outcome: str = "success",
                    reason: str = "") -> None:
        try:
            await self._audit().record(action=action, resource=resource, outcome=outcome,
                                       reason=reason)
        except BusUnavailable:
            raise AnnouncementFailed("audit") from None
