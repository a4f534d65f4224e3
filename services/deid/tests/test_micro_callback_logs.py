"""Lower-case microbiology callback logs: the facility in the title's field (``callback log --
fernhill valley health -- 2021-03-19``), the reviewer of a sign-off line (``reviewed: okafor
(micro supervisor)``), the clinician called (``called to: ada castle pa``), a patient written
surname first (``pt french, ada``) and a prior isolate's month/day (``same organism, 1/2``) go;
the Gram stain's morphology (``gram-positive cocci in clusters``) stays.

Every line of ``micro_callback_logs_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"m" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "micro_callback_logs_cases.txt", "en", minimum=40
)
