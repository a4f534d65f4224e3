"""Seafarer medicals, ADHD telehealth transcripts and colposcopy letters: acuity fractions
(``6/12``, ``N8``) and scores out of a maximum (``inattentive 7/9``, ``Ishihara 11/17``) are no
dates; preparations named after their maker (``Lugol's iodine``, ``Monsel's paste``) stay; a
greeting is no part of a name (``Hi Ferris``), and a child spoken to in lower case (``hi ferris``),
labelling a line or beside a parent (``Jareth and mom agree``) goes; prose acronyms (``ASC-US``,
``LLETZ``), a dosed product (``Citanest Dental 2.2 ml``) and a role title (``Consultant
Colposcopist``) are no one.

Every line of ``english_spoken_acuity_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"r" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_spoken_acuity_cases.txt", "en", minimum=15
)
