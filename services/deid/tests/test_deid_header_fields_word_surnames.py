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

from medenclave_testing.marked_notes import marked_cases

SECRET = b"w" * 32

_HERE = Path(__file__).parent


@marked_cases(_HERE / "login_key_handles_cases.txt", "case", digits=2)
def test_key_value_user_handles(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(_HERE / "header_units_cases.txt", "case", digits=2)
def test_facility_over_its_unit(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(_HERE / "month_day_cues_cases.txt", "case", digits=2)
def test_month_day_after_release_and_death(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(_HERE / "word_surnames_cases.txt", "case", digits=2)
def test_word_surnames(en_notes, line: str) -> None:
    en_notes.marked(line)
