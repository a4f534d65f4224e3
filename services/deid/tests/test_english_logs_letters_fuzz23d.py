"""Relatives' ages in a lipid clinic letter's family history (``father MI at 91``, ``Father (d.
93, MI)``, ``Re: Name (92)``), the residence codes of a naloxone distribution log (a code after
its town, partial codes, ``City/ZIP`` labels, a recipient's initials) and the day-month dates of
a contraceptive implant note (``LMP 2/3``, ``Review w/c 22/4``, ``14/iii/24``).

Every line of ``english_logs_letters_fuzz23d_cases.txt`` was invented for this test from general
knowledge of such documents (none comes from an evaluation set). ``«value»`` marks an identifier,
``‹value›`` a clinical word that must stay; numbers left unmarked must stay too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import read_cases

SECRET = b"d" * 32
_CASES = read_cases(Path(__file__).parent / "english_logs_letters_fuzz23d_cases.txt")


@pytest.mark.parametrize("line", _CASES, ids=[f"fz23d{i:03d}" for i in range(len(_CASES))])
def test_logs_and_letters(en_notes, line: str) -> None:
    en_notes.marked(line)
