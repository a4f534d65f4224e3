"""Chinese patient and clinician names, hospitals and workplaces in document kinds seen little so
far: contact-tracing registers, refund slips, surgical safety checklists, pressure-injury and
adverse-drug-reaction reports, glucose charts, exported ward chat groups, lumbar-puncture records,
admission slips, work-injury certificates, severe-mental-illness follow-ups and nursing admission
assessments.

Every line of ``chinese_names_kinds_cases.txt`` was invented for this test from general knowledge of
such documents (none comes from an evaluation set): names alone in a table cell, after a role word
with or without a colon, in signature lines, beside times, as chat nicknames; compound surnames and
minority names; short hospital names, township clinics and small workplaces; and disease and
procedure words that look like names (阿尔茨海默病, 格林-巴利综合征) and must stay. ``«value»``
marks an identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"k" * 32


@marked_cases(Path(__file__).parent / "chinese_names_kinds_cases.txt", "case")
def test_names_and_places_go_and_terms_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)
