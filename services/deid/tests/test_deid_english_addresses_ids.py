"""English forms of states, ZIP codes, clinicians, licences and labelled identifiers that a second,
independently written evaluation set uses and the first one barely does (issue 11).

Every line of ``english_addresses_ids_cases.txt`` was written for this test from general
knowledge of US clinical documents (none comes from an evaluation set). Each line marks its
identifiers ``«value»`` and the words that must stay ``‹value›`` (``\\n`` starts a new line of
the same case); the test checks what the notes scorer checks: no identifier (for a name without
digits: no word of it) is left more often than the line's own other text explains, and every
clinical word is still there as often as before. A state is an identifier where it is part of
a place, never where the same letters are a word, a credential or an abbreviation (``OH``
hydroxyl, ``IN``, ``MD``, ``PA``, ``CO``, ``ME``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import MARK, read_cases

SECRET = b"a" * 32
_CASES = read_cases(Path(__file__).parent / "english_addresses_ids_cases.txt")


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i:03d}" for i in range(len(_CASES))])
def test_identifier_goes_and_clinical_words_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_cases_are_many_and_marked() -> None:
    assert len(_CASES) >= 250
    assert all(MARK.search(line) for line in _CASES)
