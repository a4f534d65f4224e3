"""gRPC adapter: the governance RPCs of TrainingService (ApproveModel, RollbackModel,
RetireModel, GetModelCard), mixed into the servicer.

Each step is recorded in the audit log with the caller before it is made; when the record
cannot be persisted the step is refused (UNAVAILABLE) and nothing changes. The free-text
reason stays on the card; the audit record carries the step's code and the reason's sha256.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Awaitable, Callable

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable
from medenclave.rpc import current_principal
from medenclave.v1 import training_pb2
from medenclave_training.core.governance import (
    GovernanceRefused,
    ModelCard,
    ModelGovernance,
    StepAudit,
)
from medenclave_training.core.ports import AnnouncementFailed

__all__ = ["GovernanceRpcs", "card_message"]

_MODEL_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")

_STATUS = {
    "model_not_found": grpc.StatusCode.NOT_FOUND,
    "approver_trained_model": grpc.StatusCode.PERMISSION_DENIED,
    "trainer_unknown": grpc.StatusCode.PERMISSION_DENIED,
    "reason_required": grpc.StatusCode.INVALID_ARGUMENT,
    "reason_too_long": grpc.StatusCode.INVALID_ARGUMENT,
}
_MESSAGES = {
    "approver_trained_model": "approver_trained_model: four eyes — the subject who started "
                              "this model's job cannot approve it",
    "trainer_unknown": "trainer_unknown: the model's trainer is not recorded, so four eyes "
                       "cannot be checked",
}


def _ts(seconds: float) -> Timestamp | None:
    if not seconds:
        return None
    ts = Timestamp()
    ts.FromNanoseconds(int(seconds * 1e9))
    return ts


def card_message(card: ModelCard) -> training_pb2.ModelCard:
    """The card as its protobuf message (metrics as a JSON object)."""
    return training_pb2.ModelCard(
        model_name=card.model_name, version=card.version, stage=card.stage.value,
        served=card.served, job_id=card.job_id, dataset=card.dataset,
        dataset_version=card.dataset_version, manifest_sha256=card.manifest_sha256,
        metrics_json=json.dumps(dict(card.metrics), sort_keys=True),
        metrics_split=str(card.metrics.get("split", "")), config_sha256=card.config_sha256,
        code_version=card.code_version, trained_by=card.trained_by,
        registered_at=_ts(card.registered_at), approved_by=card.approved_by,
        approved_at=_ts(card.approved_at), approval_reason=card.approval_reason,
        retired_by=card.retired_by, retired_at=_ts(card.retired_at), privacy=card.privacy,
        onnx_sha256=card.onnx_sha256)


class GovernanceRpcs:
    """The governance half of TrainingServicer (set ``_governance`` and ``_audit``)."""

    _governance: ModelGovernance | None
    _audit: Callable[[], AuditPublisher]

    async def _step(self, context, *, action: str, model_name: str, version: int, reason: str,
                    run: Callable[[StepAudit], Awaitable[ModelCard]]) -> training_pb2.ModelCard:
        if not _MODEL_NAME.match(model_name) or version < 1:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                                "name a model (model_name) and a version (1 or more)")
        principal = current_principal()
        digest = hashlib.sha256(reason.encode()).hexdigest()[:16] if reason else ""

        async def audit(outcome: str, code: str) -> None:
            try:
                await self._audit().record(
                    action=action, resource=f"{model_name}:{version}", outcome=outcome,
                    reason=f"{code} reason_sha256={digest}" if digest else code,
                    principal=principal)
            except BusUnavailable:
                raise AnnouncementFailed("audit") from None

        try:
            return card_message(await run(audit))
        except GovernanceRefused as exc:
            await context.abort(_STATUS.get(exc.code, grpc.StatusCode.FAILED_PRECONDITION),
                                _MESSAGES.get(exc.code, exc.code))
        except AnnouncementFailed:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "audit log unavailable")
        raise AssertionError("unreachable")  # context.abort raises

    def _gov(self) -> ModelGovernance:
        if self._governance is None:
            raise RuntimeError("governance is not wired")
        return self._governance

    async def ApproveModel(self, request, context):
        subject = current_principal().subject
        return await self._step(
            context, action="model.approve", model_name=request.model_name,
            version=request.version, reason=request.reason,
            run=lambda audit: self._gov().approve(
                model_name=request.model_name, version=request.version, approver=subject,
                reason=request.reason, audit=audit))

    async def RollbackModel(self, request, context):
        return await self._step(
            context, action="model.rollback", model_name=request.model_name,
            version=request.to_version, reason=request.reason,
            run=lambda audit: self._gov().rollback(
                model_name=request.model_name, to_version=request.to_version,
                reason=request.reason, audit=audit))

    async def RetireModel(self, request, context):
        subject = current_principal().subject
        return await self._step(
            context, action="model.retire", model_name=request.model_name,
            version=request.version, reason=request.reason,
            run=lambda audit: self._gov().retire(
                model_name=request.model_name, version=request.version, actor=subject,
                reason=request.reason, audit=audit))

    async def GetModelCard(self, request, context):
        if not _MODEL_NAME.match(request.model_name) or request.version < 0:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                                "name a model (model_name) and a version (0: the served one)")
        try:
            return card_message(self._gov().card(model_name=request.model_name,
                                                 version=request.version))
        except GovernanceRefused as exc:
            await context.abort(_STATUS.get(exc.code, grpc.StatusCode.FAILED_PRECONDITION),
                                exc.code)
