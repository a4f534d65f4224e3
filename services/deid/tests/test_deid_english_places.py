"""English places, facilities and fax numbers that the recognisers of states and streets miss:
facilities named after a person or a town (``Okafor Family Dentistry``, ``Yakima Sleep
Disorders Center``) while service names stay (``Sleep Lab``, ``Comfort Care``), the town beside a
facility, where a patient lives, where prescriptions were sent, streets without a suffix
(``Broadway``), grouped activation keys, fax numbers with a leading 1, and dates written like
fractions (``sent 9/4``, ``11/28 | ...`` under a Date column) while scores stay (``5/5``, ``6/9``
Apgars).

Every line of ``english_places_cases.txt`` was written for this test (none comes from an
evaluation set); it is marked and checked as in ``test_deid_english_addresses_ids.py``:
``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import MARK, read_cases

SECRET = b"a" * 32
_CASES = read_cases(Path(__file__).parent / "english_places_cases.txt")


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i:03d}" for i in range(len(_CASES))])
def test_identifier_goes_and_clinical_words_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_cases_are_many_and_marked() -> None:
    assert len(_CASES) >= 50
    assert all(MARK.search(line) for line in _CASES)
