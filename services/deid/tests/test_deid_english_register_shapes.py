"""Ages over 89 after "now", "turned", "at" or in a sex-and-age cell; streets as county reports,
registry exports and race-day logs write them; record numbers of letters only or a few digits after
a record label or under a number column; "Month of Year", dotted and day/month dates (invented by
generation for no evaluation set).

Every line of ``english_register_shapes_cases.txt`` was written for this test (none comes
from an evaluation set). ``«value»`` must go, ``‹value›`` must stay: measures after "now", scores,
rooms, a record label's everyday answer ("PENDING") stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import MARK, read_cases

SECRET = b"a" * 32
_CASES = read_cases(Path(__file__).parent / "english_register_shapes_cases.txt")


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i:03d}" for i in range(len(_CASES))])
def test_identifier_goes_and_clinical_words_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_cases_are_many_and_marked() -> None:
    assert len(_CASES) >= 45
    assert all(MARK.search(line) for line in _CASES)
