"""Measurements, doses, lab values and eponymous scores in the cells of English tables (issue
11, precision in tables): telemetry event logs, exercise stress-test stages, vitals flowsheets,
growth charts, glucose and insulin logs, TB contact worksheets, fluid balance, lab and echo
tables, medication records, wound, ventilator, dialysis and transfusion sheets, in CSV, TSV,
pipe (with and without border pipes) and space-aligned layouts. The people, dates and record
numbers in the same tables still go.

Every line of ``english_table_precision_cases.txt`` was invented for this test (none comes
from an evaluation set); a tab inside a line is a TSV table's delimiter. ``«value»`` marks an
identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"t" * 32


@marked_cases(Path(__file__).parent / "english_table_precision_cases.txt", "case")
def test_table_measurements_stay_and_identifiers_go(en_notes, line: str) -> None:
    en_notes.marked(line)
