"""Initials of a second person in a staff field's list: ``Therapists: L. Brannigan / IO`` names
one therapist and signs the other with initials no other line explains; credentials (``RN``),
modalities (``CT / MRI``) and small words after a staff label stay.

Every line of ``staff_list_initials_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"t" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "staff_list_initials_cases.txt", "en", minimum=20
)
