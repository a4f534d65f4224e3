"""Specialties beside clinicians' names, aircraft tail numbers, lower-case hospital names and the
scores of eponyms (Aldrete, Tinel, Phalen) in tumor-board summaries, PACU records, burn
flowsheets, EMG reports, exposure letters and after-hours call notes.

Every line of ``english_specialty_tails_cases.txt`` was written for this test from general
knowledge of such documents (none comes from an evaluation set). ``«value»`` must go,
``‹value›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"a" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_specialty_tails_cases.txt", "en", minimum=20, every_line_marked=True
)
