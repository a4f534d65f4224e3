"""SQL stores of datasets and job progress lines (SQLite embedded, PostgreSQL in production).

A dataset version is written once, in one transaction, and never updated."""

from __future__ import annotations

import json

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from medenclave_training.core.datasets import (
    Dataset,
    DatasetClass,
    DatasetMember,
    DatasetNotFound,
)
from medenclave_training.core.ports import DatasetVersionTaken

__all__ = ["SqlDatasetStore", "SqlJobLog", "dataset_metadata"]

dataset_metadata = sa.MetaData()

datasets = sa.Table(
    "training_datasets", dataset_metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("version", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("manifest_sha256", sa.String(64), nullable=False),
    sa.Column("params", sa.Text, nullable=False),     # JSON: split, seed, filters, counts, classes
    sa.Column("members", sa.Text, nullable=False),    # JSON list: pseudonymous ids only
    sa.Column("created_by", sa.String(128), nullable=False, default=""),
    sa.Column("created_at", sa.Float, nullable=False),
)

job_logs = sa.Table(
    "training_job_logs", dataset_metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("job_id", sa.String(64), nullable=False, index=True),
    sa.Column("at", sa.Float, nullable=False),
    sa.Column("line", sa.String(200), nullable=False),
)

#: progress lines kept per job (an epoch a line: 1000 epochs at most, plus a few)
MAX_LOG_LINES = 1100


def _params(d: Dataset) -> str:
    return json.dumps({"split": list(d.split), "seed": d.seed, "modality": d.modality,
                       "body_part": d.body_part, "skipped_non_image": d.skipped_non_image,
                       "excluded": d.excluded, "task": d.task,
                       "classes": [{"label": c.label, "concept_id": c.concept_id, "term": c.term,
                                    "local_labels": list(c.local_labels)} for c in d.classes]},
                      sort_keys=True)


def _members(d: Dataset) -> str:
    return json.dumps([{"study": m.study, "patient": m.patient, "label": m.label,
                        "split": m.split, "series": list(m.series),
                        "content_sha256": m.content_sha256, "images": m.images,
                        "concept_id": m.concept_id}
                       for m in d.members], sort_keys=True)


def _dataset(row: sa.Row, *, with_members: bool) -> Dataset:
    params = json.loads(row.params)
    members = tuple(DatasetMember(study=m["study"], patient=m["patient"], label=m["label"],
                                  split=m["split"], series=tuple(m["series"]),
                                  content_sha256=m["content_sha256"], images=m["images"],
                                  concept_id=m.get("concept_id", 0))
                    for m in json.loads(row.members)) if with_members else ()
    return Dataset(name=row.name, version=row.version, members=members,
                   manifest_sha256=row.manifest_sha256, split=tuple(params["split"]),
                   seed=params["seed"], modality=params["modality"],
                   body_part=params["body_part"],
                   skipped_non_image=params["skipped_non_image"], excluded=params["excluded"],
                   created_by=row.created_by, created_at=row.created_at,
                   classes=tuple(DatasetClass(label=c["label"], concept_id=c["concept_id"],
                                              term=c["term"],
                                              local_labels=tuple(c["local_labels"]))
                                 for c in params.get("classes", ())),
                   task=params.get("task", "classification"))


class SqlDatasetStore:
    """Implements the core's ``DatasetStore``."""

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine

    def latest_version(self, *, name: str) -> int:
        with self._engine.connect() as conn:
            value = conn.execute(sa.select(sa.func.max(datasets.c.version))
                                 .where(datasets.c.name == name)).scalar()
        return int(value or 0)

    def add(self, *, dataset: Dataset) -> None:
        try:
            with self._engine.begin() as conn:
                conn.execute(sa.insert(datasets).values(
                    name=dataset.name, version=dataset.version,
                    manifest_sha256=dataset.manifest_sha256, params=_params(dataset),
                    members=_members(dataset), created_by=dataset.created_by[:128],
                    created_at=dataset.created_at))
        except IntegrityError:
            raise DatasetVersionTaken(dataset.ref) from None

    def get(self, *, name: str, version: int | None = None) -> Dataset:
        version = version or self.latest_version(name=name)
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(datasets).where(datasets.c.name == name,
                                                         datasets.c.version == version)).first()
        if row is None:
            raise DatasetNotFound(name)
        return _dataset(row, with_members=True)

    def list(self) -> list[Dataset]:
        """Every version (with members: the counts are derived from them)."""
        with self._engine.connect() as conn:
            rows = conn.execute(sa.select(datasets).order_by(datasets.c.name,
                                                             datasets.c.version)).all()
        return [_dataset(row, with_members=True) for row in rows]  # counts need the members


class SqlJobLog:
    """Implements the core's ``JobLog``."""

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine

    def append(self, *, job_id: str, line: str, at: float) -> None:
        with self._engine.begin() as conn:
            count = conn.execute(sa.select(sa.func.count()).select_from(job_logs)
                                 .where(job_logs.c.job_id == job_id)).scalar() or 0
            if count < MAX_LOG_LINES:
                conn.execute(sa.insert(job_logs).values(job_id=job_id, at=at, line=line[:200]))

    def lines(self, *, job_id: str) -> list[tuple[float, str]]:
        with self._engine.connect() as conn:
            rows = conn.execute(sa.select(job_logs.c.at, job_logs.c.line)
                                .where(job_logs.c.job_id == job_id)
                                .order_by(job_logs.c.id)).all()
        return [(r.at, r.line) for r in rows]
