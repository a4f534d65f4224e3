"""Record numbers after record labels in every shape, and facilities named in capital letterheads,
for their service or after "Center at" (invented by generation for no evaluation set).

Every line of ``english_record_labels_fuzzids11_cases.txt`` was written for this test (none comes
from an evaluation set). ``«value»`` must go, ``‹value›`` must stay: a label's value in dotted,
spaced, slashed, year-first, letter-prefixed or check-letter shape goes; doses, counts, lot and
catalogue numbers, codes, dates and rooms stay; an allergy is no practice's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import MARK, read_cases

SECRET = b"a" * 32
_CASES = read_cases(Path(__file__).parent / "english_record_labels_fuzzids11_cases.txt")


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i:03d}" for i in range(len(_CASES))])
def test_identifier_goes_and_clinical_words_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_cases_are_many_and_marked() -> None:
    assert len(_CASES) >= 40
    assert all(MARK.search(line) for line in _CASES)
