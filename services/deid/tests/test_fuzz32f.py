"""ED medication-reconciliation bottle labels and DICOM header dumps: a pharmacy whose name ends
in a store word (``DRUGSTORE``, ``DRUG CO.``, ``PHARMACY OF <town>``) or carries a store number
alone (``<NAME> #4412``), before its telephone (after a label such as ``Filled at``, with a store
number, an address's lines or a bar between) or after it on the same line; a prescriber after an
OCR'd ``M0:`` label or before the DEA number; and, in a header dump, hyphen-joined eponyms
(``Budd-Chiari``) in a describing element (``Code Meaning`` too), elements written by keyword
alone (``StudyDescription:``; a ``^``-joined ``…Name:`` value is a person's) or with ``0x``
tags, while a double-barrelled surname after ``Dr.`` goes.

Every line of ``fuzz32f_cases.txt`` was written for this test (none comes from an evaluation
set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"w" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "fuzz32f_cases.txt", "en", minimum=12
)
