"""v36 English templates, part 1 (README.md "v36"): a utility shut-off protection medical certificate,
a 24-hour oesophageal pH-impedance study printout, an external ventricular drain / ICP hourly log, a CRRT
circuit and citrate log, an intraoperative cell-salvage record, a surgical count sheet.
TEMPLATES lists all twelve (part 2: templates_v36_en2.py)."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v36_kit as k
import templates_v36_en2 as en2
from _v36_kit import Doc, P

V36_EN_WORDLIKE = k.EN_WORDLIKE

# fmt: off


def utility_medical_cert(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, md = k.people(c, 2); d = k.day(c); a = k.age(c, 0.3, 34, 88); util = c.ch(k.UTILITIES)
    equip = c.ch((("home mechanical ventilator", "⟦fi|amyotrophic lateral sclerosis⟧ with ⟦pr|tracheostomy⟧"), ("oxygen concentrator 5 L/min", "⟦fi|COPD⟧ GOLD 4, ⟦lab|PaO2 52 mmHg⟧ on room air"), ("enteral feeding pump", "⟦fi|oropharyngeal dysphagia⟧ after stroke, ⟦pr|PEG tube⟧ feeds"), ("home hemodialysis machine", "⟦fi|end-stage renal disease⟧ on ⟦pr|home hemodialysis⟧"), ("BiPAP device", "⟦fi|obesity hypoventilation syndrome⟧, ⟦me|IPAP 18 cmH2O⟧")))
    doc = Doc().put(P("HOSPITAL", hosp), " - ", c.ch(("Pulmonary Clinic", "Family Medicine", "Home Health Liaison")), "\nPhone ", P("PHONE", k.phone(c, t.area)), "  Fax ", P("FAX", k.phone(c, t.area)), "\n\n")
    doc.put("MEDICAL CERTIFICATION FOR SERVICE PROTECTION / LIFE-SUPPORT EQUIPMENT\nTo: ", util, ", Customer Care - Medical Certification Unit\n")
    doc.put("Date: ", k.dd(c, d), "\nAccount holder: ", P("NAME_PATIENT", pat.full), "   Utility acct no.: ", P("OTHER_ID", f"{c.digits(4)}-{c.digits(5)}-{c.digits(3)}"), "\n")
    doc.put("Service address: ", k.addr(c, t), "\nHome phone: ", P("PHONE", k.phone(c, t.area)), "\n")
    if c.chance(0.3): doc.put("SSN (last verification): ", P("SSN", k.ssn(c)), "\n")
    if c.chance(0.3): doc.put("Employer (for callback): ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "\n")
    doc.put("\nI certify that ", P("NAME_PATIENT", f"{c.ch(('Mr.', 'Ms.'))} {pat.last}" if c.chance(0.5) else pat.first), ", age ", k.age_p(a), ", has a serious medical condition: ", equip[1], ".\n")
    doc.put("Electrically powered equipment in the home: ", equip[0])
    if c.chance(0.8): doc.put(", serial ", P("DEVICE", k.serial(c)))
    doc.put(". Loss of power would ", c.ch(("be life-threatening", "seriously endanger health")), f"; ⟦me|SpO2 {c.ri(84, 91)}%⟧ off support.\n", "Current meds include ", c.ch(("⟦dr|tiotropium⟧ ⟦do|18 mcg daily⟧", "⟦dr|riluzole⟧ ⟦do|50 mg bid⟧", "⟦dr|furosemide⟧ ⟦do|40 mg daily⟧")), ".\n")
    doc.put("Duration of certification: ", c.ch(("90 days", "6 months", "12 months (permanent condition)")), "\n")
    if c.chance(0.5): doc.put("Upload confirmation: ", P("URL", k.link(c, "certify.utilityportal.org", "mc/")), "\n")
    doc.put("\n", P("NAME_CLINICIAN", md.full), c.ch((", MD", ", DO", ", FNP-C")), "   State license ", P("LICENSE", k.state_lic(c, t.state)), "   NPI ", P("LICENSE", k.npi(c)), "\n")
    return doc


def esophageal_ph_report(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, gi, rn = k.people(c, 3); d = k.day(c); a = k.age(c, 0.05, 24, 82); dob = k.born(c, a, d)
    doc = Doc().put(P("HOSPITAL", hosp), " GI Motility Lab\n", "24 HR ESOPHAGEAL pH-IMPEDANCE STUDY - SUMMARY PRINTOUT\n", "=" * 48, "\n")
    doc.put(f"{'Patient':<14}", P("NAME_PATIENT", pat.lf.upper()), "\n", f"{'DOB':<14}", k.dd(c, dob, c.ch(("slash", "iso"))), "   Age ", k.age_p(a), "\n", f"{'MRN':<14}", P("MRN", k.mrn(c)), "\n", f"{'Study ID':<14}", P("ACCESSION", k.acc(c, "PH")), "\n")
    if c.chance(0.5): doc.put(f"{'Visit':<14}", P("ACCOUNT", k.fin(c)), "\n")
    doc.put(f"{'Recorded':<14}", k.dd(c, d, "dmy"), " 07:42 -> ", k.dd(c, k.add(d, 1), "dmy"), " 07:55\n", f"{'Referring':<14}", P("NAME_CLINICIAN", f"Dr. {gi.last}"), "\n", f"{'Placed by':<14}", P("NAME_CLINICIAN", rn.init), ", RN (catheter via left naris, LES by ⟦pr|high-resolution manometry⟧)\n")
    doc.put("Condition: ", c.ch(("OFF", "ON")), " PPI; history of ", c.ch(("⟦ep|Barrett's esophagus⟧", "⟦ep|Schatzki ring⟧", "⟦fi|erosive esophagitis⟧ LA grade B")), " (", c.ch(("⟦dr|omeprazole⟧ ⟦do|40 mg bid⟧", "⟦dr|pantoprazole⟧ ⟦do|40 mg daily⟧", "⟦dr|esomeprazole⟧ ⟦do|20 mg daily⟧")), " held 7 d)\n\n")
    at = c.fl(0.8, 14.0); dm = c.fl(4.0, 48.0)
    doc.put("Parameter           Total   Upright  Supine\n", f"Acid exposure %     {at}    {c.fl(0.5, 12.0)}     {c.fl(0.1, 9.0)}\n", f"Reflux episodes     {c.ri(18, 120)}      {c.ri(10, 80)}       {c.ri(1, 30)}\n", f"⟦me|DeMeester score⟧ {dm}\n", f"⟦me|MNBI⟧ {c.ri(900, 3200)} ohm\n", f"Symptom index (heartburn) {c.ri(10, 90)}%   ⟦me|SAP⟧ {c.fl(80, 99.9)}%\n\n")
    doc.put("Impression: ", c.ch(("⟦fi|pathologic acid reflux⟧ (AET > 6%)", "⟦fi|reflux hypersensitivity⟧", "⟦fi|functional heartburn⟧", "borderline AET; ⟦fi|hiatal hernia⟧ 3 cm on ⟦pr|EGD⟧")), ". Consider ", c.ch(("⟦pr|laparoscopic Nissen fundoplication⟧", "⟦pr|magnetic sphincter augmentation⟧", "⟦dr|baclofen⟧ trial", "neuromodulator")), ".\n")
    doc.put("Read by ", P("NAME_CLINICIAN", gi.full), ", MD  ", k.dd(c, k.add(d, c.ri(2, 6)), "short"), "\n")
    if c.chance(0.85): doc.put("-- exported from recorder station ", P("IP", k.ipv4(c)), " --\n")
    return doc


def evd_icp_log(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, ns, rn1, rn2 = k.people(c, 4); d = k.day(c); a = k.age(c, 0.2, 28, 86)
    dx = c.ch(("⟦fi|aneurysmal subarachnoid hemorrhage⟧, ⟦ep|Hunt and Hess⟧ 3", "⟦fi|intraventricular hemorrhage⟧ with ⟦fi|hydrocephalus⟧", "⟦fi|traumatic brain injury⟧, ⟦ep|Glasgow Coma Scale⟧ 7", "⟦fi|cerebellar infarct⟧ with ⟦fi|obstructive hydrocephalus⟧"))
    doc = Doc().put(P("HOSPITAL", hosp), " NEURO ICU\nEXTERNAL VENTRICULAR DRAIN / ICP FLOWSHEET\n")
    doc.put("pt: ", P("NAME_PATIENT", c.ch((pat.lf.upper(), pat.full, f"{pat.last.upper()} {pat.first[0]}"))), " | age ", k.age_p(a), " | mrn ", P("MRN", k.mrn(c)), " | fin ", P("ACCOUNT", k.fin(c)), "\n")
    doc.put("dx: ", dx, "\n", "EVD placed ", k.dd(c, k.add(d, -c.ri(1, 5)), "md"), " by ", P("NAME_CLINICIAN", f"Dr. {ns.last}"), " (right ⟦an|Kocher's point⟧); level ", c.ch(("0 cmH2O at tragus", "10 cmH2O", "15 cmH2O")), ", ", c.ch(("open", "clamped, open for ICP > 20")), "\n", "date: ", k.dd(c, d, c.ch(("slash", "iso", "dash"))), "\n\n")
    doc.put("time\tICP\tCPP\tdrain mL\tcolor\tRN\n")
    for i in range(c.ri(4, 6)):
        doc.put(f"{(8 + 2 * i) % 24:02d}00\t{c.ri(5, 24)}\t{c.ri(58, 84)}\t{c.ri(0, 18)}\t", c.ch(("blood-tinged", "xanthochromic", "clear", "serosang")), "\t", P("NAME_CLINICIAN", (rn1 if i < 3 else rn2).ini), "\n")
    doc.put("\n", c.ch(("⟦dr|nimodipine⟧ ⟦do|60 mg q4h⟧ via NGT", "⟦dr|hypertonic saline 3%⟧ at ⟦do|30 mL/h⟧", "⟦dr|levetiracetam⟧ ⟦do|500 mg bid⟧")), f"; ⟦lab|serum sodium {c.ri(136, 152)} mmol/L⟧; CSF sent: ⟦lab|CSF cell count⟧, ⟦lab|Gram stain⟧.\n")
    doc.put("Sign-out: ", P("NAME_CLINICIAN", rn1.full), ", RN -> ", P("NAME_CLINICIAN", rn2.full), ", RN\n")
    if c.chance(0.5): rel, kp = k.relative(c, pat, [ns, rn1, rn2], "any"); doc.put("Family: ", rel, " ", P("NAME_RELATIVE", kp.full), " at bedside, cell ", P("PHONE", k.phone(c, t.area)), "\n")
    return doc


def crrt_circuit_log(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, md, rn = k.people(c, 3); d = k.day(c); wt = c.fl(58, 128)
    doc = Doc().put(P("HOSPITAL", hosp), " MICU - CRRT Circuit Log\n", "Patient ", P("NAME_PATIENT", pat.lf), "  MRN ", P("MRN", k.mrn(c)))
    if c.chance(0.6): doc.put("  Encounter ", P("ACCOUNT", k.fin(c)))
    doc.put("\nModality ⟦pr|CVVHDF⟧, ⟦me|dose 25 mL/kg/h⟧, weight ", wt, " kg; ⟦pr|regional citrate anticoagulation⟧\nIndication: ", c.ch(("⟦fi|acute kidney injury⟧ KDIGO 3 with ⟦fi|septic shock⟧", "⟦fi|hyperkalemia⟧ refractory, ⟦lab|potassium 7.1 mmol/L⟧", "⟦fi|fluid overload⟧ on ⟦dr|norepinephrine⟧")), "\nAccess: ", c.ch(("right internal jugular", "left femoral")), " ⟦pr|dialysis catheter⟧\n\n")
    doc.put("circuit | started | ended | hrs | reason | filter RN\n")
    s = k.add(d, -c.ri(2, 4))
    for i in range(c.ri(2, 4)):
        e = k.add(s, c.ri(0, 2))
        doc.put(f"#{i + 1} | ", k.dd(c, s, "md"), f" {c.ri(0, 23):02d}:{c.ch(('05', '20', '40'))} | ", k.dd(c, e, "md"), f" | {c.ri(11, 70)} | ", c.ch(("clotted", "TMP > 250", "planned change 72h", "CT scan transport")), " | ", P("NAME_CLINICIAN", c.ch((rn.ini, rn.first))), "\n")
        s = e
    doc.put("\nPost-filter ionized Ca target 0.25-0.35; ", f"⟦lab|systemic ionized calcium {c.fl(0.95, 1.25, 2)} mmol/L⟧, ", f"⟦lab|total/ionized Ca ratio {c.fl(1.8, 2.7)}⟧ (specimen ", P("ACCESSION", k.acc(c, "C")), ")\n")
    doc.put(c.ch(("⟦dr|calcium chloride⟧ ⟦do|20 mmol/h⟧", "⟦dr|calcium gluconate⟧ ⟦do|2 g/h⟧")), " systemic; ⟦dr|trisodium citrate 4%⟧ prefilter.\n", "Net UF goal ", str(c.ri(50, 200)), " mL/h. Nephrology: ", P("NAME_CLINICIAN", md.init), ", MD.\n")
    if c.chance(0.5): doc.put("Machine log pulled from ", P("IP", k.ipv4(c)), " (biomed gateway)\n")
    return doc


def cell_salvage_record(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, surg, anes, perf = k.people(c, 4); d = k.day(c); a = k.age(c, 0.15, 38, 88)
    proc = c.ch(("⟦pr|revision total hip arthroplasty⟧", "⟦pr|open abdominal aortic aneurysm repair⟧", "⟦pr|posterior spinal fusion⟧ T4-pelvis", "⟦pr|liver resection⟧", "⟦pr|radical cystectomy⟧"))
    doc = Doc().put(P("HOSPITAL", hosp), " - Perfusion Services\nINTRAOPERATIVE AUTOTRANSFUSION (CELL SALVAGE) RECORD\n\n")
    doc.put("Patient: ", P("NAME_PATIENT", pat.full), "   Age: ", k.age_p(a), "   MRN: ", P("MRN", k.mrn(c)), "   Acct: ", P("ACCOUNT", k.fin(c)), "\n", "Date of surgery: ", k.dd(c, d), "   OR ", str(c.ri(1, 18)), "\n", "Procedure: ", proc, "\n")
    doc.put("Surgeon: ", P("NAME_CLINICIAN", f"Dr. {surg.first} {surg.last}"), "   Anesthesia: ", P("NAME_CLINICIAN", anes.init), ", MD   Autotransfusionist: ", P("NAME_CLINICIAN", perf.full), ", CCP\n")
    if c.chance(0.3): doc.put("Positioning: ", c.ch(("supine", "⟦ep|Trendelenburg position⟧", "prone on ⟦ep|Jackson table⟧")), "\n")
    if c.chance(0.3): doc.put("Note: patient is a Jehovah's Witness; continuous-circuit salvage accepted on the signed ⟦pr|blood refusal⟧ worksheet.\n")
    doc.put("\nAnticoagulant: ⟦dr|heparinized saline⟧ ⟦do|30,000 units/L⟧\n", f"Collected volume   {c.ri(900, 4200)} mL\n", f"Wash volume        {c.ri(1000, 5000)} mL\n", f"Reinfused (RBC)    {c.ri(250, 1600)} mL\n", f"⟦lab|Hct of salvaged blood {c.ri(50, 65)}%⟧\n", f"Bowl size {c.ch(('125', '225'))} mL, cycles {c.ri(2, 9)}\n")
    doc.put(f"Pre-op ⟦lab|hemoglobin {c.fl(10.5, 14.8)} g/dL⟧; ", c.ch(("⟦dr|tranexamic acid⟧ ⟦do|1 g IV⟧ at incision", "⟦dr|tranexamic acid⟧ ⟦do|10 mg/kg⟧ bolus")), "\n")
    if c.chance(0.55): doc.put("Implants (scanned): ", c.ch(("acetabular shell", "femoral stem", "modular neck")), " SN ", P("DEVICE", k.serial(c)), "; ", c.ch(("liner", "head")), " SN ", P("DEVICE", k.serial(c)), "  (REF/lot on implant log)\n")
    doc.put("Product labelled with patient ID; expires 4 h after collection. Documented by ", P("NAME_CLINICIAN", perf.ini), "\n")
    return doc


def surgical_count_sheet(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, surg, circ, scrub, relief = k.people(c, 5); d = k.day(c); a = k.age(c, 0.15, 19, 88)
    doc = Doc().put(P("HOSPITAL", hosp), "  PERIOPERATIVE SERVICES\nSURGICAL COUNT SHEET (sponges / sharps / instruments)\n")
    doc.put("PT: ", P("NAME_PATIENT", c.ch((pat.lf.upper(), pat.full.upper()))), "   AGE ", k.age_p(a), "   MRN ", P("MRN", k.mrn(c)), "   CSN ", P("ACCOUNT", k.fin(c)), "\n", "DOS: ", k.dd(c, d, c.ch(("slash", "dmy"))), "   ROOM ", str(c.ri(1, 14)), "\n")
    proc = c.ch(("⟦pr|exploratory laparotomy⟧", "⟦pr|cesarean delivery⟧ via ⟦ep|Pfannenstiel incision⟧", "⟦pr|laparoscopic cholecystectomy⟧ converted to open", "⟦pr|Whipple procedure⟧", "⟦pr|abdominal hysterectomy⟧"))
    doc.put("PROC: ", proc, "   SURGEON: ", P("NAME_CLINICIAN", surg.last.upper()), "\n\n", "item              initial  added  1st close  final\n")
    for item in c.sample(("Raytec 4x4", "Laps 18x18", "Needles (suture)", "Blades", "Bovie tips", "Kitners", "Instrument tray"), 5):
        n = c.ri(5, 40); ad = c.ri(0, 10)
        doc.put(f"{item:<18}{n:<9}{ad:<7}{n + ad:<11}{n + ad}\n")
    doc.put("\nCounts correct x", str(c.ri(2, 3)), ": ", c.ch(("YES", "NO - see below")), "\n", "Circulator: ", P("NAME_CLINICIAN", circ.init), ", RN   Scrub: ", P("NAME_CLINICIAN", scrub.full), ", CST\n")
    if c.chance(0.5): doc.put("Relief at ", f"{c.ri(10, 16)}:{c.ch(('00', '30'))}", ": ", P("NAME_CLINICIAN", relief.full), ", RN (count verified with ", P("NAME_CLINICIAN", scrub.first), ")\n")
    if c.chance(0.5): doc.put("Discrepancy: 1 ", c.ch(("lap sponge", "needle")), " unaccounted -> intraop ⟦pr|portable abdominal radiograph⟧ acc# ", P("ACCESSION", k.acc(c, "XR")), ": ⟦fi|no retained foreign body⟧.\n")
    if c.chance(0.35): doc.put("Implant: ", c.ch(("ICD generator", "sacral neuromodulator", "spinal cord stimulator IPG")), " SN ", P("DEVICE", k.serial(c)), "\n")
    doc.put("Wound class ", c.ch(("I", "II", "III")), "; EBL ", str(c.ri(50, 1500)), " mL; ⟦dr|cefazolin⟧ ⟦do|2 g IV⟧ given; ⟦an|fascia⟧ closed with ⟦dr|bupivacaine⟧ infiltration.\n")
    return doc


# fmt: on

TEMPLATES = [
    ("en36_utility_medical_cert", k.checked(utility_medical_cert, frozenset(V36_EN_WORDLIKE))),
    ("en36_esophageal_ph_report", k.checked(esophageal_ph_report, frozenset(V36_EN_WORDLIKE))),
    ("en36_evd_icp_log", k.checked(evd_icp_log, frozenset(V36_EN_WORDLIKE))),
    ("en36_crrt_circuit_log", k.checked(crrt_circuit_log, frozenset(V36_EN_WORDLIKE))),
    ("en36_cell_salvage_record", k.checked(cell_salvage_record, frozenset(V36_EN_WORDLIKE))),
    ("en36_surgical_count_sheet", k.checked(surgical_count_sheet, frozenset(V36_EN_WORDLIKE))),
    *en2.TEMPLATES,
]
