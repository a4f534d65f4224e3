"""People in a person's slot whose surname is also an eponym (``Provider notified: T. Cushing``,
``Dr. A. Apgar``, ``WITNE5S: CROHN, RN``, ``PAT1ENT: PAGET, ROSALIND``), while the eponymous
diseases and scores themselves stay.

Every line of ``slot_eponym_surnames_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"e" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "slot_eponym_surnames_cases.txt", "en", minimum=12
)
