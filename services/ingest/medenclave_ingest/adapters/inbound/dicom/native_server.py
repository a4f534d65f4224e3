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
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import ssl
import struct
import time
from typing import Any, Callable, Sequence

from opentelemetry import trace

from medenclave import telemetry

from medenclave_ingest.adapters.inbound.dicom import metrics
from medenclave_ingest.adapters.inbound.dicom.pdu import (
    A_ABORT,
    A_ASSOCIATE_AC,
    A_ASSOCIATE_RJ,
    A_ASSOCIATE_RQ,
    A_RELEASE_RP,
    A_RELEASE_RQ,
    ABORT_UNEXPECTED_PDU,
    ABORT_UNRECOGNIZED_PDU,
    APPLICATION_CONTEXT,
    C_CANCEL_RQ,
    C_ECHO_RQ,
    C_STORE_RQ,
    IMPLEMENTATION_CLASS_UID,
    IMPLEMENTATION_VERSION_NAME,
    MAX_CONTROL_PDU,
    NO_DATASET,
    P_DATA_TF,
    RELEASE_RP,
    STATUS_UNRECOGNIZED_OPERATION,
    VERIFICATION,
    AssociateRequest,
    ProtocolError,
    _uid,
    _us,
    accept_contexts,
    encode_abort,
    encode_associate_ac,
    encode_associate_rj,
    encode_command,
    encode_pdata,
    encode_response,
    parse_associate_rq,
    parse_command,
    parse_pdata,
    part10,
)
from medenclave_ingest.adapters.inbound.dicom.front_door import (
    STATUS_CANNOT_UNDERSTAND,
    STATUS_OUT_OF_RESOURCES,
    STATUS_SUCCESS,
    FrontDoor,
    quickack,
)
from medenclave_ingest.core.assembler import StudyAssembler

__all__ = [
    "IMPLEMENTATION_CLASS_UID",
    "IMPLEMENTATION_VERSION_NAME",
    "NativeDicomServer",
    "ProtocolError",
    "accept_contexts",
    "encode_command",
    "parse_associate_rq",
    "parse_command",
    "parse_pdata",
    "part10",
]

log = logging.getLogger(__name__)

#: a connection's receive buffer starts at this size (grown for a bigger PDU); reading pauses
#: while more than _HIGH_WATER bytes wait unread
_READ_BUFFER = 1024 * 1024
_HIGH_WATER = 8 * 1024 * 1024


# -- the server ------------------------------------------------------------------------------

class _Aborted(Exception):
    """The peer aborted or closed the connection."""


class _Connection(asyncio.BufferedProtocol):
    """The bytes of one connection, received straight into one buffer (no stream copies and
    no per-read buffer shifting); :meth:`take` hands out whole PDUs."""

    def __init__(self, server: "NativeDicomServer", tls: bool) -> None:
        self.server, self.tls = server, tls
        self.transport: Any = None
        self.buf = bytearray(_READ_BUFFER)
        self.start = self.end = 0
        self.closed = False
        self.paused = False
        self.waiter: asyncio.Future | None = None
        self.task: asyncio.Task | None = None
        self.sock: Any = None

    # -- asyncio protocol callbacks --------------------------------------------------------
    def connection_made(self, transport: Any) -> None:
        self.transport = transport
        self.sock = transport.get_extra_info("socket")
        if self.tls:   # nothing is read before the handshake (start_tls takes the socket)
            transport.pause_reading()
        self.task = asyncio.get_running_loop().create_task(self.server._serve_connection(self))

    def get_buffer(self, sizehint: int) -> memoryview:
        if len(self.buf) - self.end < 65536:
            used = self.end - self.start
            if self.start:
                self.buf[:used] = self.buf[self.start:self.end]
                self.start, self.end = 0, used
            if len(self.buf) - self.end < 65536:
                # a new buffer, not an in-place resize: views handed out may still exist
                grown = bytearray(2 * len(self.buf))
                grown[:used] = self.buf[:used]
                self.buf = grown
        return memoryview(self.buf)[self.end:]

    def buffer_updated(self, nbytes: int) -> None:
        self.end += nbytes
        quickack(self.sock)   # re-armed per read (Linux clears it): a Nagle sender waits on it
        if self.end - self.start > _HIGH_WATER and not self.paused:
            self.paused = True
            self.transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool | None:
        self.closed = True
        self._wake()
        return None

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self._wake()

    def _wake(self) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)

    # -- for the association ----------------------------------------------------------------
    async def need(self, count: int) -> bool:
        """Wait until ``count`` unread bytes are buffered; False if the peer went first."""
        while self.end - self.start < count:
            if self.closed:
                return False
            if self.paused:
                self.paused = False
                self.transport.resume_reading()
            self.waiter = asyncio.get_running_loop().create_future()
            await self.waiter
        return True

    def take(self, count: int) -> memoryview:
        """The next ``count`` buffered bytes (valid until the next :meth:`need`)."""
        view = memoryview(self.buf)[self.start:self.start + count]
        self.start += count
        return view

    def write(self, data: bytes) -> None:
        if not self.closed:
            self.transport.write(data)


class _Association:
    """One connection: negotiation, then DIMSE messages until release or abort."""

    def __init__(self, server: "NativeDicomServer", conn: _Connection, host: str) -> None:
        self.server, self.conn, self.host = server, conn, host
        self.established = False
        self.calling_ae = ""
        self.peer_max = 0
        self.contexts: dict[int, tuple[str, str]] = {}     # id → (abstract, transfer syntax)
        self.loop = asyncio.get_running_loop()
        self.last_read = self.loop.time()
        self.busy = False
        self.timed_out = False
        self._timer = self.loop.call_later(server.artim_timeout_s, self._watch)

    async def read_pdu(self) -> tuple[int, memoryview]:
        """The next PDU ``(type, variable field)``; the view is valid until the next read.
        The watchdog bounds how long it takes."""
        conn = self.conn
        self.last_read = self.loop.time()
        if not await conn.need(6):
            if conn.end - conn.start:
                raise ProtocolError("truncated PDU header")
            raise _Aborted()
        header = conn.buf[conn.start:conn.start + 6]
        kind, length = header[0], struct.unpack_from(">I", header, 2)[0]
        if kind not in (A_ASSOCIATE_RQ, A_ASSOCIATE_AC, A_ASSOCIATE_RJ, P_DATA_TF, A_RELEASE_RQ,
                        A_RELEASE_RP, A_ABORT):
            raise ProtocolError(f"unknown PDU type {kind:#04x}", ABORT_UNRECOGNIZED_PDU)
        limit = self.server.max_pdu if kind == P_DATA_TF else MAX_CONTROL_PDU
        if limit and length > limit:
            raise ProtocolError("PDU larger than the maximum length")
        if not await conn.need(6 + length):
            raise ProtocolError("truncated PDU")
        conn.start += 6
        body = conn.take(length)
        self.last_read = self.loop.time()
        return kind, body

    def _watch(self) -> None:
        """ARTIM before the A-ASSOCIATE-RQ, then the idle timeout: a peer silent too long
        (not while we are storing) is aborted. One timer per connection, not one per read."""
        limit = self.server.idle_timeout_s if self.established else self.server.artim_timeout_s
        idle = self.loop.time() - self.last_read
        if self.busy or idle < limit:
            self._timer = self.loop.call_later(max(limit - idle, 0.05), self._watch)
            return
        self.timed_out = True
        self.abort_now()

    async def send(self, data: bytes) -> None:
        self.conn.write(data)

    async def run(self) -> None:
        try:
            if await self._negotiate_and_serve():
                await self._linger()
        except ProtocolError as exc:
            log.warning("association aborted: bad PDU", extra={"code": "ING-108", "fields": {
                "error": str(exc)}})
            with contextlib.suppress(Exception):
                await self.send(encode_abort(exc.reason))
                await self._linger()
        except (_Aborted, ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            self._timer.cancel()
            if self.conn.transport is not None:
                self.conn.transport.close()

    async def _linger(self) -> None:
        """PS3.8 Sta13: after our A-ASSOCIATE-RJ, A-RELEASE-RP or A-ABORT the requestor
        closes the transport; closing first can make a requestor read a reset instead of our
        answer. Wait for its close (what it still sends is dropped), at most the ARTIM time."""
        conn = self.conn
        try:
            async with asyncio.timeout(min(self.server.artim_timeout_s, 10.0)):
                while not conn.closed:
                    conn.start = conn.end
                    if conn.paused:
                        conn.paused = False
                        conn.transport.resume_reading()
                    conn.waiter = self.loop.create_future()
                    await conn.waiter
        except TimeoutError:
            pass

    async def _negotiate_and_serve(self) -> bool:
        """True when the association ended with our RJ or RELEASE-RP (then linger)."""
        kind, body = await self.read_pdu()
        if kind == A_ABORT:
            return False
        if kind != A_ASSOCIATE_RQ:
            raise ProtocolError("expected A-ASSOCIATE-RQ", ABORT_UNEXPECTED_PDU)
        rq = parse_associate_rq(bytes(body))
        self.calling_ae = rq.calling_ae
        refusal = self.server.negotiate(self, rq)
        if refusal is not None:
            await self.send(encode_associate_rj(*refusal))
            return True
        results = accept_contexts(rq.contexts)
        self.contexts = {cid: (abstract, ts) for cid, result, abstract, ts in results
                         if result == 0}
        self.peer_max = rq.max_pdu
        # counted before the AC goes out: a second request read while this send drains must
        # already see this association against the limit
        self.established = True
        await self.send(encode_associate_ac(rq, results, self.server.max_pdu))
        metrics.ASSOCIATIONS.inc()
        return await self._serve()

    async def _serve(self) -> bool:
        command: list[Any] = []
        dataset: list[Any] = []
        message: dict[int, bytes] | None = None
        context_id = -1
        while True:
            kind, body = await self.read_pdu()
            if kind == A_RELEASE_RQ:
                await self.send(RELEASE_RP)
                return True
            if kind == A_ABORT:
                return False
            if kind != P_DATA_TF:
                raise ProtocolError("unexpected PDU in an association", ABORT_UNEXPECTED_PDU)
            # copied out now: a dispatch below awaits, and the receive buffer moves meanwhile
            pdvs = [(cid, control, bytes(fragment)) for cid, control, fragment
                    in parse_pdata(body)]
            del body
            for cid, control, fragment in pdvs:
                if cid not in self.contexts:
                    raise ProtocolError("PDV on a context that was not accepted")
                if context_id not in (-1, cid):
                    raise ProtocolError("PDV on another context mid-message")
                context_id = cid
                if control & 1:                                  # command fragment
                    if message is not None:
                        raise ProtocolError("command fragment after the command set")
                    command.append(fragment)
                    if not control & 2:
                        continue
                    message = parse_command(b"".join(command))
                    command = []
                    if _us(message, 0x0800) != NO_DATASET:
                        continue
                    fragments: list[bytes] = []
                else:                                            # dataset fragment
                    if message is None:
                        raise ProtocolError("dataset fragment before its command")
                    dataset.append(fragment)
                    if not control & 2:
                        continue
                    fragments, dataset = dataset, []
                await self._dispatch(cid, message, fragments)
                message, context_id = None, -1

    async def _dispatch(self, cid: int, command: dict[int, bytes], data: list[bytes]) -> None:
        field_ = _us(command, 0x0100)
        message_id = _us(command, 0x0110)
        sop_class = _uid(command.get(0x0002, b""))
        if field_ == C_STORE_RQ:
            sop_instance = _uid(command.get(0x1000, b""))
            self.busy = True
            try:
                status = await self.server.store(self, cid, sop_class, sop_instance, data)
            finally:
                self.busy, self.last_read = False, self.loop.time()
            reply = encode_response(0x8001, message_id, status, sop_class, sop_instance)
        elif field_ == C_ECHO_RQ:
            reply = encode_response(0x8030, message_id, STATUS_SUCCESS, sop_class or VERIFICATION)
        elif field_ == C_CANCEL_RQ:
            return
        else:
            reply = encode_response(field_ | 0x8000, message_id, STATUS_UNRECOGNIZED_OPERATION,
                              sop_class)
        await self.send(encode_pdata(cid, 1, reply, self.peer_max))

    def abort_now(self) -> None:
        """Send an A-ABORT and drop the connection (server stop, timeouts)."""
        transport = self.conn.transport
        with contextlib.suppress(Exception):
            transport.write(encode_abort())
        with contextlib.suppress(Exception):
            transport.abort()


class NativeDicomServer:
    """The DICOM SCP on the service's asyncio loop; the interface of ``PynetdicomServer``.

    Args:
        assembler: the core.
        ae_title, host, port: where the SCP listens (port 0: any free port).
        max_pdu: maximum P-DATA-TF PDU length received (0: unlimited); bigger → A-ABORT.
        store_timeout_s: how long a C-STORE waits for the core before answering Out of Resources.
        allowed_calling_aes, allowed_hosts, free_bytes, min_free_bytes, on_refused: see
            :class:`~medenclave_ingest.adapters.inbound.dicom.front_door.FrontDoor`.
        max_associations: concurrent associations; more are rejected (2/3/2, local limit).
        plain: listen for plaintext DICOM on ``port`` (False: TLS only).
        tls_port: the DICOM TLS port (0: any free port), used with ``ssl_context``.
        ssl_context: from :func:`~medenclave_ingest.adapters.inbound.dicom.tls.server_context`.
        tls_handshake_timeout_s: how long a TLS peer has to complete the handshake.
        artim_timeout_s: how long a new connection has to send its A-ASSOCIATE-RQ.
        idle_timeout_s: an association silent this long is aborted.
    """

    def __init__(self, *, assembler: StudyAssembler, ae_title: str, host: str, port: int,
                 max_pdu: int = 0, store_timeout_s: float = 120.0,
                 allowed_calling_aes: Sequence[str] = (), allowed_hosts: Sequence[str] = (),
                 max_associations: int = 10, free_bytes: Callable[[], int] | None = None,
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
        self.max_pdu = max_pdu
        self._timeout = store_timeout_s
        self._max_associations = max_associations
        self._plain = plain
        self._ssl_context = ssl_context
        self._tls_timeout = tls_handshake_timeout_s
        self.artim_timeout_s = artim_timeout_s
        self.idle_timeout_s = idle_timeout_s
        self._server: asyncio.Server | None = None
        self._tls_server: asyncio.Server | None = None
        self._associations: set[_Association] = set()
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
                lambda: _Connection(self, tls=False), self._host, self._port,
                reuse_address=True)
            log.info("dicom scp listening", extra={"code": "ING-010", "fields": {
                "port": self.port, "engine": "native"}})
        if self._ssl_context is not None:
            self._tls_server = await loop.create_server(
                lambda: _Connection(self, tls=True), self._host, self._tls_port,
                reuse_address=True)
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

    async def _serve_connection(self, conn: _Connection) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        peer = conn.transport.get_extra_info("peername") or ("", 0)
        host = str(peer[0])
        assoc: _Association | None = None
        try:
            sock = conn.transport.get_extra_info("socket")
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                quickack(sock)
            if conn.tls and not await self._handshake(conn, host):
                return
            assoc = _Association(self, conn, host)
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
            self._connections.discard(task)

    async def _handshake(self, conn: _Connection, host: str) -> bool:
        assert self._ssl_context is not None
        raw = conn.transport
        try:
            conn.transport = await asyncio.get_running_loop().start_tls(
                raw, conn, self._ssl_context, server_side=True,
                ssl_handshake_timeout=self._tls_timeout)
        except ssl.SSLError as exc:
            reason = str(exc.reason or type(exc).__name__)
        except (TimeoutError, asyncio.TimeoutError):
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

    def negotiate(self, assoc: _Association, rq: AssociateRequest
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

    async def store(self, assoc: _Association, cid: int, sop_class: str, sop_instance: str,
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
