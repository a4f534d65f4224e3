"""v34 English templates, part 2 (README.md "v34"): a payment-plan agreement, a pharmacy
medication-synchronisation enrolment, a willed-body donation acceptance, a FIT-kit mail-out, a
hospice medication disposal record, an outpatient draw-station log."""

# ruff: noqa: E501, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v34_kit as k
from _v34_kit import Doc, P

# fmt: off
SERVICES = (("⟦pr|MRI lumbar spine⟧ for ⟦fi|L5-S1 disc herniation⟧", 2140), ("⟦pr|laparoscopic appendectomy⟧ for ⟦fi|acute appendicitis⟧", 9860),
            ("ED visit: ⟦fi|distal radius fracture⟧, ⟦pr|closed reduction⟧", 3215), ("⟦pr|colonoscopy with polypectomy⟧, ⟦fi|tubular adenoma⟧", 2780),
            ("⟦pr|cardiac catheterization⟧, ⟦fi|unstable angina⟧", 14320))
MEDS = (("⟦dr|lisinopril⟧", "⟦do|20 mg daily⟧"), ("⟦dr|metformin ER⟧", "⟦do|500 mg 2 tabs with supper⟧"), ("⟦dr|atorvastatin⟧", "⟦do|40 mg at bedtime⟧"),
        ("⟦dr|levothyroxine⟧", "⟦do|88 mcg daily⟧"), ("⟦dr|amlodipine⟧", "⟦do|5 mg daily⟧"), ("⟦dr|sertraline⟧", "⟦do|100 mg daily⟧"),
        ("⟦dr|tamsulosin⟧", "⟦do|0.4 mg daily⟧"), ("⟦dr|furosemide⟧", "⟦do|40 mg every morning⟧"), ("⟦dr|empagliflozin⟧", "⟦do|10 mg daily⟧"), ("⟦dr|warfarin⟧", "⟦do|5 mg M/W/F⟧"))
OPIOIDS = (("⟦dr|morphine sulfate oral solution⟧ ⟦do|20 mg/mL⟧", "mL"), ("⟦dr|oxycodone⟧ ⟦do|5 mg⟧ tabs", "tabs"), ("⟦dr|hydromorphone⟧ ⟦do|2 mg⟧ tabs", "tabs"),
           ("⟦dr|lorazepam⟧ ⟦do|0.5 mg⟧ tabs", "tabs"), ("⟦dr|fentanyl⟧ ⟦do|25 mcg/h⟧ patches", "patches"), ("⟦dr|haloperidol⟧ ⟦do|2 mg/mL⟧ oral conc.", "mL"))
DRAWS = (("CMP, lipid", "⟦lab|fasting glucose 112 mg/dL⟧"), ("CBC", "⟦lab|hemoglobin 9.8 g/dL⟧"), ("PT/INR", "⟦lab|INR 3.4⟧ - called to anticoag RN"), ("HbA1c", "⟦lab|HbA1c 8.1%⟧"),
         ("TSH", "⟦lab|TSH 0.12 mIU/L⟧"), ("BMP", "⟦lab|potassium 5.9 mmol/L⟧ - hemolyzed? redraw"), ("PSA", "⟦lab|PSA 6.2 ng/mL⟧"), ("lithium", "⟦lab|lithium 1.3 mmol/L⟧"))
# fmt: on


# fmt: off
def payment_plan_agreement(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, fc = k.people(c, 2); d = k.day(c); a = k.age(c, 0.0, 4, 80); dob = k.born(c, a, d)
    minor = a < 18
    if minor:
        rel = c.ch(("mother", "father"))
        g = k.person(c, "F" if rel == "mother" else "M")._replace(last=pat.last)
    else:
        rel, g = k.kin(c, pat, [fc])
    guar = g if minor else pat
    svc, amt = c.ch(SERVICES); mo = c.ch((50, 75, 100, 150))
    doc = Doc().put(P("HOSPITAL", hosp), " Patient Financial Services   Ph ", P("PHONE", k.phone(c, t.area)))
    doc.put(["   Fax ", P("FAX", k.phone(c, t.area))] if c.chance(0.5) else "", "\nINTEREST-FREE PAYMENT PLAN AGREEMENT\n\n")
    doc.put("Patient: ", P("NAME_PATIENT", pat.lf), "   DOB ", k.dd(c, dob, "slash"), "\n")
    if minor:
        doc.put("Guarantor: ", P("NAME_RELATIVE", guar.full), " (", rel, ")\n")
    else:
        doc.put("Guarantor: self\n")
    doc.put("SSN (guarantor): ", P("SSN", k.ssn(c)) if c.chance(0.5) else "on file", "\nAddress: ", k.addr(c, t), "\nPhone: ", P("PHONE", k.phone(c, t.area)))
    doc.put(["   E-mail: ", P("EMAIL", k.email(c, guar))] if c.chance(0.6) else "", "\n")
    if c.chance(0.7):
        doc.put("Employer: ", P("WORKPLACE", c.ch(k.EMPLOYERS)), " (", c.ch(("full time", "part time", "seasonal")), ")\n")
    doc.put("\nAccount(s):\n  ", P("ACCOUNT", k.fin(c)), "  DOS ", k.dd(c, k.add(d, -c.ri(30, 120)), "short"), "  ", svc, "  balance after insurance $", amt // c.ri(3, 8), "\n")
    if c.chance(0.4):
        doc.put("  ", P("ACCOUNT", k.fin(c)), "  DOS ", k.dd(c, k.add(d, -c.ri(5, 29)), "short"), "  follow-up ⟦pr|X-ray⟧ ⟦an|left wrist⟧, ⟦dr|ondansetron⟧ ⟦do|4 mg ODT⟧ given  $", c.ri(90, 400), "\n")
    doc.put("\nMonthly payment $", mo, " due on the ", c.ch(("1st", "15th", "20th")), "; first payment ", k.dd(c, k.add(d, c.ri(10, 30)), "long"), ".\n")
    if c.chance(0.6):
        doc.put("Pay online: ", P("URL", k.link(c, "pay.patientbill.example")), "\n")
    doc.put("Signed ", P("NAME_RELATIVE" if minor else "NAME_PATIENT", f"{guar.first[0]}. {guar.last}"), " ", k.dd(c, d, "slash"), "   Financial counselor ", P("NAME_CLINICIAN", fc.full), "\n")
    return doc


def med_sync_enrollment(c) -> Doc:
    t = k.town(c); ph = c.ch((f"{t.name} Apothecary", f"Main Street Pharmacy of {t.name}", "Prairie Rose Pharmacy", "Lakeview Community Pharmacy"))
    pat, md, rph = k.people(c, 3); d = k.day(c); a = k.age(c, 0.08, 40, 88); dob = k.born(c, a, d)
    doc = Doc().put(P("HOSPITAL", ph), "  ", P("PHONE", k.phone(c, t.area)), "\nMEDICATION SYNCHRONIZATION (\"Med Sync\") ENROLLMENT\n")
    doc.put("Patient: ", P("NAME_PATIENT", pat.full), "   DOB: ", k.dd(c, dob), "   Phone: ", P("PHONE", k.phone(c, t.area)), "\nAddress: ", k.addr(c, t), "\n")
    doc.put("Plan member ID ", P("INSURANCE", k.member(c)), "   Group ", P("INSURANCE", k.group(c)), "\n")
    if c.chance(0.4):
        doc.put("Text/e-mail refill alerts to ", P("EMAIL", k.email(c, pat)), "\n")
    doc.put("Sync date: ", k.dd(c, k.add(d, c.ri(5, 15)), "md"), " of each month (28-day fills)\n\nRx#        | Drug / sig | short fill\n")
    for drug, sig in c.sample(MEDS, c.ri(3, 5)):
        doc.put(P("OTHER_ID", f"{c.ri(1, 9)}{c.digits(6, False)}"), " | ", drug, " ", sig, " | ", c.ri(2, 26), " days\n")
    doc.put("\nPrescriber: ", P("NAME_CLINICIAN", f"{md.first[0]}. {md.last}"), ", MD  NPI ", P("LICENSE", k.npi(c)))
    doc.put(["  fax ", P("FAX", k.phone(c, t.area))] if c.chance(0.6) else "", "\n")
    if c.chance(0.5):
        rel, kp = k.kin(c, pat, [md, rph], old=a > 70)
        doc.put("Pick-up by ", rel, " ", P("NAME_RELATIVE", kp.first), " on sync day.\n")
    doc.put("Clinical notes: last ⟦lab|creatinine ", c.fl(0.7, 1.9), " mg/dL⟧; ⟦fi|", c.ch(("type 2 diabetes", "hypertension", "hypothyroidism", "atrial fibrillation")), "⟧; ⟦me|BP ", c.ri(118, 152), "/", c.ri(68, 94), "⟧ at counseling\n")
    if c.chance(0.4):
        doc.put("Refill portal: ", P("URL", k.link(c, "rx.medsync.example")), "\n")
    doc.put("Enrolled by ", P("NAME_CLINICIAN", rph.full), ", RPh  ", k.dd(c, d, "slash"), "\n")
    return doc


def body_donation_acceptance(c) -> Doc:
    t = k.town(c); pat, coord, md = k.people(c, 3); d = k.day(c); a = k.age(c, 0.4, 55, 89); dob = k.born(c, a, d)
    rel, nok = k.kin(c, pat, [coord, md], old=a > 70); rel2, nok2 = k.kin(c, pat, [coord, md, nok], old=a > 70)
    uni = c.ch(("State University College of Medicine", "Northern Plains School of Medicine", "Heartland Health Sciences University"))
    doc = Doc().put(uni, " - Anatomical Gift (Willed Body) Program\nDONOR ACCEPTANCE AND PRE-REGISTRATION\n\n")
    doc.put("Donor no.: ", P("OTHER_ID", f"WB-{c.digits(2)}-{c.digits(4, False)}"), "   Date accepted: ", k.dd(c, d, "long"), "\n")
    doc.put("Donor: ", P("NAME_PATIENT", f"{pat.first} {c.ch('ABCDEFGHJKLMR')}. {pat.last}"), "   DOB ", k.dd(c, dob, "slash"), "   age ", k.age_p(a), "\n")
    doc.put("SSN ", P("SSN", k.ssn(c)) if c.chance(0.8) else "(to follow)", "\nResidence: ", k.addr(c, t), "   ", P("PHONE", k.phone(c, t.area)), "\n")
    if c.chance(0.4):
        doc.put("Usual occupation: retired from ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "\n")
    doc.put("Next of kin: ", P("NAME_RELATIVE", nok.full), " (", rel, ") ", P("PHONE", k.phone(c, t.area)), "; alternate ", P("NAME_RELATIVE", nok2.full), " (", rel2, ")\n")
    doc.put("Primary physician: Dr. ", P("NAME_CLINICIAN", md.last), "\n")
    if c.chance(0.5):
        doc.put("Currently enrolled with ", P("HOSPITAL", c.ch((f"{t.name} Hospice", "Evening Star Hospice", f"Hospice of {t.name}"))), "\n")
    doc.put("\nScreening (donor is NOT accepted with): ⟦fi|MRSA⟧, ⟦fi|hepatitis B⟧/⟦fi|hepatitis C⟧, ⟦fi|HIV⟧, ⟦fi|Creutzfeldt-Jakob disease⟧, ⟦me|BMI⟧ over 35, ⟦pr|autopsy⟧ or ⟦pr|organ donation⟧\n")
    doc.put("Reported: ⟦fi|", c.ch(("metastatic prostate cancer", "COPD", "Alzheimer disease", "congestive heart failure", "Parkinson's disease")), "⟧; weight ", c.ri(110, 210), " lb; ⟦me|BMI ", c.fl(19, 31), "⟧; ", c.ch(("⟦pr|right hip arthroplasty⟧", "⟦pr|CABG⟧", "⟦pr|pacemaker implantation⟧ (to be explanted)", "no surgery")), "\n")
    if c.chance(0.6):
        doc.put("Removal service vehicle on file: plate ", P("VEHICLE", k.plate(c)), "\n")
    doc.put("\nAt death call 24/7 ", P("PHONE", k.phone(c, t.area)), ". Coordinator ", P("NAME_CLINICIAN", coord.full), " ", P("EMAIL", f"{coord.first[0].lower()}{coord.last.lower()}@wbp.example.edu"), "\n")
    return doc


def fit_kit_mailer(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, md = k.people(c, 2); d = k.day(c); a = c.ri(45, 75); dob = k.born(c, a, d)
    pos = c.chance(0.3)
    doc = Doc().put(P("HOSPITAL", hosp), " - Colorectal Cancer Screening Outreach\n", P("NAME_PATIENT", pat.full.upper()), "\n", k.addr(c, t), "\n\n")
    doc.put(k.dd(c, d, "long"), "\n\nDear ", P("NAME_PATIENT", f"{'Mr.' if pat.sex == 'M' else 'Ms.'} {pat.last}"), ",\nOur records show you are due for colorectal cancer screening. Enclosed is a ⟦pr|fecal immunochemical test⟧ (FIT) kit.\n")
    doc.put("Return by: ", k.dd(c, k.add(d, 30), "slash"), "   Kit barcode ", P("ACCESSION", f"{c.digits(10)}"), "   Req # ", P("OTHER_ID", f"RQ{c.digits(7)}"), "\n")
    doc.put("DOB ", k.dd(c, dob, "slash"), "  MRN ", P("MRN", k.mrn(c)), "  Member ", P("INSURANCE", k.member(c)), "\nOrdering provider ", P("NAME_CLINICIAN", f"{md.last}, {md.first[0]}"), "\n")
    if c.chance(0.5):
        doc.put("Watch the how-to video: ", P("URL", k.link(c, "fit.screen.example")), "\n")
    doc.put("Questions: ", P("PHONE", k.phone(c, t.area)))
    doc.put([" or ", P("EMAIL", k.email(c, md).split("@")[0] + "@clinic.example.org")] if c.chance(0.3) else "", "\n\n--- lab use ---\nReceived ", k.dd(c, k.add(d, c.ri(8, 25)), "md"), "; ")
    if pos:
        doc.put("⟦lab|FIT positive⟧ (⟦lab|f-Hb 96 ng/mL⟧) -> ⟦pr|diagnostic colonoscopy⟧ referral; hold ⟦dr|clopidogrel⟧ ⟦do|75 mg⟧ 5 days per ⟦an|GI⟧ RN\n")
    else:
        doc.put("⟦lab|FIT negative⟧; repeat in 1 year. Hx: ⟦fi|", c.ch(("hemorrhoids", "diverticulosis", "iron deficiency anemia")), "⟧; ⟦ep|Lynch syndrome⟧ screen negative\n")
    return doc


def med_disposal_record(c) -> Doc:
    t = k.town(c); hosp = c.ch((f"{t.name} Area Hospice", "Lighthouse Hospice & Palliative Care", "Golden Meadow Hospice")); pat, rn = k.people(c, 2)
    d = k.day(c); a = k.age(c, 0.3, 50, 89)
    rel, w = k.kin(c, pat, [rn], old=True)
    doc = Doc().put(P("HOSPITAL", hosp), " - HOME MEDICATION DISPOSAL RECORD (controlled substances)\n")
    doc.put("Patient: ", P("NAME_PATIENT", pat.lf), "   Age ", k.age_p(a), "   MR# ", P("MRN", k.mrn(c)), "\n")
    why = c.ch(("death in home", "death in home", "revocation of hospice benefit", "medication discontinued"))
    doc.put("Reason: ", why, " on ", k.dd(c, d, "slash"), "; dx ⟦fi|", c.ch(("metastatic pancreatic cancer", "end-stage COPD", "ALS", "end-stage heart failure")), "⟧\n\n")
    doc.put("Rx #     | medication | qty destroyed | method\n")
    for drug, unit in c.sample(OPIOIDS, c.ri(2, 4)):
        doc.put(P("OTHER_ID", f"RX{c.digits(7)}"), " | ", drug, " | ", c.ri(3, 60), " ", unit, " | ", c.ch(("mixed w/ coffee grounds, sealed bag", "drug deactivation pouch", "patch folded sticky sides together")), "\n")
    doc.put("\nWitness (family): ", P("NAME_RELATIVE", w.full), " (", rel, ")  ", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put("Nurse: ", P("NAME_CLINICIAN", f"{rn.first} {rn.last}"), ", RN  date ", k.dd(c, d, "md"), "\n")
    doc.put(["Last vitals before death: ⟦me|RR ", c.ri(4, 10), "⟧, ⟦fi|mottling⟧ of ⟦an|lower extremities⟧, ⟦fi|Cheyne-Stokes respirations⟧\n"] if why == "death in home" else "Vitals: ⟦me|RR 16⟧; ⟦fi|Cheyne-Stokes respirations⟧ resolved\n")
    return doc


def phlebotomy_draw_log(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); d = k.day(c); staff = k.people(c, 2)
    doc = Doc().put(P("HOSPITAL", hosp), " Outpatient Lab - Draw Station ", c.ri(1, 4), "   print ", k.dd(c, d, "iso"), "  host ", P("IP", k.ipv4(c)), "\n")
    doc.put("Phlebotomists on: ", P("NAME_CLINICIAN", staff[0].first), " / ", P("NAME_CLINICIAN", f"{staff[1].first[0]}{staff[1].last}".lower()), "\n")
    doc.put("TIME | PATIENT | DOB | MRN | REQ BARCODE | ORDERED | STAT RESULT / NOTE | BY\n")
    for _ in range(c.ri(3, 5)):
        p = k.person(c); a = k.age(c, 0.05, 18, 88); test, res = c.ch(DRAWS)
        note = c.ch(("", "", "⟦fi|vasovagal syncope⟧ - supine, juice", "⟦an|left antecubital⟧ x2 attempts", "⟦an|dorsal hand⟧ butterfly", "on ⟦dr|apixaban⟧ - pressure 5 min"))
        doc.put(f"{c.ri(7, 15)}:{c.ri(0, 5)}{c.ri(0, 9)}", " | ", P("NAME_PATIENT", p.lf.upper()), " | ", k.dd(c, k.born(c, a, d), "slash"), " | ", P("MRN", k.mrn(c)), " | ", P("ACCESSION", f"{c.digits(2)}{c.letters(1)}{c.digits(6, False)}"), " | ", test, " | ", res, " ", note, " | ", P("NAME_CLINICIAN", c.ch(staff).first), "\n")
    doc.put("\nCritical values phoned per policy; ⟦ep|Allen test⟧ documented for any ⟦pr|arterial puncture⟧.\n")
    return doc
# fmt: on

TEMPLATES = [
    ("en34_payment_plan_agreement", payment_plan_agreement),
    ("en34_med_sync_enrollment", med_sync_enrollment),
    ("en34_body_donation_acceptance", body_donation_acceptance),
    ("en34_fit_kit_mailer", fit_kit_mailer),
    ("en34_med_disposal_record", med_disposal_record),
    ("en34_phlebotomy_draw_log", phlebotomy_draw_log),
]
