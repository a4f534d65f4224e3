"""A pharmacy or supplier ticked in a checklist ("[x] Supplier: …") and a store number after its
name ("#3318", "Store 14"): the whole name goes.

Every line of ``english_checklist_facilities_cases.txt`` was written for this test (none comes
from an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import read_cases

SECRET = b"q" * 32
_CASES = read_cases(Path(__file__).parent / "english_checklist_facilities_cases.txt")


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i:03d}" for i in range(len(_CASES))])
def test_identifier_goes_and_clinical_words_stay(en_notes, line: str) -> None:
    en_notes.marked(line.replace("\\n", "\n"))


def test_cases_are_many_and_marked() -> None:
    assert len(_CASES) >= 5
