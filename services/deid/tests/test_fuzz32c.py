"""A pydicom-style DICOM header dump (instance UIDs of ``UI`` elements and ``… Instance UID:``
labels, ``PN`` values in capitals, eponyms in a study's description kept in capitals or in
quotes, the element's keyword and value representation no one's), a FHIR Patient exported as XML
(``<state value="OK"/>``, an address's ``<line>`` elements, ``<family>`` / ``<given>`` values, the
interface user closing the export's comment) and an ED reconciliation's OCR'd prescription-bottle
labels (the dispensing pharmacy before its telephone number, the prescriber by initial in a slot
whose ``D`` OCR read as ``0``).

Every line of ``fuzz32c_cases.txt`` was written for this test (none comes from an evaluation
set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"w" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "fuzz32c_cases.txt", "en", minimum=12
)
