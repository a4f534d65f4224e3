"""The bytes of one connection of the native DICOM engine.

:class:`DicomConnection` receives a connection's bytes straight into one buffer (an asyncio
``BufferedProtocol``: no stream copies, no per-read buffer shifting) and hands out whole PDUs
to its :class:`~medenclave_ingest.adapters.inbound.dicom.native_association.Association`.
Nothing is allocated before the peer sends, and the buffer grows only as far as the PDU
awaited and the read-ahead allow.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from medenclave_ingest.adapters.inbound.dicom.front_door import quickack

__all__ = ["DicomConnection"]

#: nothing is allocated for a connection until it sends; then its receive buffer starts at
#: _FIRST_BUFFER and grows (doubling) only as far as the PDU awaited and the read-ahead need.
#: Reading pauses while more than the read-ahead (or the PDU awaited, if bigger) waits unread:
#: _PRE_READ_AHEAD before the association is accepted, _READ_AHEAD after it.
_FIRST_BUFFER = 16 * 1024
_PRE_READ_AHEAD = 16 * 1024
_READ_AHEAD = 4 * 1024 * 1024
#: the buffer is compacted, or grown, when less than this (or the limit) is free at its end
_MIN_ROOM = 64 * 1024


class DicomConnection(asyncio.BufferedProtocol):
    """The bytes of one connection, received straight into one buffer (no stream copies and
    no per-read buffer shifting); :meth:`take` hands out whole PDUs.

    Args:
        serve: run for the connection once it is made (as its own task).
        tls: a DICOM TLS connection: nothing is read before the handshake.
        admit: asked once the connection is made (its peer's host in :attr:`host`); False:
            the connection is closed at once, nothing read, no task started.
    """

    def __init__(self, serve: Callable[[DicomConnection], Awaitable[None]], tls: bool,
                 admit: Callable[[DicomConnection], bool] | None = None) -> None:
        self.serve, self.tls, self.admit = serve, tls, admit
        self.transport: Any = None
        self.host = ""
        self.buf = bytearray()          # allocated on the first read
        self.start = self.end = 0
        self.want = 6                   # unread bytes the association waits for
        self.read_ahead = _PRE_READ_AHEAD
        self.closed = False
        self.paused = False
        self.waiter: asyncio.Future | None = None
        self.task: asyncio.Task | None = None
        self.sock: Any = None

    # -- asyncio protocol callbacks --------------------------------------------------------
    def connection_made(self, transport: Any) -> None:
        self.transport = transport
        self.sock = transport.get_extra_info("socket")
        peer = transport.get_extra_info("peername") or ("", 0)
        self.host = str(peer[0])
        if self.admit is not None and not self.admit(self):
            self.closed = True
            transport.abort()
            return
        if self.tls:   # nothing is read before the handshake (start_tls takes the socket)
            transport.pause_reading()
        self.task = asyncio.get_running_loop().create_task(self.serve(self))

    def associated(self, max_pdu: int) -> None:
        """The association was accepted: read ahead up to :data:`_READ_AHEAD` (or a PDU)."""
        self.read_ahead = max(_READ_AHEAD, max_pdu + 6)

    def _limit(self) -> int:
        """Unread bytes beyond which reading pauses."""
        return max(self.read_ahead, self.want)

    def get_buffer(self, sizehint: int) -> memoryview:
        unread = self.end - self.start
        cap = max(self._limit() - unread, 4096)       # the most this read may take
        chunk = min(cap, _MIN_ROOM)
        if len(self.buf) - self.end < chunk:
            if self.start:
                self.buf[:unread] = self.buf[self.start:self.end]
                self.start, self.end = 0, unread
            if len(self.buf) - self.end < chunk:
                # a new buffer, not an in-place resize: views handed out may still exist
                size = min(max(2 * len(self.buf), _FIRST_BUFFER), unread + cap)
                grown = bytearray(max(size, unread + chunk))
                grown[:unread] = self.buf[:unread]
                self.buf = grown
        return memoryview(self.buf)[self.end:self.end + cap]

    def buffer_updated(self, nbytes: int) -> None:
        self.end += nbytes
        quickack(self.sock)   # re-armed per read (Linux clears it): a Nagle sender waits on it
        if self.end - self.start >= self._limit() and not self.paused:
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
        """Wait until ``count`` unread bytes are buffered.

        Args:
            count: how many unread bytes are needed.

        Returns:
            False if the connection closed first.
        """
        self.want = count
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
        """The next ``count`` buffered bytes (valid until the next :meth:`need`).

        Args:
            count: how many; at most what :meth:`need` waited for.
        """
        view = memoryview(self.buf)[self.start:self.start + count]
        self.start += count
        return view

    def write(self, data: bytes) -> None:
        """Send ``data`` unless the connection is closed (then it is dropped)."""
        if not self.closed:
            self.transport.write(data)
