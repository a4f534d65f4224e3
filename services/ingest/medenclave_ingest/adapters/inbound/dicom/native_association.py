"""The association one connection of the native DICOM engine carries.

:class:`Association` is the PS3.8 state machine on top of a
:class:`~medenclave_ingest.adapters.inbound.dicom.connection.DicomConnection` (its bytes):
ARTIM and idle timeouts, A-ASSOCIATE negotiation (the policy is
:class:`~medenclave_ingest.adapters.inbound.dicom.native_server.NativeDicomServer`'s), PDV
reassembly into DIMSE messages within the size limits, C-ECHO / C-STORE dispatch, release,
abort and the Sta13 linger. A malformed PDU raises
:class:`~medenclave_ingest.adapters.inbound.dicom.pdu.ProtocolError` and ends only this
association with an A-ABORT.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import struct
from typing import TYPE_CHECKING, Any

from medenclave_ingest.adapters.inbound.dicom import metrics
from medenclave_ingest.adapters.inbound.dicom.connection import DicomConnection
from medenclave_ingest.adapters.inbound.dicom.front_door import STATUS_SUCCESS
from medenclave_ingest.adapters.inbound.dicom.pdu import (
    A_ABORT,
    A_ASSOCIATE_AC,
    A_ASSOCIATE_RJ,
    A_ASSOCIATE_RQ,
    A_RELEASE_RP,
    A_RELEASE_RQ,
    ABORT_UNEXPECTED_PDU,
    ABORT_UNRECOGNIZED_PDU,
    C_CANCEL_RQ,
    C_ECHO_RQ,
    C_STORE_RQ,
    MAX_COMMAND_BYTES,
    MAX_CONTROL_PDU,
    MAX_SHORT_PDU,
    NO_DATASET,
    P_DATA_TF,
    RELEASE_RP,
    STATUS_UNRECOGNIZED_OPERATION,
    VERIFICATION,
    ProtocolError,
    _uid,
    _us,
    accept_contexts,
    encode_abort,
    encode_associate_ac,
    encode_associate_rj,
    encode_pdata,
    encode_response,
    parse_associate_rq,
    parse_command,
    parse_pdata,
)

if TYPE_CHECKING:  # the server that owns the associations; imported for annotations only
    from medenclave_ingest.adapters.inbound.dicom.native_server import NativeDicomServer

__all__ = ["Association"]

log = logging.getLogger(__name__)

#: what a PDV fragment costs beyond its bytes when counted against the command set and dataset
#: limits (the list entry and object that hold it): tiny fragments cannot outgrow the limits
_FRAGMENT_COST = 64


class _Aborted(Exception):
    """The peer aborted or closed the connection."""


class Association:
    """One connection: negotiation, then DIMSE messages until release or abort.

    Args:
        server: the SCP: its limits and timeouts, :meth:`~NativeDicomServer.negotiate` and
            :meth:`~NativeDicomServer.store`.
        conn: the connection.
        host: the peer's IP address (for the allow-list).
    """

    def __init__(self, server: NativeDicomServer, conn: DicomConnection, host: str) -> None:
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

        The watchdog bounds how long it takes.

        Raises:
            ProtocolError: an unknown, oversized or truncated PDU.
        """
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
        if kind == P_DATA_TF:
            limit = self.server.max_pdu
        elif kind in (A_RELEASE_RQ, A_RELEASE_RP, A_ABORT):
            limit = MAX_SHORT_PDU
        else:
            limit = MAX_CONTROL_PDU
        if length > limit:   # refused from its header: not one byte of its body is read
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
        """Send a PDU to the peer."""
        self.conn.write(data)

    async def run(self) -> None:
        """Serve the association to its end; a protocol error aborts it (ING-108). The
        connection is closed afterwards."""
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
        answer. Wait for its close (what it still sends is dropped), at most the ARTIM time
        (10 s at most) and at most ``max_pdu`` bytes: a peer still streaming is cut off."""
        conn = self.conn
        budget = self.server.max_pdu
        try:
            async with asyncio.timeout(min(self.server.artim_timeout_s, 10.0)):
                while not conn.closed:
                    budget -= conn.end - conn.start
                    conn.start = conn.end
                    if budget < 0:
                        conn.transport.abort()
                        return
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
        self.server.associated(self)
        await self.send(encode_associate_ac(rq, results, self.server.max_pdu))
        metrics.ASSOCIATIONS.inc()
        return await self._serve()

    async def _serve(self) -> bool:
        """DIMSE messages until release or abort. A command set is at most
        ``MAX_COMMAND_BYTES`` (else A-ABORT); a dataset's fragments are counted as they
        arrive (each fragment also costs :data:`_FRAGMENT_COST`, so a flood of tiny PDVs is
        bounded too) and, once past ``max_object_bytes``, dropped as they arrive (ING-112)
        and the C-STORE is answered with a failure status: memory stays bounded."""
        command: list[Any] = []
        dataset: list[Any] = []
        message: dict[int, bytes] | None = None
        context_id = -1
        command_bytes = dataset_bytes = dataset_cost = 0
        oversized: Any = None          # the running SHA-256 of a dataset past the limit
        max_object = self.server.max_object_bytes
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
                    command_bytes += len(fragment) + _FRAGMENT_COST
                    if command_bytes > MAX_COMMAND_BYTES:
                        raise ProtocolError("command set larger than its limit")
                    command.append(fragment)
                    if not control & 2:
                        continue
                    message = parse_command(b"".join(command))
                    command, command_bytes = [], 0
                    if _us(message, 0x0800) != NO_DATASET:
                        continue
                    fragments: list[bytes] = []
                else:                                            # dataset fragment
                    if message is None:
                        raise ProtocolError("dataset fragment before its command")
                    dataset_bytes += len(fragment)
                    dataset_cost += len(fragment) + _FRAGMENT_COST
                    if oversized is not None:                    # hashed, then dropped
                        oversized.update(fragment)
                    elif dataset_cost > max_object:
                        log.warning("dataset over the size limit: refused", extra={
                            "code": "ING-112", "fields": {"max_object_bytes": max_object}})
                        oversized = hashlib.sha256()
                        for kept in (*dataset, fragment):
                            oversized.update(kept)
                        dataset = []
                    else:
                        dataset.append(fragment)
                    if not control & 2:
                        continue
                    fragments, dataset = dataset, []
                if oversized is not None:
                    await self._refuse(cid, message, oversized.hexdigest(), dataset_bytes)
                else:
                    await self._dispatch(cid, message, fragments)
                message, context_id = None, -1
                dataset_bytes = dataset_cost = 0
                oversized = None

    async def _refuse(self, cid: int, command: dict[int, bytes], digest: str,
                      size: int) -> None:
        """Answer a C-STORE whose dataset passed the size limit (its bytes were dropped)."""
        message_id, sop_class = _us(command, 0x0110), _uid(command.get(0x0002, b""))
        sop_instance = _uid(command.get(0x1000, b""))
        self.busy = True
        try:
            status = await self.server.refuse_oversized(self, digest, size)
        finally:
            self.busy, self.last_read = False, self.loop.time()
        reply = encode_response(0x8001, message_id, status, sop_class, sop_instance)
        await self.send(encode_pdata(cid, 1, reply, self.peer_max))

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
