"""A roster line "Phlebotomists on: <name> / <login>", a facility whose town a longer find of its
department cut off (``<Town> Community Hospital Noninvasive Cardiology``), a day a device is to be
returned (``Return recorder 7/10``), and a small fraction before a dose's form that is no date
(``Started 1/2 tab``, ``received 2/3 doses``).

Every line of ``roster_returns_doses_en_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_deid.core.text.spans import PhiSpan, resolve_overlaps
from medenclave_testing.marked_notes import case_suite

SECRET = b"r" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "roster_returns_doses_en_cases.txt", "en", minimum=20
)


def test_overlapping_facility_finds_join_into_one():
    town, department = PhiSpan(0, 25, "hospital"), PhiSpan(7, 48, "hospital")
    assert resolve_overlaps([town, department]) == [PhiSpan(0, 48, "hospital")]


def test_a_facility_join_never_swallows_another_find():
    name, town, department = PhiSpan(0, 5, "name"), PhiSpan(3, 25, "hospital"), PhiSpan(7, 48, "hospital")
    assert resolve_overlaps([name, town, department]) == [name, department]


def test_spans_of_other_kinds_are_not_joined():
    a, b = PhiSpan(0, 10, "name"), PhiSpan(5, 20, "name")
    assert resolve_overlaps([a, b]) == [b]
