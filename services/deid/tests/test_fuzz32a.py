"""A paging export's people (a lower-case nurse's first name beside "call", "cb", a call-back
number or a credential and an extension; a patient's surname alone in capitals, an everyday or
unlisted word, pinned to the record number after it), a screener's note naming the patient before
the MRN, and an OCR'd implant card's physician after a misread label ("lmplanting Physlclan",
"D0ct0r", a misread "0r." title); a service after a physician's label and a number's own label
("Specimen #", "Order #") stay.

Every line of ``fuzz32a_cases.txt`` was written for this test (none comes from an evaluation
set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"w" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "fuzz32a_cases.txt", "en", minimum=12
)
