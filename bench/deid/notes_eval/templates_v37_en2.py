"""v37 English templates, part 2 (README.md "v37"): a chemotherapy extravasation report, a stool-bank
(faecal microbiota) donor screening record, a radioactive seed localization procedure note, a
post-void residual bladder-scan flowsheet, a tympanostomy tube operative note, a pertussis household
contact prophylaxis line list. templates_v37_en.TEMPLATES lists all twelve."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v37_kit as k
from _v37_kit import Doc, P

# fmt: off


def extravasation_report(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, rn, pharm, onc = k.people(c, 4); d = k.day(c); a = k.age(c, 0.15, 26, 88)
    drug = c.ch((("⟦dr|doxorubicin⟧", "vesicant", "⟦dr|dexrazoxane⟧ ⟦do|1000 mg/m2⟧ IV within 6 h", "cold"), ("⟦dr|vinorelbine⟧", "vesicant", "⟦dr|hyaluronidase⟧ ⟦do|150 units⟧ SC around site", "warm"), ("⟦dr|oxaliplatin⟧", "irritant", "supportive care, no antidote", "warm"), ("⟦dr|paclitaxel⟧", "irritant", "⟦dr|hyaluronidase⟧ ⟦do|150 units⟧ SC around site", "cold")))
    port = c.chance(0.6)
    doc = Doc().put(P("HOSPITAL", hosp), " Infusion Center\n", "EXTRAVASATION / INFILTRATION EVENT REPORT    safety report # ", P("OTHER_ID", f"SR{c.digits(7)}"), "\n\n")
    doc.put("Patient name........ ", P("NAME_PATIENT", pat.lf), "\nAge................. ", k.age_p(a), "\nMRN................. ", P("MRN", k.mrn(c)), "\nEncounter........... ", P("ACCOUNT", k.fin(c)), "\nDate of event....... ", k.dd(c, d), "\n")
    if c.chance(0.25): doc.put("International patient, passport ", P("PASSPORT", k.passport(c)), "\n")
    doc.put("Agent............... ", drug[0], f" ({drug[1]}), est. volume {c.ri(2, 25)} mL\n")
    if port: doc.put("Access.............. implanted port, ⟦an|right chest wall⟧; port serial ", P("DEVICE", k.serial(c)), "; ⟦fi|needle dislodgement⟧ suspected\n")
    else: doc.put("Access.............. 22G peripheral IV, ⟦an|dorsum of left hand⟧\n")
    doc.put(f"Findings............ ⟦fi|erythema⟧ {c.ri(2, 9)} x {c.ri(2, 7)} cm, ⟦fi|swelling⟧, pain {c.ri(3, 9)}/10\n", "Management.......... infusion stopped, residual aspirated, ", drug[2], f"; {drug[3]} compresses 20 min QID x 48 h; limb elevated\n")
    doc.put("Photographs......... taken, uploaded to chart\n", "Follow-up........... ", k.dd(c, k.add(d, 1), "md"), " and ", k.dd(c, k.add(d, 7), "md"), "; ⟦pr|plastic surgery consult⟧ if ⟦fi|blistering⟧\n\n")
    doc.put("Reported by ", P("NAME_CLINICIAN", rn.full), ", RN, OCN; pharmacist ", P("NAME_CLINICIAN", f"{pharm.first[0]}.{pharm.last}"), ", PharmD; oncologist notified: ", P("NAME_CLINICIAN", f"Dr. {onc.last}"), "\n")
    if c.chance(0.4): doc.put("Patient given infusion nurse line ", P("PHONE", k.phone(c, t.area)), "\n")
    return doc


def fmt_donor_screen(c) -> Doc:
    t = k.town(c); bank = c.ch((f"{t.name} Microbiome Donor Program", "OpenGut Stool Bank", f"Digestive Health Lab of {t.name}")); don, md, coord = k.people(c, 3); d = k.day(c); a = c.ri(19, 48); dob = k.born(c, a, d)
    doc = Doc().put(P("HOSPITAL", bank), "\nDONOR SCREENING RECORD - ⟦pr|fecal microbiota transplantation⟧ (FMT)\n", "Donor ID: ", P("OTHER_ID", f"D-{c.digits(4)}-{c.letters(1)}"), "     status: ", c.ch(("screening", "active", "deferred")), "\n\n")
    doc.put("Name: ", P("NAME_PATIENT", don.full), "     DOB: ", k.dd(c, dob), "     sex: ", don.sex, "\n")
    if c.chance(0.8): doc.put("Address: ", k.addr(c, t), "\n")
    doc.put("Mobile: ", P("PHONE", k.phone(c, t.area)))
    doc.put(["     E-mail: ", P("EMAIL", k.email(c, don))] if c.chance(0.6) else "", "\n")
    if c.chance(0.7): doc.put("SSN (for donor compensation 1099): ", P("SSN", k.ssn(c)), "\n")
    if c.chance(0.5): doc.put("Employer: ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "\n")
    if c.chance(0.45): doc.put("Travel outside US in last 6 months: yes - passport ", P("PASSPORT", k.passport(c)), " reviewed\n")
    doc.put("\nQuestionnaire: ", c.ch(("passed", "passed with note: ⟦dr|amoxicillin⟧ course >3 months ago")), "\n")
    if c.chance(0.5): doc.put("  online form ", P("URL", k.link(c, "donorscreen.gutbank.org", "q/")), "\n")
    doc.put("\nTest\tSpecimen\tResult\n")
    for lab in c.sample(("⟦lab|C. difficile toxin PCR⟧", "⟦lab|H. pylori stool antigen⟧", "⟦lab|ova and parasites⟧", "⟦lab|norovirus PCR⟧", "⟦lab|HIV-1/2 antibody⟧", "⟦lab|hepatitis C antibody⟧"), c.ri(3, 5)):
        doc.put(lab, "\t", P("ACCESSION", k.acc(c, c.ch(("ST", "SR")))), "\t", c.ch(("negative", "negative", "not detected")), "\n")
    doc.put(f"\n⟦ep|Bristol Stool Form Scale⟧ type {c.ri(3, 5)}; ⟦me|BMI {c.ri(19, 29)}⟧\n", "Collected ", k.dd(c, d, "iso"), "; re-screen due ", k.dd(c, k.add(d, 60), "iso"), "\n")
    doc.put("Coordinator ", P("NAME_CLINICIAN", coord.full), "   Medical director ", P("NAME_CLINICIAN", md.init), ", MD\n")
    return doc


def seed_localization(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, rad, tech, surg = k.people(c, 4); d = k.day(c); a = c.ri(36, 84); dob = k.born(c, a, d)
    side = c.ch(("left", "right"))
    doc = Doc().put(P("HOSPITAL", hosp), " Breast Imaging\n", "PROCEDURE: ⟦pr|radioactive seed localization⟧, ", side, " breast\n")
    doc.put("PATIENT: ", P("NAME_PATIENT", f"{pat.last.upper()}, {pat.first.upper()}"), "   DOB: ", k.dd(c, dob, "slash"), "   MRN: ", P("MRN", k.mrn(c)), "\n", "EXAM DATE: ", k.dd(c, d, c.ch(("slash", "dmy", "abbr"))), "   ACCESSION: ", P("ACCESSION", k.acc(c, "MG")), "\n")
    if c.chance(0.5): doc.put("Member ID: ", P("INSURANCE", k.member(c)), "\n")
    if c.chance(0.25): doc.put("ID verified: passport ", P("PASSPORT", k.passport(c)), "\n")
    doc.put("\nHISTORY: ", c.ch(("⟦fi|invasive ductal carcinoma⟧", "⟦fi|atypical ductal hyperplasia⟧", "⟦fi|ductal carcinoma in situ⟧")), " on ⟦pr|ultrasound-guided core biopsy⟧ ", k.dd(c, k.add(d, -c.ri(10, 30)), "md"), ", pathology ", P("ACCESSION", f"S{c.ri(21, 25)}-{c.digits(5)}"), ".\n")
    doc.put(f"TECHNIQUE: under ⟦pr|mammographic guidance⟧, ⟦dr|lidocaine 1%⟧ ⟦do|5 mL⟧ local; one ⟦dr|I-125⟧ seed (⟦me|{c.fl(0.12, 0.3, 2)} mCi⟧) placed at the clip, {c.ri(0, 4)} mm from target, anterior to ⟦ep|Cooper's ligaments⟧.\n")
    doc.put("Post-procedure mammogram confirms position. ⟦fi|No hematoma⟧.\n", "IMPRESSION: successful localization. Surgery with ", P("NAME_CLINICIAN", f"Dr. {surg.first} {surg.last}"), " on ", k.dd(c, k.add(d, c.ri(1, 5)), "long"), ".\n\n")
    doc.put("Radiologist: ", P("NAME_CLINICIAN", rad.full.upper() if c.chance(0.3) else rad.full), ", MD")
    doc.put(["   NPI ", P("LICENSE", k.npi(c))] if c.chance(0.6) else "", "   Technologist: ", P("NAME_CLINICIAN", tech.ini), "\n")
    if c.chance(0.7): doc.put("Faxed to surgeon's office ", P("FAX", k.phone(c, t.area)), "\n")
    return doc


def bladder_scan_log(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, rn1, rn2, uro = k.people(c, 4); d = k.day(c); a = k.age(c, 0.45, 66, 89)
    doc = Doc().put(P("HOSPITAL", hosp), " / ACUTE REHAB 3N / POST-VOID RESIDUAL (PVR) BLADDER SCAN LOG\n")
    doc.put(P("NAME_PATIENT", pat.lf.upper()), "  ", k.age_p(a), c.ch(("Y ", " yo ")), pat.sex, "  MRN ", P("MRN", k.mrn(c)), "  visit ", P("ACCOUNT", k.fin(c)), "\n")
    doc.put("Dx: ", c.ch(("⟦fi|urinary retention⟧ after hip fracture repair", "⟦fi|neurogenic bladder⟧, ⟦fi|spinal cord injury⟧ T10", "⟦fi|urinary retention⟧ on ⟦dr|oxybutynin⟧")), "; ⟦ep|Foley catheter⟧ removed ", k.dd(c, d, "md"), "\n")
    if c.chance(0.35): doc.put("Sacral neuromodulator in place, serial ", P("DEVICE", k.serial(c)), " - MRI conditional\n")
    if c.chance(0.6): doc.put("Scanner upload from ", P("IP", k.ipv4(c)), "\n")
    doc.put("\ndate  | time | voided mL | ⟦me|PVR⟧ mL | action               | RN\n")
    for i in range(c.ri(4, 7)):
        pvr = c.ri(40, 720)
        doc.put(k.dd(c, k.add(d, i // 3), "md"), f" | {6 + (i % 3) * 6:02d}00 | {c.ri(50, 400):>9} | {pvr:>6} | ", f"{'⟦pr|straight catheterization⟧' if pvr > 400 else 'none':<20}", " | ", P("NAME_CLINICIAN", c.ch((rn1, rn2)).ini), "\n")
    doc.put("\nTimed voiding q3h; ⟦ep|Credé maneuver⟧ taught; ⟦dr|tamsulosin⟧ ⟦do|0.4 mg daily⟧. ⟦lab|urinalysis⟧ ", c.ch(("negative", "+ nitrite")), ".\n")
    doc.put("Urology: ", P("NAME_CLINICIAN", f"{uro.last}, {uro.first[0]}."), " aware. Primary RNs ", P("NAME_CLINICIAN", rn1.full), " / ", P("NAME_CLINICIAN", rn2.first), "\n")
    return doc


def tympanostomy_note(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); kid, ent, anes = k.people(c, 3); d = k.day(c); a = c.ri(1, 9); dob = k.born(c, a, d)
    rel, par = k.relative(c, kid, [ent, anes], "parent")
    doc = Doc().put("OPERATIVE NOTE - ", P("HOSPITAL", hosp), " Pediatric Ambulatory Surgery\n")
    doc.put("Pt: ", P("NAME_PATIENT", c.ch((kid.full, kid.lf, kid.first))), "  DOB ", k.dd(c, dob, c.ch(("slash", "short"))), f"  ({a} y)  MRN ", P("MRN", k.mrn(c)), "\nDOS: ", k.dd(c, d), "\n")
    doc.put("Surgeon: ", P("NAME_CLINICIAN", f"{ent.first} {ent.last}"), ", MD   Anesthesia: ", P("NAME_CLINICIAN", f"Dr. {anes.last}"), " (mask)\n\n")
    doc.put("Pre-op dx: ", c.ch(("⟦fi|recurrent acute otitis media⟧", "⟦fi|chronic otitis media with effusion⟧")), ", ", c.ch(("bilateral", "with ⟦fi|conductive hearing loss⟧")), "\n")
    doc.put("Procedure: ⟦pr|bilateral myringotomy with tympanostomy tubes⟧\n")
    doc.put(f"Findings: R ⟦an|middle ear⟧ {c.ch(('mucoid', 'serous', 'purulent'))} effusion, L {c.ch(('mucoid', 'dry', 'serous'))}; ⟦ep|Eustachian tube⟧ dysfunction presumed. Tubes: fluoroplastic, 1.14 mm.\n")
    doc.put("Drops: ⟦dr|ciprofloxacin-dexamethasone otic⟧ ⟦do|4 drops BID x 5 days⟧. EBL nil. ⟦me|SpO2 99%⟧ throughout.\n\n")
    doc.put("Guardian: ", P("NAME_RELATIVE", par.full), f" ({rel}), cell ", P("PHONE", k.phone(c, t.area)), "\n")
    if c.chance(0.4): doc.put("Home: ", k.addr_up(c, t), "\n")
    if c.chance(0.7): doc.put("Subscriber member # ", P("INSURANCE", k.member(c)), c.ch(("", " (through parent's employer)")), "\n")
    if c.chance(0.3): doc.put("Parent employer: ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "\n")
    if c.chance(0.45): doc.put("Parking validated, plate ", P("VEHICLE", k.plate(c)), "\n")
    doc.put("F/u audiogram ", k.dd(c, k.add(d, 21), "ord"), ".")
    doc.put([" Note faxed to PCP ", P("FAX", k.phone(c, t.area))] if c.chance(0.6) else "", "\n")
    return doc


def pertussis_contact_prophylaxis(c) -> Doc:
    t = k.town(c); case, nurse, epi = k.people(c, 3); d = k.day(c); a = c.ri(1, 70)
    doc = Doc().put(c.ch(("County Health Department", "District Public Health Office")), " | Communicable Disease Unit | fax ", P("FAX", k.phone(c, t.area)), "\n")
    doc.put("PERTUSSIS CONTACT INVESTIGATION / POST-EXPOSURE PROPHYLAXIS LINE LIST\n", "case no.=", P("OTHER_ID", f"PT-{c.ri(21, 25)}-{c.digits(4)}"), "; index=", P("NAME_PATIENT", case.lf.lower() if c.chance(0.3) else case.lf), f"; age={a}; onset=", k.dd(c, d, "iso"), "\n")
    doc.put("⟦lab|Bordetella pertussis PCR⟧ positive, specimen ", P("ACCESSION", k.acc(c, "NP")), "; reporting lab ", P("HOSPITAL", c.ch((f"{t.name} Regional Medical Center", f"{t.name} Memorial Hospital", "Mercy Valley Hospital"))), "\n")
    doc.put("symptoms: ⟦fi|paroxysmal cough⟧", c.ch((", ⟦fi|post-tussive emesis⟧", ", ⟦fi|inspiratory whoop⟧", "")), "\n")
    if c.chance(0.6): doc.put("address=", k.addr(c, t), "\n")
    if c.chance(0.6): doc.put("works at ", P("WORKPLACE", c.ch(k.EMPLOYERS)), " (coworkers notified by employer letter, not listed)\n")
    if c.chance(0.5): doc.put("returned from travel; passport ", P("PASSPORT", k.passport(c)), "\n")
    if c.chance(0.4): doc.put("email on file ", P("EMAIL", k.email(c, case)), "\n")
    doc.put("\nContact            | relation | age | PEP                                   | phone            | Rx no.\n")
    used = [nurse, epi]
    kinds = ["parent", "parent", "sibling"] if a < 18 else ["spouse", "child", "child", "sibling"]
    for kind in kinds[: c.ri(2, len(kinds))]:
        rel, r = k.relative(c, case, [nurse, epi], kind)
        if any(r.first == q.first for q in used): continue
        used.append(r); ra = c.ri(a + 18, a + 40) if kind == "parent" else c.ri(max(a - 8, 18), max(a + 8, 26)) if kind == "spouse" else c.ri(0, max(a - 20, 0)) if kind == "child" else c.ri(max(a - 9, 0), a + 9)
        doc.put(P("NAME_RELATIVE", r.full), " | ", rel, f" | {ra if ra else '<1'} | ", c.ch(("⟦dr|azithromycin⟧ ⟦do|500 mg day 1, then 250 mg days 2-5⟧", "⟦dr|azithromycin⟧ ⟦do|10 mg/kg daily x 5 days⟧", "⟦dr|trimethoprim-sulfamethoxazole⟧ ⟦do|BID x 14 days⟧")), " | ", P("PHONE", k.phone(c, t.area)), " | ", P("OTHER_ID", f"RX{c.digits(7)}"), "\n")
    doc.put("\nInfant <12 mo or pregnant contact in house: ", c.ch(("yes - ⟦dr|Tdap⟧ advised", "no")), "\n", "Investigator ", P("NAME_CLINICIAN", nurse.full), ", RN; epidemiologist ", P("NAME_CLINICIAN", epi.init), "; report date ", k.dd(c, k.add(d, c.ri(3, 9)), "slash"), "\n")
    return doc


# fmt: on

TEMPLATES_PART2 = [
    ("en37_extravasation_report", extravasation_report),
    ("en37_fmt_donor_screen", fmt_donor_screen),
    ("en37_seed_localization", seed_localization),
    ("en37_bladder_scan_log", bladder_scan_log),
    ("en37_tympanostomy_note", tympanostomy_note),
    ("en37_pertussis_contact_prophylaxis", pertussis_contact_prophylaxis),
]
