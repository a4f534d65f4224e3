"""Hospitals written in capitals and organ-and-field practices go; generic hospitals and
examination findings stay (``core/text/english_practices.py``).

Every line of ``english_practices_cases.txt`` was written for this test from general knowledge of
US letterheads and referrals (none comes from an evaluation set); ``«value»`` marks an
identifier, ``‹value›`` a clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.core.text.english_practices import find_practices
from medenclave_testing.marked_notes import marked_cases

SECRET = b"c" * 32


@marked_cases(Path(__file__).parent / "english_practices_cases.txt", "case", digits=2)
def test_capital_hospitals_and_practices_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize("text", ["Transferred to GENERAL HOSPITAL", "COMMUNITY HOSPITAL admission",
                                  "Normal Heart and Lung sounds", "Exam: Heart and Lungs clear",
                                  "EMERGENCY DEPARTMENT HOSPITAL course"])
def test_generic_hospitals_and_findings_stay(text: str) -> None:
    assert find_practices(text) == []
