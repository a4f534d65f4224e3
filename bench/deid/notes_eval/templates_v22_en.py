# ruff: noqa: E501
# fmt: off
"""v22 English templates, part 1 (six document types; part 2 is templates_v22_en2.py)."""

from __future__ import annotations

import templates_v22_en2 as _en2
from _v22_kit import (
    EMPLOYERS,
    EN_WORDLIKE,
    HOSPITALS,
    NICKNAMES,
    STATE_NAMES,
    Doc,
    P,
    email,
    en_first,
    en_last,
    en_person,
    fd,
    mbi,
    mrn,
    plate,
    plus,
    rdate,
    ssn,
    street,
    town,
    us_phone,
    vin,
    zip_code,
)

V22_EN_WORDLIKE = EN_WORDLIKE


def _state(c, abbr: str) -> str:
    return abbr if c.chance(0.7) else STATE_NAMES[abbr]


def eye_bank(c) -> Doc:
    """Eye bank cornea donor screening record: key:value form, ALL CAPS headings."""
    d = Doc()
    f, l_ = en_person(c)
    nf, nl = en_first(c), en_last(c) if c.chance(0.5) else l_
    age = c.ri(90, 103)
    death = rdate(c)
    hosp = c.ch(HOSPITALS)
    tech_f, tech_l = en_person(c)
    rel = c.ch(("daughter", "son", "niece", "wife", "husband", "grandson"))
    d.add("CORNEAL DONOR SCREENING RECORD\nRECOVERY REFERRAL FROM: {hosp}\n", hosp=P("HOSPITAL", hosp))
    d.add("DONOR: {last}, {first}    AGE: {age}    SEX: {sex}\n", last=P("NAME_PATIENT", l_.upper()), first=P("NAME_PATIENT", f.upper()),
          age=P("AGE_OVER_89", str(age)), sex=c.ch(("F", "M")))
    d.add("Hospital MRN: {mrn}\nDate of death: {dod} at {t}\n", mrn=P("MRN", mrn(c)), dod=P("DATE", fd(c, death)), t=f"{c.ri(0, 23):02d}{c.ri(0, 59):02d}")
    if c.chance(0.6):
        d.add("Medical examiner case #: {me} (ME released for ocular recovery)\n", me=P("OTHER_ID", f"ME-{death.year % 100}-{c.digits(4, False)}"))
    else:
        d.add("ME jurisdiction declined; case no. {me}\n", me=P("OTHER_ID", f"{c.letters(2)}{c.digits(6)}"))
    d.add("CAUSE OF DEATH: ⟦fi|{cod}⟧\n", cod=c.ch(("cardiopulmonary arrest", "acute myocardial infarction", "aspiration pneumonia", "septic shock")))
    d.add("PAST HISTORY: ⟦fi|hypertension⟧, ⟦fi|atrial fibrillation⟧ on ⟦dr|apixaban⟧ ⟦do|2.5 mg⟧ BID, prior ⟦pr|cataract extraction⟧ OD.\n")
    d.add("OCULAR EXAM (penlight): ⟦an|corneal epithelium⟧ intact OS, mild ⟦fi|arcus senilis⟧ OU. ⟦me|Endothelial cell density 2410 cells/mm2⟧ OS.\n")
    d.add("SEROLOGY: specimen {acc} drawn {dd}; ⟦lab|HBsAg nonreactive⟧, ⟦lab|anti-HCV nonreactive⟧.\n",
          acc=P("ACCESSION", f"SER{c.digits(7)}"), dd=P("DATE", fd(c, death, "iso")))
    d.add("NEXT OF KIN: {nf} {nl} ({rel}), phone {ph}; consent by recorded line {cd}.\n",
          nf=P("NAME_RELATIVE", nf), nl=P("NAME_RELATIVE", nl), rel=rel, ph=P("PHONE", us_phone(c)), cd=P("DATE", fd(c, plus(death, c.ri(0, 1)))))
    d.add('NOK states: "Mom always said they could have her eyes, she was {age} and still read the paper."\n', age=P("AGE_OVER_89", str(age)))
    if c.chance(0.5):
        d.add("Referral fax from unit: {fx}\n", fx=P("FAX", us_phone(c)))
    d.add("Recovery technician: {tf} {tl}, CEBT\n", tf=P("NAME_CLINICIAN", tech_f), tl=P("NAME_CLINICIAN", tech_l))
    return d


def rabies_pep(c) -> Doc:
    """Animal bite / rabies post-exposure prophylaxis flow sheet (pipe table of doses)."""
    d = Doc()
    f, l_ = en_person(c)
    tn, st, z = town(c)
    bite = rdate(c)
    child = c.chance(0.35)
    d.add("ANIMAL BITE & RABIES PEP FLOW SHEET\nClinic: {h}\n", h=P("HOSPITAL", c.ch(HOSPITALS)))
    d.add("Patient: {f} {l}   MRN {m}   Age: {a}\n", f=P("NAME_PATIENT", f), l=P("NAME_PATIENT", l_), m=P("MRN", mrn(c)), a=c.ri(3, 12) if child else c.ri(19, 84))
    d.add("Home: {s}, {t}, {st} {z}\n", s=P("ADDRESS_STREET", street(c)), t=P("CITY", tn), st=P("PROVINCE_STATE", _state(c, st)), z=P("POSTCODE", zip_code(c, z)))
    if child:
        gf = en_first(c)
        d.add("Guardian: {g} {gl} (mother), cell {ph}, e-mail {em}\n", g=P("NAME_RELATIVE", gf), gl=P("NAME_RELATIVE", l_), ph=P("PHONE", us_phone(c)), em=P("EMAIL", email(c, gf, l_)))
    else:
        d.add("Cell {ph}; reminders to {em}\n", ph=P("PHONE", us_phone(c)), em=P("EMAIL", email(c, f, l_)))
        if c.chance(0.6):
            d.add("Employer: {w} (bitten on a delivery route)\n", w=P("WORKPLACE", c.ch(EMPLOYERS)))
    animal = c.ch(("stray dog", "bat found in bedroom", "feral cat", "raccoon", "neighbour's unvaccinated dog"))
    d.add("Exposure {bd}: {an}; ⟦fi|Category III exposure⟧, ⟦an|left forearm⟧ ⟦fi|puncture wounds⟧.\n", bd=P("DATE", fd(c, bite)), an=animal)
    d.add("Animal control case: {oc}    Passport (first doses given abroad): {pp}\n", oc=P("OTHER_ID", f"AC{bite.year}-{c.digits(5)}"), pp=P("PASSPORT", c.ch((f"5{c.digits(8)}", f"A{c.digits(8)}"))))
    kg = c.ri(14, 40) if child else c.ri(52, 110)
    d.add("⟦me|Weight {kg} kg⟧. ⟦dr|Human rabies immune globulin⟧ ⟦do|20 IU/kg⟧ infiltrated at wound on day 0.\n\n", kg=str(kg))
    d.add("| day | date | vaccine | site | given by |\n|---|---|---|---|---|\n")
    for day in (0, 3, 7, 14):
        nf, nl = en_person(c)
        ini = c.chance(0.4)
        d.add("| {dy} | {dt} | ⟦dr|Imovax Rabies⟧ ⟦do|1 mL IM⟧ | ⟦an|deltoid⟧ | {n} |\n", dy=str(day), dt=P("DATE", fd(c, plus(bite, day), "short")),
              n=P("NAME_CLINICIAN", (nf[0] + nl[0]).upper()) if ini else [P("NAME_CLINICIAN", nf), " ", P("NAME_CLINICIAN", nl), " RN"])
    d.add("\nWound: ⟦pr|irrigation with povidone-iodine⟧; ⟦dr|Tdap⟧ up to date. Follow-up call {ph2}.\n", ph2=P("PHONE", us_phone(c)))
    return d


def contrast_reaction(c) -> Doc:
    """Contrast reaction event report: prose with a timeline, lower-case free text."""
    d = Doc()
    f, l_ = en_person(c)
    day = rdate(c)
    rf, rl = en_person(c)
    tf, tl = en_person(c)
    d.add("CONTRAST REACTION EVENT REPORT - {h}\n", h=P("HOSPITAL", c.ch(HOSPITALS)))
    d.add("Patient: {l}, {f}   MRN: {m}   Encounter: {e}\n", l=P("NAME_PATIENT", l_), f=P("NAME_PATIENT", f), m=P("MRN", mrn(c)), e=P("ACCOUNT", f"ENC{c.digits(9)}"))
    d.add("Exam: ⟦pr|CT abdomen and pelvis with contrast⟧, study {acc}, date {dt}\n", acc=P("ACCESSION", f"CT{day.year % 100}{c.digits(7)}"), dt=P("DATE", fd(c, day)))
    d.add("Agent: ⟦dr|iohexol⟧ ⟦do|100 mL⟧ IV via right AC at 3 mL/s.\n")
    d.add("Timeline: at {t} pt reported itching; ⟦fi|diffuse urticaria⟧ and ⟦fi|wheezing⟧ by 5 min. ⟦me|BP {bp} mmHg⟧, ⟦me|SpO2 {sp}%⟧.\n",
          t=f"{c.ri(7, 18)}:{c.ri(10, 59)}", bp=f"{c.ri(78, 96)}/{c.ri(40, 58)}", sp=str(c.ri(86, 92)))
    d.add("Treatment: ⟦dr|epinephrine⟧ ⟦do|0.3 mg IM⟧, ⟦dr|diphenhydramine⟧ ⟦do|50 mg IV⟧, ⟦dr|methylprednisolone⟧ ⟦do|125 mg IV⟧.\n")
    d.add("Classification: ⟦fi|moderate allergic-like reaction⟧. Premedication (⟦pr|Greenberger protocol⟧) advised for future exams.\n")
    d.add("tech note: {tf} {tl} ({user}) called rad at bedside, pt said \"my throat feels thick\"; resolved by 40 min.\n",
          tf=P("NAME_CLINICIAN", tf.lower()), tl=P("NAME_CLINICIAN", tl.lower()), user=P("NAME_CLINICIAN", f"{tf[0].lower()}.{''.join(ch for ch in tl.lower() if ch.isalpha())}"))
    d.add("Responding radiologist: Dr. {rf} {rl}, NPI {npi}\n", rf=P("NAME_CLINICIAN", rf), rl=P("NAME_CLINICIAN", rl), npi=P("LICENSE", c.ch(("1", "2")) + c.digits(9, False)))
    d.add("Allergy list updated {ud}; letter faxed to PCP at {fx}.\n", ud=P("DATE", fd(c, day, "iso")), fx=P("FAX", us_phone(c)))
    return d


def therapeutic_shoe(c) -> Doc:
    """Statement of certifying physician for therapeutic shoes (Medicare), checkbox form."""
    d = Doc()
    f, l_ = en_person(c)
    tn, st, z = town(c)
    day = rdate(c)
    pf, pl = en_person(c)
    age = c.ri(90, 99) if c.chance(0.5) else c.ri(66, 88)
    d.add("STATEMENT OF CERTIFYING PHYSICIAN FOR THERAPEUTIC SHOES\n")
    d.add("Patient name: {f} {l}\nMedicare MBI: {mbi}\n", f=P("NAME_PATIENT", f), l=P("NAME_PATIENT", l_), mbi=P("INSURANCE", mbi(c)))
    d.add("Address: {s}\n         {t}, {st} {z}\n", s=P("ADDRESS_STREET", street(c)), t=P("CITY", tn), st=P("PROVINCE_STATE", _state(c, st)), z=P("POSTCODE", zip_code(c, z)))
    if age > 89:
        d.add("Age: {a}\n", a=P("AGE_OVER_89", str(age)))
    else:
        d.add("Age: {a}\n", a=str(age))
    d.add("I certify that the patient has ⟦fi|type 2 diabetes mellitus⟧ and one or more of:\n")
    d.add("[x] ⟦fi|peripheral neuropathy⟧ with evidence of callus formation\n[x] history of ⟦fi|pre-ulcerative callus⟧\n[ ] previous ⟦pr|partial foot amputation⟧\n[x] ⟦fi|foot deformity⟧ (⟦fi|hallux valgus⟧)\n")
    d.add("⟦lab|HbA1c {a1c}%⟧; ⟦me|monofilament 4/10 sites⟧ sensed on the ⟦an|plantar forefoot⟧.\n", a1c=c.fl(7.1, 10.4))
    d.add("Patient seen for diabetes management on {dt}.\n", dt=P("DATE", fd(c, day)))
    d.add("Physician: {pf} {pl}, MD   NPI: {npi}\nClinic: {h}   Phone {ph}   Fax {fx}\nSigned {sd}\n",
          pf=P("NAME_CLINICIAN", pf), pl=P("NAME_CLINICIAN", pl), npi=P("LICENSE", c.ch(("1", "2")) + c.digits(9, False)),
          h=P("HOSPITAL", c.ch(HOSPITALS)), ph=P("PHONE", us_phone(c)), fx=P("FAX", us_phone(c)), sd=P("DATE", fd(c, plus(day, c.ri(1, 20)))))
    return d


def carbon_monoxide(c) -> Doc:
    """Carbon monoxide household exposure: CSV roster of the family plus prose."""
    d = Doc()
    tn, st, z = town(c)
    day = rdate(c, 2019, 2025)
    sur = en_last(c)
    pf = en_first(c)
    gm = en_first(c)
    age_gm = c.ri(90, 101)
    d.add("CARBON MONOXIDE EXPOSURE - FAMILY CLUSTER\nReceiving ED: {h}    Date: {dt}\n", h=P("HOSPITAL", c.ch(HOSPITALS)), dt=P("DATE", fd(c, day)))
    d.add("Index patient: {pf} {sl}, MRN {m}\n", pf=P("NAME_PATIENT", pf), sl=P("NAME_PATIENT", sur), m=P("MRN", mrn(c)))
    d.add("Residence: {s}, {t}, {st} {z}\n", s=P("ADDRESS_STREET", street(c)), t=P("CITY", tn), st=P("PROVINCE_STATE", _state(c, st)), z=P("POSTCODE", zip_code(c, z)))
    d.add("Fire department incident no. {inc}\n\n", inc=P("OTHER_ID", f"{day.year}-{c.digits(6)}"))
    d.add("name,relation,age,COHb,disposition\n")
    d.add("{pf} {sl},self,{a},⟦lab|COHb {cb}%⟧,⟦pr|hyperbaric oxygen⟧\n", pf=P("NAME_PATIENT", pf), sl=P("NAME_PATIENT", sur), a=c.ri(24, 58), cb=c.fl(18, 32))
    d.add("{g} {sl},grandmother,{a},⟦lab|COHb {cb}%⟧,admit\n", g=P("NAME_RELATIVE", gm), sl=P("NAME_RELATIVE", sur), a=P("AGE_OVER_89", str(age_gm)), cb=c.fl(9, 17))
    if c.chance(0.7):
        kf = en_first(c)
        d.add("{k} {sl},son,{a},⟦lab|COHb {cb}%⟧,home on ⟦dr|oxygen⟧\n", k=P("NAME_RELATIVE", kf), sl=P("NAME_RELATIVE", sur), a=c.ri(4, 15), cb=c.fl(4, 9))
    d.add("\nHistory: a car ({pl}, VIN {vin}) was left idling in the attached garage during a power outage; a generator also ran in the basement.\n",
          pl=P("VEHICLE", plate(c)), vin=P("VEHICLE", vin(c)))
    d.add("Exam: ⟦fi|headache⟧, ⟦fi|confusion⟧, no ⟦fi|cherry-red skin⟧. ⟦me|GCS 14⟧. ⟦lab|Troponin I 0.09 ng/mL⟧; ⟦pr|ECG⟧ sinus tachycardia.\n")
    d.add("Plan: ⟦dr|100% oxygen⟧ via ⟦ep|non-rebreather mask⟧ pending transfer; ⟦me|{ata} ATA⟧ for 90 min.\n", ata="2.8")
    d.add("Callback number for the family: {ph}. ED physician {cf} {cl}, DO.\n", ph=P("PHONE", us_phone(c)), cf=P("NAME_CLINICIAN", en_first(c)), cl=P("NAME_CLINICIAN", en_last(c)))
    return d


def heat_stroke(c) -> Doc:
    """Exertional heat stroke ED note with a workers' compensation first report (roofing crew)."""
    d = Doc()
    f, l_ = en_person(c)
    nick = c.ch(NICKNAMES)
    tn, st, z = town(c)
    day = rdate(c)
    emp = c.ch(EMPLOYERS)
    short = " ".join(emp.split()[:2])
    d.add("EMERGENCY DEPARTMENT NOTE - {h}\nDOS: {dt}\n", h=P("HOSPITAL", c.ch(HOSPITALS)), dt=P("DATE", fd(c, day)))
    d.add('Pt: {f} "{n}" {l}   MRN {m}   SSN {s}\n', f=P("NAME_PATIENT", f), n=P("NAME_PATIENT", nick), l=P("NAME_PATIENT", l_), m=P("MRN", mrn(c)), s=P("SSN", ssn(c)))
    d.add("Employer: {w}; foreman called EMS after pt collapsed on a roof at {s2}, {t}.\n", w=P("WORKPLACE", emp), s2=P("ADDRESS_STREET", street(c, False)), t=P("CITY", tn))
    d.add('Coworker quote: "{ws} had us on a double shift, nobody got a water break till two."\n', ws=P("WORKPLACE", short))
    d.add("Company truck {pl} brought his tools. Home: {hs}, {t2}, {st} {z}\n", pl=P("VEHICLE", plate(c)), hs=P("ADDRESS_STREET", street(c)),
          t2=P("CITY", tn), st=P("PROVINCE_STATE", _state(c, st)), z=P("POSTCODE", zip_code(c, z)))
    d.add("Pt wears a ⟦ep|Dexcom⟧ G7 CGM, receiver serial {dv}.\n", dv=P("DEVICE", f"{c.letters(2)}{c.digits(8)}"))
    d.add("⟦me|Core temp 41.6 C⟧ rectal, ⟦me|HR 148⟧, ⟦fi|altered mental status⟧. ⟦lab|CK 8,412 U/L⟧, ⟦lab|creatinine 2.1 mg/dL⟧.\n")
    d.add("Tx: ⟦pr|cold water immersion⟧, ⟦dr|lactated Ringer's⟧ ⟦do|2 L bolus⟧; ⟦fi|rhabdomyolysis⟧ - admit ICU.\n")
    d.add("WC claim {cl} opened {od}; adjuster phone {ph}.\n", cl=P("OTHER_ID", f"WC-{c.digits(7)}"), od=P("DATE", fd(c, plus(day, 1))), ph=P("PHONE", us_phone(c)))
    d.add("Attending: {af} {al}, MD\n", af=P("NAME_CLINICIAN", en_first(c)), al=P("NAME_CLINICIAN", en_last(c)))
    return d


TEMPLATES = [
    ("en22_eye_bank_donor", eye_bank),
    ("en22_rabies_pep_flowsheet", rabies_pep),
    ("en22_contrast_reaction", contrast_reaction),
    ("en22_therapeutic_shoe_cert", therapeutic_shoe),
    ("en22_co_family_cluster", carbon_monoxide),
    ("en22_heat_stroke_wc", heat_stroke),
    *_en2.TEMPLATES,
]
