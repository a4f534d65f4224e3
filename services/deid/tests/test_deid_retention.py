"""The de-identified data class's retention sweep, on the real SQL stores (SQLite, and
PostgreSQL when DATABASE_URL is set) and the real object store: studies past their retention are
audited first, then their objects, index rows and accession rows go and their records read
EXPIRED; younger studies, quarantined ones and a study re-de-identified lately stay."""

from __future__ import annotations

import asyncio
import time

import pytest
import sqlalchemy as sa

from medenclave.storage import LocalObjectStore
from medenclave_deid.adapters.outbound.sql_store import (
    SqlAccessionIndex,
    SqlInstanceCatalog,
    SqlStudyStore,
    studies,
)
from medenclave_deid.config import DeidSettings
from medenclave_deid.core.ports import DEIDENTIFIED, QUARANTINED, StudyOutcome
from medenclave_deid.core.retention import EXPIRE_ACTION, DeidentifiedRetention

DAY = 86400.0


class Audit:
    def __init__(self, fail: bool = False):
        self.records, self.fail = [], fail

    async def record(self, **fields):
        if self.fail:
            raise ConnectionError("audit bus down")
        self.records.append(fields)


def _study(records, catalog, store, engine, *, ref, pseudo, age_days, state=DEIDENTIFIED,
           completion=1):
    records.save(record=StudyOutcome(study_ref=ref, completion=completion, state=state,
                                     pseudo_study_id=pseudo, instance_count=1))
    if state == DEIDENTIFIED:
        key = f"{pseudo}/{completion}.dcm"
        store.put(key, b"de-identified bytes")
        catalog.add(pseudo_study_id=pseudo, study_ref=ref, completion=completion,
                    object_keys=[key])
    with engine.begin() as conn:
        conn.execute(sa.update(studies).where(studies.c.study_ref == ref,
                                              studies.c.completion == completion)
                     .values(updated_at=time.time() - age_days * DAY))


def test_the_sweep_expires_only_studies_past_their_retention(engine, tmp_path):
    records, catalog = SqlStudyStore(engine), SqlInstanceCatalog(engine)
    accessions, store = SqlAccessionIndex(engine), LocalObjectStore(tmp_path / "store")
    make = dict(records=records, catalog=catalog, store=store, engine=engine)
    _study(ref="st-old", pseudo="2.25.1", age_days=40, **make)
    _study(ref="st-young", pseudo="2.25.2", age_days=5, **make)
    _study(ref="st-held", pseudo="", age_days=40, state=QUARANTINED, **make)
    _study(ref="st-again", pseudo="2.25.3", age_days=40, **make)      # de-identified twice:
    _study(ref="st-again", pseudo="2.25.3", age_days=1, completion=2, **make)  # lately again
    accessions.put(key="acc-old", pseudo_study_id="2.25.1")
    audit = Audit()
    sweep = DeidentifiedRetention(
        studies=records, store=store, audit=lambda: audit,
        forget_accessions=lambda ids: accessions.forget_studies(pseudo_study_ids=ids))

    assert asyncio.run(sweep.expire(retention_days=30)) == ["2.25.1"]
    assert [(r["action"], r["resource"], r["reason"]) for r in audit.records] == [
        (EXPIRE_ACTION, "2.25.1", "deidentified_retention_days=30")]
    assert [r.state for r in records.by_pseudo_study(pseudo_study_id="2.25.1")] == ["EXPIRED"]
    assert list(store.keys("2.25.1/")) == [] and catalog.keys(pseudo_study_id="2.25.1") == []
    assert accessions.get(key="acc-old") is None
    for kept in ("2.25.2", "2.25.3"):
        assert list(store.keys(f"{kept}/")), kept
    assert records.get(study_ref="st-held", completion=1).state == QUARANTINED
    assert asyncio.run(sweep.expire(retention_days=30)) == []       # nothing left to expire
    assert asyncio.run(sweep.expire(retention_days=3)) == ["2.25.2"]


def test_no_audit_record_no_expiry_and_the_default_is_safe(engine, tmp_path):
    records, catalog = SqlStudyStore(engine), SqlInstanceCatalog(engine)
    store = LocalObjectStore(tmp_path / "store")
    _study(records=records, catalog=catalog, store=store, engine=engine, ref="st-old",
           pseudo="2.25.1", age_days=40)
    sweep = DeidentifiedRetention(studies=records, store=store, audit=lambda: Audit(fail=True),
                                  forget_accessions=lambda ids: 0)
    with pytest.raises(ConnectionError):
        asyncio.run(sweep.expire(retention_days=30))
    assert list(store.keys("2.25.1/")) and \
        records.by_pseudo_study(pseudo_study_id="2.25.1")[0].state == DEIDENTIFIED
    with pytest.raises(ValueError):
        asyncio.run(sweep.expire(retention_days=0))
    fields = DeidSettings.model_fields
    assert fields["deidentified_retention_days"].default == 3650
    with pytest.raises(ValueError):
        DeidSettings(deidentified_retention_days=0)
