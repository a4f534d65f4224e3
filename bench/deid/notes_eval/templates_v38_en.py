"""v38 English templates, part 1 (README.md "v38"): a nursing-home scabies treatment and contact log
(CSV), a nitrous oxide labour analgesia flowsheet, a glaucoma visual-field and pressure log, a bed bug
incident report, a NICU kangaroo care log, a halo vest pin-site care record. TEMPLATES lists all
twelve (part 2: templates_v38_en2.py)."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v38_kit as k
import templates_v38_en2 as en2
from _v38_kit import Doc, K, P

V38_EN_WORDLIKE = k.EN_WORDLIKE

# fmt: off


def fem(c, p: k.Person) -> k.Person: return p if p.sex == "F" else k.Person(c.ch(k.EN_F), p.last, "F")


def scabies_permethrin_log(c) -> Doc:
    t = k.town(c); fac = c.ch((f"{t.name} Rehabilitation and Nursing Center", f"Willowbrook Care Home of {t.name}", "Heritage Oaks Skilled Nursing")); n = c.ri(3, 5); ps = k.people(c, n + 3); res, (rn, ipn, md) = ps[:n], ps[n:]; d = k.day(c)
    doc = Doc().put("SCABIES TREATMENT AND CONTACT LOG\nFacility: ", P("HOSPITAL", fac), "\nInfection prevention case #", P("OTHER_ID", f"SC-{d.year}-{c.digits(4)}"), "   opened ", k.dd(c, d), "\n")
    doc.put("Index finding: ⟦fi|crusted scabies⟧ on ⟦pr|skin scraping⟧; ⟦fi|burrows⟧ in ⟦an|interdigital web spaces⟧\n")
    doc.put("Regimen: ⟦dr|permethrin 5% cream⟧ ⟦do|30 g⟧ neck to soles, repeat day 8; index case also ⟦dr|ivermectin⟧ ⟦do|200 mcg/kg⟧\n\n")
    doc.put("resident,age,mrn,room,dose_1,dose_2,applied_by\n")
    for r in res:
        a = k.age(c, 0.3, 66, 89); doc.put(P("NAME_PATIENT", c.ch((r.lf.upper(), r.lf, r.full))), ",", k.age_p(a), ",", P("MRN", k.mrn(c)), f",{c.ri(1, 3)}{c.ri(10, 48)}{c.ch('AB')},", k.dd(c, k.add(d, 1), "md"), ",", k.dd(c, k.add(d, 8), "md"), ",", P("NAME_CLINICIAN", rn.ini), "\n")
    rel, rp = k.relative(c, res[0], ps[1:], "child")
    doc.put("\nVisitor contact: ", rel, " ", P("NAME_RELATIVE", rp.full), " of ", P("NAME_PATIENT", res[0].last if c.chance(0.5) else res[0].first), ", advised ⟦dr|permethrin 5% cream⟧; phone ", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put("Itch relief: ⟦ep|Burow's solution⟧ compresses, ⟦dr|hydroxyzine⟧ ⟦do|25 mg at bedtime⟧ prn\n")
    if c.chance(0.5): doc.put("Line list faxed to county health department: ", P("FAX", k.phone(c, t.area)), "\n")
    doc.put("Infection preventionist: ", P("NAME_CLINICIAN", ipn.full), ", RN, CIC   Medical director: ", P("NAME_CLINICIAN", f"Dr. {md.last}" if c.chance(0.6) else md.init), "\n")
    return doc


def nitrous_labor_flowsheet(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); p0, mw, an, rn, pr = k.people(c, 5); pat = fem(c, p0); d = k.day(c); a = c.ri(18, 42); dob = k.born(c, a, d)
    doc = Doc().put("NITROUS OXIDE LABOR ANALGESIA FLOWSHEET | ", P("HOSPITAL", hosp), " | L&D\n")
    doc.put("Patient | ", P("NAME_PATIENT", c.ch((pat.lf.upper(), pat.full, pat.lf))), " | DOB ", k.dd(c, dob, c.ch(("slash", "iso", "dmy"))), " | MRN ", P("MRN", k.mrn(c)), " | FIN ", P("ACCOUNT", k.fin(c)), "\n")
    doc.put(f"G{c.ri(1, 4)}P{c.ri(0, 3)} at {c.ri(37, 41)} weeks, ⟦fi|spontaneous labor⟧; ⟦ep|Bishop score⟧ {c.ri(6, 11)}; cervix {c.ri(3, 7)} cm on ", k.dd(c, d, "slash"), "\n")
    doc.put("Consent for ⟦dr|nitrous oxide⟧ ⟦do|50% N2O / 50% O2⟧ self-administered by demand valve; ⟦pr|epidural⟧ ", c.ch(("declined for now", "deferred", "requested later")), "\n")
    doc.put("Time  | Mix     | SpO2  | Pain | RN\n")
    h = c.ri(0, 17)
    for i in range(c.ri(3, 6)):
        doc.put(f"{h + i:02d}:{c.ch(('00', '15', '30', '45'))} | 50/50   | ", K("MEASUREMENT", f"SpO2 {c.ri(95, 100)}%"), f" | {c.ri(3, 9)}/10 | ", P("NAME_CLINICIAN", rn.ini), "\n")
    doc.put("Support person: ", c.ch(("partner", "husband", "mother")), " ", P("NAME_RELATIVE", pr.full if c.chance(0.6) else pr.first), ", cell ", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put("Midwife: ", P("NAME_CLINICIAN", mw.full), ", CNM | Anesthesia: ", P("NAME_CLINICIAN", c.ch((f"Dr. {an.last}", an.init, an.full.upper()))))
    doc.put([" (NPI ", P("LICENSE", k.npi(c)), ")"] if c.chance(0.6) else "", "\n")
    if c.chance(0.5): doc.put("Scavenging monitor gateway ", P("IP", k.ipv4(c)), " online\n")
    doc.put("Delivered ", k.dd(c, k.add(d, c.ri(0, 1)), "md"), "; ⟦ep|Apgar scores⟧ ", c.ri(6, 9), " and ", c.ri(8, 10), "\n")
    return doc


def glaucoma_field_log(c) -> Doc:
    t = k.town(c); prac = k.clinic(c, t, "Glaucoma"); pat, md, tech = k.people(c, 3); d = k.day(c); a = k.age(c, 0.2, 48, 89); dob = k.born(c, a, d)
    doc = Doc().put(P("HOSPITAL", prac), " -- visual field and IOP log\n")
    doc.put("Name: ", P("NAME_PATIENT", c.ch((pat.lf, pat.full, f"{pat.last.upper()} {pat.first[0]}"))), "   DOB: ", k.dd(c, dob), "   Age: ", k.age_p(a), "   MRN: ", P("MRN", k.mrn(c)), "\n")
    if c.chance(0.8): doc.put("Medicare MBI: ", P("INSURANCE", k.mbi(c)), "\n")
    doc.put("Dx: ⟦fi|primary open-angle glaucoma⟧, both eyes; ⟦me|cup-to-disc ratio 0.7⟧ OD\n")
    doc.put("date        | IOP OD   | IOP OS   | test\n")
    for i in range(c.ri(3, 5)):
        doc.put(k.dd(c, k.add(d, -120 * (4 - i)), "slash"), "  | ", K("MEASUREMENT", f"{c.ri(12, 28)} mmHg"), " | ", K("MEASUREMENT", f"{c.ri(12, 28)} mmHg"), " | ", c.ch(("field", "OCT RNFL", "pressure only")), "\n")
    doc.put("Tonometry: ⟦ep|Goldmann applanation⟧. Fields: ⟦ep|Humphrey 24-2⟧, study ", P("ACCESSION", k.acc(c, "HVF")), "\n")
    if c.chance(0.5): doc.put("Perimeter export station ", P("IP", k.ipv4(c)), "\n")
    doc.put("Drops: ⟦dr|latanoprost 0.005%⟧ ⟦do|1 drop OU nightly⟧; ⟦dr|timolol 0.5%⟧ ⟦do|1 drop OD bid⟧\n")
    if c.chance(0.3): doc.put("Prior ⟦pr|tube shunt⟧ OS, drainage device serial ", P("DEVICE", k.serial(c)), "\n")
    if c.chance(0.4): doc.put("DMV vision form completed; driver license ", P("LICENSE", f"{c.letters(1)}{c.digits(8)}"), "\n")
    doc.put("Plan: ⟦pr|selective laser trabeculoplasty⟧ if progression. Tech ", P("NAME_CLINICIAN", tech.ini), "; ", P("NAME_CLINICIAN", f"Dr. {md.last}"), "\n")
    return doc


def bed_bug_incident(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, rn, ipn = k.people(c, 3); d = k.day(c)
    nm = c.ch((pat.full, pat.full.lower(), pat.lf))
    doc = Doc().put("ENVIRONMENTAL INCIDENT REPORT - SUSPECTED BED BUGS\n", P("HOSPITAL", hosp), "   incident no. ", P("OTHER_ID", f"EI-{c.digits(6)}"), "\n")
    doc.put("Date found: ", k.dd(c, d), "   Unit: ", c.ch(("5 North", "ED hall bed 4", "Obs 2")), "\n", "Patient: ", P("NAME_PATIENT", nm), "   MRN ", P("MRN", k.mrn(c)), "\n")
    if c.chance(0.7): doc.put("Home address (per registration): ", k.addr(c, t), "\n")
    doc.put("Finding: live insects in chair seam, identified as ⟦fi|Cimex lectularius⟧; patient has ⟦fi|pruritic papules⟧ on ⟦an|forearms⟧\n")
    doc.put("Belongings bagged and sealed: clothing, phone")
    if c.chance(0.3): doc.put(", passport ", P("PASSPORT", k.passport(c)))
    doc.put(".\n")
    if c.chance(0.4): doc.put("Patient states he/she works at ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "; advised to notify employer.\n")
    if c.chance(0.3): doc.put("Patient's car (plate ", P("VEHICLE", k.plate(c)), ") not to be used until treated.\n")
    doc.put("Care: ⟦dr|hydrocortisone 1% cream⟧ bid, ⟦dr|cetirizine⟧ ⟦do|10 mg daily⟧\n")
    doc.put("Reported by ", P("NAME_CLINICIAN", rn.full), ", RN; reviewed by ", P("NAME_CLINICIAN", ipn.init), " (infection prevention)\n")
    if c.chance(0.3): doc.put("Copy of report e-mailed to patient at ", P("EMAIL", k.email(c, pat)), "\n")
    doc.put("Contact ", P("NAME_PATIENT", pat.first), " at ", P("PHONE", k.phone(c, t.area)), " if room follow-up needed.\n")
    return doc


def kangaroo_care_log(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); mo, rn, np_ = k.people(c, 3); mom = fem(c, mo); sex = c.ch("FM"); fa = k.person(c, "M", mom.last if c.chance(0.6) else None)
    while fa.first in (rn.first, np_.first) or fa.last in (rn.last, np_.last): fa = k.person(c, "M", mom.last)
    d = k.day(c); gg = "GIRL" if sex == "F" else "BOY"
    baby = c.ch((f"Baby {gg.title()} {mom.last}", f"{mom.last.upper()}, BABY {gg}", f"{mom.last}, Baby {gg.title()}"))
    doc = Doc().put("NICU SKIN-TO-SKIN (KANGAROO) CARE LOG\t", P("HOSPITAL", hosp), "\n")
    doc.put("Infant:\t", P("NAME_PATIENT", baby), "\tMRN\t", P("MRN", k.mrn(c)), "\nBorn:\t", k.dd(c, d, c.ch(("slash", "long", "iso"))), f"\tGA {c.ri(26, 34)}w\t", K("MEASUREMENT", f"birth weight {c.ri(720, 1980)} g"), "\n")
    doc.put("Mother:\t", P("NAME_RELATIVE", mom.full), "\tMRN\t", P("MRN", k.mrn(c)), "\nFather:\t", P("NAME_RELATIVE", fa.full), "\tphone\t", P("PHONE", k.phone(c, t.area)), "\n")
    doc.put("Dx: ⟦fi|apnea of prematurity⟧ on ⟦dr|caffeine citrate⟧ ⟦do|5 mg/kg daily⟧; ⟦ep|Apgar⟧ ", c.ri(3, 7), "/", c.ri(6, 9), "\n\n")
    doc.put("date\tstart-end\tparent\tHR\ttemp\tRN\n")
    for i in range(c.ri(3, 5)):
        who = c.ch((P("NAME_RELATIVE", mom.first), P("NAME_RELATIVE", fa.first), "mom", "dad"))
        doc.put(k.dd(c, k.add(d, 3 + i), "md"), f"\t{c.ri(8, 20):02d}:00-{c.ri(21, 23):02d}:30\t", who, "\t", K("MEASUREMENT", f"HR {c.ri(130, 172)}"), "\t", K("MEASUREMENT", f"{c.ri(365, 375) / 10:.1f} C"), "\t", P("NAME_CLINICIAN", rn.ini), "\n")
    if c.chance(0.5): doc.put("Family camera link: ", P("URL", k.link(c, "nicu-view.example.org", "cam/")), "\n")
    if c.chance(0.5): doc.put("Parent e-mail for updates: ", P("EMAIL", k.email(c, mom)), "\n")
    if c.chance(0.4): doc.put("Bedside monitor ", P("IP", k.ipv4(c)), "\n")
    if c.chance(0.3): doc.put("Parent parking permit plate ", P("VEHICLE", k.plate(c)), "\n")
    doc.put("NNP ", P("NAME_CLINICIAN", np_.full), "; primary RN ", P("NAME_CLINICIAN", rn.full.lower() if c.chance(0.3) else rn.full), "\n")
    return doc


def halo_vest_pin_care(c) -> Doc:
    t = k.town(c); hosp = k.hospital(c, t); pat, sg, rn = k.people(c, 3); d = k.day(c); a = k.age(c, 0.1, 19, 84); dob = k.born(c, a, d)
    doc = Doc().put("HALO VEST PIN-SITE CARE RECORD\n", "Hospital........ ", P("HOSPITAL", hosp), "\nPatient......... ", P("NAME_PATIENT", c.ch((pat.full, pat.lf, pat.init))), "\nDOB............. ", k.dd(c, dob), f" ({a} y)" if a < 90 else "", "\n")
    if a >= 90: doc.put("Age............. ", k.age_p(a), "\n")
    doc.put("MRN............. ", P("MRN", k.mrn(c)), "\nApplied......... ", k.dd(c, d), "\n")
    doc.put("Injury.......... ⟦fi|type II odontoid fracture⟧ (⟦ep|Anderson-D'Alonzo classification⟧), ⟦an|C2⟧\n")
    if c.chance(0.5): doc.put("Mechanism....... motor vehicle collision, driver; vehicle ", P("VEHICLE", k.plate(c)), "; claim ", P("OTHER_ID", f"CLM{c.digits(9)}"), "\n")
    else: doc.put("Mechanism....... fall from ladder", [" at work (", P("WORKPLACE", c.ch(k.EMPLOYERS)), ")"] if c.chance(0.6) else "", "\n")
    if c.chance(0.6): doc.put("Halo ring serial ", P("DEVICE", k.serial(c)), "\n")
    doc.put("Pins torqued to ⟦me|8 in-lb⟧; ⟦pr|halo vest immobilization⟧ 12 weeks\n\ndate  | pin | site          | care                              | init\n")
    for i in range(c.ri(3, 5)):
        doc.put(k.dd(c, k.add(d, i + 1), "md"), " | ", c.ch(("L ant", "R ant", "L post", "R post")), " | ", c.ch(("clean, dry", "crusting", "serous drainage")), " | ⟦dr|chlorhexidine 2%⟧ swab, dry gauze | ", P("NAME_CLINICIAN", rn.ini), "\n")
    if c.chance(0.3): doc.put("⟦fi|pin-site infection⟧ R post: ⟦dr|cephalexin⟧ ⟦do|500 mg qid⟧ x 7 days\n")
    doc.put("Surgeon: ", P("NAME_CLINICIAN", c.ch((f"Dr. {sg.last}", sg.full))), "   Nurse: ", P("NAME_CLINICIAN", rn.full), "\n")
    return doc


# fmt: on

_PART1 = [
    scabies_permethrin_log,
    nitrous_labor_flowsheet,
    glaucoma_field_log,
    bed_bug_incident,
    kangaroo_care_log,
    halo_vest_pin_care,
]
TEMPLATES = [(f"en38_{f.__name__}", k.checked(f, frozenset(V38_EN_WORDLIKE))) for f in [*_PART1, *en2.PART2]]
