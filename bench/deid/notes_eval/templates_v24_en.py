# Longer than 450 lines: v24's templates and value pools are data (a frozen holdout's source, not edited).
# ruff: noqa: E501  (documents are written line by line as they appear)
"""v24 English templates, first half: US and Canadian documents; TEMPLATES lists all 12 (README.md "v24")."""

from __future__ import annotations

import templates_v24_en2
from _v24_kit import (
    CA_HOSPITALS,
    CA_STREETS,
    CA_TOWNS,
    EN_EMPLOYERS,
    EN_NICK,
    EN_WORDLIKE,
    US_HOSPITALS,
    US_LABS,
    US_STATE_LONG,
    US_STREETS,
    US_SUPPLIERS,
    US_TOWNS,
    US_UNITS,
    Doc,
    P,
    ca_phone,
    dob,
    en_email,
    en_name,
    en_person,
    ipv4,
    mbi,
    npi,
    passport,
    plus,
    rday,
    ssn,
    staff,
    us_date,
    us_phone,
    us_plate,
)

V24_EN_WORDLIKE = EN_WORDLIKE


def _us_addr(c, t, unit: bool | None = None, state_long: bool = False):
    city, st, z = t
    street = f"{c.ri(10, 9899)} {c.ch(US_STREETS)}"
    if unit if unit is not None else c.chance(0.3):
        street += f" {c.ch(US_UNITS)}"
    zz = z if c.chance(0.7) else f"{z}-{c.digits(4, False)}"
    return [
        P("ADDRESS_STREET", street),
        ", ",
        P("CITY", city),
        ", ",
        P("PROVINCE_STATE", US_STATE_LONG.get(st, st) if state_long else st),
        " ",
        P("POSTCODE", zz),
    ]


def en24_abn_notice(c) -> Doc:
    d = Doc()
    t = c.ch(US_TOWNS)
    f, la, sex = en_person(c)
    day = rday(c)
    old = c.chance(0.25)
    sup = c.ch(US_SUPPLIERS)
    item = c.ch(
        (
            (
                "Replacement CPAP humidifier chamber and full-face mask",
                "⟦fi|obstructive sleep apnea⟧",
                "⟦me|AHI 9⟧ on download; usage ⟦me|2.1 h/night⟧ below 4 h compliance",
                "CPAP unit",
            ),
            (
                "Continuous glucose monitor sensors (3/month)",
                "⟦fi|type 2 diabetes⟧ on ⟦dr|metformin⟧ ⟦do|1000 mg BID⟧ only",
                "no insulin use documented; ⟦lab|HbA1c 7.4%⟧",
                "CGM reader",
            ),
            (
                "Power wheelchair seat elevator",
                "⟦fi|multiple sclerosis⟧",
                "seat elevation not covered as not primarily medical",
                "power wheelchair",
            ),
            (
                "Lightweight wheelchair upgrade",
                "⟦fi|hip osteoarthritis⟧ after ⟦pr|total hip arthroplasty⟧",
                "upgrade beyond standard K0001 not medically necessary",
                "standard wheelchair",
            ),
            (
                "TENS unit rental month 4",
                "⟦fi|chronic low back pain⟧",
                "no documented benefit at 30-day re-evaluation; ⟦me|pain 7/10⟧",
                "TENS unit",
            ),
        )
    )
    d.put(
        "A. Notifier: ",
        P("HOSPITAL", sup),
        ", ",
        f"{c.ri(100, 999)} Commerce Way, ",
        t[0],
        "  Ph ",
        P("PHONE", us_phone(c, t[1])),
        "  Fax ",
        P("FAX", us_phone(c, t[1], "dash")),
        "\n",
    )
    d.put(
        "B. Patient Name: ",
        P("NAME_PATIENT", en_name(c, f, la, c.ch(("full", "upper", "lastfirst")))),
        "        C. Identification Number: ",
        P("ACCOUNT", c.pick(f"{c.digits(7)}", f"ACCT-{c.digits(6)}", f"{c.letters(2)}{c.digits(6)}")),
        "\n\n",
    )
    d.put("ADVANCE BENEFICIARY NOTICE OF NON-COVERAGE (ABN)\n")
    d.put("NOTE: If Medicare doesn't pay for D. the item below, you may have to pay.\n")
    d.put(
        "D. ",
        item[0],
        "   | E. Reason Medicare May Not Pay: ",
        item[2],
        "   | F. Estimated Cost: $",
        f"{c.ri(40, 2400)}.{c.digits(2, False)}",
        "\n\n",
    )
    d.put(
        "Diagnosis on order: ",
        item[1],
        ". Ordered by ",
        c.pick("Dr. ", ""),
        P("NAME_CLINICIAN", c.pick(" ".join(staff(c)), staff(c)[1])),
        ", NPI ",
        P("LICENSE", npi(c)),
        "\n",
    )
    if c.chance(0.6):
        d.put(
            "Patient's current ",
            item[3],
            " (serial ",
            P(
                "DEVICE",
                c.pick(
                    f"{c.digits(2)}{c.letters(1)}{c.digits(8)}",
                    f"SN{c.alnum(10)}",
                    f"{c.letters(3)}{c.digits(7)}",
                ),
            ),
            ") remains in use.\n",
        )
    d.put("G. OPTIONS: Check only one box.\n")
    opt = c.ri(1, 3)
    for i, txt in (
        (
            1,
            "OPTION 1. I want the D. listed above. You may ask to be paid now, but I also want Medicare billed for an official decision on payment...",
        ),
        (2, "OPTION 2. I want the D. listed above, but do not bill Medicare..."),
        (3, "OPTION 3. I don't want the D. listed above..."),
    ):
        d.put("[x] " if i == opt else "[ ] ", txt, "\n")
    d.put("H. Additional Information: MBI ", P("INSURANCE", mbi(c)), ". Mailing: ", _us_addr(c, t), "\n")
    if old:
        d.put(
            "   Beneficiary is ",
            P("AGE_OVER_89", str(c.ri(90, 102))),
            "; notice read aloud to ",
            c.pick("daughter", "son", "POA"),
            " ",
            P("NAME_RELATIVE", " ".join(en_person(c)[:2])),
            ", ph ",
            P("PHONE", us_phone(c, t[1])),
            ".\n",
        )
    d.put(
        "I. Signature: ",
        c.pick("(signed)", P("NAME_PATIENT", f"{f[0]}. {la}")),
        "      J. Date: ",
        P("DATE", us_date(c, day, c.pick("slash", "short"))),
        "\n",
    )
    d.put(
        "Form CMS-R-131 (Exp. 01/2026)   Delivered by ",
        P("NAME_CLINICIAN", c.pick(f"{staff(c)[0].lower()}", " ".join(staff(c)))),
        c.pick(", intake", ", CSR", ""),
        "\n",
    )
    return d


def en24_lead_case(c) -> Doc:
    d = Doc()
    t = c.ch(US_TOWNS)
    first = c.ch(
        (
            "Jayden",
            "Aaliyah",
            "Mateo",
            "Zuri",
            "Kenji",
            "Yaretzi",
            "Amir",
            "Lyric",
            "Bentley",
            "Nevaeh",
            "Oakley",
            "Xochitl",
        )
    )
    _, la, _ = en_person(c)
    col = rday(c)
    b = dob(c, c.ri(1, 5), col)
    pf, pl, _ = en_person(c, "F")
    bll = c.ri(35, 480) / 10
    case = f"{col.year % 100:02d}-PB-{c.digits(5)}"
    d.put(
        f"CHILDHOOD LEAD POISONING PREVENTION PROGRAM - CASE INVESTIGATION ({US_STATE_LONG.get(t[1], t[1])} Dept of Health)\n"
    )
    d.put(
        "Case #: ",
        P("OTHER_ID", case),
        "   Assigned: ",
        P("DATE", us_date(c, plus(col, c.ri(1, 6)), "slash")),
        "   Investigator: ",
        P("NAME_CLINICIAN", c.pick(" ".join(staff(c)), f"{staff(c)[0][0]}. {staff(c)[1]}")),
        ", RS\n\n",
    )
    d.put(
        "Child: ",
        P(
            "NAME_PATIENT",
            c.pick(f"{first} {la}", f"{la.upper()}, {first.upper()}", f"{first.lower()} {la.lower()}"),
        ),
        "  DOB ",
        P("DATE", us_date(c, b, "slash")),
        "\n",
    )
    d.put(
        "Parent/guardian: ",
        P("NAME_RELATIVE", c.pick(f"{pf} {pl}", f"{pf} {la}")),
        c.pick(" (mother)", " (grandmother)", " (foster mother)"),
        "   Cell ",
        P("PHONE", us_phone(c, t[1])),
        "\n",
    )
    if c.chance(0.5):
        d.put("E-mail: ", P("EMAIL", en_email(c, pf, pl)), "\n")
    d.put(
        "Residence: ",
        _us_addr(c, t),
        f"   (built ~{c.ri(1905, 1975)}, {c.pick('rental', 'owner-occupied', 'rental - Section 8')})\n",
    )
    d.put(
        "Medicaid ID: ",
        P("INSURANCE", c.pick(f"{c.digits(9)}", f"{c.letters(2)}{c.digits(8)}", f"{c.digits(11)}")),
        "\n\n",
    )
    d.put("Blood lead results:\n")
    d.put(f"  {'DATE':<12}{'TYPE':<10}{'RESULT':<22}{'LAB / ACCESSION'}\n")
    rows = [
        (plus(col, -c.ri(20, 60)), "capillary", f"⟦lab|BLL {bll + c.ri(-20, 20) / 10:.1f} ug/dL⟧"),
        (col, "venous", f"⟦lab|BLL {bll:.1f} ug/dL⟧"),
    ]
    lab = c.ch(US_LABS)
    for dd, kind, res in rows:
        d.put(
            "  ",
            P("DATE", us_date(c, dd, "slash")),
            f"  {kind:<10}{res}  ",
            P("HOSPITAL", lab),
            " ",
            P("ACCESSION", f"{c.letters(2)}{c.digits(8)}"),
            "\n",
        )
    d.put(f"  ⟦lab|Hgb 10.{c.ri(1, 9)} g/dL⟧, ⟦lab|ferritin {c.ri(6, 18)} ng/mL⟧ - ⟦fi|iron deficiency⟧.\n\n")
    d.put(
        "Ordering provider: ",
        P("NAME_CLINICIAN", c.pick(" ".join(staff(c)), staff(c)[1])),
        c.pick(", MD", ", DO", ", NP"),
        ", ",
        P("HOSPITAL", c.ch(US_HOSPITALS)),
        "  fax ",
        P("FAX", us_phone(c, t[1], "dash")),
        "\n",
    )
    d.put(
        f"Home visit / EI: {c.pick('XRF readings > 1.0 mg/cm2 on porch rails and window troughs', 'peeling paint in bedroom, dust wipes 62 ug/ft2 floor', 'imported spices and a clay pot tested positive', 'father works at battery recycling - take-home exposure')}.\n"
    )
    if bll >= 45:
        d.put(
            "⟦fi|Lead encephalopathy⟧ screen negative; started ⟦dr|succimer⟧ ⟦do|10 mg/kg every 8 hours⟧ x 5 days then q12h x 14 days. ⟦pr|Abdominal radiograph⟧ - no ⟦fi|radiopaque flecks⟧.\n"
        )
    else:
        d.put(
            f"Plan: nutritional counselling (calcium, iron), ⟦dr|ferrous sulfate⟧ ⟦do|3 mg/kg/day⟧; repeat venous BLL in {c.pick('1 month', '1-3 months')}; ⟦pr|developmental screening⟧ (ASQ-3).\n"
        )
    if c.chance(0.5):
        d.put(
            "ELR received from ", P("IP", ipv4(c)), " on ", P("DATE", us_date(c, plus(col, 2), "iso")), "\n"
        )
    return d


def en24_measles_linelist(c) -> Doc:
    d = Doc()
    t0 = c.ch(CA_TOWNS)
    exp = rday(c)
    hosp = c.ch(CA_HOSPITALS)
    index = f"MEA-{exp.year}-{c.digits(3)}"
    setting = c.ch(("ED waiting room", "flight", "school gym", "daycare", "clinic waiting room"))
    d.put(
        "# Measles exposure - contact line list   index case ",
        P("OTHER_ID", index),
        f"   setting: {setting}\n",
    )
    d.put(
        "# exposure window ",
        P("DATE", us_date(c, exp, "iso")),
        " 14:10-19:45 at ",
        P("HOSPITAL", hosp) if "room" in setting else "site",
        "\n",
    )
    d.put(
        "contact_id,name,dob,phone,address,city,prov,postal,setting_role,employer_or_school,mmr_doses,igg,action,notes\n"
    )
    for _ in range(c.ri(4, 6)):
        t = c.ch(CA_TOWNS) if c.chance(0.3) else t0
        f, la, _ = en_person(c)
        age = c.ri(0, 70)
        b = dob(c, age, exp)
        d.put(
            P("OTHER_ID", f"C{c.digits(5)}"),
            ",",
            P("NAME_PATIENT", c.pick(f"{la} {f}", f"{f} {la}", f"{la.upper()} {f}")),
            ",",
            P("DATE", b.isoformat()),
            ",",
            P("PHONE", ca_phone(c, t[3])),
            ",",
            P("ADDRESS_STREET", f"{c.ri(1, 999)} {c.ch(CA_STREETS)}"),
            ",",
            P("CITY", t[0]),
            ",",
            P("PROVINCE_STATE", t[1]),
            ",",
            P("POSTCODE", t[2]),
            ",",
        )
        if age < 18:
            d.put(
                "child,",
                P("NAME_RELATIVE", c.pick(" ".join(en_person(c)[:2]), en_person(c)[0])),
                " (parent),",
            )
        else:
            d.put(c.pick("staff,", "visitor,", "passenger,"), P("WORKPLACE", c.ch(EN_EMPLOYERS)), ",")
        doses = c.ri(0, 2)
        d.put(str(doses), ",")
        if doses < 2 and age >= 1:
            d.put("⟦lab|measles IgG negative⟧,")
        else:
            d.put("n/a,")
        if age < 1 or c.chance(0.2):
            d.put("⟦dr|immune globulin⟧ ⟦do|0.5 mL/kg IM⟧,")
        elif doses < 2:
            d.put("⟦dr|MMR⟧ ⟦do|0.5 mL SC⟧ within 72h,")
        else:
            d.put("monitor,")
        if setting == "flight" or c.chance(0.15):
            d.put('"passport ', P("PASSPORT", passport(c, "intl")), '"')
        elif c.chance(0.4):
            d.put('"email ', P("EMAIL", en_email(c, f, la)), '"')
        elif c.chance(0.3):
            d.put(
                '"health card ',
                P("INSURANCE", f"{c.digits(4)}-{c.digits(3, False)}-{c.digits(3, False)}-{c.letters(2)}"),
                '"',
            )
        d.put("\n")
    d.put(
        "# symptoms to watch: fever, ⟦ep|Koplik spots⟧, ⟦fi|maculopapular rash⟧ from ⟦an|hairline⟧ downwards; exclude until day 21 (",
        P("DATE", us_date(c, plus(exp, 21), "iso")),
        ")\n",
    )
    d.put(
        "# self-isolation form: ",
        P("URL", f"https://forms.{c.pick('health.example.ca', 'ph-portal.example.ca')}/measles/{c.token(8)}"),
        "\n",
    )
    uf, ul = staff(c)
    d.put(
        "# exported ",
        P("DATE", us_date(c, plus(exp, c.ri(1, 3)), "iso")),
        " by ",
        P("NAME_CLINICIAN", f"{uf[0].lower()}{ul.lower().replace(' ', '').replace(chr(39), '')}"),
        " from ",
        P("IP", ipv4(c)),
        "\n",
    )
    return d


def en24_quitline_referral(c) -> Doc:
    d = Doc()
    t = c.ch(US_TOWNS)
    f, la, sex = en_person(c)
    day = rday(c)
    b = dob(c, c.ri(19, 82), day)
    pf, pl = staff(c)
    clinic = c.ch(US_HOSPITALS)
    d.put(f"{US_STATE_LONG.get(t[1], t[1]).upper()} TOBACCO QUITLINE - FAX REFERRAL FORM\n")
    d.put(
        "Fax completed form to: ",
        P("FAX", c.pick("1-800-" + c.digits(3) + "-" + c.digits(4), us_phone(c, t[1], "dash"))),
        "   Referral ID: ",
        P("OTHER_ID", f"QL{c.digits(7)}"),
        "\n\n",
    )
    d.put(
        "PROVIDER: ",
        P("NAME_CLINICIAN", c.pick(f"{pf} {pl}", f"{pf[0]}. {pl}")),
        c.pick(", MD", ", PA-C", ", RN", ""),
        "   NPI ",
        P("LICENSE", npi(c)),
        "\n",
    )
    d.put(
        "Clinic: ",
        P("HOSPITAL", clinic),
        "  Phone ",
        P("PHONE", us_phone(c, t[1])),
        "  Fax ",
        P("FAX", us_phone(c, t[1], "paren")),
        "\n",
    )
    d.put(
        "Contact person: ",
        P("NAME_CLINICIAN", c.pick(staff(c)[0], staff(c)[0].lower(), " ".join(staff(c)))),
        "\n\n",
    )
    d.put("PATIENT: ", P("NAME_PATIENT", c.pick(f"{f} {la}", f"{la}, {f}")))
    if c.chance(0.3):
        d.put(' (goes by "', P("NAME_PATIENT", c.ch(EN_NICK)), '")')
    d.put("   DOB ", P("DATE", us_date(c, b, "slash")), f"   Sex {sex}\n")
    d.put("Address: ", _us_addr(c, t), "\n")
    d.put(
        "Phone: ",
        P("PHONE", us_phone(c, t[1])),
        "   Best time: ",
        c.pick("morning", "evening", "any"),
        "   OK to leave message: ",
        c.pick("Y", "N"),
        "\n",
    )
    if c.chance(0.6):
        d.put("Email: ", P("EMAIL", en_email(c, f, la)), "\n")
    d.put(
        "Insurance: ",
        c.pick("Medicaid", "BlueCross", "uninsured", "Medicare"),
        "  ID# ",
        P("INSURANCE", c.pick(f"{c.letters(3)}{c.digits(9)}", c.digits(10), f"{c.digits(9)}{c.letters(1)}")),
        "\n",
    )
    if c.chance(0.5):
        d.put("Employer (for worksite benefit): ", P("WORKPLACE", c.ch(EN_EMPLOYERS)), "\n")
    d.put(
        f"Tobacco use: {c.pick(str(c.ri(5, 40)) + ' cigarettes/day', 'e-cig daily + 10 cig/day', 'chew 1 can/2 days', '1 ppd')} for {c.ri(3, max(4, day.year - b.year - 15))} yrs. ⟦me|Fagerström score {c.ri(2, 9)}⟧. Exhaled ⟦me|CO {c.ri(6, 38)} ppm⟧.\n"
    )
    d.put(
        f"Conditions: {c.pick('⟦fi|COPD⟧, ⟦lab|FEV1 54% predicted⟧', '⟦fi|pregnancy⟧ 14 weeks', '⟦fi|coronary artery disease⟧ s/p ⟦pr|PCI⟧', '⟦fi|schizophrenia⟧ on ⟦dr|clozapine⟧ ⟦do|300 mg qhs⟧ - levels may rise on quitting', '⟦fi|peripheral arterial disease⟧')}.\n"
    )
    d.put(
        f"Pharmacotherapy started: {c.pick('⟦dr|varenicline⟧ ⟦do|0.5 mg daily x3 days then 1 mg BID⟧', '⟦dr|nicotine patch⟧ ⟦do|21 mg/24 h⟧ + ⟦dr|nicotine lozenge⟧ ⟦do|4 mg PRN⟧', '⟦dr|bupropion SR⟧ ⟦do|150 mg daily x3 days then BID⟧', 'none - wants counseling only')}. Quit date ",
        P("DATE", us_date(c, plus(day, c.ri(7, 21)), c.pick("slash", "short"))),
        "\n",
    )
    d.put("Patient signature on file   Date ", P("DATE", us_date(c, day, "slash")), "\n")
    if c.chance(0.45):
        d.put(
            "[e-Referral via EHR: sent from ",
            P("IP", ipv4(c)),
            "; patient enrollment link ",
            P("URL", f"https://quit.example.org/enroll?r={c.token(12)}"),
            "]\n",
        )
    return d


def en24_pasrr_screen(c) -> Doc:
    d = Doc()
    t = c.ch(US_TOWNS)
    f, la, sex = en_person(c)
    day = rday(c)
    old = c.chance(0.5)
    age = c.ri(90, 103) if old else c.ri(58, 89)
    b = dob(c, age, day)
    rf, rl, _ = en_person(c)
    sf, sl = staff(c)
    hosp = c.ch(US_HOSPITALS)
    nf = c.ch(
        (
            "Willow Bend Nursing & Rehab",
            "Golden Prairie Care Center",
            "Cypress Manor Skilled Nursing",
            "Lakeview Pointe Health & Rehabilitation",
        )
    )
    d.put("PREADMISSION SCREENING AND RESIDENT REVIEW (PASRR) - LEVEL I SCREEN\n")
    d.put(
        "Case no.: ",
        P("OTHER_ID", f"L1-{c.digits(8)}"),
        "   Submitted: ",
        P("DATE", us_date(c, day, "slash")),
        "   Submit by fax: ",
        P("FAX", us_phone(c, t[1], "dash")),
        "\n\n",
    )
    d.put("Section A - Applicant\n")
    d.put("  Name (last, first, MI): ", P("NAME_PATIENT", f"{la}, {f} {c.letters(1)}."), "\n")
    d.put(
        "  DOB: ",
        P("DATE", us_date(c, b, "slash")),
        "   Age: ",
        P("AGE_OVER_89", str(age)) if old else str(age),
        f"   Gender: {sex}\n",
    )
    d.put(
        "  SSN: ",
        P("SSN", ssn(c)),
        "   Medicaid #: ",
        P("INSURANCE", c.pick(c.digits(10), f"{c.letters(1)}{c.digits(8)}")) if c.chance(0.85) else "pending",
        "\n",
    )
    d.put("  Home address: ", _us_addr(c, t, state_long=c.chance(0.3)), "\n")
    d.put(
        "  Current location: ",
        P("HOSPITAL", hosp),
        c.pick(" (inpatient)", " - observation", ""),
        "   Admitting NF: ",
        P("HOSPITAL", nf),
        "\n",
    )
    d.put(
        "  Legal representative / informant: ",
        P("NAME_RELATIVE", c.pick(f"{rf} {rl}", f"{rf} {la}")),
        c.pick(" (POA)", " (guardian)", " (daughter)", " (son)"),
        "  ",
        P("PHONE", us_phone(c, t[1])),
        "\n\n",
    )
    d.put("Section B - Serious mental illness\n")
    smi = c.chance(0.5)
    if smi:
        d.put(
            f"  [X] {c.pick('⟦fi|schizoaffective disorder⟧', '⟦fi|bipolar I disorder⟧', '⟦fi|major depressive disorder⟧, recurrent, severe')}   meds: {c.pick('⟦dr|quetiapine⟧ ⟦do|100 mg qhs⟧', '⟦dr|lithium carbonate⟧ ⟦do|300 mg BID⟧ (⟦lab|Li 0.7 mmol/L⟧)', '⟦dr|haloperidol decanoate⟧ ⟦do|50 mg IM q4wk⟧')}\n"
        )
    else:
        d.put("  [ ] none known\n")
    d.put(
        f"Section C - Intellectual disability / related condition: [{'X' if c.chance(0.15) else ' '}] ⟦ep|Down syndrome⟧  [ ] ⟦fi|cerebral palsy⟧  [ ] ⟦ep|Prader-Willi syndrome⟧\n"
    )
    d.put(
        f"Section D - Dementia: [{'X' if old else ' '}] ⟦ep|Alzheimer's dementia⟧, ⟦me|MoCA {c.ri(6, 20)}/30⟧ on ",
        P("DATE", us_date(c, plus(day, -c.ri(2, 40)), "short")),
        "\n",
    )
    d.put(
        f"Section E - Exempted hospital discharge: [{'X' if c.chance(0.5) else ' '}] < 30 days for ⟦fi|{c.pick('hip fracture', 'sepsis', 'CHF exacerbation', 'stroke')}⟧ rehab after ⟦pr|{c.pick('ORIF', 'IV antibiotics', 'diuresis', 'thrombectomy')}⟧\n"
    )
    d.put(
        "Screener: ",
        P("NAME_CLINICIAN", c.pick(f"{sf} {sl}", f"{sf[0]}. {sl}")),
        c.pick(", RN", ", LCSW", ", MSW"),
        "  License # ",
        P("LICENSE", c.pick(f"RN{c.digits(6)}", f"{c.digits(7)}", f"LCSW.{c.digits(5)}")),
        "  Tel ",
        P("PHONE", us_phone(c, t[1])),
        "\n",
    )
    d.put(
        "Outcome: ",
        c.pick(
            "No Level II required",
            "Refer for Level II evaluation",
            "Categorical - exempted hospital discharge",
        ),
        "\n",
    )
    return d


def en24_phototherapy_log(c) -> Doc:
    d = Doc()
    t = c.ch(US_TOWNS)
    f, la, sex = en_person(c)
    start = rday(c)
    clinic = c.ch(
        (
            "Portneuf Skin & Laser Clinic",
            "Platte Valley Dermatology",
            "Sagebrush Family Clinic",
            "Mountain Laurel Health Center",
        )
    )
    dx = c.ch(
        (
            ("⟦fi|plaque psoriasis⟧", "⟦me|PASI 14.2⟧"),
            ("⟦fi|vitiligo⟧", "⟦me|VASI 22%⟧"),
            ("⟦fi|atopic dermatitis⟧", "⟦me|EASI 19⟧"),
            ("⟦fi|mycosis fungoides⟧ stage IB", "⟦me|mSWAT 18⟧"),
        )
    )
    pf, pl = staff(c)
    d.put(
        "NB-UVB PHOTOTHERAPY TREATMENT RECORD - ",
        P("HOSPITAL", clinic),
        "  ",
        P("PHONE", us_phone(c, t[1])),
        "\n",
    )
    d.put(
        "Patient: ",
        P("NAME_PATIENT", en_name(c, f, la, c.ch(("lastfirst", "upper", "full")))),
        "   MRN ",
        P("MRN", c.digits(c.ri(7, 9))),
        "   Visit # ",
        P("ACCOUNT", f"V{c.digits(8)}"),
        "\n",
    )
    d.put(
        "Plan: ",
        c.pick("Aetna", "UnitedHealthcare", "Medicaid", "Tricare"),
        "  Member ",
        P(
            "INSURANCE",
            c.pick(f"W{c.digits(9)}", f"{c.digits(9)}-0{c.ri(1, 3)}", f"{c.letters(3)}{c.digits(8)}"),
        ),
    )
    if c.chance(0.4):
        d.put("   Guarantor SSN ", P("SSN", ssn(c)))
    d.put("\n")
    d.put(
        f"Dx: {dx[0]}, baseline {dx[1]}, ⟦me|Fitzpatrick skin type {c.pick('II', 'III', 'IV', 'V')}⟧. Shield ⟦an|face⟧ and ⟦an|genitals⟧; goggles on.\n"
    )
    d.put(
        "Prescriber: ",
        P("NAME_CLINICIAN", c.pick(f"{pf} {pl}", pl)),
        c.pick(", MD", ", DO", ", PA-C"),
        "  NPI ",
        P("LICENSE", npi(c)),
        f"   start ⟦do|{c.pick('130', '280', '400')} mJ/cm2⟧, +10-20% per tx, 3x/week\n",
    )
    d.put("#  | date     | dose mJ/cm2 | cum J/cm2 | erythema | tech\n")
    dose = c.ri(13, 40) * 10
    cum = 0.0
    day = start
    techs = [staff(c) for _ in range(2)]
    for i in range(1, c.ri(5, 8) + 1):
        cum += dose / 1000
        tf, tl = c.ch(techs)
        d.put(
            f"{i:<3}| ",
            P("DATE", us_date(c, day, c.pick("short", "slash"))),
            f" | {dose:<11} | {cum:<9.2f} | {c.pick('none', 'none', 'faint pink', '1+ ⟦an|shins⟧')} | ",
            P("NAME_CLINICIAN", c.pick(f"{tf[0]}{tl[0]}", tf.lower(), f"{tf[0]}. {tl}")),
            "\n",
        )
        dose = int(dose * 1.15)
        day = plus(day, c.pick(2, 2, 3, 4))
    d.put(
        f"Notes: {c.pick('⟦fi|polymorphous light eruption⟧ after tx 3 - held one session', 'tolerating well', 'missed 2 visits (transport)')}. Topicals: ⟦dr|calcipotriene⟧ ⟦do|0.005% cream BID⟧, ⟦dr|triamcinolone⟧ ⟦do|0.1% ointment⟧.\n"
    )
    if c.chance(0.4):
        d.put(
            "Home unit approved: Daavlin 7-series, serial ",
            P("DEVICE", f"{c.digits(2)}-{c.digits(5)}"),
            ", delivered ",
            P("DATE", us_date(c, plus(day, c.ri(5, 20)), "long")),
            "\n",
        )
    d.put("Patient parking permit - plate ", P("VEHICLE", us_plate(c)), c.pick(f" ({t[1]})", ""))
    if c.chance(0.3):
        d.put(" / ", P("VEHICLE", us_plate(c)))
    d.put("\n")
    return d


TEMPLATES = [
    ("en24_abn_notice", en24_abn_notice),
    ("en24_lead_case", en24_lead_case),
    ("en24_measles_linelist", en24_measles_linelist),
    ("en24_quitline_referral", en24_quitline_referral),
    ("en24_pasrr_screen", en24_pasrr_screen),
    ("en24_phototherapy_log", en24_phototherapy_log),
    *templates_v24_en2.TEMPLATES,
]
