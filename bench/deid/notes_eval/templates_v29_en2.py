# Longer than 450 lines: six whole document templates, laid out one value per line by the formatter.
"""v29 English templates (2 of 2; README.md "v29").

Document types none of v1-v28 used: a prescription-drug-monitoring-program (PDMP) query report in
fixed width, a wearable cardioverter-defibrillator fitting form, an OCR'd upper-case health-care
proxy scan, a lower-case q15-minute psychiatric observation log, a music-therapy session note with
speaker turns and a chemotherapy independent double-check pipe table."""

# ruff: noqa: E501  (template text)

from __future__ import annotations

import _v29_kit as kit
from _core import Doc
from _v29_kit import K, P


def NP(v):
    return P("NAME_PATIENT", v)


def NR(v):
    return P("NAME_RELATIVE", v)


def NC(v):
    return P("NAME_CLINICIAN", v)


def D(v):
    return P("DATE", v)


PHARMS = [
    "Prairie Drug #",
    "Main Street Apothecary",
    "Riverbend Pharmacy",
    "Corner Rx #",
    "Valley Family Pharmacy",
    "Hometown Drug",
]


def en29_pdmp_report(c) -> Doc:
    d = Doc()
    t = c.ch(kit.TOWNS)
    pt = kit.en_name(c)
    req = kit.en_name(c)
    ref = kit.rdate(c)
    age = c.ri(24, 84)
    dob = kit.dob_for(c, age, ref)
    d.put(f"{t.state} PRESCRIPTION MONITORING PROGRAM — PATIENT RX HISTORY REPORT\n")
    d.put(
        "Requestor: ",
        NC(req.rev.upper()),
        "  DEA ",
        P("LICENSE", kit.dea(c, req.last)),
        "  Run date: ",
        D(kit.us(ref, "mdy")),
        "\n",
    )
    d.put(
        "Search: last=",
        NP(pt.last.upper()),
        " first=",
        NP(pt.first.upper()),
        " dob=",
        D(kit.us(dob, "mdy")),
        "\n",
    )
    d.put(
        "Patient address: ",
        P("ADDRESS_STREET", kit.street(c)),
        ", ",
        P("CITY", t.city),
        ", ",
        P("PROVINCE_STATE", t.state),
        " ",
        P("POSTCODE", kit.zipcode(c, t)),
        "\n",
    )
    if c.chance(0.45):
        if c.chance(0.5):
            d.put("ID presented at fill: passport ", P("PASSPORT", kit.us_passport(c)), "\n")
        else:
            d.put("ID presented at fill: DL ", P("LICENSE", kit.driver_licence(c, t.state)), "\n")
    d.put(
        "\nFILLED      WRITTEN     DRUG                          QTY  DAYS MME   RX#          PRESCRIBER             PHARMACY\n"
    )
    day = kit.plus(ref, -c.ri(150, 200))
    presc = kit.en_names(c, 2)
    for _ in range(c.ri(3, 6)):
        day = kit.plus(day, c.ri(14, 35))
        drug = c.ch(
            (
                ("oxycodone-acetaminophen", "5/325 mg"),
                ("hydrocodone-acetaminophen", "10/325 mg"),
                ("tramadol", "50 mg"),
                ("buprenorphine-naloxone", "8/2 mg"),
                ("alprazolam", "0.5 mg"),
                ("gabapentin", "600 mg"),
            )
        )
        pr = c.ch(presc)
        ph = c.ch(PHARMS)
        ph = ph + str(c.ri(100, 999)) if ph.endswith("#") else ph
        d.put(
            D(kit.us(day, "mdy")),
            "  ",
            D(kit.us(kit.plus(day, -c.ri(0, 3)), "mdy")),
            "  ",
            K("DRUG", drug[0]),
            " ",
            K("DOSE", drug[1]),
            f"  {c.ri(20, 120):>3}  {c.ch((7, 14, 30)):>4} {c.ri(10, 90):>3}   ",
        )
        d.put(
            P("OTHER_ID", c.digits(7)),
            "      ",
            NC(f"{pr.last.upper()}, {pr.first[0]}"),
            " ",
            P("LICENSE", kit.dea(c, pr.last)),
            "  ",
            P("HOSPITAL", ph),
            "\n",
        )
    d.put(
        "\nFlags: ",
        K("MEASUREMENT", f"MME {c.ri(50, 120)}"),
        " on overlapping days; ",
        K("DRUG", "naloxone"),
        " co-prescribed: ",
        c.ch(("no", "yes")),
        ".\n",
    )
    return d


def en29_wcd_fitting(c) -> Doc:
    d = Doc()
    t = c.ch(kit.TOWNS)
    hosp = kit.en_hospital(c, t)
    pt, card, fitter = kit.en_names(c, 3)
    ref = kit.rdate(c)
    age = c.ri(38, 86)
    d.put("WEARABLE CARDIOVERTER-DEFIBRILLATOR — PATIENT FITTING & ENROLLMENT\n")
    d.put("Ordering facility: ", P("HOSPITAL", hosp), "   Fax ", P("FAX", kit.phone(c, t.area, "dash")), "\n")
    d.put(
        "Name: ",
        NP(pt.full),
        "   DOB: ",
        D(kit.us(kit.dob_for(c, age, ref), c.ch(("mdy", "mdy1")))),
        "   Sex: ",
        pt.sex,
        "\n",
    )
    if c.chance(0.8):
        d.put("SSN: ", P("SSN", kit.ssn(c)), "\n")
    d.put(
        "Address: ",
        P("ADDRESS_STREET", kit.street(c)),
        "\n         ",
        P("CITY", t.city),
        ", ",
        P("PROVINCE_STATE", t.state),
        " ",
        P("POSTCODE", kit.zipcode(c, t)),
        "\n",
    )
    d.put("Home ", P("PHONE", kit.phone(c, t.area)), "   Cell ", P("PHONE", kit.phone(c, t.area)), "\n")
    if c.chance(0.6):
        d.put("Email: ", P("EMAIL", kit.email_for(c, pt.first, pt.last)), "\n")
    if c.chance(0.75):
        d.put("Employer: ", P("WORKPLACE", c.ch(kit.EMPLOYERS)), " (return-to-work form requested)\n")
    d.put("Primary insurance ID: ", P("INSURANCE", kit.member_id(c)), "\n")
    if c.chance(0.3):
        d.put("ID checked: passport ", P("PASSPORT", kit.us_passport(c)), "\n")
    d.put(
        "\nIndication: ",
        K(
            "FINDING",
            c.ch(("ischemic cardiomyopathy", "nonischemic cardiomyopathy", "acute myocardial infarction")),
        ),
        ", ",
        K("MEASUREMENT", f"LVEF {c.ri(15, 34)}%"),
        ", within 40 days of MI / 90 days of revascularization.\n",
    )
    d.put("Prescriber: ", NC(card.full), ", MD  NPI ", P("LICENSE", kit.npi(c)), "\n")
    d.put(
        "Garment size ",
        c.ch(("M", "L", "XL")),
        "; monitor S/N ",
        P("DEVICE", kit.device_serial(c)),
        "; battery x2.\n",
    )
    d.put(
        "Fitted ", D(kit.us(ref, c.ch(("mdy", "long")))), " by ", NC(fitter.full), " (patient service rep).\n"
    )
    d.put(
        "Teaching: response buttons, ",
        K("FINDING", "ventricular tachycardia"),
        " alarm, no bathing with vest on; ",
        K("EPONYM", "Holter monitor"),
        " review at 1 month. Continue ",
        K("DRUG", "metoprolol succinate"),
        " ",
        K("DOSE", "25 mg daily"),
        ", ",
        K("DRUG", "sacubitril-valsartan"),
        ".\n",
    )
    if c.chance(0.6):
        d.put(
            "No driving for 3 months — vehicle on file: ",
            P("VEHICLE", c.ch((kit.plate(c), kit.vin(c)))),
            "\n",
        )
    if c.chance(0.5):
        d.put("Patient portal enrollment: ", P("URL", kit.link(c, "lifeline-patient.example.com")), "\n")
    return d


def _ocr(s: str, c) -> str:
    """OCR noise in label text only (O->0, I->1, S->5 in some places)."""
    out = []
    for ch in s:
        if ch in "OIS" and c.chance(0.25):
            out.append({"O": "0", "I": "1", "S": "5"}[ch])
        else:
            out.append(ch)
    return "".join(out)


def en29_ocr_hcproxy(c) -> Doc:
    d = Doc()
    t = c.ch(kit.TOWNS)
    hosp = kit.en_hospital(c, t)
    pt = kit.en_name(c)
    agent = kit.en_name(c)
    alt = kit.en_name(c)
    w1, w2 = kit.en_names(c, 2)
    ref = kit.rdate(c)
    age, _ = kit.age_pair(c, 0.25, 50, 89)
    fx = kit.phone(c, t.area, "dash")
    L = lambda s: _ocr(s, c)  # noqa: E731
    d.put(L("FAX FROM "), P("FAX", fx), L("  PAGE 1 OF 2  RECEIVED "), D(kit.us(ref, "mdy")), "\n")
    d.put(L("SCANNED TO CHART  MRN "), P("MRN", kit.mrn(c)), "  ", P("HOSPITAL", hosp.upper()), "\n\n")
    d.put(L("HEALTH CARE PROXY\n\n"))
    d.put(
        L("(1) I, "),
        NP(pt.full.upper()),
        L(", OF "),
        P("ADDRESS_STREET", kit.street(c).upper()),
        ", ",
        P("CITY", t.city.upper()),
        ", ",
        P("PROVINCE_STATE", t.state),
        " ",
        P("POSTCODE", kit.zipcode(c, t, False)),
        ",\n",
    )
    d.put(
        L("BORN "),
        D(kit.us(kit.dob_for(c, age, ref), "mdy")),
        L(" (AGE "),
        kit.age_p(age),
        L("), HEREBY APPOINT\n"),
    )
    d.put(
        L("    "),
        NR(agent.full.upper()),
        L(f" ({(kit.relation_en_young if age > 75 else kit.relation_en)(c, agent.sex).upper()})  TEL "),
        P("PHONE", kit.phone(c, t.area)),
        "\n",
    )
    d.put(
        L("AS MY HEALTH CARE AGENT. (2) ALTERNATE AGENT: "),
        NR(alt.full.upper()),
        L("  TEL "),
        P("PHONE", kit.phone(c, t.area)),
        "\n",
    )
    d.put(
        L("(3) LIMITATIONS: NO "),
        K("PROCEDURE", "MECHANICAL VENTILATION"),
        L(" LONGER THAN 14 DAYS; NO "),
        K("PROCEDURE", "PEG TUBE"),
        L(" IF "),
        K("FINDING", "ADVANCED DEMENTIA"),
        ".\n",
    )
    if c.chance(0.35):
        d.put(L("SSN (LAST PAGE): "), P("SSN", kit.ssn(c)), "\n")
    if c.chance(0.45):
        d.put(L("IDENTITY VERIFIED: PASSPORT "), P("PASSPORT", kit.us_passport(c)), "\n")
    d.put(L("SIGNED "), D(kit.us(kit.plus(ref, -c.ri(0, 400)), "mdy")), "\n")
    d.put(
        L("WITNESS 1: "),
        NC(w1.full.upper()),
        L(", RN     WITNESS 2: "),
        NC(w2.full.upper()),
        L(", CHAPLAIN\n"),
    )
    d.put(
        L("\nNOTE: PATIENT HAS "),
        K("FINDING", c.ch(("METASTATIC PANCREATIC CANCER", "END-STAGE COPD", "ALS", "CHF NYHA CLASS IV"))),
        L("; ON "),
        K("DRUG", c.ch(("MORPHINE", "HYDROMORPHONE", "TIOTROPIUM"))),
        ".\n",
    )
    return d


def en29_q15_obs(c) -> Doc:
    d = Doc()
    t = c.ch(kit.TOWNS)
    hosp = kit.en_hospital(c, t)
    pt = kit.en_name(c)
    sitters = kit.en_names(c, 3)
    ref = kit.rdate(c)
    age, _ = kit.age_pair(c, 0.25, 16, 89)
    d.put("q15 min observation record — ", P("HOSPITAL", hosp.lower()), " behavioral health\n")
    d.put(
        "pt: ",
        NP(pt.full.lower()),
        "  mrn ",
        P("MRN", kit.mrn(c)),
        "  age ",
        kit.age_p(age),
        "  date ",
        D(kit.us(ref, c.ch(("mdy1", "iso")))),
        "\n",
    )
    d.put(
        "level: ",
        c.ch(("1:1 arm's length", "q15 line of sight")),
        "; reason: ",
        K("FINDING", c.ch(("suicidal ideation", "agitation", "delirium", "alcohol withdrawal"))),
        "\n",
    )
    d.put("codes: 1 sleeping 2 lying awake 3 sitting 4 walking 5 bathroom 6 group 7 phone 8 visitor\n\n")
    h = c.ri(0, 20)
    for i in range(c.ri(5, 9)):
        s = c.ch(sitters)
        who = c.ch((s.first.lower() + " " + s.last[0].lower() + ".", s.last.lower(), s.first.lower()))
        code = c.ch("1123345678")
        d.put(f"{(h + i // 4) % 24:02d}:{(i % 4) * 15:02d}  {code}  ")
        if "." in who:
            d.put(NC(who.split(" ")[0]), " " + who.split(" ")[1])
        else:
            d.put(NC(who))
        if code == "8":
            v = kit.en_name(c)
            d.put(
                "  visitor ",
                NR(v.full.lower()),
                f" ({(kit.relation_en_young if age > 70 else kit.relation_en)(c, v.sex)})",
            )
        d.put("\n")
    d.put(
        "\n",
        K("DRUG", "lorazepam"),
        " ",
        K("DOSE", "1 mg"),
        " po given; ",
        K("MEASUREMENT", f"CIWA {c.ri(8, 19)}"),
        ". ",
        K("MEASUREMENT", f"BP {c.ri(118, 160)}/{c.ri(70, 98)}"),
        ".\n",
    )
    d.put("charge rn ", NC(kit.en_name(c).full.lower()), "\n")
    return d


def en29_music_therapy(c) -> Doc:
    d = Doc()
    t = c.ch(kit.TOWNS)
    hosp = kit.en_hospital(c, t)
    pt = kit.en_name(c)
    mt = kit.en_name(c)
    sp = kit.en_name(c, "M" if pt.sex == "F" else "F")
    ref = kit.rdate(c)
    age, _ = kit.age_pair(c, 0.3, 55, 89)
    d.put("Music Therapy Session Note — ", P("HOSPITAL", hosp), " Palliative Care\n")
    d.put(
        "Patient: ",
        NP(pt.full),
        "   MRN: ",
        P("MRN", kit.mrn(c)),
        "   Age: ",
        kit.age_p(age),
        "   Session date: ",
        D(kit.us(ref, c.ch(("mdy", "long", "dmon")))),
        "\n",
    )
    d.put(
        "Therapist: ",
        NC(mt.full),
        ", MT-BC  (",
        P("EMAIL", kit.email_for(c, mt.first, mt.last, "musictherapy-" + t.state.lower() + ".org")),
        ")\n",
    )
    d.put(
        "Referral: ",
        K("FINDING", c.ch(("terminal agitation", "anxiety", "dyspnea", "pain"))),
        " with ",
        K("FINDING", c.ch(("metastatic breast cancer", "end-stage heart failure", "glioblastoma", "ALS"))),
        "\n\n",
    )
    d.put(
        "Pre: ",
        K("MEASUREMENT", f"RR {c.ri(22, 30)}"),
        ", ",
        K("MEASUREMENT", f"HR {c.ri(92, 118)}"),
        ", ",
        K("MEASUREMENT", f"FLACC {c.ri(3, 7)}"),
        "\n",
    )
    d.put("Excerpt:\n")
    d.put(
        "MT: ",
        NP(pt.first),
        ", would you like the hymn your ",
        "husband" if pt.sex == "F" else "wife",
        " mentioned?\n",
    )
    d.put(
        NP(pt.first),
        ": ",
        c.ch(("Yes... 'Amazing Grace', slow.", "The one from our wedding.", "Something quiet.")),
        "\n",
    )
    d.put(
        NR(sp.first),
        f" ({'husband' if sp.sex == 'M' else 'wife'}): We danced to that in ",
        c.ch(("Reno", "the church hall", "our kitchen")),
        ".\n",
    )
    d.put("MT: (guitar, entrained to breathing, slowed to 60 bpm)\n")
    d.put(
        "Post: ",
        K("MEASUREMENT", f"RR {c.ri(14, 20)}"),
        ", ",
        K("MEASUREMENT", f"HR {c.ri(70, 90)}"),
        "; no ",
        K("DRUG", "haloperidol"),
        " PRN needed.\n",
    )
    if c.chance(0.6):
        d.put(
            "Legacy recording shared with ",
            NR(sp.full),
            ": ",
            P("URL", kit.link(c, "heartbeat-song.example.org")),
            "\n",
        )
    d.put("Next session ", D(kit.us(kit.plus(ref, c.ri(1, 4)), "md")), ".\n")
    return d


def en29_chemo_check(c) -> Doc:
    d = Doc()
    t = c.ch(kit.TOWNS)
    hosp = kit.en_hospital(c, t)
    ref = kit.rdate(c)
    rph = kit.en_name(c)
    d.put(
        "INDEPENDENT DOUBLE CHECK — ",
        P("HOSPITAL", hosp),
        " Infusion Center — ",
        D(kit.us(ref, c.ch(("mdy", "dmy")))),
        "\n",
    )
    d.put(
        "export: ",
        P("IP", kit.ipv4(c) if c.chance(0.7) else kit.ipv6(c)),
        " / pharmacist ",
        NC(rph.full),
        ", PharmD\n\n",
    )
    d.put(
        "| patient | MRN | DOB | Ht/Wt | BSA | drug | dose | RN 1 | RN 2 |\n|---|---|---|---|---|---|---|---|---|\n"
    )
    regs = [
        ("carboplatin", "AUC 5"),
        ("paclitaxel", "175 mg/m2"),
        ("oxaliplatin", "85 mg/m2"),
        ("gemcitabine", "1000 mg/m2"),
        ("cyclophosphamide", "600 mg/m2"),
        ("doxorubicin", "60 mg/m2"),
        ("pembrolizumab", "200 mg"),
        ("rituximab", "375 mg/m2"),
    ]
    for _ in range(c.ri(3, 5)):
        p = kit.en_name(c)
        r1, r2 = kit.en_names(c, 2)
        age = c.ri(28, 84)
        ht, wt = c.ri(150, 192), c.ri(48, 118)
        bsa = ((ht * wt) / 3600) ** 0.5
        drug = c.ch(regs)
        d.put(
            "| ",
            NP(f"{p.last.upper()}, {p.first}"),
            " | ",
            P("MRN", kit.mrn(c)),
            " | ",
            D(kit.us(kit.dob_for(c, age, ref), "mdy")),
            " | ",
            K("MEASUREMENT", f"{ht} cm/{wt} kg"),
            " | ",
            K("MEASUREMENT", f"{bsa:.2f} m2"),
            " | ",
        )
        d.put(
            K("DRUG", drug[0]),
            " | ",
            K("DOSE", drug[1]),
            " | ",
            NC(r1.init_last),
            " | ",
            NC(r2.init_last),
            " |\n",
        )
    d.put(
        "\nCarboplatin by ",
        K("EPONYM", "Calvert formula"),
        ". Premeds per protocol: ",
        K("DRUG", "ondansetron"),
        " ",
        K("DOSE", "16 mg IV"),
        ", ",
        K("DRUG", "dexamethasone"),
        " ",
        K("DOSE", "12 mg IV"),
        ". Hold if ",
        K("LAB", f"ANC < {c.ch(('1000', '1500'))}"),
        " or ",
        K("LAB", "platelets < 100"),
        ".\n",
    )
    return d


TEMPLATES = [
    ("en29_pdmp_report", en29_pdmp_report),
    ("en29_wcd_fitting", en29_wcd_fitting),
    ("en29_ocr_hcproxy", en29_ocr_hcproxy),
    ("en29_q15_obs", en29_q15_obs),
    ("en29_music_therapy", en29_music_therapy),
    ("en29_chemo_check", en29_chemo_check),
]
