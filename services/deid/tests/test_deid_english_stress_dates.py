"""A stress suite of English dates, vehicle identifiers, ages over 89 and relatives' names in
document kinds the development sets hold little of (``english_stress_dates_cases.txt``): dates in
every shape (numeric, ISO with a time, glued month names, a day alone after an event's word,
ranges, table cells and log lines), plates and VINs with and without a cue, ages over 89 in
figures and words, and the names of family members, foster parents and guardians.

Every line was written for this test from general knowledge of US notes (none comes from an
evaluation set); ``«value»`` marks an identifier that must go, ``‹value›`` a term that must stay.
Decisions the lines record: a clock time alone is no date element (the date beside it goes); a
reporting quarter (``Q1 2018``) is no date of the patient's and stays; "in her 90s" is the very
group Safe Harbor folds ages over 89 into, so it stays; a gestational age (``39 2/7 weeks``) and
clinical fractions and ratios stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.core.text.date_grammar import grammar_dates
from medenclave_deid.core.text.dates import partial_dates
from medenclave_deid.core.text.english_ages import find_ages
from medenclave_testing.marked_notes import marked_cases

SECRET = b"t" * 32


@marked_cases(Path(__file__).parent / "english_stress_dates_cases.txt", "stress")
def test_identifiers_go_and_clinical_words_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize(
    "text, day",
    [
        ("She fell on the 14th and went home.", "the 14th"),
        ("Seen Thursday the 15th at noon.", "the 15th"),
        ("the evening of the 13th, he vomited", "the 13th"),
        ("Labs repeated since the 2nd.", "the 2nd"),
    ],
)
def test_a_day_alone_after_an_event_word_is_a_date(text: str, day: str) -> None:
    assert [text[a:b] for a, b in grammar_dates(text)] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "Room on the 4th floor.",
        "Weight on the 5th percentile",
        "Pain after the 3rd dose",
        "The 2nd toe is swollen",
        "from the 10th rib down",
        "Injections on the 1st and 15th of each month.",
    ],
)
def test_ordinals_of_things_are_no_days(text: str) -> None:
    assert list(grammar_dates(text)) == []


@pytest.mark.parametrize("text", ["GA 39 2/7 weeks", "at 36 6/7 wks", "EGA 24 3/7"])
def test_sevenths_of_a_week_are_no_dates(text: str) -> None:
    assert list(partial_dates(text)) == []


@pytest.mark.parametrize(
    "text, age",
    [
        ("A woman of 92 with a fall", "92"),
        ("a gentleman of ninety-four.", "ninety-four"),
        ("He is ninety-one and lives alone", "ninety-one"),
        ("She turned a hundred, her family says", "a hundred"),
    ],
)
def test_ages_after_a_person_of_or_a_verb_in_words(text: str, age: str) -> None:
    assert {text[s.start : s.end] for s in find_ages(text)} == {age}


@pytest.mark.parametrize(
    "text",
    [
        "patient of 92 kg",
        "she was ninety percent better",
        "a man of 95% adherence",
        "He is ninety minutes away",
    ],
)
def test_amounts_are_no_ages(text: str) -> None:
    assert find_ages(text) == []


@pytest.mark.parametrize(
    "text, day",
    [
        ("Discharged from Mercy Valley Hospital 4/3\nDx: gout", "4/3"),
        ("Last seen alive 8/2.", "8/2"),
        ("UDS 11/2: negative", "11/2"),
        ("family mtg 3/4 1400", "3/4"),
    ],
)
def test_a_small_month_day_after_an_event_is_a_date(text: str, day: str) -> None:
    assert [text[a:b] for a, b in partial_dates(text)] == [day]


@pytest.mark.parametrize(
    "text",
    ["Discharged from Mercy Hospital 1/2 tab daily", "Transferred to Ward 5 2/3 beds", "UA 1/2 cup"],
)
def test_fractions_after_an_event_stay(text: str) -> None:
    assert list(partial_dates(text)) == []
