"""Employers after a work cue written in lower case or capitals (``injured at work (marsh creek
roofing co.)``, ``EMPLOYER: QUILLMORE PRINTING``) and staff named by one lower-case word after
their role (``rn: achterlund``, ``lab tech ezekiel at 14:20``, ``closed by gallagher``).

Every line of ``english_cued_employers_role_words_cases.txt`` was invented for this test (none
comes from an evaluation set). ``«value»`` marks an identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"q" * 32


@marked_cases(Path(__file__).parent / "english_cued_employers_role_words_cases.txt", "case")
def test_cued_employers_and_role_words(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize(
    "note",
    [
        "works at a local bakery.",
        "employer: self",
        "injured at work (fell from a ladder).",
        "Works at night as a warehouse picker.",
    ],
)
def test_no_employer_here(note: str) -> None:
    from medenclave_deid.core.text.english_cued_employers import find_cued_employers

    assert find_cued_employers(note) == []
