"""v36 English templates, part 2 (README.md "v36"): a school homebound-instruction medical certification,
a medical examiner's cremation authorization, an HLA typing report, a newborn CCHD pulse-oximetry screen,
an HIV PrEP quarterly follow-up in pipes, a pre-operative autologous blood donation record."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v36_kit as k
from _v36_kit import Doc, P

# fmt: off


def homebound_instruction(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, md = k.people(c, 2); d = k.day(c); a = c.ri(6, 17); dob = k.born(c, a, d)
    rel, par = k.relative(c, pat, [md], "parent")
    dx = c.ch(("⟦fi|acute lymphoblastic leukemia⟧ in induction (⟦dr|vincristine⟧, ⟦dr|dexamethasone⟧)", "⟦fi|Crohn's disease⟧ flare on ⟦dr|infliximab⟧ ⟦do|5 mg/kg⟧", "recovery from ⟦pr|spinal fusion⟧ for ⟦fi|adolescent idiopathic scoliosis⟧", "⟦fi|postural orthostatic tachycardia syndrome⟧, ⟦me|HR rise 44 bpm⟧ on ⟦ep|tilt-table test⟧", "⟦fi|Legg-Calve-Perthes disease⟧ after ⟦pr|femoral osteotomy⟧, non-weight-bearing"))
    doc = Doc().put("HOMEBOUND / HOSPITAL INSTRUCTION - PHYSICIAN CERTIFICATION\n(to be returned to District Student Services)\n\n")
    doc.put("Student name: ", P("NAME_PATIENT", pat.full), "\nDate of birth: ", k.dd(c, dob, "slash"), "   Grade: ", str(max(1, a - 5)), "\nStudent ID #: ", P("OTHER_ID", c.ch((c.digits(7), f"S{c.digits(8)}"))), "\n")
    doc.put("Parent/guardian: ", P("NAME_RELATIVE", par.full), f" ({rel})\nHome address: ", k.addr(c, t), "\nPhone: ", P("PHONE", k.phone(c, t.area)))
    if c.chance(0.6): doc.put("   E-mail: ", P("EMAIL", k.email(c, par)))
    doc.put("\n\nPART B (physician)\nDiagnosis: ", dx, "\n", "The student is unable to attend school from ", k.dd(c, k.add(d, 2), "long"), " to ", k.dd(c, k.add(d, c.ri(30, 120)), "long"), ".\n")
    doc.put("Restrictions: ", c.ch(("no contact with ill classmates (⟦lab|ANC 300⟧)", "no stairs, ⟦an|left hip⟧ protected", "rest periods q2h", "may attend half days after week 4")), "\n", "Can receive instruction at home: ", c.ch(("Yes, up to 5 h/week", "Yes, virtual only", "Yes, in hospital")), "\n")
    if c.chance(0.5): doc.put("Virtual classroom link: ", P("URL", k.link(c, "learn.k12homebound.net", "room/")), "\n")
    doc.put("\nPhysician: ", P("NAME_CLINICIAN", md.full), ", MD   ", P("HOSPITAL", hosp), "\n")
    if c.chance(0.6): doc.put("License no. ", P("LICENSE", k.state_lic(c, t.state)), "   ")
    doc.put("Office ", P("PHONE", k.phone(c, t.area)), "  Fax ", P("FAX", k.phone(c, t.area)), "\nSigned ", k.dd(c, d), "\n")
    return doc


def cremation_authorization(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, inv, att = k.people(c, 3); d = k.day(c); a = k.age(c, 0.55, 56, 89); dob = k.born(c, a, d)
    rel, nok = k.relative(c, pat, [inv, att], c.ch(("spouse", "child")))
    doc = Doc().put("OFFICE OF THE COUNTY MEDICAL EXAMINER\nAUTHORIZATION TO CREMATE / ME CLEARANCE\n\n", "ME case no.: ", P("OTHER_ID", f"ME-{d.year % 100:02d}-{c.digits(4)}"), "     Death certificate no.: ", P("OTHER_ID", f"{d.year}{c.digits(6)}"), "\n\n")
    doc.put("DECEDENT: ", P("NAME_PATIENT", pat.lf.upper()), "\nAge: ", k.age_p(a), "   Sex: ", pat.sex, "   DOB: ", k.dd(c, dob, "slash"), "   SSN: ", P("SSN", k.ssn(c)), "\n")
    doc.put("Residence: ", k.addr(c, t), "\n")
    if c.chance(0.7): doc.put("Usual occupation / employer: ", c.ch(("machinist", "retired bookkeeper", "truck driver", "teacher")), ", ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "\n")
    if c.chance(0.25): doc.put("Foreign national; passport ", P("PASSPORT", k.passport(c)), " held by consulate\n")
    doc.put("Date of death: ", k.dd(c, d, c.ch(("long", "slash"))), "   Place: ", P("HOSPITAL", hosp), "\n", "Cause of death: ", c.ch(("⟦fi|metastatic pancreatic adenocarcinoma⟧", "⟦fi|acute myocardial infarction⟧ due to ⟦fi|coronary artery disease⟧", "⟦fi|aspiration pneumonia⟧ due to ⟦fi|Alzheimer's dementia⟧", "⟦fi|hip fracture⟧ complications after fall", "⟦ep|Parkinson's disease⟧ with ⟦fi|aspiration pneumonia⟧")), "\n", "Certifying physician: ", P("NAME_CLINICIAN", att.init), ", MD\n")
    if c.chance(0.6): doc.put("\nMedical devices: ", c.ch(("pacemaker", "ICD", "spinal cord stimulator")), " SN ", P("DEVICE", k.serial(c)), " - REMOVED prior to cremation")
    else: doc.put("\nMedical devices: none")
    doc.put("\nBody examined externally: ", c.ch(("no trauma", "⟦fi|ecchymosis⟧ of ⟦an|left forearm⟧ consistent with anticoagulation (⟦dr|apixaban⟧)")), "\n")
    doc.put("Investigator: ", P("NAME_CLINICIAN", inv.full), "   Released ", k.dd(c, k.add(d, c.ri(1, 3)), "md"), "\n\n", "Next of kin (", rel, "): ", P("NAME_RELATIVE", nok.full), "   Tel ", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put("Funeral home: ", c.ch(("Evergreen Funeral Chapel", "Hillcrest Cremation Services", "Quiet Pines Mortuary")), "  director lic. ", P("LICENSE", c.ch((f"FD{c.digits(5)}", f"{t.state}{c.digits(6)}"))), "  fax ", P("FAX", k.phone(c, t.area)), "\n")
    if c.chance(0.85): doc.put("Removal vehicle plate: ", P("VEHICLE", k.plate(c)), "\n")
    doc.put("ME signature: ", P("NAME_CLINICIAN", c.ch((inv.ini, inv.init))), "\n")
    return doc


def hla_typing_report(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, dirc, coord = k.people(c, 3); d = k.day(c); a = k.age(c, 0.0, 8, 70); dob = k.born(c, a, d)
    rel, sib = k.relative(c, pat, [dirc, coord], "sibling")
    doc = Doc().put(P("HOSPITAL", hosp), " Histocompatibility & Immunogenetics Laboratory\n", "HLA TYPING REPORT (NGS, high resolution)\n\n")
    doc.put("Recipient: ", P("NAME_PATIENT", pat.lf), "  DOB ", k.dd(c, dob, "iso"), "  MRN ", P("MRN", k.mrn(c)), "\n", "Specimen: ", P("ACCESSION", k.acc(c, "HL")), "  collected ", k.dd(c, d, "iso"), "  (buccal swab / EDTA)\n")
    if c.chance(0.6): doc.put("Registry ID: ", P("OTHER_ID", f"{c.letters(3)}{c.digits(4)}"), "  Payer ID ", P("INSURANCE", k.member(c)), "\n")
    if c.chance(0.45): doc.put("Passport (international referral): ", P("PASSPORT", k.passport(c)), "\n")
    doc.put("Indication: ", c.ch(("⟦pr|allogeneic stem cell transplant⟧ for ⟦fi|acute myeloid leukemia⟧", "⟦pr|kidney transplant⟧ evaluation, ⟦fi|IgA nephropathy⟧", "⟦pr|allogeneic stem cell transplant⟧ for ⟦fi|severe aplastic anemia⟧")), "\n\n")
    doc.put("locus | recipient | ", P("NAME_RELATIVE", sib.first), f" ({rel})\n")
    for loc in ("A", "B", "C", "DRB1", "DQB1", "DPB1"):
        x = f"{loc}*{c.ri(1, 58):02d}:{c.ri(1, 99):02d}"
        doc.put(f"{loc:<5} | {x}, {loc}*{c.ri(1, 58):02d}:{c.ri(1, 99):02d} | {x}, {loc}*{c.ri(1, 58):02d}:{c.ri(1, 99):02d}\n")
    doc.put("\nSibling specimen ", P("ACCESSION", k.acc(c, "HL")), "; match ", c.ch(("10/10", "9/10 (DQB1 mismatch)", "5/10 haploidentical")), "\n", f"⟦lab|Single antigen bead assay⟧: ⟦lab|cPRA {c.ri(0, 98)}%⟧; no ⟦fi|donor-specific antibody⟧ above ⟦me|MFI 1000⟧.\n")
    doc.put("Reviewed: ", P("NAME_CLINICIAN", dirc.full), ", PhD, D(ABHI)  ", k.dd(c, k.add(d, c.ri(5, 12)), "short"), "\n", "Transplant coordinator: ", P("NAME_CLINICIAN", coord.full), "  ", P("EMAIL", k.staff_email(coord, "bmt.example-health.org")) if c.chance(0.5) else "", "  fax ", P("FAX", k.phone(c, t.area)), "\n")
    return doc


def cchd_pulse_ox_screen(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); mom, rn, ped = k.people(c, 3); d = k.day(c); sex = c.ch(("Girl", "Boy"))
    doc = Doc().put(P("HOSPITAL", hosp), " Newborn Nursery\nCRITICAL CONGENITAL HEART DISEASE (CCHD) PULSE OXIMETRY SCREEN\n\n")
    doc.put("Infant: ", P("NAME_PATIENT", c.ch((f"Baby {sex} {mom.last}", f"{mom.last.upper()}, BABY {sex.upper()}", f"{mom.last}, {c.ch(('Girl', 'Boy'))} A"))), "   MRN ", P("MRN", k.mrn(c)), "\n", "Mother: ", P("NAME_RELATIVE", mom.full), "   Mother MRN ", P("MRN", k.mrn(c)), "\n")
    doc.put("Born ", k.dd(c, d, c.ch(("slash", "iso"))), " at ", f"{c.ri(0, 23):02d}:{c.ri(0, 59):02d}", f"   GA {c.ri(35, 41)}w   BW {c.ri(2400, 4300)} g\n", "Screen at ", str(c.ri(24, 40)), " h of life\n\n")
    ok = False
    for n in range(c.ri(1, 3)):
        rh, ft = c.ri(93, 100), c.ri(92, 100); ok = min(rh, ft) >= 95 and abs(rh - ft) <= 3
        doc.put(f"Attempt {n + 1}: ⟦me|SpO2⟧ right hand ⟦an|(preductal)⟧ {rh}%  foot ⟦an|(postductal)⟧ {ft}%  diff {abs(rh - ft)}%  - ", "PASS" if min(rh, ft) >= 95 and abs(rh - ft) <= 3 else "REPEAT", "\n")
    doc.put("\nResult: ", "pass" if ok else "fail -> ⟦pr|echocardiogram⟧ ordered", "; ", c.ch(("⟦fi|heart murmur⟧ absent", "grade 2/6 ⟦fi|systolic murmur⟧ at ⟦an|left sternal border⟧")), "\n", "Screened by ", P("NAME_CLINICIAN", rn.init), ", RN; results discussed with ", P("NAME_CLINICIAN", f"Dr. {ped.last}"), "\n")
    doc.put("Other: ⟦dr|hepatitis B vaccine⟧ ⟦do|0.5 mL IM⟧, ⟦dr|erythromycin ophthalmic ointment⟧ given; ⟦ep|Apgar score⟧ ", str(c.ri(7, 9)), " and ", str(c.ri(8, 9)), "; ⟦lab|transcutaneous bilirubin⟧ ", c.fl(3.0, 11.0), " mg/dL.\n")
    if c.chance(0.5): doc.put("Parent phone for follow-up: ", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put("Reported to state newborn screening program ", k.dd(c, k.add(d, 2), "md"), "\n")
    return doc


def prep_followup(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, np_ = k.people(c, 2); d = k.day(c); a = k.age(c, 0.0, 19, 66); dob = k.born(c, a, d)
    drug = c.ch(("⟦dr|emtricitabine/tenofovir disoproxil⟧ ⟦do|200/300 mg daily⟧", "⟦dr|emtricitabine/tenofovir alafenamide⟧ ⟦do|200/25 mg daily⟧", "⟦dr|cabotegravir⟧ ⟦do|600 mg IM q2 months⟧"))
    doc = Doc().put(P("HOSPITAL", hosp), " | Sexual Health & PrEP Clinic | quarterly visit\n")
    doc.put("name | ", P("NAME_PATIENT", c.ch((pat.full, pat.lf, pat.full.lower()))), " | dob ", k.dd(c, dob, c.ch(("slash", "short"))), " | mrn ", P("MRN", k.mrn(c)), "\n", "visit | ", k.dd(c, d, "iso"), " | ", c.ch(("in person", "telehealth")), "\n")
    if c.chance(0.7): doc.put("video | ", P("URL", k.link(c, "visit.prepconnect.health", "v/")), "\n")
    doc.put("cell | ", P("PHONE", k.phone(c, t.area)), " | text ok\n")
    if c.chance(0.5): doc.put("email | ", P("EMAIL", k.email(c, pat)), "\n")
    doc.put("ins | member ", P("INSURANCE", k.member(c)), c.ch((" | copay card on file", " | PAP enrolled")), "\n")
    if c.chance(0.4): doc.put("address | ", k.addr(c, t), "\n")
    if c.chance(0.3): doc.put("employer | ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "\n")
    if c.chance(0.45): doc.put("id check | passport ", P("PASSPORT", k.passport(c)), "\n")
    if c.chance(0.5): doc.put("parking | validated, plate ", P("VEHICLE", k.plate(c)), "\n")
    doc.put("\nregimen | ", drug, " | adherence ", c.ch(("7/7", "5/7", "misses weekends")), "\n", "labs | ⟦lab|HIV-1/2 Ag/Ab⟧ neg; ⟦lab|HIV RNA⟧ not detected | spec ", P("ACCESSION", k.acc(c, "S")), "\n", f"     | ⟦lab|creatinine clearance {c.ri(62, 140)} mL/min⟧; ⟦lab|RPR⟧ ", c.ch(("nonreactive", "reactive 1:8 -> ⟦dr|benzathine penicillin G⟧ ⟦do|2.4 million units IM⟧")), "\n")
    doc.put("     | ⟦lab|NAAT gonorrhea/chlamydia⟧ (⟦an|pharynx⟧, ⟦an|rectum⟧, urine) pending\n", "plan | continue; next visit 3 months; ", c.ch(("⟦pr|hepatitis B vaccination⟧ series 2/3", "doxy-PEP discussed", "⟦dr|doxycycline⟧ ⟦do|200 mg⟧ within 72 h (doxy-PEP)")), "\n")
    doc.put("rx | #", P("OTHER_ID", f"RX{c.digits(7)}"), " x 90 d | NP ", P("NAME_CLINICIAN", c.ch((np_.full, np_.init))), "\n")
    return doc


def autologous_predonation(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, md, phleb = k.people(c, 3); d = k.day(c); a = k.age(c, 0.0, 25, 78); dob = k.born(c, a, d); surg = k.add(d, c.ri(10, 30))
    doc = Doc().put(P("HOSPITAL", c.ch(("Mountain West Blood Services", "Heartland Community Blood Center", f"{t.name} Regional Blood Center"))), "\nAUTOLOGOUS DONATION - PHYSICIAN ORDER & DONOR RECORD\n\n")
    doc.put("Donor/patient: ", P("NAME_PATIENT", pat.lf), "   DOB ", k.dd(c, dob, "slash"), "   Sex ", pat.sex, "\n", "Address: ", k.addr(c, t), "\nPhone: ", P("PHONE", k.phone(c, t.area)), "\n")
    if c.chance(0.4): doc.put("SSN: ", P("SSN", k.ssn(c)), "\n")
    if c.chance(0.5): doc.put("ID verified: driver license ", P("LICENSE", k.dl(c)), "\n")
    elif c.chance(0.4): doc.put("ID verified: passport ", P("PASSPORT", k.passport(c)), "\n")
    if c.chance(0.35): doc.put("Employer (time-off letter): ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "\n")
    if c.chance(0.45): doc.put("Parking pass issued for plate ", P("VEHICLE", k.plate(c)), "\n")
    doc.put("\nORDERING PHYSICIAN: ", P("NAME_CLINICIAN", md.full), ", MD  NPI ", P("LICENSE", k.npi(c)), "  Fax ", P("FAX", k.phone(c, t.area)), "\n", "Surgery: ", c.ch(("⟦pr|total knee arthroplasty⟧", "⟦pr|radical prostatectomy⟧", "⟦pr|scoliosis correction⟧", "⟦pr|myomectomy⟧")), " at ", P("HOSPITAL", hosp), " on ", k.dd(c, surg, "long"), "\n")
    doc.put("Hospital MRN ", P("MRN", k.mrn(c)), "   Insurance ", P("INSURANCE", k.member(c)), "\n", "Units requested: ", str(c.ri(1, 3)), "; ⟦dr|ferrous sulfate⟧ ⟦do|325 mg daily⟧ from first draw\n\n")
    doc.put("draw | date | ⟦lab|Hgb⟧ | ⟦me|BP⟧ | unit no. | phleb\n")
    for i in range(c.ri(1, 3)):
        doc.put(f"{i + 1} | ", k.dd(c, k.add(d, 7 * i), "md"), f" | {c.fl(11.0, 14.9)} | {c.ri(104, 148)}/{c.ri(60, 90)} | ", P("OTHER_ID", f"W{c.digits(4)} {d.year % 100:02d} {c.digits(6)}"), " | ", P("NAME_CLINICIAN", phleb.ini), "\n")
    doc.put("\nDeferral criteria reviewed (⟦fi|aortic stenosis⟧, ⟦fi|bacteremia⟧ excluded); ⟦lab|ABO/Rh⟧ and ⟦lab|antibody screen⟧ on ", P("ACCESSION", k.acc(c, "BB")), ".\n")
    return doc


# fmt: on

_W = frozenset(k.EN_WORDLIKE)
TEMPLATES = [
    ("en36_homebound_instruction", k.checked(homebound_instruction, _W)),
    ("en36_cremation_authorization", k.checked(cremation_authorization, _W)),
    ("en36_hla_typing_report", k.checked(hla_typing_report, _W)),
    ("en36_cchd_pulse_ox_screen", k.checked(cchd_pulse_ox_screen, _W)),
    ("en36_prep_followup", k.checked(prep_followup, _W)),
    ("en36_autologous_predonation", k.checked(autologous_predonation, _W)),
]
