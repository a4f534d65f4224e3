"""ECG printouts that print several measurements on one row (``VENT RATE 59 BPM   PR 212 MS   QRS
148 MS   AXIS -47``): the whole row stays, though its number, capitals and short label read like a
street address; the patient, the staff and the site still go.

Every line of ``ecg_measurement_rows_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"e" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "ecg_measurement_rows_cases.txt", "en", minimum=20
)
