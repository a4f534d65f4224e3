"""gRPC adapter: ``medenclave.inference.v1.MonitoringService`` (drift of served models)."""

from __future__ import annotations

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from medenclave.v1 import inference_pb2, inference_pb2_grpc
from medenclave_inference.core.drift_monitor import DriftMonitor
from medenclave_inference.core.errors import DriftNotWatched
from medenclave_inference.core.health_history import HealthHistory

__all__ = ["MonitoringServicer"]

_MAX_NAME = 256


class MonitoringServicer(inference_pb2_grpc.MonitoringServiceServicer):
    def __init__(self, *, monitor: DriftMonitor, history: HealthHistory | None = None) -> None:
        self._monitor = monitor
        self._history = history or HealthHistory()

    async def GetServingHealth(self, request, context):
        reports = {(m, v): r for m, v, r in self._monitor.reports()}
        out = inference_pb2.GetServingHealthResponse()
        for name, version, points in self._history.history():
            report = reports.get((name, version))
            row = out.versions.add(
                model_name=name, version=version,
                drift_threshold=report.threshold if report else self._monitor.threshold,
                drifted=bool(report and report.drifted), judged=bool(report and report.judged))
            for p in points:
                at = Timestamp()
                at.FromNanoseconds(int(p.at * 1e9))
                row.points.add(at=at, requests=p.requests, interval_s=p.interval_s,
                               p50_ms=p.p50_ms, p95_ms=p.p95_ms, p99_ms=p.p99_ms, kl=p.kl)
        return out

    async def GetDrift(self, request, context):
        name = request.model_name
        if not name or len(name) > _MAX_NAME or "/" in name or name in (".", ".."):
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                                "model_name: required, a model folder name")
        if request.version < 0:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "version: must be >= 0")
        try:
            version, report = self._monitor.report(name, int(request.version))
        except DriftNotWatched as exc:
            await context.abort(grpc.StatusCode.NOT_FOUND, str(exc))
        return inference_pb2.DriftStatus(
            model_name=name, version=version, kl=report.kl, psi=report.psi, js=report.js,
            threshold=report.threshold, drifted=report.drifted, window=report.window,
            window_size=report.capacity, judged=report.judged,
            features=[inference_pb2.FeatureDrift(feature=f, kl=d.kl, psi=d.psi, js=d.js)
                      for f, d in report.features.items()])
