"""Australian telephone and fax numbers in every way they are written, Canadian health cards
after their labels, Australian regos and police officers named after their rank.

Every line of ``english_au_ca_contacts_fuzz24a_cases.txt`` was invented for this test from
general knowledge of such documents (none comes from an evaluation set). ``«value»`` marks an
identifier, ``‹value›`` a clinical word that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"q" * 32


@marked_cases(Path(__file__).parent / "english_au_ca_contacts_fuzz24a_cases.txt", "case")
def test_au_ca_contacts_go(en_notes, line: str) -> None:
    en_notes.marked(line)


def _find(note: str):
    from medenclave_deid.core.text.english_au_ca_contacts_fuzz24a import find_au_ca_contacts

    return find_au_ca_contacts(note, lambda w: w in {"station", "attended", "wheeze", "crackles"})


@pytest.mark.parametrize(
    "note",
    [
        "Worked 2019-2021 as a cleaner; contact 2019-2021.",
        "T 20240105 imaging; M 132030 count",
        "Clinic hours 0800-1700; Ph review in 2 weeks.",
        "HC 35.5 cm, weight 4.1 kg",
        "Insp Wheeze and Insp Crackles heard.",
        "Stage T2 N0; F 12 M 14",
        "Rego: pending",
        "Metformin 1000 mg; ferritin 1800 ng/mL",
    ],
)
def test_nothing_found_here(note: str) -> None:
    assert _find(note) == []


def test_fax_label_makes_a_fax() -> None:
    note = "Ph (02) 6231 4478  Fax (02) 6231 4479  F: 9382 1177"
    cats = [(note[s.start : s.end], s.category) for s in _find(note)]
    assert ("(02) 6231 4478", "phone") in cats
    assert ("(02) 6231 4479", "fax") in cats
    assert ("9382 1177", "fax") in cats
