# Longer than 450 lines: v24's templates and value pools are data (a frozen holdout's source, not edited).
# ruff: noqa: E501  (documents are written line by line as they appear)
"""v24 English templates, second half: UK and Australian documents (README.md "v24")."""

from __future__ import annotations

from _v24_kit import (
    AU_HOSPITALS,
    AU_STREETS,
    AU_TOWNS,
    EN_EMPLOYERS,
    UK_HOSPITALS,
    UK_PRACTICES,
    UK_STREETS,
    UK_TOWNS,
    Doc,
    P,
    au_phone,
    dob,
    en_email,
    en_name,
    en_person,
    ipv4,
    nhs_number,
    passport,
    plus,
    rday,
    staff,
    uk_date,
    uk_phone,
)


def _uk_addr(c, t):
    town, pc, _std = t
    return [
        P("ADDRESS_STREET", f"{c.ri(1, 148)}{c.pick('', 'a', '')} {c.ch(UK_STREETS)}"),
        ", ",
        P("CITY", town),
        " ",
        P("POSTCODE", pc),
    ]


def en24_fit_note(c) -> Doc:
    d = Doc()
    t = c.ch(UK_TOWNS)
    f, la, sex = en_person(c)
    seen = rday(c)
    b = dob(c, c.ri(19, 66), seen)
    gf, gl = staff(c)
    weeks = c.ri(1, 8)
    cond = c.ch(
        (
            ("⟦fi|lumbar radiculopathy⟧", "⟦pr|MRI lumbar spine⟧", "⟦dr|naproxen⟧ ⟦do|500 mg bd⟧"),
            ("⟦fi|frozen shoulder⟧", "⟦pr|hydrodilatation⟧", "⟦dr|co-codamol⟧ ⟦do|30/500 two tablets qds⟧"),
            ("⟦fi|post-viral fatigue⟧", "⟦lab|ferritin 11 ug/L⟧", "⟦dr|ferrous fumarate⟧ ⟦do|210 mg od⟧"),
            ("⟦fi|mixed anxiety and depressive disorder⟧", "⟦me|PHQ-9 17⟧", "⟦dr|sertraline⟧ ⟦do|50 mg od⟧"),
            (
                "⟦ep|Achilles tendon⟧ rupture",
                "⟦pr|functional bracing⟧",
                "⟦dr|dalteparin⟧ ⟦do|5000 units sc od⟧",
            ),
            (
                "⟦fi|laparoscopic cholecystectomy⟧ recovery",
                "⟦pr|wound check⟧",
                "⟦dr|paracetamol⟧ ⟦do|1 g qds⟧",
            ),
        )
    )
    d.put("STATEMENT OF FITNESS FOR WORK - FOR SOCIAL SECURITY OR STATUTORY SICK PAY\n")
    d.put(
        "Patient's name: ",
        c.pick("Mr " if sex == "M" else c.pick("Mrs ", "Ms "), ""),
        P("NAME_PATIENT", en_name(c, f, la, c.ch(("full", "upper", "full")))),
        "   Date of birth: ",
        P("DATE", uk_date(c, b, "slash")),
        "\n",
    )
    d.put("NHS no: ", P("OTHER_ID", nhs_number(c)), "\n")
    d.put("Address: ", _uk_addr(c, t), "\n")
    d.put(
        "I assessed your case on: ",
        P("DATE", uk_date(c, seen)),
        c.pick(" by telephone", " face to face", ""),
        "\n",
    )
    d.put(f"and, because of the following condition(s): {cond[0]}\n")
    if c.chance(0.5):
        d.put(f"(awaiting {cond[1]}; currently on {cond[2]})\n")
    else:
        d.put(
            f"Comments: {cond[1]} arranged. Taking {cond[2]}. ⟦an|{c.ch(('lower back', 'right shoulder', 'left ankle', 'abdomen'))}⟧ still limits lifting.\n"
        )
    fit = c.chance(0.5)
    d.put(f"I advise you that: [{' ' if fit else 'X'}] you are not fit for work.\n")
    d.put(
        f"                   [{'X' if fit else ' '}] you may be fit for work taking account of the following advice:\n"
    )
    if fit:
        d.put(
            "  [X] a phased return to work  [",
            c.pick("X", " "),
            "] altered hours  [X] amended duties  [ ] workplace adaptations\n",
        )
    emp = c.ch(EN_EMPLOYERS)
    d.put(
        "Employer (if known / patient says): ",
        P("WORKPLACE", emp),
        c.pick(" - warehouse operative", " (nights)", "", " - teaching assistant"),
        "\n",
    )
    end = plus(seen, 7 * weeks)
    d.put(
        "This will be the case for ",
        c.pick(f"{weeks} weeks", f"{weeks} week(s)"),
        " or from ",
        P("DATE", uk_date(c, seen, "slash")),
        " to ",
        P("DATE", uk_date(c, end, "slash")),
        "\n",
    )
    d.put(
        "I will / will not need to assess your fitness for work again at the end of this period. ",
        c.pick("(review by phone)", ""),
        "\n",
    )
    short = c.chance(0.5)
    d.put(
        "Doctor's signature: ",
        f"Dr {gf[0]} " if short else "Dr ",
        P("NAME_CLINICIAN", gl if short else f"{gf} {gl}"),
        "    GMC no. ",
        P("LICENSE", c.digits(7)),
        "\n",
    )
    pr = c.ch(UK_PRACTICES)
    d.put("Date of statement: ", P("DATE", uk_date(c, seen, "slash")), "\n")
    d.put(
        "Doctor's address: ",
        P("HOSPITAL", pr),
        ", ",
        P("CITY", t[0]),
        " tel ",
        P("PHONE", uk_phone(c, t[2], False)),
        "\n",
    )
    if c.chance(0.4):
        d.put("Issued by e-med3 from workstation ", P("IP", ipv4(c)), " - copy to patient by post.\n")
    return d


def en24_usc_referral(c) -> Doc:
    d = Doc()
    t = c.ch(UK_TOWNS)
    f, la, sex = en_person(c)
    ref = rday(c)
    old = c.chance(0.35)
    age = c.ri(90, 101) if old else c.ri(41, 88)
    b = dob(c, age, ref)
    path = c.ch(("lower GI", "upper GI", "urology", "breast", "lung"))
    clin = {
        "lower GI": (
            "⟦fi|iron deficiency anaemia⟧",
            "⟦lab|FIT 187 ug Hb/g⟧",
            "⟦lab|Hb 96 g/L⟧",
            "⟦pr|colonoscopy⟧",
            "⟦an|rectum⟧",
        ),
        "upper GI": (
            "⟦fi|dysphagia⟧ to solids, 6 kg ⟦fi|weight loss⟧",
            "⟦lab|Hb 108 g/L⟧",
            "⟦lab|platelets 462 x10^9/L⟧",
            "⟦pr|OGD⟧",
            "⟦an|oesophagus⟧",
        ),
        "urology": (
            "visible ⟦fi|haematuria⟧",
            "⟦lab|PSA 14.2 ng/mL⟧",
            "⟦lab|eGFR 61⟧",
            "⟦pr|flexible cystoscopy⟧",
            "⟦an|bladder⟧",
        ),
        "breast": (
            "⟦fi|breast lump⟧ 2 cm, hard",
            "⟦me|2 cm⟧",
            "⟦lab|CA 15-3 not done⟧",
            "⟦pr|triple assessment⟧",
            "⟦an|left upper outer quadrant⟧",
        ),
        "lung": (
            "⟦fi|haemoptysis⟧ in a smoker",
            "⟦lab|CRP 41 mg/L⟧",
            "⟦lab|Hb 131 g/L⟧",
            "⟦pr|CT chest⟧",
            "⟦an|right upper lobe⟧",
        ),
    }[path]
    hosp = c.ch(UK_HOSPITALS)
    d.put(f"URGENT SUSPECTED CANCER REFERRAL ({path.upper()}) - 2 week wait\n")
    d.put(
        "To: Cancer Services Booking Office, ",
        P("HOSPITAL", hosp),
        "   Fax: ",
        P("FAX", f"{t[2]} {c.digits(6, False)}"),
        "\n",
    )
    d.put(
        "UBRN: ",
        P("OTHER_ID", f"{c.digits(4)} {c.digits(4, False)} {c.digits(4, False)}"),
        "   Date of referral: ",
        P("DATE", uk_date(c, ref, "slash")),
        "\n\n",
    )
    d.put(
        "Surname: ",
        P("NAME_PATIENT", la.upper() if c.chance(0.5) else la),
        "    Forename: ",
        P("NAME_PATIENT", f),
        "\n",
    )
    d.put("DOB: ", P("DATE", uk_date(c, b, c.pick("slash", "dot"))), "   Age: ")
    d.put(P("AGE_OVER_89", str(age)) if old else str(age), f"   Sex: {sex}\n")
    d.put(
        "NHS number: ",
        P("OTHER_ID", nhs_number(c)),
        "   Hosp no: ",
        P("MRN", c.pick(f"{c.letters(1)}{c.digits(6)}", c.digits(8))),
        "\n",
    )
    d.put("Address: ", _uk_addr(c, t), "\n")
    d.put(
        "Tel (home): ",
        P("PHONE", uk_phone(c, t[2], False)),
        "  Mobile: ",
        P("PHONE", uk_phone(c, t[2], True)),
        "\n",
    )
    if c.chance(0.4):
        d.put("Email (patient consents to contact): ", P("EMAIL", en_email(c, f, la)), "\n")
    if old or c.chance(0.3):
        rf, rl, _ = en_person(c)
        d.put(
            "Patient will be accompanied by ",
            c.pick("daughter", "son", "niece", "carer"),
            " ",
            P("NAME_RELATIVE", c.pick(f"{rf} {rl}", rf)),
            " - please call ",
            P("PHONE", uk_phone(c, t[2], True)),
            " to book.\n",
        )
    d.put(
        "Interpreter required: ",
        c.pick("No", "No", "Yes - Polish", "Yes - Punjabi", "Yes - BSL"),
        "   Able to attend at short notice: Y\n\n",
    )
    d.put(
        f"Clinical details: {clin[0]}. {clin[1]}, {clin[2]}. Suggest straight-to-test {clin[3]}. Examination: no ⟦ep|Virchow's node⟧; mass {c.pick('felt', 'not felt')} at {clin[4]}.\n"
    )
    d.put(
        f"PMH: ⟦fi|type 2 diabetes⟧, ⟦fi|atrial fibrillation⟧ on ⟦dr|apixaban⟧ ⟦do|5 mg bd⟧; ⟦dr|metformin⟧ ⟦do|1 g bd⟧. WHO performance status {c.ri(0, 2)}.\n"
    )
    if path == "lower GI":
        d.put(
            "FIT specimen no. ",
            P("ACCESSION", f"FIT{c.digits(8)}"),
            " (",
            P("DATE", uk_date(c, plus(ref, -c.ri(3, 12)), "slash")),
            ")\n",
        )
    else:
        d.put("Recent bloods lab no. ", P("ACCESSION", f"{c.letters(2)}{c.digits(7)}"), "\n")
    gf, gl = staff(c)
    d.put(
        "Referring GP: Dr ",
        P("NAME_CLINICIAN", c.pick(f"{gf} {gl}", f"{gf[0]} {gl}", gl)),
        ", ",
        P("HOSPITAL", c.ch(UK_PRACTICES)),
        "  tel ",
        P("PHONE", uk_phone(c, t[2], False)),
        " (bypass)\n",
    )
    if c.chance(0.5):
        d.put(
            "Safety-netting discussed with patient on ",
            P("DATE", uk_date(c, ref, "long")),
            " by ",
            P("NAME_CLINICIAN", c.pick(gl, f"{gf[0]}{gl[0]}")),
            ".\n",
        )
    return d


def en24_stoma_review(c) -> Doc:
    d = Doc()
    t = c.ch(UK_TOWNS)
    f, la, sex = en_person(c)
    visit = rday(c)
    old = c.chance(0.35)
    age = c.ri(90, 99) if old else c.ri(34, 88)
    op = plus(visit, -c.ri(10, 200))
    kind = c.ch(("end colostomy", "loop ileostomy", "ileal conduit"))
    nf, nl = staff(c)
    sf, sl = staff(c)
    d.put("COMMUNITY STOMA CARE - home visit\n")
    d.put(
        "Pt: ",
        c.pick("Mr " if sex == "M" else "Mrs ", ""),
        P("NAME_PATIENT", c.pick(la, f"{f} {la}", f"{f[0]}. {la}")),
        "  (",
        str(age) if not old else P("AGE_OVER_89", str(age)),
        c.pick(" yrs)", " y)", " years)"),
        "   Hosp no ",
        P("MRN", f"{c.letters(1)}{c.digits(6)}"),
        "\n",
    )
    d.put(
        "Seen at home: ",
        P("ADDRESS_STREET", f"{c.ri(2, 90)} {c.ch(UK_STREETS)}"),
        ", ",
        P("CITY", t[0]),
        [] if c.chance(0.4) else [" ", P("POSTCODE", t[1])],
        "  on ",
        P("DATE", uk_date(c, visit)),
        "\n",
    )
    d.put(
        f"Surgery: {c.ch(('⟦ep|Hartmann procedure⟧', '⟦pr|anterior resection⟧', '⟦pr|cystectomy⟧', '⟦ep|Hartmann procedure⟧'))} -> ⟦pr|{kind}⟧ on ",
        P("DATE", uk_date(c, op, c.pick("slash", "dot"))),
        " at ",
        P("HOSPITAL", c.ch(UK_HOSPITALS)),
        ", Mr ",
        P("NAME_CLINICIAN", sl),
        " (consultant)\n",
    )
    d.put(
        f'S: "{c.pick("bag keeps leaking at night", "skin is red raw round it", "no problems, just checking", "output very watery since the weekend")}". ',
        "Lives with ",
        c.pick("wife", "husband", "partner", "son"),
        " ",
        P("NAME_RELATIVE", en_person(c)[0]),
        " who helps with changes.\n",
    )
    d.put(
        f"O: stoma ⟦me|{c.ri(25, 45)} mm⟧ round, spout ⟦me|{c.ri(0, 15)} mm⟧, ⟦fi|peristomal moisture-associated skin damage⟧ at ⟦an|6 o'clock⟧; {c.pick('small ⟦fi|parastomal hernia⟧ on coughing', 'no ⟦fi|parastomal hernia⟧', '⟦fi|mucocutaneous separation⟧ healing')}.\n"
    )
    d.put(
        f"  Output {c.ri(400, 1600)} mL/24h. ⟦lab|Na 1{c.ri(29, 41)} mmol/L⟧, ⟦lab|creatinine {c.ri(60, 140)} umol/L⟧. Weight ⟦me|{c.fl(48, 96)} kg⟧.\n"
    )
    d.put(
        "A/P: changed to ⟦pr|convex appliance⟧ with seal; ⟦dr|Cavilon⟧ barrier film; ⟦dr|loperamide⟧ ⟦do|2 mg qds⟧ 30 min before meals",
        c.pick(", ⟦dr|St Mark's electrolyte mix⟧ 1 litre daily", ""),
        ".\n",
    )
    dac = c.ch(
        ("Bullen Healthcare", "Fittleworth Medical", "SecuriCare Direct", "Charles Medical Dispensing")
    )
    d.put(
        "Prescription request to ",
        P("HOSPITAL", dac),
        " (delivery to home), order ref ",
        P("OTHER_ID", f"{c.letters(2)}{c.digits(7)}"),
        ".\n",
    )
    d.put(
        "Contact: ",
        P("PHONE", uk_phone(c, t[2])),
        c.pick("", " (landline - hard of hearing, ring twice)"),
        "\n",
    )
    d.put(
        "Next visit ",
        P("DATE", uk_date(c, plus(visit, c.ri(7, 28)), "slash")),
        ".  ",
        P("NAME_CLINICIAN", c.pick(f"{nf} {nl}", f"{nf[0]}. {nl}", nf.lower())),
        c.pick(", Stoma CNS", " CNS stoma care", ", RN"),
        "  bleep ",
        c.digits(4),
        "\n",
    )
    return d


def en24_antenatal_booking(c) -> Doc:
    d = Doc()
    t = c.ch(UK_TOWNS)
    f, la, _ = en_person(c, "F")
    bk = rday(c)
    age = c.ri(17, 44)
    b = dob(c, age, bk)
    lmp = plus(bk, -c.ri(56, 84))
    edd = plus(lmp, 280)
    pf, pl, _ = en_person(c, "M")
    mf, ml = staff(c)
    hosp = c.ch(UK_HOSPITALS)
    d.put("MATERNITY BOOKING APPOINTMENT (community midwife)\n")
    d.put(
        "Woman: ",
        P("NAME_PATIENT", c.pick(f"{f} {la}", f"{la.upper()} {f}", f"{f} {la}")),
        " | DOB ",
        P("DATE", uk_date(c, b, "slash")),
        f" | age {age}\n",
    )
    d.put(
        "NHS No ",
        P("OTHER_ID", nhs_number(c)),
        " | Unit no ",
        P("MRN", c.pick(f"M{c.digits(7)}", f"{c.letters(2)}{c.digits(6)}")),
        "\n",
    )
    d.put("Address: ", _uk_addr(c, t), " | Mob ", P("PHONE", uk_phone(c, t[2], True)), "\n")
    if c.chance(0.6):
        d.put("Email: ", P("EMAIL", en_email(c, f, la)), " (for scan letters)\n")
    d.put(
        "Partner: ",
        P("NAME_RELATIVE", c.pick(f"{pf} {pl}", pf)),
        ", ",
        P("PHONE", uk_phone(c, t[2], True)),
        c.pick(" - father of baby", " - not involved", ""),
        "\n",
    )
    ov = c.chance(0.4)
    if ov:
        d.put(
            "Overseas visitor - eligibility checked: passport ",
            P("PASSPORT", passport(c, "intl")),
            c.pick(" (Romania)", " (Nigeria)", " (Brazil)", " (Philippines)"),
            ", referred to Overseas Visitors Office ",
            P("DATE", uk_date(c, bk, "slash")),
            ".\n",
        )
    if c.chance(0.35):
        inf, inl = staff(c)
        d.put(
            "Interpreter: ",
            P("NAME_CLINICIAN", f"{inf} {inl}"),
            c.pick(" (Polish, by phone)", " (Tigrinya)", " (Arabic, face to face)"),
            "\n",
        )
    if c.chance(0.6):
        d.put(
            "Occupation: ",
            c.pick("care assistant", "shop supervisor", "student nurse", "cleaner"),
            " at ",
            P("WORKPLACE", c.ch(EN_EMPLOYERS)),
            "\n",
        )
    d.put(
        "LMP: ",
        P("DATE", uk_date(c, lmp, "slash")),
        "   EDD by dates: ",
        P("DATE", uk_date(c, edd, "slash")),
        f"   G{c.ri(1, 5)}P{c.ri(0, 3)}\n",
    )
    d.put(
        f"Obstetric hx: {c.pick('one ⟦pr|caesarean section⟧ (breech)', '⟦fi|pre-eclampsia⟧ in last pregnancy', 'two ⟦pr|SVD⟧, uncomplicated', '⟦fi|miscarriage⟧ x2')}\n"
    )
    d.put(
        f"Medical: {c.pick('⟦fi|epilepsy⟧ on ⟦dr|lamotrigine⟧ ⟦do|100 mg bd⟧', '⟦fi|hypothyroidism⟧ on ⟦dr|levothyroxine⟧ ⟦do|75 micrograms od⟧', 'nil', '⟦fi|asthma⟧, ⟦dr|Clenil⟧ ⟦do|100 mcg 2 puffs bd⟧')}. BMI ⟦me|{c.fl(19, 41)}⟧. BP ⟦me|{c.ri(98, 140)}/{c.ri(58, 92)}⟧.\n"
    )
    d.put(
        f"Started ⟦dr|folic acid⟧ ⟦do|{c.pick('400 micrograms', '5 mg')} od⟧; ",
        c.pick("⟦dr|aspirin⟧ ⟦do|150 mg nocte⟧ from 12 weeks (PET risk)", "no aspirin indicated"),
        ". ⟦fi|Gestational diabetes⟧ risk: ",
        c.pick("BMI > 30 - ⟦pr|OGTT⟧ at 24-28 weeks", "none"),
        ".\n",
    )
    d.put(
        "Booking bloods taken (FBC, group & save, ⟦lab|HIV⟧, ⟦lab|hepatitis B sAg⟧, syphilis, ⟦lab|haemoglobinopathy screen⟧): sample ",
        P("ACCESSION", f"{c.letters(1)}{c.digits(2)}.{c.digits(7)}.{c.letters(1)}"),
        "\n",
    )
    d.put(
        "Dating scan booked ",
        P("HOSPITAL", hosp),
        " on ",
        P("DATE", uk_date(c, plus(bk, c.ri(5, 14)), "long")),
        ". Named midwife: ",
        P("NAME_CLINICIAN", c.pick(f"{mf} {ml}", mf)),
        "\n",
    )
    d.put(
        "Maternity notes app activated - link sent: ",
        P("URL", f"https://mat-notes.{c.pick('nhs.example', 'badgernet.example')}/invite/{c.token(10)}"),
        "\n",
    )
    d.put(
        "GP: ",
        P("HOSPITAL", c.ch(UK_PRACTICES)),
        ". ",
        c.pick(
            "Safeguarding: routine enquiry done, no concerns.",
            "Safeguarding: known to social care - see alert.",
        ),
        "\n",
    )
    return d


def en24_health_visitor(c) -> Doc:
    d = Doc()
    t = c.ch(UK_TOWNS)
    mf, ml, _ = en_person(c, "F")
    ff, fl_, _ = en_person(c, "M")
    born = rday(c)
    visit = plus(born, c.ri(10, 14))
    bf = c.ch(
        (
            "Isla",
            "Oisín",
            "Zainab",
            "Teddy",
            "Amara",
            "Leo",
            "Maisie",
            "Ayaan",
            "Freddie",
            "Niamh",
            "Kai",
            "Eliza",
        )
    )
    blast = c.pick(ml, fl_, f"{ml}-{fl_}")
    hf, hl = staff(c)
    d.put("HEALTH VISITING - NEW BIRTH VISIT\n")
    d.put(
        "Child: ",
        P("NAME_PATIENT", f"{bf} {blast}"),
        "   DOB ",
        P("DATE", uk_date(c, born, "slash")),
        c.pick("   Male", "   Female"),
        "\n",
    )
    d.put(
        "NHS no ",
        P("OTHER_ID", nhs_number(c)),
        "   Born at ",
        P("HOSPITAL", c.ch(UK_HOSPITALS)),
        f", {c.pick('SVD', 'ventouse', 'em LSCS', 'el LSCS')}, {c.ri(36, 41)}+{c.ri(0, 6)} weeks\n",
    )
    d.put("Visit date ", P("DATE", uk_date(c, visit, "slash")), " at home: ", _uk_addr(c, t), "\n")
    d.put(
        "Present: mum ",
        P("NAME_RELATIVE", c.pick(mf, f"{mf} {ml}")),
        c.pick(", dad ", ", partner "),
        P("NAME_RELATIVE", ff),
    )
    if c.chance(0.35):
        old = c.chance(0.5)
        d.put(
            ", great-grandmother ",
            P("NAME_RELATIVE", c.pick("Nana " + c.ch(("Peg", "Dot", "Vi", "Elsie")), en_person(c, "F")[0])),
            " (",
            P("AGE_OVER_89", str(c.ri(90, 97))) if old else str(c.ri(70, 89)),
            ")",
        )
    d.put(" and ", c.pick("older sibling", "no siblings", "two siblings"), ".\n")
    d.put("Contact: ", P("PHONE", uk_phone(c, t[2], True)), c.pick(" (mum)", ""), "\n")
    w0, w1 = c.ri(2600, 4200), 0
    w1 = w0 + c.ri(-180, 240)
    d.put(
        f"Weight: birth ⟦me|{w0} g⟧, today ⟦me|{w1} g⟧ ({c.pick('9th-25th', '25th-50th', '50th-75th')} centile). Head circumference ⟦me|{c.fl(33, 37)} cm⟧.\n"
    )
    d.put(
        f"Feeding: {c.pick('exclusively breastfed, latch observed - good', 'mixed feeding', 'formula fed, 90 mL 3-hourly')}. {c.pick('⟦fi|tongue-tie⟧ query - referred to infant feeding team', 'No ⟦fi|jaundice⟧', 'Mild ⟦fi|jaundice⟧ resolving, ⟦lab|SBR 182 umol/L⟧ on day 5')}.\n"
    )
    d.put(
        f"⟦pr|Newborn blood spot⟧ (⟦ep|Guthrie test⟧) taken day 5 - results pending. ⟦pr|Newborn hearing screen⟧: {c.pick('clear response both ears', 'referred for ⟦pr|AABR⟧')}. {c.pick('⟦fi|Developmental dysplasia of the hip⟧ risk (breech) - ⟦pr|hip ultrasound⟧ booked', '⟦ep|Barlow⟧ and ⟦ep|Ortolani⟧ negative')}.\n"
    )
    d.put(
        f"Mum: ⟦me|EPDS {c.ri(2, 16)}⟧; {c.pick('on ⟦dr|ferrous sulfate⟧ ⟦do|200 mg bd⟧', '⟦dr|Vitamin D⟧ drops for baby ⟦do|400 IU daily⟧ discussed', 'perineum healing')}. Safe sleep and ICON (coping with crying) discussed.\n"
    )
    d.put(
        "Red book completed. GP ",
        P("HOSPITAL", c.ch(UK_PRACTICES)),
        " - 6-8 week check due ",
        P("DATE", uk_date(c, plus(born, c.ri(42, 56)))),
        ".\n",
    )
    d.put(
        "HV: ",
        P("NAME_CLINICIAN", c.pick(f"{hf} {hl}", f"{hf[0]}. {hl}", hf)),
        c.pick(" SCPHN (HV)", ", Health Visitor", ""),
        "  ",
        P("PHONE", uk_phone(c, t[2], False)),
        "\n",
    )
    return d


def en24_coroner_referral(c) -> Doc:
    d = Doc()
    t = c.ch(AU_TOWNS)
    town, st, pc, ac = t
    f, la, sex = en_person(c)
    died = rday(c)
    old = c.chance(0.45)
    age = c.ri(90, 104) if old else c.ri(19, 89)
    b = dob(c, age, died)
    rf, rl, _ = en_person(c)
    df, dl = staff(c)
    hosp = c.ch(AU_HOSPITALS)
    why = c.ch(("rtc", "fall", "unexpected", "procedure"))
    d.put("REPORT OF DEATH TO THE CORONER (Form 1) - medical practitioner\n")
    d.put(
        "Coroners Court ref: ",
        P("OTHER_ID", f"COR {died.year} {c.digits(4)}"),
        c.pick("", " (allocated by phone)"),
        "     Fax to: ",
        P("FAX", f"({ac}) {c.ri(5, 9)}{c.digits(3, False)} {c.digits(4, False)}"),
        "\n\n",
    )
    d.put("Deceased: ", P("NAME_PATIENT", en_name(c, f, la, c.ch(("upper", "full", "lastfirst")))), "\n")
    d.put(
        "Date of birth: ",
        P("DATE", uk_date(c, b, "slash")),
        "   Age: ",
        P("AGE_OVER_89", str(age)) if old else str(age),
        f"   Sex: {sex}\n",
    )
    d.put(
        "Usual address: ",
        P(
            "ADDRESS_STREET",
            f"{c.pick('', 'Unit ' + str(c.ri(1, 12)) + '/')}{c.ri(1, 220)} {c.ch(AU_STREETS)}",
        ),
        ", ",
        P("CITY", town),
        " ",
        P("PROVINCE_STATE", st),
        " ",
        P("POSTCODE", pc),
        "\n",
    )
    d.put(
        "Medicare no: ",
        P("INSURANCE", f"{c.ri(2, 6)}{c.digits(3, False)} {c.digits(5, False)} {c.ri(1, 9)}"),
        c.pick("", f" / {c.ri(1, 5)}"),
        "   UR no: ",
        P("MRN", c.digits(c.ri(6, 7))),
        "\n",
    )
    d.put(
        "Date of death: ",
        P("DATE", uk_date(c, died, c.pick("slash", "long"))),
        "  time ",
        f"{c.ri(0, 23):02d}:{c.ri(0, 59):02d}",
        "   Place: ",
        P("HOSPITAL", hosp),
        c.pick(" ED", " ICU", " Ward 4B", ""),
        "\n",
    )
    if why == "rtc":
        d.put(
            "Circumstances: driver of a sedan in a single-vehicle collision; ⟦fi|traumatic brain injury⟧ with ⟦fi|subdural haematoma⟧, ⟦fi|flail chest⟧. ⟦me|GCS 3⟧ on arrival. Vehicle rego ",
            P(
                "VEHICLE",
                f"{c.letters(3)}{c.digits(2, False)}{c.letters(1)}"
                if st == "NSW"
                else f"{c.digits(3)}{c.letters(3)}",
            ),
            "; police event no. ",
            P("OTHER_ID", f"E{c.digits(9)}"),
            ".\n",
        )
    elif why == "fall":
        d.put(
            f"Circumstances: ⟦fi|fall⟧ at home, ⟦fi|fractured neck of femur⟧, ⟦pr|hemiarthroplasty⟧ day {c.ri(1, 3)}; deteriorated with ⟦fi|hospital-acquired pneumonia⟧. On ⟦dr|warfarin⟧ (⟦lab|INR 3.4⟧).\n"
        )
    elif why == "unexpected":
        d.put(
            "Circumstances: found unresponsive by ",
            c.pick("son", "neighbour", "wife"),
            "; ⟦pr|CPR⟧ by ambulance 25 min, ⟦fi|asystole⟧. Hx ⟦fi|ischaemic heart disease⟧, ⟦dr|ticagrelor⟧ ⟦do|90 mg bd⟧. Cause not known.\n",
        )
    else:
        d.put(
            "Circumstances: died within 24 h of ⟦pr|transcatheter aortic valve implantation⟧ - ⟦fi|cardiac tamponade⟧; ⟦pr|pericardiocentesis⟧ attempted. Reportable (health-care related).\n"
        )
    if c.chance(0.6):
        d.put(
            "Implanted devices: ",
            c.pick("permanent pacemaker", "ICD", "neurostimulator"),
            " ",
            c.pick("Medtronic Azure", "Abbott Assurity", "Boston Scientific Accolade"),
            " serial ",
            P("DEVICE", f"{c.letters(3)}{c.digits(6)}{c.letters(1)}"),
            " - to be removed before cremation.\n",
        )
    d.put(
        "Senior next of kin: ",
        P("NAME_RELATIVE", c.pick(f"{rf} {rl}", f"{rf} {la}", rf)),
        " (",
        c.pick("wife", "husband", "daughter", "son", "partner", "sister"),
        ") ph ",
        P("PHONE", au_phone(c, ac)),
        "\n",
    )
    if c.chance(0.3):
        d.put("NOK is overseas; identified by passport ", P("PASSPORT", passport(c, "intl")), ".\n")
    d.put("Family objection to autopsy: ", c.pick("Yes - cultural reasons", "No", "Not yet asked"), "\n")
    d.put(
        "Reporting doctor: Dr ",
        P("NAME_CLINICIAN", c.pick(f"{df} {dl}", f"{df[0]} {dl}")),
        c.pick(", ED registrar", ", VMO", ", intern"),
        "  AHPRA ",
        P("LICENSE", f"MED{c.digits(10, False)}"),
        "  mob ",
        P("PHONE", au_phone(c, ac)),
        "\n",
    )
    d.put("Date: ", P("DATE", uk_date(c, died if c.chance(0.6) else plus(died, 1), "slash")), "\n")
    return d


TEMPLATES = [
    ("en24_fit_note", en24_fit_note),
    ("en24_usc_referral", en24_usc_referral),
    ("en24_stoma_review", en24_stoma_review),
    ("en24_antenatal_booking", en24_antenatal_booking),
    ("en24_health_visitor", en24_health_visitor),
    ("en24_coroner_referral", en24_coroner_referral),
]
