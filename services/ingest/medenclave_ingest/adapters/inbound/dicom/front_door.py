"""What both DICOM engines (pynetdicom's and the native asyncio one) share: the transfer
syntaxes, C-STORE statuses, who may associate, the storage watermark, refusal auditing, and
how a core outcome becomes a status, a log line and metrics. One place, so the two engines
answer a sender the same way."""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Callable, Sequence
from typing import Any

from opentelemetry import context as otel_context
from pydicom.uid import (
    JPEG2000,
    DeflatedExplicitVRLittleEndian,
    ExplicitVRBigEndian,
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    JPEG2000Lossless,
    JPEGBaseline8Bit,
    JPEGExtended12Bit,
    JPEGLossless,
    JPEGLosslessSV1,
    JPEGLSLossless,
    JPEGLSNearLossless,
    RLELossless,
)

from medenclave import telemetry
from medenclave_ingest.adapters.inbound.dicom import metrics
from medenclave_ingest.core.assembler import StudyAssembler
from medenclave_ingest.core.instances import (
    REASON_INVALID_UID,
    REASON_MISSING_UID,
    REASON_SOP_CLASS_MISMATCH,
    REASON_TRANSFER_SYNTAX_MISMATCH,
    Rejected,
)
from medenclave_ingest.core.ports import EventsUnavailable, StorageUnavailable

__all__ = [
    "DEFAULT_MAX_OBJECT_BYTES",
    "DEFAULT_MAX_PDU",
    "MIN_MAX_PDU",
    "STATUS_CANNOT_UNDERSTAND",
    "STATUS_NOT_MATCHING_SOP_CLASS",
    "STATUS_OUT_OF_RESOURCES",
    "STATUS_SUCCESS",
    "TRANSFER_SYNTAXES",
    "VERIFICATION_TRANSFER_SYNTAXES",
    "FrontDoor",
    "status_for_rejection",
]

log = logging.getLogger(__name__)

TRANSFER_SYNTAXES = [
    ImplicitVRLittleEndian, ExplicitVRLittleEndian, DeflatedExplicitVRLittleEndian,
    ExplicitVRBigEndian, JPEGBaseline8Bit, JPEGExtended12Bit, JPEGLossless, JPEGLosslessSV1,
    JPEGLSLossless, JPEGLSNearLossless, JPEG2000Lossless, JPEG2000, RLELossless,
]
VERIFICATION_TRANSFER_SYNTAXES = [ImplicitVRLittleEndian, ExplicitVRLittleEndian]

#: the maximum P-DATA-TF PDU length both engines announce and accept by default
DEFAULT_MAX_PDU = 256 * 1024
#: the smallest maximum PDU length we accept as a setting (PS3.8 allows any; 0 would mean
#: "unlimited" in an A-ASSOCIATE-AC, which we never announce)
MIN_MAX_PDU = 4096
#: the largest object (dataset bytes) received by default; refused while it arrives
DEFAULT_MAX_OBJECT_BYTES = 2 * 1024 ** 3

STATUS_SUCCESS = 0x0000
STATUS_OUT_OF_RESOURCES = 0xA700
STATUS_NOT_MATCHING_SOP_CLASS = 0xA900
STATUS_CANNOT_UNDERSTAND = 0xC210


def status_for_rejection(reason_code: str) -> int:
    """The C-STORE failure status for a core rejection reason."""
    if reason_code in (REASON_MISSING_UID, REASON_INVALID_UID, REASON_SOP_CLASS_MISMATCH,
                       REASON_TRANSFER_SYNTAX_MISMATCH):
        return STATUS_NOT_MATCHING_SOP_CLASS
    return STATUS_CANNOT_UNDERSTAND


class FrontDoor:
    """The rules of the DICOM front door, independent of the DICOM engine.

    Args:
        assembler: the core.
        allowed_calling_aes: calling AE titles that may associate (empty: any).
        allowed_hosts: peer IP addresses that may associate (empty: any).
        free_bytes: returns the vault's free disk space (None: not checked).
        min_free_bytes: below this free space every C-STORE is answered Out of Resources.
        on_refused: called with ``(reason, calling_ae, host)`` when an association is
            refused, to audit it; must not block.
    """

    def __init__(self, *, assembler: StudyAssembler, allowed_calling_aes: Sequence[str] = (),
                 allowed_hosts: Sequence[str] = (),
                 free_bytes: Callable[[], int] | None = None, min_free_bytes: int = 0,
                 on_refused: Callable[[str, str, str], None] | None = None) -> None:
        self.assembler = assembler
        self._allowed_aes = {a.strip() for a in allowed_calling_aes if a.strip()}
        self._allowed_hosts = {h.strip() for h in allowed_hosts if h.strip()}
        self._free_bytes = free_bytes
        self._min_free = min_free_bytes
        self._plenty_until = 0.0   # monotonic time until which the last reading stands
        self._on_refused = on_refused

    def refusal_reason(self, calling_ae: str, host: str) -> str:
        """``""`` when the sender may associate, else the audit reason."""
        if self._allowed_aes and calling_ae not in self._allowed_aes:
            return "calling_ae_not_allowed"
        if self._allowed_hosts and host not in self._allowed_hosts:
            return "host_not_allowed"
        return ""

    def host_refusal(self, host: str) -> str:
        """``""`` when ``host`` is on the allow-list (or there is none), else the audit reason:
        checked as a connection is made, before anything is read from it."""
        if self._allowed_hosts and host not in self._allowed_hosts:
            return "host_not_allowed"
        return ""

    def refused(self, reason: str, calling_ae: str, host: str) -> None:
        """Count, log (ING-105) and audit a refused association."""
        metrics.ASSOCIATIONS_REJECTED.labels(reason).inc()
        log.warning("association rejected", extra={"code": "ING-105", "fields": {
            "reason": reason}})
        if self._on_refused is not None:
            try:
                self._on_refused(reason, calling_ae, host)
            except Exception:  # auditing must not break the SCP
                log.warning("refusal not audited", extra={"code": "ING-106"})

    def disk_ok(self) -> bool:
        """False (and ING-104 logged) while the vault's free space is under the watermark."""
        if self._free_bytes is None or not self._min_free:
            return True
        now = time.monotonic()
        if now < self._plenty_until:
            return True
        try:
            free = self._free_bytes()
        except OSError:
            free = 0
        if free >= self._min_free:
            if free >= 2 * self._min_free:   # far from it: read again in a second, not per C-STORE
                self._plenty_until = now + 1.0
            return True
        log.warning("storage below watermark: refusing", extra={"code": "ING-104", "fields": {
            "free_bytes": free, "min_free_bytes": self._min_free}})
        return False

    async def receive(self, data: bytes, calling_ae: str, carrier: dict[str, str],
                      expected_sop_class: str) -> None:
        """Hand one instance (Part 10 bytes) to the core under the caller's trace context."""
        token = otel_context.attach(telemetry.extract(carrier))
        try:
            await self.assembler.receive(data=data, calling_ae=calling_ae,
                                         trace_context=carrier,
                                         expected_sop_class=expected_sop_class)
        finally:
            otel_context.detach(token)

    @staticmethod
    def outcome_of(exc: BaseException) -> tuple[str, int]:
        """``(outcome, status)`` for a failed store (logs ING-102/103/301 as scp.py did)."""
        if isinstance(exc, Rejected):
            return exc.reason_code, status_for_rejection(exc.reason_code)
        if isinstance(exc, (StorageUnavailable, EventsUnavailable)):
            log.warning("store refused", extra={"code": "ING-102", "fields": {
                "error": type(exc).__name__}})
            return "out_of_resources", STATUS_OUT_OF_RESOURCES
        if isinstance(exc, TimeoutError):
            log.warning("store timed out", extra={"code": "ING-103"})
            return "timeout", STATUS_OUT_OF_RESOURCES
        log.error("store failed", extra={"code": "ING-301", "fields": {
            "error": type(exc).__name__}})
        return "error", STATUS_OUT_OF_RESOURCES

    @staticmethod
    def record(status: int, outcome: str, size: int, seconds: float) -> None:
        """The C-STORE metrics (protocol ``dimse``)."""
        metrics.STORE_SECONDS.labels("dimse").observe(seconds)
        if status == STATUS_SUCCESS:
            metrics.INSTANCES.labels("dimse").inc()
            metrics.BYTES.labels("dimse").inc(size)
        else:
            metrics.FAILURES.labels(outcome).inc()


def quickack(sock: Any) -> None:
    """Re-arm TCP_QUICKACK on an accepted socket (Linux clears it after use): a sender with
    Nagle's algorithm on waits for our ACK otherwise."""
    flag = getattr(socket, "TCP_QUICKACK", None)
    if flag is None or sock is None:
        return
    try:
        sock.setsockopt(socket.IPPROTO_TCP, flag, 1)
    except OSError:
        pass
