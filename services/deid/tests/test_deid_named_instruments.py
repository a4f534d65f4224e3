"""Named tests and instruments kept in English notes (neuropsychological batteries, driving
charts, laryngology and registry grades: ``Hooper Visual Organization Test``, ``Benton JLO 24``,
``Beighton 7/9``, ``Reinke's edema``, ``Dukes B``, in capitals too); the people who share such
names after a title or in a ``Surname, Given`` slot still go.

Every line of the case file was invented for this test (none comes from an evaluation set).
``«value»`` marks an identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"k" * 32


@marked_cases(Path(__file__).parent / "english_named_instruments_cases.txt", "inst")
def test_named_instruments_stay_and_people_go(en_notes, line: str) -> None:
    en_notes.marked(line)
