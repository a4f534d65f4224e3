"""A pre-MRI implant card's uploader log-in (``Uploaded by jdoe on <date>``, ``uploader: j.doe |``)
and its patient after an OCR'd label with no colon or on the next line; an overnight page log's
nurses signing off before a call-back number (a unit, a role or a ``1-`` prefix between), patients
before a hyphen-grouped MRN and the exporter after ``Export:`` on a host's line; a tissue log's
custodian; an implant's ``MR-conditional`` stays.

Every line of ``fuzz32e_cases.txt`` was written for this test (none comes from an evaluation set):
``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"e" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "fuzz32e_cases.txt", "en", minimum=12
)
