"""A line of Chinese fields, each a label and its value set apart by a space and the fields by
wider gaps (``术者 汪某某  助手 邱某  麻醉 薛医生``): no table's header, so its names are names, not
column labels; a padded header (``姓  名   性  别``) is still a header and its column's cells names.

Every line of ``field_line_staff_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "field_line_staff_cases.txt", "zh", minimum=20
)
