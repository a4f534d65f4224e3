"""gRPC adapter: the platform's own ``medenclave.inference.v1.InferenceService``."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import grpc

from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable
from medenclave.rpc import current_principal
from medenclave.v1 import inference_pb2, inference_pb2_grpc
from medenclave_inference.adapters.inbound.metrics import REQUEST_SECONDS, REQUESTS, timed_call
from medenclave_inference.core.errors import (
    BackendUnavailable,
    InferenceFailed,
    InvalidInput,
    ModelNotFound,
)
from medenclave_inference.core.predict import Predictor

__all__ = ["InferenceServicer"]

log = logging.getLogger(__name__)

_CODES: list[tuple[type[Exception], grpc.StatusCode]] = [
    (ModelNotFound, grpc.StatusCode.NOT_FOUND),
    (InvalidInput, grpc.StatusCode.INVALID_ARGUMENT),
    (BackendUnavailable, grpc.StatusCode.UNAVAILABLE),
    (InferenceFailed, grpc.StatusCode.INTERNAL),
]
_CORE_ERRORS = tuple(cls for cls, _ in _CODES)


def _code(exc: Exception) -> grpc.StatusCode:
    return next(code for cls, code in _CODES if isinstance(exc, cls))


class InferenceServicer(inference_pb2_grpc.InferenceServiceServicer):
    def __init__(self, *, predictor: Predictor,
                 audit: Callable[[], AuditPublisher | None]) -> None:
        self._predictor = predictor
        self._audit = audit  # () -> AuditPublisher (ready once the bus is)

    @timed_call("predict")
    async def Predict(self, request, context):
        started = time.perf_counter()
        principal = current_principal()
        name = request.model_name
        try:
            prediction = await self._predictor.predict(model=name, version=request.version,
                                                       shape=list(request.shape),
                                                       data=request.float32_data)
        except _CORE_ERRORS as exc:
            await context.abort(_code(exc), str(exc))
        resource = f"{name}:{prediction.version}"
        try:
            audit = self._audit()
            if audit is None:
                raise BusUnavailable("audit publisher not ready")
            await audit.record(action="model.predict", resource=resource, principal=principal)
        except BusUnavailable:
            REQUESTS.labels(model=name, api="predict", outcome="unaudited").inc()
            log.warning("prediction withheld: audit unavailable",
                        extra={"code": "INF-503", "fields": {"model": name,
                                                            "version": prediction.version}})
            await context.abort(grpc.StatusCode.UNAVAILABLE,
                                "audit log unavailable; prediction refused")
        REQUEST_SECONDS.labels(model=name).observe(time.perf_counter() - started)
        REQUESTS.labels(model=name, api="predict", outcome="success").inc()
        probs = prediction.probabilities
        return inference_pb2.PredictResponse(
            model_name=name, version=prediction.version, shape=list(probs.shape),
            probabilities=probs.ravel().tolist(), classes=prediction.classes.tolist())

    async def ListModels(self, request, context):
        try:
            models = await self._predictor.models()
        except BackendUnavailable as exc:
            await context.abort(grpc.StatusCode.UNAVAILABLE, str(exc))
        return inference_pb2.ListModelsResponse(models=[
            inference_pb2.LoadedModel(model_name=m.name, version=m.version, state=m.state)
            for m in models])
