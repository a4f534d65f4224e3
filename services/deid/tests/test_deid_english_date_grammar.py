"""English dates written in forms no list spelled out (a day, a month and a year in any order
and any written form, ordinals with "the", month names glued to figures, spaced and compact
figures after a cue, ranges), the fractions, doses and scores that stay beside them, and the
shifted form of the dates the shift can read. Invented cases only."""

from __future__ import annotations

import re

import pytest

from medenclave_deid.core.text.date_grammar import grammar_dates
from medenclave_testing.marked_notes import english_text, gone, kept

SECRET = b"d" * 32


@pytest.mark.parametrize(
    "text, value",
    [
        ("DOB: 14MAR1950, allergies reviewed.", "14MAR1950"),
        ("Specimen 07JUN23 received frozen.", "07JUN23"),
        ("Seen 14/Mar/2023 in the walk-in clinic.", "14/Mar/2023"),
        ("Cast placed 2023-Mar-14, recheck in 6 weeks.", "2023-Mar-14"),
        ("Follow-up booked Mar-14 with ortho.", "Mar-14"),
        ("Flu shot given 9-Oct, no reaction.", "9-Oct"),
        ("Last colonoscopy Nov '19, two polyps.", "Nov '19"),
        ("Started sertraline March 14 '23 for mood.", "March 14 '23"),
        ("Refill sent 3/14/'23 to the pharmacy.", "3/14/'23"),
        ("Surgery on March the 3rd, 2023 went well.", "March the 3rd"),
        ("Admitted the 21st of August after the fall.", "21st of August"),
        ("Echo done 3 14 2023, EF 55%.", "3 14 2023"),
        ("Lab drawn 2023 11 02 at the outside clinic.", "2023 11 02"),
        ("Collected 20230314 at the outside lab.", "20230314"),
        ("DOB 11281957 per the insurance card.", "11281957"),
        ("Seen on 14.3.23 in urgent care.", "14.3.23"),
        ("Onset of symptoms 2023-03, worse since.", "2023-03"),
        ("Last menstrual period 4-2023 per patient.", "4-2023"),
        ("Diagnosed in March, 2021 by her PCP.", "March, 2021"),
        ("Hospitalized March 3–5 for pneumonia.", "March 3–5"),
        ("Hospitalized 12-16 October for cellulitis.", "12-16 October"),
        ("date of birth march third nineteen fifty", "march third"),
        ("Seen March twenty-first for follow-up.", "March twenty-first"),
        ("Admitted the second of June after a fall.", "second of June"),
    ],
)
def test_date_forms_are_removed(notes, text, value):
    gone(notes, text, value)


@pytest.mark.parametrize(
    "text, values",
    [
        ("Held apixaban 3/4 to 3/9 for the procedure.", ("3/4", "3/9")),
        ("Out of work between 5/1 and 5/3 per note.", ("5/1", "5/3")),
    ],
)
def test_both_ends_of_a_range_are_removed(notes, text, values):
    out = english_text(notes, text)
    for value in values:
        assert not re.search(rf"(?<![\d/]){re.escape(value)}(?![\d/])", out), (value, out)


@pytest.mark.parametrize(
    "text, value",
    [
        ("progress note  hd#5  10/2\n\npt seen on rounds", "10/2"),
        ("Student: J. Doe, grade 7, student ID 510738640   8/1\nSent by teacher.", "8/1"),
    ],
)
def test_small_month_day_closing_a_header_line(notes, text, value):
    out = english_text(notes, text)
    assert not re.search(rf"(?<![\d/]){re.escape(value)}(?![\d/])", out), out


@pytest.mark.parametrize(
    "text, value",
    [
        ("Motor  5/5\nSensation intact.", "5/5"),
        ("Strength   4/5\nGait steady.", "4/5"),
        ("Take 1/2 tab at bedtime.", "1/2 tab"),
        ("BP 120/80, HR 72.", "120/80"),
        ("Strength 3/5 in the left deltoid.", "3/5"),
        ("Dispensed 4/4 vials.", "4/4 vials"),
        ("Gleason 3+4 on biopsy.", "Gleason 3+4"),
        ("Grade 2/6 murmur at the apex.", "2/6 murmur"),
        ("Harsh 3/6 holosystolic murmur.", "3/6 holosystolic murmur"),
        ("Pathology: 8/12 lymph nodes positive.", "8/12 lymph nodes"),
        ("Biopsy 2/12 cores with cancer.", "2/12 cores"),
        ("Strength 4/5 to 5/5 after therapy.", "4/5 to 5/5"),
        ("Pain 7/10 to 3/10 after the block.", "7/10 to 3/10"),
        ("Version 2.14.3 of the app.", "2.14.3"),
        ("You may first try ice.", "may first"),
        ("The troops march first.", "march first"),
    ],
)
def test_fractions_doses_and_scores_stay(notes, text, value):
    kept(notes, text, value)


@pytest.mark.parametrize(
    "text, shape",
    [
        ("DOB: 14MAR1950 noted.", r"DOB: \d{2}[A-Z]{3}\d{4} noted\."),
        ("Seen 14/Mar/2023 today.", r"Seen \d{1,2}/[A-Z][a-z]{2}/\d{4} today\."),
        ("Drawn 2023-03-14T10:22 on the ward.", r"Drawn \d{4}-\d{2}-\d{2}T10:22 on the ward\."),
    ],
)
def test_dates_the_shift_reads_keep_their_form(notes, text, shape):
    out = english_text(notes, text)
    assert re.fullmatch(shape, out), out
    assert out != text


def test_grammar_finds_only_valid_month_days():
    text = "ratio 13 14 2023 and 2023 14 15; on 31.31.23"
    assert list(grammar_dates(text)) == []
