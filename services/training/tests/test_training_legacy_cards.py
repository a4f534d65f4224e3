"""Versions registered before governance get cards at start-up (real SQL stores, the real
repository on disk): the one the old ``latest`` policy served stays served, approved with no
approver and a stated reason; the others are candidates; every adoption is audited first;
afterwards they are shown, approved, rolled back to like any version; a second start adds
nothing."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace

import pytest
from google.protobuf import text_format

from medenclave.storage import make_engine
from medenclave_training.adapters.outbound.sql_cards import SqlModelCardStore
from medenclave_training.adapters.outbound.sql_store import SqlJobStore, SqlModelStore, create_tables
from medenclave_training.adapters.outbound.triton_repository import (
    TritonModelRepository,
    model_config,
)
from medenclave_training.core.governance import ModelGovernance, ModelStage
from medenclave_training.core.jobs import Job, make_spec
from medenclave_training.core.legacy_cards import LEGACY_REASON, adopt_legacy_versions
from medenclave_training.core.ports import AnnouncementFailed, RegisteredModel, ServingSignature

SIG = ServingSignature(model_name="chest-ct", image_size=16, num_classes=2)


class Announcer:
    def __init__(self, up=True):
        self.up = up
        self.audits: list[tuple[str, str, str]] = []

    async def audit(self, *, action, resource, outcome="success", reason=""):
        if not self.up:
            raise AnnouncementFailed("audit")
        self.audits.append((action, resource, reason))

    async def serving_changed(self, **_):
        pass


@pytest.fixture
def before_governance(tmp_path):
    """Two versions of chest-ct as the pre-governance service left them: registered, their
    job recorded, config.pbtxt with the old ``latest`` policy."""
    engine = make_engine(f"sqlite:///{tmp_path / 'training.db'}")
    create_tables(engine)
    jobs, models, repo = SqlJobStore(engine), SqlModelStore(engine), TritonModelRepository(
        tmp_path / "repo")
    spec = make_spec(model_name="chest-ct", labels_csv=b"pseudo_study_id,label\n2.25.1,0\n"
                     b"2.25.2,1\n2.25.3,0\n2.25.4,1\n", epochs=1, seed=1, val_fraction=0.5,
                     image_size=16, wait_for_studies=False, wait_timeout_s=0, default_epochs=1,
                     default_wait_timeout_s=60)
    for version in (1, 2):
        job = replace(Job.new(spec=spec, now=100.0 * version, requested_by="eve"),
                      metrics_json=json.dumps({"val_accuracy": 0.5 + version / 10}))
        jobs.add(job=job)
        models.add(model=RegisteredModel(
            model_name="chest-ct", version=version, job_id=job.job_id,
            val_accuracy=0.5 + version / 10, onnx_sha256=f"{version}" * 64,
            registered_at=100.0 * version))
        repo.publish(signature=SIG, version=version, onnx=b"onnx")
    old = model_config(SIG)
    old.version_policy.latest.num_versions = 1
    (repo.root / "chest-ct" / "config.pbtxt").write_text(text_format.MessageToString(old))
    cards = SqlModelCardStore(engine)
    yield models, cards, jobs, repo
    engine.dispose()


def adopt(world, announcer):
    models, cards, jobs, repo = world
    return asyncio.run(adopt_legacy_versions(
        models=models, cards=cards, jobs=jobs, announcer=announcer,
        served_before=lambda name: repo.served(model_name=name)))


def test_the_served_version_stays_served_the_others_become_candidates(before_governance):
    models, cards, jobs, repo = before_governance
    assert repo.served(model_name="chest-ct") == [2]  # the old policy: the newest
    announcer = Announcer()
    written = adopt(before_governance, announcer)
    assert [(c.version, c.stage) for c in written] == [(1, ModelStage.CANDIDATE),
                                                       (2, ModelStage.APPROVED)]
    assert announcer.audits == [("model.card.adopt", "chest-ct:1", "legacy_candidate"),
                                ("model.card.adopt", "chest-ct:2", "legacy_served")]
    governance = ModelGovernance(cards=cards, repository=repo, announcer=announcer)
    two = governance.card(model_name="chest-ct", version=2)
    assert (two.served, two.approved_by, two.approval_reason) == (True, "", LEGACY_REASON)
    assert (two.trained_by, two.metrics["val_accuracy"], two.onnx_sha256) == (
        "eve", 0.7, "2" * 64)
    assert len(two.config_sha256) == 64
    assert governance.reconcile() == 1
    assert repo.served(model_name="chest-ct") == [2]  # now written as version_policy specific
    assert adopt(before_governance, announcer) == []  # the next start adds nothing

    steps: list[tuple[str, str]] = []

    async def audit(outcome, code):
        steps.append((outcome, code))

    one = asyncio.run(governance.approve(model_name="chest-ct", version=1, approver="ann",
                                         reason="reviewed", audit=audit))
    assert (one.stage, one.served, one.approved_by) == (ModelStage.APPROVED, True, "ann")
    assert repo.served(model_name="chest-ct") == [1]
    back = asyncio.run(governance.rollback(model_name="chest-ct", to_version=2, reason="",
                                           audit=audit))
    assert back.served and repo.served(model_name="chest-ct") == [2]


def test_nothing_is_adopted_while_the_audit_log_is_unavailable(before_governance):
    models, cards, jobs, repo = before_governance
    assert adopt(before_governance, Announcer(up=False)) == []
    assert cards.cards(model_name="chest-ct") == [] and cards.served(model_name="chest-ct") == 0
    assert len(adopt(before_governance, Announcer())) == 2


def test_a_model_governance_serves_keeps_its_served_version(before_governance):
    models, cards, jobs, repo = before_governance
    adopt(before_governance, Announcer())
    models.add(model=RegisteredModel(model_name="chest-ct", version=3, job_id="gone",
                                     val_accuracy=0.9, onnx_sha256="3" * 64, registered_at=300))
    repo.publish(signature=SIG, version=3, onnx=b"onnx", served=2)
    (three,) = adopt(before_governance, Announcer())
    assert (three.stage, three.trained_by, three.served) == (ModelStage.CANDIDATE, "", False)
    assert cards.served(model_name="chest-ct") == 2
