"""v38 English templates, part 2 (README.md "v38"): a methotrexate protocol for ectopic pregnancy, a
paediatric high-flow nasal cannula (bronchiolitis) flowsheet, a cerumen irrigation clinic note, a
chemical eye splash irrigation record, a hyperemesis day-unit infusion record, a diagnostic cerebral
angiogram report."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v38_kit as k
from _v38_kit import Doc, K, P

# fmt: off


def fem(c, p: k.Person) -> k.Person: return p if p.sex == "F" else k.Person(c.ch(k.EN_F), p.last, "F")


def methotrexate_ectopic(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); p0, md, ph = k.people(c, 3); pat = fem(c, p0); d = k.day(c); a = c.ri(19, 43); dob = k.born(c, a, d)
    doc = Doc().put(P("HOSPITAL", hosp), " - Women's Health\nSINGLE-DOSE METHOTREXATE PROTOCOL FOR ECTOPIC PREGNANCY\n\n")
    doc.put("Patient: ", P("NAME_PATIENT", c.ch((pat.full, pat.lf))), "  DOB ", k.dd(c, dob, c.ch(("slash", "long", "abbr"))), "  MRN ", P("MRN", k.mrn(c)), "\n")
    if c.chance(0.6): doc.put("Member ID ", P("INSURANCE", k.member(c)), "\n")
    if c.chance(0.45): doc.put("SSN on file: ", P("SSN", k.ssn(c)), "\n")
    doc.put("⟦pr|Transvaginal ultrasound⟧: ⟦fi|ectopic pregnancy⟧ in the ⟦an|left adnexa⟧, ", K("MEASUREMENT", f"{c.fl(1.2, 3.4)} cm"), ", no cardiac activity.\n")
    doc.put("Dose: ⟦dr|methotrexate⟧ ⟦do|50 mg/m2 IM⟧ (", K("MEASUREMENT", f"BSA {c.fl(1.45, 2.1, 2)} m2"), "), given ", k.dd(c, d, "long"), ". Rx ", P("OTHER_ID", f"RX{c.digits(7)}"), " verified by ", P("NAME_CLINICIAN", c.ch((ph.init, ph.full))), ", PharmD\n\n")
    doc.put("day  date        hCG                      accession\n")
    for dd_ in (1, 4, 7):
        doc.put(f"{dd_:<5}", k.dd(c, k.add(d, dd_ - 1), "slash"), "  ", K("LAB", f"beta-hCG {c.ri(300, 4800)} mIU/mL"), "  ", P("ACCESSION", k.acc(c, "CH")), "\n")
    doc.put("\nCriteria: a 15% fall between days 4 and 7. Avoid ⟦dr|folic acid⟧ and NSAIDs. ⟦lab|Rh negative⟧: ⟦dr|Rho(D) immune globulin⟧ given.\n")
    if c.chance(0.6): rel, pr = k.relative(c, pat, [md, ph], "spouse"); doc.put("Partner ", P("NAME_RELATIVE", pr.full), " present. ")
    doc.put("Call ", P("PHONE", k.phone(c, t.area)), " for the day-4 result")
    doc.put([" or e-mail ", P("EMAIL", k.email(c, pat))] if c.chance(0.4) else "", ".\n")
    if c.chance(0.3): doc.put("Results portal: ", P("URL", k.link(c, "mychart.example.org", "r/")), "\n")
    doc.put("Attending: ", P("NAME_CLINICIAN", f"Dr. {md.last}" if c.chance(0.5) else f"{md.full}, MD"), "\n")
    return doc


def hfnc_bronchiolitis(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); kid, rt, md = k.people(c, 3); d = k.day(c); m = c.ri(2, 20); dob = k.add(d, -(m * 30 + c.ri(1, 25)))
    rel, par = k.relative(c, kid, [rt, md], "parent")
    doc = Doc().put("PEDIATRIC HIGH-FLOW NASAL CANNULA FLOWSHEET | ", P("HOSPITAL", hosp), "\n")
    doc.put("Pt | ", P("NAME_PATIENT", c.ch((kid.lf.upper(), kid.full, kid.first))), " | DOB ", k.dd(c, dob, "slash"), f" ({m} mo) | MRN ", P("MRN", k.mrn(c)), " | Enc ", P("ACCOUNT", k.fin(c)), "\n")
    doc.put("Dx: ⟦fi|bronchiolitis⟧, ⟦lab|RSV PCR positive⟧ (specimen ", P("ACCESSION", k.acc(c, "VP")), ")\n")
    doc.put("Support: ⟦pr|high-flow nasal cannula⟧ 2 L/kg/min; ⟦ep|Wood-Downes score⟧ on admission ", c.ri(4, 8), "\n")
    doc.put("Time | Flow | FiO2 | RR | SpO2 | RT\n")
    h = c.ri(0, 12)
    for i in range(c.ri(3, 6)):
        doc.put(f"{h + 2 * i:02d}{c.ch(('00', '30'))} | {c.ri(4, 16)} L | {c.ri(25, 50)}% | ", K("MEASUREMENT", f"RR {c.ri(34, 70)}"), " | ", K("MEASUREMENT", f"SpO2 {c.ri(90, 99)}%"), " | ", P("NAME_CLINICIAN", rt.ini), "\n")
    doc.put("Nasal suction prn; ⟦dr|sodium chloride 0.9%⟧ ⟦do|0.5 mL each nostril⟧\n")
    doc.put(rel.title(), ": ", P("NAME_RELATIVE", par.full), ", ", P("PHONE", k.phone(c, t.area)), "\n")
    if c.chance(0.5): doc.put("Address: ", k.addr(c, t), "\n")
    if c.chance(0.3): doc.put("Family returned from abroad ", k.dd(c, k.add(d, -c.ri(3, 9)), "md"), "; child's passport ", P("PASSPORT", k.passport(c)), "\n")
    if c.chance(0.3): doc.put(rel.title(), " works at ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "; work note given.\n")
    doc.put("Attending ", P("NAME_CLINICIAN", c.ch((f"Dr. {md.last}", md.full))), "\n")
    return doc


def cerumen_irrigation(c) -> Doc:
    t = k.town(c); clin = k.clinic(c, t, "ENT"); pat, md, ma, pcp = k.people(c, 4); d = k.day(c); a = k.age(c, 0.3, 55, 89)
    doc = Doc().put(P("HOSPITAL", clin), "\nProcedure note - ear irrigation\n")
    doc.put(k.dd(c, d, c.ch(("slash", "long", "dmy"))), "  ", P("NAME_PATIENT", c.ch((pat.full, pat.lf, f"Mr. {pat.last}" if pat.sex == "M" else f"Ms. {pat.last}"))), ", ", k.age_p(a), c.ch(("-year-old", " y/o", " yo")), ", MRN ", P("MRN", k.mrn(c)), ", visit ", P("ACCOUNT", k.fin(c)), "\n")
    if c.chance(0.4): doc.put("SSN ", P("SSN", k.ssn(c)), "\n")
    if c.chance(0.4): doc.put("Lives at ", k.addr(c, t), "\n")
    doc.put("Complaint: muffled hearing. Exam: ⟦fi|cerumen impaction⟧ of the ⟦an|right external auditory canal⟧.\n")
    doc.put("Pre-treated with ⟦dr|carbamide peroxide 6.5%⟧ ⟦do|5 drops bid⟧ x 4 days. ⟦ep|Weber test⟧ lateralizes right; ⟦ep|Rinne test⟧ positive left.\n")
    if c.chance(0.5): doc.put("Hearing aid removed first (serial ", P("DEVICE", k.serial(c)), ").\n")
    doc.put("⟦pr|Ear irrigation⟧ with warm water by ", P("NAME_CLINICIAN", ma.ini), " (MA); ⟦an|tympanic membrane⟧ intact afterwards.\n")
    doc.put("Provider: ", P("NAME_CLINICIAN", c.ch((f"Dr. {md.last}", md.init))), "\n")
    if c.chance(0.6): doc.put("cc: PCP ", P("NAME_CLINICIAN", f"Dr. {pcp.first} {pcp.last}"), ", fax ", P("FAX", k.phone(c, t.area)), "\n")
    return doc


def eye_chemical_splash(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, md, rn = k.people(c, 3); d = k.day(c); a = c.ri(18, 66); dob = k.born(c, a, d)
    doc = Doc().put("OCCUPATIONAL EYE EXPOSURE - IRRIGATION RECORD\n", P("HOSPITAL", hosp), " Emergency Department\n")
    doc.put("Name: ", P("NAME_PATIENT", c.ch((pat.lf.upper(), pat.full))), "\nDOB: ", k.dd(c, dob), "\nMRN: ", P("MRN", k.mrn(c)), "\n")
    if c.chance(0.9): doc.put("Employer: ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "\n")
    doc.put("Workers' comp claim: ", P("OTHER_ID", f"WC-{c.digits(8)}"), "\n")
    if c.chance(0.6): doc.put("Carrier policy no.: ", P("INSURANCE", f"WCP{c.digits(9)}"), "\n")
    if c.chance(0.6): doc.put("SSN: ", P("SSN", k.ssn(c)), "\n")
    if c.chance(0.3): doc.put("Passport (no state ID): ", P("PASSPORT", k.passport(c)), "\n")
    doc.put("Agent: ", c.ch(("sodium hydroxide", "pool chlorine", "drain cleaner", "battery acid")), " splash to the left eye at ", f"{c.ri(0, 23):02d}:{c.ri(0, 59):02d}", " on ", k.dd(c, d, "md"), "\n")
    doc.put("⟦dr|proparacaine 0.5%⟧ ⟦do|1 drop⟧, then ⟦ep|Morgan Lens⟧ with ⟦dr|lactated Ringer's⟧ ⟦do|2 L⟧\n\ntime   pH\n")
    h = c.ri(0, 19)
    for i in range(c.ri(3, 5)):
        doc.put(f"{h + i:02d}:{c.ri(0, 59):02d}  ", K("MEASUREMENT", f"pH {c.fl(7.0, 9.5)}"), "  ", P("NAME_CLINICIAN", rn.ini), "\n")
    doc.put("Slit lamp: ⟦fi|corneal epithelial defect⟧, ⟦an|inferior fornix⟧ clear; ⟦ep|Roper-Hall grade⟧ ", c.ch(("I", "II")), "\n")
    doc.put("Discharge: ⟦dr|erythromycin ophthalmic ointment⟧ qid. Ophthalmology on call: ", P("NAME_CLINICIAN", f"Dr. {md.last}"))
    doc.put([", fax ", P("FAX", k.phone(c, t.area))] if c.chance(0.6) else "", "\nPatient callback ", P("PHONE", k.phone(c, t.area)), "\n")
    return doc


def hyperemesis_dayunit(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); p0, md, rn = k.people(c, 3); pat = fem(c, p0); d = k.day(c); a = c.ri(18, 41); dob = k.born(c, a, d)
    rel, sp = k.relative(c, pat, [md, rn], "spouse")
    doc = Doc().put("Obstetric Day Unit, ", P("HOSPITAL", hosp), "\nIV hydration record\n\n")
    doc.put(P("NAME_PATIENT", c.ch((pat.full, pat.lf, pat.full.lower()))), " (DOB ", k.dd(c, dob, "slash"), "), MRN ", P("MRN", k.mrn(c)), ", visit ", P("ACCOUNT", k.fin(c)), f", {c.ri(7, 15)} weeks pregnant, attends with her {rel} ", P("NAME_RELATIVE", sp.first if c.chance(0.4) else sp.full), ".\n")
    doc.put("⟦fi|Hyperemesis gravidarum⟧: ⟦lab|urine ketones 3+⟧, ", K("LAB", f"potassium {c.fl(2.9, 3.6)} mmol/L"), ", ", K("MEASUREMENT", f"weight {c.ri(48, 90)} kg"), "\n")
    doc.put("Given: ⟦dr|ondansetron⟧ ⟦do|4 mg IV⟧; ⟦dr|thiamine⟧ ⟦do|100 mg IV⟧ before dextrose (⟦ep|Wernicke encephalopathy⟧ prevention); ⟦dr|sodium chloride 0.9%⟧ with KCl\n")
    if c.chance(0.6): doc.put("Insurance member ", P("INSURANCE", k.member(c)), "\n")
    if c.chance(0.5): doc.put("Address: ", k.addr_up(c, t) if c.chance(0.4) else k.addr(c, t), "\n")
    if c.chance(0.2): doc.put("ID: passport ", P("PASSPORT", k.passport(c)), "\n")
    doc.put("Next review ", k.dd(c, k.add(d, c.ri(2, 7)), c.ch(("md", "long", "ord"))), ". Phone ", P("PHONE", k.phone(c, t.area)))
    doc.put([", e-mail ", P("EMAIL", k.email(c, pat))] if c.chance(0.4) else "", "\n")
    if c.chance(0.4): doc.put("Symptom diary link: ", P("URL", k.link(c, "pregnancy-diary.example.com", "d/")), "\n")
    doc.put("Nurse ", P("NAME_CLINICIAN", rn.full), "; obstetrician ", P("NAME_CLINICIAN", c.ch((f"Dr. {md.last}", md.full))), "\n")
    return doc


def cerebral_angiogram(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, ir, ref = k.people(c, 3); d = k.day(c); a = k.age(c, 0.15, 28, 86); dob = k.born(c, a, d)
    doc = Doc().put(P("HOSPITAL", hosp), " -- NEUROINTERVENTIONAL RADIOLOGY\nEXAM: ⟦pr|diagnostic cerebral angiogram⟧\n")
    doc.put("PATIENT: ", P("NAME_PATIENT", c.ch((pat.lf.upper(), pat.full.upper()))), "   DOB: ", k.dd(c, dob, c.ch(("slash", "dmy"))), "   AGE: ", k.age_p(a), "\nMRN: ", P("MRN", k.mrn(c)), "   ACC: ", P("ACCESSION", k.acc(c, "NIR")), "   DATE: ", k.dd(c, d), "\n")
    doc.put("REFERRING: ", P("NAME_CLINICIAN", f"Dr. {ref.first[0]}. {ref.last}"))
    doc.put(["  FAX ", P("FAX", k.phone(c, t.area))] if c.chance(0.6) else "", "\n")
    if c.chance(0.25): doc.put("ID VERIFIED: passport ", P("PASSPORT", k.passport(c)), "\n")
    doc.put("TECHNIQUE: ⟦an|right common femoral artery⟧ access by ⟦ep|Seldinger technique⟧; ⟦dr|iohexol 300⟧ ", K("DOSE", f"{c.ri(40, 120)} mL"), "; ⟦dr|heparin⟧ ⟦do|2000 units IV⟧\n")
    doc.put("FINDINGS: ⟦fi|saccular aneurysm⟧ of the ⟦an|left posterior communicating artery⟧, ", K("MEASUREMENT", f"{c.fl(2.5, 9.0)} x {c.fl(2.0, 7.0)} mm"), "; ⟦ep|circle of Willis⟧ otherwise complete.\n")
    doc.put("Hemostasis with closure device; bed rest 2 h.\n")
    if c.chance(0.5): doc.put("Images sent to PACS node ", P("IP", k.ipv4(c)), "\n")
    if c.chance(0.4):
        rel, dr = k.relative(c, pat, [ir, ref], "any"); doc.put("Driven home by ", rel, " ", P("NAME_RELATIVE", dr.full), ", vehicle ", P("VEHICLE", k.plate(c)), "\n")
    doc.put("ATTENDING: ", P("NAME_CLINICIAN", ir.full.upper() if c.chance(0.3) else ir.full), ", MD")
    doc.put(["  NPI ", P("LICENSE", k.npi(c))] if c.chance(0.5) else "", "\n")
    return doc


# fmt: on

PART2 = [
    methotrexate_ectopic,
    hfnc_bronchiolitis,
    cerumen_irrigation,
    eye_chemical_splash,
    hyperemesis_dayunit,
    cerebral_angiogram,
]
