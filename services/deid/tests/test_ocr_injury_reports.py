"""An OCR'd upper-case first report of injury: its misread labels read back (``EMPL0YER:``,
``L0CAT10N:``), numbered items (``8. NAME OF EMPLOYER....``), ``HOSPITAL/CLINIC:``, the town of
a crash narrative (``ON HWY 12 NEAR ELLENSBURG``) and the treating facility named again in the
narrative; ``NEAR SYNCOPE``, ``OUTSIDE WALL`` and clinical words stay.

Every line of ``ocr_injury_reports_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"o" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "ocr_injury_reports_cases.txt", "en", minimum=14
)
