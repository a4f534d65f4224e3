"""Given names that are everyday or unlisted words after a title, before a found surname or after
a companion's role (``Dr Primrose Okonkwo``, ``interpreter Primrose (Amharic)``, ``escort (Hope)``),
a surname's ``de los`` particles after an initial, a register's number (``MCNZ 40217``), a device's
serial after its noun (``CGM receiver 7HQW2LX9PT``); analytes with type numbers (``HIV-1/2``) and a
role's qualifier (``Ringside physician:``) stay.

Every line of ``english_word_given_names_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"w" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_word_given_names_cases.txt", "en", minimum=12
)
