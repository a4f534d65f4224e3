"""v37 English templates, part 1 (README.md "v37"): an Rh immune globulin administration record, a
malignant hyperthermia crisis record, a targeted temperature management (therapeutic hypothermia)
log, an intravitreal injection clinic register, a school fluoride-varnish roster, a newborn vitamin K
refusal form. TEMPLATES lists all twelve (part 2: templates_v37_en2.py)."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v37_kit as k
import templates_v37_en2 as en2
from _v37_kit import Doc, P

V37_EN_WORDLIKE = k.EN_WORDLIKE

# fmt: off


def fem(c, p: k.Person) -> k.Person: return p if p.sex == "F" else k.Person(c.ch(k.EN_F), p.last, "F")


def rhig_administration(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); p0, md, rn, rn2 = k.people(c, 4); pat = fem(c, p0); d = k.day(c); a = c.ri(17, 44); dob = k.born(c, a, d)
    why = c.ch(("postpartum, infant Rh positive", "antenatal prophylaxis at 28 weeks", "abdominal trauma in pregnancy", "first-trimester bleeding"))
    doc = Doc().put("RH IMMUNE GLOBULIN ADMINISTRATION RECORD - BLOOD BANK / L&D\n", "facility=", P("HOSPITAL", hosp), "\n")
    doc.put("patient=", P("NAME_PATIENT", c.ch((pat.lf.upper(), pat.lf, f"{pat.last.upper()}, {pat.first[0]}"))), "\ndob=", k.dd(c, dob, c.ch(("slash", "iso", "compact"))), "\nmrn=", P("MRN", k.mrn(c)), "\nfin=", P("ACCOUNT", k.fin(c)), "\n")
    doc.put(f"G{c.ri(1, 5)}P{c.ri(0, 4)}  GA {c.ri(8, 40)}w{c.ri(0, 6)}d   indication: {why}\n")
    doc.put("Maternal type: ⟦lab|ABO/Rh⟧ ", c.ch(("O NEG", "A NEG", "B NEG", "AB NEG")), "   ⟦lab|antibody screen⟧ negative   sample ", P("ACCESSION", k.acc(c, "BB")), "\n")
    if "trauma" in why:
        doc.put("Mechanism: restrained driver, ", c.ch(("rear-end collision", "rollover", "T-bone at intersection")), "; vehicle plate ", P("VEHICLE", k.plate(c)))
        doc.put("" if c.chance(0.4) else [", police incident #", P("OTHER_ID", f"{c.ri(21, 24)}-{c.digits(6)}")], "\n")
    doc.put("⟦ep|Kleihauer-Betke test⟧: ", c.fl(0.1, 1.4, 2), "% fetal cells -> est. ⟦me|fetal-maternal hemorrhage⟧ ", c.ri(5, 60), " mL   accession ", P("ACCESSION", k.acc(c, "HE")), "\n\n")
    doc.put(f"{'Product':<28}{'Dose':<12}{'Route':<8}{'Date':<14}{'Time':<7}Given/Witness\n")
    n = c.ri(1, 2)
    for i in range(n):
        doc.put("⟦dr|Rho(D) immune globulin⟧   ⟦do|300 mcg⟧     IM      ", k.dd(c, k.add(d, i), "slash"), "    ", f"{c.ri(0, 23):02d}{c.ri(0, 59):02d}   ", P("NAME_CLINICIAN", rn.ini), " / ", P("NAME_CLINICIAN", rn2.ini), "\n")
    doc.put(f"\nVials issued: {n}   Lot: {c.letters(1)}{c.digits(5)} (not patient-specific)\n", "Ordered by ", P("NAME_CLINICIAN", f"Dr. {md.last}" if c.chance(0.5) else md.full), ", ", c.ch(("OB hospitalist", "MFM", "ED attending")), "\n")
    doc.put("Nurses: ", P("NAME_CLINICIAN", rn.full), " RN; ", P("NAME_CLINICIAN", rn2.init), " RN\n")
    if c.chance(0.4): doc.put("Blood bank callback ", P("PHONE", k.phone(c, t.area)), "\n")
    return doc


def malignant_hyperthermia_record(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, anes, surg, crna, rn = k.people(c, 5); d = k.day(c); a = c.ri(4, 72); dob = k.born(c, a, d)
    rel, mom = k.relative(c, pat, [anes, surg, crna, rn], "parent")
    doc = Doc().put(P("HOSPITAL", hosp), " - Perioperative Services\n", "MALIGNANT HYPERTHERMIA CRISIS RECORD (AMRA report worksheet)\n", "-" * 56, "\n")
    doc.put("Patient | ", P("NAME_PATIENT", pat.full.upper() if c.chance(0.4) else pat.lf), " | DOB ", k.dd(c, dob), " | age ", a, "\n", "MRN | ", P("MRN", k.mrn(c)), " | Acct | ", P("ACCOUNT", k.fin(c)), "\n")
    if c.chance(0.5): doc.put("SSN (registry) | ", P("SSN", k.ssn(c)), "\n")
    doc.put("Date of event | ", k.dd(c, d, c.ch(("long", "dmy", "iso"))), " | OR ", c.ri(1, 14), "\n", "Procedure | ", c.ch(("⟦pr|laparoscopic appendectomy⟧", "⟦pr|tonsillectomy⟧", "⟦pr|open reduction internal fixation⟧", "⟦pr|strabismus repair⟧")), "\n")
    doc.put("Triggers | ⟦dr|sevoflurane⟧ ", c.ch(("+ ⟦dr|succinylcholine⟧ ⟦do|1.5 mg/kg⟧", "alone")), "\n\n")
    doc.put("Time  | ⟦me|EtCO2⟧ | Temp C | HR  | Action\n")
    for i, act in enumerate(("masseter rigidity noted", "volatile off, 100% O2 high flow", "⟦dr|dantrolene⟧ ⟦do|2.5 mg/kg⟧ IV", "active cooling, ⟦lab|arterial blood gas⟧ sent", "second dose ⟦dr|dantrolene⟧")):
        doc.put(f"{8 + i // 3:02d}:{(i * 7) % 60:02d} | {c.ri(55, 96)}    | {c.fl(37.4, 40.8)}   | {c.ri(110, 175)} | {act}\n")
    doc.put("\n⟦lab|serum potassium⟧ ", c.fl(5.1, 7.2), " mmol/L; ⟦lab|creatine kinase⟧ ", c.ri(2400, 48000), " U/L; ⟦fi|myoglobinuria⟧ ", c.ch(("present", "absent")), "\n")
    doc.put("Family history: ", rel, " ", P("NAME_RELATIVE", mom.full), c.ch((" had an unexplained ⟦fi|intraoperative fever⟧ in the past", " - not known")), "; referred for ⟦pr|caffeine-halothane contracture test⟧.\n")
    doc.put("\nTeam: anesthesiologist ", P("NAME_CLINICIAN", anes.init), ", MD (NPI ", P("LICENSE", k.npi(c)), "); CRNA ", P("NAME_CLINICIAN", crna.full.lower() if c.chance(0.3) else crna.full), "; surgeon ", P("NAME_CLINICIAN", surg.last.upper()), "; circulator ", P("NAME_CLINICIAN", rn.ini), "\n")
    doc.put("AMRA report no. ", P("OTHER_ID", f"NAMHR-{c.digits(5)}"), "   MH hotline called ", c.ch(("yes", "no")), "\n")
    return doc


def ttm_hypothermia_log(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, md, rn1, rn2 = k.people(c, 4); d = k.day(c); a = k.age(c, 0.1, 30, 86)
    rel, sp = k.relative(c, pat, [md, rn1, rn2], "spouse")
    doc = Doc().put("CVICU  ::  TARGETED TEMPERATURE MANAGEMENT FLOWSHEET  ::  ", P("HOSPITAL", hosp), "\n")
    doc.put("pt: ", P("NAME_PATIENT", pat.lf.lower() if c.chance(0.35) else pat.lf), "\tage ", k.age_p(a), "\tmrn ", P("MRN", k.mrn(c)), "\tenc ", P("ACCOUNT", k.fin(c)), "\n")
    doc.put("arrest: ", k.dd(c, d, c.ch(("md", "slash", "short"))), " ", c.ch(("out-of-hospital ⟦fi|ventricular fibrillation arrest⟧", "in-hospital ⟦fi|PEA arrest⟧")), f", ROSC after {c.ri(8, 35)} min; ⟦ep|Glasgow Coma Scale⟧ {c.ri(3, 7)}\n")
    doc.put("target ⟦me|core temperature⟧ ", c.ch(("33", "36")), " C x 24 h, rewarm 0.25 C/h; ⟦an|esophageal⟧ probe\n")
    if c.chance(0.4): doc.put("monitor gateway ", P("IP", k.ipv4(c)), "\n")
    doc.put("\nhr\tT core\tMAP\tshiver\tRN\n")
    for h in range(0, c.ri(4, 7) * 4, 4):
        doc.put(f"{h:>2}\t{c.fl(32.8, 36.4)}\t{c.ri(62, 88)}\t{c.ri(0, 2)}\t", P("NAME_CLINICIAN", c.ch((rn1, rn2)).ini), "\n")
    doc.put("\nsedation ⟦dr|propofol⟧ ", c.ri(20, 50), " mcg/kg/min, ⟦dr|fentanyl⟧ ⟦do|50 mcg/h⟧; shivering: ⟦dr|magnesium sulfate⟧ ⟦do|2 g IV⟧; ⟦lab|serum lactate⟧ ", c.fl(1.1, 6.8), "\n")
    if c.chance(0.4): doc.put("⟦pr|ICD implantation⟧ later: generator serial ", P("DEVICE", k.serial(c)), "\n")
    doc.put("family: ", rel, " ", P("NAME_RELATIVE", sp.first if c.chance(0.4) else sp.full), " updated at bedside", c.ch(("", " and by phone")), "\n")
    if c.chance(0.5): doc.put("  contact ", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put("intensivist ", P("NAME_CLINICIAN", md.full), ", MD  |  RNs ", P("NAME_CLINICIAN", rn1.full), ", ", P("NAME_CLINICIAN", rn2.full), "\n")
    return doc


def intravitreal_injection_log(c) -> Doc:
    t = k.town(c); clin = c.ch((f"{t.name} Retina Consultants", f"{t.name} Eye and Ear Infirmary", f"Retina Institute of {t.name}")); md, tech = k.people(c, 2); d = k.day(c)
    doc = Doc().put(P("HOSPITAL", clin), "  -  Intravitreal Injection Log  -  ", k.dd(c, d, c.ch(("long", "abbr", "slash"))), "\n", "Physician: ", P("NAME_CLINICIAN", md.init), ", MD     Tech: ", P("NAME_CLINICIAN", tech.first), "\n")
    if c.chance(0.5): doc.put("OCT station: ", P("IP", k.ipv4(c)), "\n")
    doc.put("\n#  Patient                  Age  MRN          Eye  Drug                 ⟦ep|Snellen⟧ VA  IOP post\n")
    n = c.ri(2, 4); pts = k.people(c, n + 2)[2:]
    for i, p in enumerate(pts):
        a = k.age(c, 0.2, 58, 89); drug = c.ch(("⟦dr|aflibercept⟧ ⟦do|2 mg⟧", "⟦dr|ranibizumab⟧ ⟦do|0.5 mg⟧", "⟦dr|bevacizumab⟧ ⟦do|1.25 mg⟧", "⟦dr|faricimab⟧ ⟦do|6 mg⟧"))
        doc.put(f"{i + 1}  ", P("NAME_PATIENT", c.ch((p.lf, p.full, f"{p.last.upper()} {p.first[0]}"))), "  ", k.age_p(a), "   ", P("MRN", k.mrn(c)), f"   {c.ch(('OD', 'OS', 'OU'))}   ", drug, f"   20/{c.ch((25, 40, 60, 80, 200))}   ⟦me|IOP {c.ri(12, 34)} mmHg⟧\n")
        if c.chance(0.35): doc.put("   Medicare MBI ", P("INSURANCE", k.mbi(c)), "\n")
    p = pts[0]; rel, kid = k.relative(c, p, [md, tech, *pts[1:]], "child")
    doc.put("\nDx: ", c.ch(("⟦fi|neovascular age-related macular degeneration⟧", "⟦fi|diabetic macular edema⟧", "⟦fi|branch retinal vein occlusion⟧")), "; ⟦pr|povidone-iodine prep⟧, lid speculum, ⟦an|pars plana⟧ 3.5-4 mm.\n")
    if c.chance(0.6): doc.put("Pt 1 driven home by ", rel, " ", P("NAME_RELATIVE", kid.full), ", car plate ", P("VEHICLE", k.plate(c)), "\n")
    doc.put("Next: ", c.ch(("4 weeks", "6 weeks", "treat-and-extend 8 weeks")), "; clinic ", P("PHONE", k.phone(c, t.area)), "\n")
    return doc


def fluoride_varnish_roster(c) -> Doc:
    t = k.town(c); org = c.ch((f"{t.name} Community Dental Outreach", f"Smile Mobile of {t.name}")); rdh, dds = k.people(c, 2); d = k.day(c)
    school = c.ch(("Lincoln Elementary", "Oak Park Primary", "Riverside Head Start", "Maple Hill Elementary"))
    doc = Doc().put(P("HOSPITAL", org), " / school-based ⟦pr|fluoride varnish⟧ program\n", "SITE: ", school, "   DATE: ", k.dd(c, d, c.ch(("slash", "dot", "iso"))), "\n")
    doc.put("Hygienist: ", P("NAME_CLINICIAN", rdh.full), ", RDH  lic. ", P("LICENSE", k.state_lic(c, t.state)), "   Supervising dentist: ", P("NAME_CLINICIAN", f"Dr. {dds.last}"), "\n")
    doc.put("product: ⟦dr|sodium fluoride 5% varnish⟧ ⟦do|0.25 mL⟧ per child\n\n")
    doc.put("student id | name | grade | guardian | caries risk | findings\n")
    n = c.ri(3, 5); kids = k.people(c, n)
    for kd in kids:
        _, g = k.relative(c, kd, [rdh, dds], "parent")
        doc.put(P("OTHER_ID", f"S{c.digits(7)}"), " | ", P("NAME_PATIENT", c.ch((kd.lf, kd.full, kd.lf.upper()))), f" | {c.ch(('K', '1', '2', '3'))} | ", P("NAME_RELATIVE", g.full), " | ", c.ch(("low", "moderate", "high")), " | ", c.ch(("⟦fi|white spot lesions⟧ ⟦an|maxillary incisors⟧", "⟦fi|early childhood caries⟧", "no decay seen", "⟦fi|gingivitis⟧")), "\n")
    doc.put("\nConsents on file; opt-outs returned to teacher. Parent portal for results: ", P("URL", k.link(c, "smileconsent.org", "r/")) if c.chance(0.5) else "paper only", "\n")
    doc.put("Program office ", P("PHONE", k.phone(c, t.area)), ["  fax ", P("FAX", k.phone(c, t.area))] if c.chance(0.5) else "", "\n")
    return doc


def vitamin_k_refusal(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); mom, dad, md = k.people(c, 3); mom = fem(c, mom); dad = k.Person(dad.first if dad.sex == "M" else c.ch(k.EN_M), mom.last if c.chance(0.6) else dad.last, "M"); d = k.day(c)
    baby = c.ch(("Boy", "Girl"))
    doc = Doc().put(P("HOSPITAL", hosp), "   Mother-Baby Unit   phone ", P("PHONE", k.phone(c, t.area)), "   fax ", P("FAX", k.phone(c, t.area)), "\n\n")
    doc.put("INFORMED REFUSAL OF NEWBORN ⟦dr|VITAMIN K⟧ (⟦dr|phytonadione⟧) PROPHYLAXIS\n\n")
    doc.put("Infant: ", P("NAME_PATIENT", c.ch((f"Baby {baby} {mom.last}", f"{mom.last.upper()}, BABY {baby.upper()}", f"{c.ch(k.EN_F if baby == 'Girl' else k.EN_M)} {dad.last}"))), "   born ", k.dd(c, d, c.ch(("long", "ord", "slash"))), "   infant MRN ", P("MRN", k.mrn(c)), "\n")
    doc.put(f"⟦ep|Apgar score⟧ {c.ri(7, 9)} and {c.ri(8, 10)}; {c.ri(37, 41)} weeks; mother's MRN ", P("MRN", k.mrn(c)), "\n")
    doc.put("Parents: ", P("NAME_RELATIVE", mom.full), " (mother) and ", P("NAME_RELATIVE", dad.full if c.chance(0.6) else dad.first), " (father)\n")
    if c.chance(0.7): doc.put("Home address: ", k.addr(c, t), "\n")
    if c.chance(0.4): doc.put("Parent e-mail: ", P("EMAIL", k.email(c, mom)), "\n")
    doc.put("\nWe were told that without ⟦dr|vitamin K⟧ our baby can develop ⟦fi|vitamin K deficiency bleeding⟧, including ⟦fi|intracranial hemorrhage⟧, up to 6 months of age. ")
    doc.put(c.ch(("We also declined the oral regimen.", "We accept the oral regimen ⟦do|2 mg by mouth⟧ at birth, 1 week and 4 weeks.")), c.ch((" We also declined ⟦dr|erythromycin ophthalmic ointment⟧.", " We also declined the ⟦dr|hepatitis B vaccine⟧.", "")), "\n")
    if c.chance(0.5): doc.put("Education video watched: ", P("URL", k.link(c, "newbornchoices.health", "vk/")), "\n")
    doc.put("\nParent signature ____________   Date ", k.dd(c, d, "short"), "\n", "Provider: ", P("NAME_CLINICIAN", md.full), ", ", c.ch(("MD", "DO", "CNM", "NNP")))
    doc.put(["  NPI ", P("LICENSE", k.npi(c))] if c.chance(0.5) else "", "\n", "Copy faxed to the pediatrician of record.\n")
    return doc


# fmt: on

_EN = [
    ("en37_rhig_administration", rhig_administration),
    ("en37_malignant_hyperthermia_record", malignant_hyperthermia_record),
    ("en37_ttm_hypothermia_log", ttm_hypothermia_log),
    ("en37_intravitreal_injection_log", intravitreal_injection_log),
    ("en37_fluoride_varnish_roster", fluoride_varnish_roster),
    ("en37_vitamin_k_refusal", vitamin_k_refusal),
]
TEMPLATES = [(tid, k.checked(fn, frozenset(V37_EN_WORDLIKE))) for tid, fn in [*_EN, *en2.TEMPLATES_PART2]]
