"""Names written bare in narrative documents go: a first name opening a sentence before a verb
only a person does ("Steven spoke with the family"), a possessive before a relative
("Kendrick's mother"), an officer's surname before the badge number, a given name in lower case
after a word that takes a person ("per jenna") (``core/text/english_judge_cues.py``,
``english_records.drop_identifier_labels``). Passive forms ("Labs reviewed"), a role's
possessive ("Patient's mother") and everyday words in lower case stay.

Every line of ``english_bare_names_cases.txt`` was written for this test from general knowledge of
family letters, incident narratives, handovers and waitlists (none comes from an evaluation set);
``«value»`` marks an identifier, ``‹value›`` a clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"n" * 32


@marked_cases(Path(__file__).parent / "english_bare_names_cases.txt", "case", digits=2)
def test_bare_names_in_narratives_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize(
    "text",
    [
        "Labs reviewed with patient.",
        "Case discussed with the attending.",
        "Images reviewed.",
        "Plan discussed with family at bedside.",
        "Patient's mother at bedside.",
        "Baby's father called the unit.",
        "They agree with comfort care.",
        "Started with mercy rule.",
        "Wound assessed, dressing changed.",
        "Family updated by phone.",
        "Talk to your doctor about it.",
        "Tell the doctor right away.",
        "Discuss with your doctor before deciding.",
    ],
)
def test_passive_forms_roles_and_everyday_words_stay(en_notes, text: str) -> None:
    assert en_notes.text(text) == text
