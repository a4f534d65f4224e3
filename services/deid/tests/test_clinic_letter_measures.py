"""Measurements in clinic letters and telehealth transcripts that read as dates, ages or names:
a specimen's size (``11 x 9 x 5 mm``, where ``x`` is no Roman month), a duration in British
shorthand (``in 6/12``, ``for 3/7``, ``5/12 postpartum``), a score's total (``total 13/27``), a
lab value after a titled name (``Mr X was 126 mmol/L`` is no age) and a British clinical spelling
(``haemoglobin``) after a surname.

Every line of ``clinic_letter_measures_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"m" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "clinic_letter_measures_cases.txt", "en", minimum=12
)
