"""``deid_escrow`` and ``deid_quarantine`` on SQLite and (when DATABASE_URL is set) PostgreSQL."""

from __future__ import annotations

import pytest

from medenclave_deid.adapters.outbound.sql_escrow_store import SqlEscrowStore, SqlQuarantineReviews
from medenclave_deid.adapters.outbound.sql_store import SqlStudyStore
from medenclave_deid.core.escrow import ESCROW_KEY_MISSING, EscrowEntry
from medenclave_deid.core.ports import DEIDENTIFIED, QUARANTINED, StudyOutcome
from medenclave_deid.core.quarantine import CaseAlreadyDecided, CaseNotFound, QuarantineCase


def test_escrow_store_replaces_by_pseudonym(engine):
    store = SqlEscrowStore(engine)
    assert store.get(pseudonym="PSN-1") is None
    store.put(entry=EscrowEntry(pseudonym="PSN-1", reason_code=ESCROW_KEY_MISSING))
    first = store.get(pseudonym="PSN-1")
    store.put(entry=EscrowEntry(pseudonym="PSN-1", sealed=b"MESC1" + b"\0" * 80, key_id="k"))
    entry = store.get(pseudonym="PSN-1")
    assert (entry.sealed[:5], entry.key_id, entry.reason_code) == (b"MESC1", "k", "")
    assert entry.created_at == first.created_at


def test_review_cases_release_and_reject(engine):
    records, reviews = SqlStudyStore(engine), SqlQuarantineReviews(engine)
    for ref in ("st-a", "st-b"):
        records.save(record=StudyOutcome(study_ref=ref, completion=1, state=QUARANTINED,
                                        reason_code="burned_in_text", published=True))
        reviews.open(case=QuarantineCase(study_ref=ref, completion=1,
                                         reason_code="burned_in_text",
                                         instance_refs=("in-1", "in-2"), modality="US"))
        reviews.open(case=QuarantineCase(study_ref=ref, completion=1, reason_code="other"))
    assert [(c.study_ref, c.reason_code, c.instance_refs, c.state) for c in reviews.list()] == [
        ("st-a", "burned_in_text", ("in-1", "in-2"), "PENDING"),
        ("st-b", "burned_in_text", ("in-1", "in-2"), "PENDING")]

    case = reviews.reject(study_ref="st-a", completion=1, reviewer="olga", reason="has text")
    assert (case.state, case.reviewer, case.review_reason) == ("REJECTED", "olga", "has text")
    with pytest.raises(CaseAlreadyDecided):
        reviews.reject(study_ref="st-a", completion=1, reviewer="olga", reason="again")
    with pytest.raises(CaseNotFound):
        reviews.reject(study_ref="st-x", completion=1, reviewer="olga", reason="?")

    released = StudyOutcome(study_ref="st-b", completion=1, state=DEIDENTIFIED,
                           pseudo_study_id="2.25.9", pseudo_patient_id="PSN-9",
                           instance_count=2, modality="US")
    case = reviews.release(record=released, reviewer="olga", reason="clean")
    assert case.state == "RELEASED"
    row = records.get(study_ref="st-b", completion=1)
    assert (row.state, row.pseudo_study_id, row.instance_count, row.published) == (
        DEIDENTIFIED, "2.25.9", 2, False)
    with pytest.raises(CaseAlreadyDecided):
        reviews.release(record=released, reviewer="olga", reason="twice")
    assert reviews.list() == []
    assert [c.state for c in reviews.list(include_decided=True)] == ["REJECTED", "RELEASED"]
    assert records.get(study_ref="st-a", completion=1).state == QUARANTINED
