"""Names and places that words and letters hid: a staff slot's lone value (``Flight nurse: Obioma``,
``Sonographer: Shepherd``), an initialled signature above a role line, words with letters outside
Latin-1 beside a found name or place or after a name label (``Surname: Dvořák``, ``Ōtaki 5512``),
a state between a found town and its postcode (``Dubbo NSW 2830``), a found full name's given name
with a clinical ending said alone again; and a rating scale named by its eponym alone (``Teacher
Vanderbilt rating scale``) kept.

Every line of ``english_slot_letters_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"f" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_slot_letters_cases.txt", "en", minimum=12
)
