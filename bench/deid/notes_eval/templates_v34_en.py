"""v34 English templates, part 1 (README.md "v34"): an allergy wallet card, an airline MEDIF
fitness-to-fly form, a pessary fitting log, a tissue-expander fill log, a Holter hookup sheet with
its diary, a discharge ride voucher. TEMPLATES lists all twelve (part 2: templates_v34_en2.py)."""

# ruff: noqa: E501, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v34_kit as k
from _v34_kit import Doc, P

V34_EN_WORDLIKE = k.EN_WORDLIKE

# fmt: off
ALLERGY = (
    ("⟦dr|penicillin⟧ / ⟦dr|amoxicillin⟧", "⟦fi|anaphylaxis⟧ with ⟦fi|angioedema⟧ of the ⟦an|lips⟧", "⟦pr|skin prick test⟧ positive to ⟦dr|benzylpenicilloyl polylysine⟧", "⟦dr|azithromycin⟧, ⟦dr|levofloxacin⟧; ⟦dr|cefazolin⟧ tolerated via ⟦pr|graded challenge⟧"),
    ("⟦dr|sulfamethoxazole-trimethoprim⟧", "⟦fi|Stevens-Johnson syndrome⟧ (⟦an|oral mucosa⟧ and ⟦an|conjunctiva⟧)", "no testing - history alone (DO NOT CHALLENGE)", "⟦dr|nitrofurantoin⟧, ⟦dr|doxycycline⟧"),
    ("⟦dr|iodinated contrast⟧ (⟦dr|iohexol⟧)", "⟦fi|generalized urticaria⟧ and ⟦fi|bronchospasm⟧", "reaction during ⟦pr|CT angiography⟧", "premedicate: ⟦dr|prednisone⟧ ⟦do|50 mg PO⟧ at 13, 7 and 1 h + ⟦dr|diphenhydramine⟧ ⟦do|50 mg⟧"),
    ("⟦dr|rocuronium⟧", "⟦fi|perioperative anaphylaxis⟧, ⟦fi|hypotension⟧", "⟦pr|intradermal test⟧ positive; ⟦dr|cisatracurium⟧ negative", "⟦dr|cisatracurium⟧; avoid ⟦dr|succinylcholine⟧"),
    ("⟦dr|carbamazepine⟧", "⟦fi|DRESS syndrome⟧ with ⟦fi|eosinophilia⟧", "⟦lab|HLA-A*31:01 positive⟧", "⟦dr|levetiracetam⟧, ⟦dr|lamotrigine⟧ (slow titration)"),
)
# fmt: on


# fmt: off
def allergy_wallet_card(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, md, ma = k.people(c, 3); d = k.day(c); a = k.age(c, 0.15, 6, 88); dob = k.born(c, a, d)
    rel, kp = k.kin(c, pat, [md, ma], old=a > 70)
    alg, rx, test, alt = c.ch(ALLERGY)
    doc = Doc().put("-- fold here --------------------------------------\n", P("HOSPITAL", hosp.upper()), " ALLERGY & IMMUNOLOGY  ", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put("** DRUG ALLERGY ALERT - CARRY AT ALL TIMES **\n", "NAME: ", P("NAME_PATIENT", pat.lf.upper()), "    DOB: ", k.dd(c, dob, "slash"), "    Age: ", k.age_p(a), "\n")
    doc.put("MRN: ", P("MRN", k.mrn(c)), "   Card issued: ", k.dd(c, d, "dmy"), "\n\n")
    doc.put("ALLERGEN: ", alg, "\nREACTION: ", rx, "\nWORK-UP: ", test, " on ", k.dd(c, k.add(d, -c.ri(10, 60)), "md"), "; ⟦lab|serum tryptase ", c.fl(11.5, 38.0), " ng/mL⟧ at the time\n")
    doc.put("SAFE ALTERNATIVES: ", alt, "\n")
    if c.chance(0.6):
        doc.put("Prescribed ⟦dr|epinephrine auto-injector⟧ ⟦do|", c.ch(("0.3 mg", "0.15 mg")), " IM⟧ - ⟦an|anterolateral thigh⟧\n")
    doc.put("\nIN AN EMERGENCY CALL: ", P("NAME_RELATIVE", kp.full), " (", rel, ") ", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put("Allergist: ", P("NAME_CLINICIAN", f"{md.first[0]}. {md.last}"), ", MD  NPI ", P("LICENSE", k.npi(c)), "\n")
    doc.put("Reviewed with patient", " and " + rel if c.chance(0.5) else "", " by ", P("NAME_CLINICIAN", f"{ma.first} {ma.last[0]}."), ", RN, clinic ", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put(["Chart flag updated; ⟦me|BP ", c.ri(104, 146), "/", c.ri(60, 92), "⟧ at visit; hx ⟦ep|Samter's triad⟧? - no.\n"] if c.chance(0.3) else "Chart flag updated.\n")
    return doc


def medif_fitness_to_fly(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, md = k.people(c, 2); d = k.day(c); a = k.age(c, 0.1, 30, 88); dob = k.born(c, a, d)
    fl = k.add(d, c.ri(3, 20)); rel, esc = k.kin(c, pat, [md], old=a > 70)
    dx = c.ch((("⟦fi|COPD⟧ GOLD 3", "⟦lab|SpO2 91%⟧ on room air; ⟦lab|PaO2 62 mmHg⟧", "in-flight oxygen ⟦do|2 L/min⟧ via ⟦pr|nasal cannula⟧", "⟦dr|tiotropium⟧ ⟦do|2.5 mcg 2 puffs daily⟧"),
               ("⟦fi|right femoral neck fracture⟧ s/p ⟦pr|hemiarthroplasty⟧", "⟦lab|hemoglobin 10.4 g/dL⟧", "wheelchair WCHS; ⟦dr|enoxaparin⟧ ⟦do|40 mg SC daily⟧ for ⟦fi|VTE⟧ prophylaxis", "⟦dr|oxycodone⟧ ⟦do|5 mg q6h PRN⟧"),
               ("⟦fi|NSTEMI⟧ treated with ⟦pr|PCI⟧ to ⟦an|LAD⟧", "⟦me|LVEF 45%⟧, no angina", "no oxygen; seat near lavatory", "⟦dr|ticagrelor⟧ ⟦do|90 mg bid⟧, ⟦dr|atorvastatin⟧ ⟦do|80 mg⟧"),
               ("⟦fi|pneumothorax⟧ (⟦an|left apex⟧) resolved after ⟦pr|chest tube⟧", "⟦pr|chest X-ray⟧ shows full re-expansion", "no oxygen; travel >14 days after drain removal", "⟦dr|acetaminophen⟧ ⟦do|1 g q8h⟧")))
    doc = Doc().put("MEDIF - MEDICAL INFORMATION FORM FOR AIR TRAVEL (Part 2: to be completed by attending physician)\n")
    doc.put("A. Passenger: ", P("NAME_PATIENT", pat.lf.upper()), "   Sex ", pat.sex, "   DOB ", k.dd(c, dob, "dmy"), "   Age ", k.age_p(a), "\n")
    doc.put("   Passport no. ", P("PASSPORT", k.passport(c)), "   Booking ref (PNR) ", P("OTHER_ID", c.letters(6)), "   Flight date ", k.dd(c, fl, "dmy"), "\n")
    if c.chance(0.5):
        doc.put("   Home: ", k.addr(c, t), "   tel ", P("PHONE", k.phone(c, t.area)), "\n")
    if c.chance(0.35):
        doc.put("   Travelling for employer: ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "\n")
    doc.put("B. Attending physician: Dr ", P("NAME_CLINICIAN", md.full), ", ", P("HOSPITAL", hosp), "  NPI ", P("LICENSE", k.npi(c)), "\n   Tel ", P("PHONE", k.phone(c, t.area)))
    doc.put(["  Fax ", P("FAX", k.phone(c, t.area, "dash"))] if c.chance(0.7) else "", "\n")
    doc.put("C. Diagnosis: ", dx[0], "\n   Date of onset/procedure: ", k.dd(c, k.add(d, -c.ri(10, 40)), "long"), "\n   Current status: ", dx[1], "\n")
    doc.put("D. Special needs: ", dx[2], "\n   Medication in cabin: ", dx[3], "\n")
    doc.put("E. Escort: ", P("NAME_RELATIVE", esc.full), " (", rel, ")" if c.chance(0.8) else ") - not medically trained", "\n")
    doc.put("F. Fit to fly: YES, in my opinion. Signed ", P("NAME_CLINICIAN", f"{md.first[0]}. {md.last}"), " on ", k.dd(c, d, "slash"), "\n")
    return doc


def pessary_fitting_log(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, np_, ma = k.people(c, 3); pat = pat._replace(sex="F", first=c.ch(k.F_FIRST)); d = k.day(c); a = k.age(c, 0.3, 52, 89); dob = k.born(c, a, d)
    rel, dr = k.kin(c, pat, [np_, ma], old=True)
    kind = c.ch(("ring with support", "Gellhorn", "cube", "donut", "incontinence dish"))
    doc = Doc().put(P("HOSPITAL", hosp), " Urogynecology - PESSARY FITTING & CARE LOG\n")
    doc.put("Pt: ", P("NAME_PATIENT", pat.lf), "  DOB ", k.dd(c, dob, "short"), "  (", k.age_p(a), " y)  MRN ", P("MRN", k.mrn(c)), "\n")
    doc.put("Dx: ⟦fi|", c.ch(("stage II cystocele", "stage III uterine prolapse", "stage II rectocele", "vaginal vault prolapse")), "⟧ (⟦me|POP-Q Ba +", c.ri(1, 3), "⟧), ⟦fi|stress urinary incontinence⟧; ⟦ep|Baden-Walker⟧ grade ", c.ri(2, 3), "\n")
    doc.put("Drives: ", rel, " ", P("NAME_RELATIVE", dr.first), " ", P("PHONE", k.phone(c, t.area)), "\n\n")
    doc.put("DATE   | ACTION | DEVICE | EXAM | BY\n")
    v = k.add(d, -c.ri(200, 400))
    for i in range(c.ri(3, 5)):
        who = c.ch((np_, ma))
        act = "fitted" if i == 0 else c.ch(("removed/cleaned/reinserted", "removed/cleaned/reinserted", "size down", "left out 1 wk"))
        exam = c.ch(("⟦pr|speculum exam⟧: no ⟦fi|erosion⟧", "small ⟦fi|vaginal erosion⟧ at ⟦an|posterior fornix⟧", "⟦fi|atrophic vaginitis⟧", "mucosa pink, no ⟦fi|bleeding⟧"))
        doc.put(k.dd(c, v, "md" if i else "slash"), " | ", act, " | ", kind, " #", c.ri(2, 7), " | ", exam, " | ", P("NAME_CLINICIAN", who.last), "\n")
        v = k.add(v, c.ri(60, 100))
    doc.put("\nPlan: ⟦dr|estradiol vaginal cream⟧ ⟦do|0.5 g twice weekly⟧; ⟦pr|pelvic floor muscle training⟧; return ", k.dd(c, k.add(v, 7), "md"), " with ", P("NAME_CLINICIAN", f"{np_.full}"), ", CNP\n")
    return doc


def tissue_expander_fill_log(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat = k.person(c, "F"); ps, rn = k.people(c, 2); d = k.day(c); a = c.ri(31, 72); dob = k.born(c, a, d)
    sides = c.ch((("LEFT",), ("RIGHT",), ("LEFT", "RIGHT")))
    doc = Doc().put(P("HOSPITAL", hosp), " - Plastic & Reconstructive Surgery\nTISSUE EXPANDER FILL RECORD\n")
    doc.put("Patient: ", P("NAME_PATIENT", pat.full), "   DOB: ", k.dd(c, dob), "   MRN: ", P("MRN", k.mrn(c)), "   FIN: ", P("ACCOUNT", k.fin(c)), "\n")
    doc.put("Index op ", k.dd(c, d, "slash"), ": ⟦pr|", c.ch(("nipple-sparing mastectomy", "skin-sparing mastectomy")), "⟧ for ⟦fi|", c.ch(("ductal carcinoma in situ", "invasive ductal carcinoma", "BRCA1 mutation")), "⟧, immediate ⟦pr|tissue expander placement⟧ (subpectoral) - Dr ", P("NAME_CLINICIAN", ps.last), "\n")
    for s in sides:
        doc.put("  ", s, " expander  intraop fill ", c.ri(100, 250), " mL  REF 133MX-", c.ri(11, 16), "  SN ", P("DEVICE", k.serial(c)), "\n")
    doc.put("\nVISIT     | SIDE | ADDED (⟦dr|normal saline⟧) | TOTAL | NOTES | RN\n")
    v, tot = k.add(d, c.ri(14, 21)), c.ri(100, 200)
    for _ in range(c.ri(3, 5)):
        add = c.ch((50, 60, 75, 100))
        tot += add
        note = c.ch(("port located w/ magnet, ⟦pr|aseptic prep⟧", "mild ⟦fi|tightness⟧, ⟦dr|ibuprofen⟧ ⟦do|400 mg⟧", "skin intact, no ⟦fi|erythema⟧", "⟦fi|seroma⟧ absent, ⟦me|pain 3/10⟧"))
        doc.put(k.dd(c, v, c.ch(("md", "slash"))), " | ", "/".join(x[0] for x in sides), " | ⟦do|", add, " mL⟧ | ", tot, " mL | ", note, " | ", P("NAME_CLINICIAN", f"{rn.first} {rn.last[0]}."), "\n")
        v = k.add(v, c.ri(7, 14))
    doc.put("\nPlan: ⟦pr|exchange for silicone implant⟧ after ⟦pr|adjuvant radiation⟧" if c.chance(0.4) else "\nPlan: exchange after final fill", " - target ", c.ri(350, 550), " mL; next visit ", k.dd(c, v, "md"), ". Call ", P("PHONE", k.phone(c, t.area)), " for ⟦fi|fever⟧ or ⟦fi|cellulitis⟧.\n")
    return doc


def holter_hookup_diary(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, md, tech = k.people(c, 3); d = k.day(c); a = k.age(c, 0.1, 18, 88); dob = k.born(c, a, d)
    hrs = c.ch((24, 48, 72))
    doc = Doc().put(P("HOSPITAL", hosp), " Noninvasive Cardiology   ", P("PHONE", k.phone(c, t.area)), "\n", c.ch(("HOLTER", "H0LTER")), " HOOKUP SHEET / PATIENT DIARY  (", hrs, " h)\n")
    doc.put("Study #: ", P("ACCESSION", k.accession(c, "HM")), "   Recorder S/N: ", P("DEVICE", k.serial(c)), "\n")
    doc.put("Name: ", P("NAME_PATIENT", pat.lf), "   DOB: ", k.dd(c, dob, "slash"), "   Age: ", k.age_p(a), "   MRN: ", P("MRN", k.mrn(c)), "\n")
    doc.put("Ordering: ", P("NAME_CLINICIAN", f"{md.last}, {md.first}"), " MD   Indication: ⟦fi|", c.ch(("palpitations", "presyncope", "paroxysmal atrial fibrillation", "syncope")), "⟧\n")
    doc.put("Meds: ⟦dr|", c.ch(("metoprolol succinate", "diltiazem", "flecainide")), "⟧ ⟦do|", c.ch(("25 mg daily", "120 mg daily", "50 mg bid")), "⟧", ", ⟦dr|apixaban⟧ ⟦do|5 mg bid⟧" if c.chance(0.4) else "", "\n")
    doc.put("Hookup ", k.dd(c, d, "md"), " ", c.ri(7, 11), ":", c.ch(("05", "20", "40")), " by ", P("NAME_CLINICIAN", tech.first), " (tech); 5 electrodes, skin prep; baseline ⟦me|HR ", c.ri(58, 104), " bpm⟧\n")
    doc.put("Return recorder ", k.dd(c, k.add(d, hrs // 24), "md"), " - do not shower. ")
    if c.chance(0.6):
        doc.put("Data uploaded from ", P("IP", k.ipv4(c)), ".")
    doc.put("\n\nDIARY (patient)\ntime  | activity | symptom\n")
    for _ in range(c.ri(2, 4)):
        doc.put(f"{c.ri(6, 22)}:{c.ri(0, 5)}{c.ri(0, 9)}", " | ", c.ch(("walking dog", "stairs", "lying down", "eating", "driving")), " | ", c.ch(("heart racing", "skipped beat", "dizzy", "flutter in chest", "none")), "\n")
    if c.chance(0.4):
        doc.put("(diary filled in by my ", c.ch(("wife", "husband", "son", "daughter")), " - ", P("NAME_RELATIVE", k.person(c).first), ")\n")
    doc.put("\nScan summary: ⟦me|mean HR ", c.ri(62, 88), " bpm⟧, ", c.ch(("⟦fi|PVC burden 4.2%⟧", "⟦fi|atrial fibrillation⟧ burden 18%", "⟦fi|sinus rhythm⟧ with rare ⟦fi|PACs⟧", "⟦fi|Mobitz I⟧ at night")), "; ⟦ep|Holter⟧ read by ", P("NAME_CLINICIAN", f"Dr {md.last}"), " ", k.dd(c, k.add(d, c.ri(2, 6)), "slash"), "\n")
    return doc


def taxi_voucher(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, cm = k.people(c, 2); d = k.day(c); a = k.age(c, 0.1, 25, 88)
    why = c.ch(("s/p ⟦pr|laparoscopic cholecystectomy⟧, received ⟦dr|hydromorphone⟧ ⟦do|0.5 mg IV⟧ - no driving 24 h", "new ⟦fi|left hemianopia⟧ after ⟦fi|right PCA stroke⟧ - may not drive", "⟦pr|cataract extraction⟧ ⟦an|right eye⟧ with ⟦dr|midazolam⟧ - no driving", "⟦fi|syncope⟧ work-up, ⟦ep|Holter⟧ placed - no driving until cleared"))
    doc = Doc().put(P("HOSPITAL", hosp), " - Care Management\nPATIENT TRANSPORTATION VOUCHER (taxi / rideshare)   Voucher ", P("OTHER_ID", f"TV-{c.digits(6)}"), "\n")
    doc.put("Date of service: ", k.dd(c, d), "   FIN: ", P("ACCOUNT", k.fin(c)), "\n")
    doc.put("Rider: ", P("NAME_PATIENT", pat.full), "  age ", k.age_p(a), "  cell ", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put("Pick up: main entrance, ", P("HOSPITAL", hosp), "\nDrop off: ", k.addr(c, t), "\n")
    doc.put("Reason: ", why, "\n")
    doc.put("Mobility: ", c.ch(("ambulatory", "walker", "wheelchair - folds")), "; O2: ", c.ch(("none", "⟦do|2 L⟧ portable tank")), "\n")
    if c.chance(0.5):
        rel, kp = k.kin(c, pat, [cm], old=a > 70)
        doc.put("Met at home by ", rel, " ", P("NAME_RELATIVE", kp.full), " ", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put("Cab co.: ", c.ch(("Yellow Top", "City Cab", "A-1 Taxi")), "  Vehicle plate ", P("VEHICLE", k.plate(c)), "  Fare cap $", c.ri(25, 90), "\n")
    doc.put("Authorized by: ", P("NAME_CLINICIAN", cm.full), ", RN CM  ext ", c.ri(2000, 7999), "\n")
    return doc
# fmt: on

import templates_v34_en2 as _en2  # noqa: E402

TEMPLATES = [
    ("en34_allergy_wallet_card", allergy_wallet_card),
    ("en34_medif_fitness_to_fly", medif_fitness_to_fly),
    ("en34_pessary_fitting_log", pessary_fitting_log),
    ("en34_tissue_expander_fill_log", tissue_expander_fill_log),
    ("en34_holter_hookup_diary", holter_hookup_diary),
    ("en34_taxi_voucher", taxi_voucher),
    *_en2.TEMPLATES,
]
