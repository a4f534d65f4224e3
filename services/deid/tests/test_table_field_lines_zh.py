"""A Chinese follow-up form's fields and prose below a dated table (``查体：VAS评分 6分``,
``本次随访腰围 94 cm，继续秋水仙碱 0.5mg bid。``) are no date cells; a Latin eponym before a
method written with 法 (``Simpson双平面法``) is no person; a padded name after a letter-spaced
label across a column gap (``护　　士  蒯 晓冬``) is a name, a letter-spaced title is not.

Every line of ``table_field_lines_zh_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "table_field_lines_zh_cases.txt", "zh", minimum=20
)
