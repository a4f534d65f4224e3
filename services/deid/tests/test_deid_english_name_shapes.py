"""English names told by the shape they are written in: "LAST, FIRST" filling a field or a cell
(upper case, an everyday word for a given name, a short upper-case given name), a nickname
in quotes or parentheses between a given name and a surname, a rare surname after a given
name in lower-case dictation; names with diacritics and apostrophes; first names alone after
role words and verbs of talking. Beside them, the words of other meanings that stay.
Invented cases only."""

from __future__ import annotations

import pytest

from medenclave_testing.marked_notes import gone, kept

SECRET = b"n" * 32


@pytest.mark.parametrize(
    "text, values",
    [
        ("Bed 9  |  TER-PETROSYAN, ARAM K  |  MRN 55120934", ("TER-PETROSYAN", "ARAM")),
        ("Bed 3  |  KARAPETYAN, ANI  |  DOB 04/11/1958", ("KARAPETYAN", "ANI")),
        ("Candidate: ZHU, JUSTICE   DOB 11/12/1994", ("ZHU", "JUSTICE")),
        ("Pt: WASHINGTON, AMY   MRN E3564492   Chair 4", ("WASHINGTON", "AMY")),
        ("Donor: OKONJO, HOPE\nBlood type O+", ("OKONJO", "HOPE")),
        ("Triage RN: L. Park, RN   Registration: Kim, Ranger\n", ("Kim", "Ranger")),
        ("Registration: Bailey, Serenity\n", ("Bailey", "Serenity")),
        ("Bed 2  |  GALLAGHER, MAUREEN V  |  MRN 40112233", ("GALLAGHER", "MAUREEN")),
    ],
)
def test_last_first_filling_a_field(notes, text, values):
    gone(notes, text, *values)


@pytest.mark.parametrize(
    "text, values",
    [
        ("Robert 'Bobby' Tran was seen today.", ("Robert", "Bobby", "Tran")),
        ("Elizabeth (Liz) Harrow came with her son.", ("Elizabeth", "Liz", "Harrow")),
        ('Visitor: Margaret "Peggy" Oyelowo', ("Margaret", "Peggy", "Oyelowo")),
    ],
)
def test_nickname_between_given_name_and_surname(notes, text, values):
    gone(notes, text, *values)


@pytest.mark.parametrize(
    "text, values",
    [
        ("this is dictation for patient marcus whitfield period", ("marcus", "whitfield")),
        ("patient brittany olson comma date of birth to follow", ("brittany", "olson")),
        ("Patient: zenaida okwuosa, 73-yr-old, weight 62 kg.", ("zenaida", "okwuosa")),
    ],
)
def test_lower_case_dictation(notes, text, values):
    gone(notes, text, *values)


@pytest.mark.parametrize(
    "text, values",
    [
        ("Patient: Nguyễn Thị Hoa, seen today.", ("Nguyễn", "Hoa")),
        ("Mr. Kiełbowicz was seen today.", ("Kiełbowicz",)),
        ("Seen with Aminata N'Diaye and Marco D'Angelo.", ("N'Diaye", "D'Angelo", "Aminata")),
        ("Per Jen in pharmacy, dose was adjusted.", ("Jen",)),
        ("Spoke with Raj about the plan.", ("Raj",)),
        ("d/w Kasia regarding discharge.", ("Kasia",)),
        ("cc: Marisol", ("Marisol",)),
        ("Support from roommate Hui and her landlord Oyelaran.", ("Hui", "Oyelaran")),
        ("Spoke with pharmacist Tadeusz about the interaction.", ("Tadeusz",)),
        ("Her coworker Anneliese drove her in.", ("Anneliese",)),
    ],
)
def test_names_of_every_spelling_and_first_names_alone(notes, text, values):
    gone(notes, text, *values)


def test_label_field_ends_before_a_claimed_email(notes):
    gone(notes, "Parent/guardian: Tariq MacLeod Tmacleod@yahoo.com  301-661-3664\n", "Tariq", "MacLeod")


def test_first_name_before_a_role(notes):
    gone(notes, "FROM: Justice, referral coordinator   Fax: 407-331-7887\n", "Justice")
    kept(notes, "From: Cardiology, nurse navigator\n", "Cardiology")


def test_given_name_before_a_surname_read_as_a_place(notes):
    gone(notes, "Medical toxicologist on call: Gerald Washington, MD.\n", "Gerald", "Washington")


def test_upper_case_name_alone_on_its_line(notes):
    gone(notes, "July 29, 2021\n\nTIMOTHY SZYMANSKI\n2994 Washington Blvd\n", "TIMOTHY", "SZYMANSKI")


def test_upper_case_headings_stay(notes):
    kept(notes, "MARK ANTERIOR\nGRACE PERIOD\nCHEST PAIN\n", "MARK ANTERIOR", "GRACE PERIOD", "CHEST PAIN")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Can you call me back?\n\nAllison\n\n-- \nA. S. Parker, MD\nPager 5551234", "Allison"),
        ("Let me know.\nOluwadamilare\n--\nCardiology fellow", "Oluwadamilare"),
    ],
)
def test_sign_off_above_a_signature_separator(notes, text, value):
    gone(notes, text, value)


def test_sign_off_words_of_other_meanings_stay(notes):
    kept(notes, "See you then.\n\nThanks\n\n-- \nClinic staff", "Thanks")


def test_surname_in_a_drug_list_before_a_credential(notes):
    gone(notes, "Seen with resident; staffed by Rosenthal.\n-- Rosenthal MD, 7/21/2025", "Rosenthal")


@pytest.mark.parametrize(
    "text, values",
    [
        ("Religion: Baptist, Methodist", ("Baptist", "Methodist")),
        ("Allergies: Penicillin, Sulfa", ("Penicillin", "Sulfa")),
        ("ROS: HEENT, NECK negative", ("HEENT",)),
        ("Diagnosis: Hypertension, Diabetes", ("Hypertension", "Diabetes")),
        ("Status: Stable, Improving\n", ("Stable", "Improving")),
        ("Pt prefers 'Tylenol' (acetaminophen) for pain.", ("Tylenol", "acetaminophen")),
        ("patient tolerated ivabradine well", ("ivabradine",)),
        ("pt: afebrile overnight, stable", ("afebrile overnight",)),
        ("Submassive pulmonary embolism was found.", ("Submassive",)),
        ("Lasix 40 mg given; Lasix held by Dr. Okafor MD overnight.", ("Lasix",)),
    ],
)
def test_words_of_other_meanings_stay(notes, text, values):
    kept(notes, text, *values)
