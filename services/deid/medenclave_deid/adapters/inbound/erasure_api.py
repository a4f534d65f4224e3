"""gRPC: ErasePatient, the deid part of the right to erasure (privacy officer, phi.erase).

Mixed into :class:`medenclave_deid.adapters.inbound.grpc_api.DeidServicer`. Audited before
anything is deleted (fail closed), by the patient's opaque erasure reference: the patient id
of the request is never logged, audited nor returned.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import grpc

from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable
from medenclave.rpc import current_principal
from medenclave.v1 import deid_pb2
from medenclave_deid.core.erasure import ErasureRefused, PatientErasure
from medenclave_deid.core.escrow import EscrowUnavailable
from medenclave_deid.core.ports import StudyStoreUnavailable
from medenclave_deid.core.pseudonyms import PseudonymIndexUnavailable

__all__ = ["ErasureRpcs"]

log = logging.getLogger(__name__)


class ErasureRpcs:
    """ErasePatient. ``_erasure`` is set by the wiring (None: erasure not offered)."""

    _erasure: PatientErasure | None = None
    _audit: Callable[[], AuditPublisher]

    async def ErasePatient(self, request, context):
        erasure = self._erasure
        if erasure is None:
            await context.abort(grpc.StatusCode.UNIMPLEMENTED, "erasure is not enabled")
            return None
        try:
            plan = await asyncio.to_thread(erasure.plan, issuer=request.issuer,
                                           patient_id=request.patient_id)
        except ErasureRefused as exc:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
        except (PseudonymIndexUnavailable, StudyStoreUnavailable):
            await context.abort(grpc.StatusCode.UNAVAILABLE, "pseudonym index unavailable")
        action = "phi.erase.plan" if request.dry_run else "phi.erase"
        try:
            await self._audit().record(
                principal=current_principal(), action=action, resource=plan.erasure_ref,
                reason=f"studies={len(plan.study_refs)}")
        except (BusUnavailable, AttributeError):
            await context.abort(grpc.StatusCode.UNAVAILABLE, "audit log unavailable")
        rows = escrowed = 0
        if not request.dry_run:
            try:
                rows, escrowed = await asyncio.to_thread(erasure.erase, plan)
            except (PseudonymIndexUnavailable, EscrowUnavailable, StudyStoreUnavailable):
                await context.abort(grpc.StatusCode.UNAVAILABLE, "pseudonym, escrow or "
                                    "accession store unavailable")
            log.info("patient erased from deid", extra={"code": "DEID-120", "fields": {
                "erasure_ref": plan.erasure_ref, "studies": len(plan.study_refs),
                "pseudonym_rows": rows, "escrow_entries": escrowed}})
        return deid_pb2.ErasePatientResponse(
            erasure_ref=plan.erasure_ref, study_refs=plan.study_refs,
            pseudo_study_ids=plan.pseudo_study_ids, pseudonym_rows_deleted=rows,
            escrow_entries_deleted=escrowed)
