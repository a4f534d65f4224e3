"""Clinicians and care facilities in document kinds seen little before: stress-test reports, TB
contact worksheets, AMA forms, OPAT letters, mandated reports, work-status forms, send-out
manifests, SMS threads, security reports, interpreter notes, telemetry logs and well-child visits.

Every line of ``english_clinician_facility_cases.txt`` was invented for this test from general
knowledge of US clinical paperwork (none comes from an evaluation set); ``«value»`` marks an
identifier, ``‹value›`` a clinical term (eponyms included) that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"k" * 32


@marked_cases(Path(__file__).parent / "english_clinician_facility_cases.txt", "case", digits=2)
def test_clinicians_and_facilities_go_eponyms_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize(
    ("note", "name", "credential"),
    [
        ("Tech: Wilhelmina Crane, CCT", "Crane", "CCT"),
        ("Cath lab: Odessa Quillfeather, RCIS", "Quillfeather", "RCIS"),
        ("Seen with Posy Hartigan, CPNP.", "Hartigan", "CPNP"),
        ("Audiology by Linnea Marchetti, AuD.", "Marchetti", "AuD"),
        ("Received by: Tobiah Renfrew, MLS", "Renfrew", "MLS"),
    ],
)
def test_technologists_credentials_stay_after_the_name(
    en_notes, note: str, name: str, credential: str
) -> None:
    en_notes.check(note, gone=[name], kept=[credential])


@pytest.mark.parametrize(
    "note", ["Collected by: Q.V.", "Received by W.Z. at 0930", "Courier: Y.K.", "TST placed by: H.J."]
)
def test_dotted_initials_signing_a_specimen_step_go(en_notes, note: str) -> None:
    initials = note.split(":")[-1].split(" by ")[-1].split()[0]
    en_notes.gone(note, initials)


def test_a_dotted_route_after_a_step_verb_stays(en_notes) -> None:
    en_notes.check("Ceftriaxone placed I.V. per protocol.", kept=["I.V."])


@pytest.mark.parametrize(
    ("note", "terms"),
    [
        ("Hips: per Ortolani and Barlow findings, stable.", ["Ortolani", "Barlow"]),
        ("Weber/Rinne tests symmetric.", ["Weber", "Rinne"]),
        ("Positional vertigo per Dix-Hallpike, BPPV likely.", ["Dix-Hallpike", "BPPV"]),
        ("Hip exam: Ortolani findings equivocal.", ["Ortolani"]),
    ],
)
def test_coordinated_and_hyphenated_eponyms_stay(en_notes, note: str, terms: list[str]) -> None:
    en_notes.check(note, kept=terms)


def test_two_surnames_joined_by_and_without_their_thing_go(en_notes) -> None:
    en_notes.gone("Case reviewed by Jones and Wilson at the huddle.", "Jones", "Wilson")


@pytest.mark.parametrize("note", ["New Afib, rate 140s.", "0455|Afib RVR 140s|tele", "Vtach 9 beats."])
def test_rhythm_words_stay(en_notes, note: str) -> None:
    assert en_notes.text(note) == note


@pytest.mark.parametrize(
    ("note", "kept", "gone"),
    [
        ("Called Brackenridge Home Health for the intake.", ["Called"], ["Brackenridge"]),
        ("To Quarry Hill Infusion Pharmacy, attn: pharmacist", ["To"], ["Quarry"]),
        ("Seen by Dr. Pembleton. Labs drawn at 0600.", ["Labs"], ["Pembleton"]),
        ("Discharged to Juniper Ridge Skilled Nursing with PT.", ["PT"], ["Juniper", "Skilled Nursing"]),
    ],
)
def test_facility_names_begin_after_lead_words_and_sentences(
    en_notes, note: str, kept: list[str], gone: list[str]
) -> None:
    en_notes.check(note, gone=gone, kept=kept)


@pytest.mark.parametrize(
    "note",
    [
        "Skilled Nursing Facility placement discussed.",
        "Home Health Skilled Nursing visits 2x/wk",
        "converted to Regional anesthesia",
        "Prominent from the U wave.",
    ],
)
def test_generic_care_words_and_regional_anesthesia_stay(en_notes, note: str) -> None:
    assert en_notes.text(note) == note


@pytest.mark.parametrize(
    ("note", "short"),
    [
        ("Born at Regional, then home.", "Regional"),
        ("returned to Memorial for cath", "Memorial"),
        ("Seen at the U last spring.", "U"),
    ],
)
def test_short_hospital_names_go(en_notes, note: str, short: str) -> None:
    out = en_notes.text(note)
    assert f" {short} " not in out and f" {short}," not in out, out
