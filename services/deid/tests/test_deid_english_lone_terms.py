"""Eponyms written alone (``Sjögren's``, ``Hurler.``, ``Kessler 10``), stain lists with their
acronyms (``PAS-D, Grocott``), clinical words found alone as names (``Orthostasis``), scale
results written as fractions (``FAQ 9/30``, ``Eating 6/7``) and labels across a form's wide gap
(``Dr. Ada Lind   Fellow:``): the terms stay, the people and the dates go.

Every line of ``english_lone_terms_cases.txt`` was invented for this test (none comes from an
evaluation set). ``«value»`` marks an identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"k" * 32


@marked_cases(Path(__file__).parent / "english_lone_terms_cases.txt", "en")
def test_lone_terms_stay_and_identifiers_go(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_label_after_wide_gap_is_not_part_of_the_name(notes) -> None:
    text = "Attending: Dr. Baltasar Whitmore   Fellow: Dr. Ysolde Prenderby"
    out = notes.deidentify(text, lang="en").text
    assert "Fellow:" in out and "Whitmore" not in out
