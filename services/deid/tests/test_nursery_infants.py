"""A newborn's whole placeholder name in a nursery log ("Baby Boy Quennell", "HARROWGATE, BABY BOY",
"BB Vasquez-Orrin", "bb lowry" where the mother's name carries the surname), a charge nurse's or
reviewer's initials ("Charge RN: FQ"), and the circumcision devices kept (Gomco, Mogen,
Plastibell); "BB ordered", "Baby Boy delivered" and "BABY BOY CIRCUMCISION LOG" hold no one.

Every line of ``nursery_infants_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "nursery_infants_cases.txt", "en", minimum=20
)
