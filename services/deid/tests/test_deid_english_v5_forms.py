"""English notes: forms of identifiers met on a fifth reading round (telephone numbers with a
slash after the area code, social security numbers in dotted groups, ambulance units named by
their plates, a relative's first name heading a family-history item) and the clinical words that
stay beside them (radiation doses in gray, sieverts or kVp). Invented cases only."""

from __future__ import annotations

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text import NoteDeidentifier

SECRET = b"v" * 32


@pytest.fixture(scope="module")
def notes() -> NoteDeidentifier:
    return make_note_deidentifier(SECRET)


def _out(notes: NoteDeidentifier, text: str) -> str:
    return notes.deidentify(text, lang="en").text


def _gone(notes: NoteDeidentifier, text: str, *values: str) -> str:
    out = _out(notes, text)
    for value in values:
        assert value.lower() not in out.lower(), (value, out)
    return out


def _kept(notes: NoteDeidentifier, text: str, *values: str) -> str:
    out = _out(notes, text)
    for value in values:
        assert value in out, (value, out)
    return out


@pytest.mark.parametrize(
    "text, value",
    [
        ("Call the front desk at 417/203-8841 for results.", "417/203-8841"),
        ("Daughter's cell 612/555.0193, evenings only.", "612/555.0193"),
        ("fax 919/480-2217 (attn: records)", "919/480-2217"),
        ("Reach the case manager on 503/661-7420 before discharge.", "503/661-7420"),
        ("Pharmacy line: 260/913-4408\nRefills x2", "260/913-4408"),
    ],
)
def test_phone_with_slash_after_area_code(notes, text, value):
    _gone(notes, text, value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("SSN on file 318.44.9021.", "318.44.9021"),
        ("Social security 207.61.5530 verified by registration.", "207.61.5530"),
        ("Disability form needs SSN: 455.09.7716", "455.09.7716"),
        ("Guarantor ID 612.38.0047 (self)", "612.38.0047"),
        ("ss no. 533.72.1189 - copy scanned", "533.72.1189"),
    ],
)
def test_ssn_in_dotted_groups(notes, text, value):
    _gone(notes, text, value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Transferred to the ED by ambulance, transport unit KDP 204.", "KDP 204"),
        ("Brought in by medic unit 552-RTY after the fall.", "552-RTY"),
        ("EMS unit TRW 7718 arrived at 14:10.", "TRW 7718"),
        ("Ambulance GHL-382 delayed by traffic; pt stable en route.", "GHL-382"),
        ("Rescue unit 3MXK221 from the county station.", "3MXK221"),
    ],
)
def test_ambulance_plates(notes, text, value):
    _gone(notes, text, value)


@pytest.mark.parametrize(
    "text, values",
    [
        ("Family history:\n - mother Rosalind: lupus dx 40.\n - father Ignatius: MI at 61.\n",
         ["Rosalind", "Ignatius"]),
        ("FHx:\n- aunt Oluwaseyi: breast cancer\n- uncle Thaddeus: colon cancer\n",
         ["Oluwaseyi", "Thaddeus"]),
        ("Pedigree notes\n * sister Marisol: BRCA2 carrier\n * brother Kenji: untested\n",
         ["Marisol", "Kenji"]),
        ("Relatives: grandmother Henrietta: dementia at 80; cousin Bartholomew: healthy.",
         ["Henrietta", "Bartholomew"]),
        ("- daughter Esperanza: asthma, on inhaler\n- son Cormac: ADHD\n", ["Esperanza", "Cormac"]),
    ],
)
def test_relative_name_before_colon(notes, text, values):
    _gone(notes, text, *values)


@pytest.mark.parametrize(
    "text, values",
    [
        ("Family History: mother: diabetes. Father: CAD.", ["Family History", "Father: CAD"]),
        ("Plan: SBRT 48 Gy in 4 fractions, then review.", ["48 Gy in 4 fractions"]),
        ("Prior whole-breast RT 50 Gy; boost 10 Gy.", ["50 Gy", "10 Gy"]),
        ("CT dose estimate 3.2 mSv at 120 kVp.", ["3.2 mSv", "120 kVp"]),
        ("Radioiodine 100 mCi given; uptake scan 370 MBq.", ["100 mCi", "370 MBq"]),
    ],
)
def test_units_and_headings_stay(notes, text, values):
    _kept(notes, text, *values)
