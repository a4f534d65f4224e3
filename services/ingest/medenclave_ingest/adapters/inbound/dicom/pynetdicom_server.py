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
import ssl
import time
from collections.abc import Callable, Sequence
from typing import Any

from opentelemetry import trace
from pynetdicom import AE, AllStoragePresentationContexts, _config, evt
from pynetdicom.sop_class import Verification  # type: ignore[attr-defined]

from medenclave import telemetry
from medenclave_ingest.adapters.inbound.dicom import metrics
from medenclave_ingest.adapters.inbound.dicom.front_door import (
    DEFAULT_MAX_PDU,
    MIN_MAX_PDU,
    STATUS_CANNOT_UNDERSTAND,
    STATUS_OUT_OF_RESOURCES,
    STATUS_SUCCESS,
    TRANSFER_SYNTAXES,
    VERIFICATION_TRANSFER_SYNTAXES,
    FrontDoor,
    quickack,
    status_for_rejection,
)
from medenclave_ingest.adapters.inbound.dicom.tls import complete_handshake
from medenclave_ingest.core.assembler import StudyAssembler

__all__ = ["TRANSFER_SYNTAXES", "PynetdicomServer", "status_for_rejection"]

log = logging.getLogger(__name__)

# pynetdicom logs patient identifiers by default; handlers must see the caller's contextvars.
_config.LOG_REQUEST_IDENTIFIERS = False
_config.LOG_RESPONSE_IDENTIFIERS = False
_config.PASS_CONTEXTVARS = True


class PynetdicomServer:
    """A Storage SCP in front of the :class:`StudyAssembler`.

    Args:
        assembler: the core.
        loop: the service's running asyncio loop (work is handed to it).
        ae_title, host, port: where the SCP listens (port 0: any free port).
        max_pdu: maximum PDU size received, announced in the A-ASSOCIATE-AC (pynetdicom
            reads a longer PDU whole: only the native engine refuses it from its header).
        store_timeout_s: how long a C-STORE waits for the core before answering Out of Resources.
        allowed_calling_aes: calling AE titles that may associate (empty: any).
        allowed_hosts: peer IP addresses that may associate (empty: any).
        max_associations: concurrent associations; more are rejected (local limit exceeded).
        free_bytes: returns the vault's free disk space (None: not checked).
        min_free_bytes: below this free space every C-STORE is answered Out of Resources.
        on_refused: called (from an association thread) with ``(reason, calling_ae, host)``
            when an association is refused, to audit it; must not block.
        plain: listen for plaintext DICOM on ``port`` (False: TLS only).
        tls_port: the DICOM TLS port (0: any free port), used with ``ssl_context``.
        ssl_context: from :func:`~medenclave_ingest.adapters.inbound.dicom.tls.server_context`; None:
            no TLS port. The same handlers, allow-lists and limits apply on both ports.
        tls_handshake_timeout_s: how long a TLS peer has to complete the handshake.

    Raises:
        ValueError: ``max_pdu`` below 4096 (pynetdicom would take 0 as "unlimited").
    """

    def __init__(self, *, assembler: StudyAssembler, loop: asyncio.AbstractEventLoop,
                 ae_title: str, host: str, port: int, max_pdu: int = DEFAULT_MAX_PDU,
                 store_timeout_s: float = 120.0, allowed_calling_aes: Sequence[str] = (),
                 allowed_hosts: Sequence[str] = (), max_associations: int = 10,
                 free_bytes: Callable[[], int] | None = None, min_free_bytes: int = 0,
                 on_refused: Callable[[str, str, str], None] | None = None,
                 plain: bool = True, tls_port: int = 0,
                 ssl_context: ssl.SSLContext | None = None,
                 tls_handshake_timeout_s: float = 10.0) -> None:
        self._assembler = assembler
        self._loop = loop
        self._host = host
        self._port = port
        self._timeout = store_timeout_s
        self._door = FrontDoor(assembler=assembler, allowed_calling_aes=allowed_calling_aes,
                               allowed_hosts=allowed_hosts, free_bytes=free_bytes,
                               min_free_bytes=min_free_bytes, on_refused=on_refused)
        self._server: Any = None
        self._plain = plain
        self._tls_port = tls_port
        self._ssl_context = ssl_context
        self._tls_timeout = tls_handshake_timeout_s
        self._tls_server: Any = None
        self._handshaking: set[socket.socket] = set()   # woken by stop()
        if max_pdu < MIN_MAX_PDU:
            raise ValueError(f"max_pdu must be at least {MIN_MAX_PDU}")
        ae = AE(ae_title=ae_title)
        ae.maximum_pdu_size = max_pdu
        ae.maximum_associations = max_associations
        ae.require_called_aet = True
        for context in AllStoragePresentationContexts:
            ae.add_supported_context(context.abstract_syntax, TRANSFER_SYNTAXES)
        ae.add_supported_context(Verification, VERIFICATION_TRANSFER_SYNTAXES)
        self._ae = ae
        self.handlers = [
            (evt.EVT_CONN_OPEN, self.handle_connection_open),
            (evt.EVT_REQUESTED, self.handle_requested),
            (evt.EVT_REJECTED, self.handle_rejected),
            (evt.EVT_ESTABLISHED, self.handle_established),
            (evt.EVT_PDU_RECV, self.handle_pdu_received),
            (evt.EVT_C_ECHO, self.handle_echo),
            (evt.EVT_C_STORE, self.handle_store),
        ]

    @property
    def port(self) -> int:
        """The port the SCP listens on (after :meth:`start`)."""
        return self._server.server_address[1] if self._server is not None else self._port

    @property
    def tls_port(self) -> int:
        """The DICOM TLS port (after :meth:`start`; 0 when TLS is off)."""
        if self._tls_server is not None:
            return self._tls_server.server_address[1]
        return self._tls_port if self._ssl_context is not None else 0

    @property
    def listening(self) -> bool:
        """True once :meth:`start` has bound the port(s)."""
        return self._server is not None or self._tls_server is not None

    def _servers(self) -> list[Any]:
        return [s for s in (self._server, self._tls_server) if s is not None]

    def open_associations(self) -> int:
        """Associations (and connections being negotiated) the SCP holds now."""
        return sum(len(s.active_associations) for s in self._servers())

    def start(self) -> None:
        """Listen for associations (non-blocking): the plain port and/or the TLS port."""
        if self._plain:
            self._server = self._ae.start_server((self._host, self._port), block=False,
                                                 evt_handlers=self.handlers)
            log.info("dicom scp listening", extra={"code": "ING-010", "fields": {
                "port": self.port}})
        if self._ssl_context is not None:
            self._tls_server = self._ae.start_server(
                (self._host, self._tls_port), block=False, ssl_context=self._ssl_context,
                evt_handlers=[*self.handlers, (evt.EVT_CONN_OPEN, self.handle_tls_open)])
            log.info("dicom tls scp listening", extra={"code": "ING-012", "fields": {
                "port": self.tls_port}})
        servers = self._servers()
        metrics.ASSOCIATIONS_ACTIVE.set_function(
            lambda: sum(1 for s in servers for a in s.active_associations if a.is_established))

    def stop(self) -> None:
        """Stop accepting, abort open associations (blocking: call from a worker thread)."""
        servers = self._servers()
        self._server = self._tls_server = None
        if not servers:
            return
        for sock in list(self._handshaking):   # or shutdown waits for their handshake timeout
            try:
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass
        for server in servers:
            server.shutdown()
            for assoc in server.active_associations:
                assoc.abort()
        log.info("dicom scp stopped", extra={"code": "ING-011"})

    # -- handlers (association threads) ----------------------------------------------------
    def handle_connection_open(self, event: evt.Event) -> None:
        """TCP_NODELAY and TCP_QUICKACK on accepted sockets (Nagle + delayed ACK: ~40 ms/C-STORE)."""
        sock = getattr(getattr(event.assoc.dul, "socket", None), "socket", None)
        if sock is not None:
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass
            quickack(sock)

    def handle_tls_open(self, event: evt.Event) -> None:
        """Complete the TLS handshake on the connection's own thread (not pynetdicom's accept
        thread); refuse (log, count, audit) failures before any DICOM is read."""
        sock = getattr(getattr(event.assoc.dul, "socket", None), "socket", None)
        if sock is None:
            return
        self._handshaking.add(sock)
        try:
            failure = complete_handshake(sock, timeout_s=self._tls_timeout)
        finally:
            self._handshaking.discard(sock)
        if failure:
            # no A-ASSOCIATE-RQ can come: end the association thread now, not after acse_timeout
            event.assoc.acse_timeout = 0
            log.warning("tls handshake failed", extra={"code": "ING-107", "fields": {
                "reason": failure}})
            self._refused("tls_handshake_failed", "", str(event.assoc.requestor.address or ""))

    def handle_pdu_received(self, event: evt.Event) -> None:
        """Re-arm TCP_QUICKACK (Linux clears it): a sender with Nagle on waits for our ACK."""
        sock = getattr(getattr(event.assoc.dul, "socket", None), "socket", None)
        if sock is not None:
            quickack(sock)

    def handle_requested(self, event: evt.Event) -> None:
        """Reject (A-ASSOCIATE-RJ, calling AE not recognised) senders outside the allow-lists."""
        assoc = event.assoc
        calling_ae = str(assoc.requestor.primitive.calling_ae_title or "").strip()
        host = str(assoc.requestor.address or "")
        reason = self._door.refusal_reason(calling_ae, host)
        if not reason:
            return
        assoc.acse.send_reject(0x01, 0x01, 0x03)
        assoc.is_rejected = True
        assoc.kill()
        self._refused(reason, calling_ae, host)

    def handle_rejected(self, event: evt.Event) -> None:
        """pynetdicom's own rejections (called AE title, association limit)."""
        assoc = event.assoc
        calling_ae = str(getattr(assoc.requestor.primitive, "calling_ae_title", "") or "").strip()
        self._refused("association_refused", calling_ae, str(assoc.requestor.address or ""))

    def handle_established(self, event: evt.Event) -> None:
        metrics.ASSOCIATIONS.inc()

    def _refused(self, reason: str, calling_ae: str, host: str) -> None:
        self._door.refused(reason, calling_ae, host)

    def handle_echo(self, event: evt.Event) -> int:
        return STATUS_SUCCESS

    def handle_store(self, event: evt.Event) -> int:
        started = time.perf_counter()
        status, outcome, size = self._store(event)
        self._door.record(status, outcome, size, time.perf_counter() - started)
        return status

    def _store(self, event: evt.Event) -> tuple[int, str, int]:
        calling_ae = str(event.assoc.requestor.ae_title or "")
        with telemetry.tracer("medenclave.ingest").start_as_current_span(
                "PynetdicomServer.c_store", kind=trace.SpanKind.SERVER,
                attributes={"rpc.system": "dicom", "dicom.calling_ae": calling_ae}) as span:
            if not self.disk_ok():
                span.set_attribute("outcome", "low_disk")
                return STATUS_OUT_OF_RESOURCES, "low_disk", 0
            try:
                data = event.encoded_dataset(include_meta=True)
            except Exception:
                span.set_attribute("outcome", "unreadable")
                return STATUS_CANNOT_UNDERSTAND, "unreadable", 0
            expected = str(getattr(event.context, "abstract_syntax", "") or "")
            carrier = telemetry.inject({})
            future = asyncio.run_coroutine_threadsafe(
                self._door.receive(data, calling_ae, carrier, expected), self._loop)
            outcome, status = "stored", STATUS_SUCCESS
            try:
                future.result(timeout=self._timeout)
            except Exception as exc:  # never let a handler error end the association
                if isinstance(exc, concurrent.futures.TimeoutError):
                    future.cancel()
                outcome, status = self._door.outcome_of(exc)
            span.set_attribute("outcome", outcome)
            return status, outcome, len(data)

    def disk_ok(self) -> bool:
        """False (and ING-104 logged) while the vault's free space is under the watermark."""
        return self._door.disk_ok()

