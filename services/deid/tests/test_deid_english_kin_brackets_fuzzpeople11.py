"""Relatives and staff named beside a kinship or role word go even where their names are everyday
words: a name in brackets after a kinship word (``aunt (june cruz)``), a name before a bracketed
kinship word after a cue (``Signed by bill jovanovic (guardian)``), a name before or after "pt's"
and a kinship word (``Patient's father, chidi price, was updated``), and a two-word lower-case
name right after a kinship or role word (``Pump trainer art silva``)
(``core/text/english_kin_brackets_fuzzpeople11.py``).

Every line of ``english_kin_brackets_fuzzpeople11_cases.txt`` was written for this test from
general knowledge of foster-care screens, asthma action plans, mammography recalls, insulin-pump
starts, partner-services interviews and operative notes (none comes from an evaluation set);
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


@marked_cases(Path(__file__).parent / "english_kin_brackets_fuzzpeople11_cases.txt", "case", digits=2)
def test_people_beside_kinship_words_go(notes: NoteDeidentifier, line: str) -> None:
    wrong, out = leftovers(notes, line)
    assert not wrong, (wrong, out)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Accompanied by mother (legal guardian) today", "(legal guardian)"),
        ("mother (deceased), father (HTN, DM)", "(deceased)"),
        ("Spoke with son (power of attorney) by phone", "(power of attorney)"),
        ("pt's husband will call back tomorrow", "will call back"),
        ("Patient's sister, may return later, was updated.", "may return"),
        ("Nurse educator reviewed pump settings", "reviewed pump settings"),
        ("Attending radiologist reviewed the films", "radiologist reviewed"),
        ("Lives with parents (both smokers)", "(both smokers)"),
        ("Pump trainer present for the start", "present"),
    ],
)
def test_words_beside_kinship_words_that_name_no_one_stay(notes: NoteDeidentifier, text: str,
                                                          kept: str) -> None:
    out = notes.deidentify(text, lang="en").text
    assert kept in out, out
