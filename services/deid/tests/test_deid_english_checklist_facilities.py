"""A pharmacy or supplier ticked in a checklist ("[x] Supplier: …") and a store number after its
name ("#3318", "Store 14"): the whole name goes.

Every line of ``english_checklist_facilities_cases.txt`` was written for this test (none comes
from an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases, read_cases

SECRET = b"q" * 32
_CASES_FILE = Path(__file__).parent / "english_checklist_facilities_cases.txt"
_CASES = read_cases(_CASES_FILE)


@marked_cases(_CASES_FILE, "case")
def test_identifier_goes_and_clinical_words_stay(en_notes, line: str) -> None:
    en_notes.marked(line.replace("\\n", "\n"))


def test_cases_are_many_and_marked() -> None:
    assert len(_CASES) >= 5
