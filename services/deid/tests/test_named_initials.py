"""A named person's initials in a sign-off's slot: a CT-simulation set-up sheet names its
therapists once (``O. Blakemore (ob)``) and signs each check with the initials (``Set-up checked:
KH / ob``, ``-- OB``, ``Therapist sign-off ob``); routes, services and plain words that happen to
spell someone's initials stay where no one signs.

Every line of ``named_initials_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"n" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "named_initials_cases.txt", "en", minimum=20
)
