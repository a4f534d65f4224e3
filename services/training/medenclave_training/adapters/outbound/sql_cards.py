"""SQL store of model cards and of the version each model serves (SQLite or PostgreSQL).

Two tables of their own (new tables, so that ``create_all`` adds them to an existing
database): ``training_model_cards`` and ``training_served_models``.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from medenclave_training.adapters.outbound.sql_store import metadata
from medenclave_training.core.governance import ModelCard, ModelStage
from medenclave_training.core.ports import VersionTaken

__all__ = ["SqlModelCardStore"]

cards = sa.Table(
    "training_model_cards", metadata,
    sa.Column("model_name", sa.String(64), primary_key=True),
    sa.Column("version", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("job_id", sa.String(64), nullable=False),
    sa.Column("stage", sa.String(16), nullable=False),
    sa.Column("trained_by", sa.String(128), nullable=False),
    sa.Column("registered_at", sa.Float, nullable=False),
    sa.Column("onnx_sha256", sa.String(64), nullable=False, default=""),
    sa.Column("metrics", sa.Text, nullable=False),             # JSON object
    sa.Column("config_sha256", sa.String(64), nullable=False, default=""),
    sa.Column("code_version", sa.String(128), nullable=False, default=""),
    sa.Column("dataset", sa.String(128), nullable=False, default=""),
    sa.Column("dataset_version", sa.String(64), nullable=False, default=""),
    sa.Column("manifest_sha256", sa.String(64), nullable=False, default=""),
    sa.Column("privacy", sa.String(256), nullable=False, default=""),
    sa.Column("approved_by", sa.String(128), nullable=False, default=""),
    sa.Column("approved_at", sa.Float, nullable=False, default=0.0),
    sa.Column("approval_reason", sa.String(500), nullable=False, default=""),
    sa.Column("retired_by", sa.String(128), nullable=False, default=""),
    sa.Column("retired_at", sa.Float, nullable=False, default=0.0),
)

served_models = sa.Table(
    "training_served_models", metadata,
    sa.Column("model_name", sa.String(64), primary_key=True),
    sa.Column("version", sa.BigInteger, nullable=False),
)


def _row(card: ModelCard) -> dict:
    return dict(job_id=card.job_id, stage=card.stage.value, trained_by=card.trained_by,
                registered_at=card.registered_at, onnx_sha256=card.onnx_sha256,
                metrics=json.dumps(dict(card.metrics), sort_keys=True),
                config_sha256=card.config_sha256, code_version=card.code_version[:128],
                dataset=card.dataset, dataset_version=card.dataset_version,
                manifest_sha256=card.manifest_sha256, privacy=card.privacy[:256],
                approved_by=card.approved_by, approved_at=card.approved_at,
                approval_reason=card.approval_reason[:500], retired_by=card.retired_by,
                retired_at=card.retired_at)


def _card(row: sa.Row, served: int) -> ModelCard:
    m = dict(row._mapping)
    m["stage"] = ModelStage(m["stage"])
    m["metrics"] = json.loads(m["metrics"])
    return ModelCard(served=m["version"] == served, **m)


class SqlModelCardStore:
    """Implements the core's ``ModelCardStore``."""

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine

    def add(self, *, card: ModelCard) -> None:
        try:
            with self._engine.begin() as conn:
                conn.execute(sa.insert(cards).values(model_name=card.model_name,
                                                     version=card.version, **_row(card)))
        except IntegrityError:
            raise VersionTaken(card.ref) from None

    def get(self, *, model_name: str, version: int) -> ModelCard | None:
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(cards).where(cards.c.model_name == model_name,
                                                      cards.c.version == version)).first()
            served = self._served(conn, model_name)
        return _card(row, served) if row is not None else None

    def cards(self, *, model_name: str) -> list[ModelCard]:
        with self._engine.connect() as conn:
            rows = conn.execute(sa.select(cards).where(cards.c.model_name == model_name)
                                .order_by(cards.c.version)).all()
            served = self._served(conn, model_name)
        return [_card(r, served) for r in rows]

    def update(self, *, card: ModelCard, expected: ModelStage, serve: bool | None) -> bool:
        key = (served_models.c.model_name == card.model_name)
        with self._engine.begin() as conn:
            result = conn.execute(sa.update(cards).where(
                cards.c.model_name == card.model_name, cards.c.version == card.version,
                cards.c.stage == expected.value).values(**_row(card)))
            if result.rowcount != 1:
                return False
            if serve is True:
                changed = conn.execute(sa.update(served_models).where(key)
                                       .values(version=card.version))
                if changed.rowcount == 0:
                    conn.execute(sa.insert(served_models).values(model_name=card.model_name,
                                                                 version=card.version))
            elif serve is False:
                conn.execute(sa.delete(served_models).where(
                    key, served_models.c.version == card.version))
        return True

    def served(self, *, model_name: str) -> int:
        with self._engine.connect() as conn:
            return self._served(conn, model_name)

    def served_models(self) -> dict[str, int]:
        with self._engine.connect() as conn:
            rows = conn.execute(sa.select(served_models.c.model_name,
                                          served_models.c.version)).all()
        return {r.model_name: int(r.version) for r in rows}

    @staticmethod
    def _served(conn: sa.Connection, model_name: str) -> int:
        value = conn.execute(sa.select(served_models.c.version).where(
            served_models.c.model_name == model_name)).scalar()
        return int(value or 0)
