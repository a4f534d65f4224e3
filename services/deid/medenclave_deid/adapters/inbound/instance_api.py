"""gRPC: DeidentifyInstance of DeidService — one DICOM instance de-identified in memory for a
service (``dicom.deidentify``, held by inference's account only).

Mixed into :class:`medenclave_deid.adapters.inbound.grpc_api.DeidServicer`. The instance is
audited (``deid.instance``, by the digest of the output, never a value of the input) before
the output is released, fail closed; nothing of it is stored or logged, and a refusal names
only its code.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Callable

import grpc

from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable
from medenclave.rpc import current_principal
from medenclave.v1 import deid_pb2
from medenclave_deid.core.instances import InvalidInstance
from medenclave_deid.core.transient import TransientDeidentifier

__all__ = ["InstanceRpcs"]

log = logging.getLogger(__name__)


class InstanceRpcs:
    """DeidentifyInstance. ``_transient`` is set by the wiring (None: not offered)."""

    _transient: TransientDeidentifier | None = None
    _audit: Callable[[], AuditPublisher]

    async def DeidentifyInstance(self, request, context):
        transient = self._transient
        if transient is None:
            await context.abort(grpc.StatusCode.UNIMPLEMENTED, "instance de-identification "
                                                               "is not enabled")
            return None
        try:
            dicom = await asyncio.to_thread(transient.deidentify, request.dicom)
        except InvalidInstance as exc:
            log.info("instance refused", extra={"code": "DEID-460", "fields": {
                "reason_code": exc.code, "bytes": len(request.dicom)}})
            status = (grpc.StatusCode.RESOURCE_EXHAUSTED if exc.code == "too_large"
                      else grpc.StatusCode.INVALID_ARGUMENT)
            await context.abort(status, f"instance refused: {exc.code}")
        try:
            await self._audit().record(
                principal=current_principal(), action="deid.instance",
                resource="instance:" + hashlib.sha256(dicom).hexdigest()[:32])
        except (BusUnavailable, AttributeError):
            await context.abort(grpc.StatusCode.UNAVAILABLE, "audit log unavailable")
        return deid_pb2.DeidentifyInstanceResponse(dicom=dicom)
