"""Everyday words the frequency list lacks, built from ones it holds (an inflection, a prefix,
a hyphen: ``Rechecks``, ``Unremarkable``), are no proper nouns after a label or at a line's
start; hyphenated capitalised parts and two words run together stay possible names. A town's
name that is also an everyday word opens a sentence that goes on in lower case (``Bland diet
tolerated``) as the word; one everyday word alone in a person's field (``Subscriber: Dependent``,
``Subject: Reminder``) is no one's name, nor is a word as frequent as ``The``.

Every line of ``english_derived_words_cases.txt`` was invented for this test (none comes from an
evaluation set); ``«value»`` marks an identifier, ``‹value›`` a word that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.core.text.english_derived import is_derived_word
from medenclave_testing.marked_notes import marked_cases

SECRET = b"d" * 32
_ZIPF = {"check": 4.5, "remark": 4.0, "able": 5.0, "visit": 5.0, "op": 4.4, "county": 4.8,
         "north": 5.0, "side": 5.2, "james": 5.0, "lee": 5.0, "rest": 5.0, "rested": 3.2,
         "summary": 4.3}


def _zipf(word: str) -> float:
    return _ZIPF.get(word, 0.0)


@pytest.mark.parametrize("word", ["Checks", "Checked", "Checker", "Rechecks", "Unrested", "Pre-visit",
                                  "Post-op", "Summarized"])
def test_forms_of_everyday_words_are_derived(word: str) -> None:
    assert is_derived_word(word, _zipf)


@pytest.mark.parametrize("word", ["Northside", "Tri-County", "James-Lee", "Okonjo", "Ops"])
def test_names_and_run_together_words_are_not(word: str) -> None:
    assert not is_derived_word(word, _zipf)


@marked_cases(Path(__file__).parent / "english_derived_words_cases.txt", "case")
def test_derived_words_stay_and_identifiers_go(en_notes, line: str) -> None:
    en_notes.marked(line)
