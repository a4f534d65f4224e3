"""Postcodes of Britain, Ireland, Canada, Australia and New Zealand with their towns and states,
postcode and age columns of delimited logs, combined age-and-sex labels, and procedure terms that
read as names (a bracketed acronym, a test's product, a score named after a clinic network).

Every line of ``english_intl_postcodes_fuzz23a_cases.txt`` was invented for this test from general
knowledge of such notes (none comes from an evaluation set). ``«value»`` marks an identifier,
``‹value›`` a clinical word that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"p" * 32


@marked_cases(Path(__file__).parent / "english_intl_postcodes_fuzz23a_cases.txt", "case")
def test_intl_postcodes_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize(
    "note",
    [
        "Vitamin B12 1000 mcg daily; T12 compression fracture.",
        "Room 2150 on Ward 4; Bay 3000.",
        "HbA1c 7.2 in 2019; 2000 mg metformin",
        "Stage T2N0M0; CD4 350 cells",
        "ACT 2 scheduled; SA node; WA 7",
        "Stage: TNM T2N1M0; GCS 14 (E4V4M6)",
    ],
)
def test_numbers_stay(note: str) -> None:
    from medenclave_deid.core.text.english_intl_postcodes import find_intl_postcodes

    assert find_intl_postcodes(note) == []
