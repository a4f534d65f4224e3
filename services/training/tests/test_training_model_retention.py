"""The models data class's retention sweep: a retired (or failed) version's files leave the real
Triton-layout model repository once past their retention, audited first; served, approved,
candidate and younger versions stay, and the cards (lineage) are never touched."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

import pytest

from medenclave_training.adapters.outbound.triton_repository import TritonModelRepository
from medenclave_training.config import TrainingSettings
from medenclave_training.core.governance import ModelCard, ModelStage
from medenclave_training.core.model_retention import EXPIRE_ACTION, RetiredModelRetention
from medenclave_training.core.ports import ServingSignature

DAY = 86400.0
NOW = time.time()


@dataclass
class Registered:
    model_name: str


class Cards:
    def __init__(self, cards):
        self.by_model = cards

    def cards(self, *, model_name):
        return list(self.by_model.get(model_name, []))


class Audit:
    def __init__(self, fail=False):
        self.records, self.fail = [], fail

    async def record(self, **fields):
        if self.fail:
            raise ConnectionError("audit bus down")
        self.records.append(fields)


def card(version, stage, *, retired_days=0.0, registered_days=0.0, served=False):
    return ModelCard(model_name="chest", version=version, job_id=f"j-{version}", stage=stage,
                     trained_by="eve", registered_at=NOW - registered_days * DAY,
                     retired_at=NOW - retired_days * DAY if retired_days else 0.0,
                     served=served)


@pytest.fixture
def setup(tmp_path):
    repo = TritonModelRepository(tmp_path / "models")
    for version in range(1, 7):
        repo.publish(signature=ServingSignature(model_name="chest", image_size=8, num_classes=2),
                     version=version, onnx=b"onnx", served=5)
    cards = Cards({"chest": [
        card(1, ModelStage.RETIRED, retired_days=400, registered_days=500),   # expires
        card(2, ModelStage.FAILED, registered_days=400),                      # expires
        card(3, ModelStage.RETIRED, retired_days=10, registered_days=400),    # too young
        card(4, ModelStage.CANDIDATE, registered_days=400),                   # may be approved
        card(5, ModelStage.APPROVED, registered_days=400, served=True),       # served
        card(6, ModelStage.APPROVED, registered_days=400),                    # a rollback target
    ]})
    return repo, cards


def test_retired_and_failed_versions_past_retention_leave_the_repository(setup):
    repo, cards = setup
    audit = Audit()
    sweep = RetiredModelRetention(models=type("M", (), {"list": lambda self: [
        Registered("chest")]})(), cards=cards, repository=repo, audit=lambda: audit)
    assert asyncio.run(sweep.expire(retention_days=365)) == ["chest:1", "chest:2"]
    assert [(r["action"], r["resource"], r["reason"]) for r in audit.records] == [
        (EXPIRE_ACTION, "model:chest:1", "model_retention_days=365"),
        (EXPIRE_ACTION, "model:chest:2", "model_retention_days=365")]
    assert [v for v in range(1, 7) if repo.has_version(model_name="chest", version=v)] == \
        [3, 4, 5, 6]
    assert repo.served(model_name="chest") == [5]
    assert not list((repo.root / "chest").glob(".*"))                # nothing half-removed
    assert asyncio.run(sweep.expire(retention_days=365)) == []        # idempotent
    assert asyncio.run(sweep.expire(retention_days=5)) == ["chest:3"]


def test_no_audit_record_no_removal_and_the_default_is_safe(setup):
    repo, cards = setup
    sweep = RetiredModelRetention(models=type("M", (), {"list": lambda self: [
        Registered("chest")]})(), cards=cards, repository=repo, audit=lambda: Audit(fail=True))
    with pytest.raises(ConnectionError):
        asyncio.run(sweep.expire(retention_days=365))
    assert repo.has_version(model_name="chest", version=1)
    with pytest.raises(ValueError):
        asyncio.run(sweep.expire(retention_days=0))
    assert TrainingSettings.model_fields["model_retention_days"].default == 365
    with pytest.raises(ValueError):
        TrainingSettings(model_retention_days=0)
