"""English facilities named by a document's title or heading (``Harrowgate overnight telemetry -
alarm event log``, ``Text reminder log - Brookvale VA``, ``DERMATOLOGY CLINIC - Larchmont VA``),
an acronym before a facility's head word (``RMCH Laboratory``), the place a patient leaves
against advice and a found facility's leading words alone; month/days in brackets after a
course started or stopped (``Started HRZE (3/2)``) and in a table's date-like column (``Last
exposure``, ``Exposure date``); a county's or a city's body after a few words of work (``works
night shifts at county sheriff's office``). A scale's coded name before its score (``SNOT-22
score 47``) stays. Sentence-case titles (``Monitor tech event log``) and statuses (``- Final``) stay.

Every line of ``english_titles_dates_scales_cases.txt`` was written for this test (none comes
from an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import MARK, read_cases

SECRET = b"t" * 32
_CASES = read_cases(Path(__file__).parent / "english_titles_dates_scales_cases.txt")


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i:03d}" for i in range(len(_CASES))])
def test_identifier_goes_and_clinical_words_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_cases_are_many_and_marked() -> None:
    assert len(_CASES) >= 20
    assert all(MARK.search(line) for line in _CASES)


@pytest.mark.parametrize(
    "note",
    [
        "Monitor tech event log\n03:10 sinus tachycardia 118.",
        "Lab report - Final\nPotassium 3.1 mmol/L.",
        "Nursing shift report\nFoley removed at 0600.",
    ],
)
def test_plain_titles_stay(en_notes, note: str) -> None:
    out = en_notes.text(note)
    assert out.splitlines()[0] == note.splitlines()[0]
