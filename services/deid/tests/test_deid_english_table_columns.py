"""People in the columns of plain-text tables whose header names them (issue 11): a log's
"Requested by", "Interpreter", "Tech", "Initials" or "Patient" column holds a person in every
row, whatever the cell looks like. The tables were written for this test (no evaluation set)."""

from __future__ import annotations

from medenclave_deid.core.text.english_table_columns import find_table_people

SECRET = b"t" * 32

LOG = """PHLEBOTOMY DRAW LOG   4 West
Time   Bed   Patient            Tubes          Drawn by      Notes
06:10  12    Okafor, Adaeze     lav, gold      Priya         hemolyzed, redraw
06:25  14    Wendell Marsh      blue           T. Lindqvist: ok  none
       15    Rosa Delacroix     lav            K.M.

Courier picked up at 07:00."""

HBO = """Dive#  Date        Pre BG   Tender
    3  03/02/2024     142   Ansel
       03/03/2024     150   R.W."""


def test_every_cell_of_a_person_column_is_a_person() -> None:
    found = {LOG[s.start:s.end] for s in find_table_people(LOG)}
    assert found == {"Okafor, Adaeze", "Priya", "Wendell Marsh", "T. Lindqvist", "Rosa Delacroix",
                     "K.M."}


def test_an_indented_row_lines_up_from_the_right() -> None:
    assert [HBO[s.start:s.end] for s in find_table_people(HBO)] == ["Ansel", "R.W."]


def test_tables_without_a_person_column_and_empty_cells_give_nothing() -> None:
    labs = ("Test      Result   Units   Range\nSodium    138      mmol/L  135-145\n"
            "Potassium 4.1      mmol/L  3.5-5.1")
    empty = ("Time   Drug          Dose    Given by\n08:00  Cefazolin     2 g     n/a\n"
             "09:00  Heparin       5000    —")
    assert find_table_people(labs) == [] and find_table_people(empty) == []


def test_the_engine_removes_them(en_notes) -> None:
    out = en_notes.text(LOG)
    for person in ("Adaeze", "Priya", "Lindqvist", "Delacroix", "K.M."):
        assert person not in out
    assert "Courier picked up at" in out
