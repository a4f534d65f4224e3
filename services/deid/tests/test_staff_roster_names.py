"""Staff a set-up sheet lists (``Set-up team: E. Reading & A. LOCKHART``, ``therapist_2=Barley O``,
``radiation oncologist=Barley, Rufus``) even with town or everyday-word surnames and in capitals,
and their initials as a field's value (``MD review: OF``); anatomy after a side's letter and
radiotherapy words (fields, boost, IV) stay.

Every line of ``staff_roster_names_en_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"r" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "staff_roster_names_en_cases.txt", "en", minimum=20
)
