"""A native asyncio DICOM receiver: the Upper Layer (PS3.8) acceptor and DIMSE (PS3.7) C-ECHO
and C-STORE SCP, on the service's own event loop (``DICOM_ENGINE=native``).

pynetdicom decodes every PDU in Python on reactor threads that poll with 1 ms sleeps and then
hops to the asyncio loop; with a Nagle-free sender that alone caps throughput near Orthanc's.
Here a connection is one coroutine: read a PDU header, read its body, reassemble PDVs, and when
a C-STORE's last dataset fragment arrives hand the bytes as received (nothing decoded) to the
core, in the same Part 10 form pynetdicom's ``event.encoded_dataset(include_meta=True)`` gives.
The allow-lists, watermark, statuses, metrics, spans and log codes are :mod:`front_door`'s,
shared with the pynetdicom engine. A malformed or oversized PDU ends its own association with
an A-ABORT; the server keeps serving the others.

Limits against a hostile network, all on by default: a host off the allow-list is closed as it
connects; :class:`ConnectionLimits` caps connections not associated yet and connections per
host; nothing is allocated for a connection before it sends, and its receive buffer grows
with need, bounded; a P-DATA-TF PDU longer than ``max_pdu`` is aborted from its header; a
dataset past ``max_object_bytes`` is dropped as it arrives and answered with a failure status.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import ssl
import time
from collections.abc import Callable, Sequence

from opentelemetry import trace

from medenclave import telemetry
from medenclave_ingest.adapters.inbound.dicom import metrics
from medenclave_ingest.adapters.inbound.dicom.connection import DicomConnection
from medenclave_ingest.adapters.inbound.dicom.connection_limits import ConnectionLimits
from medenclave_ingest.adapters.inbound.dicom.front_door import (
    DEFAULT_MAX_OBJECT_BYTES,
    DEFAULT_MAX_PDU,
    MIN_MAX_PDU,
    STATUS_CANNOT_UNDERSTAND,
    STATUS_OUT_OF_RESOURCES,
    STATUS_SUCCESS,
    FrontDoor,
    quickack,
)
from medenclave_ingest.adapters.inbound.dicom.native_association import Association
from medenclave_ingest.adapters.inbound.dicom.pdu import (
    APPLICATION_CONTEXT,
    AssociateRequest,
    part10,
)
from medenclave_ingest.core.assembler import StudyAssembler

__all__ = ["NativeDicomServer"]

log = logging.getLogger(__name__)


class NativeDicomServer:
    """The DICOM SCP on the service's asyncio loop; the interface of ``PynetdicomServer``.

    Args:
        assembler: the core.
        ae_title, host, port: where the SCP listens (port 0: any free port).
        max_pdu: maximum P-DATA-TF PDU length received, announced in the A-ASSOCIATE-AC;
            a longer PDU → A-ABORT, read no further than its header.
        max_object_bytes: a C-STORE dataset larger than this is dropped as it arrives and
            answered 0xC210 (``oversized``).
        store_timeout_s: how long a C-STORE waits for the core before answering Out of Resources.
        allowed_calling_aes, allowed_hosts, free_bytes, min_free_bytes, on_refused: see
            :class:`~medenclave_ingest.adapters.inbound.dicom.front_door.FrontDoor`.
        max_associations: concurrent associations; more are rejected (2/3/2, local limit).
        max_pending_connections: connections not associated yet (None: 2 × max_associations);
            more are closed as they connect.
        max_pending_per_host: connections not associated yet from one host (None:
            max_associations); more are closed as they connect.
        plain: listen for plaintext DICOM on ``port`` (False: TLS only).
        tls_port: the DICOM TLS port (0: any free port), used with ``ssl_context``.
        ssl_context: from :func:`~medenclave_ingest.adapters.inbound.dicom.tls.server_context`.
        tls_handshake_timeout_s: how long a TLS peer has to complete the handshake.
        artim_timeout_s: how long a new connection has to send its A-ASSOCIATE-RQ.
        idle_timeout_s: an association silent this long is aborted.

    Raises:
        ValueError: a limit out of range (``max_pdu`` below 4096, a count or size below 1).
    """

    def __init__(self, *, assembler: StudyAssembler, ae_title: str, host: str, port: int,
                 max_pdu: int = DEFAULT_MAX_PDU,
                 max_object_bytes: int = DEFAULT_MAX_OBJECT_BYTES,
                 store_timeout_s: float = 120.0,
                 allowed_calling_aes: Sequence[str] = (), allowed_hosts: Sequence[str] = (),
                 max_associations: int = 10, max_pending_connections: int | None = None,
                 max_pending_per_host: int | None = None,
                 free_bytes: Callable[[], int] | None = None,
                 min_free_bytes: int = 0,
                 on_refused: Callable[[str, str, str], None] | None = None,
                 plain: bool = True, tls_port: int = 0,
                 ssl_context: ssl.SSLContext | None = None,
                 tls_handshake_timeout_s: float = 10.0, artim_timeout_s: float = 30.0,
                 idle_timeout_s: float = 60.0) -> None:
        self._door = FrontDoor(assembler=assembler, allowed_calling_aes=allowed_calling_aes,
                               allowed_hosts=allowed_hosts, free_bytes=free_bytes,
                               min_free_bytes=min_free_bytes, on_refused=on_refused)
        self.ae_title = ae_title.strip()
        self._host, self._port, self._tls_port = host, port, tls_port
        if not MIN_MAX_PDU <= max_pdu <= 0xFFFFFFFF:
            raise ValueError(f"max_pdu must be between {MIN_MAX_PDU} and 4294967295")
        if max_object_bytes < 1 or max_associations < 1:
            raise ValueError("max_object_bytes and max_associations must be at least 1")
        self.max_pdu = max_pdu
        self.max_object_bytes = max_object_bytes
        self._limits = ConnectionLimits(
            max_pending=max_pending_connections or 2 * max_associations,
            max_per_host=max_pending_per_host or max_associations)
        self._timeout = store_timeout_s
        self._max_associations = max_associations
        self._plain = plain
        self._ssl_context = ssl_context
        self._tls_timeout = tls_handshake_timeout_s
        self.artim_timeout_s = artim_timeout_s
        self.idle_timeout_s = idle_timeout_s
        self._server: asyncio.Server | None = None
        self._tls_server: asyncio.Server | None = None
        self._associations: set[Association] = set()
        self._connections: set[asyncio.Task] = set()
        self._stores: set[asyncio.Task] = set()

    @property
    def port(self) -> int:
        """The port the SCP listens on (after :meth:`start`)."""
        return self._server.sockets[0].getsockname()[1] if self._server else self._port

    @property
    def tls_port(self) -> int:
        """The DICOM TLS port (after :meth:`start`; 0 when TLS is off)."""
        if self._tls_server is not None:
            return self._tls_server.sockets[0].getsockname()[1]
        return self._tls_port if self._ssl_context is not None else 0

    @property
    def listening(self) -> bool:
        return self._server is not None or self._tls_server is not None

    def open_associations(self) -> int:
        """Connections the SCP holds now (negotiating or associated)."""
        return len(self._connections)

    async def start(self) -> None:
        """Listen on the plain and/or TLS port (on the running loop)."""
        loop = asyncio.get_running_loop()
        if self._plain:
            self._server = await loop.create_server(
                lambda: DicomConnection(self._serve_connection, tls=False, admit=self._admit),
                self._host, self._port, reuse_address=True)
            log.info("dicom scp listening", extra={"code": "ING-010", "fields": {
                "port": self.port, "engine": "native"}})
        if self._ssl_context is not None:
            self._tls_server = await loop.create_server(
                lambda: DicomConnection(self._serve_connection, tls=True, admit=self._admit),
                self._host, self._tls_port, reuse_address=True)
            log.info("dicom tls scp listening", extra={"code": "ING-012", "fields": {
                "port": self.tls_port, "engine": "native"}})
        metrics.ASSOCIATIONS_ACTIVE.set_function(
            lambda: sum(1 for a in self._associations if a.established))

    async def stop(self) -> None:
        """Stop accepting, abort open associations, let in-flight stores finish."""
        servers = [s for s in (self._server, self._tls_server) if s is not None]
        self._server = self._tls_server = None
        if not servers:
            return
        for server in servers:
            server.close()
        for assoc in list(self._associations):
            assoc.abort_now()
        if self._stores:
            await asyncio.wait(list(self._stores), timeout=self._timeout)
        for task in list(self._connections):
            task.cancel()
        if self._connections:
            await asyncio.wait(list(self._connections), timeout=5)
        log.info("dicom scp stopped", extra={"code": "ING-011"})

    def disk_ok(self) -> bool:
        """False (and ING-104 logged) while the vault's free space is under the watermark."""
        return self._door.disk_ok()

    def _admit(self, conn: DicomConnection) -> bool:
        """As a connection is made, before anything is read: a host off the allow-list is
        refused (ING-105, audited), then the connection limits (ING-109). Admitted
        connections count as pending until :meth:`associated`."""
        reason = self._door.host_refusal(conn.host)
        if reason:
            self._door.refused(reason, "", conn.host)
            return False
        return self._limits.admit(conn.host)

    def associated(self, assoc: Association) -> None:
        """``assoc`` was accepted: no longer pending; its connection may read ahead."""
        self._limits.associated(assoc.host)
        assoc.conn.associated(self.max_pdu)

    async def refuse_oversized(self, assoc: Association, digest: str, size: int) -> int:
        """A C-STORE whose dataset passed ``max_object_bytes`` (its bytes dropped as they
        came): the core records it as ``oversized`` (quarantine record without bytes, event,
        audit); the status to answer (0xC210, or 0xA700 if that record failed)."""
        started = time.perf_counter()
        outcome, status = "oversized", STATUS_CANNOT_UNDERSTAND
        try:
            await asyncio.wait_for(self._door.assembler.refuse_oversized(
                digest=digest, size_bytes=size, calling_ae=assoc.calling_ae), self._timeout)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            outcome, status = self._door.outcome_of(exc)
        self._door.record(status, outcome, 0, time.perf_counter() - started)
        return status

    async def _serve_connection(self, conn: DicomConnection) -> None:
        task = asyncio.current_task()
        if task is None:
            raise RuntimeError("a connection is served inside a task")
        self._connections.add(task)
        host = conn.host
        assoc: Association | None = None
        try:
            sock = conn.transport.get_extra_info("socket")
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                quickack(sock)
            if conn.tls and not await self._handshake(conn, host):
                return
            assoc = Association(self, conn, host)
            self._associations.add(assoc)
            await assoc.run()
        except asyncio.CancelledError:
            pass
        except Exception as exc:  # one bad connection never takes the server down
            log.warning("association failed", extra={"code": "ING-111", "fields": {
                "error": type(exc).__name__}})
            conn.transport.abort()
        finally:
            if assoc is not None:
                self._associations.discard(assoc)
            self._limits.closed(host, pending=assoc is None or not assoc.established)
            self._connections.discard(task)

    async def _handshake(self, conn: DicomConnection, host: str) -> bool:
        if self._ssl_context is None:
            raise RuntimeError("DICOM TLS is not configured")
        raw = conn.transport
        try:
            conn.transport = await asyncio.get_running_loop().start_tls(
                raw, conn, self._ssl_context, server_side=True,
                ssl_handshake_timeout=self._tls_timeout)
        except ssl.SSLError as exc:
            reason = str(exc.reason or type(exc).__name__)
        except TimeoutError:
            reason = "timeout"
        except (OSError, ConnectionError, EOFError, RuntimeError):
            reason = "closed"
        else:
            if conn.transport is not None:
                return True
            reason = "closed"
        conn.transport = raw
        raw.abort()
        log.warning("tls handshake failed", extra={"code": "ING-107", "fields": {
            "reason": reason}})
        self._door.refused("tls_handshake_failed", "", host)
        return False

    def negotiate(self, assoc: Association, rq: AssociateRequest
                  ) -> tuple[int, int, int] | None:
        """None to accept, else the A-ASSOCIATE-RJ ``(result, source, reason)``; audited."""
        reason, rj = "", None
        if rq.application_context != APPLICATION_CONTEXT:
            reason, rj = "association_refused", (1, 1, 2)
        elif not rq.protocol_version & 1:
            reason, rj = "association_refused", (1, 2, 2)
        elif rq.called_ae != self.ae_title:
            reason, rj = "association_refused", (1, 1, 7)
        elif (refusal := self._door.refusal_reason(rq.calling_ae, assoc.host)):
            reason, rj = refusal, (1, 1, 3)
        elif sum(1 for a in self._associations if a.established) >= self._max_associations:
            reason, rj = "association_refused", (2, 3, 2)
        if rj is not None:
            self._door.refused(reason, rq.calling_ae, assoc.host)
        return rj

    async def store(self, assoc: Association, cid: int, sop_class: str, sop_instance: str,
                    dataset: list[bytes]) -> int:
        """One C-STORE: the status to answer (after the core made the instance durable)."""
        started = time.perf_counter()
        abstract, ts = assoc.contexts[cid]
        size = 0
        with telemetry.tracer("medenclave.ingest").start_as_current_span(
                "PynetdicomServer.c_store", kind=trace.SpanKind.SERVER,
                attributes={"rpc.system": "dicom", "dicom.calling_ae": assoc.calling_ae,
                            "dicom.engine": "native"}) as span:
            if not self._door.disk_ok():
                outcome, status = "low_disk", STATUS_OUT_OF_RESOURCES
            elif not sop_class or not sop_instance:
                outcome, status = "unreadable", STATUS_CANNOT_UNDERSTAND
            else:
                data = part10(dataset, sop_class=sop_class, sop_instance=sop_instance,
                              transfer_syntax=ts)
                size = len(data)
                carrier = telemetry.inject({})
                task = asyncio.create_task(
                    self._door.receive(data, assoc.calling_ae, carrier, abstract))
                self._stores.add(task)
                task.add_done_callback(self._stores.discard)
                outcome, status = "stored", STATUS_SUCCESS
                try:
                    # shielded: a dropped connection must not cancel a half-done durable write
                    await asyncio.wait_for(asyncio.shield(task), self._timeout)
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    if isinstance(exc, TimeoutError):
                        task.cancel()
                    outcome, status = self._door.outcome_of(exc)
            span.set_attribute("outcome", outcome)
        self._door.record(status, outcome, size, time.perf_counter() - started)
        return status
