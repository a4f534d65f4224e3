# Longer than 450 lines: six document templates, each one function of literal text, kept together.
"""v30 English templates, part 2 (README.md "v30"): an OCR'd upper-case blood-transfusion consent
scan, an ICU insulin-infusion pipe flowsheet, a fixed-width indwelling-pleural-catheter home
drainage log, a pressure-injury prevalence survey CSV, an elective cardioversion procedure note
and a post-fall safety huddle form."""

# ruff: noqa: E501  (template text)

from __future__ import annotations

from _v30_kit import (
    EMPLOYERS,
    HOME_HEALTH,
    Doc,
    P,
    age_p,
    age_pair,
    device_serial,
    dob_for,
    email_for,
    en_hospital,
    en_names,
    en_town,
    fin,
    he,
    his,
    ipv4,
    link,
    member_id,
    mrn,
    npi,
    passport,
    phone,
    plate,
    plus,
    rdate,
    relation_en,
    ssn,
    street,
    timeline,
    us,
    vin,
    zipcode,
)


def _noise(c, label: str) -> str:
    """OCR noise in a label (never inside a PHI value)."""
    out = []
    for ch in label:
        if ch == "O" and c.chance(0.4):
            out.append("0")
        elif ch == "I" and c.chance(0.35):
            out.append("1")
        elif ch == "S" and c.chance(0.25):
            out.append("5")
        else:
            out.append(ch)
    return "".join(out)


def ocr_blood_consent(c):
    d = Doc()
    t = en_town(c)
    h = en_hospital(c, t).upper()
    p, md, wit = en_names(c, 3)
    age = age_pair(c, 0.25, 22, 88)
    day = rdate(c)
    n = lambda s: _noise(c, s)  # noqa: E731
    d.put(
        n("FAX FROM "),
        P("FAX", phone(c, t.area)),
        "  ",
        P("DATE", us(day, c.ch(("mdy", "mdyy")))),
        n("  PAGE 1 OF 2"),
        "\n",
    )
    d.put(P("HOSPITAL", h), "\n")
    d.put(n("INFORMED CONSENT FOR BLOOD TRANSFUSION"), "\n")
    d.put(n("MRN: "), P("MRN", mrn(c)), "\n\n")
    d.put(n("PATIENT NAME: "), P("NAME_PATIENT", f"{p.last.upper()}, {p.first.upper()}"), "\n")
    d.put(n("DATE OF BIRTH: "), P("DATE", us(dob_for(c, age, day), "mdy")), n("   AGE: "), age_p(age), "\n")
    if c.chance(0.7):
        d.put(n("SOCIAL SECURITY NO: "), P("SSN", ssn(c)), "\n")
    if c.chance(0.45):
        d.put(n("ID PRESENTED (PASSPORT): "), P("PASSPORT", passport(c)), "\n")
    d.put("\n")
    d.put(
        n("I UNDERSTAND THAT I MAY RECEIVE "),
        c.ch(
            (
                "⟦dr|PACKED RED BLOOD CELLS⟧",
                "⟦dr|PLATELETS⟧",
                "⟦dr|FRESH FROZEN PLASMA⟧",
                "⟦dr|CRYOPRECIPITATE⟧",
            )
        ),
        n(" FOR "),
        c.ch(
            ("⟦fi|SYMPTOMATIC ANEMIA⟧", "⟦fi|ACUTE BLOOD LOSS⟧", "⟦fi|THROMBOCYTOPENIA⟧", "⟦fi|COAGULOPATHY⟧")
        ),
        ".\n",
    )
    d.put(
        n("RISKS DISCUSSED: "),
        "⟦fi|FEBRILE NONHEMOLYTIC REACTION⟧, ⟦fi|TRALI⟧, ⟦fi|TACO⟧, ⟦fi|HEMOLYTIC REACTION⟧.\n",
    )
    d.put(n("CURRENT "), f"⟦lab|HGB {c.fl(5.8, 8.9)} G/DL⟧", n("  TYPE AND SCREEN DONE"), "\n")
    d.put(n("ALTERNATIVES: "), "⟦dr|IRON SUCROSE⟧, ⟦dr|EPOETIN ALFA⟧", "\n\n")
    d.put(n("SIGNATURE OF PATIENT: "), "(SIGNED)  ", P("DATE", us(day, "mdy")), "\n")
    d.put(n("PHYSICIAN: "), P("NAME_CLINICIAN", f"{md.first.upper()} {md.last.upper()}"), ", MD\n")
    d.put(n("WITNESS: "), P("NAME_CLINICIAN", f"{wit.last.upper()}"), " RN\n")
    return d


def insulin_drip(c):
    d = Doc()
    t = en_town(c)
    h = en_hospital(c, t)
    ppl = en_names(c, 4)
    p, rns = ppl[0], ppl[1:]
    age = age_pair(c, 0.2, 19, 88)
    day = rdate(c)
    d.put(P("HOSPITAL", h), " | ICU INSULIN INFUSION FLOWSHEET\n")
    d.put(
        "Patient | ",
        P("NAME_PATIENT", p.rev),
        " | MRN ",
        P("MRN", mrn(c)),
        " | Acct ",
        P("ACCOUNT", fin(c)),
        " | Age ",
        age_p(age),
        "\n",
    )
    d.put(
        "Indication | ",
        c.ch(
            (
                "⟦fi|diabetic ketoacidosis⟧",
                "⟦fi|hyperosmolar hyperglycemic state⟧",
                "⟦fi|stress hyperglycemia⟧ after ⟦pr|CABG⟧",
            )
        ),
        "\n",
    )
    if c.chance(0.6):
        d.put("Glucometer dock | ", P("IP", ipv4(c)), "\n")
    d.put("\n| date | time | POC glucose | rate (units/h) | K+ | RN |\n|---|---|---|---|---|---|\n")
    rate = c.fl(3, 9)
    for i, (cur, hm) in enumerate(timeline(c, day, c.ri(4, 7), (1, 4))):
        g = c.ri(130, 480) if i < 2 else c.ri(110, 240)
        k = c.fl(3.1, 5.4)
        rn = c.ch(rns)
        d.put(
            "| ",
            P("DATE", us(cur, c.ch(("md", "mdy")))),
            f" | {hm} | ⟦lab|glucose {g} mg/dL⟧ | {rate} | ⟦lab|K {k}⟧ | ",
            P("NAME_CLINICIAN", c.ch((rn.init_last, rn.first, rn.last))),
            " |\n",
        )
        rate = c.fl(1, 8)
    d.put(
        f"\nFluids: ⟦dr|0.9% sodium chloride⟧ then ⟦dr|D5 0.45% NaCl⟧ when glucose < ⟦me|250 mg/dL⟧; "
        f"⟦dr|potassium chloride⟧ ⟦do|20 mEq⟧ per liter. ⟦lab|anion gap {c.ri(8, 26)}⟧, ⟦lab|beta-hydroxybutyrate {c.fl(0.2, 6.5)} mmol/L⟧.\n"
    )
    d.put(f"Transition: ⟦dr|insulin glargine⟧ ⟦do|{c.ri(10, 40)} units⟧ 2 h before stopping drip.\n")
    d.put("Charge RN: ", P("NAME_CLINICIAN", rns[0].full), "\n")
    return d


def pleurx_log(c):
    d = Doc()
    t = en_town(c)
    hh = en_hospital(c, t, HOME_HEALTH)
    h = en_hospital(c, t)
    p, rn1, rn2, md = en_names(c, 4)
    age = age_pair(c, 0.2, 45, 88)
    day = rdate(c)
    d.put(P("HOSPITAL", hh), "\nINDWELLING PLEURAL CATHETER - HOME DRAINAGE LOG\n\n")
    d.put(f"{'Patient:':<16}", P("NAME_PATIENT", p.full), "\n")
    d.put(f"{'DOB:':<16}", P("DATE", us(dob_for(c, age, day), c=c)), "\n")
    d.put(
        f"{'Address:':<16}",
        P("ADDRESS_STREET", street(c)),
        ", ",
        P("CITY", t.city),
        " ",
        P("PROVINCE_STATE", t.state),
        " ",
        P("POSTCODE", zipcode(c, t)),
        "\n",
    )
    d.put(f"{'Phone:':<16}", P("PHONE", phone(c, t.area)), "\n")
    if c.chance(0.5):
        d.put(f"{'Member ID:':<16}", P("INSURANCE", member_id(c)), "\n")
    side = c.ch(("right", "left"))
    d.put(
        f"{'Catheter:':<16}",
        f"⟦an|{side} pleural space⟧, placed at ",
        P("HOSPITAL", h),
        " on ",
        P("DATE", us(plus(day, -c.ri(3, 30)), c.ch(("mdy", "md")))),
        "\n",
    )
    d.put(
        f"{'Reason:':<16}",
        c.ch(("⟦fi|malignant pleural effusion⟧", "⟦fi|recurrent hepatic hydrothorax⟧", "⟦fi|trapped lung⟧")),
        "\n\n",
    )
    d.put(f"{'DATE':<12}{'DRAINED':<10}{'COLOUR':<14}{'SYMPTOMS':<28}NURSE\n")
    cur = day
    for _ in range(c.ri(3, 6)):
        rn = c.ch((rn1, rn2))
        vol = c.ch((150, 250, 300, 400, 500, 600, 750, 1000))
        sym = c.ch(
            ("none", "mild cough at end", "⟦fi|chest pain⟧ stopped early", "⟦fi|dyspnea⟧ better after")
        )
        ds = us(cur, "mdy")
        d.put(
            P("DATE", ds),
            " " * (12 - len(ds)),
            f"⟦me|{vol} mL⟧",
            " " * (10 - len(f"{vol} mL")),
            f"{c.ch(('straw', 'amber', 'serosang.')):<14}",
        )
        d.put(
            sym,
            " " * max(1, 28 - len(sym.replace("⟦fi|", "").replace("⟧", ""))),
            P("NAME_CLINICIAN", rn.init_last),
            "\n",
        )
        cur = plus(cur, c.ch((1, 2, 2, 3)))
    d.put(
        "\nDrain every other day; stop if > ⟦me|1000 mL⟧. Pain: ⟦dr|acetaminophen⟧ ⟦do|650 mg⟧ before draining.\n"
    )
    d.put(
        f"Consider ⟦pr|talc pleurodesis⟧ if output < ⟦me|150 mL⟧ x3. Last ⟦lab|albumin {c.fl(2.1, 3.9)} g/dL⟧.\n"
    )
    if c.chance(0.6):
        d.put("Photo of site upload: ", P("URL", link(c, "care.lanternhh.org")), "\n")
    if c.chance(0.5):
        d.put("Questions: ", P("EMAIL", email_for(c, rn1.first, rn1.last, "lanternhh.org")), "\n")
    d.put("Pulmonologist: ", P("NAME_CLINICIAN", md.full), ", MD\n")
    return d


def braden_csv(c):
    d = Doc()
    t = en_town(c)
    h = en_hospital(c, t)
    ppl = en_names(c, 7)
    surveyor = ppl[0]
    day = rdate(c)
    d.put("# pressure injury prevalence survey export\n")
    d.put("# facility: ", P("HOSPITAL", h), "\n")
    d.put(
        "# survey date: ",
        P("DATE", us(day, "iso")),
        "  surveyor: ",
        P("NAME_CLINICIAN", f"{surveyor.first[0].lower()}{surveyor.last.lower()}"),
        "  host: ",
        P("IP", ipv4(c)),
        "\n",
    )
    d.put("unit,mrn,patient,age,admit_date,braden,injury,stage,location\n")
    for p in ppl[1 : 1 + c.ri(3, 6)]:
        age = age_pair(c, 0.3, 51, 88)
        br = c.ri(9, 21)
        inj = c.chance(0.6)
        d.put(
            f"{c.ch(('4W', '5E', 'MICU', 'SICU', '3N', 'ORTHO'))},",
            P("MRN", mrn(c)),
            ',"',
            P("NAME_PATIENT", p.rev),
            '",',
            age_p(age),
            ",",
            P("DATE", us(plus(day, -c.ri(1, 40)), "iso")),
            f",⟦me|Braden {br}⟧,",
        )
        if inj:
            kind = c.ch(
                (
                    "⟦fi|pressure injury⟧",
                    "⟦fi|deep tissue injury⟧",
                    "⟦fi|medical device related pressure injury⟧",
                )
            )
            d.put(
                kind,
                f",{'DTI' if 'deep' in kind else c.ch(('2', '3', '4', 'unstageable'))},",
                c.ch(
                    (
                        "⟦an|sacrum⟧",
                        "⟦an|coccyx⟧",
                        "⟦an|right heel⟧",
                        "⟦an|left ischial tuberosity⟧",
                        "⟦an|occiput⟧",
                    )
                ),
                "\n",
            )
        else:
            d.put("none,,\n")
    d.put("# interventions: ⟦pr|low air loss mattress⟧, ⟦pr|turning q2h⟧, ⟦dr|zinc oxide⟧ barrier\n")
    return d


def dccv_note(c):
    d = Doc()
    t = en_town(c)
    h = en_hospital(c, t)
    p, md, anes, rel = en_names(c, 4)
    age = age_pair(c, 0.15, 38, 88)
    day = rdate(c)
    d.put(P("HOSPITAL", h), " - Cardiology Procedure Suite\nELECTIVE DC CARDIOVERSION\n\n")
    d.put(
        "Name: ",
        P("NAME_PATIENT", p.full),
        "   MRN: ",
        P("MRN", mrn(c)),
        "   Date: ",
        P("DATE", us(day, c=c)),
        "\n\n",
    )
    rhythm = c.ch(("⟦fi|persistent atrial fibrillation⟧", "⟦fi|atrial flutter⟧"))
    d.put(
        age_p(age),
        f"-year-old {'gentleman' if p.sex == 'M' else 'lady'} with ",
        rhythm,
        f" for about {c.ri(2, 14)} weeks, ⟦me|CHA2DS2-VASc {c.ri(1, 6)}⟧. Anticoagulated on ",
        c.ch(
            (
                "⟦dr|apixaban⟧ ⟦do|5 mg⟧ bid",
                "⟦dr|rivaroxaban⟧ ⟦do|20 mg⟧ daily",
                "⟦dr|warfarin⟧ (⟦lab|INR 2.6⟧)",
            )
        ),
        f" with no missed doses for 3 weeks per {his(p.sex)} report; ⟦pr|TEE⟧ not required.\n",
    )
    if c.chance(0.5):
        d.put(
            "Existing ",
            c.ch(("⟦pr|dual-chamber pacemaker⟧", "⟦pr|ICD⟧")),
            ", generator serial ",
            P("DEVICE", device_serial(c)),
            "; interrogated before and after.\n",
        )
    if c.chance(0.5):
        d.put(
            "Works as a driver for ",
            P("WORKPLACE", c.ch(EMPLOYERS)),
            f"; {he(p.sex)} asked about a return-to-work date.\n",
        )
    d.put(
        f"\nSedation: ⟦dr|propofol⟧ ⟦do|{c.ri(40, 120)} mg⟧ IV by ",
        P("NAME_CLINICIAN", anes.full),
        ", CRNA. Pads anterior-posterior. "
        f"Synchronized ⟦pr|biphasic shock⟧ at ⟦me|{c.ch((120, 150, 200))} J⟧ x{c.ri(1, 3)}, converted to ⟦fi|sinus rhythm⟧, ⟦me|HR {c.ri(54, 78)}⟧.\n",
    )
    d.put(
        f"Post: ⟦me|QTc {c.ri(410, 470)} ms⟧, ⟦lab|potassium {c.fl(3.8, 4.9)}⟧. Start ⟦dr|amiodarone⟧ ⟦do|200 mg⟧ daily x 8 weeks if recurrence.\n\n"
    )
    rw = relation_en(c, p.sex, age, rel.sex)
    d.put("Discharged to ", P("NAME_RELATIVE", rel.full), f" ({rw}), phone ", P("PHONE", phone(c, t.area)))
    if c.chance(0.6):
        d.put(", vehicle ", P("VEHICLE", c.ch((plate(c), plate(c), vin(c)))), " at valet")
    d.put(". No driving for 24 h.\n")
    if c.chance(0.45):
        d.put("Travel letter issued (flight in 5 days), passport ", P("PASSPORT", passport(c)), ".\n")
    d.put(
        "Follow-up ⟦ep|Holter monitor⟧ on ",
        P("DATE", us(plus(day, c.ri(14, 40)), c.ch(("long", "mdy", "mon")))),
        ".\n\n",
    )
    d.put(P("NAME_CLINICIAN", md.full), ", MD, FACC   NPI ", P("LICENSE", npi(c)), "\n")
    return d


def fall_huddle(c):
    d = Doc()
    t = en_town(c)
    h = en_hospital(c, t)
    p, rn, cn, md, rel = en_names(c, 5)
    age = age_pair(c, 0.45, 58, 89)
    day = rdate(c)
    d.put("POST-FALL SAFETY HUDDLE\n", P("HOSPITAL", h), "\n\n")
    d.put("Incident report #: ", P("OTHER_ID", f"IR-{day.year}-{c.digits(5)}"), "\n")
    d.put("Date of fall:      ", P("DATE", us(day, c=c)), f"   Time: {c.ri(0, 23):02d}:{c.ri(0, 59):02d}\n")
    d.put(
        "Patient:           ",
        P("NAME_PATIENT", p.full),
        "   Age: ",
        age_p(age),
        "   MRN: ",
        P("MRN", mrn(c)),
        "\n",
    )
    d.put(f"Unit / room:       {c.ch(('6 North', '4 West', 'Ortho', 'Med-Surg B'))} / {c.ri(401, 699)}\n\n")
    d.put(
        "[ ] Witnessed  [x] Unwitnessed - found on the floor beside the bed by ",
        P("NAME_CLINICIAN", rn.first),
        f" (RN). {his(p.sex).capitalize()} ⟦ep|Morse Fall Scale⟧ score was ⟦me|{c.ch((45, 55, 65, 75, 85))}⟧.\n",
    )
    d.put(
        "Contributing: ",
        c.ch(
            (
                "⟦dr|zolpidem⟧ at bedtime",
                "⟦fi|orthostatic hypotension⟧",
                "⟦dr|furosemide⟧ - urgency to toilet",
                "⟦fi|delirium⟧",
            )
        ),
        "; bed alarm was off.\n",
    )
    d.put(
        "Injury: ",
        c.ch(
            (
                "none found",
                "⟦fi|skin tear⟧ on ⟦an|left forearm⟧",
                "⟦fi|scalp laceration⟧, ⟦pr|CT head⟧ negative",
                "⟦fi|right hip pain⟧, ⟦pr|pelvic X-ray⟧ ordered",
            )
        ),
        f". ⟦me|BP {c.ri(90, 160)}/{c.ri(50, 90)}⟧ lying, ⟦lab|fingerstick glucose {c.ri(70, 190)}⟧.\n",
    )
    d.put("Provider notified: ", P("NAME_CLINICIAN", md.init_last), ", MD\n")
    d.put(
        "Family notified: ",
        P("NAME_RELATIVE", rel.full),
        f" ({relation_en(c, p.sex, age, rel.sex)}) at ",
        P("PHONE", phone(c, t.area)),
        "\n",
    )
    d.put("Plan: bed low and locked, ⟦pr|hourly rounding⟧, ⟦pr|PT evaluation⟧, hold sedatives.\n")
    d.put(
        "Huddle led by ",
        P("NAME_CLINICIAN", f"{cn.first} {cn.last}"),
        " (charge); copy to ",
        P("EMAIL", email_for(c, cn.first, cn.last, "riskmgmt-hosp.org")),
        "\n",
    )
    return d


TEMPLATES = [
    ("en30_ocr_blood_consent", ocr_blood_consent),
    ("en30_insulin_drip", insulin_drip),
    ("en30_pleurx_log", pleurx_log),
    ("en30_braden_csv", braden_csv),
    ("en30_dccv_note", dccv_note),
    ("en30_fall_huddle", fall_huddle),
]

__all__ = ["TEMPLATES", "member_id", "zipcode"]
