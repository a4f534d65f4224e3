"""A ventilator weaning log's respiratory therapist in any cell of its timed rows (first after the
time, between settings, last, in brackets, after ``rt:``, ``by``, ``per`` or ``--``), as a name or a
log-in, rows in bars, tabs, spaces, dashes or commas, and the intensivist after a role word.

Every line of ``english_weaning_rows_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"w" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_weaning_rows_cases.txt", "en", minimum=12
)
