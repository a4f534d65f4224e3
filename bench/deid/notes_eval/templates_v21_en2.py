"""v21 English templates, part two (README.md "v21"): tumor-board case summary, after-hours nurse-line
telephone triage note (lower case), infection-prevention exposure notification letter, tracheostomy
home-care teaching checklist (ALL CAPS), diabetes self-management education record, elective
cardioversion procedure note."""

# ruff: noqa: E501
# fmt: off

from __future__ import annotations

import _v21_kit as k
from _core import Doc, P

__all__ = ["TEMPLATES"]


def tumorbd(c):
    d = Doc()
    p, dau = k.person_en(c), k.person_en(c, "F")
    day = k.rday(c)
    old = c.chance(0.35)
    age = k.age90(c) if old else c.ri(41, 84)
    site = c.ch((("⟦fi|adenocarcinoma of the sigmoid colon⟧", "⟦me|pT3N1bM0⟧", "⟦dr|FOLFOX⟧"), ("⟦fi|invasive ductal carcinoma⟧ of the ⟦an|left breast⟧", "⟦me|pT2N0M0⟧", "⟦dr|letrozole⟧"), ("⟦fi|squamous cell carcinoma⟧ of the ⟦an|right upper lobe⟧", "⟦me|cT2aN2M0⟧", "⟦dr|carboplatin⟧/⟦dr|paclitaxel⟧")))
    d.put("MULTIDISCIPLINARY TUMOR BOARD - CASE SUMMARY\n", P("HOSPITAL", c.ch(k.HOSP[:3])), " Cancer Conference, ", P("DATE", k.date_en(c, day, "long")), "\n")
    d.put("Case ", c.ri(1, 7), ": ", P("NAME_PATIENT", k.full(p)), ", ", P("AGE_OVER_89", str(age)) if old else str(age), f"-year-old {'woman' if p['sex'] == 'F' else 'man'}, MRN ", P("MRN", k.mrn(c)), "\nPresenting: Dr. ", P("NAME_CLINICIAN", k.clin(c).split()[1]), "; referred by ", P("NAME_CLINICIAN", k.clin(c)), " at ", P("HOSPITAL", c.ch(k.HOSP[7:9])), " (fax ", P("FAX", k.phone_us(c)), ")\n")
    d.put("Pathology ", P("ACCESSION", k.accession(c, "S")), ": ", site[0], ", ", site[1], ". CT ", P("ACCESSION", k.accession(c, "CT")), " on ", P("DATE", k.date_en(c, k.days(day, -c.ri(5, 30)), "slash")), ": no distant disease.\n")
    if c.chance(0.35):
        d.put("International patient (", c.pick("Nigeria", "Peru", "Vietnam", "Norway"), "), passport ", P("PASSPORT", k.passport_en(c)), "; interpreter booked.\n")
    d.put("Question: candidate for ", site[2], " vs. trial? Screening ID ", P("OTHER_ID", f"TB-{c.ri(100, 999)}-{c.digits(4, False)}"), " if enrolled.\n")
    if old:
        d.put("Discussion: daughter ", P("NAME_RELATIVE", dau["first"]), " relays the patient's wish: \"", "Mom" if p["sex"] == "F" else "Dad", " says at ", P("AGE_OVER_89", str(age)), " she'd rather not lose her hair.\"\n" if p["sex"] == "F" else " he'd rather not be sick all winter.\"\n")
    else:
        d.put("Discussion: ", c.pick("ECOG 1", "ECOG 0"), "; lives with daughter ", P("NAME_RELATIVE", k.full(dau)), ".\n")
    d.put(f"Recommendation: ⟦pr|adjuvant chemotherapy⟧ per board consensus; ⟦lab|CEA {c.fl(1.1, 9.8)} ng/mL⟧ to be repeated.\nScribe: ", P("NAME_CLINICIAN", k.clin_first(c).lower()), " (tumor registry)\n")
    return d


def nurseline(c):
    d = Doc()
    p, cal = k.person_en(c), k.person_en(c)
    day = k.rday(c)
    old = c.chance(0.45)
    age = k.age90(c) if old else c.ri(30, 89)
    rel = c.pick("wife", "daughter", "grandson", "partner")
    calln = cal["nick"] or cal["first"]
    d.put("after-hours nurse line - telephone encounter\nticket ", P("OTHER_ID", f"NL{c.digits(8)}"), "   call rec'd ", P("DATE", k.date_en(c, day, c.pick("short", "slash"))), f" {c.ri(0, 5)}:{c.ri(10, 59)}\n")
    d.put("caller: ", P("NAME_RELATIVE", calln.lower()), f" ({rel}), callback ", P("PHONE", k.phone_us(c)), "\npatient: ", P("NAME_PATIENT", k.full(p).lower()), ", dob ", P("DATE", k.date_en(c, k.dob_for(c, age, day), "slash")), ", mrn ", P("MRN", k.mrn(c)), "\n")
    d.put("reason: ", c.pick("fever 101.8 after chemo", "new ⟦fi|chest pain⟧ at rest", "fell in bathroom, no head strike", "⟦fi|urinary retention⟧ since noon"), ". caller states \"", "he's " if p["sex"] == "M" else "she's ")
    d.put(P("AGE_OVER_89", str(age)) if old else str(age), " and stubborn, won't go in unless you say so.\"\n")
    d.put("protocol: schmitt-thompson ", c.pick("chest pain", "falls", "fever - immunocompromised"), ". ⟦me|pulse 112⟧ per home cuff, ⟦me|bp 96/60⟧.\n")
    d.put("disposition: ED now; caller will drive to ", P("HOSPITAL", c.ch(k.HOSP[:3]).lower()), ". on-call dr ", P("NAME_CLINICIAN", k.clin_first(c).lower()), " paged, agrees. ")
    d.put("pharmacy on file: ", P("HOSPITAL", c.ch(k.PHARM)), " ", P("PHONE", k.phone_us(c)), ".\nsurvey link texted: ", P("URL", k.url(c, "survey.nurseline-connect.com", "r")), "\n- ", P("NAME_CLINICIAN", k.clin(c).lower()), " rn\n")
    return d


def exposure(c):
    d = Doc()
    p = k.person_en(c)
    a = k.addr_us(c)
    day = k.rday(c)
    ex = k.days(day, -c.ri(7, 30))
    emp = c.ch(k.EMPLOYER)
    dis = c.pick(("⟦fi|pulmonary tuberculosis⟧", "⟦lab|QuantiFERON-TB Gold Plus⟧"), ("⟦fi|measles⟧", "⟦lab|measles IgG⟧"), ("⟦fi|pertussis⟧", "⟦lab|Bordetella pertussis PCR⟧"))
    d.put(P("HOSPITAL", c.ch(k.HOSP[:4])), "\nInfection Prevention & Control\n\n", P("DATE", k.date_en(c, day, "long")), "\n\n", P("NAME_PATIENT", k.full(p)), "\n", P("ADDRESS_STREET", a["street"]), "\n", P("CITY", a["city"]), ", ", P("PROVINCE_STATE", a["st"]), " ", P("POSTCODE", a["zip"]), "\n\n")
    d.put("RE: Notice of possible exposure - case ", P("OTHER_ID", f"IPC-{c.ri(19, 24)}-{c.digits(5)}"), "\n\nDear ", c.pick("Mr. " if p["sex"] == "M" else "Ms. ", ""), P("NAME_PATIENT", p["last"]), ",\n\n")
    d.put("Our records show you were in the Emergency Department waiting room on ", P("DATE", k.date_en(c, ex, "long")), " between 2 and 6 p.m., when a patient later found to have ", dis[0], " was also present. ")
    d.put("We recommend a ", dis[1], " test. Because you told our nurse you work at ", P("WORKPLACE", emp), ", we can also send a clearance letter to your employee health office if you wish.\n\n")
    d.put("Book a free test at ", P("URL", k.url(c, "mychart.mercyridge.org", "exposure")), " or call ", P("PHONE", k.phone_us(c)), ". Questions may be e-mailed to us; we will reply to ", P("EMAIL", k.email_en(c, p)), " only.\n\n")
    d.put("Sincerely,\n", P("NAME_CLINICIAN", k.clin(c)), ", RN, CIC\nInfection Preventionist\n(sent from ", P("IP", k.ip4(c)), ")\n")
    return d


def trach(c):
    d = Doc()
    p, cg = k.person_en(c), k.person_en(c)
    a = k.addr_us(c)
    day = k.rday(c)
    old = c.chance(0.4)
    age = k.age90(c) if old else c.ri(18, 87)
    rel = c.pick("WIFE", "SON", "DAUGHTER", "HUSBAND")
    U = str.upper
    d.put("TRACHEOSTOMY HOME CARE TEACHING CHECKLIST\n", P("HOSPITAL", U(c.ch(k.HOSP[:4]))), " - RESPIRATORY CARE\nPATIENT: ", P("NAME_PATIENT", U(k.lastfirst(p))), "   MRN: ", P("MRN", k.mrn(c)), "   AGE: ", P("AGE_OVER_89", str(age)) if old else str(age), "\n")
    d.put("DOB: ", P("DATE", U(k.date_en(c, k.dob_for(c, age, day), "mon"))), "   SSN: ", P("SSN", k.ssn(c)) if c.chance(0.5) else "DECLINED", "   MEDICARE MBI: ", P("INSURANCE", k.mbi(c)), "\n")
    d.put("HOME: ", P("ADDRESS_STREET", U(a["street"])), ", ", P("CITY", U(a["city"])), ", ", P("PROVINCE_STATE", U(a["st"])), " ", P("POSTCODE", a["zip"]), "\nPRIMARY CAREGIVER: ", P("NAME_RELATIVE", U(k.full(cg))), f" ({rel})  PH ", P("PHONE", k.phone_us(c)), "\n")
    d.put("TUBE: ⟦ep|SHILEY⟧ ⟦me|SIZE 6⟧ CUFFLESS, ⟦pr|TRACHEOSTOMY⟧ ", P("DATE", U(k.date_en(c, k.days(day, -c.ri(10, 40)), "mon"))), "\n")
    d.put("HOME SUCTION UNIT SN ", P("DEVICE", k.serial(c)), "   HUMIDIFIER SN ", P("DEVICE", k.serial(c)), "\nDME: ", c.pick("LIBERTY HOME RESPIRATORY", "APEX MEDICAL SUPPLY"), "  FAX ", P("FAX", k.phone_us(c)), "\n\n")
    for item in ("STOMA CARE", "INNER CANNULA CHANGE", "SUCTIONING", "EMERGENCY TUBE CHANGE", "CPR WITH TRACH"):
        d.put(f"[X] {item} - RETURN DEMO BY CAREGIVER - RN ", P("NAME_CLINICIAN", U(k.clin_first(c))), "\n")
    d.put("⟦fi|MRSA⟧ COLONIZED: ", c.pick("YES", "NO"), "   ⟦me|SPO2 94%⟧ ON ⟦me|28% FIO2⟧\n")
    if old:
        d.put("CAREGIVER STATES: \"", P("AGE_OVER_89", str(age)), " YEARS OLD AND STILL ARGUES WITH THE NURSES.\"\n")
    return d


def dsme(c):
    d = Doc()
    p, sp = k.person_en(c), k.person_en(c)
    day = k.rday(c)
    emp = c.ch(k.EMPLOYER)
    a1c = c.fl(7.1, 11.8)
    d.put("Diabetes Self-Management Education (DSMES) - Session ", c.ri(1, 4), " of 4\n", P("HOSPITAL", c.ch(k.HOSP[:3])), " Diabetes Center\n")
    d.put("Participant: ", P("NAME_PATIENT", k.full(p)), "  DOB ", P("DATE", k.date_en(c, k.dob_for(c, c.ri(22, 74), day))), "  MRN ", P("MRN", k.mrn(c)), "\nPlan member ID: ", P("INSURANCE", k.member(c)), "   Session date: ", P("DATE", k.date_en(c, day)), "\n\n")
    d.put("Background: ⟦fi|type 2 diabetes mellitus⟧ x ", c.ri(2, 15), f" yrs, ⟦lab|HbA1c {a1c}%⟧. Works rotating shifts at ", P("WORKPLACE", emp), "; eats from the vending machine on nights.\n")
    d.put("Devices: CGM receiver SN ", P("DEVICE", k.serial(c)), ["; insulin pump SN ", P("DEVICE", k.serial(c))] if c.chance(0.5) else "; pens only", "\n")
    d.put("Meds: ⟦dr|insulin glargine⟧ ⟦do|24 units at bedtime⟧, ⟦dr|metformin⟧ ⟦do|1000 mg bid⟧.\n")
    nick = sp["nick"] or sp["first"]
    d.put("Support: spouse ", P("NAME_RELATIVE", sp["first"]), [" (goes by \"", P("NAME_RELATIVE", nick), "\")"] if sp["nick"] else "", " attended and will pack lunches.\n")
    d.put("Goals: walk 20 min after dinner; check ⟦lab|fasting glucose⟧ daily; ⟦me|weight 104.2 kg⟧.\nCGM data share link: ", P("URL", k.url(c, "share.glucolink.app", "p")), "; reports to ", P("EMAIL", k.email_en(c, p)), " (uploaded from ", P("IP", k.ip4(c)), ")\n")
    ed = k.clin(c)
    st = c.ch(k.CITY_US)[1]
    d.put("Educator: ", P("NAME_CLINICIAN", ed), ", RD, CDCES  ", st, " dietitian lic. ", P("LICENSE", k.lic(c, st)), "\n")
    return d


def cardiov(c):
    d = Doc()
    p, dr = k.person_en(c), k.person_en(c)
    day = k.rday(c)
    old = c.chance(0.3)
    age = k.age90(c) if old else c.ri(45, 86)
    d.put("ELECTIVE DC CARDIOVERSION - PROCEDURE NOTE\n", P("HOSPITAL", c.ch(k.HOSP[:3])), "  Cardiac Procedures Unit\n")
    d.put("Patient: ", P("NAME_PATIENT", k.lastfirst(p, c.chance(0.3))), "  Age ", P("AGE_OVER_89", str(age)) if old else str(age), "  MRN ", P("MRN", k.mrn(c)), "  Encounter ", P("ACCOUNT", k.acct(c)), "\nDate: ", P("DATE", k.date_en(c, day)), "\n")
    if c.chance(0.7):
        d.put("ID checked: ", c.pick("passport", "foreign passport"), " ", P("PASSPORT", k.passport_en(c)), " (visiting from ", c.pick("Ireland", "Ghana", "Poland", "Chile"), ")\n")
    d.put("Indication: symptomatic ⟦fi|persistent atrial fibrillation⟧, ⟦me|CHA2DS2-VASc 4⟧, on ⟦dr|apixaban⟧ ⟦do|5 mg bid⟧ uninterrupted x 3 wk.\n")
    d.put("Pre-procedure TEE (study ", P("ACCESSION", k.accession(c, "TEE")), "): no ⟦fi|left atrial appendage thrombus⟧.\n")
    if c.chance(0.5):
        d.put("Device: dual-chamber pacemaker, generator SN ", P("DEVICE", k.serial(c)), "; interrogated before and after, no change.\n")
    d.put("Sedation: ⟦dr|propofol⟧ ⟦do|60 mg IV⟧ by Dr. ", P("NAME_CLINICIAN", k.clin(c).split()[1]), ". Shock: ⟦me|200 J⟧ biphasic x1 with return to ⟦fi|sinus rhythm⟧.\n")
    d.put("Home with ", c.pick("son", "wife", "husband", "brother"), " ", P("NAME_RELATIVE", k.full(dr)), " driving (", c.pick("plate ", "tag "), P("VEHICLE", k.plate_us(c)), ").\n")
    d.put("Operator: ", P("NAME_CLINICIAN", k.clin(c)), ", MD, FACC\n")
    return d


TEMPLATES = [("en21_tumorbd", tumorbd), ("en21_nurseline", nurseline), ("en21_exposure", exposure), ("en21_trach", trach), ("en21_dsme", dsme), ("en21_cardiov", cardiov)]
