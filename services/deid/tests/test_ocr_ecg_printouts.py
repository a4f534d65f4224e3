"""OCR'd upper-case ECG printouts: the measurement lines (``P-R-T AXES 45 12 38``, ``QRS DURAT10N
.... 96 MS``) are kept whole, and the site printed in capitals (``QUILLAN HEART INSTITUTE``,
``BRACKENRIDGE VALLEY HEALTH``) goes.

Every line of ``ocr_ecg_printouts_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"e" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "ocr_ecg_printouts_cases.txt", "en", minimum=12
)
