"""SQL stores of the escrow and the quarantine review: ``deid_escrow``, ``deid_quarantine``.

``deid_escrow`` holds sealed identities only (deid cannot open them); ``deid_quarantine`` holds
one review case per quarantined study completion. Both live in deid's database (SQLite or
PostgreSQL) beside ``deid_studies``.
"""

from __future__ import annotations

import json
import time

import sqlalchemy as sa

from medenclave.storage import database_errors
from medenclave_deid.adapters.outbound.schema import ensure_schema
from medenclave_deid.adapters.outbound.sql_store import metadata, studies
from medenclave_deid.core.escrow import EscrowEntry, EscrowUnavailable
from medenclave_deid.core.ports import QUARANTINED, StudyOutcome
from medenclave_deid.core.quarantine import (
    PENDING,
    REJECTED,
    RELEASED,
    CaseAlreadyDecided,
    CaseNotFound,
    QuarantineCase,
    ReviewsUnavailable,
)

__all__ = ["SqlEscrowStore", "SqlQuarantineReviews"]

escrow = sa.Table(
    "deid_escrow", metadata,
    sa.Column("pseudonym", sa.String(64), primary_key=True),
    sa.Column("sealed", sa.LargeBinary, nullable=False, default=b""),
    sa.Column("key_id", sa.String(64), nullable=False, default=""),
    sa.Column("reason_code", sa.String(64), nullable=False, default=""),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
)
quarantine = sa.Table(
    "deid_quarantine", metadata,
    sa.Column("study_ref", sa.String(64), primary_key=True),
    sa.Column("completion", sa.Integer, primary_key=True),
    sa.Column("reason_code", sa.String(64), nullable=False),
    sa.Column("instance_refs", sa.Text, nullable=False, default="[]"),
    sa.Column("modality", sa.String(16), nullable=False, default=""),
    sa.Column("state", sa.String(16), nullable=False, index=True),
    sa.Column("reviewer", sa.String(128), nullable=False, default=""),
    sa.Column("review_reason", sa.Text, nullable=False, default=""),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("decided_at", sa.Float, nullable=False, default=0.0),
    # four eyes: the first officer's proposed release, confirmed by a second officer
    sa.Column("proposed_by", sa.String(128), nullable=False, default="",
              server_default=sa.text("''")),
    sa.Column("proposed_reason", sa.Text, nullable=False, default="",
              server_default=sa.text("''")),
    sa.Column("proposed_mask", sa.Boolean, nullable=False, default=False,
              server_default=sa.false()),
)


class SqlEscrowStore:
    """:class:`medenclave_deid.core.escrow.EscrowStore` over ``deid_escrow``.

    A pseudonym keeps one row; a later study of the same patient replaces it, so an entry
    written without a key (``escrow_key_missing``) is sealed once a key is configured.
    """

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine
        ensure_schema(engine)

    def put(self, *, entry: EscrowEntry) -> None:
        now = time.time()
        values = {"sealed": entry.sealed, "key_id": entry.key_id,
                  "reason_code": entry.reason_code, "updated_at": now}
        with (database_errors(EscrowUnavailable, "deid_escrow unwritable"),
                self._engine.begin() as conn):
            done = conn.execute(sa.update(escrow).where(
                escrow.c.pseudonym == entry.pseudonym).values(**values)).rowcount
            if not done:
                try:
                    with conn.begin_nested():
                        conn.execute(sa.insert(escrow).values(
                            pseudonym=entry.pseudonym, created_at=now, **values))
                except sa.exc.IntegrityError:  # a concurrent insert won: replace it
                    conn.execute(sa.update(escrow).where(
                        escrow.c.pseudonym == entry.pseudonym).values(**values))

    def get(self, *, pseudonym: str) -> EscrowEntry | None:
        with (database_errors(EscrowUnavailable, "deid_escrow unreadable"),
                self._engine.connect() as conn):
            row = conn.execute(sa.select(escrow).where(escrow.c.pseudonym == pseudonym)).first()
        return EscrowEntry(**row._mapping) if row else None

    def delete(self, *, pseudonym: str) -> bool:
        with (database_errors(EscrowUnavailable, "deid_escrow unwritable"),
                self._engine.begin() as conn):
            return bool(conn.execute(sa.delete(escrow).where(
                escrow.c.pseudonym == pseudonym)).rowcount)


def _case(row: sa.Row) -> QuarantineCase:
    m = dict(row._mapping)
    m["instance_refs"] = tuple(json.loads(m["instance_refs"] or "[]"))
    return QuarantineCase(**m)


class SqlQuarantineReviews:
    """:class:`medenclave_deid.core.quarantine.QuarantineReviews` over ``deid_quarantine``."""

    def __init__(self, engine: sa.Engine) -> None:
        self._engine = engine
        ensure_schema(engine)

    def open(self, *, case: QuarantineCase) -> None:
        with database_errors(ReviewsUnavailable, "deid_quarantine unwritable"):
            try:
                with self._engine.begin() as conn:
                    conn.execute(sa.insert(quarantine).values(
                        study_ref=case.study_ref, completion=case.completion,
                        reason_code=case.reason_code[:64],
                        instance_refs=json.dumps(list(case.instance_refs)),
                        modality=case.modality[:16], state=PENDING, reviewer="", review_reason="",
                        created_at=case.created_at or time.time(), decided_at=0.0))
            except sa.exc.IntegrityError:
                pass  # a redelivery: the case is open already

    def get(self, *, study_ref: str, completion: int) -> QuarantineCase | None:
        with (database_errors(ReviewsUnavailable, "deid_quarantine unreadable"),
                self._engine.connect() as conn):
            row = conn.execute(sa.select(quarantine).where(
                quarantine.c.study_ref == study_ref,
                quarantine.c.completion == completion)).first()
        return _case(row) if row else None

    def list(self, *, include_decided: bool = False) -> list[QuarantineCase]:
        query = sa.select(quarantine).order_by(quarantine.c.study_ref, quarantine.c.completion)
        if not include_decided:
            query = query.where(quarantine.c.state == PENDING)
        with (database_errors(ReviewsUnavailable, "deid_quarantine unreadable"),
                self._engine.connect() as conn):
            return [_case(r) for r in conn.execute(query)]

    def _decide(self, conn, *, study_ref: str, completion: int, state: str, reviewer: str,
                reason: str) -> None:
        row = conn.execute(sa.select(quarantine.c.state).where(
            quarantine.c.study_ref == study_ref, quarantine.c.completion == completion)).first()
        if row is None:
            raise CaseNotFound(study_ref)
        if row.state != PENDING:
            raise CaseAlreadyDecided(row.state)
        done = conn.execute(sa.update(quarantine).where(
            quarantine.c.study_ref == study_ref, quarantine.c.completion == completion,
            quarantine.c.state == PENDING).values(
                state=state, reviewer=reviewer[:128], review_reason=reason,
                decided_at=time.time())).rowcount
        if not done:  # decided concurrently
            raise CaseAlreadyDecided("DECIDED")

    def propose(self, *, study_ref: str, completion: int, proposer: str, reason: str,
                mask: bool) -> QuarantineCase:
        with (database_errors(ReviewsUnavailable, "deid_quarantine unwritable"),
                self._engine.begin() as conn):
            row = conn.execute(sa.select(quarantine.c.state, quarantine.c.proposed_by).where(
                quarantine.c.study_ref == study_ref,
                quarantine.c.completion == completion)).first()
            if row is None:
                raise CaseNotFound(study_ref)
            if row.state != PENDING or row.proposed_by:
                raise CaseAlreadyDecided(row.state if row.state != PENDING else "PROPOSED")
            done = conn.execute(sa.update(quarantine).where(
                quarantine.c.study_ref == study_ref, quarantine.c.completion == completion,
                quarantine.c.state == PENDING, quarantine.c.proposed_by == "").values(
                    proposed_by=proposer[:128], proposed_reason=reason,
                    proposed_mask=mask)).rowcount
            if not done:  # proposed or decided concurrently
                raise CaseAlreadyDecided("PROPOSED")
        case = self.get(study_ref=study_ref, completion=completion)
        if case is None:
            raise CaseNotFound(study_ref)
        return case

    def reject(self, *, study_ref: str, completion: int, reviewer: str,
               reason: str) -> QuarantineCase:
        with (database_errors(ReviewsUnavailable, "deid_quarantine unwritable"),
                self._engine.begin() as conn):
            self._decide(conn, study_ref=study_ref, completion=completion, state=REJECTED,
                         reviewer=reviewer, reason=reason)
        case = self.get(study_ref=study_ref, completion=completion)
        if case is None:  # deleted between the decision and the read
            raise CaseNotFound(study_ref)
        return case

    def release(self, *, record: StudyOutcome, reviewer: str, reason: str) -> QuarantineCase:
        with (database_errors(ReviewsUnavailable, "deid_quarantine unwritable"),
                self._engine.begin() as conn):
            self._decide(conn, study_ref=record.study_ref, completion=record.completion,
                         state=RELEASED, reviewer=reviewer, reason=reason)
            values = {k: v for k, v in record.__dict__.items()
                      if k not in {"study_ref", "completion", "created_at"}}
            values.update(published=False, updated_at=time.time())
            conn.execute(sa.update(studies).where(
                studies.c.study_ref == record.study_ref,
                studies.c.completion == record.completion,
                studies.c.state == QUARANTINED).values(**values))
        case = self.get(study_ref=record.study_ref, completion=record.completion)
        if case is None:  # deleted between the decision and the read
            raise CaseNotFound(record.study_ref)
        return case
