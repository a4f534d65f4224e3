"""The SQL stores on SQLite and (when DATABASE_URL is set) PostgreSQL."""

from __future__ import annotations

from medenclave_deid.adapters.outbound.sql_store import SqlPseudonymIndex, SqlStudyStore
from medenclave_deid.core.ports import DEIDENTIFIED, QUARANTINED, StudyOutcome


def test_study_records(engine):
    records = SqlStudyStore(engine)
    first = records.save(record=StudyOutcome(study_ref="st-a", completion=1, state=DEIDENTIFIED,
                                            pseudo_study_id="2.25.1", instance_count=2))
    again = records.save(record=StudyOutcome(study_ref="st-a", completion=1, state=QUARANTINED,
                                            reason_code="x"))
    assert again.state == DEIDENTIFIED and again.created_at == first.created_at
    records.save(record=StudyOutcome(study_ref="st-a", completion=2, state=QUARANTINED,
                                    reason_code="leak_guard:PatientID"))
    records.save(record=StudyOutcome(study_ref="st-b", completion=1, state=DEIDENTIFIED,
                                    pseudo_study_id="2.25.2", instance_count=1))
    assert not records.get(study_ref="st-a", completion=1).published
    records.mark_published(study_ref="st-a", completion=1)
    assert records.get(study_ref="st-a", completion=1).published
    assert [(r.study_ref, r.completion) for r in records.list(limit=1)] == [("st-a", 1),
                                                                             ("st-a", 2)]
    assert [r.study_ref for r in records.list(after="st-a")] == ["st-b"]
    assert [r.completion for r in records.by_pseudo_study(pseudo_study_id="2.25.1")] == [1]
    assert [(r.study_ref, r.reason_code) for r in records.quarantined()] == [
        ("st-a", "leak_guard:PatientID")]


def test_pseudonym_index_first_writer_wins(engine):
    index = SqlPseudonymIndex(engine)
    assert index.get(key="k1") is None
    assert index.put_if_absent(key="k1", pseudonym="PSN-000000000001") == "PSN-000000000001"
    assert index.put_if_absent(key="k1", pseudonym="PSN-000000000002") == "PSN-000000000001"
    assert index.get(key="k1") == "PSN-000000000001"
