"""Month/day dates between a log line's separators with a sign-off, race and event numbers, streets in
an incident report's place slot or named alone after a route's word, letters-only passport numbers,
ages over 89 in brackets after a listed person or after a KEY|value age key, and a tendon's
eponym in a table cell kept (invented by generation for no evaluation set).

Every line of ``english_log_lines_cases.txt`` was written for this test (none comes from an
evaluation set). ``«value»`` must go, ``‹value›`` must stay: scores, strengths, fractions, doses,
a distance after "race", a court of law, a lab's bracketed value stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import MARK, read_cases

SECRET = b"a" * 32
_CASES = read_cases(Path(__file__).parent / "english_log_lines_cases.txt")


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i:03d}" for i in range(len(_CASES))])
def test_identifier_goes_and_clinical_words_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_cases_are_many_and_marked() -> None:
    assert len(_CASES) >= 40
    assert all(MARK.search(line) for line in _CASES)
