"""Dates without a year after a booking or a birth (``core/text/dates.py``) and ages over 89 said
to the reader or set off after a name (``core/text/english_ages.py``).

A small month/day (``x/1`` to ``x/5``, ``x/10``) reads like a fraction, so it is a date only after
a word that books or dates something: a tumor board, a clinic, surgery, follow-up, "day 0 =", a
date of birth said in a voicemail with its fillers; an ordinal day after a booking ("tumor board
the 3rd"). Doses, strengths, pulses and scores stay. Ages: "you are 93", "you're now 96",
"Mrs. Pell, now 94,", "Ada turned 90". "in her 90s" is Safe Harbor's own group and stays.

Every line of ``english_scheduled_dates_cases.txt`` was written for this test (none comes from an
evaluation set); ``«value»`` marks an identifier, ``‹value›`` a clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.core.text.dates import partial_dates
from medenclave_deid.core.text.english_ages import find_ages
from medenclave_testing.marked_notes import marked_cases

SECRET = b"d" * 32


@marked_cases(Path(__file__).parent / "english_scheduled_dates_cases.txt", "case", digits=2)
def test_booked_dates_and_ages_go_and_terms_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize(
    "text, day",
    [
        ("tumor board 12/3;", "12/3"),
        ("Plan (day 0 = 4/5):", "4/5"),
        ("C2D1 = 6/2, then", "6/2"),
        ("date of birth um uh 9/4 i'm", "9/4"),
        ("clinic 11/10 for labs", "11/10"),
    ],
)
def test_a_small_month_day_after_a_booking_is_a_date(text: str, day: str) -> None:
    assert [text[a:b] for a, b in partial_dates(text)] == [day]


@pytest.mark.parametrize(
    "text",
    ["Day 1 = 3/4 tab", "Board 2/3 of members", "Review 1/2 of the chart", "score 12/15"],
)
def test_fractions_after_a_booking_word_stay(text: str) -> None:
    assert list(partial_dates(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "If you are 95% sure",
        "you're 100 pounds lighter",
        "turned 90 degrees to the left",
        "the head turned 92 to the right",
        "SBP, now 95, then",
    ],
)
def test_amounts_said_to_the_reader_are_no_ages(text: str) -> None:
    assert find_ages(text) == []
