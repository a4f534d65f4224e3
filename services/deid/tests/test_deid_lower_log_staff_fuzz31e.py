"""Lower-case device logs: staff by login or first name after a credential and a slash or
"on shift", before a bracketed credential after a clock time or a dash, in a cell under a
credential; a children's clinic after @/at/( or before "of" its place. "np aware", "rn on shift
today" and a clinic's kind alone stay.

Every line of ``lower_log_staff_fuzz31e_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"q" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "lower_log_staff_fuzz31e_cases.txt", "en", minimum=10
)
