"""Hospitals written in capitals and organ-and-field practices go; generic hospitals and
examination findings stay (``core/text/english_practices.py``).

Every line of ``english_practices_cases.txt`` was written for this test from general knowledge of
US letterheads and referrals (none comes from an evaluation set); ``«value»`` marks an
identifier, ``‹value›`` a clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text import NoteDeidentifier
from medenclave_deid.core.text.english_practices import find_practices
from medenclave_testing.marked_notes import leftovers, read_cases

_CASES = read_cases(Path(__file__).parent / "english_practices_cases.txt")


@pytest.fixture(scope="module")
def notes() -> NoteDeidentifier:
    return make_note_deidentifier(b"c" * 32)


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i:02d}" for i in range(len(_CASES))])
def test_capital_hospitals_and_practices_go(notes: NoteDeidentifier, line: str) -> None:
    wrong, out = leftovers(notes, line)
    assert not wrong, (wrong, out)


@pytest.mark.parametrize("text", ["Transferred to GENERAL HOSPITAL", "COMMUNITY HOSPITAL admission",
                                  "Normal Heart and Lung sounds", "Exam: Heart and Lungs clear",
                                  "EMERGENCY DEPARTMENT HOSPITAL course"])
def test_generic_hospitals_and_findings_stay(text: str) -> None:
    assert find_practices(text) == []
