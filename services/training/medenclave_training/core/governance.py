"""Model governance: stages of a model version, the four-eyes approval, rollback and
retirement, and the model card. No I/O here.

::

    registered ──▶ CANDIDATE ──approve (not by its trainer)──▶ APPROVED, served
                      │  │                                      │  ▲
                      │  └──(its job failed after export)──▶ FAILED
                      │                                         │  │ rollback --to it
                      └──────────retire──────────▶ RETIRED ◀────┘  │ (another version served:
                                                                    │  approved, not served)

Exactly one version of a model is served, or none: the one the last approve or rollback
named. The served version is the only one in config.pbtxt's ``version_policy``, so Triton
(and the embedded server) load nothing else.
"""

from __future__ import annotations

import enum
import hashlib
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, NoReturn

from medenclave_training.core.ports import AnnouncementFailed

if TYPE_CHECKING:  # the ports these use; imported for annotations only
    from medenclave_training.core.jobs import JobSpec
    from medenclave_training.core.ports import Announcer, ModelCardStore, ModelRepository

__all__ = [
    "MAX_REASON",
    "NOT_PRIVATE",
    "GovernanceRefused",
    "ModelCard",
    "ModelGovernance",
    "ModelStage",
    "StepAudit",
    "config_sha256",
    "fail_candidate",
]

log = logging.getLogger(__name__)

MAX_REASON = 500
#: the card's privacy guarantee of a model trained without differential privacy
NOT_PRIVATE = "not trained with differential privacy"


class ModelStage(str, enum.Enum):
    CANDIDATE = "candidate"
    APPROVED = "approved"
    RETIRED = "retired"
    FAILED = "failed"


class GovernanceRefused(Exception):
    """A governance step was refused. ``code``: ``model_not_found``, ``reason_required``,
    ``reason_too_long``, ``approver_trained_model`` (four eyes), ``trainer_unknown``,
    ``not_a_candidate``, ``not_approved``, ``already_retired`` or ``stage_changed``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class ModelCard:
    """What a model version is, where it came from and who let it into use."""

    model_name: str
    version: int
    job_id: str
    stage: ModelStage
    trained_by: str
    registered_at: float
    onnx_sha256: str = ""
    metrics: Mapping[str, Any] = field(default_factory=dict)
    config_sha256: str = ""
    code_version: str = ""
    dataset: str = ""
    dataset_version: str = ""
    manifest_sha256: str = ""
    privacy: str = NOT_PRIVATE
    approved_by: str = ""
    approved_at: float = 0.0
    approval_reason: str = ""
    retired_by: str = ""
    retired_at: float = 0.0
    #: filled on read: the version inference serves
    served: bool = False

    @property
    def ref(self) -> str:
        return f"{self.model_name}:{self.version}"


#: records one governance step in the audit log: ``(outcome, reason_code)``; raises
#: ``AnnouncementFailed`` when the record cannot be persisted (then nothing changes)
StepAudit = Callable[[str, str], Awaitable[None]]


def config_sha256(spec: JobSpec) -> str:
    """sha256 of the job's training configuration in a canonical JSON form (labels included,
    and the sha256 of the job config's YAML text when the job has one)."""
    canonical: dict[str, Any] = {
        "model_name": spec.model_name, "epochs": spec.epochs, "seed": spec.seed,
        "val_fraction": spec.val_fraction, "image_size": spec.image_size,
        "labels": sorted(spec.labels.labels.items())}
    if spec.config:
        canonical["config_yaml_sha256"] = hashlib.sha256(spec.config.encode()).hexdigest()
    text = json.dumps(canonical, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def fail_candidate(cards: ModelCardStore, *, model_name: str, version: int) -> bool:
    """A candidate whose job failed after export becomes FAILED (it was never served).

    Returns:
        True if a candidate was marked.
    """
    card = cards.get(model_name=model_name, version=version)
    if card is None or card.stage is not ModelStage.CANDIDATE:
        return False
    return cards.update(card=replace(card, stage=ModelStage.FAILED),
                        expected=ModelStage.CANDIDATE, serve=False)


async def _changed_meanwhile(audit: StepAudit) -> NoReturn:
    """Another step changed the version between the check and the commit: the success
    already recorded is followed by a failure record, and the step is refused."""
    try:
        await audit("failure", "stage_changed")
    except AnnouncementFailed:
        log.error("stage conflict not audited", extra={"code": "TRN-333", "fields": {}})
    raise GovernanceRefused("stage_changed")


def _check_reason(reason: str, *, required: bool) -> None:
    if required and not reason.strip():
        raise GovernanceRefused("reason_required")
    if len(reason) > MAX_REASON:
        raise GovernanceRefused("reason_too_long")


class ModelGovernance:
    """Approve, roll back and retire model versions; every step audited before it is made
    (a step whose audit record cannot be persisted is not made)."""

    def __init__(self, *, cards: ModelCardStore, repository: ModelRepository,
                 announcer: Announcer, clock: Callable[[], float] = time.time) -> None:
        self._cards = cards
        self._repository = repository
        self._announcer = announcer
        self._clock = clock

    def card(self, *, model_name: str, version: int = 0) -> ModelCard:
        """One version's card; version 0: the served one, else the newest.

        Raises:
            GovernanceRefused: ``model_not_found``.
        """
        if version <= 0:
            version = self._cards.served(model_name=model_name) or max(
                (c.version for c in self._cards.cards(model_name=model_name)), default=0)
        card = self._cards.get(model_name=model_name, version=version)
        if card is None:
            raise GovernanceRefused("model_not_found")
        return card

    async def approve(self, *, model_name: str, version: int, approver: str, reason: str,
                      audit: StepAudit) -> ModelCard:
        """CANDIDATE → APPROVED and served, by someone other than its trainer.

        Raises:
            GovernanceRefused: with a code (see the class).
            AnnouncementFailed: the audit record was not persisted; nothing changed.
        """
        _check_reason(reason, required=True)
        card = self.card(model_name=model_name, version=version) if version > 0 else None
        if card is None:
            raise GovernanceRefused("model_not_found")
        if card.stage is not ModelStage.CANDIDATE:
            raise GovernanceRefused("not_a_candidate")
        if not card.trained_by or approver == card.trained_by:
            code = "trainer_unknown" if not card.trained_by else "approver_trained_model"
            await audit("denied", code)
            raise GovernanceRefused(code)
        await audit("success", "approved")
        done = replace(card, stage=ModelStage.APPROVED, approved_by=approver,
                       approved_at=self._clock(), approval_reason=reason)
        if not self._cards.update(card=done, expected=ModelStage.CANDIDATE, serve=True):
            await _changed_meanwhile(audit)
        return await self._served(done, "approved")

    async def rollback(self, *, model_name: str, to_version: int, reason: str,
                       audit: StepAudit) -> ModelCard:
        """Serve an earlier APPROVED version at once.

        Raises:
            GovernanceRefused: ``model_not_found``, ``not_approved``, ``stage_changed``.
            AnnouncementFailed: the audit record was not persisted; nothing changed.
        """
        _check_reason(reason, required=False)
        card = self.card(model_name=model_name, version=to_version) if to_version > 0 else None
        if card is None:
            raise GovernanceRefused("model_not_found")
        if card.stage is not ModelStage.APPROVED:
            raise GovernanceRefused("not_approved")
        await audit("success", "rolled_back")
        if not self._cards.update(card=card, expected=ModelStage.APPROVED, serve=True):
            await _changed_meanwhile(audit)
        return await self._served(card, "rolled_back")

    async def retire(self, *, model_name: str, version: int, actor: str, reason: str,
                     audit: StepAudit) -> ModelCard:
        """CANDIDATE or APPROVED → RETIRED; a served version stops being served (and then
        nothing of the model is, until an approve or a rollback).

        Raises:
            GovernanceRefused: ``model_not_found``, ``already_retired``, ``stage_changed``.
            AnnouncementFailed: the audit record was not persisted; nothing changed.
        """
        _check_reason(reason, required=False)
        card = self.card(model_name=model_name, version=version) if version > 0 else None
        if card is None:
            raise GovernanceRefused("model_not_found")
        if card.stage is ModelStage.RETIRED:
            raise GovernanceRefused("already_retired")
        await audit("success", "retired")
        done = replace(card, stage=ModelStage.RETIRED, retired_by=actor,
                       retired_at=self._clock())
        if not self._cards.update(card=done, expected=card.stage, serve=False):
            await _changed_meanwhile(audit)
        if card.served:
            return await self._served(done, "retired")
        return self.card(model_name=model_name, version=version)

    def reconcile(self) -> int:
        """Write every model's served version into its config.pbtxt again (at start-up: a
        step whose file write failed, or a repository restored from a backup).

        Returns:
            How many models were rewritten.
        """
        count = 0
        for model_name, version in self._cards.served_models().items():
            try:
                self._repository.serve(model_name=model_name, version=version)
                count += 1
            except (OSError, FileNotFoundError):
                log.error("served version not written", extra={
                    "code": "TRN-330", "fields": {"model": model_name, "version": version}})
        return count

    async def _served(self, card: ModelCard, change: str) -> ModelCard:
        """Point config.pbtxt at what is now served and tell inference."""
        served = self._cards.served(model_name=card.model_name)
        try:
            self._repository.serve(model_name=card.model_name, version=served)
        except OSError:
            # the store is the record; the next start (reconcile) writes it again
            log.error("served version not written", extra={
                "code": "TRN-330", "fields": {"model": card.model_name, "version": served}})
        fresh = self.card(model_name=card.model_name, version=card.version)
        try:
            await self._announcer.serving_changed(card=fresh, change=change)
        except AnnouncementFailed:
            # inference's repository poll picks the new config.pbtxt up all the same
            log.warning("serving change not announced", extra={
                "code": "TRN-331", "fields": {"model": card.model_name, "version": card.version,
                                              "change": change}})
        log.info("serving changed", extra={"code": "TRN-332", "fields": {
            "model": card.model_name, "version": card.version, "change": change,
            "served": served}})
        return fresh
