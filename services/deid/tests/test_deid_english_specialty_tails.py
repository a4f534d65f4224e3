"""Specialties beside clinicians' names, aircraft tail numbers, lower-case hospital names and the
scores of eponyms (Aldrete, Tinel, Phalen) in tumor-board summaries, PACU records, burn
flowsheets, EMG reports, exposure letters and after-hours call notes.

Every line of ``english_specialty_tails_cases.txt`` was written for this test from general
knowledge of such documents (none comes from an evaluation set). ``«value»`` must go,
``‹value›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import MARK, read_cases

SECRET = b"a" * 32
_CASES = read_cases(Path(__file__).parent / "english_specialty_tails_cases.txt")


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i:03d}" for i in range(len(_CASES))])
def test_identifier_goes_and_clinical_words_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_cases_are_many_and_marked() -> None:
    assert len(_CASES) >= 20
    assert all(MARK.search(line) for line in _CASES)
