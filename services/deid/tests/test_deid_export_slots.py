"""Staff named in lower case in an export's or a census sheet's slots, ages over 89 in quoted
speech, bare plates at the curb, bare case/ticket columns and person-role columns of delimited
exports, and a "St." surname after a relation (``core/text/english_export_slots.py``).

Every line of ``export_slots_cases.txt`` was invented for this test from general knowledge of
such documents (none comes from an evaluation set); ``«value»`` marks an identifier, ``‹value›``
a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"x" * 32

_HERE = Path(__file__).parent


@marked_cases(_HERE / "export_slots_cases.txt", "case", digits=2)
def test_export_slots(en_notes, line: str) -> None:
    en_notes.marked(line)
