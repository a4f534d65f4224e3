"""A name right before the person's birth date with no label, in any case (``yvette kilpatrick
(DOB …``, ``Sunny Ashworth, DOB …``, a pipe row's ``Pt | Willow | DOB …``), not a word for a kind
of person (``Patient (DOB``, ``Infant girl, DOB``); staff initials before a bracketed credential
(``by QT (MA)``), not a unit's (``ICU (RN)``); ``DO`` alone in an eye wash's pH log is someone's
initials; a name after a title before a wide gap and the next field (``Surgeon: Dr. Halvorsen
Nurse:``) is no role's qualifier.

Every line of ``dob_names_credited_initials_cases.txt`` was written for this test (none comes from
an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "dob_names_credited_initials_cases.txt", "en", minimum=20
)
