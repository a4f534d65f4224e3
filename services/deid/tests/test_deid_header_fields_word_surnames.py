"""A user's handle in a machine header's ``key=value`` pairs (``core/text/english_login_handles.py``),
a facility's name in capitals over its unit on one header line
(``core/text/english_letterheads_fuzzids11.py``), a bare month/day after a result's release or a
death's label (``core/text/dates.py``), and everyday-word surnames in a person's field and said
again alone (``core/text/english_word_surnames.py``).

Every line of the ``*_cases.txt`` files read here was invented for this test from general
knowledge of such documents (none comes from an evaluation set); ``«value»`` marks an identifier,
``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import read_cases

SECRET = b"w" * 32

_HERE = Path(__file__).parent
_HANDLES = read_cases(_HERE / "login_key_handles_cases.txt")
_UNITS = read_cases(_HERE / "header_units_cases.txt")
_DATES = read_cases(_HERE / "month_day_cues_cases.txt")
_SURNAMES = read_cases(_HERE / "word_surnames_cases.txt")


@pytest.mark.parametrize("line", _HANDLES, ids=[f"case{i:02d}" for i in range(len(_HANDLES))])
def test_key_value_user_handles(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize("line", _UNITS, ids=[f"case{i:02d}" for i in range(len(_UNITS))])
def test_facility_over_its_unit(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize("line", _DATES, ids=[f"case{i:02d}" for i in range(len(_DATES))])
def test_month_day_after_release_and_death(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize("line", _SURNAMES, ids=[f"case{i:02d}" for i in range(len(_SURNAMES))])
def test_word_surnames(en_notes, line: str) -> None:
    en_notes.marked(line)
