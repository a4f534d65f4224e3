"""Staff named by the slot they fill go, in any case and whatever word the name also is: a
speaker before a credential, the last word after a logged act and ``by``, a role's label, a name
before a bracketed role, a sign-off's name with a middle initial, a column of whom someone told
or paged; a unit's word before a credential, a ticked column and ``by mouth`` stay
(``core/text/english_staff_mentions.py``, ``delimited_columns.py``).

Every line of ``english_staff_slots_cases.txt`` was written for this test from general knowledge
of telemetry logs, send-out manifests, text-message threads and letters (none comes from an
evaluation set); ``«value»`` marks an identifier, ``‹value›`` a clinical term that must stay.
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


@marked_cases(Path(__file__).parent / "english_staff_slots_cases.txt", "case", digits=2)
def test_staff_in_their_slots_go(notes: NoteDeidentifier, line: str) -> None:
    wrong, out = leftovers(notes, line)
    assert not wrong, (wrong, out)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("[3/1 07:00] charge RN: aware of the ‹potassium›", "charge RN"),
        ("Medication given by mouth", "by mouth"),
        ("Order entered by mistake", "by mistake"),
        ("Interpreter: Spanish. Consent signed.", "Spanish"),
        ("RN: Aware.", "Aware"),
        ("| time | event | MD notified |\n|---|---|---|\n| 03:00 | fever | Y |", "| Y |"),
        ("Dose checked by pharmacy", "by pharmacy"),
        ("Milk processed by creamatocrit; fat 6%", "by creamatocrit"),
    ],
)
def test_words_in_the_slots_that_name_no_one_stay(notes: NoteDeidentifier, text: str, kept: str) -> None:
    out = notes.deidentify(text.replace("‹", "").replace("›", ""), lang="en").text
    assert kept in out, out
