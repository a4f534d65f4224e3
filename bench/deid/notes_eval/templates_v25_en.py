# Longer than 450 lines: six hand-written English document templates of v25 and the list of all twelve.
"""v25 English templates, part one (six document kinds; part two in templates_v25_en2.py).

Every function takes the note's Ctx and returns a Doc whose PHI (P) and keep (K) spans are exact.
README.md "v25" lists the document kinds and what each one plants.
"""

# ruff: noqa: E501  (document text; wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt

import _v25_kit as kt
import templates_v25_en2
from _core import Doc, K, P


def en25_colposcopy_letter(c) -> Doc:
    """Irish colposcopy clinic letter to the GP (CervicalCheck-style)."""
    d = Doc()
    town, _county, key, area = c.ch(kt.IE_TOWNS)
    hosp = c.pick(
        f"University Hospital {town}",
        f"{town} Regional Hospital",
        f"St. Brigid's Hospital, {town}",
        f"Mercy Women's Unit {town}",
    )
    first, last, _ = kt.en_person(c, "F")
    gp_f, gp_l, _ = kt.en_person(c)
    colp = kt.clin(c)
    visit = kt.rdate(c)
    dob = kt.dob_for_age(c, c.ri(25, 64), visit)
    d.put(
        "COLPOSCOPY SERVICE\n",
        P("HOSPITAL", hosp),
        "\nTel ",
        P("PHONE", kt.ie_phone(c, area)),
        "   Fax ",
        P("FAX", kt.ie_phone(c, area)),
        "\n\n",
    )
    d.put(
        "Dr ",
        P("NAME_CLINICIAN", f"{gp_f[0]}. {gp_l}"),
        "\n",
        P(
            "HOSPITAL",
            c.pick(
                f"{c.ch(kt.STREETS)} Medical Centre",
                f"{c.ch(kt.STREETS)} Family Practice",
                f"The {c.ch(kt.STREETS)} Surgery",
            ),
        ),
        "\n",
    )
    d.put(P("CITY", town), "\n\n")
    d.put(
        "Date: ",
        P("DATE", kt.fmt_date(c, visit + dt.timedelta(days=c.ri(1, 9)), c.pick("long", "dmy"))),
        "\n\n",
    )
    d.put("Re: ", P("NAME_PATIENT", f"{first} {last}"), ", DOB ", P("DATE", kt.fmt_date(c, dob, "dmy")), "\n")
    d.put(
        "Address: ",
        P(
            "ADDRESS_STREET",
            f"{c.ri(1, 88)} {c.ch(kt.STREETS)} {c.ch(('Road', 'Park', 'Drive', 'Heights', 'Grove'))}",
        ),
        ", ",
        P("CITY", town),
        ", ",
        P("POSTCODE", kt.eircode(c, key)),
        "\n",
    )
    d.put(
        "Hospital no.: ",
        P("MRN", f"{c.letters(1)}{c.digits(6)}"),
        "   PPSN: ",
        P("OTHER_ID", kt.ppsn(c)),
        "\n",
    )
    if c.chance(0.55):
        d.put("GMS medical card no.: ", P("INSURANCE", f"{c.digits(7)}{c.letters(1)}"), "\n")
    if c.chance(0.4):
        d.put("Patient prefers e-mail: ", P("EMAIL", kt.email(c, first, last)), "\n")
    d.put("\nDear Dr ", P("NAME_CLINICIAN", gp_l), ",\n\n")
    grade = c.ch(
        (
            "⟦fi|LSIL⟧ with ⟦lab|HPV 16 detected⟧",
            "⟦fi|HSIL (moderate)⟧ with ⟦lab|HPV 18 detected⟧",
            "⟦fi|ASC-US⟧ with ⟦lab|HPV other high-risk type detected⟧",
        )
    )
    d.add(
        "I saw {n} in clinic on {v} following a screening result of " + grade + ". ",
        n=P("NAME_PATIENT", c.pick(f"Ms {last}", first, f"Mrs {last}")),
        v=P("DATE", kt.fmt_date(c, visit, c.pick("long", "dmy", "dot"))),
    )
    d.add(
        "The ⟦an|transformation zone⟧ was type 1 and fully visible. After ⟦dr|acetic acid⟧ ⟦do|5%⟧ there was dense acetowhite change at 3 to 6 o'clock on the ⟦an|anterior lip of the cervix⟧; ⟦ep|Lugol's iodine⟧ showed a sharp non-staining border. "
    )
    if c.chance(0.5):
        d.add(
            "A ⟦pr|large loop excision of the transformation zone (LLETZ)⟧ was performed under ⟦dr|lidocaine⟧ ⟦do|2% with adrenaline 1:80,000, 4.4 ml⟧. The specimen measured ⟦me|18 x 14 x 9 mm⟧.\n"
        )
    else:
        d.add(
            "⟦pr|Punch biopsies⟧ were taken at 4 and 5 o'clock; ⟦dr|Monsel's solution⟧ was applied for haemostasis.\n"
        )
    d.put("Histology lab no.: ", P("ACCESSION", f"CH{visit.year % 100}-{c.digits(5, False)}"), "\n\n")
    d.add("Histology: ⟦fi|CIN 2⟧ with clear margins. Plan: ⟦pr|test of cure⟧ HPV test in 6 months.\n")
    d.put("\nYours sincerely,\n\n", P("NAME_CLINICIAN", colp), "\nConsultant Colposcopist\ncc: patient")
    return d


def en25_dexa_report(c) -> Doc:
    """US bone densitometry (DXA) report with label fields."""
    d = Doc()
    town, state, abbr, z, area = c.ch(kt.US_TOWNS)
    center = c.pick(
        f"{town} Imaging Center",
        f"{town} Women's Health & Bone Clinic",
        f"Prairie View Radiology - {town}",
        f"{c.ch(kt.STREETS)} Diagnostic Imaging",
    )
    first, last, sex = kt.en_person(c, c.pick("F", "F", "M"))
    scan = kt.rdate(c)
    age, over = kt.age_pair(c, 0.4)
    if not over:
        age = c.ri(55, 86)
    dob = kt.dob_for_age(c, age, scan)
    d.put(
        "BONE DENSITOMETRY REPORT (DXA)\n",
        P("HOSPITAL", center),
        "  |  Fax ",
        P("FAX", kt.us_phone(c, area)),
        "\n",
        "-" * 60,
        "\n",
    )
    d.put("PATIENT NAME....: ", P("NAME_PATIENT", f"{last.upper()}, {first.upper()}"), "\n")
    d.put(
        "DOB.............: ",
        P("DATE", kt.fmt_date(c, dob, "us")),
        "   AGE: ",
        kt.age_p(age),
        "   SEX: ",
        sex,
        "\n",
    )
    d.put("MRN.............: ", P("MRN", c.digits(8)), "\n")
    d.put("ACCESSION.......: ", P("ACCESSION", f"DX{c.digits(9)}"), "\n")
    if c.chance(0.7):
        d.put("SSN.............: ", P("SSN", kt.ssn(c)), "\n")
    d.put(
        "ADDRESS.........: ",
        P("ADDRESS_STREET", f"{c.ri(10, 9899)} {c.ch(kt.STREETS)} {c.ch(kt.US_SUFFIX)}"),
        ", ",
        P("CITY", town),
        ", ",
        P("PROVINCE_STATE", c.pick(abbr, state)),
        " ",
        P("POSTCODE", kt.zip_us(c, z)),
        "\n",
    )
    d.put("MEDICARE MBI....: ", P("INSURANCE", kt.mbi(c)), "\n")
    ref = kt.clin(c)
    d.put("REFERRING.......: ", P("NAME_CLINICIAN", ref), ", MD  NPI ", P("LICENSE", kt.npi(c)), "\n")
    d.put("EXAM DATE.......: ", P("DATE", kt.fmt_date(c, scan, c.pick("us", "dmon"))), "\n\n")
    t1 = c.fl(-3.6, -1.1)
    t2 = c.fl(-3.2, -1.0)
    d.add(
        "INDICATION: ⟦fi|postmenopausal osteoporosis screening⟧; on ⟦dr|alendronate⟧ ⟦do|70 mg weekly⟧ for 3 years.\n\n"
    )
    d.put("SITE                BMD (g/cm2)   T-score   Z-score\n")
    d.put(
        K("ANATOMY", "L1-L4"),
        "               ",
        c.fl(0.7, 1.0, 3),
        "       ",
        K("MEASUREMENT", t1),
        "     ",
        c.fl(-1.5, 0.8),
        "\n",
    )
    d.put(
        K("ANATOMY", "Left femoral neck"),
        "   ",
        c.fl(0.5, 0.8, 3),
        "       ",
        K("MEASUREMENT", t2),
        "     ",
        c.fl(-1.5, 0.8),
        "\n",
    )
    d.put(
        K("ANATOMY", "Total hip"),
        "           ",
        c.fl(0.6, 0.9, 3),
        "       ",
        c.fl(-2.8, -0.5),
        "     ",
        c.fl(-1.0, 0.9),
        "\n\n",
    )
    d.add("FRAX 10-year probability: ⟦me|major osteoporotic fracture 21%⟧, ⟦me|hip fracture 4.8%⟧.\n")
    d.add(
        "IMPRESSION: ⟦fi|Osteoporosis⟧ by WHO criteria. ⟦fi|Compression deformity at T12⟧ suspected; ⟦pr|vertebral fracture assessment⟧ recommended. Check ⟦lab|25-OH vitamin D⟧ and ⟦lab|serum calcium⟧.\n\n"
    )
    d.put(
        "Interpreted by ",
        P("NAME_CLINICIAN", kt.clin(c)),
        ", MD   Technologist: ",
        P("NAME_CLINICIAN", c.pick(kt.clin(c), c.ch(kt.EN_FIRST_F).lower())),
        "\n",
    )
    d.put(
        "Results faxed to ordering office on ",
        P("DATE", kt.fmt_date(c, scan + dt.timedelta(days=1), "us")),
        ".",
    )
    return d


def en25_methadone_supervised(c) -> Doc:
    """UK community pharmacy supervised-consumption record (pipe table)."""
    d = Doc()
    town, district, std = c.ch(kt.UK_TOWNS)
    pharm = c.pick(
        f"{c.ch(kt.STREETS)} Pharmacy",
        f"{town} Chemist",
        f"Boots, {c.ch(kt.STREETS)} Street",
        f"Well Pharmacy {town}",
    )
    first, last, _ = kt.en_person(c)
    start = kt.rdate(c)
    d.put(
        "SUPERVISED CONSUMPTION RECORD - ", P("HOSPITAL", pharm), " (", P("PHONE", kt.uk_phone(c, std)), ")\n"
    )
    d.put("Client: ", P("NAME_PATIENT", f"{last.upper()}, {first}"))
    if c.chance(0.5):
        d.put(' "', P("NAME_PATIENT", c.ch(kt.NICKNAMES)), '"')
    d.put("   DOB: ", P("DATE", kt.fmt_date(c, kt.dob_for_age(c, c.ri(22, 61), start), "dmy")), "\n")
    d.put(
        "NHS no: ",
        P("OTHER_ID", kt.nhs_number(c)),
        "   Address: ",
        P("ADDRESS_STREET", f"Flat {c.ri(1, 24)}, {c.ri(2, 140)} {c.ch(kt.STREETS)} {c.ch(kt.UK_SUFFIX)}"),
        ", ",
        P("CITY", town),
        " ",
        P("POSTCODE", kt.uk_postcode(c, district)),
        "\n",
    )
    svc = c.pick(f"{town} Recovery Hub", f"Turning Point {town}", f"{town} Community Drug & Alcohol Team")
    d.put(
        "Prescriber: Dr ",
        P("NAME_CLINICIAN", kt.clin(c)),
        ", ",
        P("HOSPITAL", svc),
        "  Keyworker: ",
        P("NAME_CLINICIAN", f"{c.ch(kt.EN_FIRST_F)} {c.ch(kt.EN_SURNAMES)}"),
        " ",
        P("PHONE", kt.uk_phone(c, std)),
        "\n",
    )
    d.put("FP10MDA serial: ", P("OTHER_ID", f"{c.digits(10)}"), "\n")
    d.add(
        "Drug: ⟦dr|Methadone 1mg/ml oral solution⟧ ⟦do|65 ml daily⟧, supervised Mon-Sat, Sunday take-home. ⟦dr|Naloxone⟧ kit (⟦do|Prenoxad 2 mg/2 ml⟧) issued.\n\n"
    )
    d.put("date | dose (ml) | supervised | sig | notes\n")
    pharmacists = [
        c.ch(kt.EN_FIRST_F).lower(),
        f"{c.ch(kt.EN_FIRST_M)[0]}{c.ch(kt.EN_SURNAMES)[0]}",
        c.ch(kt.EN_FIRST_M),
    ]
    for i in range(c.ri(4, 6)):
        day = start + dt.timedelta(days=i)
        note = c.ch(
            (
                "",
                "",
                "appeared well",
                "smelt of alcohol - dose withheld, prescriber informed",
                "missed",
                "collected by partner ",
            )
        )
        d.put(
            P("DATE", kt.fmt_date(c, day, c.pick("dmy", "dot"))),
            " | 65 | Y | ",
            P("NAME_CLINICIAN", c.ch(pharmacists)),
            " | ",
        )
        if note.startswith("collected by partner"):
            f2, l2, _ = kt.en_person(c)
            d.put("take-home collected by partner ", P("NAME_RELATIVE", f"{f2} {l2}"))
        else:
            d.put(note.strip())
        d.put("\n")
    d.add(
        "\n3 consecutive missed doses = stop and refer back. Also prescribed ⟦dr|pregabalin⟧ ⟦do|150 mg bd⟧ (check ⟦fi|respiratory depression⟧ risk)."
    )
    return d


def en25_eng1_seafarer(c) -> Doc:
    """UK ENG1 seafarer medical certificate record."""
    d = Doc()
    town, district, std = c.ch(kt.UK_TOWNS)
    first, last, _ = kt.en_person(c)
    exam = kt.rdate(c)
    dob = kt.dob_for_age(c, c.ri(19, 64), exam)
    emp = c.ch(
        (
            "Halyard Marine Services",
            "Gannet Ferries",
            "Saltmarsh Aquaculture",
            "Northgate Logistics",
            "Kestrel Freight Lines",
        )
    )
    d.put("MCA APPROVED DOCTOR - ENG1 EXAMINATION RECORD\n")
    d.put("Surname: ", P("NAME_PATIENT", last.upper()), "    Forenames: ", P("NAME_PATIENT", first), "\n")
    d.put(
        "Date of birth: ",
        P("DATE", kt.fmt_date(c, dob, "dmy")),
        "   Nationality: ",
        c.ch(("British", "Filipino", "Polish", "Irish", "Latvian")),
        "\n",
    )
    d.put(
        "Passport no: ",
        P("PASSPORT", kt.passport(c)),
        "   Discharge Book no: ",
        P("OTHER_ID", f"R{c.digits(6)}"),
        "\n",
    )
    d.put(
        "Home address: ",
        P("ADDRESS_STREET", f"{c.ri(1, 77)} {c.ch(kt.STREETS)} {c.ch(kt.UK_SUFFIX)}"),
        ", ",
        P("CITY", town),
        ", ",
        P("POSTCODE", kt.uk_postcode(c, district)),
        "\n",
    )
    d.put(
        "Mobile: ", P("PHONE", kt.uk_phone(c, std)), "   Email: ", P("EMAIL", kt.email(c, first, last)), "\n"
    )
    d.put(
        "Employer / manning agent: ",
        P("WORKPLACE", emp),
        "   Role: ",
        c.ch(("deck rating", "chief engineer", "cook", "AB", "2nd officer")),
        "\n",
    )
    d.put("Date of examination: ", P("DATE", kt.fmt_date(c, exam, c.pick("dmy", "long"))), "\n\n")
    d.add(
        "Vision: ⟦me|6/6⟧ R, ⟦me|6/9⟧ L uncorrected; ⟦pr|Ishihara plates⟧ 17/17 correct. Hearing: ⟦pr|pure-tone audiometry⟧ ⟦fi|mild high-frequency loss⟧ at 4 kHz.\n"
    )
    d.add(
        "⟦me|BMI 31.2⟧, ⟦me|BP 142/88⟧. ⟦lab|Urinalysis NAD⟧. History of ⟦fi|type 2 diabetes⟧ on ⟦dr|metformin⟧ ⟦do|500 mg bd⟧, ⟦lab|HbA1c 52 mmol/mol⟧.\n"
    )
    d.add("⟦ep|Romberg test⟧ negative. ⟦an|Lumbar spine⟧ full range.\n\n")
    d.put(
        "Outcome: ",
        c.ch(("Fit", "Fit - restricted (near coastal)", "Temporarily unfit")),
        "   Valid until ",
        P("DATE", kt.fmt_date(c, exam + dt.timedelta(days=730), "dmy")),
        "\n",
    )
    d.put("Approved doctor: Dr ", P("NAME_CLINICIAN", kt.clin(c)), "  GMC ", P("LICENSE", c.digits(7)), "\n")
    d.put(
        P(
            "HOSPITAL",
            c.pick(
                f"{town} Occupational Health",
                f"Harbour Medical Practice, {town}",
                f"{c.ch(kt.STREETS)} Port Health Clinic",
            ),
        ),
        "  Tel ",
        P("PHONE", kt.uk_phone(c, std)),
    )
    return d


def en25_continence_diary(c) -> Doc:
    """Australian community continence assessment with a 3-day bladder diary."""
    d = Doc()
    town, state, pc, area = c.ch(kt.AU_TOWNS)
    first, last, sex = kt.en_person(c)
    visit = kt.rdate(c)
    age, over = kt.age_pair(c, 0.4)
    d.put(
        P(
            "HOSPITAL",
            c.pick(
                f"{town} Community Health Service",
                f"{town} Base Hospital Continence Clinic",
                f"Country Health {town}",
            ),
        ),
        " - Continence Nurse Assessment\n",
    )
    d.put(
        "Client: ",
        P("NAME_PATIENT", f"{first} {last}"),
        "   UR: ",
        P("MRN", c.digits(7)),
        "   Age: ",
        kt.age_p(age),
        "\n",
    )
    d.put(
        "Address: ",
        P(
            "ADDRESS_STREET",
            c.pick(
                f"{c.ri(1, 220)} {c.ch(kt.STREETS)} Street",
                f"Unit {c.ri(1, 12)}/{c.ri(1, 60)} {c.ch(kt.STREETS)} Avenue",
            ),
        ),
        ", ",
        P("CITY", town),
        " ",
        P("PROVINCE_STATE", state),
        " ",
        P("POSTCODE", pc),
        "\n",
    )
    d.put("Medicare: ", P("INSURANCE", kt.au_medicare(c)), c.pick("", "   DVA Gold card"), "\n")
    d.put("Phone: ", P("PHONE", kt.au_phone(c, area)), "\n")
    if c.chance(0.5):
        f2, _l2, _ = kt.en_person(c)
        d.put(
            "Carer: ",
            P("NAME_RELATIVE", f2),
            " (",
            c.ch(("daughter", "son", "husband", "wife", "niece")),
            ") ",
            P("PHONE", kt.au_phone(c, area)),
            "\n",
        )
    gp = kt.clin(c)
    d.put(
        "GP: Dr ",
        P("NAME_CLINICIAN", gp),
        ", ",
        P("HOSPITAL", f"{c.ch(kt.STREETS)} Medical Group"),
        "  fax ",
        P("FAX", kt.au_phone(c, area)),
        "\n",
    )
    d.put("Assessment date: ", P("DATE", kt.fmt_date(c, visit, "dmy")), "\n\n")
    d.add(
        "Presenting: ⟦fi|urge urinary incontinence⟧ with ⟦fi|nocturia⟧ x3. ⟦me|Post-void residual 180 mL⟧ on ⟦pr|bladder scan⟧. ⟦lab|MSU: no growth⟧.\n"
    )
    d.put("\nBLADDER DIARY\nDate, time, voided (mL), leak (Y/N), fluid in (mL)\n")
    for i in range(3):
        day = visit - dt.timedelta(days=3 - i)
        for _ in range(c.ri(1, 2)):
            d.put(
                P("DATE", kt.fmt_date(c, day, c.pick("dmy", "dot"))),
                f", {c.ri(0, 23):02d}:{c.ch(('00', '15', '30', '45'))}, {c.ri(80, 420)}, {c.pick('Y', 'N')}, {c.ri(0, 500)}\n",
            )
    d.add(
        "\nPlan: ⟦pr|pelvic floor muscle training⟧, reduce caffeine; GP to consider ⟦dr|mirabegron⟧ ⟦do|50 mg daily⟧ rather than ⟦dr|oxybutynin⟧ (⟦fi|cognitive impairment⟧ risk). Pads: supplied via CAPS.\n"
    )
    d.put("Continence nurse: ", P("NAME_CLINICIAN", c.pick(kt.clin(c), c.ch(kt.EN_FIRST_F).lower())), " CNC")
    return d


def en25_seizure_review(c) -> Doc:
    """New Zealand epilepsy nurse specialist clinic letter."""
    d = Doc()
    town, pc, area = c.ch(kt.NZ_TOWNS)
    first, last, sex = kt.en_person(c)
    visit = kt.rdate(c)
    dob = kt.dob_for_age(c, c.ri(17, 70), visit)
    d.put(
        P("HOSPITAL", c.pick(f"{town} Hospital", f"Te Whatu Ora - {town} Hospital", f"{town} Base Hospital")),
        " Neurology Service\nPh ",
        P("PHONE", kt.nz_phone(c, area)),
        "\n\n",
    )
    d.put(P("DATE", kt.fmt_date(c, visit, c.pick("long", "dmy"))), "\n\n")
    d.put(
        "Re: ",
        P("NAME_PATIENT", f"{first} {last}"),
        "  NHI ",
        P("OTHER_ID", kt.nhi(c)),
        "  DOB ",
        P("DATE", kt.fmt_date(c, dob, "dmy")),
        "\n",
    )
    d.put(
        P(
            "ADDRESS_STREET",
            f"{c.ri(1, 300)} {c.ch(kt.STREETS)} {c.ch(('Street', 'Road', 'Terrace', 'Place'))}",
        ),
        ", ",
        P("CITY", town),
        " ",
        P("POSTCODE", pc),
        "\n\n",
    )
    gp_f, gp_l, _ = kt.en_person(c)
    d.put("Dear Dr ", P("NAME_CLINICIAN", gp_l), ",\n\n")
    d.put("I reviewed ", P("NAME_PATIENT", first))
    if c.chance(0.6):
        f2, l2, _ = kt.en_person(c)
        d.put(
            f" with {c.ch(('their mother', 'their partner', 'their husband', 'their father'))} ",
            P("NAME_RELATIVE", f"{f2} {l2}" if c.chance(0.5) else f2),
        )
    d.add(
        " today. Seizure diary since the last visit shows two ⟦fi|focal impaired awareness seizures⟧, the last on {s}. ",
        s=P("DATE", kt.fmt_date(c, visit - dt.timedelta(days=c.ri(5, 60)), c.pick("long", "dmy"))),
    )
    d.add("⟦pr|EEG⟧ showed ⟦fi|left temporal sharp waves⟧; ⟦pr|MRI brain⟧ ⟦fi|left hippocampal sclerosis⟧. ")
    d.add(
        "We increased ⟦dr|levetiracetam⟧ to ⟦do|1000 mg bd⟧ and added ⟦dr|lacosamide⟧ ⟦do|50 mg bd⟧. ⟦lab|Sodium 138 mmol/L⟧.\n\n"
    )
    if c.chance(0.7):
        d.put(
            "Driving: NZ driver licence ",
            P("LICENSE", f"{c.letters(2)}{c.digits(6)}"),
            " - advised not to drive for 12 months from the last seizure (NZTA guidance).\n",
        )
    if c.chance(0.6):
        d.put(
            "Diary app link (shared with consent): ",
            P("URL", f"https://seizurediary.co.nz/p/{c.token(10)}"),
            "\n",
        )
    if c.chance(0.5):
        d.put("Contact e-mail: ", P("EMAIL", kt.email(c, first, last)), "\n")
    d.put(
        "\nNgā mihi,\n\n",
        P("NAME_CLINICIAN", kt.clin(c)),
        ", Epilepsy Nurse Specialist\ncc Dr ",
        P("NAME_CLINICIAN", f"{gp_f[0]} {gp_l}"),
        ", ",
        P("HOSPITAL", f"{c.ch(kt.STREETS)} Health Centre"),
    )
    return d


EN25_PART1 = [
    ("en25_colposcopy_letter", en25_colposcopy_letter),
    ("en25_dexa_report", en25_dexa_report),
    ("en25_methadone_supervised", en25_methadone_supervised),
    ("en25_eng1_seafarer", en25_eng1_seafarer),
    ("en25_continence_diary", en25_continence_diary),
    ("en25_seizure_review", en25_seizure_review),
]

#: all twelve English templates of v25
TEMPLATES = EN25_PART1 + templates_v25_en2.EN25_PART2
#: v25 names that are ordinary words (for the driver)
V25_EN_WORDLIKE = kt.WORDLIKE
