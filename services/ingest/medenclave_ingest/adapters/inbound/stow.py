"""DICOMweb STOW-RS (``POST /studies``, PS3.18 §10.5) on the standard library's HTTP server.

Each part of a ``multipart/related; type="application/dicom"`` body goes through the same
:meth:`StudyAssembler.receive` as a C-STORE, so an instance is listed under
ReferencedSOPSequence only once it is in the vault, fsynced, committed and its event acked.
Requests carry ``Authorization: Bearer <token>``, verified with the service's key set; the
caller's role must hold ``dicom.store``. Answers: 200 (all stored), 202 (some failed),
409 (none stored), 503 (none stored, out of resources: retry), with a DICOM JSON body.

The server runs in threads (``ThreadingHTTPServer``); the work is handed to the service's
asyncio loop like the SCP's. No new dependency.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
import time
from collections.abc import Awaitable, Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from medenclave_ingest.adapters.inbound.dicom import metrics
from medenclave_ingest.core.assembler import StudyAssembler
from medenclave_ingest.core.instances import Rejected
from medenclave_ingest.core.ports import EventsUnavailable, HeaderReader, StorageUnavailable

__all__ = ["STORE_PERMISSION", "StowServer", "parse_multipart"]

log = logging.getLogger(__name__)

STORE_PERMISSION = "dicom.store"
#: (0008,1197) FailureReason values (PS3.4 C.4.2.1.4 / PS3.18)
_FAIL_PROCESSING = 0x0110
_FAIL_OUT_OF_RESOURCES = 0xA700
_FAIL_CANNOT_UNDERSTAND = 0xC000
_BOUNDARY = re.compile(r'boundary="?([^";]+)"?', re.I)

#: ``authorize(token) -> (subject, error)``: error is "" or "unauthenticated"/"forbidden"
Authorizer = Callable[[str], Awaitable[tuple[str, str]]]


def parse_multipart(content_type: str, body: bytes) -> list[tuple[str, bytes]]:
    """The (content type, bytes) of each part of a multipart/related body.

    Raises:
        ValueError: not multipart/related with a boundary.
    """
    if not content_type.lower().startswith("multipart/related"):
        raise ValueError("not multipart/related")
    match = _BOUNDARY.search(content_type)
    if match is None:
        raise ValueError("no boundary")
    delimiter = b"--" + match.group(1).encode("ascii", "replace")
    parts = []
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break  # the close delimiter
        chunk = chunk[2:] if chunk.startswith(b"\r\n") else chunk
        head, sep, content = chunk.partition(b"\r\n\r\n")
        if not sep:
            continue
        if content.endswith(b"\r\n"):
            content = content[:-2]
        ctype = ""
        for line in head.split(b"\r\n"):
            name, _, value = line.decode("latin-1").partition(":")
            if name.strip().lower() == "content-type":
                ctype = value.strip().split(";")[0].lower()
        parts.append((ctype, content))
    return parts


def _uid_item(sop_class: str, sop_instance: str, reason: int | None = None) -> dict:
    item: dict[str, Any] = {}
    if sop_class:
        item["00081150"] = {"vr": "UI", "Value": [sop_class]}
    if sop_instance:
        item["00081155"] = {"vr": "UI", "Value": [sop_instance]}
    if reason is not None:
        item["00081197"] = {"vr": "US", "Value": [reason]}
    return item


class StowServer:
    """``POST /studies`` in front of the :class:`StudyAssembler`.

    Args:
        assembler: the core.
        parser: reads SOP class / instance UIDs for the response (sent back to the sender only).
        loop: the service's running asyncio loop.
        authorize: verifies a bearer token and the ``dicom.store`` permission.
        host, port: where to listen (port 0: any free port).
        max_body_bytes: larger requests are refused with 413.
        disk_ok: False while the storage watermark is crossed (every part fails 0xA700).
    """

    def __init__(self, *, assembler: StudyAssembler, parser: HeaderReader,
                 loop: asyncio.AbstractEventLoop, authorize: Authorizer, host: str, port: int,
                 max_body_bytes: int = 0, disk_ok: Callable[[], bool] = lambda: True,
                 timeout_s: float = 120.0) -> None:
        self._assembler = assembler
        self._parser = parser
        self._loop = loop
        self._authorize = authorize
        self._max_body = max_body_bytes
        self._disk_ok = disk_ok
        self._timeout = timeout_s
        stow = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass  # request lines may hold study UIDs: never logged

            def do_POST(self) -> None:
                status, body = stow.handle(self.path, dict(self.headers.items()), self.rfile)
                payload = json.dumps(body).encode() if body is not None else b""
                self.send_response(status)
                self.send_header("Content-Type", "application/dicom+json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self._server = ThreadingHTTPServer((host, port), Handler)
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def start(self) -> None:
        self._thread = threading.Thread(target=self._server.serve_forever, name="ingest-stow",
                                        daemon=True)
        self._thread.start()
        log.info("stow-rs listening", extra={"code": "ING-020", "fields": {"port": self.port}})

    def stop(self) -> None:
        """Blocking: call from a worker thread."""
        self._server.shutdown()
        self._server.server_close()

    def _run(self, coro: Awaitable[Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(  # type: ignore[arg-type]
            timeout=self._timeout)

    def handle(self, path: str, headers: dict[str, str], body_stream: Any) -> tuple[int, Any]:
        """One request (on an HTTP thread): the status and the DICOM JSON answer."""
        if not re.fullmatch(r"/studies(/[0-9.]{1,64})?/?", path.split("?")[0]):
            return 404, None
        lower = {k.lower(): v for k, v in headers.items()}
        auth = lower.get("authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        if not token:
            return 401, None
        _subject, error = self._run(self._authorize(token))
        if error:
            return (403 if error == "forbidden" else 401), None
        length = int(lower.get("content-length", "0") or 0)
        if self._max_body and length > self._max_body:
            metrics.FAILURES.labels("oversized").inc()
            return 413, None
        body = body_stream.read(length) if length else b""
        try:
            parts = parse_multipart(lower.get("content-type", ""), body)
        except ValueError:
            return 415, None
        stored, failed, retry = [], [], 0
        for ctype, data in parts:
            if ctype not in ("application/dicom", ""):
                failed.append(_uid_item("", "", _FAIL_CANNOT_UNDERSTAND))
                continue
            reason, ids = self._store_one(data)
            if reason is None:
                stored.append(_uid_item(*ids))
            else:
                retry += reason == _FAIL_OUT_OF_RESOURCES
                failed.append(_uid_item(*ids, reason))
        answer: dict[str, Any] = {}
        if stored:
            answer["00081199"] = {"vr": "SQ", "Value": stored}
        if failed:
            answer["00081198"] = {"vr": "SQ", "Value": failed}
        if not failed:
            return 200, answer
        if stored:
            return 202, answer
        return (503 if retry == len(failed) else 409), answer

    def _store_one(self, data: bytes) -> tuple[int | None, tuple[str, str]]:
        started = time.perf_counter()
        try:
            header = self._parser.parse(data)
            ids = (header.sop_class_uid, header.sop_instance_uid)
        except Rejected:
            ids = ("", "")
        reason: int | None = None
        outcome = "stored"
        if not self._disk_ok():
            reason, outcome = _FAIL_OUT_OF_RESOURCES, "low_disk"
        else:
            try:
                self._run(self._assembler.receive(data=data, calling_ae="STOW-RS"))
            except Rejected as exc:
                reason, outcome = _FAIL_CANNOT_UNDERSTAND, exc.reason_code
            except (StorageUnavailable, EventsUnavailable, TimeoutError) as exc:
                reason, outcome = _FAIL_OUT_OF_RESOURCES, "out_of_resources"
                log.warning("stow part refused", extra={"code": "ING-110", "fields": {
                    "error": type(exc).__name__}})
            except Exception as exc:
                reason, outcome = _FAIL_PROCESSING, "error"
                log.error("stow part failed", extra={"code": "ING-303", "fields": {
                    "error": type(exc).__name__}})
        metrics.STORE_SECONDS.labels("stow").observe(time.perf_counter() - started)
        if reason is None:
            metrics.INSTANCES.labels("stow").inc()
            metrics.BYTES.labels("stow").inc(len(data))
        else:
            metrics.FAILURES.labels(outcome).inc()
        return reason, ids
