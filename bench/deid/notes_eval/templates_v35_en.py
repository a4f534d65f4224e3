"""v35 English templates, part 1 (README.md "v35"): a nurse-driven urinary-catheter removal log, an inpatient
service-animal accommodation form, an orthotic brace proof-of-delivery, a cranial-helmet (plagiocephaly)
scan and fitting report, a total-body mole-mapping session log, a sperm-cryostorage agreement.
TEMPLATES lists all twelve (part 2: templates_v35_en2.py)."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v35_kit as k
import templates_v35_en2 as en2
from _v35_kit import Doc, P

V35_EN_WORDLIKE = k.EN_WORDLIKE

# fmt: off


def foley_removal_log(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, rn1, rn2, md = k.people(c, 4); d = k.day(c); a = k.age(c, 0.3, 50, 88)
    why = c.ch(("⟦pr|total hip arthroplasty⟧ POD 2", "⟦fi|acute urinary retention⟧ on admission", "⟦fi|septic shock⟧, strict I&O no longer needed", "⟦pr|sigmoid colectomy⟧, ⟦pr|epidural analgesia⟧ removed"))
    doc = Doc().put(P("HOSPITAL", hosp), " Nursing - CAUTI prevention\n", "NURSE-DRIVEN URINARY CATHETER REMOVAL / BLADDER SCAN LOG\n", "Patient: ", P("NAME_PATIENT", pat.lf.upper()), "  Age ", k.age_p(a), "  MRN ", P("MRN", k.mrn(c)), "  FIN ", P("ACCOUNT", k.fin(c)), "\n")
    doc.put("16 Fr ⟦ep|Foley catheter⟧ placed ", k.dd(c, k.add(d, -c.ri(2, 6)), "md"), " in ED. Indication: ", why, "\n", "Removed ", k.dd(c, d, c.ch(("slash", "dot", "long"))), " 06:00 by ", P("NAME_CLINICIAN", rn1.full), ", RN per protocol.\n\n", "Time  | voided | ⟦pr|bladder scan⟧ | action | RN\n")
    for i in range(c.ri(3, 5)):
        vo = c.ch(("none", f"{c.ri(60, 380)} mL"))
        doc.put(f"{8 + 2 * i:02d}:00 | ", vo, f" | {c.ri(110, 690)} mL | ", c.ch(("encourage void", "⟦pr|straight catheterization⟧ x1", "rescan in 2 h")) if vo == "none" else "voided, PVR acceptable", " | ", P("NAME_CLINICIAN", c.ch((rn1.first, f"{rn1.first[0]}{rn1.last[0]}"))) if i < 2 else P("NAME_CLINICIAN", rn2.first), "\n")
    doc.put("\n", c.ch(("⟦dr|tamsulosin⟧ ⟦do|0.4 mg daily⟧", "⟦dr|bethanechol⟧ ⟦do|25 mg tid⟧")), " started by ", P("NAME_CLINICIAN", f"Dr. {md.last}"), f"; ⟦lab|creatinine {c.fl(0.7, 1.6)} mg/dL⟧; ⟦fi|suprapubic tenderness⟧ absent; ⟦me|T 36.{c.ri(3, 9)} C⟧.\n")
    if c.chance(0.5): rel, kp = k.relative(c, pat, [rn1, rn2, md], c.ch(("spouse", "child"))); doc.put("Family (", rel, " ", P("NAME_RELATIVE", kp.first), ") informed, ", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put("Reinsert only with provider order. Charge RN ", P("NAME_CLINICIAN", rn2.init), "\n")
    return doc


def service_animal_form(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, pc, ip = k.people(c, 3); d = k.day(c); a = k.age(c, 0.1, 19, 84); dob = k.born(c, a, d)
    animal = c.ch(("dog (Labrador retriever)", "dog (standard poodle)", "miniature horse", "dog (German shepherd)"))
    task = c.ch(("guide for ⟦fi|retinitis pigmentosa⟧", "seizure alert for ⟦fi|focal epilepsy⟧ on ⟦dr|lacosamide⟧ ⟦do|100 mg bid⟧", "mobility support after ⟦fi|spinal cord injury⟧ at ⟦an|T10⟧", "hypoglycemia alert, ⟦fi|type 1 diabetes⟧, ⟦lab|HbA1c 8.1%⟧", "⟦fi|PTSD⟧ interruption of panic episodes"))
    doc = Doc().put(P("HOSPITAL", hosp), "\nPatient Relations - Service Animal Accommodation\n", "Request #: ", P("OTHER_ID", f"SA-{c.digits(6)}"), "   Date received: ", k.dd(c, d), "\n\n")
    doc.put("Patient: ", P("NAME_PATIENT", pat.full), "\nDOB: ", k.dd(c, dob, "slash"), "   MRN: ", P("MRN", k.mrn(c)), "   Encounter: ", P("ACCOUNT", k.fin(c)), "\n")
    doc.put("Home: ", k.addr(c, t), "\nPhone: ", P("PHONE", k.phone(c, t.area)), ("   E-mail: ", P("EMAIL", k.email(c, pat))) if c.chance(0.5) else "", "\n")
    if c.chance(0.2): doc.put("Employer: ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "\n")
    doc.put("Animal: ", animal, "; task: ", task, "\n", "Admitted for: ", c.ch(("⟦pr|total knee arthroplasty⟧, ⟦an|right knee⟧", "⟦fi|community-acquired pneumonia⟧, ⟦dr|ceftriaxone⟧ ⟦do|1 g IV daily⟧", "⟦pr|laparoscopic cholecystectomy⟧", "⟦fi|cellulitis⟧ of the ⟦an|left lower leg⟧, ⟦dr|cefazolin⟧ ⟦do|2 g IV q8h⟧")), "\n")
    doc.put("Not permitted in: OR, ⟦pr|sterile processing⟧, ⟦fi|neutropenic⟧ rooms. Vaccination record sighted (rabies).\n")
    rel, kp = k.relative(c, pat, [pc, ip], "any")
    doc.put("Alternate handler while pt off unit: ", P("NAME_RELATIVE", kp.full), " (", rel, ") ", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put("Infection prevention reviewed: ", P("NAME_CLINICIAN", ip.lf), ", RN, CIC   Patient Relations: ", P("NAME_CLINICIAN", pc.init), "\n")
    if c.chance(0.5): doc.put("Pt may upload updates at ", P("URL", k.link(c, c.ch(("myhealth.", "portal.")) + t.name.lower().replace(" ", "") + "health.org")), "\n")
    return doc


def orthotic_brace_delivery(c) -> Doc:
    t = k.town(c); pat, md, ot = k.people(c, 3); d = k.day(c); a = k.age(c, 0.2, 18, 88); dob = k.born(c, a, d)
    dev, code, dx = c.ch((("lumbosacral orthosis (LSO), rigid anterior/posterior panels", "L0650", "⟦fi|L1 compression fracture⟧, ⟦fi|osteoporosis⟧ on ⟦dr|alendronate⟧ ⟦do|70 mg weekly⟧"), ("knee orthosis, hinged, adjustable flexion/extension", "L1833", "⟦fi|medial collateral ligament sprain⟧, ⟦an|left knee⟧"), ("ankle-foot orthosis, solid ankle, custom", "L1960", "⟦fi|foot drop⟧ after ⟦fi|peroneal nerve palsy⟧"), ("cervical collar (Philadelphia type)", "L0172", "⟦fi|C6 spinous process fracture⟧, ⟦me|NDI 34%⟧"), ("wrist-hand orthosis, thumb spica", "L3807", "⟦ep|de Quervain tenosynovitis⟧, ⟦an|right wrist⟧")))
    doc = Doc().put(c.ch(("Peak Orthotics & Prosthetics", "Valley O&P Lab", "BraceWorks Medical Supply")), " - PROOF OF DELIVERY\n", "Fax to ordering office: ", P("FAX", k.phone(c, t.area)), "\n" if c.chance(0.6) else "   ", "Delivered: ", k.dd(c, d), "\n\n")
    doc.put("Beneficiary: ", P("NAME_PATIENT", pat.lf), "   DOB ", k.dd(c, dob), "   Age ", k.age_p(a), "\n", "Address: ", k.addr(c, t), "\n")
    doc.put("Medicare MBI / member ID: ", P("INSURANCE", k.member(c)), ("   SSN on file: ", P("SSN", k.ssn(c))) if c.chance(0.4) else "", "\n")
    doc.put("Item: ", dev, "   HCPCS ", code, "   REF ", c.ri(1000, 8999), "-", c.ch("SML"), "\n", "Dx: ", dx, "\n")
    doc.put("Ordering physician: ", P("NAME_CLINICIAN", md.full), ", DO   NPI ", P("LICENSE", k.npi(c)), "   ", P("HOSPITAL", k.hospital(c, t)), "\n")
    doc.put("Fitted by ", P("NAME_CLINICIAN", ot.full), ", CO; skin checked over ⟦an|bony prominences⟧, no ⟦fi|erythema⟧; wear ", c.ch(("23 h/day", "when out of bed", "at night")), ".\n")
    if c.chance(0.4): rel, kp = k.relative(c, pat, [md, ot], "any"); doc.put("Received by ", rel, " ", P("NAME_RELATIVE", kp.full), " on behalf of beneficiary.\n")
    doc.put("Signature: ____________  ", k.dd(c, d, "md"), "\n")
    return doc


def cranial_helmet_scan(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); baby, md, oc = k.people(c, 3); d = k.day(c); dob = k.add(d, -c.ri(120, 200))
    rel, par = k.relative(c, baby, [md, oc], "parent"); cvai = c.fl(6.5, 12.5)
    doc = Doc().put(P("HOSPITAL", hosp), " Craniofacial Orthotics\n", "3D SCAN & CRANIAL REMOLDING ORTHOSIS REPORT\n", "Scan ID ", P("ACCESSION", f"CR{c.digits(7)}"), "   Scan date ", k.dd(c, d, c.ch(("iso", "slash"))), "\n")
    doc.put("Infant: ", P("NAME_PATIENT", baby.full), "   DOB ", k.dd(c, dob), "   MRN ", P("MRN", k.mrn(c)), "\n", "Corrected age: ", c.ri(4, 6), " months; term birth\n")
    doc.put("Parent: ", P("NAME_RELATIVE", par.full), " (", rel, ")   cell ", P("PHONE", k.phone(c, t.area)), "\n")
    if c.chance(0.5): doc.put("Plan member ID ", P("INSURANCE", k.member(c)), "\n")
    doc.put(f"Findings: ⟦fi|{c.ch(('right', 'left'))} posterior deformational plagiocephaly⟧, ⟦me|CVAI {cvai}%⟧, ⟦me|cephalic index {c.ri(78, 88)}%⟧, ⟦fi|ear shift⟧ anterior; ⟦fi|torticollis⟧ treated with ⟦pr|physical therapy⟧.\n")
    doc.put("⟦fi|Craniosynostosis⟧ excluded clinically (⟦an|lambdoid suture⟧ ridge absent).\n", "Helmet serial: ", P("DEVICE", k.serial(c)), "   model STARband-type, size ", c.ri(2, 5), "\n")
    if c.chance(0.6): doc.put("Scanner upload host ", P("IP", k.ipv4(c)), "\n")
    doc.put("Wear 23 h/day; skin checks bid. Recheck ", k.dd(c, k.add(d, 14), "md"), ".\n", "Referring: ", P("NAME_CLINICIAN", f"Dr. {md.last}"), "   Orthotist: ", P("NAME_CLINICIAN", oc.init), ", CO\n")
    return doc


def mole_mapping_log(c) -> Doc:
    t = k.town(c); pat, derm, ph = k.people(c, 3); d = k.day(c); a = k.age(c, 0.05, 24, 80); dob = k.born(c, a, d)
    doc = Doc().put("TOTAL BODY PHOTOGRAPHY / DIGITAL DERMOSCOPY - SESSION EXPORT\n", "site=", P("HOSPITAL", c.ch((f"{t.name} Dermatology Associates", k.hospital(c, t)))), "\n")
    if c.chance(0.7): doc.put("workstation=", P("IP", k.ipv4(c)), "\n")
    doc.put("study=", P("ACCESSION", f"TBP-{c.digits(8)}"), "\nsession_date=", k.dd(c, d, "iso"), "\npatient=", P("NAME_PATIENT", f"{pat.last.upper()}^{pat.first.upper()}"), "\ndob=", k.dd(c, dob, "iso"), "\nmrn=", P("MRN", k.mrn(c)), "\n")
    doc.put("photographer=", P("NAME_CLINICIAN", f"{ph.first[0].lower()}{ph.last.lower()}"), "\nreviewer=", P("NAME_CLINICIAN", derm.lf), " MD\n", "risk=⟦fi|dysplastic nevus syndrome⟧; ⟦fi|melanoma in situ⟧ ", c.ri(2005, 2019), "; family hx ", c.ch(("+", "-")), "\n\n")
    for i in range(c.ri(3, 5)):
        site = c.ch(("⟦an|left scapula⟧", "⟦an|right flank⟧", "⟦an|mid back⟧", "⟦an|left calf⟧", "⟦an|right upper arm⟧", "⟦an|abdomen⟧"))
        doc.put(f"lesion {i + 1}: ", site, f" | {c.fl(3.0, 8.5)} mm | ", c.ch(("stable", "new", "changed: asymmetric network", "stable", "⟦fi|atypical pigment network⟧")), "\n")
    if c.chance(0.4): doc.put("action: ⟦pr|shave biopsy⟧ lesion 2, specimen ", P("ACCESSION", f"S{c.ri(22, 25)}-{c.digits(5, False)}"), "\n")
    doc.put("⟦ep|ABCDE criteria⟧ reviewed; ⟦dr|sunscreen SPF 50⟧ daily; next mapping ", k.dd(c, k.add(d, 180), c.ch(("mon", "long"))), "\n")
    if c.chance(0.5): doc.put("portal_link=", P("URL", k.link(c, "skinmap.example-derm.com/p")), "\n")
    if c.chance(0.4): doc.put("notify=", P("EMAIL", k.email(c, pat)), "\n")
    return doc


def sperm_cryo_storage(c) -> Doc:
    t = k.town(c); pat, md, lab = k.people(c, 3); pat = k.Person(pat.first if pat.sex == "M" else c.ch(k.EN_M), pat.last, "M"); d = k.day(c); a = c.ri(16, 44); dob = k.born(c, a, d)
    dx, plan = c.ch((("⟦fi|testicular germ cell tumor⟧", "⟦pr|radical orchiectomy⟧ then ⟦dr|BEP⟧ x3"), ("⟦fi|Hodgkin lymphoma⟧", "⟦dr|ABVD⟧ x6"), ("⟦fi|acute lymphoblastic leukemia⟧", "induction with ⟦dr|vincristine⟧ ⟦do|1.4 mg/m2⟧"), ("⟦fi|Ewing sarcoma⟧", "⟦dr|ifosfamide⟧ / ⟦dr|etoposide⟧")))
    doc = Doc().put(P("HOSPITAL", c.ch((f"{t.name} Reproductive Medicine", k.hospital(c, t)))), " Andrology Laboratory\n", "SPERM CRYOPRESERVATION & STORAGE AGREEMENT\n", "Client ID: ", P("OTHER_ID", f"AND{c.digits(6)}"), "   Collected: ", k.dd(c, d), "\n\n")
    doc.put("Depositor: ", P("NAME_PATIENT", pat.full), "   DOB ", k.dd(c, dob), "   MRN ", P("MRN", k.mrn(c)), "\n", "Address: ", k.addr(c, t), "   Phone ", P("PHONE", k.phone(c, t.area)), "\n")
    if c.chance(0.7): doc.put("ID verified: passport ", P("PASSPORT", k.passport(c)), "\n")
    else: doc.put("ID verified: driver's license ", P("LICENSE", f"{c.letters(1)}{c.digits(7)}"), "\n")
    if c.chance(0.5): doc.put("SSN (billing): ", P("SSN", k.ssn(c)), "\n")
    if c.chance(0.6): doc.put("E-mail for storage renewals: ", P("EMAIL", k.email(c, pat)), "\n")
    doc.put("Indication: fertility preservation before ", plan, " for ", dx, "\n")
    doc.put(f"Semen analysis: ⟦me|volume {c.fl(1.5, 4.5)} mL⟧, ⟦lab|concentration {c.ri(18, 80)} million/mL⟧, ⟦lab|progressive motility {c.ri(32, 62)}%⟧; {c.ri(3, 8)} vials, tank {c.ch('ABCD')}-{c.ri(1, 9)}\n")
    doc.put("Infectious screen: ⟦lab|HIV-1/2 Ag/Ab nonreactive⟧, ⟦lab|HBsAg negative⟧.\n")
    if pat.sex == "M" and a >= 18 and c.chance(0.6):
        rel, sp = k.relative(c, pat, [md, lab], "spouse"); doc.put("Disposition on death: to ", rel, " ", P("NAME_RELATIVE", sp.full), ", who co-signs.\n")
    elif a < 18:
        rel, pr = k.relative(c, pat, [md, lab], "parent"); doc.put("Minor: consent by ", rel, " ", P("NAME_RELATIVE", pr.full), ".\n")
    doc.put("Oncologist: ", P("NAME_CLINICIAN", f"Dr. {md.first} {md.last}"), "   Embryologist: ", P("NAME_CLINICIAN", lab.init), "\n", "Annual storage fee billed to account ", P("ACCOUNT", k.fin(c)), ".\n")
    return doc
# fmt: on


WORDLIKE = frozenset(k.EN_WORDLIKE)
_OWN = [
    ("en35_foley_removal_log", foley_removal_log),
    ("en35_service_animal_form", service_animal_form),
    ("en35_orthotic_brace_delivery", orthotic_brace_delivery),
    ("en35_cranial_helmet_scan", cranial_helmet_scan),
    ("en35_mole_mapping_log", mole_mapping_log),
    ("en35_sperm_cryo_storage", sperm_cryo_storage),
]
RAW = _OWN + en2.TEMPLATES
#: all twelve English types, each drawn until the shared validator accepts it (_v35_kit.checked)
TEMPLATES = [(tid, k.checked(fn, WORDLIKE)) for tid, fn in RAW]
