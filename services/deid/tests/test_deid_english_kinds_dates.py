"""English dates, ages over 89 and kept measurements in document kinds the development sets hold
little of (``english_kinds_dates_cases.txt``): transfusion-reaction timelines, remote pacemaker
transmission reports, EBUS reports, lactation and concussion visits, diver medicals, drug-recall
and jury-excusal letters, hospice elections and anticoagulation bridging plans.

Every line was written for this test from general knowledge of US notes (none comes from an
evaluation set); ``«value»`` marks an identifier that must go, ``‹value›`` a term that must stay.
Decisions the lines record: a product's month/year expiration (``expiration 06/2025``) is no date
more specific than a month of the patient's and is not marked; device parameters, scores and
percentages stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"k" * 32


@marked_cases(Path(__file__).parent / "english_kinds_dates_cases.txt", "kind")
def test_identifiers_go_and_terms_stay(en_notes, line: str) -> None:
    en_notes.marked(line)
