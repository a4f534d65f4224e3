"""Home infusion logs and stimulator-trial diaries: a lab method named for a town (``Bethesda
inhibitor assay``, ``Nijmegen-Bethesda units``, ``The Bethesda System``), a factor level's timing
word at a sentence's start (``Trough FVIII activity``), a kinship word in an initials column
(``mom``), a label word after a kinship word (``Caregiver infuser:``), a diary's month/day after
its day number (``Day 3 5/3:``), the employer after "injured at" on a workers' compensation line,
and a device rep whose surname is an eponym's or a drug's.

Every line of ``infusion_logs_diaries_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"i" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "infusion_logs_diaries_cases.txt", "en", minimum=18
)
