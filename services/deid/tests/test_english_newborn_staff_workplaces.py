"""Newborn placeholders in a name slot, lower-case staff in a person's key or before a
credential, and workplaces after a slashed label, a leave of absence, or said again by their
first word."""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"n" * 32
_CASES_FILE = Path(__file__).parent / "english_newborn_staff_workplaces_cases.txt"


@marked_cases(_CASES_FILE, "case")
def test_newborn_staff_and_workplaces(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("Started on baby aspirin 81 mg daily.", ["baby aspirin 81 mg"]),
        ("Given by mouth twice daily.", ["by mouth"]),
        ("On leave from work since spring.", ["leave from work"]),
        ("The crescent sign on x-ray was absent.", ["crescent sign"]),
    ],
)
def test_plain_text_survives(en_notes, note: str, kept: list[str]) -> None:
    en_notes.check(note, kept=kept)
