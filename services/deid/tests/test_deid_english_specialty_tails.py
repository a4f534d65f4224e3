"""Specialties beside clinicians' names, aircraft tail numbers, lower-case hospital names and the
scores of eponyms (Aldrete, Tinel, Phalen) in tumor-board summaries, PACU records, burn
flowsheets, EMG reports, exposure letters and after-hours call notes.

Every line of ``english_specialty_tails_cases.txt`` was written for this test from general
knowledge of such documents (none comes from an evaluation set). ``«value»`` must go,
``‹value›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import MARK, marked_cases, read_cases

SECRET = b"a" * 32
_CASES_FILE = Path(__file__).parent / "english_specialty_tails_cases.txt"
_CASES = read_cases(_CASES_FILE)


@marked_cases(_CASES_FILE, "case")
def test_identifier_goes_and_clinical_words_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_cases_are_many_and_marked() -> None:
    assert len(_CASES) >= 20
    assert all(MARK.search(line) for line in _CASES)
