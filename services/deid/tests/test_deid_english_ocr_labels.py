"""Values after an OCR'd form's misread labels: an age over 89 after ``Agc:``, ``Aqe:``, ``A9e/Sex:``,
``4ge:``, a birth date (its digits perhaps misread too) after ``D0B:``, ``DO8:``; ``AGC`` (the
cytology finding) and an age under 90 stay.

Every line of ``english_ocr_labels_cases.txt`` was written for this test (none comes from an evaluation
set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"f" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_ocr_labels_cases.txt", "en", minimum=7
)
