"""Nicknames and word-names beside a surname or a role, ``Initials`` fields, dotted short dates
after more cues, in parentheses or before a clock time, and the particle a surname opens with
(``core/text/vocabulary.COMMON_WORD_NAMES``, ``english_signoffs.py``, ``dates.py``,
``english_names._leading_particles``).

Every line of ``english_leftovers_cases.txt`` was written for this test from general knowledge of
billing, hospice, research and dictated notes (none comes from an evaluation set); ``«value»``
marks an identifier, ``‹value›`` a clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.core.text.dates import partial_dates
from medenclave_deid.core.text.english_signoffs import find_signoffs_and_name_parts
from medenclave_testing.marked_notes import marked_cases

SECRET = b"c" * 32


@marked_cases(Path(__file__).parent / "english_leftovers_cases.txt", "case", digits=2)
def test_leftover_names_initials_and_dates_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize("text", ["Chip fracture of the left radius.", "Ginger tea for nausea.",
                                  "Rocky course after surgery.", "Royal jelly allergy noted.",
                                  "River water exposure, no rash."])
def test_word_names_stay_words_without_a_name_context(en_notes, text: str) -> None:
    en_notes.check(text, kept=[text.split()[0]])


@pytest.mark.parametrize("text", ["Initials of the team on the form.", "Use initials only."])
def test_an_initials_field_needs_capitals(text: str) -> None:
    assert find_signoffs_and_name_parts(text) == []


@pytest.mark.parametrize("text", ["firmware 2.1.3 installed", "score 1.2.10 on the scale",
                                  "see section (4.2.1.3)", "lot 3.4.22.1 at 0900"])
def test_dotted_numbers_that_are_no_dates_stay(text: str) -> None:
    assert list(partial_dates(text)) == []
