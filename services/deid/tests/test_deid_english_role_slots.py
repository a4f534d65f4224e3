"""People named by the slot they fill go in any case, and a labelled patient's later mentions
with them: a staff role's label (``Fellow:``, ``Sedation RN:``, ``Perfusionist:``) before an
initial and a surname or a lower-case name, a patient's label (``Student-athlete:``, ``Juror:``,
``Claimant:``), a letter's signature after a valediction and a blank line, a signed line before a
phone, dotted initials after ``Pt``, a speaker's own lower-case name, a found given name's short
form; the words those slots hold when they name no one stay
(``core/text/english_role_slots.py``, ``table_columns.py``).

Every line of ``english_role_slots_cases.txt`` was written for this test from general knowledge
of procedure reports, transfusion work-ups, letters, voicemail transcripts and sports-medicine
forms (none comes from an evaluation set); ``«value»`` marks an identifier, ``‹value›`` a
clinical term that must stay.
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


@marked_cases(Path(__file__).parent / "english_role_slots_cases.txt", "case", digits=2)
def test_people_in_their_slots_go(notes: NoteDeidentifier, line: str) -> None:
    wrong, out = leftovers(notes, line)
    assert not wrong, (wrong, out)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Anesthesia: general endotracheal", "general endotracheal"),
        ("Interpreter: Spanish speaking. Consent signed.", "Spanish speaking"),
        ("Coach: aware of plan", "aware of plan"),
        ("Sincerely,\n\nThe Cardiology Team", "The Cardiology Team"),
        ("Pt (DNR) comfortable overnight", "(DNR)"),
        ("hi this is about the refill of my lisinopril", "this is about"),
        ("Member: none on file", "none on file"),
        ("Fellow: not present", "not present"),
    ],
)
def test_words_in_the_slots_that_name_no_one_stay(notes: NoteDeidentifier, text: str, kept: str) -> None:
    out = notes.deidentify(text, lang="en").text
    assert kept in out, out
