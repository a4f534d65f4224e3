"""Outreach rosters, run sheets and donor letters: the town a route's title names
(``STREET MEDICINE OUTREACH - PORTERVILLE ROUTE``), staff in a role's slot before a phone
(``RN: Ada Lind cell (555) ...``, ``NP: Lind, Ada cell ...``), a perfusionist's column of an
hourly run sheet, and employers in the Spanish labels of a bilingual form (``Empleador /
Employer:``, ``Trabajo:``, ``trabaja en``) and in a letter (``your employer as ...``).

Every line of ``outreach_rosters_cases.txt`` was invented for this test from general knowledge
of such notes (none comes from an evaluation set). ``«value»`` marks an identifier, ``‹value›`` a
clinical word or a label that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import read_cases

SECRET = b"o" * 32
_CASES = read_cases(Path(__file__).parent / "outreach_rosters_cases.txt")


@pytest.mark.parametrize("line", _CASES, ids=[f"outreach{i:03d}" for i in range(len(_CASES))])
def test_outreach_rosters(en_notes, line: str) -> None:
    en_notes.marked(line)
