"""v19 English templates, part 1 (six document types); part 2 is templates_v19_en2.py."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import _v19_kit as k
from _v19_kit import Doc, P

# Document text and value pools are laid out by hand:
# fmt: off

__all__ = ["TEMPLATES", "V19_EN_WORDLIKE"]

V19_EN_WORDLIKE = k.EN_WORDLIKE


def amend_request(c):
    """HIPAA request to amend a record, with the HIM decision letter."""
    d, p, doc, him = Doc(), k.person(c), k.clinician(c), k.clinician(c)
    h = c.ch(k.HOSPITALS)
    rq = k.rdate(c, 2023, 2025)
    d.put("REQUEST FOR AMENDMENT OF HEALTH INFORMATION\n", P("HOSPITAL", h), " - Health Information Management\n\n")
    d.put("Request no.: ", P("OTHER_ID", f"AMD-{rq.year}-{c.digits(5)}"), "     Received: ", k.de(c, rq), " via ", c.pick("patient portal", "mail", "walk-in"), "\n")
    d.put("Patient name: ", k.nm(c, p, "NAME_PATIENT", c.pick("full", "lf", "caps")), "   DOB: ", k.de(c, k.dob(c)), "\n")
    d.put("MRN: ", P("MRN", k.mrn_en(c)), "   Visit/Account: ", P("ACCOUNT", k.acct(c)), "\n")
    d.put("Mailing address: ", k.addr_en(c), "\n")
    d.put("Daytime phone: ", P("PHONE", k.phone_en(c)), "   E-mail: ", P("EMAIL", k.email(c, p)), "\n\n")
    ent = k.rdate(c, 2021, 2022)
    d.put("Entry to be amended: ", c.pick("ED physician note", "radiology report", "clinic progress note"), " dated ", k.de(c, ent), " authored by Dr. ", k.nm(c, doc, "NAME_CLINICIAN", c.pick("full", "init", "last")), "\n")
    if c.chance(0.6):
        d.put("Report accession: ", P("ACCESSION", k.acc_en(c)), "\n")
    wrong, right = c.ch([("⟦fi|alcohol use disorder⟧", "⟦fi|social drinking⟧"), ("⟦fi|type 1 diabetes⟧", "⟦fi|type 2 diabetes mellitus⟧"), ("⟦dr|penicillin⟧ allergy (anaphylaxis)", "⟦dr|penicillin⟧ intolerance (nausea only)"), ("history of ⟦pr|appendectomy⟧", "⟦pr|cholecystectomy⟧ in 2009")])
    d.put("What is incorrect (patient's words): \"the note says ", wrong, " - that is wrong, it should say ", right, ". I have never been told otherwise by anybody at ", c.pick("your hospital", "this clinic"), '."\n')
    if c.chance(0.5):
        rel = k.person(c)
        d.put("Submitted on the patient's behalf by ", c.pick("her", "his", "their"), " ", c.pick("daughter", "son", "niece"), " ", k.nm(c, rel, "NAME_RELATIVE", c.pick("full", "first")), " (personal representative, letters on file).\n")
    d.put("Portal submission from IP ", P("IP", k.ip(c)), "; copy of the form: ", P("URL", k.url(c)), "\n\n")
    dec = k.rdate(c, 2025, 2025)
    d.put("---- DECISION (within 60 days) ----\nDate: ", k.de(c, dec), "\nReviewed with author: ", k.nm(c, doc, "NAME_CLINICIAN", "init"), ", MD, NPI ", P("LICENSE", k.npi(c)), "\n")
    d.put(c.pick("Amendment ACCEPTED in part: an addendum was appended; the original entry remains in the legal record.", "Amendment DENIED: the entry is accurate and complete as written. You may file a statement of disagreement."), "\n", "Labs referenced by the author: ⟦lab|HbA1c 6.8%⟧; ⟦lab|AST 41 U/L⟧.\n")
    d.put("HIM Privacy Officer: ", k.nm(c, him, "NAME_CLINICIAN", "full"), ", RHIA   Fax ", P("FAX", k.phone_en(c)), "\n")
    return d


def semen_analysis(c):
    """Post-vasectomy semen analysis report from an andrology lab."""
    d, p, uro = Doc(), k.person(c, "M"), k.clinician(c)
    h = c.ch(k.HOSPITALS[:6] + ["Two Rivers Urology Associates"])
    vas = k.rdate(c, 2022, 2024)
    col = k.rdate(c, 2024, 2025)
    d.put(P("HOSPITAL", h), " | Andrology Laboratory\nPOST-VASECTOMY SEMEN ANALYSIS (PVSA)\n\n")
    d.put("Patient: ", k.nm(c, p, "NAME_PATIENT", c.pick("lf", "capslf", "full")), "    DOB ", k.de(c, k.dob(c, 24, 60)), "\n")
    d.put("MRN ", P("MRN", k.mrn_en(c)), "    Specimen # ", P("ACCESSION", k.acc_en(c)), "    Acct ", P("ACCOUNT", k.acct(c)), "\n")
    d.put("Insurance ID: ", P("INSURANCE", k.member(c)), "\n")
    d.put("Ordering: ", k.nm(c, uro, "NAME_CLINICIAN", c.pick("lf", "init")), ", MD (Urology)  Fax ", P("FAX", k.phone_en(c)), "\n")
    d.put("Date of ⟦pr|vasectomy⟧: ", k.de(c, vas), "    Collected: ", k.de(c, col), " ", f"{c.ri(7, 10)}:{c.ri(10, 59)}", "\n")
    d.put("Abstinence: ", f"{c.ri(2, 6)} days", "   Collection: ", c.pick("at home, delivered within 45 min", "on site"), "\n\n")
    d.put("PARAMETER            RESULT\n")
    d.put(f"Volume               ⟦me|{c.fl(1.1, 4.5)} mL⟧\npH                   ⟦lab|pH {c.fl(7.2, 8.0)}⟧\n")
    res = c.ch(("⟦fi|azoospermia⟧ - no sperm seen in centrifuged pellet", "⟦fi|rare non-motile sperm⟧ (< 100,000/mL)", "⟦fi|motile sperm present⟧ - NOT cleared"))
    d.put("Centrifuged pellet    ", res, "\n\n")
    d.put("Comment: specimen examined by ", k.nm(c, k.clinician(c), "NAME_CLINICIAN", c.pick("full", "flower")), " (MLS). Continue alternative contraception until cleared in writing.\n")
    if c.chance(0.4):
        d.put("Spoke with patient's partner ", k.nm(c, k.person(c, "F"), "NAME_RELATIVE", c.pick("first", "full")), " at ", P("PHONE", k.phone_en(c)), " who dropped off the cup.\n")
    d.put("Results released to portal ", k.de(c, col, "md"), ". Questions: ", P("PHONE", k.phone_en(c)), "\n")
    return d


def ethics_consult(c):
    """Clinical ethics consultation note (surrogate decision, often about a device)."""
    d, p = Doc(), k.person(c)
    h = c.ch(k.HOSPITALS[:8])
    age = c.ri(90, 104)
    dt0 = k.rdate(c, 2023, 2025)
    kids = [k.person(c) for _ in range(2)]
    d.put(P("HOSPITAL", h), " Clinical Ethics Service\nETHICS CONSULTATION\n")
    d.put("Date of request: ", k.de(c, dt0), "   Requested by: ", k.nm(c, k.clinician(c), "NAME_CLINICIAN", "init"), ", MD (", c.pick("MICU", "cardiology", "hospitalist"), ")\n")
    d.put("Patient: ", k.nm(c, p, "NAME_PATIENT", c.pick("full", "lf")), "   MRN ", P("MRN", k.mrn_en(c)), "   Age: ", c.pick(["", P("AGE_OVER_89", str(age)), " yrs"], [P("AGE_OVER_89", f"{age}y"), ""], [P("AGE_OVER_89", str(age)), "-year-old"]), "\n\n")
    topic = c.ch(("deactivation of ⟦pr|left ventricular assist device⟧", "continuation of ⟦pr|hemodialysis⟧", "placement of a ⟦pr|percutaneous endoscopic gastrostomy⟧ tube"))
    d.put("Question: is it ethically permissible to proceed with ", topic, " as requested by the surrogates?\n\n")
    d.put("Background: ", "Mr." if p.sex == "M" else "Ms.", " ", k.nm(c, p, "NAME_PATIENT", "last"), " has ⟦fi|end-stage heart failure⟧ and advanced ⟦ep|Alzheimer's disease⟧", " (⟦me|FAST stage 7c⟧). Last ⟦me|Glasgow Coma Scale 9⟧. Receiving ⟦dr|hydromorphone⟧ ⟦do|0.2 mg IV q2h prn⟧.\n")
    if "ventricular" in topic:
        d.put("Device: HeartMate 3, pump serial ", P("DEVICE", k.serial(c)), " (implanted ", k.de(c, k.rdate(c, 2018, 2021), "us"), ").\n")
    d.put("Family meeting ", k.de(c, k.rdate(c, 2025, 2025), c.pick("md", "long")), ": present were ", "son" if kids[0].sex == "M" else "daughter", " ", k.nm(c, kids[0], "NAME_RELATIVE", "full"), " (health-care agent, cell ", P("PHONE", k.phone_en(c)), "), ", c.pick("stepson", "grandson") if kids[1].sex == "M" else c.pick("niece", "granddaughter"), " ", k.nm(c, kids[1], "NAME_RELATIVE", c.pick("first", "nick")), ", chaplain, and bedside RN ", k.nm(c, k.clinician(c), "NAME_CLINICIAN", "first"), ".\n")
    d.put("The agent reported the patient said ", c.pick(["at age ", P("AGE_OVER_89", str(age - c.ri(1, 3)))], ["at a birthday party when ", "he" if p.sex == "M" else "she", " turned ", P("AGE_OVER_89", str(age - 1))]), ': "no machines when I can\'t know you."\n')
    d.put("Recommendation: ", c.pick("ethically supportable", "supportable after a 48-h time-limited trial"), "; honour substituted judgment. Consultant: ", k.nm(c, k.clinician(c), "NAME_CLINICIAN", "full"), ", PhD, HEC-C. Pager ", P("PHONE", k.phone_en(c)), "\n")
    return d


def restraint_log(c):
    """Violent/self-destructive restraint and seclusion monitoring flowsheet, ALL CAPS headers."""
    d, p = Doc(), k.person(c)
    t0 = k.rdate(c, 2024, 2025)
    d.put("*** RESTRAINT / SECLUSION MONITORING RECORD ***\n", P("HOSPITAL", c.ch(k.HOSPITALS[:8]).upper()), "  BEHAVIORAL HEALTH UNIT\n")
    d.put("PT: ", k.nm(c, p, "NAME_PATIENT", c.pick("capslf", "caps")), "   MRN: ", P("MRN", k.mrn_en(c)), "   FIN: ", P("ACCOUNT", k.acct(c)), "\n")
    d.put("DATE: ", k.de(c, t0, c.pick("dmy", "us0")), "   ORDER BY: DR ", k.nm(c, k.clinician(c), "NAME_CLINICIAN", "LAST"), " (NPI ", P("LICENSE", k.npi(c)), ")\n")
    d.put("TYPE: ", c.pick("4-POINT SOFT", "2-POINT LOCKED", "SECLUSION"), "   REASON: ", c.pick("⟦fi|acute agitation⟧ STRIKING STAFF", "PULLING AT ⟦pr|central venous catheter⟧"), "\n")
    d.put("PRN GIVEN: ⟦dr|haloperidol⟧ ⟦do|5 mg IM⟧ + ⟦dr|lorazepam⟧ ⟦do|2 mg IM⟧\n\n")
    d.put("TIME  | RESP | CIRC | SKIN | ROM | FLUIDS | RN\n")
    nurses = [k.clinician(c).first.lower() for _ in range(3)]
    for i in range(c.ri(4, 6)):
        d.put(f"{c.ri(10, 23):02d}:{i * 15:02d} | WNL  | WNL  | INTACT | {c.pick('Y', 'N/A')} | {c.pick('OFFERED', 'REFUSED', '120 ML')} | ", P("NAME_CLINICIAN", c.ch(nurses)), "\n")
    d.put("\n⟦me|BP 162/94⟧  ⟦me|HR 118⟧  ⟦me|SpO2 96%⟧\n")
    d.put("PT'S OWN INSULIN PUMP REMOVED AND BAGGED, SN ", P("DEVICE", k.serial(c)), ", TO SECURITY LOCKER.\n")
    rel = k.person(c)
    d.put("FAMILY NOTIFIED: ", c.pick("MOTHER", "WIFE", "BROTHER", "HUSBAND"), " ", k.nm(c, rel, "NAME_RELATIVE", c.pick("caps", "first")), " @ ", P("PHONE", k.phone_en(c)), " ON ", k.de(c, t0, "md"), "\n")
    d.put("DEBRIEF WITH PT: ", c.pick("DONE", "PT DECLINED"), "  RELEASE CRITERIA MET; ", c.pick("RELEASED", "CONTINUED PER FACE-TO-FACE EVAL"), "\n")
    return d


def funeral_release(c):
    """Release of a decedent to a funeral home (morgue log form)."""
    d, p = Doc(), k.person(c)
    h = c.ch(k.HOSPITALS)
    dod = k.rdate(c, 2023, 2025)
    old = c.chance(0.6)
    age = c.ri(90, 103) if old else c.ri(51, 88)
    d.put(P("HOSPITAL", h), "\nDECEDENT RELEASE AUTHORIZATION AND MORGUE LOG\n\n")
    d.put("Decedent: ", k.nm(c, p, "NAME_PATIENT", c.pick("capslf", "full", "lf")), "\nDOB: ", k.de(c, k.dob(c, age, age)), "   DOD: ", k.de(c, dod), "   Age: ", P("AGE_OVER_89", str(age)) if old else str(age), "\n")
    d.put("MRN: ", P("MRN", k.mrn_en(c)), "   SSN: ", P("SSN", k.ssn(c)), "   Morgue tag: ", P("OTHER_ID", f"MT{c.digits(6)}"), "\n")
    d.put("Last residence: ", k.addr_en(c), "\n")
    d.put("Cause of death per attending (", k.nm(c, k.clinician(c), "NAME_CLINICIAN", "init"), ", MD): ", c.pick("⟦fi|aspiration pneumonia⟧", "⟦fi|metastatic pancreatic adenocarcinoma⟧", "⟦fi|hemorrhagic stroke⟧"), "\n")
    d.put("ME notified: ", c.pick("yes - case declined", "not an ME case"), "; ME office fax ", P("FAX", k.phone_en(c)), "\n")
    if c.chance(0.75):
        d.put("Implanted device: pacemaker, generator SN ", P("DEVICE", k.serial(c)), " - ", c.pick("explanted before cremation", "left in situ (burial)"), "\n")
    nok = k.person(c)
    d.put("\nAuthorizing next of kin: ", k.nm(c, nok, "NAME_RELATIVE", c.pick("full", "caps")), " (", c.pick("spouse", "son", "daughter", "grandniece"), ")  Tel ", P("PHONE", k.phone_en(c)), "\n")
    if c.chance(0.4):
        d.put("  NOK ID checked: passport ", P("PASSPORT", k.passport(c)), "\n")
    d.put("Receiving funeral home: ", c.ch(k.FUNERAL), "   Removal vehicle plate: ", P("VEHICLE", k.plate(c)), "\n")
    d.put("Released on ", k.de(c, dod, "md"), " at ", f"{c.ri(1, 12)}:{c.ri(10, 59)} ", c.pick("AM", "PM"), " by ", k.nm(c, k.clinician(c), "NAME_CLINICIAN", c.pick("full", "flower")), ", RN; witnessed by security.\nBelongings: ", c.pick("wedding ring, dentures", "glasses, hearing aids", "none"), "\n")
    return d


def cannabis_cert(c):
    """State medical-cannabis practitioner certification (online registry submission)."""
    d, p, dr = Doc(), k.person(c), k.clinician(c)
    d.put("MEDICAL CANNABIS PROGRAM - PRACTITIONER CERTIFICATION\nSubmission ID: ", P("OTHER_ID", f"MCP{c.digits(9)}"), "   Submitted: ", k.de(c, k.rdate(c, 2024, 2025)), " from ", P("IP", k.ip(c)), "\n\n")
    d.put("PATIENT\n  Name: ", k.nm(c, p, "NAME_PATIENT", c.pick("full", "caps", "mid")), "\n  Date of birth: ", k.de(c, k.dob(c, 22, 85)), "\n")
    d.put("  Residence: ", k.addr_en(c), "\n  Phone: ", P("PHONE", k.phone_en(c)), "   Email: ", P("EMAIL", k.email(c, p)), "\n")
    if c.chance(0.5):
        d.put("  ID: driver's license ", P("LICENSE", k.dl(c)), "\n")
    else:
        d.put("  ID: passport ", P("PASSPORT", k.passport(c)), "\n")
    if c.chance(0.5):
        d.put("  SSN (last program year): ", P("SSN", k.ssn(c)), "\n")
    cond = c.ch(("⟦fi|intractable chemotherapy-induced nausea⟧", "⟦fi|multiple sclerosis⟧ with spasticity", "⟦ep|Crohn's disease⟧", "⟦fi|post-traumatic stress disorder⟧", "⟦fi|chronic pain⟧ from ⟦fi|lumbar radiculopathy⟧"))
    d.put("\nQUALIFYING CONDITION: ", cond, "\nTried: ⟦dr|gabapentin⟧ ⟦do|300 mg tid⟧; ⟦dr|ondansetron⟧ ⟦do|8 mg q8h⟧\n")
    if c.chance(0.6):
        cg = k.person(c)
        d.put("\nDESIGNATED CAREGIVER: ", k.nm(c, cg, "NAME_RELATIVE", c.pick("full", "lf")), " (", c.pick("wife", "husband", "mother", "partner"), "), DL ", P("LICENSE", k.dl(c)), "\n")
    d.put("\nPRACTITIONER: ", k.nm(c, dr, "NAME_CLINICIAN", "full"), ", ", c.pick("MD", "DO", "APRN"), "   License ", P("LICENSE", k.lic(c)), "\n  Practice: ", P("HOSPITAL", c.ch(k.HOSPITALS)), "\nRegistry card will be mailed; status: ", P("URL", k.url(c, "mcp.health.state.example.gov")), "\n")
    return d


TEMPLATES_A = [("en19_amend_request", amend_request), ("en19_semen_analysis", semen_analysis), ("en19_ethics_consult", ethics_consult), ("en19_restraint_log", restraint_log), ("en19_funeral_release", funeral_release), ("en19_cannabis_cert", cannabis_cert)]

from templates_v19_en2 import TEMPLATES_B  # noqa: E402

TEMPLATES = TEMPLATES_A + TEMPLATES_B
