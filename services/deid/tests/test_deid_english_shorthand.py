"""Names typed in lower case in the frames of clinical shorthand, surnames with particles in any
case, long record numbers before a one-letter word, CDL numbers, plates on a VIN's line,
workplaces of an exposure history and month/days dated by their context go; clinical shorthand
stays (``core/text/english_shorthand.py``, ``english_name_forms.extend_particles``,
``english_exposures.py``, ``english.py``, ``english_fields.py``, ``dates.py``).

Every line of ``english_shorthand_cases.txt`` was written for this test from general knowledge of
census lines, chat threads, intake headers and occupational histories (none comes from an
evaluation set); ``«value»`` marks an identifier, ``‹value›`` a clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text import NoteDeidentifier
from medenclave_deid.core.text.dates import partial_dates
from medenclave_deid.core.text.english import find_english_phi
from medenclave_deid.core.text.english_exposures import find_exposure_employers
from medenclave_deid.core.text.english_shorthand import find_shorthand_names
from medenclave_deid.core.text.surrogates import SurrogateMaker
from medenclave_testing.marked_notes import kept, leftovers, marked_cases


@pytest.fixture(scope="module")
def notes() -> NoteDeidentifier:
    return make_note_deidentifier(b"c" * 32)


@marked_cases(Path(__file__).parent / "english_shorthand_cases.txt", "case", digits=2)
def test_shorthand_names_particles_and_numbers_go(notes: NoteDeidentifier, line: str) -> None:
    wrong, out = leftovers(notes, line)
    assert not wrong, (wrong, out)


@pytest.mark.parametrize(
    "text",
    [
        "Very pleasant 45yo M here for f/u.",
        "Assessment: well appearing 45 yo with chest pain",
        "1. Elderly female 88yo from home",
        "HPI: frail elderly 91 y/o with falls",
        "Plan: left knee | dob verified",
        "-- Internal Medicine MD",
        "[10:43] note: pending labs",
        "Labs: chronic kidney 67yo",
        "started RN protocol; RN Staffing.",
    ],
)
def test_shorthand_frames_need_a_name(text: str) -> None:
    assert find_shorthand_names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "strength 5/5 throughout, pain 7/10, pulses 2/4 bilaterally",
        "BP 120/80, took 1/2 tab, walked 3/4 of the way",
        "K 4.1, Mg 2.0; 1/2 dose x 2 wks",
        "PHQ-9 4/27 reviewed",
        "FROM: records desk   P. 5/11",
    ],
)
def test_scores_and_ratios_are_no_dates(text: str) -> None:
    found = [text[a:b] for a, b in partial_dates(text)]
    assert not [f for f in found if f in ("5/5", "7/10", "2/4", "1/2", "3/4", "4/27", "5/11")], found


def test_a_house_number_is_no_dates_tail_and_a_street_stays_on_its_line() -> None:
    text = "Seen 11/17/24  Lakes Family Health\nCorinna Brook  77yo"
    addresses = [text[s.start : s.end] for s in find_english_phi(text) if s.category == "address"]
    assert addresses == []


def test_counts_with_units_stay_measurements(notes: NoteDeidentifier) -> None:
    kept(notes, "WBC 12 K, plt 250000 K/uL, viral load 1200000 copies", "250000", "1200000")


@pytest.mark.parametrize(
    "text",
    [
        "Hx HTN (Lisinopril x 3 yrs); worked as a nurse.",
        "Smoker (Marlboro x 20 yrs); quit; occupational history unremarkable",
        "Noise exposure (Chest Pain x 2 yrs)",
        "Hx asthma (Albuterol Inhaler x 10 yrs)",
    ],
)
def test_exposure_history_needs_a_workplace(text: str) -> None:
    assert find_exposure_employers(text) == []


def test_a_title_stays_and_is_no_name_alone(notes: NoteDeidentifier) -> None:
    text = "Attending Dr Church notified; fax to Dr. al-Amin today."
    assert sorted(text[s.start : s.end] for s in find_shorthand_names(text)) == ["Church", "al-Amin"]
    kept(notes, text, "Attending Dr ", "fax to Dr. ")
    out = kept(notes, "Referred by: Dr. Church\nDate of service 10/29/2021", "Referred by: Dr. ")
    assert "Church" not in out, out


def test_a_street_surrogate_holds_no_word_of_the_note() -> None:
    note_words = frozenset("seen by dr street at home on elm avenue road lane drive".split())
    surrogate = SurrogateMaker(b"k" * 32).make("address", "12 Quarry Rd", lang="en", avoid=note_words)
    assert not set(surrogate.lower().split()) & note_words, surrogate
