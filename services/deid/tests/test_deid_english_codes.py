"""Numbers and codes after a noun of record-keeping, and serial-shaped numbers, go; counts,
measurements and ranges after the same nouns stay (issue 11, ``core/text/english_codes.py``).

Every line of ``english_codes_cases.txt`` was written for this test from general knowledge of
US hospital paperwork (none comes from an evaluation set); ``«value»`` marks an identifier,
``‹value›`` a clinical term that must stay. The last lines hold the nouns with numbers that are
not identifiers (an index, an order's dose, a range of years, a count of episodes).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text import NoteDeidentifier
from medenclave_deid.core.text.english_codes import find_codes
from medenclave_testing.marked_notes import leftovers, read_cases

_CASES = read_cases(Path(__file__).parent / "english_codes_cases.txt")


@pytest.fixture(scope="module")
def notes() -> NoteDeidentifier:
    return make_note_deidentifier(b"c" * 32)


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i:02d}" for i in range(len(_CASES))])
def test_codes_go_and_clinical_words_stay(notes: NoteDeidentifier, line: str) -> None:
    wrong, out = leftovers(notes, line)
    assert not wrong, (wrong, out)


@pytest.mark.parametrize("text", ["Ankle-brachial index 0.85", "Order 250 mg", "Episode 3 of 5",
                                  "Records from 2019-2020", "Fluid 1500-2000 mL", "Event lasted 15 minutes",
                                  "Case 3 was discussed", "Form completed at 14:30"])
def test_counts_measurements_and_ranges_are_no_codes(text: str) -> None:
    assert find_codes(text) == []
