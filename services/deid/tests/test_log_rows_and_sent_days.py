"""A log's rows that open with their row number (``#1 | 4/12 06:15 | 4/14 | … | QV``): the days in
its cells and the nurse who signs each row; a treatment's ``Modality``; a day after a report or a
release sent on its way (``Reported to state newborn screening program 7/3``, ``Body released
9/14``); initials that sign a record off (``Documented by HR``, not ``confirmed by CT``); an
employer after ``Usual occupation / employer:`` and a job; a lower-case name in a table's ``name``
cell; a threshold's number (``TMP > 250``) that is no ZIP code.

Every line of ``log_rows_and_sent_days_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"t" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "log_rows_and_sent_days_cases.txt", "en", minimum=20
)
