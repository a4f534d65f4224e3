"""Model versions registered before governance existed get a card at start-up, so that every
version can be shown, approved, rolled back to and retired like any other. No I/O here.

A version that the model's config.pbtxt served under the old policy (``latest``: the newest
version folder) keeps being served: it becomes *approved* with no approver and the reason
:data:`LEGACY_REASON` (stopping a model in clinical use at an upgrade is not this code's
call; an approver retires it or approves a successor). Every other such version becomes a
*candidate* that needs a four-eyes approval like a new one. Each adoption is audited
(``model.card.adopt``, reason ``legacy_served`` or ``legacy_candidate``) before its card is
written; one whose audit record cannot be persisted is left for the next start.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from medenclave_training.core.governance import (
    NOT_PRIVATE,
    ModelCard,
    ModelStage,
    config_sha256,
)
from medenclave_training.core.jobs import Job, JobNotFound
from medenclave_training.core.ports import (
    AnnouncementFailed,
    Announcer,
    JobStore,
    ModelCardStore,
    ModelStore,
    RegisteredModel,
    VersionTaken,
)

__all__ = ["LEGACY_REASON", "adopt_legacy_versions", "legacy_card"]

log = logging.getLogger(__name__)

LEGACY_REASON = "served before model governance existed; no approval was recorded"


def _job(jobs: JobStore, job_id: str) -> Job | None:
    try:
        return jobs.get(job_id=job_id)
    except JobNotFound:
        return None


def legacy_card(model: RegisteredModel, job: Job | None, *, served: bool) -> ModelCard:
    """The card of a version registered before governance, from what its job recorded."""
    metrics: dict = {"val_accuracy": model.val_accuracy}
    if job is not None and job.metrics_json:
        try:
            metrics = {**metrics, **json.loads(job.metrics_json)}
        except ValueError:
            pass
    spec = job.spec if job is not None else None
    return ModelCard(
        model_name=model.model_name, version=model.version, job_id=model.job_id,
        stage=ModelStage.APPROVED if served else ModelStage.CANDIDATE,
        trained_by=job.requested_by if job is not None else "",
        registered_at=model.registered_at, onnx_sha256=model.onnx_sha256, metrics=metrics,
        config_sha256=config_sha256(spec) if spec is not None else "",
        dataset=spec.dataset if spec is not None else "",
        dataset_version=str(spec.dataset_version or "") if spec is not None else "",
        manifest_sha256=spec.manifest_sha256 if spec is not None else "",
        privacy=NOT_PRIVATE, approval_reason=LEGACY_REASON if served else "")


async def adopt_legacy_versions(*, models: ModelStore, cards: ModelCardStore, jobs: JobStore,
                                served_before: Callable[[str], list[int]],
                                announcer: Announcer) -> list[ModelCard]:
    """Give every registered version without a card one (see the module).

    Args:
        served_before: model name → the versions its config.pbtxt serves now (the
            repository's reading of the old ``latest`` policy).

    Returns:
        The cards written.
    """
    by_model: dict[str, list[RegisteredModel]] = {}
    for model in models.list():
        if cards.get(model_name=model.model_name, version=model.version) is None:
            by_model.setdefault(model.model_name, []).append(model)
    written: list[ModelCard] = []
    for name, missing in sorted(by_model.items()):
        # a model governance already serves keeps what governance chose
        served = set() if cards.served(model_name=name) else set(served_before(name))
        newest_served = max((m.version for m in missing if m.version in served), default=0)
        for model in sorted(missing, key=lambda m: m.version):
            card = legacy_card(model, _job(jobs, model.job_id), served=model.version in served)
            try:
                await announcer.audit(action="model.card.adopt", resource=card.ref,
                                      reason="legacy_served" if card.stage is ModelStage.APPROVED
                                      else "legacy_candidate")
            except AnnouncementFailed:
                log.warning("legacy version not adopted: audit unavailable", extra={
                    "code": "TRN-360", "fields": {"model": name, "version": model.version}})
                continue
            try:
                cards.add(card=card)
            except VersionTaken:  # another replica adopted it first
                continue
            if model.version == newest_served:
                cards.update(card=card, expected=ModelStage.APPROVED, serve=True)
            log.info("legacy version adopted", extra={"code": "TRN-361", "fields": {
                "model": name, "version": model.version, "stage": card.stage.value}})
            written.append(card)
    return written
