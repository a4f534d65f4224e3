"""People written in lower case, or in capitals without a comma, in a slot that can hold nothing but
a name go, everyday words that are names included: a speaker label before a quote whose person
the note names elsewhere (``  grant: "I was ..."``), a role heading's dash
(``COUNSELOR WORKSHEET - frank``), a role noun in brackets (``(circulator ottilie)``), a pipe
table's name column (``| kasimir |``), and a surname the note proves
(``core/text/english_lower_name_slots.py``).

Every line of ``english_lower_name_slots_cases.txt`` was written for this test from general
knowledge of controlled-substance waste reviews, financial-assistance worksheets, implant logs,
partner-services tables and immigration examinations (none comes from an evaluation set);
``«value»`` marks an identifier, ``‹value›`` a clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text import NoteDeidentifier
from medenclave_testing.marked_notes import leftovers, marked_cases


@pytest.fixture(scope="module")
def notes() -> NoteDeidentifier:
    return make_note_deidentifier(b"t" * 32)


@marked_cases(Path(__file__).parent / "english_lower_name_slots_cases.txt", "case", digits=2)
def test_people_in_name_slots_go(notes: NoteDeidentifier, line: str) -> None:
    wrong, out = leftovers(notes, line)
    assert not wrong, (wrong, out)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('Statements:\n  summary: "no drug missing"', "summary:"),
        ('Review:\n  note: "count correct at 1900"', "note:"),
        ('Statements:\n  grant: "applied for the fund"', "grant:"),
        ("COUNSELOR WORKSHEET - draft\nHousehold size 3.", "WORKSHEET - draft"),
        ("NURSE NOTE - addendum\nPain 2/10.", "NOTE - addendum"),
        ("IMPLANT LOG (circulator present)\nitem | REF", "(circulator present)"),
        ("Sponge count correct (scrub aware)", "(scrub aware)"),
        ("#  | name / alias | contact\n1  | unknown | none given", "| unknown |"),
        ("| test name | result |\n| glucose | 104 |", "| glucose |"),
        ("Diagnosis: ACUTE APPENDICITIS", "ACUTE APPENDICITIS"),
    ],
)
def test_words_in_name_slots_that_name_no_one_stay(notes: NoteDeidentifier, text: str, kept: str) -> None:
    out = notes.deidentify(text, lang="en").text
    assert kept in out, out
