"""Units the older finders miss: a delivery platform's station in any field or sentence, a Latin-named or
foreign-mission employer in a unit field, and dental laboratories by more kinds and placements.

Every line of ``chinese_platform_units_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"d" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "chinese_platform_units_cases.txt", "zh", minimum=20
)
