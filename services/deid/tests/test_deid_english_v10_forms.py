"""English forms the v10 development notes showed: study-log identifier columns, lower-case
name particles, and the other general fixes of that round. Every value is invented."""

from __future__ import annotations

import pytest

from medenclave_deid.core.text.delimited_columns import column_category

SECRET = b"v10-forms-secret-key-0123456789ab"


@pytest.mark.parametrize(
    "header",
    [
        "Screen #",
        "Screening No.",
        "Subject #",
        "Participant ID",
        "Randomization #",
        "Enrollment #",
        "Study ID",
    ],
)
def test_study_log_number_columns(header: str) -> None:
    assert column_category(header) == "other_id"


def test_a_screening_log_loses_its_numbers(en_notes) -> None:
    note = (
        "Screening Log - protocol XY-100\n\n"
        "| Screen # | Initials | Pt name | Outcome |\n|---|---|---|---|\n"
        "| 417-2093 | PL | Lund, Petra | ENROLLED |\n| 802-5561 | OK | Keane, Orla | DECLINED |\n"
    )
    en_notes.check(note, gone=["417-2093", "802-5561", "Petra"], kept=["ENROLLED", "DECLINED"])


@pytest.mark.parametrize(
    "note, gone",
    [
        ("Officer ben Levy responded to a call from the charge nurse.", ["ben Levy"]),
        ("Reported by: K. ben Levy (shift 2)", ["K. ben Levy"]),
        ("Sincerely,\n\nMartin ben Levy, MS, CGC\ncc: T. bat Ezra, MD (ordering)", ["ben Levy", "bat Ezra"]),
        ("PI: Harold ben Levy, MD   Coordinator: Joan", ["ben Levy"]),
    ],
)
def test_lower_case_particles_go_with_the_surname(en_notes, note: str, gone: list[str]) -> None:
    en_notes.check(note, gone=gone)


def test_capitalised_particle_words_stay(en_notes) -> None:
    en_notes.check("CXR AP view obtained; Ben to follow up.", kept=["CXR AP view obtained"])
