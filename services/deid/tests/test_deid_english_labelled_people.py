"""People named in labelled fields and sign-offs of English forms, whatever their words: an inverted
name after a person's label with dot leaders (``Patient ........ QUARTERMAINE, ROWAN``), in capitals
after a person's word in a sentence, a name with a credential in brackets, an initial before a
``Mc`` and hyphen surname, a surname's particle joined by a hyphen (``al-Masri``), and a caller
naming a two-word patient (``Ngoc Anh's daughter``); the labelled names' words are not spread to
other mentions ("Bone scan" stays) (``core/text/english_person_frames.find_labelled_people``,
``english_staff_mentions.py``, ``spans.add_uncovered``).

Every line of ``english_labelled_people_cases.txt`` was written for this test from general
knowledge of message queues, hospice, anticoagulation, blood-bank, device-clinic, lactation,
school, placard, diving, bronchoscopy, jury and pharmacy paperwork (none comes from an evaluation
set); ``«value»`` marks an identifier, ``‹value›`` a clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.core.text.english_person_frames import find_labelled_people, find_person_frames
from medenclave_deid.core.text.english_staff_mentions import find_staff_mentions
from medenclave_deid.core.text.spans import PhiSpan, add_uncovered
from medenclave_testing.marked_notes import marked_cases

SECRET = b"l" * 32


@marked_cases(Path(__file__).parent / "english_labelled_people_cases.txt", "case", digits=2)
def test_labelled_people_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize(
    "text",
    [
        "Pt: Alert, Oriented x3",
        "Drug name: Warfarin, Coumadin 5 mg",
        "patient HIV, HCV negative",
        "Patient ........ stable, afebrile",
        "Bone Marrow (MD) report pending",
    ],
)
def test_no_inverted_name_without_its_frame(text: str) -> None:
    assert find_person_frames(text) == [] and find_labelled_people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patient ........ BONE, HOPE\nDOB 01/02/1950", "BONE, HOPE"),
        ("Verified by Heart, Lane (MLS).", "Heart, Lane"),
        ("Referring ...... T. MacGillivray-Oduya, MD", "T. MacGillivray-Oduya"),
        ("Placard for applicant CROSS, IVY M. on file", "CROSS, IVY"),
    ],
)
def test_labelled_people(text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in find_labelled_people(text)] == [name]


def test_a_labelled_body_part_surname_is_not_spread(en_notes) -> None:
    en_notes.check("Patient ........ BONE, HOPE\nBone scan negative.", gone=["HOPE"], kept=["Bone scan"])


def test_the_uncovered_words_of_a_beaten_span_stay_a_name() -> None:
    text = "This is Ivy Cross, Ngoc Anh's daughter."
    found = [PhiSpan(12, 27, "name")]  # "Cross, Ngoc Anh"
    extra = [PhiSpan(8, 17, "name")]  # "Ivy Cross"
    got = [text[s.start : s.end] for s in add_uncovered(found, extra, text)]
    assert got == ["Ivy", "Cross, Ngoc Anh"]


@pytest.mark.parametrize(
    "text",
    [
        "Re: Warfarin, Bridging",
        "To: Pharmacy, Outpatient",
        "From: Radiology, Main Campus",
        "Provider: Cardiology, Inpatient",
        "RE: Recall, Metformin ER",
    ],
)
def test_a_labelled_value_of_no_person_words_is_no_one(notes, text: str) -> None:
    assert find_staff_mentions(text, notes._vocabulary) == []


def test_a_slot_found_plain_given_name_spreads_but_a_word_surname_does_not(en_notes) -> None:
    en_notes.check(
        "Boyfriend (lives in home): Dmitri Voskresensky\nPlan: Dmitri not to visit.\n"
        "Technologist ..... Lane Heart, RT(R)\nHeart rate 70, Bone scan negative.",
        gone=["Dmitri", "Voskresensky"],
        kept=["Heart rate 70", "Bone scan"],
    )
