"""A Chinese duty log's nurse after any clock form (0219 晓岚叫我看12床), nurses in brackets after
their role, 小 and a junior's surname after a trainee's rank, plates with Latin letters after a
vehicle cue, and the operator column of a pipe table.

Every line of ``duty_log_calls_zh31f_cases.txt`` was invented for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"d" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "duty_log_calls_zh31f_cases.txt", "zh", minimum=18
)
