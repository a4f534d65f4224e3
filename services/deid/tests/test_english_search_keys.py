"""A registry query's name keys (``last=PEMBROKE first=DALLAS``, ``lname=winters``): the value is
the person's name even where it is a town, a month or a plain word; other keys' values
(``route=IV``, ``L=left``) and placeholders stay.

Every line of ``english_search_keys_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"k" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_search_keys_cases.txt", "en", minimum=12
)
