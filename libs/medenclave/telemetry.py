"""Traces, JSON logs and metrics.

* Tracing: one :class:`TracerProvider` per process; an OTLP exporter only when an endpoint
  is configured (off by default). Trace context travels as W3C ``traceparent`` through gRPC
  metadata and NATS headers (:func:`inject`, :func:`extract`).
* Logs: JSON lines on stdout with the trace id and a stable message code. Log ids, never
  values from patient data.
* Metrics: Prometheus, one HTTP endpoint per process.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
import time
from collections.abc import Mapping, MutableMapping

from opentelemetry import context as otel_context
from opentelemetry import propagate, trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanProcessor

__all__ = [
    "configure_logging",
    "configure_tracing",
    "current_trace_id",
    "extract",
    "inject",
    "start_metrics_server",
    "tracer",
]

_provider: TracerProvider | None = None


def configure_tracing(service: str, *, otlp_endpoint: str = "",
                      extra_processors: tuple[SpanProcessor, ...] = ()) -> TracerProvider:
    """Install the process's tracer provider (idempotent).

    Args:
        service: ``service.name`` resource attribute, e.g. ``"medenclave-ingest"``.
        otlp_endpoint: OTLP gRPC collector endpoint; empty keeps spans in-process.
        extra_processors: more span processors (tests pass an in-memory exporter's).
    """
    global _provider
    if _provider is None:
        _provider = TracerProvider(resource=Resource.create({"service.name": service}))
        if otlp_endpoint:
            from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter

            _provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=otlp_endpoint,
                                                                            insecure=True)))
        trace.set_tracer_provider(_provider)
    for processor in extra_processors:
        _provider.add_span_processor(processor)
    return _provider


@functools.lru_cache(maxsize=64)
def tracer(name: str = "medenclave") -> trace.Tracer:
    """The tracer for ``name``, made once: ``trace.get_tracer`` builds a new tracer (and an
    instrumentation scope, through a deprecation wrapper) on every call, ~12 % of a C-STORE's
    receive path. The process's provider is set once, and a tracer asked for before it (a
    proxy) follows it when it is set."""
    return trace.get_tracer(name)


def current_trace_id() -> str:
    """The current span's trace id as 32 hex digits, or ``""`` outside a span."""
    ctx = trace.get_current_span().get_span_context()
    return format(ctx.trace_id, "032x") if ctx.is_valid else ""


def inject(carrier: MutableMapping[str, str] | None = None,
           context: otel_context.Context | None = None) -> MutableMapping[str, str]:
    """Write the current (or given) trace context into ``carrier`` and return it."""
    carrier = {} if carrier is None else carrier
    propagate.inject(carrier, context=context)
    return carrier


def extract(carrier: Mapping[str, str] | None) -> otel_context.Context:
    """Read a trace context from headers or metadata (missing: an empty context)."""
    return propagate.extract(dict(carrier or {}))


#: libraries whose log and warning texts may quote the data they read (a DICOM value, a UID, a
#: file name): their records keep level and logger, never the text
_DATA_QUOTING_LOGGERS = ("pydicom", "pynetdicom", "py.warnings", "PIL", "nibabel")


def _withheld(record: logging.LogRecord) -> bool:
    return any(record.name == n or record.name.startswith(n + ".") for n in _DATA_QUOTING_LOGGERS)


class _JsonFormatter(logging.Formatter):
    def __init__(self, service: str) -> None:
        super().__init__()
        self.service = service

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
                  + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "service": self.service,
            "logger": record.name,
            "code": getattr(record, "code", ""),
            "msg": "(text withheld: this library may quote data)" if _withheld(record)
                   else record.getMessage(),
            "trace_id": current_trace_id(),
        }
        fields = getattr(record, "fields", None)
        if fields:
            entry.update(fields)
        if record.exc_info and record.exc_info[0] is not None:
            # the exception type only: messages of third-party exceptions may quote data
            entry["exc_type"] = record.exc_info[0].__name__
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(service: str, level: str = "INFO") -> None:
    """JSON logs on stdout for this process. Libraries that log identifiers are silenced."""
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(_JsonFormatter(service))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # pynetdicom logs whole datasets at DEBUG and identifiers at INFO: keep it quiet.
    for noisy in ("pynetdicom", "pydicom", "nats", "grpc", "asyncio"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # warnings (pydicom's quote values: "Invalid value for VR UI: '1.2.…'") go through the
    # formatter above, which keeps their text out of the log, instead of raw onto stderr
    logging.captureWarnings(True)


def start_metrics_server(port: int, host: str = "127.0.0.1") -> None:
    """Serve Prometheus metrics on ``host:port`` (0: no endpoint)."""
    if port:
        from prometheus_client import start_http_server

        start_http_server(port, addr=host)
