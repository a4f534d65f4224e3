"""People signed before their credentials in dictated lower case ("ivo pa-c / le roux md") or after a
verb of doing a step ("read by dawn, RN") go, everyday words that are names included, while a
referral to a discipline ("f/u with pt / ot") names no one
(``core/text/english_credential_chains.py``); so do dotted initials a word of contacting reaches
("text Q.T. when ready"), a capitals given name before a found surname ("Petitioner: THUY
ETXEBERRIA") (``core/text/english_slot_name_joins.py``), and an e-mail address with accented
letters.

Every line of ``english_credential_chains_cases.txt`` was written for this test from general
knowledge of orthopaedic, therapy, pharmacy and patch-test sign-offs, pickup messages and court
forms (none comes from an evaluation set); ``«value»`` marks an identifier, ``‹value›`` a clinical
term that must stay.
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


@marked_cases(Path(__file__).parent / "english_credential_chains_cases.txt", "case", digits=2)
def test_people_before_credentials_go(notes: NoteDeidentifier, line: str) -> None:
    wrong, out = leftovers(notes, line)
    assert not wrong, (wrong, out)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Knee stiff. f/u with pt / ot next week.", "f/u with pt / ot"),
        ("Plan: pt / ot eval. seen by triage RN.", "seen by triage RN"),
        ("Consults. ortho pa-c / ortho md agree.", "ortho pa-c / ortho md"),
        ("Discussed. see md / np as needed.", "see md / np"),
        ("Reviewed by charge RN at 14:00.", "by charge RN"),
        ("If fever, call M.D. on call.", "call M.D."),
        ("Diagnosis: ACUTE APPENDICITIS", "ACUTE APPENDICITIS"),
    ],
)
def test_disciplines_before_credentials_stay(notes: NoteDeidentifier, text: str, kept: str) -> None:
    out = notes.deidentify(text, lang="en").text
    assert kept in out, out
