"""gRPC adapter: the platform's own ``medenclave.inference.v1.InferenceService``."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import grpc

from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable
from medenclave.rpc import current_principal
from medenclave.telemetry import current_trace_id
from medenclave.v1 import inference_pb2, inference_pb2_grpc
from medenclave_inference.adapters.inbound.metrics import REQUEST_SECONDS, REQUESTS, timed_call
from medenclave_inference.core.errors import (
    BackendUnavailable,
    InferenceFailed,
    InvalidInput,
    LimitExceeded,
    ModelNotFound,
    NotPreprocessable,
    QueueFull,
    RequestTimeout,
    StudyNotFound,
)
from medenclave_inference.core.image_predict import ImagePrediction, ImagePredictor
from medenclave_inference.core.operating_point import OperatingPoint, decide
from medenclave_inference.core.predict import Predictor

__all__ = ["InferenceServicer"]

log = logging.getLogger(__name__)

_CODES: list[tuple[type[Exception], grpc.StatusCode]] = [
    (ModelNotFound, grpc.StatusCode.NOT_FOUND),
    (StudyNotFound, grpc.StatusCode.NOT_FOUND),
    (InvalidInput, grpc.StatusCode.INVALID_ARGUMENT),
    (LimitExceeded, grpc.StatusCode.RESOURCE_EXHAUSTED),
    (QueueFull, grpc.StatusCode.RESOURCE_EXHAUSTED),
    (RequestTimeout, grpc.StatusCode.DEADLINE_EXCEEDED),
    (NotPreprocessable, grpc.StatusCode.FAILED_PRECONDITION),
    (BackendUnavailable, grpc.StatusCode.UNAVAILABLE),
    (InferenceFailed, grpc.StatusCode.INTERNAL),
]
_CORE_ERRORS = tuple(cls for cls, _ in _CODES)


def _code(exc: Exception) -> grpc.StatusCode:
    return next(code for cls, code in _CODES if isinstance(exc, cls))


class InferenceServicer(inference_pb2_grpc.InferenceServiceServicer):
    def __init__(self, *, predictor: Predictor,
                 audit: Callable[[], AuditPublisher | None],
                 images: ImagePredictor | None = None) -> None:
        self._predictor = predictor
        self._images = images  # Predict by study or DICOM (None: tensors only)
        self._audit = audit  # () -> AuditPublisher (ready once the bus is)

    @timed_call("predict")
    async def Predict(self, request, context):
        started = time.perf_counter()
        principal = current_principal()
        name = request.model_name
        inputs = [kind for kind, given in (("tensor", bool(request.float32_data or request.shape)),
                                           ("study", bool(request.pseudo_study_id)),
                                           ("dicom", len(request.dicom) > 0)) if given]
        if len(inputs) != 1:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                                "give exactly one input: shape + float32_data, pseudo_study_id "
                                "or dicom")
        kind = inputs[0]
        if kind != "tensor" and self._images is None:
            await context.abort(grpc.StatusCode.UNIMPLEMENTED, "Predict by image is not enabled")
        try:
            answer = await self._predict(kind, request)
        except _CORE_ERRORS as exc:
            REQUESTS.labels(model=name, api="predict", outcome="refused").inc()
            await context.abort(_code(exc), str(exc))
        resource = f"{name}:{answer.version}"
        reason = f"input={kind}" + (f";pseudo_study:{request.pseudo_study_id}"
                                    if kind == "study" else "")
        try:
            audit = self._audit()
            if audit is None:
                raise BusUnavailable("audit publisher not ready")
            await audit.record(action="model.predict", resource=resource, principal=principal,
                               reason=reason)
        except BusUnavailable:
            REQUESTS.labels(model=name, api="predict", outcome="unaudited").inc()
            log.warning("prediction withheld: audit unavailable",
                        extra={"code": "INF-503", "fields": {"model": name,
                                                            "version": answer.version}})
            await context.abort(grpc.StatusCode.UNAVAILABLE,
                                "audit log unavailable; prediction refused")
        REQUEST_SECONDS.labels(model=name).observe(time.perf_counter() - started)
        REQUESTS.labels(model=name, api="predict", outcome="success").inc()
        probs = answer.probabilities
        point = answer.point
        return inference_pb2.PredictResponse(
            model_name=name, version=answer.version, shape=list(probs.shape),
            probabilities=probs.ravel().tolist(), classes=answer.decision.classes.tolist(),
            decision=answer.decision.decision, score=answer.decision.score,
            decision_rule=point.rule, threshold=point.threshold,
            positive_class=point.positive_class, trace_id=current_trace_id(),
            instances=answer.instances, skipped=answer.skipped)

    async def _predict(self, kind: str, request) -> ImagePrediction:
        """Raises: the core's errors."""
        model, version, images = request.model_name, request.version, self._images
        if kind == "study" and images is not None:
            return await images.by_study(model=model, version=version,
                                         pseudo_study_id=request.pseudo_study_id)
        if kind == "dicom" and images is not None:
            return await images.by_dicom(model=model, version=version, dicom=list(request.dicom))
        prediction = await self._predictor.predict(model=model, version=version,
                                                   shape=list(request.shape),
                                                   data=request.float32_data)
        probs = prediction.probabilities
        if self._images is not None:
            decision, point = await self._images.decide(model=model, version=prediction.version,
                                                        probabilities=probs)
        else:
            point = OperatingPoint()
            decision = decide(probs, point)
        return ImagePrediction(name=model, version=prediction.version, probabilities=probs,
                               decision=decision, point=point, instances=0, skipped=0)

    async def ListModels(self, request, context):
        try:
            models = await self._predictor.models()
        except BackendUnavailable as exc:
            await context.abort(grpc.StatusCode.UNAVAILABLE, str(exc))
        return inference_pb2.ListModelsResponse(models=[
            inference_pb2.LoadedModel(model_name=m.name, version=m.version, state=m.state)
            for m in models])
