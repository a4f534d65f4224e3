"""A prescriber written as ``SURNAME, I`` right before a DEA or NPI number in PDMP reports and
fill histories (``FIELD, W      AF1234567``), whatever the surname's everyday sense.

Every line of ``english_prescriber_ids_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"p" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_prescriber_ids_cases.txt", "en", minimum=20
)
