"""Delimited log tables whose rows carry an indented remark on a line of their own (issue 27c: a
ship's medical centre log, a ward list, a quarantine hotel check): the table goes on after the
remark, so an age over 89 and a name in a later row are still read by their column, and a cabin,
room or bed number stays as written.

Every line of ``english_table_continuations_cases.txt`` was invented for this test (none comes
from an evaluation set); a tab inside a line is a TSV table's delimiter. ``«value»`` marks an
identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_deid.core.text.table_columns import delimited_tables
from medenclave_deid.core.text.table_continuations import resumes_after
from medenclave_testing.marked_notes import case_suite

SECRET = b"c" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_table_continuations_cases.txt", "en", minimum=6
)


def test_rows_after_an_indented_remark_stay_in_the_table() -> None:
    text = "a | b | c\n1 | 2 | 3\n    a remark\n    another\n4 | 5 | 6\n"
    [(head, rows)] = list(delimited_tables(text))
    assert [c for _, c in rows[-1]] == ["4", "5", "6"]
    assert len(rows) == 2


def test_a_blank_line_or_an_unindented_line_still_ends_the_table() -> None:
    for gap in ("\n", "Plan: home\n", "    a | remark\n"):
        text = f"a | b | c\n1 | 2 | 3\n{gap}4 | 5 | 6\n"
        assert [len(rows) for _, rows in delimited_tables(text)][0] == 1


def test_too_many_remarks_end_the_table() -> None:
    lines = ["a | b | c\n", "1 | 2 | 3\n", *["    remark\n"] * 6, "4 | 5 | 6\n"]
    assert resumes_after(lines, 2, "|") is None
    assert resumes_after(lines[:4] + lines[-1:], 2, "|") == 4
