"""v35 English templates, part 2 (README.md "v35"): a home PT/INR self-testing enrolment, a six-minute
walk test, a respirator medical evaluation and fit test, a home-ventilator setup checklist, a
radiation-oncology CT-simulation setup sheet, an office buprenorphine induction log."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v35_kit as k
from _v35_kit import Doc, P

# fmt: off


def home_inr_enrollment(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, md, rn = k.people(c, 3); d = k.day(c); a = k.age(c, 0.15, 30, 88); dob = k.born(c, a, d)
    ind, tgt = c.ch((("⟦fi|mechanical mitral valve⟧", "⟦lab|INR 2.5-3.5⟧"), ("⟦fi|atrial fibrillation⟧, ⟦me|CHA2DS2-VASc 5⟧", "⟦lab|INR 2.0-3.0⟧"), ("⟦fi|antiphospholipid syndrome⟧", "⟦lab|INR 2.0-3.0⟧"), ("recurrent ⟦fi|pulmonary embolism⟧", "⟦lab|INR 2.0-3.0⟧")))
    doc = Doc().put(c.ch(("AcuHome Monitoring Services", "INRlink Patient Services", "CoagCare Home Testing")), " - PATIENT SELF-TESTING (PT/INR) ENROLLMENT\n", "Return by fax to ", P("FAX", k.phone(c, "888")) if c.chance(0.7) else "the number on the cover", "\n\n")
    doc.put("1. PATIENT\n", "Name: ", P("NAME_PATIENT", pat.full), "   DOB: ", k.dd(c, dob, "slash"), "   Age: ", k.age_p(a), "\n", "Address: ", k.addr(c, t), "\n", "Phone: ", P("PHONE", k.phone(c, t.area)), ("   E-mail: ", P("EMAIL", k.email(c, pat))) if c.chance(0.4) else "", "\n")
    if c.chance(0.3): doc.put("SSN: ", P("SSN", k.ssn(c)), "\n")
    doc.put("2. COVERAGE\n", "Member ID: ", P("INSURANCE", k.member(c)), "   Group: ", P("INSURANCE", k.group(c)), "\n")
    doc.put("3. CLINICAL\n", "Indication: ", ind, "; target ", tgt, "\n", "⟦dr|warfarin⟧ ⟦do|5 mg⟧ daily except ⟦do|2.5 mg⟧ Mon/Fri\n", f"Last clinic ⟦lab|INR {c.fl(1.8, 3.6)}⟧ on ", k.dd(c, k.add(d, -c.ri(2, 20)), "md"), "; specimen ", P("ACCESSION", f"CL{c.digits(2)}-{c.digits(6, False)}"), "\n")
    doc.put("4. DEVICE / TRAINING\n", "Meter serial: ", P("DEVICE", k.serial(c)), "; trained by ", P("NAME_CLINICIAN", rn.full), ", RN on ", k.dd(c, d), "; ⟦pr|fingerstick⟧ technique return-demonstrated\n")
    if c.chance(0.5): rel, cg = k.relative(c, pat, [md, rn], "any"); doc.put("Caregiver performing tests: ", P("NAME_RELATIVE", cg.full), " (", rel, ")\n")
    doc.put("5. PRESCRIBER\n", P("NAME_CLINICIAN", md.lf), ", MD   NPI ", P("LICENSE", k.npi(c)), "\n", "Anticoagulation clinic: ", P("HOSPITAL", hosp), "   order ", P("ACCOUNT", k.fin(c)), "\n")
    return doc


def six_minute_walk(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, rt, md = k.people(c, 3); d = k.day(c); a = k.age(c, 0.25, 40, 88)
    dx = c.ch(("⟦fi|idiopathic pulmonary fibrosis⟧ on ⟦dr|nintedanib⟧ ⟦do|150 mg bid⟧", "⟦fi|pulmonary arterial hypertension⟧ on ⟦dr|ambrisentan⟧ ⟦do|10 mg daily⟧", "⟦fi|COPD⟧ on ⟦dr|tiotropium⟧ ⟦do|2.5 mcg 2 puffs daily⟧", "pre-⟦pr|lung transplant⟧ evaluation, ⟦fi|cystic fibrosis⟧"))
    doc = Doc().put(P("HOSPITAL", hosp), " Pulmonary Function Laboratory\n", "SIX-MINUTE WALK TEST (ATS protocol)\n", "Name: ", P("NAME_PATIENT", pat.lf), "   MRN: ", P("MRN", k.mrn(c)), "   Age: ", k.age_p(a), "   Sex: ", pat.sex, "\n", "Test date: ", k.dd(c, d), "\n")
    doc.put("Dx: ", dx, "\n", f"Height {c.ri(150, 188)} cm   Weight {c.ri(48, 88)} kg   Course: 30 m corridor\n")
    doc.put(f"Pre:  ⟦me|HR {c.ri(66, 88)}⟧  ⟦me|SpO2 {c.ri(92, 97)}%⟧ on room air  ⟦me|BP {k.bp(c)}⟧  ⟦ep|Borg dyspnea scale⟧ {c.ri(0, 2)}\n")
    nadir = c.ri(80, 89)
    doc.put(f"Post: ⟦me|HR {c.ri(104, 132)}⟧  nadir ⟦me|SpO2 {nadir}%⟧  ⟦ep|Borg scale⟧ {c.ri(3, 7)}  stops {c.ri(0, 2)}\n")
    doc.put(f"Distance ⟦me|6MWD {c.ri(180, 520)} m⟧ ({c.ri(35, 85)}% predicted, ⟦ep|Enright equation⟧)\n", "Titration: ⟦dr|oxygen⟧ ⟦do|2 L/min⟧ keeps SpO2 above 88%.\n" if nadir < 88 else "No desaturation requiring ⟦dr|oxygen⟧.\n")
    if c.chance(0.3): doc.put("Oximeter export host ", P("IP", k.ipv4(c)), "\n")
    if c.chance(0.25): rel, kp = k.relative(c, pat, [rt, md], "any"); doc.put("Accompanied by ", rel, " ", P("NAME_RELATIVE", kp.full), "\n")
    doc.put("Technician: ", P("NAME_CLINICIAN", rt.init), ", RRT   Interpreted: ", P("NAME_CLINICIAN", f"Dr. {md.last}"), "  NPI ", P("LICENSE", k.npi(c)), "  ", k.dd(c, k.add(d, c.ri(0, 2)), "md"), "\n")
    return doc


def respirator_fit_test(c) -> Doc:
    t = k.town(c); pat, tech, md = k.people(c, 3); d = k.day(c); a = c.ri(19, 64); dob = k.born(c, a, d); emp = c.ch(k.EMPLOYERS)
    doc = Doc().put(P("HOSPITAL", c.ch((f"{t.name} Occupational Health", k.hospital(c, t)))), "  tel ", P("PHONE", k.phone(c, t.area)), ("  fax ", P("FAX", k.phone(c, t.area))) if c.chance(0.5) else "", "\n", "RESPIRATOR MEDICAL EVALUATION & QUANTITATIVE FIT TEST (29 CFR 1910.134)\n\n")
    doc.put("Employee: ", P("NAME_PATIENT", pat.lf.upper()), "   DOB: ", k.dd(c, dob), "   Employee #: ", P("OTHER_ID", c.digits(6)), "\n", "Employer: ", P("WORKPLACE", emp), "   Job: ", c.ch(("sanitation crew", "spray painter", "grain elevator operator", "maintenance mechanic")), "\n")
    if c.chance(0.5): doc.put("Results e-mailed to employee: ", P("EMAIL", k.email(c, pat)), "\n")
    doc.put("Questionnaire: ", c.ch(("⟦fi|mild intermittent asthma⟧, ⟦dr|albuterol⟧ ⟦do|2 puffs PRN⟧", "no ⟦fi|claustrophobia⟧, no cardiac history", "⟦fi|hypertension⟧ on ⟦dr|lisinopril⟧ ⟦do|10 mg daily⟧", "former smoker, no ⟦fi|dyspnea on exertion⟧")), "\n")
    doc.put(f"⟦pr|Spirometry⟧: ⟦lab|FEV1 {c.ri(72, 88)}% predicted⟧, ⟦lab|FEV1/FVC {c.ri(70, 84)}%⟧; ⟦me|BP {k.bp(c)}⟧\n")
    doc.put(f"Respirator: half-face elastomeric, P100 cartridges, size M\n⟦pr|Quantitative fit test⟧ (condensation nuclei counter), overall fit factor {c.ri(140, 480)}: PASS\n")
    doc.put("Clearance: full use, re-test due ", k.dd(c, k.add(d, 365), c.ch(("slash", "long"))), "\n", "Tested by ", P("NAME_CLINICIAN", f"{tech.first} {tech.last[0]}."), "   PLHCP: ", P("NAME_CLINICIAN", md.full), ", MD  NPI ", P("LICENSE", k.npi(c)), "\n", "Billed to employer account ", P("ACCOUNT", k.fin(c)), "\n")
    return doc


def home_vent_setup(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, rt, md = k.people(c, 3); d = k.day(c); a = k.age(c, 0.15, 20, 88)
    dx = c.ch(("⟦fi|amyotrophic lateral sclerosis⟧, ⟦me|FVC 38% predicted⟧", "⟦fi|Duchenne muscular dystrophy⟧" if pat.sex == "M" else "⟦fi|spinal muscular atrophy type 3⟧", "⟦fi|chronic hypercapnic respiratory failure⟧ (⟦fi|COPD⟧), ⟦lab|PaCO2 58 mmHg⟧", "⟦fi|obesity hypoventilation syndrome⟧, ⟦me|BMI 47⟧"))
    doc = Doc().put(c.ch(("NorthStar Respiratory", "Summit Home Medical", "Airway Home Care")), " - HOME VENTILATOR SET-UP / RT CHECKLIST\n", "Set-up date: ", k.dd(c, d), "   Discharged from ", P("HOSPITAL", hosp), "\n\n")
    doc.put("Patient: ", P("NAME_PATIENT", pat.full), "  Age ", k.age_p(a), "   MRN ", P("MRN", k.mrn(c)), "\n", "Address: ", k.addr(c, t), "\n", "Phone: ", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put("Ins ID: ", P("INSURANCE", k.member(c)), "\n", "Dx: ", dx, "\n")
    doc.put("Ventilator S/N ", P("DEVICE", k.serial(c)), "   backup S/N ", P("DEVICE", k.serial(c)), "\n" if c.chance(0.6) else "  (no backup)\n")
    doc.put(f"Mode: ⟦me|AVAPS⟧, ⟦me|IPAP max {c.ri(18, 28)} cmH2O⟧, ⟦me|EPAP {c.ri(5, 8)} cmH2O⟧, ⟦me|rate {c.ri(12, 16)}⟧; ⟦dr|oxygen⟧ bleed ⟦do|{c.ri(1, 3)} L/min⟧\n")
    doc.put("Interface: full-face mask, size M. Humidifier, ⟦pr|suctioning⟧ and ⟦pr|cough assist⟧ taught.\n")
    rel, cg = k.relative(c, pat, [rt, md], "any"); doc.put("Primary caregiver: ", P("NAME_RELATIVE", cg.full), " (", rel, "), cell ", P("PHONE", k.phone(c, t.area)), "\n")
    if c.chance(0.5): doc.put("Delivered in van plate ", P("VEHICLE", k.plate(c)), "\n")
    doc.put("Pulmonologist: ", P("NAME_CLINICIAN", f"Dr. {md.last}"), ("  fax ", P("FAX", k.phone(c, t.area))) if c.chance(0.5) else "", "\n", "RT: ", P("NAME_CLINICIAN", rt.full), ", RRT   next visit ", k.dd(c, k.add(d, 7), "md"), "\n")
    return doc


def radiation_sim_setup(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, ro, th, dos = k.people(c, 4); d = k.day(c); a = k.age(c, 0.15, 30, 88); dob = k.born(c, a, d)
    site, dose = c.ch((("⟦an|left breast⟧, ⟦pr|deep inspiration breath hold⟧", "⟦do|40.05 Gy in 15 fractions⟧"), ("⟦an|prostate⟧ and ⟦an|seminal vesicles⟧", "⟦do|70 Gy in 28 fractions⟧"), ("⟦an|right upper lobe⟧ nodule, ⟦pr|SBRT⟧", "⟦do|54 Gy in 3 fractions⟧"), ("⟦an|whole brain⟧, ⟦pr|hippocampal avoidance⟧", "⟦do|30 Gy in 10 fractions⟧"), ("⟦an|rectum⟧, with ⟦dr|capecitabine⟧", "⟦do|50.4 Gy in 28 fractions⟧")))
    doc = Doc().put(P("HOSPITAL", hosp), " Radiation Oncology\n", "CT SIMULATION SET-UP SHEET\n", "Sim date ", k.dd(c, d, c.ch(("slash", "dmy"))), "   CT study ", P("ACCESSION", f"RTS{c.digits(6)}"), "\n")
    if c.chance(0.6): doc.put("Console ", P("IP", k.ipv4(c)), "\n")
    doc.put("Patient ", P("NAME_PATIENT", pat.lf), "   DOB ", k.dd(c, dob), "   Age ", k.age_p(a), "   MRN ", P("MRN", k.mrn(c)), "\n", "Site: ", site, "   Rx: ", dose, "\n")
    doc.put("Position: supine, arms up on wing board, knee sponge; vac-lok bag #", c.ri(10, 89), "; three ⟦pr|tattoos⟧ placed (⟦an|sternum⟧ and both lateral).\n")
    doc.put(f"Contrast: ⟦dr|iohexol⟧ ⟦do|{c.ri(60, 80)} mL IV⟧; ⟦lab|creatinine {c.fl(0.6, 1.3)} mg/dL⟧ on ", k.dd(c, k.add(d, -c.ri(2, 20)), "md"), "\n")
    if c.chance(0.6): doc.put("Daily parking permit: vehicle ", P("VEHICLE", k.plate(c)), " (", t.state, ")\n")
    if c.chance(0.25): doc.put("Employer (disability paperwork): ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "\n")
    doc.put("Physician: ", P("NAME_CLINICIAN", f"{ro.first} {ro.last}"), ", MD   Therapists: ", P("NAME_CLINICIAN", th.init), " / ", P("NAME_CLINICIAN", f"{dos.first[0]}{dos.last[0]}"), "\n")
    if c.chance(0.5): doc.put("Referring office fax ", P("FAX", k.phone(c, t.area)), "\n")
    doc.put("Start first fraction ", k.dd(c, k.add(d, c.ri(5, 12)), "mon"), " after ⟦pr|IMRT⟧ plan QA.\n")
    return doc


def buprenorphine_induction(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, md, rn = k.people(c, 3); d = k.day(c); a = c.ri(19, 67); dob = k.born(c, a, d)
    doc = Doc().put(P("HOSPITAL", c.ch((f"{t.name} Bridge Clinic", hosp))), " - OFFICE BUPRENORPHINE INDUCTION LOG\n", "Induction date ", k.dd(c, d), "\n", "Pt ", P("NAME_PATIENT", pat.lf.upper()), "  DOB ", k.dd(c, dob, c.ch(("slash", "dot"))), "  MRN ", P("MRN", k.mrn(c)), "\n")
    if c.chance(0.5): doc.put("ID: passport ", P("PASSPORT", k.passport(c)), "\n")
    doc.put("Medicaid ID ", P("INSURANCE", k.member(c)), "   PDMP query ", P("OTHER_ID", f"PMP{c.digits(8)}"), " reviewed\n", "Last use: ", c.ch(("⟦dr|fentanyl⟧ (smoked)", "⟦dr|oxycodone⟧ ⟦do|30 mg⟧ tabs", "⟦dr|heroin⟧ IV")), " ", c.ri(14, 40), " h ago; ⟦lab|urine drug screen⟧ + ⟦lab|fentanyl⟧\n\n")
    doc.put("Time  | ⟦me|COWS⟧ | dose\n")
    hh = c.ri(8, 11)
    for i in range(c.ri(3, 4)):
        doc.put(f"{hh + i}:{c.ch(('00', '15', '30'))} | {c.ri(6, 15)} | ", c.ch(("⟦dr|buprenorphine-naloxone⟧ ⟦do|4 mg/1 mg SL⟧", "⟦dr|buprenorphine⟧ ⟦do|2 mg SL⟧", "none, reassess")), "\n")
    doc.put(f"\nVitals ⟦me|BP {k.bp(c)}⟧, ⟦me|HR {c.ri(64, 88)}⟧; pupils 4 mm. No ⟦fi|precipitated withdrawal⟧.\n")
    doc.put("Discharge Rx ", "#", P("OTHER_ID", c.digits(7)), ": ⟦dr|buprenorphine-naloxone⟧ ⟦do|8 mg/2 mg⟧ daily x7; ⟦dr|naloxone nasal spray⟧ ⟦do|4 mg⟧ dispensed.\n")
    if c.chance(0.5): rel, kp = k.relative(c, pat, [md, rn], "any"); doc.put("Support person: ", P("NAME_RELATIVE", kp.first), " (", rel, ") ", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put("Prescriber ", P("NAME_CLINICIAN", md.full), ", MD  DEA ", P("LICENSE", f"{c.ch('AB')}{md.last[0]}{c.digits(7)}"), ("  fax ", P("FAX", k.phone(c, t.area))) if c.chance(0.4) else "", "\n", "RN ", P("NAME_CLINICIAN", rn.first), "; f/u ", k.dd(c, k.add(d, 7), "md"), "\n")
    return doc
# fmt: on


TEMPLATES = [
    ("en35_home_inr_enrollment", home_inr_enrollment),
    ("en35_six_minute_walk", six_minute_walk),
    ("en35_respirator_fit_test", respirator_fit_test),
    ("en35_home_vent_setup", home_vent_setup),
    ("en35_radiation_sim_setup", radiation_sim_setup),
    ("en35_buprenorphine_induction", buprenorphine_induction),
]
