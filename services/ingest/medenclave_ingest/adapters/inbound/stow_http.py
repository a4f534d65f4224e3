"""A bounded HTTP/1.1 server for one POST endpoint: fixed workers, deadlines, bodies on disk.

Built for a hostile network (issue 15), on the standard library's sockets only:

* **Bounded threads**: one accept thread and ``workers`` worker threads, started once. Accepted
  connections wait in a queue of ``max_pending``; when it is full the connection is answered
  503 (plain) or closed (TLS) on the accept thread and no thread is spawned.
* **Deadlines**: the request head (and the TLS handshake) must arrive within
  ``header_timeout_s`` of the accept, queueing included (408, closed); the body may pause for
  at most ``body_idle_timeout_s`` and must average ``body_min_bytes_per_s`` once that long has
  passed (408, closed).
* **Framing checked before any body byte**: Content-Length must be one non-negative decimal
  number; Content-Length together with Transfer-Encoding, an unknown transfer coding, a
  malformed head (400/411/501); a declared length over ``max_body_bytes`` is 413, before the
  body is read. Chunked bodies are counted as they arrive, under the same cap (413).
* **Bodies go to disk**: a :func:`tempfile.TemporaryFile` (mode 0600, unlinked from the start,
  so it is gone when closed, even after a crash) in a private spool folder, written in
  ``chunk_bytes`` pieces through one reused buffer.
* Every connection is closed after its answer (``Connection: close``); a refused request's
  unread body is drained for a bounded while so the client sees the answer.

The endpoint is a :class:`Endpoint`: ``admit`` decides on the head alone (auth, path, media
type), ``respond`` gets the spooled body.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import selectors
import socket
import ssl
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import BinaryIO, Protocol

from medenclave_ingest.adapters.inbound.dicom.tls import complete_handshake
from medenclave_ingest.adapters.inbound.stow_framing import (
    CHUNK_SIZE,
    Answer,
    Refused,
    RequestHead,
    parse_head,
)

__all__ = ["Answer", "BoundedHttpServer", "Endpoint", "HttpLimits", "RequestHead"]

log = logging.getLogger(__name__)

_LINGER_BYTES = 1024 * 1024
_LINGER_S = 1.0
_MAX_LINE = 1024


@dataclass(frozen=True)
class HttpLimits:
    """What one client may cost the server. Every field has a safe, non-zero default.

    Attributes:
        max_body_bytes: largest body accepted (on disk), Content-Length or chunked.
        workers: worker threads (connections served at once).
        max_pending: accepted connections waiting for a worker; beyond it 503 / close.
        header_timeout_s: from accept to the end of the request head (TLS handshake included).
        body_idle_timeout_s: longest pause while the body arrives.
        body_min_bytes_per_s: slowest average body rate tolerated after the first idle window.
        max_header_bytes: largest request head (request line and header fields).
        chunk_bytes: read/write piece size (the only per-connection buffer).
        backlog: the listening socket's kernel backlog.
    """

    max_body_bytes: int = 2 * 1024 ** 3
    workers: int = 8
    max_pending: int = 32
    header_timeout_s: float = 10.0
    body_idle_timeout_s: float = 30.0
    body_min_bytes_per_s: int = 16 * 1024
    max_header_bytes: int = 16 * 1024
    chunk_bytes: int = 64 * 1024
    backlog: int = 64

    def __post_init__(self) -> None:
        bad = [name for name, value in vars(self).items() if not value > 0]
        if bad:  # no "0 means unlimited": every bound is a bound
            raise ValueError(f"HttpLimits must be positive: {', '.join(bad)}")


class Endpoint(Protocol):
    """The one resource behind the server."""

    def admit(self, head: RequestHead) -> Answer | None:
        """An answer refusing the request on its head alone, or None to receive the body."""
        ...

    def respond(self, head: RequestHead, body: BinaryIO, size: int) -> Answer:
        """The answer to a request whose body (``size`` bytes) is in ``body`` (rewound)."""
        ...


class _Gone(Exception):
    """The peer closed or reset the connection."""


class _Wire:
    """A socket read through one reused buffer, with what was read ahead kept."""

    def __init__(self, sock: socket.socket, chunk_bytes: int) -> None:
        self.sock = sock
        self.ahead = bytearray()
        self.scratch = bytearray(chunk_bytes)

    def fill(self, timeout: float) -> int:
        """Read once more into ``ahead``; raises TimeoutError, _Gone."""
        if timeout <= 0:
            raise TimeoutError
        self.sock.settimeout(timeout)
        try:
            n = self.sock.recv_into(self.scratch)
        except (ConnectionError, ssl.SSLError) as exc:
            raise _Gone from exc
        if n == 0:
            raise _Gone
        self.ahead += memoryview(self.scratch)[:n]
        return n

    def line(self, deadline: float, limit: int) -> bytes:
        """One CRLF-terminated line (without it), at most ``limit`` bytes."""
        while True:
            end = self.ahead.find(b"\r\n")
            if end != -1:
                out = bytes(self.ahead[:end])
                del self.ahead[:end + 2]
                return out
            if len(self.ahead) > limit:
                raise Refused(400, "line too long")
            self.fill(deadline - time.monotonic())


class BoundedHttpServer:
    """The server: bind in the constructor, :meth:`start` the threads, :meth:`stop` them.

    Args:
        endpoint: decides and answers requests.
        host, port: where to listen (port 0: any free port).
        limits: the bounds; see :class:`HttpLimits`.
        spool_dir: private folder for request bodies (created 0700).
        ssl_context: HTTPS only when given (e.g. :func:`dicom.tls.server_context`).
        name: thread name prefix.
        on_refused: ``on_refused(reason)`` for every refused connection or request (metrics).
    """

    def __init__(self, *, endpoint: Endpoint, host: str, port: int, limits: HttpLimits,
                 spool_dir: Path, ssl_context: ssl.SSLContext | None = None,
                 name: str = "http",
                 on_refused: Callable[[str], None] = lambda reason: None) -> None:
        self._endpoint, self._limits, self._ssl = endpoint, limits, ssl_context
        self._name, self._on_refused = name, on_refused
        spool_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        spool_dir.chmod(0o700)
        self._spool_dir = spool_dir
        self._sock = socket.create_server((host, port), backlog=limits.backlog)
        self._queue: queue.Queue[tuple[socket.socket, float] | None] = queue.Queue(
            maxsize=limits.max_pending)
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._active: set[socket.socket] = set()
        self._lock = threading.Lock()

    @property
    def port(self) -> int:
        return int(self._sock.getsockname()[1])

    def start(self) -> None:
        """Start the accept thread and the fixed pool of workers."""
        self._threads = [threading.Thread(target=self._accept_forever, daemon=True,
                                          name=f"{self._name}-accept")]
        self._threads += [threading.Thread(target=self._work, daemon=True,
                                           name=f"{self._name}-{i}")
                          for i in range(self._limits.workers)]
        for thread in self._threads:
            thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop accepting, drop queued connections, let the workers finish (blocking)."""
        self._stopping.set()
        for thread in self._threads[:1]:
            thread.join(timeout_s)
        self._sock.close()
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                item[0].close()
        with self._lock:
            for conn in self._active:  # wake workers blocked on a slow peer
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
        for _ in self._threads[1:]:
            self._queue.put(None)
        deadline = time.monotonic() + timeout_s
        for thread in self._threads[1:]:
            thread.join(max(0.0, deadline - time.monotonic()))

    def _accept_forever(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self._sock, selectors.EVENT_READ)
            while not self._stopping.is_set():
                if not selector.select(timeout=0.2):
                    continue
                try:
                    conn, _ = self._sock.accept()
                except OSError:
                    continue
                try:
                    self._queue.put_nowait((conn, time.monotonic()))
                except queue.Full:
                    self._on_refused("busy")
                    if self._ssl is None:
                        conn.setblocking(False)
                        try:
                            conn.send(self._encode(Answer(503, b"busy, retry later\n",
                                                          headers=(("Retry-After", "1"),))))
                        except OSError:
                            pass
                    conn.close()

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            conn, accepted = item
            with self._lock:
                self._active.add(conn)
            try:
                self._serve(conn, accepted)
            except Exception as exc:  # one connection never stops a worker
                _log_failure(exc)
            finally:
                with self._lock:
                    self._active.discard(conn)
                conn.close()

    def _serve(self, raw: socket.socket, accepted: float) -> None:
        limits = self._limits
        # the head is due header_timeout_s after the accept; a connection that waited in the
        # queue longer only gets a short grace to show a head it has already sent
        deadline = max(accepted + limits.header_timeout_s,
                       time.monotonic() + min(0.25, limits.header_timeout_s))
        conn: socket.socket = raw
        if self._ssl is not None:
            raw.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                conn = self._ssl.wrap_socket(raw, server_side=True)
            except (OSError, ssl.SSLError):
                self._on_refused("tls")
                return
            if complete_handshake(conn, timeout_s=max(0.01, deadline - time.monotonic())):
                self._on_refused("tls")
                return
        wire = _Wire(conn, limits.chunk_bytes)
        body_read = False
        try:
            answer = self._exchange(conn, wire, deadline)
            body_read = True
        except Refused as exc:
            answer = exc.answer
            self._on_refused(str(answer.status))
        except TimeoutError:
            self._on_refused("timeout")
            answer = Answer(408, b"request too slow\n")
        except (_Gone, OSError):
            return
        except Exception as exc:  # the endpoint failed: answered, never a silent close
            _log_failure(exc)
            answer = Answer(500, b"internal error\n")
        try:
            conn.settimeout(limits.body_idle_timeout_s)
            conn.sendall(self._encode(answer))
        except (OSError, ssl.SSLError):
            return
        if not body_read:
            self._linger(conn)

    def _exchange(self, conn: socket.socket, wire: _Wire, deadline: float) -> Answer:
        limits = self._limits
        while (end := wire.ahead.find(b"\r\n\r\n")) == -1:
            if len(wire.ahead) > limits.max_header_bytes:
                raise Refused(431, "request head too large")
            wire.fill(deadline - time.monotonic())
        if end > limits.max_header_bytes:
            raise Refused(431, "request head too large")
        raw_head = bytes(wire.ahead[:end])
        del wire.ahead[:end + 4]
        peer = ""
        try:
            peer = str(conn.getpeername()[0])
        except OSError:
            pass
        head = parse_head(raw_head, peer, method="POST")
        if head.content_length is not None and head.content_length > limits.max_body_bytes:
            raise Refused(413, f"body larger than {limits.max_body_bytes} bytes")
        refusal = self._endpoint.admit(head)
        if refusal is not None:
            raise Refused(refusal.status, answer=refusal)
        if head.headers.get("expect", "").lower() == "100-continue":
            conn.settimeout(limits.body_idle_timeout_s)
            conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
        with tempfile.TemporaryFile(dir=self._spool_dir, prefix="stow-") as spool:
            size = self._receive(wire, head, spool)
            spool.flush()
            spool.seek(0)
            return self._endpoint.respond(head, spool, size)

    def _receive(self, wire: _Wire, head: RequestHead, spool: BinaryIO) -> int:
        """Copy the body to ``spool``; raises Refused (413/400), TimeoutError, _Gone."""
        pace = _Pace(self._limits)
        if head.content_length is not None:
            self._copy(wire, head.content_length, spool, pace)
            return head.content_length
        total = 0
        while True:
            line = wire.line(time.monotonic() + self._limits.body_idle_timeout_s, _MAX_LINE)
            match = CHUNK_SIZE.fullmatch(line)
            if match is None:
                raise Refused(400, "malformed chunk size line")
            size = int(match.group(1), 16)
            if size == 0:
                break
            if total + size > self._limits.max_body_bytes:
                raise Refused(413, f"body larger than {self._limits.max_body_bytes} bytes")
            self._copy(wire, size, spool, pace)
            total += size
            if wire.line(time.monotonic() + self._limits.body_idle_timeout_s, 2) != b"":
                raise Refused(400, "chunk data not followed by CRLF")
        trailer_bytes, deadline = 0, time.monotonic() + self._limits.body_idle_timeout_s
        while line := wire.line(deadline, _MAX_LINE):  # the trailer section, all of it
            trailer_bytes += len(line) + 2
            if trailer_bytes > self._limits.max_header_bytes:
                raise Refused(431, "trailer too large")
        return total

    def _copy(self, wire: _Wire, count: int, spool: BinaryIO, pace: _Pace) -> None:
        while count > 0:
            if not wire.ahead:
                wire.fill(pace.timeout())
            piece = memoryview(wire.ahead)[:count]
            taken = len(piece)
            try:
                spool.write(piece)
            except OSError:
                raise Refused(503, "no room to receive the body, retry later") from None
            finally:
                piece.release()
            del wire.ahead[:taken]
            count -= taken
            pace.add(taken)

    def _linger(self, conn: socket.socket) -> None:
        """Half-close and drain a bounded amount, so the answer is not lost to a reset."""
        try:
            conn.shutdown(socket.SHUT_WR)
            deadline, drained = time.monotonic() + _LINGER_S, 0
            while drained < _LINGER_BYTES and (left := deadline - time.monotonic()) > 0:
                conn.settimeout(left)
                data = conn.recv(self._limits.chunk_bytes)
                if not data:
                    return
                drained += len(data)
        except (OSError, ssl.SSLError, ValueError):
            return

    @staticmethod
    def _encode(answer: Answer) -> bytes:
        try:
            reason = HTTPStatus(answer.status).phrase
        except ValueError:
            reason = "Unknown"
        lines = [f"HTTP/1.1 {answer.status} {reason}",
                 f"Content-Type: {answer.content_type}",
                 f"Content-Length: {len(answer.body)}", "Connection: close"]
        lines += [f"{name}: {value}" for name, value in answer.headers]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + answer.body


def _log_failure(exc: Exception) -> None:
    log.error("stow connection failed", extra={"code": "ING-021", "fields": {
        "error": type(exc).__name__}})


class _Pace:
    """Body deadlines: ``body_idle_timeout_s`` per read, a minimum average rate after that."""

    def __init__(self, limits: HttpLimits) -> None:
        self._limits = limits
        self._started = time.monotonic()
        self._bytes = 0

    def timeout(self) -> float:
        return self._limits.body_idle_timeout_s

    def add(self, count: int) -> None:
        self._bytes += count
        elapsed = time.monotonic() - self._started
        if elapsed > self._limits.body_idle_timeout_s and \
                self._bytes < self._limits.body_min_bytes_per_s * elapsed:
            raise TimeoutError
