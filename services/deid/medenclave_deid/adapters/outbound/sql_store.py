"""SQL stores of the deid service: ``deid_studies``, ``deid_instances`` and ``deid_pseudonyms``
(SQLite or PostgreSQL)."""

from __future__ import annotations

import builtins
import time
from collections.abc import Sequence

import sqlalchemy as sa

from medenclave.storage import database_errors
from medenclave_deid.adapters.outbound.schema import ensure_schema
from medenclave_deid.core.ports import StudyOutcome, StudyStoreUnavailable
from medenclave_deid.core.pseudonyms import PseudonymIndexUnavailable

__all__ = ["SqlAccessionIndex", "SqlInstanceCatalog", "SqlPseudonymIndex", "SqlStudyStore",
           "metadata"]

metadata = sa.MetaData()
studies = sa.Table(
    "deid_studies", metadata,
    sa.Column("study_ref", sa.String(64), primary_key=True),
    sa.Column("completion", sa.Integer, primary_key=True),
    sa.Column("state", sa.String(16), nullable=False),
    sa.Column("pseudo_study_id", sa.String(64), nullable=False, default="", index=True),
    sa.Column("pseudo_patient_id", sa.String(32), nullable=False, default=""),
    sa.Column("instance_count", sa.Integer, nullable=False, default=0),
    sa.Column("modality", sa.String(16), nullable=False, default=""),
    sa.Column("reason_code", sa.String(64), nullable=False, default=""),
    sa.Column("trace_id", sa.String(32), nullable=False, default=""),
    sa.Column("published", sa.Boolean, nullable=False, default=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
    sa.Column("body_part", sa.String(16), nullable=False, default=""),
)
instances = sa.Table(
    "deid_instances", metadata,
    sa.Column("pseudo_study_id", sa.String(64), primary_key=True),
    sa.Column("object_key", sa.String(160), primary_key=True),
    sa.Column("study_ref", sa.String(64), nullable=False),
    sa.Column("completion", sa.Integer, nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
)
accessions = sa.Table(
    "deid_accessions", metadata,
    sa.Column("key_digest", sa.String(64), primary_key=True),
    sa.Column("pseudo_study_id", sa.String(64), nullable=False, index=True),
    sa.Column("created_at", sa.Float, nullable=False),
)
pseudonyms = sa.Table(
    "deid_pseudonyms", metadata,
    sa.Column("key_digest", sa.String(64), primary_key=True),
    sa.Column("pseudonym", sa.String(32), nullable=False, unique=True),
    sa.Column("created_at", sa.Float, nullable=False),
)


def _record(row: sa.Row) -> StudyOutcome:
    return StudyOutcome(**row._mapping)


class SqlStudyStore:
    """:class:`medenclave_deid.core.ports.StudyStore` over ``deid_studies``."""

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine
        ensure_schema(engine)

    def get(self, *, study_ref: str, completion: int) -> StudyOutcome | None:
        with (database_errors(StudyStoreUnavailable, "deid_studies unreadable"),
                self._engine.connect() as conn):
            row = conn.execute(sa.select(studies).where(
                studies.c.study_ref == study_ref,
                studies.c.completion == completion)).first()
        return _record(row) if row else None

    def save(self, *, record: StudyOutcome) -> StudyOutcome:
        now = time.time()
        values = {**record.__dict__, "created_at": record.created_at or now, "updated_at": now}
        with database_errors(StudyStoreUnavailable, "deid_studies unwritable"):
            try:
                with self._engine.begin() as conn:
                    conn.execute(sa.insert(studies).values(**values))
            except sa.exc.IntegrityError:
                pass  # another delivery committed first: its outcome stands
        stored = self.get(study_ref=record.study_ref, completion=record.completion)
        if stored is None:  # written (by us or another delivery) yet gone: the store misbehaves
            raise StudyStoreUnavailable("deid_studies lost the row just written")
        return stored

    def mark_published(self, *, study_ref: str, completion: int) -> None:
        with (database_errors(StudyStoreUnavailable, "deid_studies unwritable"),
                self._engine.begin() as conn):
            conn.execute(sa.update(studies).where(
                studies.c.study_ref == study_ref, studies.c.completion == completion)
                .values(published=True, updated_at=time.time()))

    def list(self, *, after: str = "", limit: int = 100,
             refs: Sequence[str] = ()) -> list[StudyOutcome]:
        wanted = sa.select(studies.c.study_ref).distinct()
        if after:
            wanted = wanted.where(studies.c.study_ref > after)
        if refs:
            wanted = wanted.where(studies.c.study_ref.in_(list(refs)))
        page = wanted.order_by(studies.c.study_ref).limit(limit).subquery()
        query = sa.select(studies).where(studies.c.study_ref.in_(sa.select(page.c.study_ref))) \
            .order_by(studies.c.study_ref, studies.c.completion)
        with self._engine.connect() as conn:
            return [_record(r) for r in conn.execute(query)]

    def by_pseudo_study(self, *, pseudo_study_id: str) -> list[StudyOutcome]:
        with self._engine.connect() as conn:
            return [_record(r) for r in conn.execute(
                sa.select(studies).where(studies.c.pseudo_study_id == pseudo_study_id)
                .order_by(studies.c.completion))]

    def by_pseudo_patient(self, *, pseudo_patient_id: str) -> builtins.list[StudyOutcome]:
        with (database_errors(StudyStoreUnavailable, "deid_studies unreadable"),
                self._engine.connect() as conn):
            return [_record(r) for r in conn.execute(
                sa.select(studies).where(studies.c.pseudo_patient_id == pseudo_patient_id)
                .order_by(studies.c.study_ref, studies.c.completion))]

    def deidentified_before(self, *, before: float, limit: int) -> list[StudyOutcome]:
        """De-identified records last updated before ``before``, oldest first (retention)."""
        with (database_errors(StudyStoreUnavailable, "deid_studies unreadable"),
                self._engine.connect() as conn):
            return [_record(r) for r in conn.execute(
                sa.select(studies).where(
                    studies.c.state == "DEIDENTIFIED", studies.c.updated_at < before,
                    studies.c.pseudo_study_id.not_in(   # a newer completion keeps the study
                        sa.select(studies.c.pseudo_study_id).where(
                            studies.c.state == "DEIDENTIFIED", studies.c.updated_at >= before)))
                .order_by(studies.c.updated_at, studies.c.study_ref).limit(limit))]

    def mark_expired(self, *, pseudo_study_id: str) -> int:
        with (database_errors(StudyStoreUnavailable, "deid_studies unwritable"),
                self._engine.begin() as conn):
            return conn.execute(sa.update(studies).where(
                studies.c.pseudo_study_id == pseudo_study_id).values(
                state="EXPIRED", updated_at=time.time())).rowcount or 0

    def forget_instances(self, *, pseudo_study_id: str) -> list[str]:
        with (database_errors(StudyStoreUnavailable, "deid_instances unwritable"),
                self._engine.begin() as conn):
            keys = list(conn.execute(sa.select(instances.c.object_key).where(
                instances.c.pseudo_study_id == pseudo_study_id)).scalars())
            conn.execute(sa.delete(instances).where(
                instances.c.pseudo_study_id == pseudo_study_id))
        return keys

    def quarantined(self) -> list[StudyOutcome]:
        with self._engine.connect() as conn:
            return [_record(r) for r in conn.execute(
                sa.select(studies).where(studies.c.state == "QUARANTINED")
                .order_by(studies.c.study_ref, studies.c.completion))]


class SqlInstanceCatalog:
    """:class:`medenclave_deid.core.ports.InstanceCatalog` over ``deid_instances`` (primary key
    (pseudo_study_id, object_key): a lookup by study reads one index range)."""

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine
        ensure_schema(engine)

    def add(self, *, pseudo_study_id: str, study_ref: str, completion: int,
            object_keys: list[str]) -> None:
        if not object_keys:
            return
        now = time.time()
        with database_errors(StudyStoreUnavailable, "deid_instances unwritable"):
            try:
                with self._engine.begin() as conn:
                    have = set(conn.execute(sa.select(instances.c.object_key).where(
                        instances.c.pseudo_study_id == pseudo_study_id,
                        instances.c.object_key.in_(object_keys))).scalars())
                    new = sorted(set(object_keys) - have)
                    if new:
                        conn.execute(sa.insert(instances), [
                            {"pseudo_study_id": pseudo_study_id, "object_key": key,
                             "study_ref": study_ref, "completion": completion, "created_at": now}
                            for key in new])
            except sa.exc.IntegrityError:
                # a concurrent delivery of the same completion inserted the same keys first
                self.add(pseudo_study_id=pseudo_study_id, study_ref=study_ref,
                         completion=completion, object_keys=object_keys)

    def keys(self, *, pseudo_study_id: str) -> list[str]:
        with (database_errors(StudyStoreUnavailable, "deid_instances unreadable"),
                self._engine.connect() as conn):
            return list(conn.execute(sa.select(instances.c.object_key).where(
                instances.c.pseudo_study_id == pseudo_study_id)
                .order_by(instances.c.object_key)).scalars())


class SqlPseudonymIndex:
    """:class:`medenclave_deid.core.pseudonyms.PseudonymIndex` over ``deid_pseudonyms``."""

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine
        ensure_schema(engine)

    def get(self, *, key: str) -> str | None:
        with (database_errors(PseudonymIndexUnavailable, "deid_pseudonyms unreadable"),
                self._engine.connect() as conn):
            return conn.execute(sa.select(pseudonyms.c.pseudonym)
                                .where(pseudonyms.c.key_digest == key)).scalar()

    def delete(self, *, key: str) -> bool:
        with (database_errors(PseudonymIndexUnavailable, "deid_pseudonyms unwritable"),
                self._engine.begin() as conn):
            return bool(conn.execute(sa.delete(pseudonyms).where(
                pseudonyms.c.key_digest == key)).rowcount)

    def put_if_absent(self, *, key: str, pseudonym: str) -> str:
        with database_errors(PseudonymIndexUnavailable, "deid_pseudonyms unwritable"):
            try:
                with self._engine.begin() as conn:
                    conn.execute(sa.insert(pseudonyms).values(
                        key_digest=key, pseudonym=pseudonym, created_at=time.time()))
            except sa.exc.IntegrityError:
                pass  # someone else assigned this patient first
        stored = self.get(key=key)
        if stored is None:
            raise PseudonymIndexUnavailable("pseudonym not stored")
        return stored


class SqlAccessionIndex:
    """:class:`medenclave_deid.core.ports.AccessionIndex` over ``deid_accessions``."""

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine
        ensure_schema(engine)

    def get(self, *, key: str) -> str | None:
        with (database_errors(StudyStoreUnavailable, "deid_accessions unreadable"),
                self._engine.connect() as conn):
            return conn.execute(sa.select(accessions.c.pseudo_study_id)
                                .where(accessions.c.key_digest == key)).scalar()

    def put(self, *, key: str, pseudo_study_id: str) -> None:
        with (database_errors(StudyStoreUnavailable, "deid_accessions unwritable"),
                self._engine.begin() as conn):
            done = conn.execute(sa.update(accessions).where(accessions.c.key_digest == key)
                                .values(pseudo_study_id=pseudo_study_id)).rowcount
            if not done:
                try:
                    with conn.begin_nested():
                        conn.execute(sa.insert(accessions).values(
                            key_digest=key, pseudo_study_id=pseudo_study_id,
                            created_at=time.time()))
                except sa.exc.IntegrityError:  # inserted concurrently: the same study
                    pass

    def forget_studies(self, *, pseudo_study_ids: Sequence[str]) -> int:
        ids = sorted(set(pseudo_study_ids))
        deleted = 0
        with (database_errors(StudyStoreUnavailable, "deid_accessions unwritable"),
                self._engine.begin() as conn):
            for i in range(0, len(ids), 500):
                deleted += conn.execute(sa.delete(accessions).where(
                    accessions.c.pseudo_study_id.in_(ids[i:i + 500]))).rowcount
        return deleted
