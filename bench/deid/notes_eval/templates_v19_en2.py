"""v19 English templates, part 2 (six document types)."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import datetime as dt

import _v19_kit as k
from _v19_kit import Doc, P

# Document text and value pools are laid out by hand:
# fmt: off

__all__ = ["TEMPLATES_B"]


def eligibility_271(c):
    """Payer eligibility (X12 271) response as printed from the registration system."""
    d, p = Doc(), k.person(c)
    town, st, z = c.ch(k.TOWNS)
    street = f"{c.ri(10, 9000)} {c.ch(k.STREETS)}".upper()
    dob = k.dob(c, 18, 80)
    d.put("ELIGIBILITY RESPONSE  -  printed ", k.de(c, k.rdate(c, 2025, 2025), "us0"), " by REGCLK", c.digits(3), " @ ", P("IP", k.ip(c)), "\n")
    d.put("Trace: TRN*2*", P("OTHER_ID", c.digits(12)), "*9", c.digits(9), "~\n")
    d.put("NM1*IL*1*", P("NAME_PATIENT", p.last.upper()), "*", P("NAME_PATIENT", p.first.upper()), "****MI*", P("INSURANCE", k.member(c)), "~\n")
    d.put("REF*6P*", P("INSURANCE", f"{c.digits(5)}{c.letters(2)}"), "*", P("WORKPLACE", c.ch(k.EMPLOYERS).upper()), "~\n")
    d.put("N3*", P("ADDRESS_STREET", street), "~\nN4*", P("CITY", town.upper()), "*", P("PROVINCE_STATE", st), "*", P("POSTCODE", z + c.digits(4, False)), "~\n")
    d.put("DMG*D8*", k.de(c, dob, "cmp"), "*", p.sex, "~\n")
    d.put("DTP*346*D8*", k.de(c, k.rdate(c, 2024, 2025), "cmp"), "~\n")
    if c.chance(0.5):
        dep = k.person(c)
        d.put("NM1*03*1*", P("NAME_RELATIVE", dep.last.upper()), "*", P("NAME_RELATIVE", dep.first.upper()), "~  (dependent: ", c.pick("spouse", "child"), ")\n")
    d.put("NM1*1P*1*", P("NAME_CLINICIAN", k.clinician(c).last.upper()), "*****XX*", P("LICENSE", k.npi(c)), "~\n")
    d.put("EB*1*IND*30**", c.pick("GOLD PPO 1500", "BRONZE HMO", "MEDICARE ADVANTAGE"), "~\nEB*C*IND*30***23*", c.ri(500, 6000), "~\n")
    d.put("\nREGISTRAR NOTE: coverage active. Visit account ", P("ACCOUNT", k.acct(c)), " for ", P("HOSPITAL", c.ch(k.HOSPITALS)), ". ")
    if c.chance(0.5):
        d.put("Self-pay secondary; SSN on file ", P("SSN", k.ssn(c)), ". ")
    d.put(c.pick("Prior auth required for ⟦pr|MRI of the lumbar spine⟧.", "No auth needed for ⟦pr|screening colonoscopy⟧.", "⟦dr|adalimumab⟧ requires specialty pharmacy."), " Pt callback ", P("PHONE", k.phone_en(c)), "\n")
    return d


def refill_queue(c):
    """Clinic refill-request queue exported as CSV (several patients)."""
    d = Doc()
    d.put("# refill_requests_export.csv  generated ", k.de(c, k.rdate(c, 2025, 2025), "iso"), " user=", P("NAME_CLINICIAN", k.clinician(c).first.lower()), " host=", P("IP", k.ip(c)), "  clinic=", P("HOSPITAL", c.ch(k.HOSPITALS[9:] + k.HOSPITALS[:3])), "\n")
    d.put("req_id,received,patient,dob,mrn,medication,sig,pharmacy,pharm_fax,prescriber,status\n")
    meds = [("⟦dr|lisinopril⟧", "⟦do|20 mg daily⟧"), ("⟦dr|levothyroxine⟧", "⟦do|88 mcg daily⟧"), ("⟦dr|sertraline⟧", "⟦do|100 mg daily⟧"), ("⟦dr|metformin ER⟧", "⟦do|750 mg bid⟧"), ("⟦dr|apixaban⟧", "⟦do|5 mg bid⟧"), ("⟦dr|albuterol HFA⟧", "⟦do|2 puffs q4h prn⟧"), ("⟦dr|tamsulosin⟧", "⟦do|0.4 mg qhs⟧")]
    for _ in range(c.ri(3, 5)):
        p = k.person(c)
        m, sg = c.ch(meds)
        d.put("RR", P("OTHER_ID", c.digits(7)), ",", k.de(c, k.rdate(c, 2025, 2025), c.pick("us", "iso")), ',"', k.nm(c, p, "NAME_PATIENT", c.pick("lf", "capslf", "lower")), '",', k.de(c, k.dob(c), c.pick("us0", "iso")), ",", P("MRN", k.mrn_en(c)), ",", m, ",", sg, ",", P("HOSPITAL", c.ch(k.PHARMACIES)), ",", P("FAX", k.phone_en(c)), ",", k.nm(c, k.clinician(c), "NAME_CLINICIAN", c.pick("LAST", "init")), ",", c.pick("pending", "sent", "denied-needs visit", "routed RN"), "\n")
    d.put("# notes: ", c.pick("patient called twice", "pharmacy says ⟦lab|potassium 5.6 mmol/L⟧ on last BMP - hold", "overdue ⟦lab|TSH⟧"), "\n")
    return d


def allergy_shots(c):
    """Allergen immunotherapy vial and injection record."""
    d, p = Doc(), k.person(c)
    d.put(P("HOSPITAL", "Brightwater Allergy & Asthma Clinic" if c.chance(0.5) else c.ch(k.HOSPITALS)), "\nALLERGEN IMMUNOTHERAPY INJECTION RECORD\n\n")
    d.put("Name: ", k.nm(c, p, "NAME_PATIENT", c.pick("lf", "full")), "   DOB: ", k.de(c, k.dob(c, 8, 75)), "   Chart #: ", P("MRN", k.mrn_en(c)), "\n")
    d.put("Ins: ", P("INSURANCE", k.member(c)), "   Work: ", P("WORKPLACE", c.ch(k.EMPLOYERS)), " (", c.pick("bakery line - flour dust", "sawmill", "poultry barns", "office"), ")\n")
    d.put("Prescribing allergist: ", k.nm(c, k.clinician(c), "NAME_CLINICIAN", "init"), ", MD\n")
    d.put("Vial set: ", c.pick("⟦dr|Timothy grass extract⟧ + ⟦dr|short ragweed extract⟧", "⟦dr|Dermatophagoides farinae extract⟧", "⟦dr|cat hair extract⟧ + ⟦dr|mold mix⟧"), "  mixed ", k.de(c, k.rdate(c, 2024, 2024), "us"), "  exp ", c.ri(1, 12), "/2025\n")
    d.put("Pre-shot ⟦lab|peak flow 410 L/min⟧; ⟦dr|epinephrine auto-injector⟧ on person: ", c.pick("Y", "N - reminded"), "\n\n")
    d.put("DATE       | VIAL     | VOL      | SITE        | REACTION        | NURSE\n")
    day = k.rdate(c, 2025, 2025)
    for i in range(c.ri(3, 5)):
        vol = c.ch(("0.05", "0.10", "0.15", "0.20", "0.30", "0.40", "0.50"))
        d.put(k.de(c, day + dt.timedelta(days=i * 7), "us0"), " | 1:", c.pick("100", "10", "1"), f" v/v | ⟦do|{vol} mL SC⟧ | ", c.pick("⟦an|left posterior arm⟧", "⟦an|right posterior arm⟧"), " | ", c.pick("none", "⟦me|wheal 12 mm⟧", "local itch"), " | ", P("NAME_CLINICIAN", k.clinician(c).first.lower() if c.chance(0.5) else k.clinician(c).last), "\n")
    d.put("\n30-min wait observed. Next: ", k.de(c, k.rdate(c, 2025, 2025), "md"), ". Reminders to ", P("EMAIL", k.email(c, p)), " / ", P("URL", k.url(c)), "\n")
    if c.chance(0.4):
        d.put("Parent present: ", k.nm(c, k.person(c), "NAME_RELATIVE", "full"), ", cell ", P("PHONE", k.phone_en(c)), "\n")
    return d


def circ_consent(c):
    """Newborn circumcision informed consent with procedure note."""
    d, b = Doc(), k.person(c, "M")
    mom, dad = k.person(c, "F"), k.person(c, "M")
    dad.last = b.last
    dob = k.rdate(c, 2024, 2025)
    d.put(P("HOSPITAL", c.ch(k.HOSPITALS[:8])), " Mother-Baby Unit\nCONSENT FOR NEWBORN CIRCUMCISION\n\n")
    d.put("Infant: ", c.pick(["Baby Boy ", P("NAME_PATIENT", b.last)], [k.nm(c, b, "NAME_PATIENT", c.pick("full", "lf"))]), "   DOB: ", k.de(c, dob), "   Infant MRN: ", P("MRN", k.mrn_en(c)), "\n")
    d.put("Mother: ", k.nm(c, mom, "NAME_RELATIVE", c.pick("full", "lf")), "  (MRN ", P("MRN", k.mrn_en(c)), ")   Encounter ", P("ACCOUNT", k.acct(c)), "\n")
    d.put("Father/partner: ", k.nm(c, dad, "NAME_RELATIVE", "full"), "   Phone: ", P("PHONE", k.phone_en(c)), "\n")
    if c.chance(0.5):
        d.put("Parent ID (father, foreign national): passport ", P("PASSPORT", k.passport(c)), "\n")
    d.put("\nRisks explained: bleeding, infection, ⟦fi|meatal stenosis⟧, poor cosmetic result. Contraindications screened: no ⟦fi|hypospadias⟧, no family history of ⟦fi|hemophilia⟧.\n")
    d.put("⟦ep|Apgar⟧ scores 8/9. ⟦me|Weight 3.41 kg⟧.\n")
    if c.chance(0.5):
        d.put("Interpreter (", c.pick("Spanish", "Marshallese", "Somali", "K'iche'"), "): ", k.nm(c, k.clinician(c), "NAME_CLINICIAN", "full"), "\n")
    d.put("Signed: ", k.nm(c, mom, "NAME_RELATIVE", "init"), "  ", k.de(c, dob, "md"), "\n\nPROCEDURE NOTE\n")
    d.put("⟦pr|Dorsal penile nerve block⟧ with ⟦dr|lidocaine⟧ ⟦do|1% 0.8 mL⟧; ⟦dr|sucrose 24%⟧ on pacifier. ", c.pick("Gomco", "Mogen", "Plastibell"), " clamp. EBL minimal.\n")
    d.put("Performed by ", k.nm(c, k.clinician(c), "NAME_CLINICIAN", c.pick("full", "init")), ", MD (license ", P("LICENSE", k.lic(c)), "); time-out with ", k.nm(c, k.clinician(c), "NAME_CLINICIAN", "first"), ", RN.\nCare sheet e-mailed to ", P("EMAIL", k.email(c, mom)), "\n")
    return d


def cranial_prosthesis(c):
    """Letter of medical necessity for a cranial prosthesis (wig) after chemotherapy."""
    d, p, dr = Doc(), k.person(c, c.pick("F", "F", "M")), k.clinician(c)
    h = c.ch(k.HOSPITALS[:8])
    d.put(P("HOSPITAL", h), " Cancer Institute\nPhone ", P("PHONE", k.phone_en(c)), "  Fax ", P("FAX", k.phone_en(c)), "\n\n", k.de(c, k.rdate(c, 2025, 2025), "long"), "\n\n")
    d.put("RE: LETTER OF MEDICAL NECESSITY - CRANIAL PROSTHESIS (HCPCS A9282)\nPatient: ", k.nm(c, p, "NAME_PATIENT", c.pick("full", "mid")), "\nDOB: ", k.de(c, k.dob(c, 25, 80)), "\n")
    d.put("Member ID: ", P("INSURANCE", k.member(c)), "   Group: ", P("INSURANCE", c.digits(6)), "   Claim #: ", P("OTHER_ID", f"CLM{c.digits(10)}"), "\n")
    d.put("Address: ", k.addr_en(c), "\n\nTo whom it may concern:\n\n")
    dx = c.ch(("⟦fi|invasive ductal carcinoma⟧ of the ⟦an|left breast⟧", "⟦ep|Hodgkin lymphoma⟧", "⟦fi|ovarian carcinoma⟧"))
    rx = c.ch(("⟦dr|doxorubicin⟧ and ⟦dr|cyclophosphamide⟧ followed by ⟦dr|paclitaxel⟧", "⟦dr|ABVD⟧", "⟦dr|carboplatin⟧ ⟦do|AUC 5⟧ with ⟦dr|paclitaxel⟧ ⟦do|175 mg/m2⟧"))
    d.put(c.pick("Ms.", "Mx.", ""), " ", k.nm(c, p, "NAME_PATIENT", "last"), " is under my care for ", dx, ", treated with ", rx, " since ", k.de(c, k.rdate(c, 2024, 2025), c.pick("long", "us")), ". This has caused ⟦fi|chemotherapy-induced alopecia⟧ (⟦fi|alopecia totalis⟧). ")
    d.put("A cranial prosthesis is medically necessary to ", c.pick("protect the scalp", "allow return to work"), " at ", P("WORKPLACE", c.ch(k.EMPLOYERS)), ".\n\n")
    d.put("Sincerely,\n", k.nm(c, dr, "NAME_CLINICIAN", "full"), ", MD, Medical Oncology\nNPI ", P("LICENSE", k.npi(c)), "   State license ", P("LICENSE", k.lic(c)), "\n")
    d.put("cc: ", c.pick("patient", "case manager"), " (", P("EMAIL", k.email(c, p)), ")\n")
    return d


def lodging_request(c):
    """Patient and caregiver lodging assistance request (out-of-area treatment)."""
    d, p = Doc(), k.person(c)
    h = c.ch(k.HOSPITALS[:8])
    cg = k.person(c)
    start = k.rdate(c, 2025, 2025)
    d.put("Guest House Lodging Request - ", P("HOSPITAL", h), " Social Work\nRequest #", P("OTHER_ID", f"LG-{c.digits(6)}"), "  entered ", k.de(c, start, "us"), "\n\n")
    d.put("Patient ........ ", k.nm(c, p, "NAME_PATIENT", c.pick("full", "lf", "caps")), "  (MRN ", P("MRN", k.mrn_en(c)), ")\n")
    d.put("Home address ... ", k.addr_en(c), "  (", c.ri(80, 410), " miles)\n")
    d.put("Treatment ...... ", c.pick("⟦pr|proton beam therapy⟧ 28 fractions", "⟦pr|autologous stem cell transplant⟧", "⟦pr|CAR-T infusion⟧ and 30-day monitoring"), ", ", k.de(c, start, "md"), " - ", k.de(c, k.rdate(c, 2025, 2025), "md"), "\n")
    d.put("Caregiver ...... ", k.nm(c, cg, "NAME_RELATIVE", c.pick("full", "first", "nick")), " (", c.pick("husband", "son", "brother") if cg.sex == "M" else c.pick("wife", "daughter", "sister"), ")")
    if c.chance(0.5):
        d.put(", age ", P("AGE_OVER_89", str(c.ri(90, 96))), " - ", c.pick("uses walker", "needs ground floor"))
    d.put("\nPhone .......... ", P("PHONE", k.phone_en(c)), "   e-mail ", P("EMAIL", k.email(c, cg)), "\n")
    d.put("Vehicle ........ ", c.pick("2016 Subaru", "2019 Ram 1500", "2012 Buick"), ", plate ", P("VEHICLE", k.plate(c)), " (parking pass)\n")
    if c.chance(0.4):
        d.put("Intl patient ... passport ", P("PASSPORT", k.passport(c)), "; insurer ", P("INSURANCE", k.member(c)), "\n")
    d.put("Needs .......... ⟦fi|neutropenia⟧ - private bath; ⟦dr|ondansetron⟧ ⟦do|8 mg⟧ at bedside; ⟦me|ECOG 1⟧\n")
    d.put("Social worker .. ", k.nm(c, k.clinician(c), "NAME_CLINICIAN", c.pick("full", "init")), ", LICSW\nStatus link ... ", P("URL", k.url(c)), "\n")
    return d


TEMPLATES_B = [("en19_eligibility_271", eligibility_271), ("en19_refill_queue", refill_queue), ("en19_allergy_shots", allergy_shots), ("en19_circ_consent", circ_consent), ("en19_cranial_prosthesis", cranial_prosthesis), ("en19_lodging_request", lodging_request)]
