"""A minimal OTLP/gRPC trace receiver for the demo and the journey tests.

Every service exports its spans here (the same OTLP exporter production points at an
OpenTelemetry Collector), so the demo can show that one trace crosses the processes and can
search the exported spans for planted PHI like any other output.
"""

from __future__ import annotations

import threading
from concurrent import futures
from dataclasses import dataclass

import grpc
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2, trace_service_pb2_grpc

__all__ = ["CollectedSpan", "SpanCollector"]


@dataclass(frozen=True)
class CollectedSpan:
    service: str
    name: str
    trace_id: str


class SpanCollector(trace_service_pb2_grpc.TraceServiceServicer):
    """Receives OTLP trace exports on a free loopback port."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._raw: list[bytes] = []
        self._spans: list[CollectedSpan] = []
        self._server: grpc.Server | None = None
        self.endpoint = ""

    def Export(self, request, context):
        spans = []
        for resource_spans in request.resource_spans:
            service = next((a.value.string_value for a in resource_spans.resource.attributes
                            if a.key == "service.name"), "")
            for scope in resource_spans.scope_spans:
                for span in scope.spans:
                    spans.append(CollectedSpan(service=service.removeprefix("medenclave-"),
                                               name=span.name, trace_id=span.trace_id.hex()))
        with self._lock:
            self._raw.append(request.SerializeToString())
            self._spans.extend(spans)
        return trace_service_pb2.ExportTraceServiceResponse()

    def start(self) -> SpanCollector:
        self._server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
        trace_service_pb2_grpc.add_TraceServiceServicer_to_server(self, self._server)
        port = self._server.add_insecure_port("127.0.0.1:0")
        self._server.start()
        self.endpoint = f"127.0.0.1:{port}"
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop(grace=1)

    def spans(self) -> list[CollectedSpan]:
        with self._lock:
            return list(self._spans)

    def raw_exports(self) -> list[bytes]:
        with self._lock:
            return list(self._raw)

    def services_in_trace(self, trace_id: str) -> list[str]:
        return sorted({s.service for s in self.spans() if s.trace_id == trace_id})
