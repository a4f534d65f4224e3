"""Staff whose surnames are also eponyms or plain words, in slots that make them people: an
initial and surname after a credential (``RRT RN T. Homans``), in a table's staff column
(``RN 2``, ``checked by``) and a lower-case sign line (``charge rn hope rivers``); the signs and
tests of those names (``Homans sign negative``) kept.

Every line of ``english_nurse_slots_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"n" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_nurse_slots_cases.txt", "en", minimum=12
)
