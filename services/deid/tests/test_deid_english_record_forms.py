"""English notes: record-layout forms of identifiers and names (upper-case face sheets, ages
beside a name, ``lic`` numbers, compressed IPv6, month/day by what is planned, towns named by
their police, one-word hospital brands, Vietnamese spellings, lower-case dictation, surname
particles, handoff initials) and the clinical words around them that stay. Invented cases only."""

from __future__ import annotations

import pytest

from medenclave_testing.marked_notes import english_text, gone

SECRET = b"f" * 32


@pytest.mark.parametrize(
    "text, values",
    [
        ("ADDR : 771 JUNIPER RIDGE RD\nASPEN FALLS ,CO 81611\n", ["JUNIPER RIDGE", "ASPEN FALLS"]),
        ("ADDRESS: 12 OLD FERRY LN APT 4\nCOLD BROOK ,NY 13324-1180\n", ["OLD FERRY", "COLD BROOK"]),
        ("Home: 9040 COUNTY ROAD 112\nPINE BLUFF , AR 71603\n", ["COUNTY ROAD 112", "PINE BLUFF"]),
        ("| 3318 WILLOW BEND DR, LOT 7 |\nBRAMBLETON ,VA 20148\n", ["WILLOW BEND", "BRAMBLETON"]),
        ("Mail to 45 HARBOR VIEW CT UNIT 9\nGLEN ARBOR ,MI 49636\n", ["HARBOR VIEW", "GLEN ARBOR"]),
    ],
)
def test_upper_case_address_blocks(notes, text, values):
    gone(notes, text, *values)


@pytest.mark.parametrize(
    "text, age",
    [
        ("Pt: Wilhelmina Rusk (96)   MRN 55120873\nReferral: chaplain", "96"),
        ("Person affected: patient - Odalys Ferro, 103, MRN K4412090\nEvent: fall", "103"),
        ("Patient: Tobias Hale (91 y)  seen on rounds", "91"),
        ("Resident: Marguerite Oyelowo, 98, DOB on file", "98"),
        ("Client: Imre Szabo (94)  Room 12", "94"),
    ],
)
def test_ages_beside_a_name(notes, text, age):
    out = english_text(notes, text)
    assert f"({age}" not in out and f", {age}," not in out, out


@pytest.mark.parametrize(
    "text, value",
    [
        ("verified by Oduya (PharmD, lic 44.118203) at the bedside", "44.118203"),
        ("Checked by RN Falk, lic# 7781204", "7781204"),
        ("Pharmacist lic. 300-41877 co-signed the order", "300-41877"),
        ("Counselor Ibsen, license no. 66120-3 present", "66120-3"),
        ("signed: Teodor Brandt, RPh (lic 91.004521)", "91.004521"),
    ],
)
def test_licence_numbers_after_lic(notes, text, value):
    gone(notes, text, value)


@pytest.mark.parametrize(
    "value",
    [
        "2001:db8:7a1:c2::19",
        "fd00:12:3::4",
        "2001:db8::8a2e:370:7334",
        "fe80:0:1:44::",
        "2607:f8b0:4:80a::200e",
    ],
)
def test_compressed_ipv6(notes, value):
    gone(notes, f"Portal opened from {value}, session closed.", value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Full SSN on authorization: 402 17 9953", "402 17 9953"),
        ("SSN as given by patient: 518-33-0417", "518-33-0417"),
        ("Social security number on file # 227 80 4411", "227 80 4411"),
        ("SSN verified with ID: 603.21.7788", "603.21.7788"),
        ("SS# (last on record): 711 02 5590", "711 02 5590"),
    ],
)
def test_ssn_after_a_worded_cue(notes, text, value):
    gone(notes, text, value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Pump sent home for 46 h, disconnect 11/8.", "11/8"),
        ("Admit: 2/14/2024   Anticipated d/c: 2/19", "2/19"),
        ("HANDOFF  nights -> days   10/2\nTeam C", "10/2"),
        ("Foley removal planned 5/30 if voiding trial passes", "5/30"),
        ("Antibiotics through 7/4, then stop.", "7/4"),
    ],
)
def test_month_day_after_what_is_planned(notes, text, value):
    gone(notes, text, value)


def test_fractions_and_doses_stay(notes):
    out = english_text(notes, "Take 1/2 tab daily; through 2/3 of the cycle; strength 5/5 bilaterally.")
    assert "1/2 tab" in out and "5/5" in out


@pytest.mark.parametrize(
    "text, values",
    [
        ("Circumstances: Maple Grove PD officer responded to the call.", ["Maple Grove"]),
        ("Employer: City of Bramwell    badge on file", ["Bramwell"]),
        ("Years of noise exposure at Kettle Falls Police Department.", ["Kettle Falls"]),
        ("Transported after Dunmore Fire Department extrication.", ["Dunmore"]),
        ("Called by Ridgeway Sheriff's Office deputy.", ["Ridgeway"]),
    ],
)
def test_towns_named_by_their_services(notes, text, values):
    gone(notes, text, *values)


@pytest.mark.parametrize(
    "text, values",
    [
        ("ED evaluation at Mercy: overdose, admitted.", ["Mercy"]),
        ("Facility: Providence     Unit: 4 East", ["Providence"]),
        ("Mercy Hospital Alder Falls HEALTH INFORMATION MGMT", ["Alder Falls"]),
        ("ED evaluation at St. Jude's Easton: chest pain", ["Easton"]),
        ("Sutter - Medicine team A (Dr. Varga's team)", ["Sutter"]),
        ("AUDIOLOGY\nBrookfield Hearing & Balance   March 3", ["Brookfield"]),
        ("first choice Pine Hollow Veterans Home in town", ["Pine Hollow"]),
        ("Pt admitted via Galesburg ED overnight.", ["Galesburg"]),
    ],
)
def test_facilities_by_brand_pair_or_department(notes, text, values):
    gone(notes, text, *values)


def test_departments_after_a_hospital_stay(notes):
    out = english_text(notes, "Alder Regional Medical Center Labor & Delivery\nMercy Transfusion Service\n")
    for kept in ("Labor & Delivery", "Transfusion Service"):
        assert kept in out, (kept, out)


@pytest.mark.parametrize(
    "text, values",
    [
        ("Pathology (Trịnh): margins negative.", ["Trịnh"]),
        ("I discussed it with Mai Đoàn, RN at the bedside.", ["Mai", "Đoàn"]),
        ("2) LƯU, Hương  rm 218  MRN K55102  71 yo F", ["LƯU", "Hương"]),
        ("Visitor Quỳnh Võ (niece) witnessed the fall.", ["Quỳnh", "Võ"]),
        ("Discussion: Nguyễn would favor surgery.", ["Nguyễn"]),
    ],
)
def test_vietnamese_spellings(notes, text, values):
    out = gone(notes, text, *values)
    assert "Visitor" in out or "Visitor" not in text


@pytest.mark.parametrize(
    "text, values",
    [
        (
            "this is doctor ferreira-lund dictating a clinic note on lena moss comma medical record",
            ["ferreira-lund", "lena", "moss"],
        ),
        ("end of dictation period copy to doctor van der zee period", ["zee"]),
        (
            "this is doctor st. aubyn dictating a clinic note on Oskar Lindqvist comma date of service",
            ["aubyn", "Oskar", "Lindqvist"],
        ),
        ("copy to doctor okonkwo-hart period\nD: 3/1/24", ["okonkwo-hart"]),
        ("referred by doctor Inés de la Fuente of Alder Clinic for stroke", ["Inés", "Fuente"]),
        ("referred by doctor Omar bin Talal of Kestrel Clinic for COPD", ["Omar", "Talal"]),
    ],
)
def test_dictation_and_particles(notes, text, values):
    out = gone(notes, text, *values)
    assert "period" in out or "period" not in text


@pytest.mark.parametrize(
    "text, values",
    [
        ("From: K. Vale  To: R. Osei\n S: Vale to f/u CT read", ["Vale", "Osei"]),
        ("3) MARCHETTI, Dusty  rm 456  MRN E1102  52 yo M", ["MARCHETTI", "Dusty"]),
        ("Present: patient, Anselm by speakerphone, RN Ilse.", ["Anselm"]),
        ("Spoke w/ Jorah from the flight crew about transfer.", ["Jorah"]),
        ("Visit: her partner Hunter Ilves came. Hunter shared that they married in 1980.", ["Hunter"]),
        ("Patient: QUILLAN, MARK   MRN 1188\nMark still works part time.", ["Mark"]),
    ],
)
def test_handoff_and_person_forms(notes, text, values):
    gone(notes, text, *values)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Placed on Venturi mask 40%, then nasal cannula.", "Venturi mask"),
        (
            "ED evaluation at Mercy Hospital Dunmore: major depressive disorder with SI",
            "major depressive disorder",
        ),
        ("Hospital Day 3: afebrile, tolerating diet.", "Hospital Day 3"),
        ("Resident: Tomas Vanterpool, PGY-2", "PGY-2"),
        ("PCP: Harriet Quist, NP. Pharmacy: Meijer on Saginaw St.", "NP. Pharmacy:"),
        ("SW met with Mr. Ostrander at bedside. Discussed with Dr. Kell.", "Discussed with Dr."),
        ("GBS positive Epidural placed at 4 cm, comfortable.", "Epidural placed"),
        ("CT head: acute Subdural hematoma, 6 mm.", "Subdural hematoma"),
        ("Labs: CRP 61 mg/L. Comorbidities include gout and CKD 3a.", "Comorbidities include"),
    ],
)
def test_clinical_words_and_labels_stay(notes, text, kept):
    assert kept in english_text(notes, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("She is a ninety-two-year-old widow living alone.", "ninety-two"),
        ("A ninety one year old man with CHF.", "ninety one"),
        ("Patient is one hundred and one years old.", "one hundred and one"),
        ("Aged ninety-seven, lives with her son.", "ninety-seven"),
        ("Resident Cleo Arden, ninety-four, was seen.", "ninety-four"),
        ("Mrs. Ames, 93 F, presents with dyspnea.", "93 F"),
    ],
)
def test_ages_in_words_and_beside_sex(notes, text, words):
    assert words not in english_text(notes, text)


def test_numbers_in_words_that_are_no_age_stay(notes):
    out = english_text(notes, "Ninety percent of cases resolve. She walked ninety feet. Temp, 98 F.")
    assert "Ninety percent" in out and "ninety feet" in out and "98 F" in out


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Infant placed in a Pavlik harness at 3 weeks.", "Pavlik harness"),
        ("Changed to a Venturi masks protocol for transport.", "Venturi masks"),
        ("Rolled onto a Jackson frame for the spine case.", "Jackson frame"),
        ("Fitted with a Miami collar after the fall.", "Miami collar"),
        ("Placed in a Bledsoe brace post-op.", "Bledsoe brace"),
    ],
)
def test_device_eponyms_stay(notes, text, kept):
    assert kept in english_text(notes, text)


def test_a_dictated_name_ending_the_text(notes):
    assert "tam" not in english_text(notes, "cc colon doctor ines valdivia comma doctor tam").split()


@pytest.mark.parametrize(
    "text, kept",
    [
        ("PMH: Hx MI, CABG 2015. Hx CVA, HTN.", "Hx MI, CABG"),
        ("PMH: h/o COPD, OSA on CPAP.", "COPD, OSA"),
        ("Dx: CHF, AFIB; s/p TAVR, PPM.", "s/p TAVR, PPM"),
        ("Seen by Jane Roe, PA-C today.", ", PA-C"),
        ("Discussed with Nora Sills, NP-C and team.", ", NP-C"),
        ("Covering: Ilan Brooks, FNP-BC", ", FNP-BC"),
        ("Most recent labs: CRP 144 mg/L. Comorbidities include DM.", "mg/L. Comorbidities"),
    ],
)
def test_abbreviations_credentials_and_units_stay(notes, text, kept):
    assert kept in english_text(notes, text)


@pytest.mark.parametrize(
    "text, values",
    [
        ("Seen by Jane Roe, PA-C today.", ["Jane", "Roe"]),
        ("Emergency contact: ABBOTT, MI (sister)", ["ABBOTT"]),
        ("Signed: J. Fairweather, MD", ["Fairweather"]),
    ],
)
def test_names_beside_credentials_and_abbreviations_go(notes, text, values):
    gone(notes, text, *values)


@pytest.mark.parametrize(
    "text, values",
    [
        ("Pickup: 218 PEACHTREE LN, GRIFFIN ,GA 30223", ["PEACHTREE", "GRIFFIN"]),
        ("ODUYA, KEMI  DOB 04/22/1931", ["ODUYA", "KEMI"]),
        ("VANTERPOOL, ISLA M  MRN 5512004", ["VANTERPOOL", "ISLA"]),
        ("I saw your patient Mr. Soren Blackwood, 96, on rounds.", ["96"]),
        ("Mrs. Ada Quill, 101; lives alone.", ["101"]),
        ("Seen at our Riverbend clinic last spring.", ["Riverbend"]),
        ("Transferred from their Oak Hollow nursing home.", ["Oak Hollow"]),
    ],
)
def test_one_line_blocks_titled_ages_and_lower_case_facilities(notes, text, values):
    gone(notes, text, *values)


def test_service_clinics_stay(notes):
    out = english_text(
        notes, "Seen at the Cardiology clinic and the Wound Care clinic, then the Saturday clinic.")
    assert "Cardiology clinic" in out and "Wound Care clinic" in out and "Saturday clinic" in out


@pytest.mark.parametrize(
    "text, value",
    [
        ("Full social: 221 45 9087 on the form.", "221 45 9087"),
        ("Next appt Thurs, 5/14 with PT.", "5/14"),
        ("Appt: 6/2 at the wound clinic.", "6/2"),
        ("Last seen 11/19 by her PCP.", "11/19"),
        ("Follow-up Wed 7/23 in clinic.", "7/23"),
    ],
)
def test_social_and_weekday_dates(notes, text, value):
    gone(notes, text, value)


def test_weekday_before_a_date_is_no_name(notes):
    out = english_text(notes, "Next appt Tues 4/8 with PT; Fri. 5/9 as well.")
    assert "Tues" in out and "Fri." in out


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Religion: Baptist, Methodist", "Baptist, Methodist"),
        ("Dx: Autism Spectrum Disorder, level 1", "Spectrum Disorder"),
        ("Right Atrium Size: normal", "Right Atrium Size"),
        ("Unit 5 North, Mercy        04/30/2025", "Unit 5 North,"),
        ("Moved to 7 West, bed 12 overnight.", "7 West"),
    ],
)
def test_words_of_other_meanings_stay(notes, text, kept):
    assert kept in english_text(notes, text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Transferred to Providence overnight.", "Providence"),
        ("Facility: Baptist     Unit: 3 South", "Baptist"),
        ("Sentara Transfusion Service", "Sentara"),
        ("admitted at Methodist last spring", "Methodist"),
        ("Unit 5 North, Mercy        04/30/2025", "Mercy"),
    ],
)
def test_brand_hospitals_by_context(notes, text, value):
    gone(notes, text, value)
