"""Shapes the rules hold on their own, whatever the name tagger answers after a retraining: a line
opened by a name with the age and sex, or by an inverted name in capitals before what the person
did (``core/text/english_person_lines.py``); a ward's wing after its number and a clock time with a
leading zero are no places (``core/text/note_tagger.py``).

Every line of ``tagger_guard_cases.txt`` was written for this test (none comes from an evaluation
set); ``«value»`` marks an identifier, ``‹value›`` a clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"g" * 32

SCHEDULE = """Clinic schedule, room 4
Slot   Pt Name              MRN        DOB          Provider
0830   Vantongeren, Hale    4471902    03/09/1962   Dr. Quist
0845   Sunniva Okafor       5520931    12/30/1948   L. Brandt
"""


@marked_cases(Path(__file__).parent / "tagger_guard_cases.txt", "case", digits=2)
def test_names_go_and_wards_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_clock_times_with_a_leading_zero_stay(en_notes) -> None:
    en_notes.check(
        SCHEDULE,
        gone=("Vantongeren", "Hale", "4471902", "Sunniva", "Okafor", "Quist", "Brandt"),
        kept=("0830   ", "0845   "),
    )
