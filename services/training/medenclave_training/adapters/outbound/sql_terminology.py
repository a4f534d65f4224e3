"""The SQL terminology store (training's database, SQLite or PostgreSQL): SNOMED CT concepts,
descriptions, |Is a| links and the label map. Subsumption is a recursive query on both."""

from __future__ import annotations

import builtins
import contextlib
import time
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

import sqlalchemy as sa

from medenclave.storage import make_engine
from medenclave_training.adapters.outbound.schema import ensure_schema
from medenclave_training.adapters.outbound.sql_store import metadata
from medenclave_training.core.terminology import (
    FSN,
    Concept,
    ConceptRow,
    DescriptionRow,
    IsARow,
    LabelMapping,
    Rf2Invalid,
)

__all__ = ["MAX_SEARCH_RESULTS", "SqlTerminologyStore", "open_terminology"]

#: the most concepts one search returns
MAX_SEARCH_RESULTS = 100
_CHUNK = 5000

snomed_concepts = sa.Table(
    "training_snomed_concepts", metadata,
    sa.Column("concept_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("active", sa.Boolean, nullable=False),
)
snomed_descriptions = sa.Table(
    "training_snomed_descriptions", metadata,
    sa.Column("description_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("concept_id", sa.BigInteger, nullable=False, index=True),
    sa.Column("type_id", sa.BigInteger, nullable=False),
    sa.Column("term", sa.Text, nullable=False),
    sa.Column("term_folded", sa.Text, nullable=False),   # casefolded, for search
)
snomed_is_a = sa.Table(
    "training_snomed_is_a", metadata,
    sa.Column("child_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("parent_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Index("ix_training_snomed_is_a_parent", "parent_id"),
)
label_map = sa.Table(
    "training_label_concepts", metadata,
    sa.Column("label", sa.String(128), primary_key=True),
    sa.Column("concept_id", sa.BigInteger, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
)


def _chunks(rows: Iterable[Any]) -> Iterator[list[Any]]:
    it = iter(rows)
    while chunk := list(islice(it, _CHUNK)):
        yield chunk


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class SqlTerminologyStore:
    """:class:`~medenclave_training.core.ports.TerminologyStore` over SQLAlchemy core."""

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine
        ensure_schema(engine)

    def replace_snapshot(self, *, concepts: Iterable[ConceptRow],
                         descriptions: Iterable[DescriptionRow],
                         relationships: Iterable[IsARow]) -> dict[str, int]:
        counts = {"concepts": 0, "descriptions": 0, "is_a": 0}
        with self._engine.begin() as conn:
            for table in (snomed_is_a, snomed_descriptions, snomed_concepts):
                conn.execute(sa.delete(table))
            for kind, table, rows, key in (
                    ("concept", snomed_concepts, concepts, "concepts"),
                    ("description", snomed_descriptions, descriptions, "descriptions"),
                    ("relationship", snomed_is_a, relationships, "is_a")):
                for chunk in _chunks(rows):
                    values = [_values(row) for row in chunk]
                    try:
                        with conn.begin_nested():
                            conn.execute(sa.insert(table), values)
                    except sa.exc.IntegrityError:
                        raise Rf2Invalid(kind, 0, "duplicate_id") from None
                    counts[key] += len(values)
            self._check_references(conn)
        return counts

    @staticmethod
    def _check_references(conn: sa.Connection) -> None:
        known = sa.select(snomed_concepts.c.concept_id)
        if conn.execute(sa.select(sa.func.count()).select_from(snomed_descriptions).where(
                snomed_descriptions.c.concept_id.not_in(known))).scalar():
            raise Rf2Invalid("description", 0, "unknown_concept")
        links = snomed_is_a.c
        if conn.execute(sa.select(sa.func.count()).select_from(snomed_is_a).where(sa.or_(
                links.child_id.not_in(known), links.parent_id.not_in(known)))).scalar():
            raise Rf2Invalid("relationship", 0, "unknown_concept")

    def _concepts(self, conn: sa.Connection, ids: Iterable[int]) -> dict[int, Concept]:
        ids = sorted(set(ids))
        found: dict[int, Concept] = {}
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            active = dict(conn.execute(sa.select(snomed_concepts.c.concept_id, snomed_concepts.c.active)
                                       .where(snomed_concepts.c.concept_id.in_(part))).tuples().all())
            fsn: dict[int, str] = {}
            synonyms: dict[int, list[str]] = {}
            for cid, type_id, term in conn.execute(
                    sa.select(snomed_descriptions.c.concept_id, snomed_descriptions.c.type_id,
                              snomed_descriptions.c.term)
                    .where(snomed_descriptions.c.concept_id.in_(part))
                    .order_by(snomed_descriptions.c.description_id)):
                if type_id == FSN:
                    fsn.setdefault(cid, term)
                else:
                    synonyms.setdefault(cid, []).append(term)
            for cid, is_active in active.items():
                found[cid] = Concept(concept_id=cid, active=bool(is_active),
                                     fsn=fsn.get(cid, ""),
                                     synonyms=tuple(synonyms.get(cid, ())))
        return found

    def concept(self, *, concept_id: int) -> Concept | None:
        with self._engine.connect() as conn:
            return self._concepts(conn, [concept_id]).get(concept_id)

    def search(self, *, term: str, limit: int = 20) -> builtins.list[Concept]:
        """Concepts with a description containing ``term`` (case-insensitive), active first."""
        limit = max(1, min(limit, MAX_SEARCH_RESULTS))
        pattern = f"%{_escape_like(term.casefold())}%"
        with self._engine.connect() as conn:
            ids = list(conn.execute(
                sa.select(snomed_descriptions.c.concept_id)
                .join(snomed_concepts, snomed_concepts.c.concept_id == snomed_descriptions.c.concept_id)
                .where(snomed_descriptions.c.term_folded.like(pattern, escape="\\"))
                .group_by(snomed_descriptions.c.concept_id, snomed_concepts.c.active)
                .order_by(snomed_concepts.c.active.desc(), sa.func.min(sa.func.length(
                    snomed_descriptions.c.term)), snomed_descriptions.c.concept_id)
                .limit(limit)).scalars())
            found = self._concepts(conn, ids)
        return [found[i] for i in ids if i in found]

    def is_a(self, *, concept_id: int, ancestor_id: int) -> bool:
        if concept_id == ancestor_id:
            return self.concept(concept_id=concept_id) is not None
        links = snomed_is_a.c
        up = sa.select(links.parent_id.label("id")).where(links.child_id == concept_id) \
            .cte("ancestors", recursive=True)
        up = up.union(sa.select(links.parent_id).join(up, links.child_id == up.c.id))
        with self._engine.connect() as conn:
            return conn.execute(sa.select(up.c.id).where(up.c.id == ancestor_id)
                                .limit(1)).first() is not None

    def active_concepts(self, *, concept_ids: set[int]) -> set[int]:
        ids = sorted(concept_ids)
        found: set[int] = set()
        with self._engine.connect() as conn:
            for i in range(0, len(ids), 500):
                found.update(conn.execute(sa.select(snomed_concepts.c.concept_id).where(
                    snomed_concepts.c.concept_id.in_(ids[i:i + 500]), snomed_concepts.c.active)).scalars())
        return found

    def replace_label_map(self, *, rows: Sequence[LabelMapping]) -> int:
        now = time.time()
        with self._engine.begin() as conn:
            conn.execute(sa.delete(label_map))
            for chunk in _chunks(rows):
                conn.execute(sa.insert(label_map), [
                    {"label": r.label, "concept_id": r.concept_id, "updated_at": now}
                    for r in chunk])
        return len(rows)

    def label_concepts(self, *, labels: set[str]) -> dict[str, Concept]:
        wanted = sorted(labels)
        with self._engine.connect() as conn:
            pairs: dict[str, int] = {}
            for i in range(0, len(wanted), 500):
                pairs.update(conn.execute(sa.select(label_map.c.label,
                                                    label_map.c.concept_id).where(
                    label_map.c.label.in_(wanted[i:i + 500]))).tuples().all())
            found = self._concepts(conn, pairs.values())
        return {label: found[cid] for label, cid in pairs.items() if cid in found}


def _values(row: ConceptRow | DescriptionRow | IsARow) -> dict[str, Any]:
    if isinstance(row, ConceptRow):
        return {"concept_id": row.concept_id, "active": row.active}
    if isinstance(row, DescriptionRow):
        return {"description_id": row.description_id, "concept_id": row.concept_id,
                "type_id": row.type_id, "term": row.term, "term_folded": row.term.casefold()}
    return {"child_id": row.child_id, "parent_id": row.parent_id}


@contextlib.contextmanager
def open_terminology(database_url: str, *, schema: str = "") -> Iterator[SqlTerminologyStore]:
    """The terminology store in the training database at ``database_url`` (brought to this
    release's schema first), closed on exit."""
    engine = make_engine(database_url, schema=schema)
    try:
        yield SqlTerminologyStore(engine)
    finally:
        engine.dispose()
