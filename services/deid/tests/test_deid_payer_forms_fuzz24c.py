"""Payer and public-health forms: a contact person's slot (``core/text/english_lower_contacts.py``,
``core/text/english_lower_name_slots.py``), a table's parking column (``core/text/delimited_columns.py``),
an energy dose that is no plate (``core/text/english_fields.py``) and a form's person beside an age
over 89 (``core/text/english_ages.py``).

Every line of the ``*_cases.txt`` file read here was invented for this test from general knowledge
of such documents (none comes from an evaluation set); ``«value»`` marks an identifier, ``‹value›``
a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"p" * 32

_HERE = Path(__file__).parent


@marked_cases(_HERE / "payer_forms_fuzz24c_cases.txt", "case", digits=2)
def test_payer_and_public_health_forms(en_notes, line: str) -> None:
    en_notes.marked(line)
