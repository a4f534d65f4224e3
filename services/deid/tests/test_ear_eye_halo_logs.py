"""An ENT clinic's ear-irrigation note, a glaucoma clinic's field and pressure log and a halo vest's
pin-care record: a medical assistant's initials after ``MA`` with no colon (``Irrigated by MA HJ``),
before a credential (``QV, CMA``, ``ZP (MA)``) and again after ``Verified``; an eye clinic's
eponymous instruments and terms (``Perkins tonometer``, ``Tono-Pen``, ``Koeppe lens``, ``SITA
Standard``, ``Van Herick``); the month/days opening untimed rows signed after a dotted leader
(``6/2 ant pins clean/dry ... RT``), where score rows (``4/5 deltoid``) stay.

Every line of ``ear_eye_halo_logs_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "ear_eye_halo_logs_cases.txt", "en", minimum=20
)
