"""v39 English templates, part 2 (README.md "v39"): a post renal biopsy observation flowsheet, a
paediatric procedural sedation record, a CIWA-Ar alcohol withdrawal flowsheet, a DKA insulin infusion
flowsheet, a febrile neutropenia admission note, a paediatric foreign body ingestion note."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v39_kit as k
from _v39_kit import Doc, K, P

# fmt: off


def renal_biopsy_obs(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, neph, rn, ref = k.people(c, 4); d = k.day(c); a = k.age(c, 0.15, 19, 84); dob = k.born(c, a, d)
    doc = Doc().put("POST RENAL BIOPSY OBSERVATION | ", P("HOSPITAL", hosp), "\n")
    doc.put("Patient | ", k.titled("NAME_PATIENT", c.ch((pat.lf.upper(), pat.full, pat.lf))), " | DOB ", k.dd(c, dob, c.ch(("slash", "iso"))), " | age ", k.age_p(a), " | MRN ", P("MRN", k.mrn(c)), "\n")
    if c.chance(0.5): doc.put("Insurance | member ", P("INSURANCE", k.member(c)), "\n")
    if c.chance(0.2): doc.put("SSN on file | ", P("SSN", k.ssn(c)), "\n")
    doc.put("Procedure | ⟦pr|ultrasound-guided percutaneous renal biopsy⟧, ⟦an|left lower pole⟧, 16G x 2 cores | ", k.dd(c, d), "\n")
    doc.put("Indication | ⟦fi|nephrotic syndrome⟧; ", K("LAB", f"urine protein/creatinine ratio {c.ri(30, 120) / 10:.1f} g/g"), "; ", K("LAB", f"creatinine {c.ri(8, 32) / 10:.1f} mg/dL"), "\n")
    doc.put("Pre-med | ⟦dr|desmopressin⟧ ⟦do|0.3 mcg/kg IV⟧; ⟦dr|aspirin⟧ held 7 days\n")
    if c.chance(0.2): doc.put("Device | ⟦pr|pacemaker⟧ generator ", P("DEVICE", k.serial(c)), " (no interaction)\n")
    doc.put("time  | BP      | HR  | site     | urine      | RN\n")
    h = c.ri(9, 13)
    for i in range(c.ri(3, 6)):
        doc.put(f"{h + i:02d}:15 | ", K("MEASUREMENT", f"{c.ri(110, 158)}/{c.ri(62, 94)}"), f" | {c.ri(60, 98)}  | ", c.ch(("dry", "dry", "small ooze")), " | ", c.ch(("clear", "pink-tinged", "clear")), " | ", k.titled("NAME_CLINICIAN", rn.ini), "\n")
    doc.put("6 h ", K("LAB", f"hemoglobin {c.ri(95, 135) / 10:.1f} g/dL"), "; no ⟦fi|perinephric hematoma⟧ on repeat scan. Pathology ", P("ACCESSION", k.acc(c, "RB")), "\n")
    if c.chance(0.3): doc.put("Ultrasound unit | ", P("IP", k.ipv4(c)), "\n")
    if c.chance(0.3):
        rel, rp = k.relative(c, pat, [neph, rn, ref]); doc.put("Ride | ", rel, " ", P("NAME_RELATIVE", rp.full), ", plate ", P("VEHICLE", k.plate(c)), "\n")
    if c.chance(0.45): doc.put("Home | ", k.addr(c, t), "\n")
    doc.put("Nephrology | ", k.titled("NAME_CLINICIAN", c.ch((f"Dr. {neph.last}", neph.full))), [" lic ", P("LICENSE", k.state_lic(c, t.state))] if c.chance(0.3) else "", "\n")
    if c.chance(0.5): doc.put("Results to referring ", k.titled("NAME_CLINICIAN", f"Dr. {ref.first[0]}. {ref.last}"), " by fax ", P("FAX", k.phone(c, t.area)), "\n")
    return doc


def procedural_sedation(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); kid, md, rn, rt = k.people(c, 4); d = k.day(c); a = c.ri(4, 15); dob = k.born(c, a, d)
    rel, par = k.relative(c, kid, [md, rn, rt], "parent")
    doc = Doc().put(P("HOSPITAL", hosp), " PEDIATRIC EMERGENCY\nProcedural Sedation Record\n")
    doc.put("Patient: ", k.titled("NAME_PATIENT", c.ch((kid.full, kid.lf, f"{kid.last.upper()}, {kid.first}"))), "  DOB ", k.dd(c, dob), f"  ({a} yo)  MRN ", P("MRN", k.mrn(c)), "  Acct ", P("ACCOUNT", k.fin(c)), "\n")
    doc.put("Guardian: ", rel, " ", P("NAME_RELATIVE", par.full), ", ", P("PHONE", k.phone(c, t.area)), "\n")
    if c.chance(0.4): doc.put("Coverage: CHIP member ", P("INSURANCE", k.member(c)), "\n")
    if c.chance(0.3): doc.put("Parent employer: ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "\n")
    doc.put("Procedure: ⟦pr|closed reduction⟧ of ⟦fi|displaced distal radius fracture⟧ (⟦ep|Salter-Harris II⟧)\n")
    doc.put("Pre: ", K("MEASUREMENT", f"weight {c.ri(16, 55)} kg"), ", ⟦ep|Mallampati class II⟧, ⟦me|ASA 1⟧, NPO solids since ", f"{c.ri(6, 11)}:00", "\n")
    doc.put("Meds: ⟦dr|ketamine⟧ ⟦do|1.5 mg/kg IV⟧ then ⟦do|0.5 mg/kg⟧ x1; ⟦dr|ondansetron⟧ ⟦do|0.15 mg/kg IV⟧\n")
    doc.put("Time\tSpO2\tEtCO2\tHR\tinit\n")
    h = c.ri(10, 20)
    for i in range(c.ri(3, 5)):
        doc.put(f"{h}:{10 * i + 5:02d}\t", K("MEASUREMENT", f"SpO2 {c.ri(95, 100)}%"), "\t", K("MEASUREMENT", f"EtCO2 {c.ri(32, 44)} mmHg"), f"\t{c.ri(80, 130)}\t", k.titled("NAME_CLINICIAN", c.ch((rn.ini, rt.ini))), "\n")
    doc.put("Recovery: ⟦ep|Aldrete score⟧ 10 at ", f"{h + 1}:{c.ch(('05', '20', '35'))}", "; no ⟦fi|emergence reaction⟧. Cast applied.\n")
    if c.chance(0.3): doc.put("Discharge instructions e-mailed to ", P("EMAIL", k.email(c, par)), "\n")
    doc.put("Sedation MD: ", k.titled("NAME_CLINICIAN", md.full), "   RN: ", k.titled("NAME_CLINICIAN", c.ch((rn.full, rn.init))), "   RT: ", k.titled("NAME_CLINICIAN", rt.full.lower() if c.chance(0.3) else rt.full), "\n")
    doc.put("Ortho f/u ", k.dd(c, k.add(d, 7), c.ch(("md", "slash"))), "; ", k.titled("NAME_PATIENT", kid.first), " may return to school with a note.\n")
    return doc


def ciwa_withdrawal_flowsheet(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, rn1, rn2, sw, md = k.people(c, 5); d = k.day(c); a = k.age(c, 0.05, 28, 78); dob = k.born(c, a, d)
    doc = Doc().put("CIWA-Ar FLOWSHEET\t", P("HOSPITAL", hosp), "\n")
    doc.put(k.titled("NAME_PATIENT", c.ch((pat.lf.upper(), pat.full, pat.lf))), "\tMRN ", P("MRN", k.mrn(c)), "\tFIN ", P("ACCOUNT", k.fin(c)), "\tDOB ", k.dd(c, dob), "\tage ", k.age_p(a), "\n")
    if c.chance(0.3): doc.put("SSN\t", P("SSN", k.ssn(c)), "\n")
    if c.chance(0.25): doc.put("ID scanned\tpassport ", P("PASSPORT", k.passport(c)), "\n")
    doc.put("Last drink: ", k.dd(c, k.add(d, -1), c.ch(("md", "slash"))), f" ~{c.ri(1, 11)} pm. ", K("LAB", f"blood alcohol {c.ri(80, 330)} mg/dL"), " on arrival, ", K("LAB", f"magnesium {c.ri(12, 19) / 10:.1f} mg/dL"), "\n")
    doc.put("Dx ⟦fi|alcohol withdrawal⟧, hx ⟦fi|delirium tremens⟧. ⟦dr|thiamine⟧ ⟦do|500 mg IV tid⟧, ⟦dr|folic acid⟧ ⟦do|1 mg daily⟧ before glucose (⟦ep|Wernicke encephalopathy⟧ risk).\n\n")
    doc.put("date\ttime\tCIWA\tlorazepam\tinit\n")
    for i in range(c.ri(4, 7)):
        s = c.ri(3, 24); dose = "⟦do|2 mg IV⟧" if s >= 15 else ("⟦do|1 mg PO⟧" if s >= 8 else "none")
        doc.put(k.dd(c, k.add(d, (8 + 4 * i) // 24), "md"), f"\t{(8 + 4 * i) % 24:02d}:00\t", K("MEASUREMENT", f"CIWA-Ar {s}"), "\t", dose, "\t", k.titled("NAME_CLINICIAN", (rn1 if i % 2 == 0 else rn2).ini), "\n")
    doc.put("\nEscalation: ⟦dr|phenobarbital⟧ per protocol if CIWA-Ar > 20 twice.\n")
    if c.chance(0.4): doc.put("Employment: ", P("WORKPLACE", c.ch(k.EMPLOYERS)), " (FMLA paperwork requested)\n")
    if c.chance(0.4): doc.put("Address: ", k.addr_up(c, t) if c.chance(0.4) else k.addr(c, t), "\n")
    if c.chance(0.35): doc.put("Car left in ED lot, plate ", P("VEHICLE", k.plate(c)), "\n")
    rel, rp = k.relative(c, pat, [rn1, rn2, sw, md], "sibling")
    doc.put("Emergency contact: ", rel, " ", P("NAME_RELATIVE", rp.full), " ", P("PHONE", k.phone(c, t.area)), "\nSW ", k.titled("NAME_CLINICIAN", sw.full), ", LCSW; attending ", k.titled("NAME_CLINICIAN", f"Dr. {md.last}"), "\n")
    return doc


def dka_insulin_drip(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, md, rn, cde = k.people(c, 4); d = k.day(c); a = c.ri(12, 58); dob = k.born(c, a, d)
    doc = Doc().put(P("HOSPITAL", hosp), " -- ICU\nDKA INSULIN INFUSION FLOWSHEET\n")
    doc.put("Name ", k.titled("NAME_PATIENT", c.ch((pat.full, pat.lf, pat.full.upper()))), "   MRN ", P("MRN", k.mrn(c)), "   DOB ", k.dd(c, dob), "   admitted ", k.dd(c, d, c.ch(("slash", "dmy"))), "\n")
    doc.put("Dx ⟦fi|diabetic ketoacidosis⟧ with ⟦ep|Kussmaul respirations⟧; ", K("LAB", f"pH {c.ri(695, 724) / 100:.2f}"), ", ", K("LAB", f"anion gap {c.ri(20, 32)}"), ", ", K("LAB", f"beta-hydroxybutyrate {c.ri(40, 90) / 10:.1f} mmol/L"), "\n")
    doc.put("⟦dr|regular insulin⟧ ⟦do|0.1 units/kg/h⟧; ⟦dr|potassium chloride⟧ ⟦do|20 mEq/L⟧ in fluids\n\n")
    doc.put("time   glucose   K      rate   RN\n")
    g = c.ri(420, 690)
    for i in range(c.ri(4, 6)):
        g -= c.ri(40, 90)
        doc.put(f"{(c.ri(0, 1) + 2 * i) % 24:02d}:00  ", K("LAB", f"glucose {max(g, 160)} mg/dL"), "  ", K("LAB", f"K {c.ri(34, 52) / 10:.1f}"), f"   {c.ri(4, 9)} u/h  ", k.titled("NAME_CLINICIAN", rn.ini), "\n")
    doc.put(f"\nGap closed; ⟦dr|insulin glargine⟧ ⟦do|{c.ri(10, 30)} units SC⟧ 2 h before stopping the drip.\n")
    if c.chance(0.5): doc.put("CGM receiver serial ", P("DEVICE", k.serial(c)), " (sensor removed on admission)\n")
    if c.chance(0.4): doc.put("CGM share link for family: ", P("URL", k.link(c, "glucoseshare.net", "follow/")), "\n")
    if c.chance(0.4): doc.put("Glucometer dock ", P("IP", k.ipv4(c)), "\n")
    if a < 18:
        rel, rp = k.relative(c, pat, [md, rn, cde], "parent"); doc.put("Parent at bedside: ", rel, " ", P("NAME_RELATIVE", c.ch((rp.full, rp.first))), ", ", P("PHONE", k.phone(c, t.area)), "\n")
    if c.chance(0.3): doc.put("Educator follow-up e-mail: ", P("EMAIL", k.email(c, pat)), "\n")
    doc.put("Diabetes educator ", k.titled("NAME_CLINICIAN", cde.full), ", CDCES; intensivist ", k.titled("NAME_CLINICIAN", c.ch((f"Dr. {md.last}", md.init))), "\n")
    return doc


def neutropenic_fever(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, onc, res, cg0 = k.people(c, 4); d = k.day(c); a = k.age(c, 0.2, 24, 86); dob = k.born(c, a, d)
    doc = Doc().put("ONCOLOGY ADMISSION NOTE - ", P("HOSPITAL", hosp), "\n")
    doc.put("Patient: ", k.titled("NAME_PATIENT", c.ch((pat.full, pat.lf, f"{pat.first[0]}. {pat.last}"))), ", ", k.age_p(a), " y/o, DOB ", k.dd(c, dob), ", MRN ", P("MRN", k.mrn(c)), "\n")
    doc.put("Admit date: ", k.dd(c, d), ". Day ", c.ri(7, 12), " after cycle ", c.ri(2, 6), " of ⟦dr|FOLFOX⟧ for ⟦fi|metastatic colon adenocarcinoma⟧.\n")
    if c.chance(0.4): doc.put("Enrolled in trial; subject ID ", P("OTHER_ID", f"{c.letters(2)}-{c.digits(3)}-{c.digits(4)}"), "\n")
    if c.chance(0.25): doc.put("Returned from travel ", k.dd(c, k.add(d, -c.ri(3, 9)), "md"), "; passport ", P("PASSPORT", k.passport(c)), "\n")
    doc.put("HPI: ", k.titled("NAME_PATIENT", c.ch((pat.first, ("Mr. " if pat.sex == "M" else "Mrs. ") + pat.last))), " called the triage line with ", K("MEASUREMENT", f"temperature {c.ri(381, 396) / 10:.1f} C"), " and rigors.\n")
    doc.put("Labs: ", K("LAB", f"ANC {c.ri(0, 4) * 100}/uL"), ", ", K("LAB", f"lactate {c.ri(9, 38) / 10:.1f} mmol/L"), ". Blood cultures x2: ", P("ACCESSION", k.acc(c, "BC")), ", ", P("ACCESSION", k.acc(c, "BC")), "\n")
    doc.put("Access: ⟦an|right subclavian vein⟧ ⟦ep|Hickman catheter⟧" if c.chance(0.3) else "Access: implanted port, ⟦an|right chest wall⟧", [", port serial ", P("DEVICE", k.serial(c))] if c.chance(0.6) else "", "\n")
    doc.put("A/P: ⟦fi|febrile neutropenia⟧. ⟦dr|cefepime⟧ ⟦do|2 g IV q8h⟧ within 60 min; add ⟦dr|vancomycin⟧ if catheter site red; ⟦dr|filgrastim⟧ per oncology.\n")
    cg = k.relative(c, pat, [onc, res, cg0])
    doc.put("Caregiver: ", cg[0], " ", P("NAME_RELATIVE", cg[1].full), " ", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put("Resident: ", k.titled("NAME_CLINICIAN", res.full), "; oncologist ", k.titled("NAME_CLINICIAN", f"Dr. {onc.last}"), [" (NPI ", P("LICENSE", k.npi(c)), ")"] if c.chance(0.4) else "", "\n")
    return doc


def foreign_body_ingestion(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); kid, md, rad, gi = k.people(c, 4); d = k.day(c); a = c.ri(1, 6); dob = k.born(c, a, d)
    rel, par = k.relative(c, kid, [md, rad, gi], "parent"); coin = c.chance(0.5)
    doc = Doc().put("Peds ED note  ", P("HOSPITAL", hosp), "\n")
    doc.put(k.titled("NAME_PATIENT", c.ch((kid.full, kid.lf))), ", ", a, " y, DOB ", k.dd(c, dob), ", MRN ", P("MRN", k.mrn(c)), ", seen ", k.dd(c, d), "\n")
    doc.put("CC: ", rel, " ", P("NAME_RELATIVE", c.ch((par.full, par.first))), " saw ", k.titled("NAME_PATIENT", kid.first), " swallow a ", "coin" if coin else "button battery from a remote", " about ", c.ri(1, 5), " h ago.\n")
    doc.put("XR ", P("ACCESSION", k.acc(c, "XR")), ": ", "round radiopaque ⟦fi|esophageal foreign body⟧ at the ⟦an|thoracic inlet⟧" if coin else "⟦fi|double halo sign⟧, object in the ⟦an|stomach⟧", ", ", K("MEASUREMENT", f"{c.ri(15, 24)} mm"), "\n")
    if coin: doc.put("Plan: ⟦pr|rigid esophagoscopy⟧ with GI ", k.titled("NAME_CLINICIAN", f"Dr. {gi.last}"), "\n")
    else: doc.put("Plan: ⟦dr|sucralfate⟧ ⟦do|1 g⟧ PO q10min x3, repeat film in 24 h, GI ", k.titled("NAME_CLINICIAN", gi.init), " aware\n")
    if c.chance(0.5): doc.put("Poison center consulted, case # ", P("OTHER_ID", f"{c.digits(2)}-{c.digits(6)}"), "\n")
    if c.chance(0.5): doc.put("Home: ", k.addr(c, t), "\n")
    if c.chance(0.25): doc.put("Parent works at ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "\n")
    if c.chance(0.2): doc.put("Family visiting from overseas; child's passport ", P("PASSPORT", k.passport(c)), "\n")
    if c.chance(0.3): doc.put("Film viewed on PACS ", P("IP", k.ipv4(c)), " by ", k.titled("NAME_CLINICIAN", f"Dr. {rad.last}"), "\n")
    if c.chance(0.3): doc.put("After-visit summary to ", P("EMAIL", k.email(c, par)), "\n")
    doc.put("Contact ", P("PHONE", k.phone(c, t.area)), [" | transfer packet faxed ", P("FAX", k.phone(c, t.area))] if c.chance(0.4) else "", "\n")
    doc.put("— ", k.titled("NAME_CLINICIAN", md.full), ", MD\n")
    return doc


# fmt: on

PART2 = [
    renal_biopsy_obs,
    procedural_sedation,
    ciwa_withdrawal_flowsheet,
    dka_insulin_drip,
    neutropenic_fever,
    foreign_body_ingestion,
]
