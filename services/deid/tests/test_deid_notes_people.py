"""English person names the lists cannot tell: given names that are everyday words, names after
cues the drug lists used to claim, signatures at the end of a message line, HL7 doctors, crews.

Every name here is invented for these tests."""

from __future__ import annotations

import pytest

from medenclave_deid.adapters.outbound.jieba_tagger import JiebaTagger
from medenclave_deid.adapters.outbound.text_vocabulary import load_text_vocabulary
from medenclave_deid.core.text import NoteDeidentifier


@pytest.fixture(scope="module")
def notes() -> NoteDeidentifier:
    return NoteDeidentifier(secret=b"p" * 32, vocabulary=load_text_vocabulary(), tagger=JiebaTagger())


@pytest.mark.parametrize("text, given", [
    ("Provider: Honor Przybylski, DO (NPI 1234567893)", "Honor"),
    ("Sonographer: Meadow Haugland, RDMS", "Meadow"),
    ("Referring: Marigold Thistlewood-Abara, MD", "Marigold"),
    ("Tdap | 2021-03-02 | 0.5 mL IM | left deltoid | Legend Castellanos", "Legend"),
    ("Daughter (Haven Oyelowo) updated by phone.", "Haven"),
    ("Supervising physician: Justice Ndiaye, MD", "Justice"),
    ("Reviewed with case manager Journey Vukovich, RN today.", "Journey"),
    ("Rocky Szczepanski, PA-C (licensed in OR)", "Rocky"),
])
def test_a_given_name_that_is_an_everyday_word_goes_with_its_surname(en_notes, text, given):
    out = en_notes.text(text)
    assert given not in out, out


@pytest.mark.parametrize("text, kept", [
    ("Diet: Clear liquids, advance as tolerated.", "Clear liquids"),
    ("Culture | Blood | No growth at 5 days", "No growth"),
    ("Allergy: royal jelly (hives).", "royal jelly"),
    ("Sharp pain in the right lower quadrant since Monday.", "Sharp pain"),
    ("ACE inhibitor held for AKI.", "ACE inhibitor"),
    ("Started Eliquis per Dr. Ndiaye, MD", "Eliquis"),
])
def test_everyday_words_in_fields_and_cells_stay(en_notes, text, kept):
    assert kept in en_notes.text(text)


@pytest.mark.parametrize("text, name", [
    ("Support from her mother Royal at home.", "Royal"),
    ("Lives with husband Rocky; no services.", "Rocky"),
    ("Emergency contact: sister Meadow, cell on file.", "Meadow"),
    ("Discussed with his wife Marigold at bedside.", "Marigold"),
    ("- Mother Ilsabet, breast cancer dx at 51, alive.", "Ilsabet"),
])
def test_a_cued_name_is_no_drug_even_where_a_drug_list_holds_the_word(en_notes, text, name):
    out = en_notes.text(text)
    assert name not in out, out


@pytest.mark.parametrize("text, kept", [
    ("Mother started Lipitor 20 mg daily.", "Lipitor 20 mg"),
    ("Son gives her insulin at night.", "insulin"),
    ("Daughter reports Royal jelly use.", "jelly"),
])
def test_drugs_after_kinship_words_stay(en_notes, text, kept):
    assert kept in en_notes.text(text)


@pytest.mark.parametrize("text, gone", [
    ("Apr 3, 2022\n\nKalani T. Fonoti\n742 Birch Hollow Rd\n", "Fonoti"),
    ("May 9, 2021\n\nTevita Mahe\n19 Quarry Ln\n", "Mahe"),
    ("To:\nSiosaia Latu\n88 Harbor View Dr\n", "Latu"),
    ("Addressee\nMalakai Vea\n1200 Elm St\n", "Vea"),
    ("Attn:\nLesieli Taufa\n5 Pine Ct\n", "Taufa"),
])
def test_a_name_above_an_address_line_is_no_measurement(en_notes, text, gone):
    out = en_notes.text(text)
    assert gone not in out, out


@pytest.mark.parametrize("text, kept", [
    ("Na 130\nK 4.1", "Na 130"),
    ("Resp: 17", "Resp: 17"),
])
def test_a_value_after_a_word_still_marks_a_measurement(en_notes, text, kept):
    assert kept in en_notes.text(text)


@pytest.mark.parametrize("segment, words", [
    ("PV1|1|I|MED^^^||||1234567890^QUIGLEY^RONAN", ("QUIGLEY", "RONAN")),
    ("PV1|1|O|ED^^^||||9988776655^ABARA^CHIDI", ("ABARA", "CHIDI")),
    ("PV1|1|O|ONC^^^||||5550001112^HALE^WINTER\n", ("HALE", "WINTER")),
    ("ROL|1|AD|PP|4455667788^TREMBLAY^ELODIE", ("TREMBLAY", "ELODIE")),
    ("PV1|1|O|CARD^^^||||123^OSEI^KWAME|", ("OSEI", "KWAME")),
])
def test_an_hl7_doctor_after_a_number_is_removed(en_notes, segment, words):
    out = en_notes.text(segment)
    assert not any(w in out for w in words), out


def test_hl7_result_codes_stay(en_notes):
    text = "OBX|1|NM|2345-7^Glucose^LN||170|mg/dL|70-99|H|||F\n"
    assert "Glucose" in en_notes.text(text)


@pytest.mark.parametrize("text, name", [
    ("Can I take it with food? Thanks, marisol", "marisol"),
    ("I feel worse today. Thank you - devontae", "devontae"),
    ("The rash is spreading. Regards, ingeborg", "ingeborg"),
    ("Pharmacy never got it. Thanks, Yusuf Demirel", "Demirel"),
    ("is that normal?? my neighbor thinks so. thanks, priyanka\n", "priyanka"),
])
def test_a_signature_ending_a_message_line_is_removed(en_notes, text, name):
    out = en_notes.text(text)
    assert name not in out, out


@pytest.mark.parametrize("text", [
    "Refill sent. Thanks, doc",
    "See you then. Thanks, everyone",
    "Got it. Thanks again",
    "Will do. Thank you so much",
    "Results are fine. Thanks, team",
])
def test_thanking_whom_is_no_signature(en_notes, text):
    assert en_notes.text(text) == text


@pytest.mark.parametrize("text, gone", [
    ("Support person: Dariusz (FOB)", "Dariusz"),
    ("Support person: Emeka (father of baby)", "Emeka"),
    ("Crew: OKONJO, CHIAMAKA, EMT", "CHIAMAKA"),
    ("Crew: T. Vandersloot, Paramedic; partner on scene", "Vandersloot"),
    ("Counselor: Ingrid Solberg, LMFT", "Solberg"),
    ("Genetic counselor: Priya Raman, MS, CGC", "Raman"),
])
def test_roles_and_credentials_mark_a_name(en_notes, text, gone):
    out = en_notes.text(text)
    assert gone not in out, out


def test_a_credential_word_itself_stays(en_notes):
    out = en_notes.text("Crew: T. Vandersloot, Paramedic; H. Abernathy, EMT")
    assert "Paramedic" in out and "EMT" in out
