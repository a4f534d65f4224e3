"""English forms the v11 development notes showed: a transport schedule's van and escort columns,
a lost-property log's owner and finder, a device's code after its noun, a funeral home's field
and a hospital named for a devotion. Every value is invented."""

from __future__ import annotations

import pytest

from medenclave_deid.core.text.delimited_columns import column_category

SECRET = b"v11-forms-secret-key-0123456789ab"


@pytest.mark.parametrize(
    "header, category",
    [
        ("van", "vehicle"),
        ("Car", "vehicle"),
        ("transport van #", "vehicle"),
        ("cab plate", "vehicle"),
        ("RN escort", "name"),
        ("Attendant", "name"),
        ("finder", "name"),
        ("owner", "name"),
        ("pickup address", "address"),
        ("Drop-off Address", "address"),
        ("pickup city", "geo"),
    ],
)
def test_transport_and_property_columns(header: str, category: str) -> None:
    assert column_category(header) == category


@pytest.mark.parametrize(
    "header", ["Jane Street", "Mill Road", "Car seat", "Transport", "Vehicle type", "Mode", "Item", "Status"]
)
def test_other_transport_columns_name_nothing(header: str) -> None:
    assert column_category(header) == ""


def test_a_transport_schedule_loses_plates_towns_and_escorts(en_notes) -> None:
    note = (
        "| seat | patient | pickup address | van | RN escort | notes |\n|---|---|---|---|---|---|\n"
        "| 1 | QUILLAN, Mora | 14 Fenwick Rd, Port Ellery | KWT 4407 | Dusty | walker |\n"
        "| 2 | BRAYNE, Tobin | 88 Lark Ln Unit 3, Ostrander Falls | 618-PZQ | Sonny | wheelchair van |\n"
    )
    en_notes.check(
        note, gone=["KWT 4407", "618-PZQ", "Port Ellery", "Ostrander Falls", "Dusty", "Sonny"],
        kept=["walker", "wheelchair van"],
    )


def test_a_lost_property_log_loses_owner_and_finder(en_notes) -> None:
    note = (
        "log_id,found,owner,owner_phone,item,finder,status\n"
        'LP1001,2024-02-11,"Orrin, Buddy",555-210-3381,glasses,Dusty,held\n'
        'LP1002,2024-02-12,"Vail, Tessa",555-210-3382,cane,Sonny,returned\n'
    )
    en_notes.check(note, gone=["Buddy", "Dusty", "Sonny", "Orrin"], kept=["glasses", "cane"])


@pytest.mark.parametrize(
    "note, code",
    [
        ("* Alert (hub HUB-KQ2WXZPL, last sync 2 h) - amber\n", "HUB-KQ2WXZPL"),
        ("Transmitter TX-7QM3RB replaced today.", "TX-7QM3RB"),
        ("CGM sensor SN: GX4HTQ92 expired.", "GX4HTQ92"),
        ("* Alert (hub HUB-KQWXZPLM, last sync 2 h) - amber\n", "HUB-KQWXZPLM"),
    ],
)
def test_a_device_code_after_its_noun_goes(en_notes, note: str, code: str) -> None:
    en_notes.check(note, gone=[code])


def test_device_words_before_clinical_tokens_stay(en_notes) -> None:
    note = "Insulin pump basal 0.8 units/h; monitor HR and SpO2; pump CADD-2."
    en_notes.check(note, kept=["SpO2", "CADD-2"])


@pytest.mark.parametrize(
    "note, gone",
    [
        ("Limitations: none. Funeral home: Willowmere Chapel\n", ["Willowmere Chapel"]),
        ("Mortuary: Calloway Brothers\n", ["Calloway Brothers"]),
        ("Referred by Sacred Heart of the Marshes after a fall.", ["Sacred Heart of the Marshes"]),
        ("Born at Good Samaritan of Ellery, 38 weeks.", ["Good Samaritan of Ellery"]),
    ],
)
def test_funeral_homes_and_devotion_hospitals_go(en_notes, note: str, gone: list[str]) -> None:
    en_notes.check(note, gone=gone)


def test_a_devotion_alone_stays(en_notes) -> None:
    note = "Chaplain visit; she prays to the Holy Spirit and the Sacred Heart."
    en_notes.check(note, kept=["Holy Spirit", "Sacred Heart"])


@pytest.mark.parametrize(
    "note, gone",
    [
        ("* dana okonkwo (hub 3, 10.0.0.8) - red alert\n* Pim Varga (hub 4)\n", ["dana", "okonkwo"]),
        ("* DORIAN HALVERSEN (pump 2) - amber alert\n", ["DORIAN", "HALVERSEN"]),
        ("* dorian st. halversen (pump 2) - amber alert\n", ["halversen"]),
        ("* BUDDY GARZA (pump 2) - amber alert\n", ["BUDDY", "GARZA"]),
        ("* SPIKE GARZA (pump 2) - amber alert\n", ["SPIKE", "GARZA"]),
        ("Caller: Mona Fitch (son) calling about dorian halversen, callback 555-0101\n", ["halversen"]),
    ],
)
def test_a_person_opening_a_list_item_or_a_call_goes(en_notes, note: str, gone: list[str]) -> None:
    en_notes.check(note, gone=gone)


def test_list_items_of_terms_stay(en_notes) -> None:
    note = "* chest pain (resolved)\n* gram stain (pending)\n* rose bengal (stain)\n"
    note += "* metoprolol succinate (Toprol XL)\n* heart failure (HFrEF)\n"
    note += "Caller is calling about chest pain, callback later."
    en_notes.check(note, kept=["chest pain", "heart failure"])


def test_a_surname_particle_between_commas_names_no_column(en_notes) -> None:
    note = "Name Ter-Haar, van, Pieter  (61Y M)  MRN Q5521873\nSurgeon Ada Quist, MD, FACS; fellow Ro\n"
    en_notes.check(note, gone=["Pieter", "Q5521873"])
