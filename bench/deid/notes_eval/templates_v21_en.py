"""v21 English templates, part one (README.md "v21"): unit census printout, burn-unit dressing record,
social-work psychosocial assessment, PACU recovery record, EMG / nerve-conduction report,
controlled-substance waste log (CSV). Part two is templates_v21_en2.py; TEMPLATES lists all twelve."""

# ruff: noqa: E501
# fmt: off

from __future__ import annotations

import _v21_kit as k
from _core import Doc, K, P
from _v21_kit import V21_EN_WORDLIKE

__all__ = ["TEMPLATES", "V21_EN_WORDLIKE"]

DX = ("⟦fi|community-acquired pneumonia⟧", "⟦fi|acute on chronic systolic heart failure⟧", "⟦fi|diabetic ketoacidosis⟧", "⟦fi|hip fracture⟧ s/p ⟦pr|hemiarthroplasty⟧", "⟦fi|cellulitis⟧ of ⟦an|left lower leg⟧", "⟦fi|COPD exacerbation⟧", "⟦ep|Guillain-Barré syndrome⟧", "⟦fi|small bowel obstruction⟧", "⟦ep|Clostridioides difficile⟧ colitis", "⟦fi|NSTEMI⟧")


def census(c):
    d = Doc()
    h = c.ch(k.HOSP[:6])
    day = k.rday(c)
    unit = c.pick("5 North", "Med-Surg B", "Telemetry 3", "Ortho 6")
    d.put("UNIT CENSUS - ", P("HOSPITAL", h), " - ", unit, "\nRun date: ", P("DATE", k.date_en(c, day, "slash")), " 06:", c.ri(10, 59), "\n")
    d.put("BED | PATIENT | AGE/SEX | MRN | FIN | ATTENDING | ADMIT | PROBLEM | CODE\n")
    for _ in range(c.ri(4, 6)):
        p = k.person_en(c)
        age = k.age90(c) if c.chance(0.25) else c.ri(24, 88)
        agecell = P("AGE_OVER_89", f"{age}Y") if age > 89 else f"{age}Y"
        name = c.pick(k.lastfirst(p, True), k.lastfirst(p), f"{p['last'].upper()} {p['first']}")
        att = k.clin(c).split()[1]
        d.put(f"{c.ri(501, 540)}-{c.pick('A', 'B')} | ", P("NAME_PATIENT", name), " | ", agecell, f"/{p['sex']} | ", P("MRN", k.mrn(c)), " | ", P("ACCOUNT", k.acct(c)), " | ", P("NAME_CLINICIAN", att.upper() if c.chance(0.5) else att), " | ",
              P("DATE", k.date_en(c, k.days(day, -c.ri(1, 9)), c.pick("short", "slash"))), " | ", c.ch(DX), " | ", c.pick("FULL", "DNR/DNI", "DNR"), "\n")
    d.put("Charge RN: ", P("NAME_CLINICIAN", k.clin_first(c).lower()), " ext ", c.ri(4100, 4999), "\nPrinted from workstation ", P("IP", k.ip4(c)), " by ", P("NAME_CLINICIAN", k.clin(c).split()[0].lower()), ". CONFIDENTIAL - shred after shift.\n")
    return d


def burn(c):
    d = Doc()
    p, wife = k.person_en(c), k.person_en(c, "F")
    day = k.rday(c)
    emp = c.ch(k.EMPLOYER)
    a = k.addr_us(c)
    tbsa = c.ri(3, 18)
    d.put(P("HOSPITAL", "Eastfork Burn Center"), " - Dressing Change Record\nPatient: ", P("NAME_PATIENT", k.full(p)), "   MRN: ", P("MRN", k.mrn(c)), "   DOB: ", P("DATE", k.date_en(c, k.dob_for(c, c.ri(19, 66), day))), "\nHome: ", k.addr_lines(a), "\n")
    d.put("Injury: ", P("DATE", k.date_en(c, k.days(day, -c.ri(2, 12)))), " at work (", P("WORKPLACE", emp), "), ", c.pick("steam line rupture", "grease fire on the fryer line", "flash burn from an electrical panel"), ". Workers' comp claim ", P("OTHER_ID", f"WC-{c.digits(7)}"), ".\n")
    d.put(f"Wound: ⟦fi|deep partial-thickness burn⟧ to the ⟦an|right forearm⟧ and ⟦an|dorsal hand⟧, ⟦me|TBSA {tbsa}%⟧. Pt says \"the foreman at ", P("WORKPLACE", " ".join(emp.split()[:2])), " told me to keep working\".\n")
    d.put("Date | Dressing | Pain | RN\n")
    for j in range(3):
        d.put(P("DATE", k.date_en(c, k.days(day, j), "short")), f" | ⟦dr|silver sulfadiazine⟧ ⟦do|1% cream bid⟧ | ⟦me|{c.ri(2, 8)}/10⟧ | ", P("NAME_CLINICIAN", k.clin_first(c).lower()), "\n")
    d.put("Premedicated with ⟦dr|oxycodone⟧ ⟦do|5 mg PO⟧ 30 min prior. Wife ", P("NAME_RELATIVE", wife["first"]), " present for teaching; reachable at ", P("PHONE", k.phone_us(c)), ".\n")
    d.put("Plan: ⟦pr|split-thickness skin graft⟧ if not healing by day 14. - ", P("NAME_CLINICIAN", k.clin(c)), ", RN, BSN\n")
    return d


def psychosoc(c):
    d = Doc()
    p = k.person_en(c)
    dau, son = k.person_en(c, "F"), k.person_en(c, "M")
    dau["last"] = c.pick(p["last"], c.ch(k.EN_LAST))
    day = k.rday(c)
    old = c.chance(0.5)
    age = k.age90(c) if old else c.ri(58, 88)
    a = k.addr_us(c)
    e1, e2 = c.sample(k.EMPLOYER, 2)
    d.put("SOCIAL WORK PSYCHOSOCIAL ASSESSMENT\n", P("HOSPITAL", c.ch(k.HOSP[:5])), "\nDate: ", P("DATE", k.date_en(c, day)), "\nPatient: ", P("NAME_PATIENT", k.lastfirst(p)), "  MRN ", P("MRN", k.mrn(c)), "  SSN ", P("SSN", k.ssn(c)) if c.chance(0.7) else "on file", "\n")
    d.put("Age: ", P("AGE_OVER_89", str(age)) if old else str(age), "  Medicaid ID: ", P("INSURANCE", member(c)), "\nAddress: ", k.addr_lines(a), "\n\n")
    d.put("Living situation: lives alone in a one-story house in ", P("CITY", a["city"]), "; moved from ", c.ch(k.CITY_US)[2], " after her husband died. " if p["sex"] == "F" else " after his wife died. ")
    d.put("Occupational history: ", c.pick("worked 31 years at ", "spent most of a career at "), P("WORKPLACE", e1), ", then ", c.pick("retired from ", "finished out at "), P("WORKPLACE", e2), ".")
    if old:
        d.put(" Pt joked, \"I'm ", P("AGE_OVER_89", str(age)), " and they still send me a calendar every Christmas.\"")
    d.put("\nSupports: daughter ", P("NAME_RELATIVE", k.full(dau)), " (", P("PHONE", k.phone_us(c)), ", ", P("EMAIL", k.email_en(c, dau)), ") is health-care POA; son ")
    sn = son["nick"] or son["first"]
    d.put(P("NAME_RELATIVE", son["first"]), [" (\"", P("NAME_RELATIVE", sn), "\")"] if son["nick"] else "", " lives out of state.\n")
    d.put("Clinical: ⟦fi|moderate dementia⟧, ⟦me|MoCA 17/30⟧, on ⟦dr|donepezil⟧ ⟦do|10 mg nightly⟧.\nPlan: SNF referral to ", P("HOSPITAL", "Willow Glen Care Center"), "; APS not indicated.\n", P("NAME_CLINICIAN", k.clin(c)), ", LCSW\n")
    return d


def member(c):
    return k.member(c)


def pacu(c):
    d = Doc()
    p, drv = k.person_en(c), k.person_en(c)
    day = k.rday(c)
    old = c.chance(0.3)
    age = k.age90(c) if old else c.ri(21, 86)
    proc = c.ch(("⟦pr|laparoscopic cholecystectomy⟧", "⟦pr|right total knee arthroplasty⟧", "⟦pr|cystoscopy with stent placement⟧", "⟦pr|left carpal tunnel release⟧"))
    d.put("POST-ANESTHESIA CARE UNIT - PHASE I / II RECORD\n", P("HOSPITAL", c.ch(("Tamarind Bay Surgery Center", "Mercy Ridge Hospital", "Harlan Memorial Hospital"))), "\n")
    d.put("Name: ", P("NAME_PATIENT", k.full(p)), "   Age: ", P("AGE_OVER_89", str(age)) if old else str(age), "   MRN: ", P("MRN", k.mrn(c)), "   Acct: ", P("ACCOUNT", k.acct(c)), "\nDOS: ", P("DATE", k.date_en(c, day)), "   Procedure: ", proc, "\n")
    d.put("Surgeon: Dr. ", P("NAME_CLINICIAN", k.clin(c).split()[1]), "   Anesthesia: ", P("NAME_CLINICIAN", k.clin(c)), ", CRNA\nInsurance member #: ", P("INSURANCE", k.member(c)), "\n")
    if c.chance(0.5):
        d.put("Photo ID at check-in: ", c.pick("passport ", "foreign passport no. "), P("PASSPORT", k.passport_en(c)), "\n")
    d.put("Time | BP | HR | SpO2 | Pain | Aldrete | RN\n")
    for _ in range(3):
        d.put(f"{c.ri(10, 16)}:{c.ri(10, 59)} | ⟦me|{c.ri(104, 150)}/{c.ri(58, 92)}⟧ | ⟦me|{c.ri(58, 104)}⟧ | ⟦me|{c.ri(93, 100)}%⟧ | {c.ri(0, 6)} | ⟦me|Aldrete {c.ri(7, 10)}⟧ | ", P("NAME_CLINICIAN", k.clin_first(c).lower()), "\n")
    d.put("Meds: ⟦dr|ondansetron⟧ ⟦do|4 mg IV⟧ x1; ⟦dr|hydromorphone⟧ ⟦do|0.2 mg IV⟧ q5min x2.\n")
    rel = c.pick("husband", "wife", "niece", "neighbor")
    d.put("Discharged to ", rel, " ", P("NAME_RELATIVE", k.full(drv)), ", phone ", P("PHONE", k.phone_us(c)), "; ", "car plate " if c.chance(0.7) else "", P("VEHICLE", k.plate_us(c)), " noted at curbside.\n")
    if old:
        d.put("Pt to RN: \"Not bad for ", P("AGE_OVER_89", str(age)), ", huh?\"\n")
    return d


def ncs(c):
    d = Doc()
    p = k.person_en(c)
    day = k.rday(c)
    emp = c.ch(k.EMPLOYER)
    ref = k.clin(c)
    st = c.ch(k.CITY_US)[1]
    dml = c.fl(4.3, 7.9)
    d.put(P("HOSPITAL", c.ch(k.HOSP[:4])), " Neurodiagnostic Lab\nELECTRODIAGNOSTIC REPORT (EMG / NCS)\nStudy #: ", P("ACCESSION", k.accession(c, "NCS")), "\n")
    d.put("Patient: ", P("NAME_PATIENT", k.lastfirst(p)), "  DOB: ", P("DATE", k.date_en(c, k.dob_for(c, c.ri(28, 70), day))), "  MRN: ", P("MRN", k.mrn(c)), "\nReferring: ", P("NAME_CLINICIAN", ref), ", MD  Fax ", P("FAX", k.phone_us(c)), "\nDate of study: ", P("DATE", k.date_en(c, day)), "\n\n")
    d.put("History: ", c.pick("Assembler", "Line cook", "Forklift driver", "Data-entry clerk"), " at ", P("WORKPLACE", emp), " with ", c.ri(3, 14), " months of numbness in the ⟦an|right thumb⟧ and ⟦an|index finger⟧, worse at night. ⟦ep|Tinel's sign⟧ and ⟦ep|Phalen's test⟧ positive.\n")
    d.put(f"Findings: right median ⟦me|distal motor latency {dml} ms⟧, ⟦me|sensory conduction velocity {c.ri(31, 44)} m/s⟧; ulnar normal across ⟦ep|Guyon's canal⟧. Needle EMG of ⟦an|abductor pollicis brevis⟧: ", c.pick("fibrillations 1+", "no active denervation"), ".\n")
    d.put(f"Impression: ⟦fi|{c.pick('moderate', 'severe')} right median neuropathy at the wrist⟧ (⟦ep|carpal tunnel syndrome⟧).\n")
    doc = k.clin(c)
    d.put("Electromyographer: ", P("NAME_CLINICIAN", doc), ", MD  NPI ", P("LICENSE", k.npi(c)), "  ", st, " lic. ", P("LICENSE", k.lic(c, st)), "\ncc: Dr. ", P("NAME_CLINICIAN", ref.split()[1]), "\n")
    return d


def cswaste(c):
    d = Doc()
    h = c.ch(k.HOSP[:4])
    day = k.rday(c)
    d.put("# Controlled substance waste / discrepancy export - ", P("HOSPITAL", h), "\n# exported ", P("DATE", k.date_en(c, day, "iso")), " by ", P("NAME_CLINICIAN", k.clin_first(c).lower()), " from ", P("IP", k.ip4(c) if c.chance(0.7) else k.ip6(c)), "\n")
    d.put("datetime,patient,mrn,drug,dose_given,wasted,waster,witness,case\n")
    for _ in range(c.ri(3, 5)):
        p = k.person_en(c)
        drug, dose, w = c.ch((("HYDROmorphone", "0.5 mg IV", "0.5 mg"), ("fentaNYL", "25 mcg IV", "75 mcg"), ("morphine", "2 mg IV", "2 mg"), ("LORazepam", "0.5 mg IV", "1.5 mg"), ("midazolam", "1 mg IV", "1 mg")))
        w1, w2 = k.clin(c), k.clin(c)
        case = P("OTHER_ID", f"DV-{c.digits(6)}") if c.chance(0.5) else "-"
        d.put(P("DATE", k.date_en(c, k.days(day, -c.ri(0, 2)), "iso")), f" {c.ri(10, 23)}:{c.ri(10, 59)},", P("NAME_PATIENT", f"{p['last'].upper()} {p['first']}" if c.chance(0.6) else k.full(p)), ",", P("MRN", k.mrn(c)), ",", K("DRUG", drug), ",", K("DOSE", dose), ",", w, ",",
              P("NAME_CLINICIAN", w1.split()[0].lower() + "." + w1.split()[1].lower()), ",", P("NAME_CLINICIAN", k.initials(w2)), ",", case, "\n")
    d.put("# case DV- rows routed to pharmacy (", P("NAME_CLINICIAN", k.clin(c)), ", PharmD) for reconciliation\n")
    return d


from templates_v21_en2 import TEMPLATES as _PART2  # noqa: E402

TEMPLATES = [("en21_census", census), ("en21_burn", burn), ("en21_psychosoc", psychosoc), ("en21_pacu", pacu), ("en21_ncs", ncs), ("en21_cswaste", cswaste), *_PART2]
