"""Radionuclides and measurement labels that stay, plates before a VIN, lower-case clinics,
employers by their trade's word and its two-word short form (English), and a rare surname
before a nurse's or doctor's title after the ward or clinic it works in (Chinese).

Every line of ``english_nuclides_clinics_trades_cases.txt`` and
``chinese_ward_rare_surnames_cases.txt`` was invented for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"n" * 32
_HERE = Path(__file__).parent


@marked_cases(_HERE / "english_nuclides_clinics_trades_cases.txt", "en")
def test_english_shapes(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(_HERE / "chinese_ward_rare_surnames_cases.txt", "zh")
def test_chinese_ward_surnames(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("Age 92F, bone scan pending.", []),
        ("92M with Tc-99m scan", ["Tc-99m"]),
        ("92Y female; 18F-FDG PET shows an avid node.", ["18F-FDG"]),
        ("Pt 92Y-old, I-131 uptake 12%.", ["I-131"]),
    ],
)
def test_age_beside_nuclide_goes(en_notes, note: str, kept: list[str]) -> None:
    en_notes.check(note, gone=["92"], kept=kept)
