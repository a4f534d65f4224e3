"""People written in registry, certificate-worksheet and log forms go: a caret-joined name
(``WALKER^HOLLY``), a maiden name's slot, a lower-case patient written surname first
(``Pt: da silva, maria``), a given name's everyday-word surname (``Frank Swift``), initials beside
the bracketed name they spell (``CV (Colm Vanterpool, RN)``), a found person's given name again
before what they did (``Bill performed``) and a nickname in quotes after "prefers"
(``core/text/english_record_name_forms.py``; a middle initial's full stop no sentence's end in
``english_plain_words_prec12.py``).

Every line of ``english_record_name_forms_cases.txt`` was written for this test from general
knowledge of cancer-registry exports, birth-certificate worksheets, tele-ICU logs, dialysis
training records and neuropsychological reports (none comes from an evaluation set); ``«value»``
marks an identifier, ``‹value›`` a clinical term that must stay.
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


@marked_cases(Path(__file__).parent / "english_record_name_forms_cases.txt", "case", digits=2)
def test_people_in_registry_and_log_forms_go(notes: NoteDeidentifier, line: str) -> None:
    wrong, out = leftovers(notes, line)
    assert not wrong, (wrong, out)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("OBX|2|ST|CBC^Complete blood count^L||see report", "CBC^Complete blood count^L"),
        ("Maiden name: same", "same"),
        ("Pt: alert, oriented x3", "alert, oriented"),
        ("pt: stable, afebrile.", "stable, afebrile"),
        ("Case discussed with the team (ICU) at 0800.", "(ICU)"),
        ("The MRI (brain) was normal; CT (chest) pending.", "CT (chest)"),
        ("Fluids were encouraged and the pump was primed.", "pump was primed"),
        ("Patient prefers 'Ensure Plus' shakes at night.", "shakes"),
        ("Pt prefers 'Tylenol' over ibuprofen.", "Tylenol"),
        ("rn aware of the ANC; charge rn called pharmacy.", "charge rn called pharmacy"),
        ("SEEN WITH BLAND DIET ORDERED.", "WITH"),
        ("Grant received in May for the clinic.", "received"),
    ],
)
def test_words_of_these_forms_that_name_no_one_stay(notes: NoteDeidentifier, text: str, kept: str) -> None:
    out = notes.deidentify(text, lang="en").text
    assert kept in out, out
