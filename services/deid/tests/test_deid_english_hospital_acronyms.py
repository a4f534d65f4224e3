"""Bare hospital acronyms in a place's slot, names with a hyphenated campus
(``english_hospital_acronym_slots.py``), month/days after a documentation verb, employers after a
qualified label (``english_documentation_marks.py``), and a label's dot before a dotted leader
(``english_dotted_leaders.py``).

Every line of the ``*_cases.txt`` files read here was written for this test from general
knowledge of hospital letterheads, immigration and aviation medical forms and dictated notes (none
comes from an evaluation set); ``«value»`` marks an identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.core.text.english_documentation_marks import find_documentation_dates
from medenclave_deid.core.text.english_dotted_leaders import colon_leaders
from medenclave_deid.core.text.english_hospital_acronym_slots import find_hospital_acronyms
from medenclave_testing.marked_notes import marked_cases

SECRET = b"h" * 32
_HERE = Path(__file__).parent


@marked_cases(_HERE / "english_hospital_acronyms_cases.txt", "case", digits=2)
def test_hospital_acronyms_and_campus_names_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(_HERE / "english_documentation_marks_cases.txt", "case", digits=2)
def test_documentation_dates_employers_and_leader_ids_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize("text", ["CBC\nWBC 7.2", "PMH\nHTN", "seen at CMC clinic? no", "BMP at 0600"])
def test_clinical_acronyms_are_no_hospital(text: str) -> None:
    assert find_hospital_acronyms(text, lambda w: False) == []


def test_a_dose_fraction_is_no_date() -> None:
    assert find_documentation_dates("Given 1/2 amp of D50, seen 3/4 of the way.") == []


def test_a_label_keeps_its_dot_before_the_leader() -> None:
    assert colon_leaders("Ref no. ..... X12") == "Ref no.:      X12"
