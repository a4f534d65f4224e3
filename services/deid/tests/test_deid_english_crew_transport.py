"""Crews, agencies and transport hospitals of responders' treatment logs (wildland-fire medical
units, incident bases): a TSV export's crew, agency, resource or home-unit column and its transport
or destination column, the same labels on a line, and a crew or a hospital named in the remarks
("pt from … Ranger District", "transported to … regional healthcare").

Every line of ``english_crew_transport_cases.txt`` was written for this test from general knowledge
of such logs (none comes from an evaluation set). ``«value»`` must go, ``‹value›`` must stay: a
generic crew ("the Night Crew"), a medic or engine unit, "the ED", "nearest hospital", ``RTD`` and
"home" stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import MARK, read_cases

SECRET = b"c" * 32
_CASES = read_cases(Path(__file__).parent / "english_crew_transport_cases.txt")


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i:03d}" for i in range(len(_CASES))])
def test_crew_and_hospital_go_and_clinical_words_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_cases_are_marked() -> None:
    assert len(_CASES) >= 15
    assert all(MARK.search(line) for line in _CASES)
