"""SQL stores (SQLite embedded, PostgreSQL in production): jobs, studies, model versions."""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from medenclave_training.adapters.outbound.schema import ensure_schema
from medenclave_training.core.jobs import Job, JobNotFound, JobSpec, JobState
from medenclave_training.core.labels import LabelSet
from medenclave_training.core.ports import AvailableStudy, RegisteredModel, VersionTaken

__all__ = ["SqlJobStore", "SqlModelStore", "SqlStudyCatalog", "create_tables"]

metadata = sa.MetaData()

jobs = sa.Table(
    "training_jobs", metadata,
    sa.Column("job_id", sa.String(64), primary_key=True),
    sa.Column("state", sa.String(16), nullable=False, index=True),
    sa.Column("model_name", sa.String(64), nullable=False),
    sa.Column("spec", sa.Text, nullable=False),           # JSON: parameters and labels
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("wait_deadline", sa.Float, nullable=False, default=0.0),
    sa.Column("requested_by", sa.String(128), nullable=False, default=""),
    sa.Column("origin", sa.String(600), nullable=False, default=""),
    sa.Column("trace_id", sa.String(32), nullable=False, default=""),
    sa.Column("model_version", sa.BigInteger, nullable=False, default=0),
    sa.Column("val_accuracy", sa.Float, nullable=False, default=0.0),
    sa.Column("train_loss", sa.Float, nullable=False, default=0.0),
    sa.Column("studies", sa.Integer, nullable=False, default=0),
    sa.Column("images", sa.Integer, nullable=False, default=0),
    sa.Column("error_code", sa.String(64), nullable=False, default=""),
    sa.Column("started_at", sa.Float, nullable=False, default=0.0),
    sa.Column("finished_at", sa.Float, nullable=False, default=0.0),
    sa.Column("metrics_json", sa.Text, nullable=False, default=""),
    sa.Column("cancel_requested", sa.Boolean, nullable=False, default=False),
    # the replica running the job and until when (sql_leases.py); "" and 0: nobody
    sa.Column("lease_owner", sa.String(128), nullable=False, default=""),
    sa.Column("lease_expires", sa.Float, nullable=False, default=0.0),
)

studies = sa.Table(
    "training_studies", metadata,
    sa.Column("pseudo_study_id", sa.String(128), primary_key=True),
    sa.Column("modality", sa.String(16), nullable=False, default=""),
    sa.Column("instance_count", sa.Integer, nullable=False, default=0),
    sa.Column("traceparent", sa.String(128), nullable=False, default=""),
    sa.Column("tracestate", sa.String(512), nullable=False, default=""),
    sa.Column("event_id", sa.String(200), nullable=False, default=""),
    sa.Column("recorded_at", sa.Float, nullable=False),
    sa.Column("pseudo_patient_id", sa.String(64), nullable=False, default=""),
    sa.Column("body_part", sa.String(64), nullable=False, default=""),
)

models = sa.Table(
    "training_models", metadata,
    sa.Column("model_name", sa.String(64), primary_key=True),
    sa.Column("version", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("job_id", sa.String(64), nullable=False),
    sa.Column("val_accuracy", sa.Float, nullable=False),
    sa.Column("onnx_sha256", sa.String(64), nullable=False),
    sa.Column("registered_at", sa.Float, nullable=False),
    sa.Column("dataset_studies", sa.Text, nullable=False),  # JSON list of pseudo_study_ids
)


def create_tables(engine: sa.Engine) -> None:
    ensure_schema(engine)


def _spec_json(spec: JobSpec) -> str:
    return json.dumps({
        "model_name": spec.model_name, "labels": dict(spec.labels.labels),
        "epochs": spec.epochs, "seed": spec.seed, "val_fraction": spec.val_fraction,
        "image_size": spec.image_size, "wait_for_studies": spec.wait_for_studies,
        "wait_timeout_s": spec.wait_timeout_s, "dataset": spec.dataset,
        "dataset_version": spec.dataset_version, "manifest_sha256": spec.manifest_sha256,
        "splits": dict(spec.splits), "config": spec.config}, sort_keys=True)


def _spec_from(text: str) -> JobSpec:
    raw = json.loads(text)
    raw["labels"] = LabelSet(labels={k: int(v) for k, v in raw["labels"].items()})
    return JobSpec(**raw)


def _job_row(job: Job) -> dict:
    return dict(state=job.state.value, model_name=job.spec.model_name, spec=_spec_json(job.spec),
                metrics_json=job.metrics_json, cancel_requested=job.cancel_requested,
                created_at=job.created_at, wait_deadline=job.wait_deadline,
                requested_by=job.requested_by, origin=job.origin, trace_id=job.trace_id,
                model_version=job.model_version, val_accuracy=job.val_accuracy,
                train_loss=job.train_loss, studies=job.studies, images=job.images,
                error_code=job.error_code, started_at=job.started_at,
                finished_at=job.finished_at)


def _job_from(row: sa.Row) -> Job:
    m = dict(row._mapping)
    m.pop("model_name")
    m.pop("lease_owner", None)
    m.pop("lease_expires", None)
    return Job(spec=_spec_from(m.pop("spec")), state=JobState(m.pop("state")), **m)


class SqlJobStore:
    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine

    def add(self, *, job: Job) -> None:
        with self._engine.begin() as conn:
            conn.execute(sa.insert(jobs).values(job_id=job.job_id, **_job_row(job)))

    def get(self, *, job_id: str) -> Job:
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(jobs).where(jobs.c.job_id == job_id)).first()
        if row is None:
            raise JobNotFound(job_id)
        return _job_from(row)

    def list(self) -> list[Job]:
        with self._engine.connect() as conn:
            rows = conn.execute(sa.select(jobs).order_by(jobs.c.created_at.desc(),
                                                         jobs.c.job_id)).all()
        return [_job_from(r) for r in rows]

    def in_state(self, *, state: JobState) -> list[Job]:
        with self._engine.connect() as conn:
            rows = conn.execute(sa.select(jobs).where(jobs.c.state == state.value)
                                .order_by(jobs.c.created_at, jobs.c.job_id)).all()
        return [_job_from(r) for r in rows]

    def replace(self, *, job: Job, expected: JobState) -> bool:
        with self._engine.begin() as conn:
            result = conn.execute(sa.update(jobs).where(jobs.c.job_id == job.job_id,
                                                        jobs.c.state == expected.value)
                                  .values(**_job_row(job)))
        return result.rowcount == 1


class SqlStudyCatalog:
    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine

    def record(self, *, study: AvailableStudy) -> bool:
        values = dict(modality=study.modality[:16], instance_count=study.instance_count,
                      pseudo_patient_id=study.pseudo_patient_id[:64],
                      body_part=study.body_part[:64],
                      traceparent=study.traceparent[:128], tracestate=study.tracestate[:512],
                      event_id=study.event_id[:200], recorded_at=study.recorded_at)
        key = studies.c.pseudo_study_id == study.pseudo_study_id
        for _ in range(2):
            try:
                with self._engine.begin() as conn:
                    row = conn.execute(sa.select(studies.c.instance_count, studies.c.event_id,
                                                 studies.c.pseudo_patient_id)
                                       .where(key)).first()
                    if row is None:
                        conn.execute(sa.insert(studies).values(
                            pseudo_study_id=study.pseudo_study_id, **values))
                        return True
                    if row.event_id == values["event_id"] and \
                            row.instance_count == values["instance_count"] and \
                            row.pseudo_patient_id == values["pseudo_patient_id"]:
                        return False
                    conn.execute(sa.update(studies).where(key).values(**values))
                    return True
            except IntegrityError:
                continue  # recorded concurrently: read it again
        return False

    def available(self, *, pseudo_study_ids: Iterable[str]) -> set[str]:
        wanted = sorted(set(pseudo_study_ids))
        found: set[str] = set()
        with self._engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                found.update(conn.execute(sa.select(studies.c.pseudo_study_id)
                                          .where(studies.c.pseudo_study_id.in_(chunk))).scalars())
        return found

    def describe(self, *, pseudo_study_ids: Iterable[str]) -> dict[str, AvailableStudy]:
        wanted = sorted(set(pseudo_study_ids))
        found: dict[str, AvailableStudy] = {}
        with self._engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                for row in conn.execute(sa.select(studies).where(
                        studies.c.pseudo_study_id.in_(wanted[i:i + 500]))):
                    found[row.pseudo_study_id] = AvailableStudy(**row._mapping)
        return found

    def get(self, *, pseudo_study_id: str) -> AvailableStudy | None:
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(studies).where(
                studies.c.pseudo_study_id == pseudo_study_id)).first()
        return AvailableStudy(**row._mapping) if row else None


class SqlModelStore:
    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine

    def latest_version(self, *, model_name: str) -> int:
        with self._engine.connect() as conn:
            value = conn.execute(sa.select(sa.func.max(models.c.version))
                                 .where(models.c.model_name == model_name)).scalar()
        return int(value or 0)

    def add(self, *, model: RegisteredModel) -> None:
        try:
            with self._engine.begin() as conn:
                conn.execute(sa.insert(models).values(
                    model_name=model.model_name, version=model.version, job_id=model.job_id,
                    val_accuracy=model.val_accuracy, onnx_sha256=model.onnx_sha256,
                    registered_at=model.registered_at,
                    dataset_studies=json.dumps(list(model.dataset_studies))))
        except IntegrityError:
            raise VersionTaken(f"{model.model_name}:{model.version}") from None

    def discard(self, *, model_name: str, version: int) -> None:
        with self._engine.begin() as conn:
            conn.execute(sa.delete(models).where(models.c.model_name == model_name,
                                                 models.c.version == version))

    def list(self) -> list[RegisteredModel]:
        with self._engine.connect() as conn:
            rows = conn.execute(sa.select(models).order_by(models.c.model_name,
                                                           models.c.version)).all()
        out = []
        for row in rows:
            m = dict(row._mapping)
            m["dataset_studies"] = tuple(json.loads(m["dataset_studies"]))
            out.append(RegisteredModel(**m))
        return out
