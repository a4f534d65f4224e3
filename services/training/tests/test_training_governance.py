"""Governance in the core with the real SQL stores (SQLite) and the real repository on disk:
a new version is a candidate that config.pbtxt does not serve; four eyes; approve, rollback,
retire; a job failing after export leaves its candidate FAILED and nothing served."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from medenclave.storage import make_engine
from medenclave_testing.training_fakes import MemorySource, RecordingAnnouncer
from medenclave_training.adapters.outbound.sql_cards import SqlModelCardStore
from medenclave_training.adapters.outbound.sql_store import (
    SqlJobStore,
    SqlModelStore,
    SqlStudyCatalog,
    create_tables,
)
from medenclave_training.adapters.outbound.triton_repository import TritonModelRepository
from medenclave_training.core.governance import (
    NOT_PRIVATE,
    GovernanceRefused,
    ModelGovernance,
    ModelStage,
)
from medenclave_training.core.jobs import JobState, make_spec
from medenclave_training.core.ports import AnnouncementFailed, AvailableStudy, TrainedModel
from medenclave_training.core.runner import JobRunner
from medenclave_training.core.scheduler import JobScheduler

STUDIES = {"2.25.1": 0, "2.25.2": 1, "2.25.3": 0, "2.25.4": 1}


class Trainer:
    """Returns fixed probabilities: class 1 scored 0.9 for label 1, 0.2 for label 0."""

    async def train(self, *, data, epochs, seed, **_):
        def probs(labels):
            p1 = np.where(np.asarray(labels) == 1, 0.9, 0.2)
            return np.stack([1 - p1, p1], axis=1)

        return TrainedModel(onnx=b"onnx-" + bytes([seed]), val_accuracy=1.0, train_loss=0.1,
                            val_probabilities=probs(data.val_labels))


class Audit:
    """The per-step audit callback: records, or refuses like an unreachable audit log."""

    def __init__(self, up=True):
        self.records: list[tuple[str, str]] = []
        self.up = up

    async def __call__(self, outcome, code):
        if not self.up:
            raise AnnouncementFailed("audit")
        self.records.append((outcome, code))


@pytest.fixture(params=["sqlite", "postgres"])
def world(request, tmp_path):
    if request.param == "postgres":  # CI's PostgreSQL (skipped without DATABASE_URL)
        schema = request.getfixturevalue("pg_schema")
        url = request.getfixturevalue("database_url")
        engine = make_engine("postgresql+psycopg://" + url.split("://", 1)[1], schema=schema)
    else:
        engine = make_engine(f"sqlite:///{tmp_path / 'training.db'}")
    create_tables(engine)
    jobs, studies = SqlJobStore(engine), SqlStudyCatalog(engine)
    cards, repo, announcer = SqlModelCardStore(engine), TritonModelRepository(
        tmp_path / "repo"), RecordingAnnouncer()
    scheduler = JobScheduler(jobs=jobs, studies=studies)
    for s in STUDIES:
        scheduler.record_study(study=AvailableStudy(pseudo_study_id=s))
    runner = JobRunner(jobs=jobs, studies=studies, source=MemorySource(per_study=2), trainer=Trainer(),
                       models=SqlModelStore(engine), repository=repo, announcer=announcer,
                       cards=cards, code_version="0.1.0+git.test")
    governance = ModelGovernance(cards=cards, repository=repo, announcer=announcer)

    def train(seed=1, by="eve"):
        spec = make_spec(model_name="chest-ct", labels_csv=("pseudo_study_id,label\n" + "".join(
            f"{s},{y}\n" for s, y in STUDIES.items())).encode(), epochs=1, seed=seed,
            val_fraction=0.5, image_size=16, wait_for_studies=False, wait_timeout_s=0,
            default_epochs=1, default_wait_timeout_s=60)
        job, _ = scheduler.submit(spec=spec, requested_by=by, origin="", trace_id="t")
        return asyncio.run(runner.run(job))

    yield train, governance, repo, announcer, cards
    engine.dispose()


def test_a_new_version_is_a_candidate_with_its_card_and_is_not_served(world):
    train, governance, repo, announcer, _ = world
    job = train()
    assert job.state is JobState.SUCCEEDED and job.model_version == 1
    card = governance.card(model_name="chest-ct", version=1)
    assert card.stage is ModelStage.CANDIDATE and not card.served
    assert (card.trained_by, card.job_id, card.code_version) == ("eve", job.job_id,
                                                                 "0.1.0+git.test")
    assert len(card.config_sha256) == 64 and card.privacy == NOT_PRIVATE
    assert card.metrics["split"] == "validation" and card.metrics["auc"] == 1.0
    assert card.metrics["confusion_matrix"] == [[2, 0], [0, 2]]
    assert (card.dataset, card.dataset_version, card.manifest_sha256) == ("", "", "")
    assert repo.served(model_name="chest-ct") == []  # config.pbtxt serves nothing yet
    assert (repo.root / "chest-ct" / "1" / "model.onnx").exists()


def test_four_eyes_approve_rollback_and_retire(world):
    train, governance, repo, announcer, cards = world
    train(seed=1)
    audit = Audit()
    with pytest.raises(GovernanceRefused) as own:
        asyncio.run(governance.approve(model_name="chest-ct", version=1, approver="eve",
                                       reason="looks fine", audit=audit))
    assert own.value.code == "approver_trained_model"
    assert audit.records == [("denied", "approver_trained_model")]
    with pytest.raises(GovernanceRefused) as no_reason:
        asyncio.run(governance.approve(model_name="chest-ct", version=1, approver="ann",
                                       reason=" ", audit=audit))
    assert no_reason.value.code == "reason_required"
    with pytest.raises(AnnouncementFailed):  # no audit record, no approval
        asyncio.run(governance.approve(model_name="chest-ct", version=1, approver="ann",
                                       reason="ok", audit=Audit(up=False)))
    assert governance.card(model_name="chest-ct", version=1).stage is ModelStage.CANDIDATE
    assert repo.served(model_name="chest-ct") == []

    card = asyncio.run(governance.approve(model_name="chest-ct", version=1, approver="ann",
                                          reason="reviewed on the test split", audit=audit))
    assert card.stage is ModelStage.APPROVED and card.served and card.approved_by == "ann"
    assert card.approval_reason == "reviewed on the test split" and card.approved_at > 0
    assert repo.served(model_name="chest-ct") == [1]
    with pytest.raises(GovernanceRefused) as twice:
        asyncio.run(governance.approve(model_name="chest-ct", version=1, approver="ann",
                                       reason="again", audit=audit))
    assert twice.value.code == "not_a_candidate"

    train(seed=2)  # version 2: a candidate; version 1 stays served
    assert repo.served(model_name="chest-ct") == [1]
    with pytest.raises(GovernanceRefused) as not_approved:
        asyncio.run(governance.rollback(model_name="chest-ct", to_version=2, reason="",
                                        audit=audit))
    assert not_approved.value.code == "not_approved"
    asyncio.run(governance.approve(model_name="chest-ct", version=2, approver="ann",
                                   reason="better", audit=audit))
    assert repo.served(model_name="chest-ct") == [2]
    assert governance.card(model_name="chest-ct").version == 2  # 0: the served one

    back = asyncio.run(governance.rollback(model_name="chest-ct", to_version=1,
                                           reason="drift", audit=audit))
    assert back.served and repo.served(model_name="chest-ct") == [1]
    v2 = governance.card(model_name="chest-ct", version=2)
    assert v2.stage is ModelStage.APPROVED and not v2.served  # approved, not served

    gone = asyncio.run(governance.retire(model_name="chest-ct", version=1, actor="ann",
                                         reason="", audit=audit))
    assert gone.stage is ModelStage.RETIRED and not gone.served and gone.retired_by == "ann"
    assert repo.served(model_name="chest-ct") == [] and cards.served(model_name="chest-ct") == 0
    with pytest.raises(GovernanceRefused) as retired:
        asyncio.run(governance.rollback(model_name="chest-ct", to_version=1, reason="",
                                        audit=audit))
    assert retired.value.code == "not_approved"
    assert audit.records == [("denied", "approver_trained_model"), ("success", "approved"),
                             ("success", "approved"), ("success", "rolled_back"),
                             ("success", "retired")]
    assert [e for e in announcer.events if e[0] == "serving"] == [
        ("serving", 1, "approved"), ("serving", 2, "approved"), ("serving", 1, "rolled_back"),
        ("serving", 1, "retired")]
    with pytest.raises(GovernanceRefused) as missing:
        governance.card(model_name="chest-ct", version=9)
    assert missing.value.code == "model_not_found"


def test_a_job_failing_after_export_leaves_a_failed_candidate_and_nothing_served(world):
    train, governance, repo, announcer, _ = world
    announcer.fail_registration = True
    job = train()
    assert job.state is JobState.FAILED and job.error_code == "announcement_failed"
    card = governance.card(model_name="chest-ct", version=1)
    assert card.stage is ModelStage.FAILED and not card.served
    assert repo.served(model_name="chest-ct") == []
    with pytest.raises(GovernanceRefused) as refused:
        asyncio.run(governance.approve(model_name="chest-ct", version=1, approver="ann",
                                       reason="x", audit=Audit()))
    assert refused.value.code == "not_a_candidate"


def test_reconcile_writes_the_served_version_again(world):
    train, governance, repo, _, _ = world
    train()
    asyncio.run(governance.approve(model_name="chest-ct", version=1, approver="ann",
                                   reason="ok", audit=Audit()))
    repo.serve(model_name="chest-ct", version=0)  # a restored or half-written repository
    assert governance.reconcile() == 1 and repo.served(model_name="chest-ct") == [1]


def test_a_step_losing_a_race_is_refused_and_audited_as_failed(world):
    train, governance, repo, announcer, cards = world
    train()

    class Racing:
        """The store as another approver's step left it: the compare-and-set fails."""

        def __getattr__(self, name):
            return getattr(cards, name)

        def update(self, *, card, expected, serve):
            return False

    racing = ModelGovernance(cards=Racing(), repository=repo, announcer=announcer)
    audit = Audit()
    with pytest.raises(GovernanceRefused) as lost:
        asyncio.run(racing.approve(model_name="chest-ct", version=1, approver="ann",
                                   reason="ok", audit=audit))
    assert lost.value.code == "stage_changed"
    assert audit.records == [("success", "approved"), ("failure", "stage_changed")]
    assert repo.served(model_name="chest-ct") == []
