"""English notes: forms of identifiers met on a fifth reading round (telephone numbers with a
slash after the area code, social security numbers in dotted groups, ambulance units named by
their plates, a relative's first name heading a family-history item) and the clinical words that
stay beside them (radiation doses in gray, sieverts or kVp). Invented cases only."""

from __future__ import annotations

import pytest

from medenclave_testing.marked_notes import gone, kept

SECRET = b"v" * 32


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
    gone(notes, text, value)


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
    gone(notes, text, value)


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
    gone(notes, text, value)


@pytest.mark.parametrize(
    "text, values",
    [
        (
            "Family history:\n - mother Rosalind: lupus dx 40.\n - father Ignatius: MI at 61.\n",
            ["Rosalind", "Ignatius"],
        ),
        (
            "FHx:\n- aunt Oluwaseyi: breast cancer\n- uncle Thaddeus: colon cancer\n",
            ["Oluwaseyi", "Thaddeus"],
        ),
        (
            "Pedigree notes\n * sister Marisol: BRCA2 carrier\n * brother Kenji: untested\n",
            ["Marisol", "Kenji"],
        ),
        (
            "Relatives: grandmother Henrietta: dementia at 80; cousin Bartholomew: healthy.",
            ["Henrietta", "Bartholomew"],
        ),
        ("- daughter Esperanza: asthma, on inhaler\n- son Cormac: ADHD\n", ["Esperanza", "Cormac"]),
    ],
)
def test_relative_name_before_colon(notes, text, values):
    gone(notes, text, *values)


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
    kept(notes, text, *values)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Sedation: propofol by Mwangi, CRNA; no events.", "Mwangi"),
        ("-- Oyelaran MD, seen with resident", "Oyelaran"),
        ("Block placed by Adeyemi, CRNA under US guidance.", "Adeyemi"),
        ("Cosign: Nwachukwu, NP 3/4", "Nwachukwu"),
        ("Chart reviewed by Ferreira-Lima? no: by Okonjo, PharmD.", "Okonjo"),
    ],
)
def test_rare_word_before_a_credential(notes, text, value):
    gone(notes, text, value)


@pytest.mark.parametrize(
    "text, values",
    [
        ("Lasix, RN to give at 1800.", ["Lasix"]),
        ("Cardiology, MD aware of the troponin.", ["Cardiology"]),
        ("Heparin RN protocol per nomogram.", ["Heparin"]),
        (
            "Enrolled in an Intensive Outpatient Treatment Program.",
            ["Intensive Outpatient Treatment Program"],
        ),
        ("Methadone Treatment Program dosing 80 mg daily.", ["Methadone Treatment Program"]),
    ],
)
def test_clinical_words_before_credentials_and_programs_stay(notes, text, values):
    kept(notes, text, *values)


@pytest.mark.parametrize(
    "text, value",
    [
        ("INTAKE NOTE   Waukegan Opioid Treatment Program\nPt doing well.", "Waukegan"),
        ("Transferred from Cedar Ridge Treatment Program last week.", "Cedar Ridge"),
        ("Doses guest-dosed at Tallahassee Recovery Treatment Program.", "Tallahassee"),
        ("Letter to Blue Mesa Treatment Programs re: take-homes.", "Blue Mesa"),
        ("Admitted via Lakeshore Methadone Treatment Program (clinic fax on file).", "Lakeshore"),
    ],
)
def test_treatment_programs_are_facilities(notes, text, value):
    out = gone(notes, text, value)
    assert "Pt doing well" in out or "\n" not in text


@pytest.mark.parametrize(
    "text, value",
    [
        ('"hello dr osei its Tova again. the rash is back"', "Tova"),
        ("Reply from clinic:\nHi Bex, please hold the dose tonight.", "Bex"),
        ("Dear Zoltan,\nYour labs are normal.", "Zoltan"),
        ("Good morning Ines! The refill was sent.", "Ines"),
        ("Let me know if the swelling returns.\nThanks, Mags\n", "Mags"),
    ],
)
def test_names_in_greetings(notes, text, value):
    gone(notes, text, value)


@pytest.mark.parametrize(
    "text, values",
    [
        ("Hi team, pt stable overnight.", ["Hi team"]),
        ("Dear Colleague,\nThank you for the referral.", ["Dear Colleague"]),
        ("Hi all, MRI moved to 3 pm.", ["Hi all"]),
        ("Hi everyone, rounds start at 8.", ["Hi everyone"]),
        ("| drug | dose | ratio |\n| warfarin | 5 mg | 1/2 |\n", ["1/2"]),
    ],
)
def test_greeting_words_and_ratios_stay(notes, text, values):
    kept(notes, text, *values)


@pytest.mark.parametrize(
    "text, value",
    [
        ("FAX  FROM: ST. BARNABY'S   (555) 201-3344   01/02/2024 09:10 P.001/002", "BARNABY"),
        ("FAX FROM: RED CANYON HEALTH   1-505-201-3344   page 1", "RED CANYON"),
        ("FAX COVER\nTO: PINE HOLLOW ORTHOPEDICS   (207) 555-0199\nRE: referral", "PINE HOLLOW"),
        ("Fax cover sheet  FROM: Lakemont Family Practice   612-555-0134", "Lakemont"),
        ("FAX  TO: DRY CREEK WOUND CLINIC   3035550188   pages: 3", "DRY CREEK"),
    ],
)
def test_fax_cover_parties(notes, text, value):
    gone(notes, text, value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("| drug | last fill | qty |\n| lisinopril | 4/17 | 30 |\n", "4/17"),
        ("| vaccine | date given |\n| Tdap | 11/3 |\n", "11/3"),
        ("| DOS | CPT |\n| 6/9 | 99213 |\n", "6/9"),
        ("| test | collected | result |\n| A1c | 2/28 | 7.1 |\n", "2/28"),
        ("| item | due |\n| colonoscopy | 12/1 |\n", "12/1"),
    ],
)
def test_month_day_in_date_columns(notes, text, value):
    gone(notes, text, value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Dad (work: the county road department) will pick her up.", "county road department"),
        ("She works for the city water department as a meter reader.", "city water department"),
        ("Employer: the state highway office; light duty requested.", "state highway office"),
        ("Retired from the township public works garage in 2019.", "public works garage"),
        ("Husband employed by the school transportation district.", "school transportation district"),
    ],
)
def test_public_employers(notes, text, value):
    gone(notes, text, value)


@pytest.mark.parametrize(
    "text, values",
    [
        ("Rh negative: Rho(D) immune globulin 300 mcg IM.", ["Rho(D) immune globulin"]),
        ("Apgars 8/9 at 1 and 5 minutes.", ["Apgars 8/9"]),
        ("APGAR scores 7/9, weight 3.1 kg.", ["APGAR scores 7/9"]),
        ("Grades 3/4 neutropenia on cycle 2.", ["Grades 3/4"]),
        ("Went to work at the county fair.", ["county fair"]),
    ],
)
def test_clinical_forms_stay(notes, text, values):
    kept(notes, text, *values)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Visit 03.14.23 for follow-up.", "03.14.23"),
        ("Appt: 7.9.24 with cardiology", "7.9.24"),
        ("Procedure 11.02.22 uncomplicated.", "11.02.22"),
        ("Member ID QTR55120 grp 44810B", "44810B"),
        ("Grp # 77120-C on the card", "77120-C"),
    ],
)
def test_dotted_dates_and_group_numbers(notes, text, value):
    gone(notes, text, value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("If positive, refer to hand surgery (Okafor at 555-201-3344).", "Okafor"),
        ("Sleep study ordered (Lindqvist at (207) 555-0143) for titration.", "Lindqvist"),
        ("Questions to the PCP (Brown at 612.555.0177).", "Brown"),
        ("Genetics referral placed (Abernathy-Cole at 1-503-555-0102).", "Abernathy-Cole"),
        (
            "Works weekends at Cedar Valley Water District; mom (work: Lakota Parks Authority).",
            "Cedar Valley",
        ),
    ],
)
def test_contacts_and_named_employers(notes, text, value):
    gone(notes, text, value)


@pytest.mark.parametrize(
    "text, values",
    [
        ("Call the nurse line (Triage at 555-201-3344) with fevers.", ["Triage"]),
        ("Refill questions (Pharmacy at 612-555-0188).", ["Pharmacy"]),
        ("work: Medicine Department rotation.", ["Medicine Department"]),
        ("Follow-up with Dr. Ames at the clinic at 3 pm.", ["at the clinic at 3 pm"]),
        ("BP 128/76 at 2 pm (recheck at 4 pm).", ["recheck at 4 pm"]),
    ],
)
def test_service_words_before_numbers_stay(notes, text, values):
    kept(notes, text, *values)
