"""English facilities, workplaces, vehicles and case numbers: infusion pharmacies, home-health
agencies, reference laboratories, urgent cares, dialysis units, nursing and rehabilitation
facilities, health departments and hospitals named only by their town; employers, job sites,
schools and daycares; licence plates and VINs; and the numbers of claims, police reports,
intakes, referrals, authorizations and orders. Generic words (``outside hospital``,
``warehouse``, ``school``) and car makes and models stay.

Every line of ``english_facilities_work_vehicles_cases.txt`` was written for this test (none
comes from an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import MARK, read_cases

SECRET = b"f" * 32
_CASES = read_cases(Path(__file__).parent / "english_facilities_work_vehicles_cases.txt")


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i:03d}" for i in range(len(_CASES))])
def test_identifier_goes_and_clinical_words_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_cases_are_many_and_marked() -> None:
    assert len(_CASES) >= 70
    assert all(MARK.search(line) for line in _CASES)


@pytest.mark.parametrize(
    ("note", "gone", "kept"),
    [
        ("Dr. Honda saw her today.", ["Honda"], []),
        ("She moved to Lincoln last year.", ["Lincoln"], []),
        ("Mr. Ford was seen; his son drives a 2012 Ford Explorer.", ["Mr. Ford was"], ["Ford Explorer"]),
        ("He drives a Toyota to dialysis.", [], ["Toyota"]),
        ("Member of Teamsters Local 705 since 2001.", ["Teamsters Local 705"], []),
        ("Hospice: Brookmere Hospice will visit tomorrow.", ["Brookmere"], ["tomorrow"]),
        ("Plan: route 2 via PO; rode the bus to work.", [], ["route 2", "bus"]),
        ("Partial plate 4HG seen by a neighbor.", ["4HG"], []),
    ],
)
def test_makes_titles_and_numbers(en_notes, note: str, gone: list[str], kept: list[str]) -> None:
    en_notes.check(note, gone=gone, kept=kept)
