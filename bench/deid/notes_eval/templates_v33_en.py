"""v33 English templates, part 1 (the list of all twelve is at the end): a blood-bank transfusion
compatibility tag, a food-service tray ticket, a legal paternity-test collection and chain-of-custody
form, a radiology film-jacket loan register, a medical-ID engraving order and a HIPAA accounting of
disclosures. Values come from _v33_kit.py only."""

# ruff: noqa: E501

from __future__ import annotations

import _v33_kit as k
import templates_v33_en2 as en2
from _core import Doc, K, P

V33_EN_WORDLIKE = tuple(w.lower() for w in k.WORDLIKE_EN)


# fmt: off
def blood_unit_tag(c) -> Doc:
    t, pat = k.town(c), k.person(c)
    hosp = k.hospital(c, t)
    d = k.day(c)
    a = k.age(c, 0.35, 40, 88)
    tech, rn1, rn2, md = k.people(c, 4)
    hgb = c.fl(5.9, 7.4)
    ab = c.ch(("O POS", "A POS", "B NEG", "AB POS", "O NEG", "A NEG"))
    doc = Doc().put("*** ", P("HOSPITAL", hosp.upper()), " TRANSFUSION SERVICE ***  PH ", P("PHONE", k.phone(c, t.area, "dash")), "\n")
    doc.put("TRANSFUSION COMPATIBILITY TAG - DO NOT REMOVE FROM UNIT UNTIL TRANSFUSION COMPLETE\n")
    doc.put("PATIENT: ", P("NAME_PATIENT", pat.up), "   MRN: ", P("MRN", k.mrn(c)), "\n")
    doc.put("DOB: ", P("DATE", k.us(k.born(c, a, d), "dmy")), "   AGE/SEX: ", P("AGE_OVER_89", f"{a}Y") if a > 89 else f"{a}Y", "/", pat.sex, "\n")
    doc.put(f"RECIPIENT ABO/RH: {ab}   ⟦lab|ANTIBODY SCREEN NEG⟧   ⟦ep|DIRECT COOMBS⟧ NEG\n")
    doc.put("XM SPECIMEN: ", P("ACCESSION", k.accession(c, c.ch(("BB", "XM", "TS")))), "   COLLECTED: ", P("DATE", k.us(k.add(d, -1), "dmy")), f" {c.ri(4, 9):02d}{c.ri(0, 59):02d}\n")
    prod = c.ch(("RED BLOOD CELLS LEUKOREDUCED", "RED BLOOD CELLS IRRADIATED", "APHERESIS PLATELETS"))
    doc.put(f"PRODUCT: {prod}   ⟦pr|ELECTRONIC CROSSMATCH⟧ COMPATIBLE\n")
    doc.put("ISSUED: ", P("DATE", k.us(d, "dmy")), f" {c.ri(10, 23):02d}{c.ri(0, 59):02d} BY ", P("NAME_CLINICIAN", f"{tech.first[0]}. {tech.last.upper()}"), " MLS\n")
    doc.put("ORDERING: DR ", P("NAME_CLINICIAN", md.last.upper()), f"  INDICATION: ⟦lab|HGB {hgb} G/DL⟧, ⟦fi|{c.ch(('SYMPTOMATIC ANEMIA', 'GI BLEED', 'CHEMOTHERAPY-INDUCED ANEMIA'))}⟧\n")
    doc.put(f"TRANSFUSE ⟦do|1 UNIT⟧ OVER {c.ri(2, 4)} HR VIA ⟦an|{c.ch(('LEFT ANTECUBITAL', 'RIGHT FOREARM', 'RIGHT INTERNAL JUGULAR'))}⟧ LINE\n")
    doc.put("PREMED: ⟦dr|ACETAMINOPHEN⟧ ⟦do|650 MG⟧ PO; ⟦dr|DIPHENHYDRAMINE⟧ ⟦do|25 MG⟧ IV\n")
    doc.put("---- BEDSIDE TWO-PERSON VERIFICATION (tear here) ----\n")
    doc.put("Name on band matches tag: ", P("NAME_PATIENT", pat.full), "   RN 1: ", P("NAME_CLINICIAN", rn1.full), " RN   RN 2: ", P("NAME_CLINICIAN", f"{rn2.first} {rn2.last[0]}."), " RN\n")
    doc.put(f"Pre ⟦me|BP {c.ri(96, 150)}/{c.ri(50, 90)}⟧ ⟦me|HR {c.ri(70, 118)}⟧ ⟦me|T 36.{c.ri(4, 9)} C⟧; 15 min ⟦me|T 37.{c.ri(0, 3)} C⟧, no ⟦fi|transfusion reaction⟧.\n")
    if c.chance(0.4):
        doc.put("Pt asked that ", c.ch(("daughter", "son", "husband", "wife")), " ", P("NAME_RELATIVE", k.person(c).first), " be called when started.\n")
    return doc


def tray_ticket(c) -> Doc:
    t, pat = k.town(c), k.person(c)
    hosp = k.hospital(c, t)
    d = k.day(c)
    a = k.age(c, 0.5, 55, 88)
    rd = k.person(c)
    rel, kp = k.kin(c, pat, a > 75)
    meal = c.ch(("BREAKFAST", "LUNCH", "DINNER"))
    doc = Doc().put(P("HOSPITAL", hosp.upper()), " - FOOD & NUTRITION SERVICES\n")
    doc.put(f"TRAY TICKET  {meal}  ", P("DATE", k.us(d, c.ch(("slash", "short")))), f"   RM {c.ri(2, 7)}{c.ch('NSEW')}-{c.ri(201, 440)}{c.ch('AB')}\n")
    doc.put(c.wpick((0.6, P("NAME_PATIENT", f"{pat.first.upper()} {pat.last.upper()}")), (0.4, P("NAME_PATIENT", pat.up))), "\n")
    doc.put("MRN ", P("MRN", k.mrn(c)), "  DOB ", P("DATE", k.us(k.born(c, a, d), "slash")), "  AGE ", k.age_p(a), "\n")
    diet = c.ch(("⟦fi|TYPE 2 DIABETES⟧ - CONSISTENT CARB ⟦me|60 G CHO/MEAL⟧", "⟦fi|CHF⟧ - ⟦me|2 G SODIUM⟧, FLUID ⟦me|1500 ML/DAY⟧", "⟦fi|CKD STAGE 4⟧ - RENAL, ⟦lab|K 5.7 MMOL/L⟧ LOW POTASSIUM"))
    doc.put(f"DIET: {diet}\n")
    doc.put(f"TEXTURE: ⟦me|IDDSI LEVEL {c.ri(4, 6)}⟧ PER ⟦pr|MODIFIED BARIUM SWALLOW⟧; ⟦fi|DYSPHAGIA⟧ AFTER ⟦an|{c.ch(('LEFT MCA', 'BRAINSTEM', 'RIGHT PONS'))}⟧ STROKE\n")
    doc.put(f"ALLERGY: ⟦dr|{c.ch(('PENICILLIN', 'SULFA', 'CODEINE'))}⟧; SHELLFISH\n")
    dn = c.ch((("WARFARIN", "5 MG"), ("LINEZOLID", "600 MG"), ("LEVOTHYROXINE", "75 MCG")))
    doc.put(f"DRUG-NUTRIENT: ⟦dr|{dn[0]}⟧ ⟦do|{dn[1]}⟧ - SEE RD NOTE\n")
    if c.chance(0.5):
        doc.put("ADAPTIVE: BUILT-UP UTENSILS (⟦ep|PARKINSON'S DISEASE⟧), OPEN CARTONS\n")
    else:
        doc.put("ADAPTIVE: SETUP ASSIST (⟦ep|GUILLAIN-BARRE⟧), SUPERVISE MEALS\n")
    doc.put("ITEMS: ", c.ch(("MINCED TURKEY, MASHED SWEET POTATO, THICKENED MILK", "SCRAMBLED EGG, OATMEAL, PEARS", "BAKED COD, RICE, GREEN BEANS")), "\n")
    doc.put("NOTE: prefers to be called ", P("NAME_PATIENT", pat.first), f"; {rel} ", P("NAME_RELATIVE", kp.first), " brings coffee from home - OK per RD.\n")
    doc.put("RD: ", P("NAME_CLINICIAN", rd.full), f", RD  ext {c.digits(4)}   printed {c.ri(5, 16):02d}:{c.ri(0, 59):02d}\n")
    return doc


def paternity_collection(c) -> Doc:
    t, mom = k.town(c), k.person(c, "F")
    hosp = k.hospital(c, t)
    d = k.day(c)
    af, coll, wit = k.person(c, "M"), k.person(c), k.person(c)
    baby = k.person(c)
    blast = c.ch((mom.last, af.last))
    dob_m, dob_f = k.born(c, c.ri(18, 40), d), k.born(c, c.ri(18, 48), d)
    bd = k.add(d, -c.ri(1, 2))
    doc = Doc().put("LEGAL PATERNITY TEST - SPECIMEN COLLECTION AND CHAIN OF CUSTODY\n")
    doc.put("Collection site: ", P("HOSPITAL", hosp), ", Labor & Delivery   Phone ", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put("Case No.: ", P("OTHER_ID", f"{c.letters(2)}{c.digits(7)}"), "   Kit barcode: ", P("ACCESSION", f"K{c.digits(9)}"), "   Date of collection: ", k.dd(c, d), "\n\n")
    doc.put("1. MOTHER: ", P("NAME_PATIENT", mom.lf), "   DOB ", k.dd(c, dob_m, "slash"), "   MRN ", P("MRN", k.mrn(c)), "\n")
    if c.chance(0.4):
        doc.put("   ID presented: passport ", P("PASSPORT", k.passport(c)), "; photo taken\n")
    else:
        doc.put(f"   ID presented: {t.state} driver license ", P("LICENSE", k.dl(c, t.state)), "; photo taken\n")
    doc.put("   ⟦pr|Transfusion⟧ or ⟦pr|bone marrow transplant⟧ in past 90 days: no. On ⟦dr|oxytocin⟧ ⟦do|2 milliunits/min⟧ postpartum.\n")
    doc.put("2. CHILD: ", P("NAME_RELATIVE", f"Baby {c.ch(('Boy', 'Girl'))} {blast}") if c.chance(0.5) else P("NAME_RELATIVE", f"{baby.first} {blast}"), "   DOB ", k.dd(c, bd, "slash"), "   MRN ", P("MRN", k.mrn(c)), "\n")
    doc.put(f"   ⟦me|{c.fl(2.6, 4.1, 2)} kg⟧, ⟦me|{c.ri(37, 41)} weeks⟧ gestation, ⟦ep|Apgar⟧ ⟦me|{c.ri(7, 9)} and 9⟧; ⟦lab|total bilirubin {c.fl(3.0, 9.5)} mg/dL⟧, ⟦fi|physiologic jaundice⟧.\n")
    doc.put("3. ALLEGED FATHER: ", P("NAME_RELATIVE", af.full), "   DOB ", k.dd(c, dob_f, "slash"), "   Phone ", P("PHONE", k.phone(c, t.area)), "\n")
    if c.chance(0.6):
        doc.put("   ID presented: passport ", P("PASSPORT", k.passport(c)), " (", c.ch(("Mexico", "Honduras", "Philippines", "Canada")), ")\n")
    else:
        doc.put(f"   ID presented: {t.state} driver license ", P("LICENSE", k.dl(c, t.state)), "\n")
    doc.put("Specimens: ⟦pr|buccal swab⟧ x4 per party, ⟦an|inner cheek⟧, air-dried, sealed in tamper-evident envelope.\n")
    doc.put("Collected by: ", P("NAME_CLINICIAN", coll.full), ", RN   Witness: ", P("NAME_CLINICIAN", wit.full), "\n")
    doc.put("Relinquished to courier ", k.dd(c, d, "md"), f" {c.ri(13, 18)}:{c.ri(10, 59)}; received by laboratory ", k.dd(c, k.add(d, c.ri(1, 3))), ".\n")
    doc.put("I certify the persons above are as identified.  ____ ", P("NAME_PATIENT", f"{mom.first[0]}. {mom.last}"), "   ____ ", P("NAME_RELATIVE", f"{af.first[0]}. {af.last}"), "\n")
    return doc


def film_library_checkout(c) -> Doc:
    t = k.town(c)
    hosp = k.hospital(c, t)
    d = k.day(c)
    clerk = k.person(c)
    doc = Doc().put(P("HOSPITAL", hosp), " - Radiology File Room\nLEGACY FILM JACKET LOAN REGISTER (printed ", k.dd(c, d, "iso"), " by ", P("NAME_CLINICIAN", f"{clerk.first[0].lower()}{clerk.last.lower()}"), ")\n")
    doc.put("JACKET#     | PATIENT               | MRN          | DOB        | EXAM                         | EXAM DATE  | BORROWER        | OUT   | DUE\n")
    exams = (("⟦pr|CT head⟧ without contrast", "⟦fi|subdural hematoma⟧"), ("⟦pr|MRI⟧ ⟦an|left knee⟧", "⟦fi|medial meniscus tear⟧"), ("⟦pr|XR⟧ ⟦an|right wrist⟧", "⟦ep|Colles fracture⟧"), ("⟦pr|CT chest⟧ with ⟦dr|iohexol⟧ ⟦do|100 mL⟧", "⟦me|6 mm⟧ nodule"), ("⟦pr|mammogram⟧ bilateral", "⟦me|BI-RADS 3⟧"), ("⟦pr|MRI⟧ ⟦an|lumbar spine⟧", "⟦fi|L4-5 disc herniation⟧"))
    pts = k.people(c, c.ri(3, 5))
    for i, p in enumerate(pts):
        ex, fi = exams[(i + c.ri(0, 5)) % len(exams)]
        if "mammogram" in ex and p.sex == "M":
            ex, fi = exams[0]
        ed = k.add(d, -c.ri(900, 6000))
        b = k.person(c)
        doc.put(P("ACCESSION", f"FJ{c.digits(6)}"), " | ", P("NAME_PATIENT", p.up), " | ", P("MRN", k.mrn(c)), " | ", P("DATE", k.us(k.born(c, c.ri(20, 85), ed))), f" | {ex} | ", P("DATE", k.us(ed)), " | Dr ", P("NAME_CLINICIAN", f"{b.first[0]}. {b.last}"), " | ", P("DATE", k.us(k.add(d, -c.ri(3, 40)), "md")), " | ", P("DATE", k.us(k.add(d, c.ri(1, 20)), "md")), "\n")
        doc.put(f"            |   remark: {fi}\n")
    p = pts[0]
    doc.put("\nOutside request: jacket for ", P("NAME_PATIENT", p.full), " copied to CD and mailed to patient at ", P("ADDRESS_STREET", k.street(c)), ", ", P("CITY", t.name), ", ", P("PROVINCE_STATE", t.state), " ", P("POSTCODE", k.zipc(c, t)), " on ", k.dd(c, d, "md"), ".\n")
    doc.put("Overdue: ", P("NAME_PATIENT", pts[-1].last), f" jacket - borrower paged; ⟦lab|eGFR {c.ri(35, 90)}⟧ noted on requisition before ⟦dr|gadobutrol⟧ study.\n")
    return doc


def medicalert_engraving(c) -> Doc:
    t, pat = k.town(c), k.person(c)
    hosp = k.hospital(c, t)
    d = k.day(c)
    rel, kp = k.kin(c, pat)
    md, cde = k.person(c), k.person(c)
    ph = k.phone(c, t.area, c.ch(("dash", "paren")))
    dx = c.wpick((0.5, ("TYPE 1 DIABETES", f"⟦dr|insulin lispro⟧ via pump, ⟦do|{c.ri(18, 44)} units⟧/day; ⟦lab|HbA1c {c.fl(6.2, 9.8)}%⟧; infusion sites rotated in ⟦an|abdomen⟧; ⟦pr|continuous glucose monitoring⟧", "INSULIN PUMP", "PUMP SN")), (0.25, ("ADDISON'S DISEASE", f"⟦dr|hydrocortisone⟧ ⟦do|15 mg⟧ daily; ⟦lab|cortisol {c.fl(0.8, 2.9)} mcg/dL⟧ at diagnosis; ⟦an|adrenal⟧ ⟦pr|CT⟧ small glands; stress-dose teaching done", "STEROID DEPENDENT", "")), (0.25, ("ATRIAL FIBRILLATION", f"⟦dr|warfarin⟧ ⟦do|5 mg⟧ daily; ⟦lab|INR {c.fl(2.0, 3.1)}⟧; ⟦pr|dual-chamber pacemaker⟧ in ⟦an|left chest⟧ for ⟦fi|sick sinus syndrome⟧", "ON WARFARIN", "PACEMAKER SN")))
    doc = Doc().put("MEDICAL ID ENGRAVING ORDER  (submitted by ", P("HOSPITAL", hosp), " Diabetes & Endocrine Education)\n")
    doc.put("Member ID: ", P("OTHER_ID", f"MA{c.digits(8)}"), "   Order date: ", k.dd(c, d), "\n")
    doc.put("Wearer: ", P("NAME_PATIENT", pat.full), "   DOB: ", k.dd(c, k.born(c, c.ri(14, 80), d), "slash"), f"   Sex: {pat.sex}\n")
    doc.put("Ship to: ", P("ADDRESS_STREET", k.street(c)), ", ", P("CITY", t.name), ", ", P("PROVINCE_STATE", t.state), " ", P("POSTCODE", k.zipc(c, t)), "\n")
    doc.put("Phone: ", P("PHONE", ph))
    if c.chance(0.7):
        doc.put("   Email: ", P("EMAIL", k.email(c, pat)))
    doc.put("\nEmergency contact: ", P("NAME_RELATIVE", kp.full), f" ({rel}) ", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put("Physician: Dr. ", P("NAME_CLINICIAN", md.full), "  office ", P("PHONE", k.phone(c, t.area, "dash")), "\n")
    doc.put("ENGRAVING - FRONT (max 5 lines x 20 characters):\n")
    doc.put("  ", P("NAME_PATIENT", f"{pat.first.upper()} {pat.last.upper()}"), "\n")
    doc.put("  ", K("FINDING", dx[0]) if dx[0] != "ADDISON'S DISEASE" else K("EPONYM", dx[0]), "\n")
    doc.put(f"  {dx[2]}\n  ALLERGY ⟦dr|{c.ch(('PENICILLIN', 'SULFA', 'LATEX'))}⟧\n  ICE ", P("PHONE", ph if c.chance(0.3) else k.phone(c, t.area, "dash")), "\n")
    if dx[3] and c.chance(0.8):
        doc.put(f"ENGRAVING - BACK:  {dx[3]} ", P("DEVICE", k.serial(c)), "\n")
    doc.put(f"Clinical summary (educator): {dx[1]}; ⟦me|BMI {c.fl(19, 34)}⟧; last visit ", k.dd(c, k.add(d, -c.ri(20, 300)), "md"), ".\n")
    doc.put("Educator: ", P("NAME_CLINICIAN", f"{cde.first} {cde.last}"), ", RN, CDCES\n")
    return doc


def disclosure_accounting(c) -> Doc:
    t, pat = k.town(c), k.person(c)
    hosp = k.hospital(c, t)
    d = k.day(c)
    ps = k.person(c)
    doc = Doc().put(P("HOSPITAL", hosp), " - Health Information Management / Privacy Office   Fax ", P("FAX", k.phone(c, t.area, "dash")), "\n")
    doc.put("ACCOUNTING OF DISCLOSURES (45 CFR 164.528)\nRequested by the patient on ", k.dd(c, d), "; period covered ", k.dd(c, k.add(d, -c.ri(700, 2100)), "slash"), " to ", k.dd(c, d, "slash"), "\n")
    doc.put("Patient: ", P("NAME_PATIENT", pat.full), "   DOB: ", k.dd(c, k.born(c, c.ri(19, 85), d), "slash"), "   MRN: ", P("MRN", k.mrn(c)), "\n")
    doc.put("Address on file: ", P("ADDRESS_STREET", k.street(c)), ", ", P("CITY", t.name), ", ", P("PROVINCE_STATE", t.state), " ", P("POSTCODE", k.zipc(c, t)), "\n\n")
    doc.put("DATE       | RECIPIENT                               | PURPOSE / AUTHORITY          | INFORMATION\n")
    rows = [lambda: ["County Health Dept".ljust(40), "| communicable disease 512(b)  | ⟦fi|pertussis⟧ case report, ⟦lab|Bordetella PCR positive⟧",], lambda: ["County Sheriff, case ", P("OTHER_ID", f"{c.ri(22, 25)}-{c.digits(6)}"), "    | law enforcement 512(f)       | ED record: ⟦fi|gunshot wound⟧ ⟦an|left thigh⟧, ⟦me|GCS 15⟧",], lambda: ["State WC Board, claim ", P("OTHER_ID", f"WC{c.digits(8)}"), "       | workers' comp 512(l)         | ⟦pr|ORIF⟧ op note; employer ", P("WORKPLACE", c.ch(k.EMPLOYERS)),], lambda: ["FDA MedWatch                            | adverse event 512(b)         | ⟦fi|angioedema⟧ after ⟦dr|lisinopril⟧ ⟦do|10 mg⟧"], lambda: ["State cancer registry                   | public health 512(b)         | ⟦fi|invasive ductal carcinoma⟧ ⟦me|pT2N0M0⟧, ⟦ep|Nottingham grade⟧ 2; ⟦lab|HER2 IHC 1+⟧"]]
    for fn in c.sample(rows, c.ri(3, 5)):
        doc.put(P("DATE", k.us(k.add(d, -c.ri(30, 700)))), " | ", fn(), "\n")
    doc.put("\nDisclosures for treatment, payment and operations and those you authorized are not listed.\n")
    doc.put("Prepared by ", P("NAME_CLINICIAN", ps.full), ", Privacy Specialist, ", P("EMAIL", f"{ps.first[0].lower()}{ps.last.lower()}@{t.name.lower().replace(' ', '')}health.org"), "\n")
    return doc

# fmt: on

TEMPLATES = [
    ("en33_blood_unit_tag", blood_unit_tag),
    ("en33_tray_ticket", tray_ticket),
    ("en33_paternity_collection", paternity_collection),
    ("en33_film_library_checkout", film_library_checkout),
    ("en33_medicalert_engraving", medicalert_engraving),
    ("en33_disclosure_accounting", disclosure_accounting),
    *en2.TEMPLATES,
]
