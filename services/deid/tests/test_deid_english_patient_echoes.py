"""A named person's shorter forms and names given as answers go: their initials standing for them
(``DK verbalized understanding``; an initial pair that is also a clinical abbreviation or a state
code only where it stands for a person: ``MI denies dyspnea``, not ``h/o MI``), a word of their
name in lower case after a self-introduction (``"I'm rashad"``), the answer to a question asking
for a name (``Q: Your full name?⏎A: ada lind, ...``) and a lower-case name in brackets after a
research subject's or a case's number (``participant 22-0147 (ada lind)``)
(``core/text/english_name_echoes.py``, ``english_qa_answers.py``).

Every line of ``english_patient_echoes_cases.txt`` was written for this test from general
knowledge of clinic notes, phone interviews and trial files (none comes from an evaluation set);
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


@marked_cases(Path(__file__).parent / "english_patient_echoes_cases.txt", "case", digits=2)
def test_named_people_echoes_go(notes: NoteDeidentifier, line: str) -> None:
    wrong, out = leftovers(notes, line)
    assert not wrong, (wrong, out)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Patient: William Dunne\nGeneral: WD/WN male in no distress.", "WD/WN"),
        ("Patient: Mark Irwin\nHistory of MI in 2015; no ID issues.", "History of MI"),
        ("Patient: Mark Irwin\nHistory of MI in 2015; no ID issues.", "no ID issues"),
        ("Patient: Ida Dorn\nPatient ID: 449120\nSeen today.", "Patient ID:"),
        ("Chaplain and SW to visit. Attending of record: Dr. S. Whitcombe.", "SW to visit"),
        ("Subject 114-220 (screen failure) was not randomized.", "(screen failure)"),
        ("Participant 0042 (withdrawn) completed no visits.", "(withdrawn)"),
        ("pt #4 (placebo arm) had nausea.", "(placebo arm)"),
        ("Case 17 (left knee) healed.", "(left knee)"),
        ("Q: Can you confirm your name and date of birth?\nA: I don't know.", "I don't know"),
        ("Q: What is the name of your pharmacy?\nA: the one on Main.", "the one on"),
        ("Q: Who is your emergency contact?\nA: nobody right now.", "nobody right now"),
        ("Patient: Grace Young\nShe said \"I'm young, I don't need that.\"", "I'm young"),
    ],
)
def test_what_names_no_one_stays(notes: NoteDeidentifier, text: str, kept: str) -> None:
    out = notes.deidentify(text, lang="en").text
    assert kept in out, out
