"""The drift watch's outbound side: drift references from the model repository, and
``monitoring.drift.detected.v1`` events with their audit records."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from pathlib import Path

from google.protobuf.timestamp_pb2 import Timestamp

from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable, EventBus
from medenclave.drift import MAX_REFERENCE_BYTES, REFERENCE_FILE, DriftReport
from medenclave.v1 import events_pb2

__all__ = ["DRIFT_SUBJECT", "BusDriftAlerts", "DriftReferenceFolder"]

log = logging.getLogger(__name__)

DRIFT_SUBJECT = "monitoring.drift.detected.v1"


class DriftReferenceFolder:
    """Reads ``<repo>/<model>/<version>/drift_reference.json`` (at most 1 MiB + 1 byte, so an
    oversized file is refused by the parser, never read whole)."""

    def __init__(self, root: Path) -> None:
        self._root = root

    def read_drift_reference(self, *, model: str, version: int) -> bytes | None:
        if not model or model in (".", "..") or "/" in model or "\\" in model or version < 1:
            return None
        path = self._root / model / str(version) / REFERENCE_FILE
        try:
            with path.open("rb") as fh:
                return fh.read(MAX_REFERENCE_BYTES + 1)
        except OSError:
            return None


class BusDriftAlerts:
    """Publishes the event and the audit record on a task (the inference never waits)."""

    def __init__(self, *, bus: Callable[[], EventBus | None],
                 audit: Callable[[], AuditPublisher | None]) -> None:
        self._bus = bus
        self._audit = audit
        self._tasks: set[asyncio.Task[None]] = set()

    def drift_detected(self, *, model: str, version: int, report: DriftReport) -> None:
        try:
            task = asyncio.get_running_loop().create_task(self._announce(model, version, report))
        except RuntimeError:  # no loop (a unit test calling from plain code): nothing to send on
            return
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _announce(self, model: str, version: int, report: DriftReport) -> None:
        feature = max(report.features.items(), key=lambda kv: kv[1].kl, default=("", None))[0]
        now = time.time_ns()
        event = events_pb2.DriftDetected(
            model_name=model, version=version, metric=f"kl.{feature}" if feature else "kl",
            value=report.kl, threshold=report.threshold,
            at=Timestamp(seconds=now // 1_000_000_000, nanos=now % 1_000_000_000))
        try:
            bus, audit = self._bus(), self._audit()
            if bus is None or audit is None:
                raise BusUnavailable("bus not ready")
            await bus.publish(DRIFT_SUBJECT, event, msg_id=f"drift:{model}:{version}:{now}")
            await audit.record(action="monitoring.drift", resource=f"{model}:{version}",
                               outcome="success", reason=f"kl_above_threshold:{event.metric}")
        except BusUnavailable:
            log.warning("drift alert not delivered: bus unavailable",
                        extra={"code": "INF-065", "fields": {"model": model, "version": version}})
