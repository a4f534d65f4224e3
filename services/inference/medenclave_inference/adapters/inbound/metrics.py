"""Prometheus metrics of the inference service.

Every call of Predict and ModelInfer, failures included, is timed by :func:`timed_call` into
``medenclave_inference_call_seconds`` labelled with model, version, API and outcome (``success``
or the gRPC status in lower case). Label values are never taken from a request unchecked: a
model name becomes a label once a call to it succeeded (``_unknown`` until then), a version
only from a response, and the label sets are capped (:data:`MAX_SERIES`, then ``_other``), so
no caller can grow the series without bound. No patient data is ever a label.
"""

from __future__ import annotations

import asyncio
import functools
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import grpc
from prometheus_client import Counter, Gauge, Histogram

__all__ = ["CALL_SECONDS", "IN_FLIGHT", "MAX_SERIES", "REQUESTS", "REQUEST_SECONDS",
           "timed_call"]

REQUEST_SECONDS = Histogram(
    "medenclave_inference_request_seconds",
    "Latency of successful Predict requests, by model (superseded by "
    "medenclave_inference_call_seconds, which times every call)",
    ["model"],
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
REQUESTS = Counter(
    "medenclave_inference_requests",
    "Inference requests by model, API and outcome",
    ["model", "api", "outcome"],
)
CALL_SECONDS = Histogram(
    "medenclave_inference_call_seconds",
    "Duration of every inference call (Predict, ModelInfer), failures included",
    ["model", "version", "api", "outcome"],
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1,
             2.5, 5, 10),
)
IN_FLIGHT = Gauge("medenclave_inference_in_flight",
                  "Inference calls being handled now (queued or executing), by API", ["api"])

#: (model, version) label pairs recorded at most; beyond, calls are labelled ``_other``
MAX_SERIES = 512

_lock = threading.Lock()
_known: set[str] = set()  # models that answered a call successfully
_series: set[tuple[str, str]] = set()

H = TypeVar("H", bound=Callable[..., Awaitable[Any]])


def _labels(model: str, version: str, success: bool) -> tuple[str, str]:
    with _lock:
        if success and len(_known) < MAX_SERIES:
            _known.add(model)
        if model not in _known:
            return "_unknown", ""
        if (model, version) not in _series:
            if len(_series) >= MAX_SERIES:
                return "_other", ""
            _series.add((model, version))
        return model, version


def _outcome(exc: BaseException, context: Any) -> str:
    if isinstance(exc, asyncio.CancelledError):
        return "cancelled"
    code = getattr(exc, "code", None)
    if not isinstance(code, grpc.StatusCode):
        try:
            code = context.code()
        except Exception:  # a context without code(): count it as an error
            code = None
    if isinstance(code, int) and not isinstance(code, grpc.StatusCode):
        code = next((c for c in grpc.StatusCode if c.value[0] == code), None)
    return code.name.lower() if isinstance(code, grpc.StatusCode) else "error"


def _version_of(response: Any) -> str:
    for field in ("model_version", "version"):
        value = getattr(response, field, None)
        if value not in (None, "", 0):
            return str(value)
    return ""


def timed_call(api: str) -> Callable[[H], H]:
    """Decorate a unary servicer method taking a request with ``model_name``: time every
    call into :data:`CALL_SECONDS` and count it in :data:`IN_FLIGHT` while it runs."""

    def wrap(method: H) -> H:
        @functools.wraps(method)
        async def handler(self: Any, request: Any, context: Any) -> Any:
            started = time.perf_counter()
            IN_FLIGHT.labels(api=api).inc()
            outcome, version = "success", ""
            try:
                response = await method(self, request, context)
                version = _version_of(response)
                return response
            except BaseException as exc:
                outcome = _outcome(exc, context)
                raise
            finally:
                IN_FLIGHT.labels(api=api).dec()
                model, version = _labels(request.model_name, version, outcome == "success")
                CALL_SECONDS.labels(model=model, version=version, api=api,
                                    outcome=outcome).observe(time.perf_counter() - started)

        return handler  # type: ignore[return-value]

    return wrap
