"""Ages over 89 in age fields, beside a sex letter, after a person and a verb of age, or before
"birthday"; vitals, weights and counts of the same size stay (issue 11,
``core/text/english_ages.py``).

Every line of ``english_ages_cases.txt`` was written for this test from general knowledge of
how notes and forms write an age (none comes from an evaluation set); ``«value»`` marks an age
that must go, ``‹value›`` a clinical term that must stay; the last lines hold numbers of 90 and
above that are measurements.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text import NoteDeidentifier
from medenclave_deid.core.text.english_ages import find_ages
from medenclave_testing.marked_notes import leftovers, read_cases

_CASES = read_cases(Path(__file__).parent / "english_ages_cases.txt")


@pytest.fixture(scope="module")
def notes() -> NoteDeidentifier:
    return make_note_deidentifier(b"g" * 32)


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i:02d}" for i in range(len(_CASES))])
def test_old_ages_go_and_measurements_stay(notes: NoteDeidentifier, line: str) -> None:
    wrong, out = leftovers(notes, line)
    assert not wrong, (wrong, out)


@pytest.mark.parametrize("text", ["SpO2 is 92% on room air", "She is 92 kg", "HR 92, BP 128/94",
                                  "The patient was 100% compliant", "He was 98.6 F", "Room 95/F wing",
                                  "Ages: 1-3 years", "at 100, the rate was increased"])
def test_measurements_are_no_ages(text: str) -> None:
    assert find_ages(text) == []
