"""A bedside therapy's log typed one event per bar-separated row with no header: the month/day
that opens each row (``1/4 | 0600 | circuit change | JT``) even where it reads like a fraction,
and the nurse's initials or first name that close it; the therapy's own words (``CVVHDF``,
``post-filter iCa``, ``Prismasol``) stay, and so do a strength table's fractions and last cells
that name no one (``clotted``, ``N/A``).

Every line of ``crrt_log_rows_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "crrt_log_rows_cases.txt", "en", minimum=20
)
