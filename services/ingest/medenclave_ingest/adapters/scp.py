"""The DICOM SCP: C-ECHO and C-STORE for every storage SOP class (pynetdicom).

Handlers run on pynetdicom's association threads. ``handle_store`` takes the bytes as received
(file meta + ``event.encoded_dataset()``, nothing decoded or decompressed), hands the work to
the service's asyncio loop with ``run_coroutine_threadsafe`` and answers Success only after the
instance is durable, recorded, announced and audited. Core errors become DICOM statuses here.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import socket
from typing import Any

from opentelemetry import context as otel_context
from opentelemetry import trace
from pydicom.uid import (
    DeflatedExplicitVRLittleEndian,
    ExplicitVRBigEndian,
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    JPEG2000,
    JPEG2000Lossless,
    JPEGBaseline8Bit,
    JPEGExtended12Bit,
    JPEGLossless,
    JPEGLosslessSV1,
    JPEGLSLossless,
    JPEGLSNearLossless,
    RLELossless,
)
from pynetdicom import AE, AllStoragePresentationContexts, _config, evt
from pynetdicom.sop_class import Verification  # type: ignore[attr-defined]

from medenclave import telemetry

from medenclave_ingest.core.assembler import StudyAssembler
from medenclave_ingest.core.instances import REASON_INVALID_UID, REASON_MISSING_UID, Rejected
from medenclave_ingest.core.ports import EventsUnavailable, StorageUnavailable

__all__ = ["IngestSCP", "TRANSFER_SYNTAXES", "status_for_rejection"]

log = logging.getLogger("medenclave.ingest.scp")

# pynetdicom logs patient identifiers by default; handlers must see the caller's contextvars.
_config.LOG_REQUEST_IDENTIFIERS = False
_config.LOG_RESPONSE_IDENTIFIERS = False
_config.PASS_CONTEXTVARS = True

TRANSFER_SYNTAXES = [
    ImplicitVRLittleEndian, ExplicitVRLittleEndian, DeflatedExplicitVRLittleEndian,
    ExplicitVRBigEndian, JPEGBaseline8Bit, JPEGExtended12Bit, JPEGLossless, JPEGLosslessSV1,
    JPEGLSLossless, JPEGLSNearLossless, JPEG2000Lossless, JPEG2000, RLELossless,
]

STATUS_SUCCESS = 0x0000
STATUS_OUT_OF_RESOURCES = 0xA700
STATUS_NOT_MATCHING_SOP_CLASS = 0xA900
STATUS_CANNOT_UNDERSTAND = 0xC210


def status_for_rejection(reason_code: str) -> int:
    """The C-STORE failure status for a core rejection reason."""
    if reason_code in (REASON_MISSING_UID, REASON_INVALID_UID):
        return STATUS_NOT_MATCHING_SOP_CLASS
    return STATUS_CANNOT_UNDERSTAND


class IngestSCP:
    """A Storage SCP in front of the :class:`StudyAssembler`.

    Args:
        assembler: the core.
        loop: the service's running asyncio loop (work is handed to it).
        ae_title, host, port: where the SCP listens (port 0: any free port).
        max_pdu: maximum PDU size received (0: unlimited).
        store_timeout_s: how long a C-STORE waits for the core before answering Out of Resources.
    """

    def __init__(self, *, assembler: StudyAssembler, loop: asyncio.AbstractEventLoop,
                 ae_title: str, host: str, port: int, max_pdu: int = 0,
                 store_timeout_s: float = 120.0) -> None:
        self._assembler = assembler
        self._loop = loop
        self._host = host
        self._port = port
        self._timeout = store_timeout_s
        self._server: Any = None
        ae = AE(ae_title=ae_title)
        ae.maximum_pdu_size = max_pdu
        ae.require_called_aet = True
        for context in AllStoragePresentationContexts:
            ae.add_supported_context(context.abstract_syntax, TRANSFER_SYNTAXES)
        ae.add_supported_context(Verification, [ImplicitVRLittleEndian, ExplicitVRLittleEndian])
        self._ae = ae
        self.handlers = [
            (evt.EVT_CONN_OPEN, self.handle_connection_open),
            (evt.EVT_C_ECHO, self.handle_echo),
            (evt.EVT_C_STORE, self.handle_store),
        ]

    @property
    def port(self) -> int:
        """The port the SCP listens on (after :meth:`start`)."""
        return self._server.server_address[1] if self._server is not None else self._port

    def start(self) -> None:
        """Listen for associations (non-blocking)."""
        self._server = self._ae.start_server((self._host, self._port), block=False,
                                             evt_handlers=self.handlers)
        log.info("dicom scp listening", extra={"code": "ING-010", "fields": {"port": self.port}})

    def stop(self) -> None:
        """Stop accepting, abort open associations (blocking: call from a worker thread)."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        for assoc in server.active_associations:
            assoc.abort()
        log.info("dicom scp stopped", extra={"code": "ING-011"})

    # -- handlers (association threads) ----------------------------------------------------
    def handle_connection_open(self, event: evt.Event) -> None:
        """TCP_NODELAY on accepted sockets (Nagle + delayed ACK costs ~40 ms per C-STORE)."""
        sock = getattr(getattr(event.assoc.dul, "socket", None), "socket", None)
        if sock is not None:
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass

    def handle_echo(self, event: evt.Event) -> int:
        return STATUS_SUCCESS

    def handle_store(self, event: evt.Event) -> int:
        calling_ae = str(event.assoc.requestor.ae_title or "")
        with telemetry.tracer("medenclave.ingest").start_as_current_span(
                "IngestSCP.c_store", kind=trace.SpanKind.SERVER,
                attributes={"rpc.system": "dicom", "dicom.calling_ae": calling_ae}) as span:
            try:
                data = event.encoded_dataset(include_meta=True)
            except Exception:
                span.set_attribute("outcome", "unreadable")
                return STATUS_CANNOT_UNDERSTAND
            carrier = telemetry.inject({})
            future = asyncio.run_coroutine_threadsafe(
                self._receive(data, calling_ae, carrier), self._loop)
            try:
                future.result(timeout=self._timeout)
            except Rejected as exc:
                span.set_attribute("outcome", exc.reason_code)
                return status_for_rejection(exc.reason_code)
            except (StorageUnavailable, EventsUnavailable) as exc:
                span.set_attribute("outcome", "out_of_resources")
                log.warning("store refused", extra={"code": "ING-102", "fields": {
                    "error": type(exc).__name__}})
                return STATUS_OUT_OF_RESOURCES
            except concurrent.futures.TimeoutError:
                future.cancel()
                span.set_attribute("outcome", "timeout")
                log.warning("store timed out", extra={"code": "ING-103"})
                return STATUS_OUT_OF_RESOURCES
            except Exception as exc:  # never let a handler error end the association
                span.set_attribute("outcome", "error")
                log.error("store failed", extra={"code": "ING-301", "fields": {
                    "error": type(exc).__name__}})
                return STATUS_OUT_OF_RESOURCES
            span.set_attribute("outcome", "stored")
            return STATUS_SUCCESS

    async def _receive(self, data: bytes, calling_ae: str, carrier: dict[str, str]) -> None:
        token = otel_context.attach(telemetry.extract(carrier))
        try:
            await self._assembler.receive(data=data, calling_ae=calling_ae,
                                          trace_context=carrier)
        finally:
            otel_context.detach(token)
