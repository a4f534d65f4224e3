# Longer than 450 lines: twelve whole document templates with their scenario pools, laid out by ruff format (one argument per line).
"""v9 English templates: twelve US document types not used by v1-v8 (itemised hospital bill,
employee-health needlestick report, organ-procurement referral call, hyperbaric oxygen log,
interpreter-services log, IRB adverse-event report, home-infusion delivery slip, hospice
bereavement call log, ambulance billing run ticket, vaccine adverse-event form, sterile
compounding log, wheelchair seating clinic). Each returns a Doc with PHI (P) and keep (K) spans.
"""

# ruff: noqa: E501  (document text; wrapping it would only hurt reading it)

from __future__ import annotations

from _v9_kit import (
    V9_WORDLIKE,
    Ctx,
    Doc,
    P,
    age_en,
    clin,
    dea,
    den,
    dob,
    email,
    hm,
    hospital,
    ip,
    luhn_npi,
    mbi,
    old_age,
    person,
    phone,
    place,
    plate,
    plus,
    rdate,
    ssn,
    street,
    vin,
    zipc,
)

__all__ = ["TEMPLATES", "V9_WORDLIKE"]


def N(c: Ctx, p, *styles) -> P:
    return P("NAME_PATIENT", p.form(c, *styles))


def R(c: Ctx, p, *styles) -> P:
    return P("NAME_RELATIVE", p.form(c, *styles))


def C(c: Ctx, p, *styles) -> P:
    return P("NAME_CLINICIAN", p.form(c, *styles))


def addr(c: Ctx, one_line: bool | None = None) -> list:
    city, st, z3, _ = place(c)
    parts = [
        P("ADDRESS_STREET", street(c)),
        ", " if (one_line if one_line is not None else c.chance(0.5)) else "\n",
        P("CITY", city),
        ", ",
        P("PROVINCE_STATE", st),
        " ",
        P("POSTCODE", zipc(c, z3)),
    ]
    return parts


BILL_LINES = [
    [
        ("0250", "PHARMACY", "⟦dr|ceftriaxone⟧ ⟦do|1 g⟧ IV"),
        ("0300", "LAB", "⟦lab|CBC w/ diff⟧"),
        ("0324", "RADIOLOGY", "⟦pr|CT abdomen/pelvis w/ contrast⟧"),
        ("0360", "OR SERVICES", "⟦pr|laparoscopic appendectomy⟧"),
    ],
    [
        ("0250", "PHARMACY", "⟦dr|heparin⟧ ⟦do|5,000 units⟧ subq"),
        ("0480", "CARDIOLOGY", "⟦pr|transthoracic echocardiogram⟧"),
        ("0300", "LAB", "⟦lab|troponin I⟧"),
        ("0481", "CATH LAB", "⟦pr|left heart catheterization⟧"),
    ],
    [
        ("0636", "DRUGS/DETAIL CODE", "⟦dr|pegfilgrastim⟧ ⟦do|6 mg⟧"),
        ("0335", "CHEMO ADMIN", "⟦dr|carboplatin⟧ AUC 5"),
        ("0300", "LAB", "⟦lab|CMP⟧"),
        ("0270", "MED/SURG SUPPLIES", "⟦pr|port access⟧"),
    ],
    [
        ("0250", "PHARMACY", "⟦dr|insulin lispro⟧ ⟦do|4 units⟧"),
        ("0300", "LAB", "⟦lab|beta-hydroxybutyrate⟧"),
        ("0450", "EMERGENCY ROOM", "⟦fi|diabetic ketoacidosis⟧ level 5"),
        ("0200", "ICU", "room and board"),
    ],
]


def en9_itemized_bill(c: Ctx) -> Doc:
    d, p, g = Doc(), person(c), person(c)
    h, (_, _, _, area) = hospital(c), place(c)
    adm = rdate(c)
    age = old_age(c, 0.15)
    lines = c.ch(BILL_LINES)
    d.add(
        "{h}\nPATIENT BUSINESS SERVICES   Questions: {ph}\n\nITEMIZED STATEMENT\n\n",
        h=P("HOSPITAL", h),
        ph=P("PHONE", phone(c, area)),
    )
    d.add("Guarantor: {g}\n", g=R(c, g, "caps", "lf"))
    d.put(addr(c, one_line=False), "\n\n")
    d.add(
        "Patient: {p}    Acct#: {a}    MRN {m}\n",
        p=N(c, p, "caps", "lf", "CAPS"),
        a=P("ACCOUNT", f"{c.pick('HB', 'V', '')}{c.digits(9)}"),
        m=P("MRN", c.digits(c.pick(7, 8))),
    )
    d.put("Age at service: ", age_en(c, age, "Y"), "\n")
    d.add(
        "Admit: {a}   Discharge: {b}\n",
        a=den(c, adm, "us", "us1"),
        b=den(c, plus(adm, c.ri(1, 6)), "us", "us1"),
    )
    d.add(
        "Primary payer: {pl}  Member ID {mid}  Claim# {cl}\n\n",
        pl=c.pick("Medicare Part A", "BCBS PPO", "Aetna Choice POS II", "Medicaid MCO"),
        mid=P("INSURANCE", mbi(c) if c.chance(0.4) else f"{c.letters(3)}{c.digits(9)}"),
        cl=P("OTHER_ID", f"{c.digits(2)}{c.letters(1)}{c.digits(10)}"),
    )
    d.put("DATE      REV   DESCRIPTION                                   QTY   CHARGE\n")
    for i, (rev, dept, desc) in enumerate(lines):
        d.add(
            "{dt}  {rev}  {dept}: " + desc + "   1   ${amt}\n",
            dt=den(c, plus(adm, min(i, 1)), "md"),
            rev=rev,
            dept=dept,
            amt=f"{c.ri(40, 9800)}.{c.ri(0, 99):02d}",
        )
    d.add(
        "\nPay online at {u} or call {ph}. Guarantor employer on file: {w}.\n",
        u=P("URL", f"https://pay.{c.pick('mybillportal', 'patientpay', 'hbpay')}.com/s/{c.token(10)}"),
        ph=P("PHONE", phone(c, area)),
        w=P(
            "WORKPLACE",
            c.ch(
                [
                    "Cascade Cold Storage",
                    "Northstar Logistics",
                    "Summit Roofing Inc.",
                    "Meridian Call Center",
                    "Dairyland Cheese Co-op",
                ]
            ),
        ),
    )
    if c.chance(0.35):
        d.add(
            "Self-pay international patient; ID on file: passport {pp}. Statement printed from {i}.\n",
            pp=P("PASSPORT", f"{c.letters(1)}{c.digits(8)}"),
            i=P("IP", ip(c)),
        )
    if c.chance(0.5):
        d.add(
            "Guarantor SSN on file {s}. Financial assistance screening by {cl}, financial counselor.\n",
            s=P("SSN", ssn(c)),
            cl=C(c, person(c), "first", "full"),
        )
    return d


PEP = [
    (
        "⟦dr|bictegravir/emtricitabine/tenofovir alafenamide⟧ ⟦do|1 tab PO daily⟧ x 28 days",
        "⟦lab|HIV-1/2 Ag/Ab⟧ nonreactive",
    ),
    ("⟦dr|raltegravir⟧ ⟦do|400 mg BID⟧ + ⟦dr|Truvada⟧ ⟦do|1 tab daily⟧", "⟦lab|HCV antibody⟧ negative"),
    (
        "not indicated (source HIV negative); ⟦dr|hepatitis B immune globulin⟧ ⟦do|0.06 mL/kg IM⟧",
        "⟦lab|anti-HBs⟧ <10 mIU/mL",
    ),
    ("declined PEP after counseling; ⟦dr|Tdap⟧ ⟦do|0.5 mL IM⟧ given", "⟦lab|HBsAg⟧ negative"),
]


def en9_needlestick(c: Ctx) -> Doc:
    d, e, sup = Doc(), person(c), clin(c)
    h, (city, _, _, area) = hospital(c), place(c)
    when = rdate(c)
    pep, lab = c.ch(PEP)
    d.add(
        "EMPLOYEE HEALTH - BLOOD/BODY FLUID EXPOSURE REPORT\n{h}   Occupational Health ext. {ph}\n\n",
        h=P("HOSPITAL", h),
        ph=P("PHONE", phone(c, area)),
    )
    d.add(
        "Employee: {e}   Badge {b}   Dept: {dept}\n",
        e=N(c, e, "lf", "full", "caps"),
        b=P("OTHER_ID", f"{c.pick('E', 'B', '')}{c.digits(6)}"),
        dept=c.pick("5 North Med/Surg", "OR", "Environmental Services", "Dialysis", "Phlebotomy"),
    )
    d.add(
        "Contract staff via {w}; home phone {hp}; e-mail {em}\n",
        w=P(
            "WORKPLACE",
            c.ch(
                [
                    "Tri-County Staffing LLC",
                    "BrightPath Home Care",
                    "Meridian Call Center",
                    "Precision Harvest Co.",
                ]
            ),
        ),
        hp=P("PHONE", phone(c, area)),
        em=P("EMAIL", email(c, e)),
    )
    d.add(
        "Date/time of exposure: {dt} {t}   Reported: {rp}\n",
        dt=den(c, when),
        t=hm(c),
        rp=den(c, plus(when, c.ri(0, 1))),
    )
    d.add(
        "Type: {ty} with a {dev} to the {an}. Gloves: {gl}. Wound washed with soap and water.\n",
        ty=c.pick("percutaneous", "mucous membrane splash"),
        dev=c.pick("⟦pr|hollow-bore needle⟧", "⟦pr|butterfly needle⟧", "⟦pr|suture needle⟧", "⟦pr|lancet⟧"),
        an=c.pick("⟦an|left index finger⟧", "⟦an|right thenar eminence⟧", "⟦an|left conjunctiva⟧"),
        gl=c.pick("yes", "no", "single"),
    )
    d.add(
        "Source patient MRN {m} (known: {src}); source bloods accession {acc}.\n",
        m=P("MRN", c.digits(8)),
        src=c.pick(
            "⟦fi|chronic hepatitis C⟧",
            "⟦fi|HIV on ART⟧, viral load undetectable",
            "unknown status",
            "⟦fi|end-stage renal disease⟧",
        ),
        acc=P("ACCESSION", f"{c.letters(2)}{c.digits(2)}-{c.digits(6)}"),
    )
    d.put(
        "Employee baseline: ",
        lab,
        "; ⟦lab|anti-HBs⟧ " + c.pick("156", "88", "<10") + " mIU/mL.\nPEP: ",
        pep,
        ".\n",
    )
    d.add(
        "Follow-up labs at 6 weeks ({f1}) and 4 months. Supervisor: {s} {cr}.\nNurse: {n} (ext {x}); claim to workers' comp #{wc}. Employee lives in {city}.\n",
        f1=den(c, plus(when, 42), "md", "us"),
        s=C(c, sup[0], "full", "il"),
        cr=sup[1],
        n=C(c, person(c), "first"),
        x=c.ri(2000, 7999),
        wc=P("OTHER_ID", f"WC{c.digits(8)}"),
        city=P("CITY", city),
    )
    if c.chance(0.4):
        d.add("Employee licence: RN {lic}.\n", lic=P("LICENSE", f"RN{c.digits(6)}"))
    return d


OPO = [
    ("⟦fi|anoxic brain injury⟧ after cardiac arrest", "⟦pr|CT head⟧: ⟦fi|diffuse cerebral edema⟧"),
    ("⟦fi|intracerebral hemorrhage⟧, left basal ganglia", "⟦pr|CT angiogram⟧ ⟦fi|no flow intracranially⟧"),
    (
        "⟦fi|traumatic brain injury⟧ after motor vehicle collision",
        "⟦fi|subdural hematoma⟧ 2.1 cm with midline shift",
    ),
    ("⟦fi|aneurysmal subarachnoid hemorrhage⟧", "⟦me|WFNS grade V⟧"),
    ("⟦fi|hypoxic-ischemic encephalopathy⟧ after hanging", "⟦ep|Doppler⟧ ⟦fi|absent intracranial flow⟧"),
]


def en9_opo_referral(c: Ctx) -> Doc:
    d, p, caller, coord, fam = Doc(), person(c), person(c), person(c), person(c)
    h, (city, st, _, area) = hospital(c), place(c)
    when = rdate(c)
    age = old_age(c, 0.2)
    dx, img = c.ch(OPO)
    d.add(
        "{opo} - REFERRAL LINE CALL RECORD   Referral # {ref}\n",
        opo=c.pick("Gift of Life Donor Program", "LifeSource Referral Line", "Donor Network West"),
        ref=P("OTHER_ID", f"{c.digits(2)}-{c.digits(5)}"),
    )
    d.add(
        "Call received {dt} at {t} from {cn}, {cr}, {h}, ICU; callback {cb}; unit fax {fx}\n",
        dt=den(c, when),
        t=hm(c),
        cn=C(c, caller, "full", "first"),
        cr=c.pick("RN", "RN, CCRN"),
        h=P("HOSPITAL", h),
        cb=P("PHONE", phone(c, area)),
        fx=P("FAX", phone(c, area)),
    )
    d.add("Patient: {p}   ", p=N(c, p, "caps", "lf", "full")).put(age_en(c, age, "yo", "Y", "age"), "   DOB ")
    d.add(
        "{b}   MRN {m}\nTrigger: ", b=den(c, dob(c, age, when), "us"), m=P("MRN", c.digits(c.pick(6, 7, 9)))
    )
    d.put(
        c.pick("GCS ≤ 5", "plan to withdraw support", "loss of brainstem reflexes"),
        ". Diagnosis: ",
        dx,
        ". ",
        img,
        ".\n",
    )
    d.add(
        "Vent: ⟦me|FiO2 40%⟧, ⟦me|PEEP 8⟧; ⟦me|BP 96/58⟧ on ⟦dr|norepinephrine⟧ ⟦do|0.08 mcg/kg/min⟧; ⟦lab|creatinine 1.{cr} mg/dL⟧; ⟦ep|Glasgow Coma Scale⟧ 3.\n",
        cr=c.ri(0, 9),
    )
    d.add(
        "Family: {rel} {f}, cell {fc}, at bedside; lives in {city}. ",
        rel=c.pick("wife", "son", "daughter", "husband", "granddaughter"),
        f=R(c, fam, "full", "first"),
        fc=P("PHONE", phone(c)),
        city=P("CITY", city),
    )
    if c.chance(0.5):
        d.add(
            "Patient's car ({st} plate {pl}, VIN {v}) still at the scene per police.\n",
            st=st,
            pl=P("VEHICLE", plate(c, st)),
            v=P("VEHICLE", vin(c)),
        )
    else:
        d.put("No registration on state donor registry found.\n")
    d.add(
        "On-call coordinator {co} paged {t2}; onsite ETA 90 min. Time of death (if declared): {td}. Note to chart: {u}\n",
        co=C(c, coord, "full", "first"),
        t2=hm(c),
        td=den(c, plus(when, c.ri(0, 2)), "us", "long"),
        u=P("URL", f"https://idonate.{c.pick('donornet', 'lifesource')}.org/ref/{c.token(8)}"),
    )
    return d


HBO = [
    ("⟦fi|delayed radiation cystitis⟧", "⟦fi|gross hematuria⟧"),
    ("⟦fi|diabetic foot ulcer⟧, ⟦ep|Wagner grade 3⟧", "⟦fi|osteomyelitis⟧ of the ⟦an|first metatarsal head⟧"),
    ("⟦fi|osteoradionecrosis of the mandible⟧", "planned ⟦pr|dental extraction⟧"),
    ("⟦fi|carbon monoxide poisoning⟧", "⟦lab|COHb 28%⟧ on arrival"),
    ("⟦fi|central retinal artery occlusion⟧", "⟦fi|hand motion vision⟧"),
    ("⟦fi|compromised skin flap⟧", "after ⟦pr|mastectomy reconstruction⟧"),
]


def en9_hbo_log(c: Ctx) -> Doc:
    d, p, tech, md = Doc(), person(c), person(c), clin(c, md=True)
    h = hospital(c, c.pick("Wound & Hyperbaric Center", "Medical Center"))
    st = place(c)[1]
    start = rdate(c)
    dx, extra = c.ch(HBO)
    d.add(
        "{h} - HYPERBARIC OXYGEN TREATMENT LOG\nPt: {p}   Acct {a}   DOB {b}\n",
        h=P("HOSPITAL", h),
        p=N(c, p, "caps", "lf"),
        a=P("ACCOUNT", c.digits(10)),
        b=den(c, dob(c, c.ri(30, 84), start), "us", "DMY"),
    )
    d.put(
        "Indication: ",
        dx,
        "; ",
        extra,
        ". Protocol: ⟦me|2.4 ATA⟧ x 90 min with air breaks, ⟦me|40 treatments⟧.\n",
    )
    dev = c.pick(
        "pacemaker",
        "insulin pump",
        "spinal cord stimulator",
        "cochlear implant",
        "continuous glucose monitor",
    )
    d.add(
        "Pre-dive safety: {dev} SN {sn} verified chamber-compatible; ⟦pr|bilateral myringotomy⟧ {my}; ⟦ep|Eustachian tube⟧ function {et}.\n",
        dev=dev,
        sn=P("DEVICE", f"{c.letters(2)}{c.digits(7)}"),
        my=c.pick("not needed", "done", "deferred"),
        et=c.pick("normal", "poor on the left", "fair"),
    )
    d.put("Dive#  Date        Pre BG   ⟦an|tympanic membrane⟧  Tender\n")
    for i in range(c.ri(3, 5)):
        d.add(
            "{n:>5}  {dt}  {bg:>6}   TEED {t}                {ten}\n",
            n=c.ri(1, 39) if i == 0 else "",
            dt=den(c, plus(start, i), "us", "dot"),
            bg=c.ri(96, 240),
            t=c.pick("0", "1", "2"),
            ten=C(c, tech, "first", "ini"),
        )
    d.add(
        "Remarks: ⟦dr|pseudoephedrine⟧ ⟦do|60 mg⟧ pre-dive for ⟦fi|ear squeeze⟧; ⟦lab|glucose 104 mg/dL⟧ post. Parking pass for {st} plate {pl}.\nSupervising physician: {m}, {cr}\n",
        st=st,
        pl=P("VEHICLE", plate(c, st)),
        m=C(c, md[0], "full", "lf"),
        cr=md[1],
    )
    return d


INTERP = [
    ("⟦pr|laparoscopic cholecystectomy⟧ consent", "⟦fi|symptomatic cholelithiasis⟧"),
    ("discharge teaching ⟦dr|apixaban⟧ ⟦do|5 mg BID⟧", "⟦fi|pulmonary embolism⟧"),
    ("⟦pr|lumbar puncture⟧ consent", "⟦fi|suspected meningitis⟧"),
    ("family meeting", "⟦fi|metastatic gastric cancer⟧"),
    ("insulin teaching ⟦dr|insulin glargine⟧ ⟦do|18 units qHS⟧", "⟦fi|type 2 diabetes⟧"),
    ("⟦pr|colonoscopy⟧ prep instructions", "⟦fi|iron deficiency anemia⟧"),
    ("⟦ep|Roux-en-Y gastric bypass⟧ consent", "⟦fi|class III obesity⟧"),
    ("⟦ep|Epley maneuver⟧ teaching", "⟦fi|benign paroxysmal positional vertigo⟧"),
]
LANGS = [
    "Spanish",
    "Mam",
    "K'iche'",
    "Somali",
    "Haitian Creole",
    "Vietnamese",
    "Marshallese",
    "ASL",
    "Dari",
    "Tigrinya",
    "Chuukese",
    "Russian",
]


def en9_interpreter_log(c: Ctx) -> Doc:
    d, sch = Doc(), person(c)
    h, (_, _, _, area) = hospital(c), place(c)
    day = rdate(c)
    d.add(
        "INTERPRETER SERVICES - DAILY ENCOUNTER LOG   {h}\nDate: {dt}   Scheduler: {s} ({em})\n\n",
        h=P("HOSPITAL", h),
        dt=den(c, day, "long", "us", "eu"),
        s=C(c, sch, "full"),
        em=P("EMAIL", email(c, sch, "interp." + c.pick("hsys.org", "medctr.org"))),
    )
    d.put(
        "Start  MRN        Patient                 Language        Mode  Interpreter (ID)        Requested by / reason\n"
    )
    for _ in range(c.ri(3, 5)):
        p, it, rq = person(c), person(c), person(c)
        reason, dx = c.ch(INTERP)
        d.add(
            "{t}  {m}  {p}  {lg}  {mode}  {i} ({iid})  {r}: " + reason + " (" + dx + ")\n",
            t=hm(c),
            m=P("MRN", c.digits(c.pick(7, 8))),
            p=N(c, p, "lf", "caps", "full"),
            lg=c.ch(LANGS),
            mode=c.pick("OPI", "VRI", "in-person"),
            i=C(c, it, "first", "full"),
            iid=P("LICENSE", f"CCHI-{c.digits(5)}" if c.chance(0.5) else f"CMI{c.digits(6)}"),
            r=C(c, rq, "first", "il"),
        )
    d.add(
        "\nVRI cart 3 session {u} dropped twice; cart address {i}. ",
        u=P("URL", f"https://vri.{c.pick('languagelink', 'stratusvideo', 'cyracom')}.net/join/{c.token(9)}"),
        i=P("IP", ip(c)),
    )
    if c.chance(0.6):
        p2 = person(c)
        d.add(
            "Walk-in family of {p} ({lg}) asked for records; identity checked against passport {pp}; daughter {r} reachable at {ph}.\n",
            p=N(c, p2, "full", "last"),
            lg=c.ch(LANGS),
            pp=P("PASSPORT", f"{c.digits(9)}" if c.chance(0.5) else f"{c.letters(2)}{c.digits(7)}"),
            r=R(c, person(c, "F"), "first", "full"),
            ph=P("PHONE", phone(c, area)),
        )
    else:
        d.put("No walk-ins.\n")
    return d


SAE = [
    (
        "⟦fi|immune-mediated colitis⟧ grade 3",
        "⟦dr|pembrolizumab⟧ ⟦do|200 mg IV q3w⟧",
        "⟦dr|methylprednisolone⟧ ⟦do|1 mg/kg⟧",
    ),
    ("⟦fi|febrile neutropenia⟧", "study drug ⟦dr|olaparib⟧ ⟦do|300 mg BID⟧", "⟦dr|cefepime⟧ ⟦do|2 g q8h⟧"),
    ("⟦ep|Stevens-Johnson syndrome⟧", "⟦dr|lamotrigine⟧ ⟦do|100 mg daily⟧", "⟦pr|burn unit transfer⟧"),
    ("⟦fi|acute pancreatitis⟧", "⟦dr|semaglutide⟧ ⟦do|2.4 mg weekly⟧", "⟦pr|IV fluid resuscitation⟧"),
    (
        "⟦fi|atrial fibrillation with rapid ventricular response⟧",
        "⟦dr|ibrutinib⟧ ⟦do|420 mg daily⟧",
        "⟦dr|diltiazem⟧ ⟦do|10 mg IV⟧",
    ),
]


def en9_irb_ae(c: Ctx) -> Doc:
    d, p, pi, crc = Doc(), person(c), clin(c, md=True), person(c)
    h, (_, _, _, area) = hospital(c), place(c)
    onset = rdate(c)
    age = old_age(c, 0.12)
    ev, drug, tx = c.ch(SAE)
    d.add(
        "IRB REPORTABLE EVENT FORM (Unanticipated Problem / SAE)\nProtocol: {pr}   Site: {h}\n",
        pr=f"{c.letters(3)}-{c.digits(3)}-{c.digits(2)}",
        h=P("HOSPITAL", h),
    )
    d.add(
        "PI: {pi}, {cr}   Coordinator: {cc} ({em}, {ph})\n",
        pi=C(c, pi[0], "full", "lf"),
        cr=pi[1],
        cc=C(c, crc, "full"),
        em=P("EMAIL", email(c, crc, c.pick("research.org", "ctsi.edu", "med.edu"))),
        ph=P("PHONE", phone(c, area)),
    )
    d.add(
        "Subject ID {sid}   Initials {ini}   Age ",
        sid=P("OTHER_ID", f"{c.digits(3)}-{c.digits(4)}"),
        ini=N(c, p, "INI", "ini"),
    ).put(age_en(c, age, "Y"), "   Sex " + p.sex + "\n")
    d.add(
        "Onset {o}; hospitalized {a} at {h2} (MRN {m}). Event: ",
        o=den(c, onset),
        a=den(c, plus(onset, c.ri(0, 2))),
        h2=P("HOSPITAL", hospital(c)),
        m=P("MRN", c.digits(8)),
    )
    d.put(ev, ". Suspect: ", drug, ". Treatment: ", tx, ".\n")
    d.add(
        "Central lab accession {acc}: ⟦lab|ANC 0.{anc} x10^9/L⟧, ⟦lab|lipase {lp} U/L⟧. Relatedness: {rel}. Expected: {ex}.\n",
        acc=P("ACCESSION", f"{c.letters(1)}{c.digits(9)}"),
        anc=c.ri(1, 9),
        lp=c.ri(20, 2400),
        rel=c.pick("probably related", "possibly related", "unlikely related"),
        ex=c.pick("yes (IB v7)", "no"),
    )
    d.add(
        "Sponsor notified {sn} via {u} (submitted from {i}); DSMB fax {fx}.\n",
        sn=den(c, plus(onset, c.ri(1, 3)), "iso", "dmy"),
        u=P(
            "URL",
            f"https://edc.{c.pick('medidata', 'veeva-ctms', 'redcap')}.com/study/{c.token(6)}/subject/{c.digits(5)}",
        ),
        i=P("IP", ip(c)),
        fx=P("FAX", phone(c)),
    )
    return d


INF = [
    ("⟦dr|vancomycin⟧ ⟦do|1.25 g IV q12h⟧", "⟦lab|vancomycin trough 15.2 mcg/mL⟧", "⟦fi|MRSA osteomyelitis⟧"),
    ("⟦dr|ertapenem⟧ ⟦do|1 g IV daily⟧", "⟦lab|CBC⟧ and ⟦lab|CMP⟧ weekly", "⟦fi|ESBL pyelonephritis⟧"),
    ("⟦dr|TPN⟧ ⟦do|1,800 mL over 12 h⟧", "⟦lab|triglycerides 210 mg/dL⟧", "⟦fi|short bowel syndrome⟧"),
    (
        "⟦dr|milrinone⟧ ⟦do|0.375 mcg/kg/min⟧ continuous",
        "⟦lab|potassium 4.1 mmol/L⟧",
        "⟦fi|stage D heart failure⟧",
    ),
    ("⟦dr|IVIG⟧ ⟦do|2 g/kg⟧ over 2 days", "⟦lab|IgG trough⟧", "⟦fi|CIDP⟧"),
]


def en9_home_infusion_slip(c: Ctx) -> Doc:
    d, p, rph, md, rn = Doc(), person(c), person(c), person(c), person(c)
    h = hospital(c, "Infusion Pharmacy")
    day = rdate(c)
    drug, lab, dx = c.ch(INF)
    d.add(
        "{h}   DELIVERY / PACKING SLIP   Ticket {tk}\nDeliver {dt} between 2-6 PM to:\n{p}\n",
        h=P("HOSPITAL", h),
        tk=P("ACCOUNT", f"D{c.digits(8)}"),
        dt=den(c, day, "us", "dash", "abbr"),
        p=N(c, p, "CAPS", "full", "caps"),
    )
    d.put(addr(c), f"   Gate code {c.digits(4)}#\n")
    d.add(
        "Ph {ph}   Alt {alt}\nRx# {rx}  ",
        ph=P("PHONE", phone(c)),
        alt=P("PHONE", phone(c)),
        rx=P("OTHER_ID", c.digits(7)),
    )
    d.put(
        drug,
        c.pick(" via ⟦pr|PICC⟧ (", " via ⟦ep|Hickman catheter⟧ (", " via ⟦ep|Groshong catheter⟧ ("),
        c.pick("⟦an|right basilic vein⟧", "⟦an|left brachial vein⟧"),
        "), 14 doses, for ",
        dx,
        ".\n",
    )
    d.add(
        "Pump: {pm} SN {sn}; supplies: 10 mL NS flushes x 30, heparin lock flush ⟦do|10 units/mL⟧.\n",
        pm=c.pick("CADD-Solis", "Curlin 6000", "Sapphire"),
        sn=P("DEVICE", f"{c.digits(7)}{c.pick('', c.letters(1))}"),
    )
    d.put("Labs: ", lab, " Mondays.\n")
    d.add(
        "Results by fax to {fx}. Prescriber {md} MD, NPI {npi}. Member ID {mid}.\nVerified by {rph}, RPh. Home nurse visit: {rn} (agency).\nTrack: {u}\n",
        fx=P("FAX", phone(c)),
        md=C(c, md, "full", "il"),
        npi=P("LICENSE", luhn_npi(c)),
        mid=P("INSURANCE", f"{c.letters(3)}{c.digits(8)}"),
        rph=C(c, rph, "ini", "full"),
        rn=C(c, rn, "first", "full"),
        u=P("URL", f"https://track.{c.pick('optioncare', 'homeinfuse', 'inf-rx')}.com/{c.token(12)}"),
    )
    return d


GRIEF = [
    ("⟦fi|metastatic pancreatic adenocarcinoma⟧", "⟦fi|insomnia⟧"),
    ("⟦fi|end-stage COPD⟧", "⟦fi|complicated grief⟧ risk"),
    ("⟦fi|amyotrophic lateral sclerosis⟧", "tearful, eating poorly"),
    ("⟦ep|Alzheimer's disease⟧", "relief and guilt"),
    ("⟦fi|congestive heart failure⟧", "⟦me|PHQ-9 score 14⟧"),
]


def en9_bereavement_log(c: Ctx) -> Doc:
    d, dec, cc = Doc(), person(c), person(c)
    h = hospital(c, "Hospice & Palliative Care")
    death = rdate(c)
    age = old_age(c, 0.5)
    dx, sx = c.ch(GRIEF)
    d.add(
        "{h} BEREAVEMENT PROGRAM - 13-MONTH CALL LOG\nDecedent: {dn}   Died {dd}, ",
        h=P("HOSPITAL", h),
        dn=N(c, dec, "lf", "full", "caps"),
        dd=den(c, death, "us", "long", "abbr"),
    ).put(age_en(c, age, "age", "yo"), "\n")
    d.put("Dx: ", dx, ". Primary griever: ")
    rel = c.pick("wife", "daughter", "sister", "partner")
    sp = person(c, "F")
    d.add("{sp} ({rel}), {ph}\nMailing: ", sp=R(c, sp, "full", "low"), rel=rel, ph=P("PHONE", phone(c)))
    d.put(addr(c, one_line=True), "\n\n")
    for k, (mo, off) in enumerate([("1 mo", 30), ("3 mo", 92), ("6 mo", 183)]):
        d.add(
            "{mo} call {dt} ({bc}): ",
            mo=mo,
            dt=den(c, plus(death, off), "us", "us2", "md"),
            bc=C(c, cc, "first"),
        )
        if k == 0:
            d.put("spoke with griever; ", sx, ". ")
            d.add("grandson {gs} staying with her; ", gs=R(c, person(c, "M"), "first", "low"))
            d.put("taking ⟦dr|trazodone⟧ ⟦do|50 mg qHS⟧ from PCP.\n")
        elif k == 1:
            d.add(
                "LM on voicemail; sent card. E-mail {em} for support-group flyer.\n",
                em=P("EMAIL", email(c, sp)),
            )
        else:
            d.put("attends Tuesday group; ⟦me|PG-13 score 28⟧; no ⟦fi|suicidal ideation⟧.\n")
    if c.chance(0.4):
        d.add(
            "Memorial donation page: {u}\n",
            u=P(
                "URL",
                f"https://www.{c.pick('forevermissed', 'gofundme', 'legacy')}.com/{dec.first.lower()}-{c.digits(4)}",
            ),
        )
    return d


AMB = [
    ("⟦fi|chest pain⟧", "⟦pr|12-lead ECG⟧: ⟦fi|ST elevation⟧ II, III, aVF", "⟦dr|aspirin⟧ ⟦do|324 mg PO⟧"),
    (
        "⟦fi|fall with hip pain⟧",
        "⟦fi|shortened, externally rotated left leg⟧",
        "⟦dr|fentanyl⟧ ⟦do|50 mcg IV⟧",
    ),
    (
        "MVC, restrained driver",
        "⟦fi|seatbelt sign⟧ across ⟦an|lower abdomen⟧",
        "⟦pr|spinal motion restriction⟧",
    ),
    ("⟦fi|shortness of breath⟧", "⟦fi|wheezing⟧ bilaterally", "⟦dr|albuterol⟧ ⟦do|2.5 mg neb⟧"),
    ("⟦fi|altered mental status⟧", "⟦lab|BGL 41 mg/dL⟧", "⟦dr|dextrose 10%⟧ ⟦do|250 mL IV⟧"),
]


def en9_ambulance_bill(c: Ctx) -> Doc:
    d, p, m1, m2 = Doc(), person(c), person(c), person(c)
    city, st, _, _ = place(c)
    day = rdate(c)
    age = old_age(c, 0.2)
    cc, find, tx = c.ch(AMB)
    d.add(
        "{svc} - RUN TICKET / BILLING SUMMARY\nRun # {run}   Invoice {inv}   DOS {dt}\n",
        svc=P("HOSPITAL", f"{city} {c.pick('Fire-Rescue', 'Ambulance Service', 'EMS District')}"),
        run=P("OTHER_ID", f"{day.year % 100}-{c.digits(6)}"),
        inv=P("ACCOUNT", f"INV{c.digits(7)}"),
        dt=den(c, day, "us", "hl7"),
    )
    d.add("Pt: {p}  ", p=N(c, p, "caps", "CAPS", "lf")).put(age_en(c, age, "Y", "yo"), "  SSN ")
    d.add("{s}  Medicare {mb}\nPickup: ", s=P("SSN", ssn(c)), mb=P("INSURANCE", mbi(c)))
    d.put(addr(c, one_line=True), "\n")
    d.add(
        "Destination: {h}   Loaded miles 14.2   Level: {lv}\nCC: ",
        h=P("HOSPITAL", hospital(c)),
        lv=c.pick("ALS1", "ALS2", "BLS emergency"),
    )
    d.put(
        cc,
        ". Findings: ",
        find,
        ". Tx: ",
        tx,
        ". ⟦me|SpO2 93%⟧ RA, ⟦me|HR 112⟧, ⟦ep|Cincinnati Prehospital Stroke Scale⟧ "
        + c.pick("negative", "0/3")
        + ".\n",
    )
    if c.chance(0.6):
        d.add(
            "Patient vehicle: {st} {pl}, VIN {v} (towed by {tow}).\n",
            st=st,
            pl=P("VEHICLE", plate(c, st)),
            v=P("VEHICLE", vin(c)),
            tow=c.pick("Ace Towing", "city tow"),
        )
    d.add(
        "Crew: {a} NRP #{l1}; {b} EMT #{l2}. Employer (work injury?): {w}\nCall-back for billing: {ph}\n",
        a=C(c, m1, "full", "lf"),
        l1=P("LICENSE", c.digits(6)),
        b=C(c, m2, "full", "first"),
        l2=P("LICENSE", f"E{c.digits(6)}"),
        w=P(
            "WORKPLACE",
            c.ch(
                [
                    "Gulf Coast Shrimp Processors",
                    "Summit Roofing Inc.",
                    "Redline Auto Body",
                    "Kwik Stop #214",
                    "Cascade Cold Storage",
                ]
            ),
        )
        if c.chance(0.5)
        else "n/a",
        ph=P("PHONE", phone(c)),
    )
    return d


VAX = [
    (
        "⟦dr|Shingrix⟧ ⟦do|0.5 mL IM⟧",
        "⟦ep|Guillain-Barré syndrome⟧",
        "⟦pr|lumbar puncture⟧: ⟦lab|CSF protein 142 mg/dL⟧",
    ),
    ("⟦dr|Tdap⟧ ⟦do|0.5 mL IM⟧", "⟦fi|anaphylaxis⟧", "⟦dr|epinephrine⟧ ⟦do|0.3 mg IM⟧"),
    ("⟦dr|yellow fever vaccine⟧ ⟦do|0.5 mL SC⟧", "⟦fi|viscerotropic disease⟧", "⟦lab|ALT 812 U/L⟧"),
    (
        "⟦dr|RSV vaccine⟧ ⟦do|0.5 mL IM⟧",
        "⟦fi|shoulder injury related to vaccine administration⟧",
        "⟦pr|MRI right shoulder⟧",
    ),
    ("⟦dr|mRNA COVID-19 vaccine⟧ ⟦do|0.3 mL IM⟧", "⟦fi|myocarditis⟧", "⟦lab|troponin T 0.31 ng/mL⟧"),
]


def en9_vaers(c: Ctx) -> Doc:
    d, p, rep = Doc(), person(c), clin(c)
    h, (_, _, _, area) = hospital(c), place(c)
    vx = rdate(c)
    age = old_age(c, 0.25)
    vac, ae, work = c.ch(VAX)
    d.add(
        "VACCINE ADVERSE EVENT REPORT (draft for VAERS)   Local case {lc}\n1. Patient: {p}\n2. Address: ",
        lc=P("OTHER_ID", f"VAE-{c.digits(5)}"),
        p=N(c, p, "full", "lfm", "fml"),
    )
    d.put(addr(c, one_line=True), "\n")
    d.add(
        "3. Phone {ph}   E-mail {em}\n4. DOB {b}   Age ",
        ph=P("PHONE", phone(c, area)),
        em=P("EMAIL", email(c, p)),
        b=den(c, dob(c, age, vx), "us", "long"),
    ).put(age_en(c, age, "Y", "yrs"), "\n")
    d.add(
        "5. Vaccinated {v} at {t}; onset {o}\n6. Vaccine: ",
        v=den(c, vx, "us", "iso"),
        t=hm(c),
        o=den(c, plus(vx, c.ri(0, 21)), "us", "iso"),
    )
    d.put(
        vac,
        ", lot ",
        c.alnum(6),
        ", ",
        c.pick("⟦an|left deltoid⟧", "⟦an|right deltoid⟧", "⟦an|left thigh⟧"),
        "\n7. Event: ",
        ae,
        "; workup ",
        work,
        "\n",
    )
    d.add(
        "8. Facility: {h}   MRN {m}   Registry ID {ri}\n",
        h=P("HOSPITAL", h),
        m=P("MRN", c.digits(8)),
        ri=P("OTHER_ID", f"IIS{c.digits(9)}"),
    )
    if c.chance(0.7):
        d.add(
            "9. Travel vaccine; passport {pp}. Occupation/employer: {w}\n",
            pp=P("PASSPORT", f"{c.digits(9)}"),
            w=P(
                "WORKPLACE",
                c.ch(
                    [
                        "Lone Pine School District",
                        "Northstar Logistics",
                        "Precision Harvest Co.",
                        "Meridian Call Center",
                    ]
                ),
            ),
        )
    d.add(
        "10. Reporter: {r}, {cr}, {rp}; submitted from {i}\n",
        r=C(c, rep[0], "full", "lf"),
        cr=rep[1],
        rp=P("PHONE", phone(c, area)),
        i=P("IP", ip(c)),
    )
    return d


CMP = [
    ("⟦dr|morphine⟧ ⟦do|1 mg/mL⟧ PCA syringe 30 mL", "⟦fi|cancer pain⟧"),
    ("⟦dr|vancomycin⟧ ⟦do|25 mg/mL⟧ oral solution 150 mL", "⟦fi|C. difficile colitis⟧"),
    ("⟦dr|cefazolin⟧ ⟦do|2 g⟧ in 100 mL NS", "⟦pr|total knee arthroplasty⟧ prophylaxis"),
    ("⟦dr|hydromorphone⟧ ⟦do|0.2 mg/mL⟧ epidural", "⟦ep|Whipple procedure⟧"),
    ("⟦dr|fluorouracil⟧ ⟦do|2,400 mg/m2⟧ over 46 h", "⟦fi|rectal adenocarcinoma⟧"),
]


def en9_compounding_log(c: Ctx) -> Doc:
    d, p, md, tech, rph = Doc(), person(c), person(c), person(c), person(c)
    h = hospital(c)
    day = rdate(c)
    prod, ind = c.ch(CMP)
    d.add(
        "STERILE COMPOUNDING RECORD (USP <797>, category 2)   {h} Inpatient Pharmacy\nPatient: {p}   MRN {m}   Unit 6W-{bed}\n",
        h=P("HOSPITAL", h),
        p=N(c, p, "CAPS", "lf"),
        m=P("MRN", c.digits(7)),
        bed=c.ri(1, 30),
    )
    d.add(
        "Order # {o}   Prescriber: {md}, DEA {dea}\nProduct: ",
        o=P("OTHER_ID", f"{c.digits(8)}"),
        md=C(c, md, "full", "lf", "il"),
        dea=P("LICENSE", dea(c, md.last)),
    )
    d.put(prod, " for ", ind, "\n")
    d.add(
        "Compounded {dt} {t}; BUD {bud}; label barcode {bc}\n",
        dt=den(c, day, "us", "iso"),
        t=hm(c),
        bud=den(c, plus(day, c.pick(1, 4, 9)), "us", "iso"),
        bc=P("ACCESSION", c.digits(12)),
    )
    d.add(
        "Prepared: {t} CPhT   Verified: {r} RPh (licence {lic})\nGravimetric check ⟦me|±2.1%⟧, ⟦pr|gloved fingertip sampling⟧ pass.\n",
        t=C(c, tech, "ini", "first"),
        r=C(c, rph, "full", "il"),
        lic=P("LICENSE", f"RPH{c.digits(5)}"),
    )
    if c.chance(0.5):
        d.add(
            "Outpatient dispensing: deliver to patient home per {cm}, fax confirmation to {fx}; reach {em}.\n",
            cm=C(c, person(c), "first"),
            fx=P("FAX", phone(c)),
            em=P("EMAIL", email(c, p)),
        )
    return d


SEAT = [
    ("⟦fi|C6 incomplete tetraplegia⟧ (⟦me|ASIA B⟧)", "⟦fi|sacral pressure injury⟧ stage 2"),
    ("⟦ep|Duchenne muscular dystrophy⟧", "⟦fi|neuromuscular scoliosis⟧ ⟦me|Cobb angle 38°⟧"),
    ("⟦fi|spastic quadriplegic cerebral palsy⟧ (⟦me|GMFCS V⟧)", "⟦fi|windswept hips⟧"),
    ("⟦fi|multiple sclerosis⟧, secondary progressive", "⟦fi|posterior pelvic tilt⟧"),
    ("⟦fi|bilateral transfemoral amputation⟧", "⟦fi|ischial tuberosity redness⟧"),
]


def en9_seating_clinic(c: Ctx) -> Doc:
    d, p, pt, atp = Doc(), person(c), person(c), person(c)
    rel = c.pick("mother", "father", "aunt", "home aide")
    cg = person(c, "M" if rel == "father" else "F")
    h = hospital(c)
    city, st, _, area = place(c)
    day = rdate(c)
    dx, prob = c.ch(SEAT)
    d.add(
        "WHEELCHAIR SEATING & MOBILITY CLINIC - {h}\nClient: {p}   DOB {b}   Medicaid ID {mi}\n",
        h=P("HOSPITAL", h),
        p=N(c, p, "full", "lf", "low"),
        b=den(c, dob(c, c.ri(6, 19), day), "us", "dot"),
        mi=P("INSURANCE", f"{c.digits(2)}{c.digits(8)}{c.letters(1)}"),
    )
    d.add(
        "Visit {dt}; accompanied by {cg} ({rel}), {ph}\nSchool/day program/employer: {sc}\n",
        dt=den(c, day, "us", "long"),
        cg=R(c, cg, "first", "full"),
        rel=rel,
        ph=P("PHONE", phone(c, area)),
        sc=P(
            "WORKPLACE",
            c.ch(
                [
                    "Silver Creek Elementary",
                    "Ironwood Middle School",
                    "Lone Pine School District",
                    "BrightPath Home Care",
                ]
            ),
        ),
    )
    d.put("Dx: ", dx, "; ", prob, ".\n")
    d.add(
        "Current chair: {mk}, SN {sn}, 7 yrs old, ⟦fi|cushion bottoming out⟧.\n",
        mk=c.pick("Quickie Q7", "Permobil M3", "TiLite Aero Z", "Ki Mobility Catalyst"),
        sn=P("DEVICE", f"{c.letters(2)}{c.digits(8)}"),
    )
    d.put(
        f"Measurements: ⟦me|hip width {c.ri(12, 18)} in⟧, ⟦me|seat depth {c.ri(12, 20)} in⟧, ⟦me|popliteal to floor {c.ri(14, 20)} in⟧; ⟦pr|pressure mapping⟧ peak ⟦me|{c.ri(60, 190)} mmHg⟧.\n"
    )
    d.add(
        "Transport: family van {st} {pl} with ramp; home at {city}. ",
        st=st,
        pl=P("VEHICLE", plate(c, st)),
        city=P("CITY", city),
    )
    d.add(
        "PA # {pa}; fax LMN to {fx}.\nPT: {pt}, PT, DPT   Vendor: {atp}, ATP\n",
        pa=P("OTHER_ID", c.digits(11)),
        fx=P("FAX", phone(c, area)),
        pt=C(c, pt, "full", "first"),
        atp=C(c, atp, "full", "lf"),
    )
    return d


TEMPLATES = [
    ("en9_itemized_bill", en9_itemized_bill),
    ("en9_needlestick", en9_needlestick),
    ("en9_opo_referral", en9_opo_referral),
    ("en9_hbo_log", en9_hbo_log),
    ("en9_interpreter_log", en9_interpreter_log),
    ("en9_irb_ae", en9_irb_ae),
    ("en9_home_infusion_slip", en9_home_infusion_slip),
    ("en9_bereavement_log", en9_bereavement_log),
    ("en9_ambulance_bill", en9_ambulance_bill),
    ("en9_vaers", en9_vaers),
    ("en9_compounding_log", en9_compounding_log),
    ("en9_seating_clinic", en9_seating_clinic),
]
