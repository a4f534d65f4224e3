"""People named by a role's slot in lower case or by a user id go: a role's label and its value,
an act's ``by`` label and a user id, a role before an initial and a surname, two lower-case words
before a credential, a label asking for initials, a crew's list and a user id in brackets after a
name; a slot's clinical or no-one value stays (``core/text/english_role_values.py``).

Every line of ``english_role_values_cases.txt`` was written for this test from general knowledge
of accountability logs, access audits, crew sheets, screening forms and team conferences (none
comes from an evaluation set); ``«value»`` marks an identifier, ``‹value›`` a clinical term that
must stay.
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


@marked_cases(Path(__file__).parent / "english_role_values_cases.txt", "case", digits=2)
def test_people_in_role_slots_go(notes: NoteDeidentifier, line: str) -> None:
    wrong, out = leftovers(notes, line)
    assert not wrong, (wrong, out)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("PT: amb 150 ft CGA with RW", "amb 150 ft"),
        ("SLP: regular diet thin liquids", "regular diet"),
        ("Referred to: cardiology", "cardiology"),
        ("Nurse: aware", "aware"),
        ("Officer: on scene", "on scene"),
        ("Case manager: to follow", "to follow"),
        ("Supervisor: notified", "notified"),
        ("Employee: full-time", "full-time"),
        ("Staff present: charge RN, house supervisor", "house supervisor"),
        ("Witness: patient's wife", "patient's wife"),
    ],
)
def test_slot_values_that_name_no_one_stay(notes: NoteDeidentifier, text: str, kept: str) -> None:
    out = notes.deidentify(text, lang="en").text
    assert kept in out, out
