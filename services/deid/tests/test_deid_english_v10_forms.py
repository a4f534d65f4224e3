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


@pytest.mark.parametrize(
    "note, gone",
    [
        ("-- 4 rows; batch B1234567; exported by primrose deane\n", ["primrose", "deane"]),
        ("Worklist printed by tamsin al-farouk\n", ["tamsin", "al-farouk"]),
        ("Primrose Deane is a 92 yo with vascular dementia.", ["Primrose", "Deane"]),
        ("Tamsin Meadow is a 70 y/o seen for memory loss.", ["Tamsin", "Meadow"]),
        ("To the family of Primrose Deane\n\nDear Primrose and family,\n", ["Primrose", "Deane"]),
        ("Follow-up: advocate Primrose (555-201-3344); safe contact.", ["Primrose"]),
        ("Embryologist Primrose T.; 6 MII oocytes.", ["Primrose"]),
        ("Tamsin Holiday, PsyD/MD - examiner, NPI 1234567893", ["Tamsin", "Holiday"]),
        ("Resident: MERRY BOYD   Room 112-B", ["MERRY", "BOYD"]),
        ("Veteran: BOYD, CREW   C-file 12345678", ["BOYD", "CREW"]),
    ],
)
def test_people_in_frames_whatever_their_words(en_notes, note: str, gone: list[str]) -> None:
    en_notes.check(note, gone=gone)


def test_system_exports_stay(en_notes) -> None:
    en_notes.check("-- exported by system admin\n", kept=["exported by system admin"])


def test_a_month_and_day_before_an_event_time(en_notes) -> None:
    en_notes.check(
        "Reported assault: 3/7 approx 22:15\nPain 7/10 at 14:00.",
        gone=["3/7 approx"],
        kept=["Pain 7/10 at 14:00"],
    )


@pytest.mark.parametrize(
    "note, code",
    [
        ("A family test is cheaper; use code KIN-QWXZTR when you order it.", "KIN-QWXZTR"),
        ("Portal access code: AB-7K2M9Q", "AB-7K2M9Q"),
    ],
)
def test_codes_to_quote(en_notes, note: str, code: str) -> None:
    en_notes.gone(note, code)


@pytest.mark.parametrize(
    "note, gone",
    [
        ("12 Elm Ln, Northfield, PW 96940", ["PW"]),
        ("Prior address: 40 Reef Rd, Kolonia, FM 96941", ["FM"]),
        ("8 Lagoon Dr, Majuro, MH 96960", ["MH"]),
    ],
)
def test_freely_associated_state_codes(en_notes, note: str, gone: list[str]) -> None:
    en_notes.check(note, gone=gone)


def test_pulsed_wave_and_mental_health_stay(en_notes) -> None:
    en_notes.check("MH follow-up in 2 weeks; FM 2 on exam.", kept=["MH follow-up", "FM 2"])


@pytest.mark.parametrize(
    "note, kept",
    [
        ("Strongyloides IgG positive; started ivermectin.", "Strongyloides"),
        ("Blood culture grew Acinetobacter, Stenotrophomonas and Enterococcus.", "Stenotrophomonas"),
        ("Coccidioides serology pending; Streptomyces in sputum.", "Streptomyces"),
    ],
)
def test_genus_names_are_clinical(en_notes, note: str, kept: str) -> None:
    en_notes.check(note, kept=[kept])


@pytest.mark.parametrize(
    "note, gone",
    [
        (
            "A visitor, identified as Tobin West (husband of patient Ann Lee), was loud. "
            "WEST was escorted out.",
            ["Tobin", "West", "WEST"],
        ),
        ("I met her with her son Mark Short at bedside; Mark holds a healthcare POA.", ["Mark", "Short"]),
    ],
)
def test_relatives_and_their_names_again(en_notes, note: str, gone: list[str]) -> None:
    en_notes.check(note, gone=gone)


def test_holds_and_escorted_without_a_name(en_notes) -> None:
    en_notes.check(
        "Patient holds a job. She was escorted to CT.", kept=["Patient holds a job", "She was escorted"]
    )


def test_a_found_name_again_in_lower_case_and_possessive(en_notes) -> None:
    en_notes.check(
        "Resident: TOBIAS KERR   Room 4\nPOLST signed by tobias and Mary.\n"
        "To the family of Ann Vo\n\nVo's genetic test found a variant. Parkinson's disease noted.",
        gone=["tobias", "Vo's"],
        kept=["Parkinson's disease"],
    )
