"""A pharmacy or supplier ticked in a checklist ("[x] Supplier: …") and a store number after its
name ("#3318", "Store 14"): the whole name goes.

Every line of ``english_checklist_facilities_cases.txt`` was written for this test (none comes
from an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"q" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_checklist_facilities_cases.txt", "en", minimum=5
)
