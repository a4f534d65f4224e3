"""DICOMweb STOW-RS (``POST /studies``, PS3.18 §10.5) behind a bounded HTTP server.

Each part of a ``multipart/related; type="application/dicom"`` body goes through the same
:meth:`StudyAssembler.receive` as a C-STORE, so an instance is listed under
ReferencedSOPSequence only once it is in the vault, fsynced, committed and its event acked.
Requests carry ``Authorization: Bearer <token>``, verified with the service's key set; the
caller's role must hold ``dicom.store``. Answers: 200 (all stored), 202 (some failed),
409 (none stored), 503 (none stored, out of resources: retry), with a DICOM JSON body.

The HTTP side (:mod:`stow_http`) has fixed worker threads, header/body deadlines, validated
framing and a body cap, HTTPS when given a TLS context; the body is spooled to a private file
and split there (:mod:`stow_multipart`), and only one part at a time, within the per-object
limit, is read into memory. The head is judged (path, token, media type, free disk) before
any body byte is read. The work is handed to the service's asyncio loop like the SCP's.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import ssl
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, BinaryIO

from prometheus_client import Counter

from medenclave_ingest.adapters.inbound.dicom import metrics
from medenclave_ingest.adapters.inbound.stow_http import (
    Answer,
    BoundedHttpServer,
    HttpLimits,
    RequestHead,
)
from medenclave_ingest.adapters.inbound.stow_multipart import (
    MultipartError,
    PartSpan,
    TooManyParts,
    boundary_of,
    parse_multipart,
    split_parts,
)
from medenclave_ingest.core.assembler import StudyAssembler
from medenclave_ingest.core.instances import Rejected
from medenclave_ingest.core.ports import EventsUnavailable, HeaderReader, StorageUnavailable

__all__ = ["STORE_PERMISSION", "HttpLimits", "StowServer", "parse_multipart"]

log = logging.getLogger(__name__)

STORE_PERMISSION = "dicom.store"
#: (0008,1197) FailureReason values (PS3.4 C.4.2.1.4 / PS3.18)
_FAIL_PROCESSING = 0x0110
_FAIL_OUT_OF_RESOURCES = 0xA700
_FAIL_CANNOT_UNDERSTAND = 0xC000
_PATH = re.compile(r"/studies(/[0-9.]{1,64})?/?")
_DICOM_JSON = "application/dicom+json"

#: the DICOM front door's metrics live in dicom/metrics.py; this one is STOW's own
STOW_REFUSED = Counter("medenclave_ingest_stow_refused_total",
                       "STOW-RS connections or requests refused, by reason "
                       "(busy, tls, timeout, or the HTTP status)", ["reason"])

#: ``authorize(token) -> (subject, error)``: error is "" or "unauthenticated"/"forbidden"
Authorizer = Callable[[str], Awaitable[tuple[str, str]]]


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
        spool_dir: private folder for request bodies while they are handled.
        limits: the HTTP bounds (body cap, workers, queue, deadlines).
        max_part_bytes: a larger part is not read; it fails with 0xC000 (``oversized``).
        max_parts: more parts in one request are refused with 413.
        ssl_context: HTTPS only when given.
        disk_ok: False while the storage watermark is crossed (503 before the body is read).
        timeout_s: longest wait for the loop (token check, one store).
    """

    def __init__(self, *, assembler: StudyAssembler, parser: HeaderReader,
                 loop: asyncio.AbstractEventLoop, authorize: Authorizer, host: str, port: int,
                 spool_dir: Path, limits: HttpLimits | None = None,
                 max_part_bytes: int = 2 * 1024 ** 3, max_parts: int = 10_000,
                 ssl_context: ssl.SSLContext | None = None,
                 disk_ok: Callable[[], bool] = lambda: True, timeout_s: float = 120.0) -> None:
        self._assembler = assembler
        self._parser = parser
        self._loop = loop
        self._authorize = authorize
        self._max_part = max_part_bytes
        self._max_parts = max_parts
        self._disk_ok = disk_ok
        self._timeout = timeout_s
        self._tls = ssl_context is not None
        self._server = BoundedHttpServer(endpoint=self, host=host, port=port,
                                         limits=limits or HttpLimits(), spool_dir=spool_dir,
                                         ssl_context=ssl_context, name="ingest-stow",
                                         on_refused=self._refused)

    @property
    def port(self) -> int:
        return self._server.port

    def start(self) -> None:
        self._server.start()
        log.info("stow-rs listening", extra={"code": "ING-020", "fields": {
            "port": self.port, "tls": self._tls}})

    def stop(self) -> None:
        """Blocking: call from a worker thread."""
        self._server.stop()

    def _run(self, coro: Awaitable[Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(  # type: ignore[arg-type]
            timeout=self._timeout)

    @staticmethod
    def _refused(reason: str) -> None:
        STOW_REFUSED.labels(reason).inc()

    def admit(self, head: RequestHead) -> Answer | None:
        """Refuse on the head alone (no body byte read yet): path, token, media type, disk."""
        if not _PATH.fullmatch(head.target.split("?")[0]):
            return Answer(404, b"no such resource\n")
        auth = head.headers.get("authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        challenge = (("WWW-Authenticate", "Bearer"),)
        if not token:
            return Answer(401, b"bearer token required\n", headers=challenge)
        try:
            _subject, error = self._run(self._authorize(token))
        except Exception as exc:  # the key set or the loop is unavailable: retry later
            log.warning("stow token check failed", extra={"code": "ING-022", "fields": {
                "error": type(exc).__name__}})
            return Answer(503, b"token check unavailable, retry later\n",
                          headers=(("Retry-After", "5"),))
        if error == "forbidden":
            return Answer(403, b"the token's role may not store\n")
        if error:
            return Answer(401, b"invalid token\n", headers=challenge)
        try:
            boundary_of(head.headers.get("content-type", ""))
        except MultipartError as exc:
            return Answer(415, f"multipart/related with a boundary expected: {exc}\n".encode())
        if not self._disk_ok():
            metrics.FAILURES.labels("low_disk").inc()
            return Answer(503, b"low on disk space, retry later\n",
                          headers=(("Retry-After", "60"),))
        return None

    def respond(self, head: RequestHead, body: BinaryIO, size: int) -> Answer:
        """Store each part of the spooled body; the DICOM JSON answer."""
        try:
            spans = split_parts(head.headers.get("content-type", ""), body, size,
                                max_parts=self._max_parts)
        except TooManyParts:
            return Answer(413, f"more than {self._max_parts} parts\n".encode())
        except MultipartError as exc:
            return Answer(415, f"{exc}\n".encode())
        stored, failed, retry = [], [], 0
        for span in spans:
            if span.content_type not in ("application/dicom", ""):
                failed.append(_uid_item("", "", _FAIL_CANNOT_UNDERSTAND))
                continue
            reason, ids = self._store_part(body, span)
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
        status = 200 if not failed else 202 if stored else \
            503 if retry == len(failed) else 409
        return Answer(status, json.dumps(answer).encode(), _DICOM_JSON)

    def _store_part(self, body: BinaryIO, span: PartSpan) -> tuple[int | None, tuple[str, str]]:
        if span.length > self._max_part:
            metrics.FAILURES.labels("oversized").inc()
            return _FAIL_CANNOT_UNDERSTAND, ("", "")
        body.seek(span.offset)
        return self._store_one(body.read(span.length))

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
