"""The patient's name in the cell before a birth date or after a patient's label when written in
lower case or with an everyday word (``acute visit | juniper whitcombe | dob``, ``patient:
whitcombe, juniper``, ``pt juniper tallisker 34 yo f``) and its echoes (``juniper says``); an
employer in an employment cell in any case (``EMPLOYMENT<tab>BLUEWATER MARINE SUPPLY``,
``employer: eastfield public library``, ``Occupation/Employer<tab>forklift driver, GRANITE FALLS
TIRE``), never an answer that names no workplace (``UNEMPLOYED``, ``Home``, ``full time``) nor a
clinical value after a bare ``Work`` label.

Every line of ``patient_slot_employment_cells_cases.txt`` was written for this test (none comes
from an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "patient_slot_employment_cells_cases.txt", "en", minimum=20
)
