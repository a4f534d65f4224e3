"""v39 English templates, part 1 (README.md "v39"): a lumbar puncture procedure note, a paracentesis
record, a vertigo clinic visit with an Epley manoeuvre, a nursery circumcision log, a tick-bite / Lyme
clinic note, an ED laceration repair note. TEMPLATES lists all twelve (part 2: templates_v39_en2.py)."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v39_kit as k
import templates_v39_en2 as en2
from _v39_kit import Doc, K, P

V39_EN_WORDLIKE = k.EN_WORDLIKE

# fmt: off


def fem(c, p: k.Person) -> k.Person: return p if p.sex == "F" else k.Person(c.ch(k.EN_F), p.last, "F")
def mal(c, p: k.Person) -> k.Person: return p if p.sex == "M" else k.Person(c.ch(k.EN_M), p.last, "M")
def title(p: k.Person) -> str: return ("Mr. " if p.sex == "M" else "Ms. ") + p.last


def lumbar_puncture_note(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, md, rn, sup = k.people(c, 4); d = k.day(c); a = k.age(c, 0.2, 18, 88); dob = k.born(c, a, d)
    doc = Doc().put(P("HOSPITAL", hosp), " - Procedure Note\nPROCEDURE: ⟦pr|lumbar puncture⟧, diagnostic\n")
    doc.put("Patient: ", k.titled("NAME_PATIENT", c.ch((pat.full, pat.lf, f"{pat.last.upper()}, {pat.first.upper()}"))), "   MRN: ", P("MRN", k.mrn(c)), "   DOB: ", k.dd(c, dob), "\n")
    if a > 89: doc.put("Age: ", k.age_p(a), " years\n")
    doc.put("Date of service: ", k.dd(c, d), f"   Time: {c.ri(7, 22):02d}:{c.ch(('05', '20', '40', '55'))}\n")
    doc.put("Indication: fever and headache, r/o ⟦fi|bacterial meningitis⟧; ⟦pr|CT head⟧ without mass effect.\n")
    if c.chance(0.5):
        rel, rp = k.relative(c, pat, [md, rn, sup])
        doc.put("Consent: obtained from the patient's ", rel, " ", P("NAME_RELATIVE", rp.full), " (", P("PHONE", k.phone(c, t.area)), ") because ", k.titled("NAME_PATIENT", c.ch((pat.first, title(pat)))), " was confused.\n")
    else: doc.put("Consent: risks and benefits discussed with ", k.titled("NAME_PATIENT", title(pat)), ", who agreed.\n")
    doc.put("Position: left lateral decubitus. Site: ⟦an|L3-4⟧ interspace after ⟦dr|lidocaine 1%⟧ ⟦do|3 mL⟧ local; 20G ⟦ep|Quincke needle⟧.\n")
    doc.put("Opening pressure ", K("MEASUREMENT", f"{c.ri(8, 34)} cm H2O"), "; fluid ", c.ch(("clear", "slightly cloudy", "turbid")), ". Four tubes sent, specimen ", P("ACCESSION", k.acc(c, "CSF")), "\n")
    doc.put("Results: ", K("LAB", f"CSF WBC {c.ri(0, 900)}/uL"), ", ", K("LAB", f"CSF protein {c.ri(20, 240)} mg/dL"), ", ", K("LAB", f"CSF glucose {c.ri(20, 80)} mg/dL"), "\n")
    doc.put("Empiric ⟦dr|ceftriaxone⟧ ⟦do|2 g IV q12h⟧ and ⟦dr|vancomycin⟧ given before the tap; ⟦dr|dexamethasone⟧ ⟦do|10 mg IV⟧ with the first dose.\n")
    doc.put("Complications: none. Flat for one hour; watch for ⟦fi|post-dural puncture headache⟧.\n")
    if c.chance(0.3): doc.put("Lab interface ", P("IP", k.ipv4(c)), " confirmed order receipt\n")
    doc.put("Performed by: ", k.titled("NAME_CLINICIAN", md.full), ", MD (resident); supervised by ", k.titled("NAME_CLINICIAN", c.ch((f"Dr. {sup.last}", sup.init))))
    doc.put([" NPI ", P("LICENSE", k.npi(c))] if c.chance(0.3) else "", "\nAssist: ", k.titled("NAME_CLINICIAN", rn.full.lower() if c.chance(0.3) else rn.full), ", RN\n")
    return doc


def paracentesis_record(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, md, rn = k.people(c, 3); d = k.day(c); a = k.age(c, 0.2, 35, 86); dob = k.born(c, a, d)
    doc = Doc().put("PARACENTESIS RECORD                     ", P("HOSPITAL", hosp), "\n")
    doc.put("Name:    ", k.titled("NAME_PATIENT", c.ch((pat.lf.upper(), pat.full, pat.lf))), "\nDOB:     ", k.dd(c, dob, c.ch(("slash", "dmy"))), "      Age: ", k.age_p(a), "\nMRN:     ", P("MRN", k.mrn(c)), "\n")
    if c.chance(0.6): doc.put("Member:  ", P("INSURANCE", k.member(c)), "\n")
    if c.chance(0.35): doc.put("SSN:     ", P("SSN", k.ssn(c)), "\n")
    doc.put("Date:    ", k.dd(c, d), "\n\nDx: ⟦fi|alcohol-associated cirrhosis⟧, ⟦ep|Child-Pugh class C⟧, tense ⟦fi|ascites⟧\n")
    doc.put("⟦pr|ultrasound-guided paracentesis⟧, ⟦an|left lower quadrant⟧; ⟦dr|lidocaine 1%⟧ ⟦do|5 mL⟧\n\n")
    doc.put("time    BP         HR    removed   init\n")
    h = c.ri(8, 14); vol = 0.0
    for i in range(c.ri(3, 5)):
        vol += c.ri(9, 22) / 10
        doc.put(f"{h + i:02d}:{c.ch(('00', '30'))}   ", K("MEASUREMENT", f"{c.ri(92, 134)}/{c.ri(52, 82)}"), "     ", c.ri(68, 104), "    ", K("MEASUREMENT", f"{vol:.1f} L"), "     ", k.titled("NAME_CLINICIAN", rn.ini), "\n")
    doc.put(f"\n⟦dr|albumin 25%⟧ ⟦do|{max(1, round(vol)) * 8} g IV⟧ after removal. Fluid: ", K("LAB", f"ascitic albumin {c.ri(3, 12) / 10:.1f} g/dL"), ", ", K("LAB", f"PMN {c.ri(20, 420)} cells/mm3"), "; specimen ", P("ACCESSION", k.acc(c, "PF")), "\n")
    if c.chance(0.45):
        rel, rp = k.relative(c, pat, [md, rn]); doc.put("Driven home by ", rel, " ", P("NAME_RELATIVE", rp.first if c.chance(0.4) else rp.full), " in vehicle ", P("VEHICLE", k.plate(c)), "\n")
    if c.chance(0.3): doc.put("Mailing address: ", k.addr(c, t), "\n")
    if c.chance(0.25): doc.put("Results to patient portal e-mail ", P("EMAIL", k.email(c, pat)), "\n")
    doc.put("Proceduralist: ", k.titled("NAME_CLINICIAN", c.ch((f"Dr. {md.last}", md.full, f"{md.last.upper()}, {md.first[0]}"))), "   RN: ", k.titled("NAME_CLINICIAN", rn.full), "\n")
    return doc


def bppv_epley_visit(c) -> Doc:
    t = k.town(c); prac = k.clinic(c, t, "Balance and Hearing"); p0, md, ma, pcp = k.people(c, 4); pat = fem(c, p0); d = k.day(c); a = k.age(c, 0.35, 45, 89); dob = k.born(c, a, d)
    doc = Doc().put(P("HOSPITAL", prac), "\nVERTIGO CLINIC VISIT\n")
    doc.put("Pt: ", k.titled("NAME_PATIENT", c.ch((pat.full, pat.lf))), " | DOB ", k.dd(c, dob), " | ", P("AGE_OVER_89", f"{a}F") if a > 89 else f"{a}F", " | MRN ", P("MRN", k.mrn(c)), " | visit ", P("ACCOUNT", k.fin(c)), "\n")
    doc.put("S: ", k.titled("NAME_PATIENT", c.ch((title(pat), pat.first))), " reports brief spinning when rolling to the right since ", k.dd(c, k.add(d, -c.ri(5, 30)), c.ch(("md", "long", "ord"))), "; seen at ", P("HOSPITAL", k.hospital(c, t)), " ED, ⟦pr|MRI brain⟧ normal.\n")
    doc.put("O: ⟦ep|Dix-Hallpike maneuver⟧ positive on the right with ⟦fi|upbeating torsional nystagmus⟧; ⟦me|Dizziness Handicap Inventory 46⟧.\n")
    doc.put("A: ⟦fi|benign paroxysmal positional vertigo⟧, ⟦an|right posterior semicircular canal⟧.\n")
    doc.put("P: ⟦ep|Epley maneuver⟧ x2 in clinic; stop ⟦dr|meclizine⟧ ⟦do|25 mg tid⟧ (sedating); ⟦pr|vestibular rehabilitation⟧.\n")
    if c.chance(0.4): doc.put("Lives alone at ", k.addr(c, t), "; fall precautions reviewed.\n")
    if c.chance(0.5):
        rel, rp = k.relative(c, pat, [md, ma, pcp], "child"); doc.put("Her ", rel, " ", P("NAME_RELATIVE", rp.first), " will call ", P("PHONE", k.phone(c, t.area)), " if symptoms recur.\n")
    if c.chance(0.3): doc.put("Advised not to drive for 48 h (license ", P("LICENSE", f"{c.letters(1)}{c.digits(3)}-{c.digits(3)}-{c.digits(3)}"), ").\n")
    if c.chance(0.4): doc.put("Home exercise video: ", P("URL", k.link(c, "vestibular-home.org", "v/")), "\n")
    doc.put("MA ", k.titled("NAME_CLINICIAN", ma.ini), " | Electronically signed by: ", k.titled("NAME_CLINICIAN", md.full), ", MD ", k.dd(c, d, "slash"), "\n")
    if c.chance(0.5): doc.put("cc: ", k.titled("NAME_CLINICIAN", f"Dr. {pcp.first} {pcp.last}"), " fax ", P("FAX", k.phone(c, t.area)), "\n")
    return doc


def circumcision_log(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); n = c.ri(2, 4); ps = k.people(c, n * 2 + 2); moms, mds, rn = [fem(c, p) for p in ps[:n]], ps[n:2 * n], ps[-1]; d = k.day(c)
    doc = Doc().put("NEWBORN NURSERY - CIRCUMCISION LOG\t", P("HOSPITAL", hosp), "\tweek of ", k.dd(c, d, c.ch(("slash", "long"))), "\n")
    doc.put("infant\tinfant MRN\tmother\tmother MRN\tDOB\tmethod\toperator\n")
    for i in range(n):
        m = moms[i]; inf = c.ch((f"Baby Boy {m.last}", f"{m.last.upper()}, BABY BOY", f"BB {m.last}"))
        doc.put(k.titled("NAME_PATIENT", inf), "\t", P("MRN", k.mrn(c)), "\t", P("NAME_RELATIVE", c.ch((m.full, m.lf))), "\t", P("MRN", k.mrn(c)), "\t", k.dd(c, k.add(d, -c.ri(1, 3)), "md"), "\t", c.ch(("⟦ep|Gomco clamp⟧", "⟦pr|Plastibell⟧", "⟦ep|Mogen clamp⟧")), "\t", k.titled("NAME_CLINICIAN", c.ch((f"Dr. {mds[i].last}", mds[i].full))), "\n")
    doc.put("\nAll: ⟦pr|dorsal penile nerve block⟧ with ⟦dr|lidocaine 1% without epinephrine⟧ ⟦do|0.8 mL⟧; ⟦dr|sucrose 24%⟧ ⟦do|0.5 mL⟧ PO; ⟦dr|petrolatum⟧ gauze. Voided before discharge.\n")
    for i in range(n):
        m = moms[i]
        if c.chance(0.4): doc.put("Medicaid ID for ", P("NAME_RELATIVE", m.first), "'s son: ", P("INSURANCE", f"{c.digits(9)}{c.letters(1)}"), "\n")
    doc.put("Weights: ", ", ".join(f"{c.ri(28, 42) / 10:.1f} kg" for _ in range(n)), " (⟦me|birth weight⟧ recorded on each chart)\n")
    doc.put("Bleeding check at 30 min: no ⟦fi|post-circumcision bleeding⟧. Charge RN: ", k.titled("NAME_CLINICIAN", c.ch((rn.full, rn.init, rn.ini))), "\n")
    if c.chance(0.4): doc.put("Consent questions: call ", P("NAME_RELATIVE", moms[0].full), " at ", P("PHONE", k.phone(c, t.area)), "\n")
    return doc


def lyme_erythema_migrans(c) -> Doc:
    t = k.town(c); prac = k.clinic(c, t, "Family Medicine"); pat, np_, rp0 = k.people(c, 3); d = k.day(c); a = c.ri(8, 79); dob = k.born(c, a, d)
    low = c.chance(0.4); nm = pat.full.lower() if low else c.ch((pat.full, pat.lf))
    doc = Doc().put(P("HOSPITAL", prac), " - acute visit\n" if low else " -- ACUTE VISIT\n")
    doc.put("pt ", k.titled("NAME_PATIENT", nm), " dob ", k.dd(c, dob, "short"), " mrn ", P("MRN", k.mrn(c)), " seen ", k.dd(c, d, "short"), "\n")
    rel, rp = k.relative(c, pat, [np_, rp0], c.ch(("spouse", "parent")) if a < 18 else "spouse")
    doc.put(c.ch(("tick found on ", "Tick removed from ")), "⟦an|left popliteal fossa⟧ on ", k.dd(c, k.add(d, -c.ri(6, 20)), "md"), " by ", rel, " ", P("NAME_RELATIVE", rp.first), ", attached ~36 h. ")
    doc.put("now ⟦fi|erythema migrans⟧ ", K("MEASUREMENT", f"{c.ri(5, 16)} cm"), " with central clearing, mild ⟦fi|arthralgia⟧ of ⟦an|right knee⟧.\n")
    if c.chance(0.5): doc.put("works outdoors for ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "; note for work given.\n")
    if c.chance(0.6): doc.put("Tick saved and sent for ID, specimen ", P("ACCESSION", k.acc(c, "TK")), "\n")
    doc.put("⟦lab|Lyme ELISA negative⟧ (early, expected); ⟦lab|Anaplasma PCR negative⟧. Dx ⟦fi|early localized Lyme disease⟧.\n")
    doc.put("Rx ⟦dr|doxycycline⟧ ⟦do|100 mg bid x 10 days⟧", "; ⟦dr|amoxicillin⟧ ⟦do|50 mg/kg/day⟧ considered, parent prefers doxy" if a < 10 else "", ". sun protection.\n")
    if c.chance(0.5): doc.put("Rash photo uploaded: ", P("URL", k.link(c, "portal.familymed-photos.com", "img/")), "\n")
    if c.chance(0.3): doc.put("Reminder e-mail to ", P("EMAIL", k.email(c, pat)), "\n")
    doc.put("callback ", P("PHONE", k.phone(c, t.area)), "\n")
    if c.chance(0.3): doc.put("Records faxed to school nurse/employer health: ", P("FAX", k.phone(c, t.area)), "\n")
    doc.put("-- ", k.titled("NAME_CLINICIAN", np_.full), ", FNP-C\n")
    return doc


def laceration_repair(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, md, scribe = k.people(c, 3); d = k.day(c); a = k.age(c, 0.2, 18, 80); dob = k.born(c, a, d)
    doc = Doc().put("EMERGENCY DEPARTMENT - LACERATION REPAIR\n", P("HOSPITAL", hosp), "\n\nPATIENT: ", k.titled("NAME_PATIENT", c.ch((pat.full.upper(), pat.lf.upper(), pat.full))), "\nDOB: ", k.dd(c, dob), "   AGE: ", k.age_p(a), "   MRN: ", P("MRN", k.mrn(c)), "\nDATE: ", k.dd(c, d), "\n\n")
    mech = c.ch(("work", "work", "mvc", "home"))
    if mech == "work":
        doc.put("MECHANISM: cut by sheet metal at work (", P("WORKPLACE", c.ch(k.EMPLOYERS)), "); workers' comp claim ", P("OTHER_ID", f"WC{c.digits(8)}"), "\n")
        if c.chance(0.5): doc.put("SSN (for claim): ", P("SSN", k.ssn(c)), "\n")
    elif mech == "mvc":
        doc.put("MECHANISM: restrained driver, windshield glass; vehicle ", P("VEHICLE", k.plate(c)), ", police report ", P("OTHER_ID", f"PR-{c.digits(7)}"), "\n")
    else: doc.put("MECHANISM: kitchen knife while cooking\n")
    if c.chance(0.3): doc.put("ID at registration: passport ", P("PASSPORT", k.passport(c)), " (visiting from abroad)\n")
    doc.put("WOUND: ", K("MEASUREMENT", f"{c.ri(15, 70) / 10:.1f} cm"), " ⟦fi|linear laceration⟧ of the ⟦an|left thenar eminence⟧, no tendon involvement; ⟦me|capillary refill < 2 seconds⟧\n")
    doc.put("PROCEDURE: ⟦pr|digital block⟧ with ⟦dr|lidocaine 1% with epinephrine⟧ ⟦do|4 mL⟧; irrigated; ⟦pr|simple interrupted closure⟧ x", c.ri(3, 9), "\n")
    doc.put("TETANUS: ⟦dr|Tdap⟧ ⟦do|0.5 mL IM⟧ given\n")
    doc.put("SUTURE REMOVAL: ", k.dd(c, k.add(d, 10), c.ch(("md", "long", "slash"))), " at urgent care or PCP\n")
    doc.put("Scribed by ", k.titled("NAME_CLINICIAN", scribe.full), " for ", k.titled("NAME_CLINICIAN", c.ch((f"Dr. {md.last}", md.full.upper()))))
    doc.put([", license ", P("LICENSE", k.state_lic(c, t.state))] if c.chance(0.3) else "", "\n")
    return doc


# fmt: on

_PART1 = [
    lumbar_puncture_note,
    paracentesis_record,
    bppv_epley_visit,
    circumcision_log,
    lyme_erythema_migrans,
    laceration_repair,
]
TEMPLATES = [(f"en39_{f.__name__}", k.checked(f, frozenset(V39_EN_WORDLIKE))) for f in [*_PART1, *en2.PART2]]
