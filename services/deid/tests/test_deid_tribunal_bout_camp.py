"""Tribunal and court reports, sports commissions' pre-bout medicals and camp health forms: a
matter's, a proceeding's or an appeal's number whatever its shape (``MH23/40917``,
``KD/55012/2023``, ``S ECI 2022 31844``), the employer of a labelled day job, a fighter's ring
name in its own field or in quotes between the first name and the surname, the name before a
tabbed label, a camp's arrival and session dates, a vaccine's year written alone, the last four
digits of a Social Security number; the pre-fight studies (``urine drug screen``, ``Hepatitis C
antibody``, ``Dilated fundus exam``) and a device's maker before its model stay.

Every line of ``english_tribunal_bout_camp_cases.txt`` was written for this test (none comes from
an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"t" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_tribunal_bout_camp_cases.txt", "en", minimum=20
)
