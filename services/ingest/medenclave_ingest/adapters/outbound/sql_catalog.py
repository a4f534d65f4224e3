"""SQL study catalog (SQLite embedded, PostgreSQL in production).

Holds references, counts, sizes, SOP classes, transfer syntaxes, states and trace context —
never a UID or a name from the data. Pending studies live here, so a restart resumes them.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from medenclave.storage import durable_begin
from medenclave_ingest.adapters.outbound.schema import ensure_schema
from medenclave_ingest.core.ports import (
    STATE_ERASED,
    STATE_RECEIVED,
    STATE_RECEIVING,
    PendingStudy,
    QuarantineRecord,
    StorageUnavailable,
    StoredInstance,
    StudySummary,
)

__all__ = ["SqlStudyCatalog", "metadata"]

metadata = sa.MetaData()
studies = sa.Table(
    "ingest_studies", metadata,
    sa.Column("study_ref", sa.String(32), primary_key=True),
    sa.Column("state", sa.String(16), nullable=False),
    sa.Column("modality", sa.String(16), nullable=False, default=""),
    sa.Column("instance_count", sa.Integer, nullable=False, default=0),
    sa.Column("completions", sa.Integer, nullable=False, default=0),
    sa.Column("received_at", sa.Float, nullable=False),
    sa.Column("last_instance_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
    #: W3C carrier (JSON) of the C-STORE that opened the pending batch
    sa.Column("trace_context", sa.Text, nullable=False, default="{}"),
    sa.Column("trace_id", sa.String(32), nullable=False, default=""),
    sa.Index("ix_ingest_studies_pending", "state", "last_instance_at"),
    sa.Index("ix_ingest_studies_received", "received_at", "study_ref"),
)
instances = sa.Table(
    "ingest_instances", metadata,
    sa.Column("instance_ref", sa.String(32), primary_key=True),
    sa.Column("study_ref", sa.String(32), nullable=False),
    sa.Column("sop_class_uid", sa.String(64), nullable=False),
    sa.Column("transfer_syntax_uid", sa.String(64), nullable=False, default=""),
    sa.Column("size_bytes", sa.BigInteger, nullable=False),
    sa.Column("calling_ae", sa.String(16), nullable=False, default=""),
    sa.Column("modality", sa.String(16), nullable=False, default=""),
    sa.Column("stored_at", sa.Float, nullable=False),
    sa.Column("vault_key", sa.String(128), nullable=False),
    #: the completion that announced this instance; NULL while pending
    sa.Column("completion", sa.Integer, nullable=True),
    sa.Index("ix_ingest_instances_study", "study_ref", "completion"),
)
quarantine = sa.Table(
    "ingest_quarantine", metadata,
    sa.Column("quarantine_id", sa.String(32), primary_key=True),
    sa.Column("reason_code", sa.String(32), nullable=False),
    sa.Column("calling_ae", sa.String(16), nullable=False, default=""),
    sa.Column("size_bytes", sa.BigInteger, nullable=False),
    sa.Column("quarantined_at", sa.Float, nullable=False),
    sa.Column("object_key", sa.String(128), nullable=False),
)

#: the journal position up to which the catalog holds every record durably (one row)
journal_checkpoints = sa.Table(
    "ingest_journal_checkpoint", metadata,
    sa.Column("journal_id", sa.String(40), primary_key=True),
    sa.Column("position", sa.String(64), nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
)

T = TypeVar("T")
_CHUNK = 500


def _trace_id(carrier: Mapping[str, str]) -> str:
    parts = carrier.get("traceparent", "").split("-")
    return parts[1] if len(parts) == 4 and len(parts[1]) == 32 else ""


def _instance(row: Any) -> StoredInstance:
    m = row._mapping
    return StoredInstance(
        instance_ref=m["instance_ref"], study_ref=m["study_ref"],
        sop_class_uid=m["sop_class_uid"], transfer_syntax_uid=m["transfer_syntax_uid"],
        size_bytes=m["size_bytes"], calling_ae=m["calling_ae"], stored_at=m["stored_at"],
        vault_key=m["vault_key"], modality=m["modality"], completion=m["completion"])


def _study(row: Any) -> StudySummary:
    m = row._mapping
    return StudySummary(study_ref=m["study_ref"], state=m["state"],
                       instance_count=m["instance_count"], modality=m["modality"],
                       received_at=m["received_at"], updated_at=m["updated_at"],
                       completions=m["completions"], trace_id=m["trace_id"])


class SqlStudyCatalog:
    """:class:`~medenclave_ingest.core.ports.StudyCatalog` over SQLAlchemy core.

    Calls run in a worker thread; writes in this process are serialised (SQLite allows one
    writer), and across processes each write is one transaction that retries on a conflict.
    """

    def __init__(self, engine: sa.Engine, *, clock: Callable[[], float] = time.time) -> None:
        self._engine = engine
        self._clock = clock
        self._write_lock = threading.Lock()
        ensure_schema(engine)

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        try:
            return await asyncio.to_thread(fn, *args)
        except SQLAlchemyError as exc:
            raise StorageUnavailable(f"catalog failed: {type(exc).__name__}") from None

    # -- instances -------------------------------------------------------------------------
    async def find_instance(self, *, instance_ref: str) -> StoredInstance | None:
        return await self._run(self._find_instance, instance_ref)

    def _find_instance(self, instance_ref: str) -> StoredInstance | None:
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(instances).where(
                instances.c.instance_ref == instance_ref)).first()
        return _instance(row) if row else None

    async def record_instance(self, *, instance: StoredInstance,
                              trace_context: Mapping[str, str]) -> bool:
        return await self._run(self._record_instance, instance, dict(trace_context))

    def _record_instance(self, inst: StoredInstance, carrier: dict[str, str]) -> bool:
        for _attempt in range(5):
            try:
                with self._write_lock, self._engine.begin() as conn:
                    self._insert_instance(conn, inst, carrier)
                return True
            except IntegrityError:
                # a duplicate instance, or another writer created the study first: look again
                if self._find_instance(inst.instance_ref) is not None:
                    return False
        raise StorageUnavailable("catalog write kept conflicting")

    def _insert_instance(self, conn: sa.Connection, inst: StoredInstance,
                         carrier: dict[str, str]) -> None:
        now = inst.stored_at
        conn.execute(sa.insert(instances).values(
            instance_ref=inst.instance_ref, study_ref=inst.study_ref,
            sop_class_uid=inst.sop_class_uid, transfer_syntax_uid=inst.transfer_syntax_uid,
            size_bytes=inst.size_bytes, calling_ae=inst.calling_ae, modality=inst.modality,
            stored_at=now, vault_key=inst.vault_key, completion=None))
        row = conn.execute(sa.select(studies.c.state, studies.c.modality).where(
            studies.c.study_ref == inst.study_ref).with_for_update()).first()
        if row is None:
            conn.execute(sa.insert(studies).values(
                study_ref=inst.study_ref, state=STATE_RECEIVING, modality=inst.modality,
                instance_count=1, completions=0, received_at=now, last_instance_at=now,
                updated_at=now, trace_context=json.dumps(carrier),
                trace_id=_trace_id(carrier)))
            return
        values: dict[str, Any] = dict(instance_count=studies.c.instance_count + 1,
                                      last_instance_at=now, updated_at=now,
                                      state=STATE_RECEIVING)
        if row.state != STATE_RECEIVING:  # additions after a completion: a new batch
            values.update(trace_context=json.dumps(carrier), trace_id=_trace_id(carrier))
        if not row.modality and inst.modality:
            values["modality"] = inst.modality
        conn.execute(sa.update(studies).where(studies.c.study_ref == inst.study_ref)
                     .values(**values))

    async def record_instances(
            self, *, instances: Sequence[tuple[StoredInstance, Mapping[str, str]]]) -> int:
        """Record several instances in one transaction (a batch from the journal path).

        Instances already recorded are skipped. Returns how many were new.
        Raises: StorageUnavailable.
        """
        return await self._run(self._record_instances,
                               [(i, dict(c)) for i, c in instances])

    def _record_instances(self, items: list[tuple[StoredInstance, dict[str, str]]]) -> int:
        try:
            with self._write_lock, self._engine.begin() as conn:
                return self._insert_batch(conn, items)
        except IntegrityError:  # another writer raced us: one by one
            return sum(self._record_instance(i, c) for i, c in items)

    def _insert_batch(self, conn: sa.Connection,
                      items: list[tuple[StoredInstance, dict[str, str]]]) -> int:
        fresh: dict[str, tuple[StoredInstance, dict[str, str]]] = {}
        for inst, carrier in items:
            fresh.setdefault(inst.instance_ref, (inst, carrier))
        refs = list(fresh)
        for i in range(0, len(refs), _CHUNK):
            for ref in conn.execute(sa.select(instances.c.instance_ref).where(
                    instances.c.instance_ref.in_(refs[i:i + _CHUNK]))).scalars():
                del fresh[ref]
        if not fresh:
            return 0
        conn.execute(sa.insert(instances), [dict(
            instance_ref=inst.instance_ref, study_ref=inst.study_ref,
            sop_class_uid=inst.sop_class_uid, transfer_syntax_uid=inst.transfer_syntax_uid,
            size_bytes=inst.size_bytes, calling_ae=inst.calling_ae, modality=inst.modality,
            stored_at=inst.stored_at, vault_key=inst.vault_key, completion=None)
            for inst, _carrier in fresh.values()])
        by_study: dict[str, list[tuple[StoredInstance, dict[str, str]]]] = {}
        for inst, carrier in fresh.values():
            by_study.setdefault(inst.study_ref, []).append((inst, carrier))
        for study_ref, group in by_study.items():
            first, carrier = min(group, key=lambda item: item[0].stored_at)
            last = max(inst.stored_at for inst, _c in group)
            modality = next((inst.modality for inst, _c in group if inst.modality), "")
            row = conn.execute(sa.select(studies.c.state, studies.c.modality).where(
                studies.c.study_ref == study_ref).with_for_update()).first()
            if row is None:
                conn.execute(sa.insert(studies).values(
                    study_ref=study_ref, state=STATE_RECEIVING, modality=modality,
                    instance_count=len(group), completions=0, received_at=first.stored_at,
                    last_instance_at=last, updated_at=last, trace_context=json.dumps(carrier),
                    trace_id=_trace_id(carrier)))
                continue
            values: dict[str, Any] = dict(
                instance_count=studies.c.instance_count + len(group),
                last_instance_at=sa.func.max(studies.c.last_instance_at, last)
                if conn.dialect.name == "sqlite" else sa.func.greatest(
                    studies.c.last_instance_at, last),
                updated_at=last, state=STATE_RECEIVING)
            if row.state != STATE_RECEIVING:  # additions after a completion: a new batch
                values.update(trace_context=json.dumps(carrier), trace_id=_trace_id(carrier))
            if not row.modality and modality:
                values["modality"] = modality
            conn.execute(sa.update(studies).where(studies.c.study_ref == study_ref)
                         .values(**values))
        return len(fresh)

    async def forget_instance(self, *, instance_ref: str) -> None:
        await self._run(self._forget_instance, instance_ref)

    def _forget_instance(self, instance_ref: str) -> None:
        with self._write_lock, self._engine.begin() as conn:
            row = conn.execute(sa.select(instances.c.study_ref).where(
                instances.c.instance_ref == instance_ref,
                instances.c.completion.is_(None))).first()
            if row is None:
                return
            conn.execute(sa.delete(instances).where(instances.c.instance_ref == instance_ref))
            conn.execute(sa.update(studies).where(studies.c.study_ref == row.study_ref)
                         .values(instance_count=studies.c.instance_count - 1))
            conn.execute(sa.delete(studies).where(studies.c.study_ref == row.study_ref,
                                                  studies.c.instance_count <= 0))

    async def mark_erased(self, *, study_ref: str, at: float) -> int:
        return await self._run(self._mark_erased, study_ref, at)

    def _mark_erased(self, study_ref: str, at: float) -> int:
        # synced: a lost erasure would bring back rows whose objects are already shredded
        with self._write_lock, durable_begin(self._engine) as conn:
            gone = conn.execute(sa.delete(instances).where(
                instances.c.study_ref == study_ref)).rowcount
            conn.execute(sa.update(studies).where(studies.c.study_ref == study_ref).values(
                state=STATE_ERASED, instance_count=0, updated_at=at, trace_context="{}",
                trace_id=""))
        return int(gone or 0)

    async def expired_studies(self, *, last_instance_before: float, limit: int) -> list[str]:
        return await self._run(self._expired_studies, last_instance_before, limit)

    def _expired_studies(self, cutoff: float, limit: int) -> list[str]:
        with self._engine.connect() as conn:
            return list(conn.execute(sa.select(studies.c.study_ref).where(
                studies.c.state != STATE_ERASED, studies.c.last_instance_at < cutoff)
                .order_by(studies.c.last_instance_at).limit(limit)).scalars())

    async def pending_instances(self) -> list[StoredInstance]:
        return await self._run(self._pending_instances)

    def _pending_instances(self) -> list[StoredInstance]:
        with self._engine.connect() as conn:
            return [_instance(r) for r in conn.execute(
                sa.select(instances).where(instances.c.completion.is_(None)))]

    async def instances_of(self, *, study_ref: str) -> list[StoredInstance]:
        return await self._run(self._instances_of, study_ref)

    def _instances_of(self, study_ref: str) -> list[StoredInstance]:
        with self._engine.connect() as conn:
            return [_instance(r) for r in conn.execute(
                sa.select(instances).where(instances.c.study_ref == study_ref)
                .order_by(instances.c.stored_at, instances.c.instance_ref))]

    # -- quarantine ------------------------------------------------------------------------
    async def record_quarantine(self, *, record: QuarantineRecord) -> None:
        await self._run(self._record_quarantine, record)

    def _record_quarantine(self, rec: QuarantineRecord) -> None:
        try:
            with self._write_lock, self._engine.begin() as conn:
                conn.execute(sa.insert(quarantine).values(
                    quarantine_id=rec.quarantine_id, reason_code=rec.reason_code,
                    calling_ae=rec.calling_ae, size_bytes=rec.size_bytes,
                    quarantined_at=rec.quarantined_at, object_key=rec.object_key))
        except IntegrityError:
            pass  # the same bytes were quarantined before

    async def quarantined(self) -> list[QuarantineRecord]:
        """Every quarantine record, oldest first (for review tools and tests)."""
        return await self._run(self._quarantined)

    def _quarantined(self) -> list[QuarantineRecord]:
        with self._engine.connect() as conn:
            return [QuarantineRecord(**r._mapping) for r in conn.execute(
                sa.select(quarantine).order_by(quarantine.c.quarantined_at))]

    # -- assembly --------------------------------------------------------------------------
    async def quiet_studies(self, *, quiet_since: float) -> list[PendingStudy]:
        return await self._run(self._quiet_studies, quiet_since)

    def _quiet_studies(self, quiet_since: float) -> list[PendingStudy]:
        out: list[PendingStudy] = []
        with self._engine.connect() as conn:
            rows = conn.execute(sa.select(studies).where(
                studies.c.state == STATE_RECEIVING,
                studies.c.last_instance_at <= quiet_since)
                .order_by(studies.c.last_instance_at)).all()
            for row in rows:
                refs = tuple(conn.execute(sa.select(instances.c.instance_ref).where(
                    instances.c.study_ref == row.study_ref, instances.c.completion.is_(None))
                    .order_by(instances.c.instance_ref)).scalars())
                if not refs:
                    continue
                out.append(PendingStudy(
                    study_ref=row.study_ref, completion=row.completions + 1,
                    instance_refs=refs, total_instances=row.instance_count,
                    modality=row.modality, received_at=row.received_at,
                    trace_context=json.loads(row.trace_context or "{}")))
        return out

    async def mark_completed(self, *, study_ref: str, completion: int,
                             instance_refs: tuple[str, ...], at: float) -> None:
        await self._run(self._mark_completed, study_ref, completion, instance_refs, at)

    def _mark_completed(self, study_ref: str, completion: int, refs: tuple[str, ...],
                        at: float) -> None:
        with self._write_lock, self._engine.begin() as conn:
            row = conn.execute(sa.select(studies.c.completions).where(
                studies.c.study_ref == study_ref).with_for_update()).first()
            if row is None or row.completions >= completion:
                return  # already done (another replica, or a re-run after a crash)
            for i in range(0, len(refs), _CHUNK):
                conn.execute(sa.update(instances).where(
                    instances.c.study_ref == study_ref,
                    instances.c.instance_ref.in_(refs[i:i + _CHUNK]),
                    instances.c.completion.is_(None)).values(completion=completion))
            remaining = conn.execute(sa.select(sa.func.count()).select_from(instances).where(
                instances.c.study_ref == study_ref, instances.c.completion.is_(None))).scalar()
            conn.execute(sa.update(studies).where(studies.c.study_ref == study_ref).values(
                completions=completion, updated_at=at,
                state=STATE_RECEIVED if not remaining else STATE_RECEIVING))

    # -- journal checkpoint ----------------------------------------------------------------
    async def journal_checkpoint(self, *, journal_id: str) -> str:
        return await self._run(self._journal_checkpoint, journal_id)

    def _journal_checkpoint(self, journal_id: str) -> str:
        with self._engine.connect() as conn:
            return conn.execute(sa.select(journal_checkpoints.c.position).where(
                journal_checkpoints.c.journal_id == journal_id)).scalar() or ""

    async def save_journal_checkpoint(self, *, journal_id: str, position: str) -> None:
        await self._run(self._save_journal_checkpoint, journal_id, position)

    def _save_journal_checkpoint(self, journal_id: str, position: str) -> None:
        with self._write_lock, durable_begin(self._engine) as conn:
            done = conn.execute(sa.update(journal_checkpoints).where(
                journal_checkpoints.c.journal_id == journal_id).values(
                position=position, updated_at=self._clock())).rowcount
            if not done:
                conn.execute(sa.insert(journal_checkpoints).values(
                    journal_id=journal_id, position=position, updated_at=self._clock()))

    # -- reading ---------------------------------------------------------------------------
    async def get_study(self, *, study_ref: str) -> StudySummary | None:
        return await self._run(self._get_study, study_ref)

    def _get_study(self, study_ref: str) -> StudySummary | None:
        with self._engine.connect() as conn:
            row = conn.execute(sa.select(studies).where(studies.c.study_ref == study_ref)).first()
        return _study(row) if row else None

    async def list_studies(self, *, limit: int, after: str = "") -> list[StudySummary]:
        return await self._run(self._list_studies, limit, after)

    def _list_studies(self, limit: int, after: str) -> list[StudySummary]:
        query = sa.select(studies).order_by(studies.c.received_at.desc(),
                                            studies.c.study_ref.desc()).limit(limit)
        with self._engine.connect() as conn:
            if after:
                anchor = conn.execute(sa.select(studies.c.received_at).where(
                    studies.c.study_ref == after)).scalar()
                if anchor is None:
                    return []
                query = query.where(sa.or_(
                    studies.c.received_at < anchor,
                    sa.and_(studies.c.received_at == anchor, studies.c.study_ref < after)))
            return [_study(r) for r in conn.execute(query)]
