"""The consumer of ``deid.study.completed.v1`` that starts waiting jobs."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from medenclave import telemetry
from medenclave.bus import Event, PoisonMessage, TransientError
from medenclave.v1 import events_pb2
from medenclave_training.adapters.outbound.launcher import JobLauncher
from medenclave_training.core.ports import AvailableStudy
from medenclave_training.core.scheduler import JobScheduler

__all__ = ["DEID_COMPLETED_DURABLE", "StudyDeidentifiedHandler"]

log = logging.getLogger(__name__)

DEID_COMPLETED_DURABLE = "training-deid-completed"


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
        study = AvailableStudy(
            pseudo_study_id=msg.pseudo_study_id, modality=msg.modality,
            instance_count=msg.instance_count,
            traceparent=event.headers.get("traceparent", ""),
            tracestate=event.headers.get("tracestate", ""),
            event_id=event.event_id, recorded_at=self._clock(),
            pseudo_patient_id=msg.pseudo_patient_id, body_part=msg.body_part)
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
