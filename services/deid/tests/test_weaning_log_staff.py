"""Respiratory therapists at the end of a ventilator weaning log's timed rows (a first name, a
surname or a log-in, maybe after "rt", "by" or a dash and before a remark), and a survey's or an
audit's taker as a log-in after "surveyor:", "auditor =" in an export's header lines.

Every line of ``weaning_log_staff_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"w" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "weaning_log_staff_cases.txt", "en", minimum=12
)
