"""People in census rows, rounds logs and registry exports go whatever their case: a bed row's
``surname, given`` (``bed 2: fletcher, maeve (71)``), a given name after a discussion cue
(``camera check with orla:``), a contact in brackets before a phone or called at one, a registry's
name key (``NAME|OKPARA, MAPLE``), a particle before a found surname (``-- da Costa``)
(``core/text/english_census_names.py``), and a nickname that reported speech is about
(``said "Bax has been driving"``; ``core/text/english_speech_subjects.py``).

Every line of ``english_census_names_cases.txt`` was written for this test from general
knowledge of tele-ICU census logs, race medical-tent logs, registry extracts and driving
assessments (none comes from an evaluation set); ``«value»`` marks an identifier, ``‹value›`` a
clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"t" * 32


@marked_cases(Path(__file__).parent / "english_census_names_cases.txt", "case", digits=2)
def test_people_in_census_and_log_layouts_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("bed 4: stable, afebrile (38.1 earlier), on room air.", "stable, afebrile"),
        ("Case discussed with pharmacy: dose adjusted for renal function.", "with pharmacy:"),
        ("Plan d/w family, agrees with comfort care.", "d/w family"),
        ("Dose per protocol; called pharmacy at 0300.", "per protocol"),
        ("Pharmacy (Main, 555-201-3344) confirmed the order.", "Main"),
        ("Call Pharmacy at 555-201-3344 with questions.", "Pharmacy"),
        ("NAME|unknown\nMRN|12345678", "unknown"),
        ('She said "Mom has been taking it every night."', "Mom has"),
        ('He said "Nobody has asked me that before."', "Nobody"),
        ('Patient reports "Tylenol helps a little."', "Tylenol"),
        ("per nsgy: repeat CT in 6h; d/w ctsurg: OR tomorrow.", "per nsgy: repeat"),
        ("discussed with nephro re timing of CRRT.", "with nephro"),
        ("bed 1: empty, cleaned for next admission.", "empty, cleaned"),
        ("Hx: von Willebrand disease, on DDAVP.", "von Willebrand disease"),
        ('Aspirin continued; Ondansetron "won\'t be needed" per team.', "Ondansetron"),
    ],
)
def test_words_of_these_layouts_that_name_no_one_stay(en_notes, text: str, kept: str) -> None:
    en_notes.check(text, kept=[kept])
