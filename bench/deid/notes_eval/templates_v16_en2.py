"""v16 English templates, part 2 (six document types; templates_v16_en.TEMPLATES lists all twelve)."""

# ruff: noqa: E501  (document text is kept on one line per printed line)

from __future__ import annotations

from _core import Ctx, Doc, P
from _v16_kit import (
    EMPLOYERS,
    SCHOOLS,
    UsAddr,
    acc,
    account,
    day,
    dea,
    dl,
    dob,
    email,
    en_age_old,
    en_date,
    en_person,
    en_phone,
    ip,
    ip4,
    ip6,
    later,
    md,
    member,
    mrn,
    npi,
    old,
    passport_us,
    serial,
    st_license,
    url,
    us_hospital,
)


def _age(c: Ctx, n: int) -> list:
    b, v, a = en_age_old(c, n)
    return [b, P("AGE_OVER_89", v), a]


def op_report(c: Ctx) -> Doc:
    """Dictated orthopaedic operative report with the circulator's implant log."""
    d, pt, sur, asst, anes = Doc(), en_person(c), en_person(c), en_person(c), en_person(c)
    when = day(c)
    hip = c.chance(0.5)
    d.add("{h}\nOPERATIVE REPORT\n\nPATIENT: {n}     MRN: {m}     ACCT: {f}\nDOB: {b}     DATE OF SURGERY: {ds}\n",
          h=P("HOSPITAL", us_hospital(c)), n=P("NAME_PATIENT", f"{pt.last.upper()}, {pt.first.upper()}"), m=P("MRN", mrn(c)), f=P("ACCOUNT", account(c)),
          b=P("DATE", en_date(c, dob(c, 48, 88), "us0")), ds=P("DATE", en_date(c, when, "us0")))
    d.add("SURGEON: {s}, MD\nASSISTANT: {a}, PA-C\nANESTHESIA: general, {an}, MD\n\n", s=P("NAME_CLINICIAN", sur.full), a=P("NAME_CLINICIAN", asst.full), an=P("NAME_CLINICIAN", c.pick(anes.full, f"{anes.first[0]}. {anes.last}")))
    if hip:
        d.add("PREOPERATIVE DIAGNOSIS: ⟦fi|primary osteoarthritis⟧, ⟦an|right hip⟧.\nPROCEDURE: ⟦pr|right total hip arthroplasty⟧, posterior approach.\n\n")
        d.add("INDICATIONS: {title} {ln} has failed conservative care including ⟦pr|intra-articular corticosteroid injection⟧; ⟦me|Kellgren-Lawrence grade 4⟧ changes.\n\n", title=pt.title, ln=P("NAME_PATIENT", pt.last))
        d.add("DESCRIPTION: comma the patient was brought to the room period ⟦dr|cefazolin⟧ ⟦do|2 g IV⟧ and ⟦dr|tranexamic acid⟧ ⟦do|1 g IV⟧ were given before incision. Lateral decubitus. The ⟦an|short external rotators⟧ were tagged and released. ⟦ep|Hohmann retractors⟧ placed. The femoral neck cut was made ⟦me|1 cm⟧ above the ⟦an|lesser trochanter⟧. The acetabulum was reamed to ⟦me|54 mm⟧ and a ⟦me|54 mm⟧ shell impacted with two screws.\n")
    else:
        d.add("PREOPERATIVE DIAGNOSIS: ⟦fi|displaced acetabular fracture⟧, ⟦an|posterior wall⟧, after fall from a ladder.\nPROCEDURE: ⟦pr|open reduction internal fixation⟧ via ⟦ep|Kocher-Langenbeck approach⟧.\n\n")
        d.add("DESCRIPTION: ⟦dr|cefazolin⟧ ⟦do|2 g IV⟧. Prone. The ⟦an|sciatic nerve⟧ was identified and protected throughout. ⟦ep|Hohmann retractors⟧. Posterior wall fragment reduced and fixed with a 7-hole reconstruction plate. Fluoroscopy confirmed reduction.\n")
    d.add("EBL ⟦me|350 mL⟧. No complications. Specimen: femoral head to pathology, {ac}.\n\n", ac=P("ACCESSION", acc(c)))
    d.add("IMPLANT LOG (circulator {rn})\n", rn=P("NAME_CLINICIAN", c.pick(en_person(c).first.lower(), en_person(c).full)))
    d.add("item                         | REF          | LOT        | SN\n")
    for item in (("acetabular shell 54mm", "femoral stem size 11", "ceramic head 36 +1.5") if hip else ("recon plate 7-hole", "cortical screw 3.5x40")):
        d.add("{i:<28} | {ref} | {lot} | {sn}\n", i=item, ref=f"{c.digits(3)}-{c.digits(3)}-{c.digits(2)}", lot=c.alnum(8), sn=P("DEVICE", serial(c)))
    d.add("\nPlan: ⟦dr|enoxaparin⟧ ⟦do|40 mg SC daily⟧ x 28 days. Insurance member {mem} - auth on file.\nDictated {dd}, signed {sd} by {s}, NPI {npi}\n",
          mem=P("INSURANCE", member(c)), dd=P("DATE", md(when)), sd=P("DATE", en_date(c, later(when, 1))), s=P("NAME_CLINICIAN", f"{sur.first[0]}. {sur.last}"), npi=P("LICENSE", npi(c)))
    return d


def asthma_plan(c: Ctx) -> Doc:
    """Pediatric asthma action plan with the school medication authorization."""
    d, kid, par, doc = Doc(), en_person(c), en_person(c), en_person(c)
    par.last = kid.last if c.chance(0.7) else par.last
    when = day(c)
    yrs = c.ri(5, 16)
    d.add("ASTHMA ACTION PLAN / SCHOOL MEDICATION AUTHORIZATION\n\nName: {n}     Date of birth: {b}     Plan date: {pd}\nSchool: {s}     School nurse fax: {fx}\n",
          n=P("NAME_PATIENT", c.pick(kid.full, kid.full.lower(), f"{kid.first} {kid.last.upper()}")), b=P("DATE", en_date(c, later(when, -365 * yrs - c.ri(20, 330)))), pd=P("DATE", en_date(c, when)),
          s=c.ch(SCHOOLS), fx=P("FAX", en_phone(c)))
    d.add("Parent/guardian: {p}   cell {ph}   email {em}\nEmergency contact: {e}   {eph}\nInsurance: Medicaid {mid}\n\n",
          p=P("NAME_RELATIVE", c.pick(par.full, f"{par.first} ({c.pick('mom', 'dad', 'grandma')})")), ph=P("PHONE", en_phone(c)), em=P("EMAIL", email(c, par)),
          e=P("NAME_RELATIVE", c.pick(en_person(c).full, en_person(c).first)), eph=P("PHONE", en_phone(c)), mid=P("INSURANCE", member(c)))
    d.add("Severity: ⟦fi|moderate persistent asthma⟧. Triggers: ⟦fi|viral infections⟧, exercise, cat dander. Personal best ⟦me|peak flow 280 L/min⟧.\n\n")
    d.add("GREEN - doing well (peak flow above ⟦me|224⟧):\n   ⟦dr|fluticasone HFA⟧ ⟦do|44 mcg 2 puffs twice daily⟧ with spacer\n   before PE: ⟦dr|albuterol HFA⟧ ⟦do|90 mcg 2 puffs⟧\n")
    d.add("YELLOW - cough, wheeze, tight chest (⟦me|140-224⟧):\n   ⟦dr|albuterol⟧ ⟦do|4 puffs every 4 hours⟧, call clinic {cph}\nRED - medicine not helping, hard to walk or talk (below ⟦me|140⟧):\n   ⟦dr|albuterol⟧ ⟦do|6 puffs⟧ now, ⟦dr|prednisolone⟧ ⟦do|30 mg⟧ if prescribed, CALL 911\n\n",
          cph=P("PHONE", en_phone(c)))
    d.add("[x] Student may self-carry and self-administer inhaler.   Last ED visit {ed} at {h}.\n", ed=P("DATE", md(later(when, -c.ri(20, 200)))), h=P("HOSPITAL", us_hospital(c)))
    d.add("Health care provider: {dn}, {cr}   NPI {np}   {clinic}   ph {dph}\nParent signature: {ps}   date {sd}\n",
          dn=P("NAME_CLINICIAN", c.pick(doc.full, f"{doc.first[0]}. {doc.last}")), cr=c.pick("MD", "DO", "NP", "PA-C"), np=P("LICENSE", npi(c)), clinic=P("HOSPITAL", c.pick("Lakeshore Family Clinic", "Bayou Children's Hospital Pediatrics", "Tahlequah Indian Health Center")),
          dph=P("PHONE", en_phone(c)), ps=P("NAME_RELATIVE", par.full), sd=P("DATE", en_date(c, later(when, c.ri(0, 3)), "short")))
    return d


def pump_start(c: Ctx) -> Doc:
    """Insulin pump start / training checklist by a diabetes educator."""
    d, pt, cde = Doc(), en_person(c), en_person(c)
    when, a = day(c), UsAddr(c)
    d.add("INSULIN PUMP START CHECKLIST\n{h} Diabetes Education\n\nPt: {n}   DOB {b}   MRN {m}\nMember ID {mem}   Group {g}\nPhone {ph}   e-mail {em}\n",
          h=P("HOSPITAL", us_hospital(c, a.town)), n=P("NAME_PATIENT", pt.form(c)), b=P("DATE", en_date(c, dob(c, 16, 79))), m=P("MRN", mrn(c)), mem=P("INSURANCE", member(c)),
          g=P("INSURANCE", c.digits(6)), ph=P("PHONE", en_phone(c)), em=P("EMAIL", email(c, pt)))
    d.add("Trainer: {t}, {cr}, CDCES     Start date: {sd}\nPump: {pump}, SN {psn}   CGM: {cgm}, transmitter/sensor SN {csn}\nManufacturer case # {case}\n\n",
          t=P("NAME_CLINICIAN", cde.full), cr=c.pick("RN", "RD"), sd=P("DATE", en_date(c, when)), pump=c.pick("t:slim X2", "Omnipod 5 PDM", "MiniMed 780G"), psn=P("DEVICE", serial(c)),
          cgm=c.pick("Dexcom G7", "Libre 3", "Guardian 4"), csn=P("DEVICE", serial(c)), case=P("OTHER_ID", f"{c.digits(8)}"))
    d.add("Dx: ⟦fi|type 1 diabetes⟧ since age 11. ⟦lab|HbA1c 8.4%⟧ ({ad}). ⟦lab|C-peptide <0.1 ng/mL⟧. Prior MDI: ⟦dr|insulin glargine⟧ ⟦do|24 units at bedtime⟧, ⟦dr|insulin lispro⟧ per carb ratio.\n",
          ad=P("DATE", md(later(when, -c.ri(10, 60)))))
    d.add("Settings entered:\n  basal 00:00 ⟦do|0.85 units/hr⟧   06:00 ⟦do|1.05 units/hr⟧\n  ⟦me|ICR 1:12⟧   ⟦me|ISF 1:45⟧   target ⟦me|110 mg/dL⟧   active insulin time ⟦me|3 hr⟧\n")
    d.add("Reviewed: ⟦fi|hypoglycemia⟧ rule of 15, ⟦fi|DKA⟧ sick-day rules, site rotation (⟦an|abdomen⟧, ⟦an|posterior arm⟧), occlusion alarms. Nighttime lows discussed (not ⟦ep|Somogyi effect⟧; likely ⟦fi|dawn phenomenon⟧ at 5 am).\n")
    d.add("Uploads: clinic share code sent; pt logged in to {u} from {i} during visit.\n", u=P("URL", url(c, c.pick("clarity.dexcom.com", "carelink.minimed.com", "tconnect.tandemdiabetes.com"), "share")), i=P("IP", ip(c)))
    if c.chance(0.4):
        d.add("Works as a {j} at {w} - letter for break times given.\n", j=c.pick("forklift operator", "teacher's aide", "line cook"), w=P("WORKPLACE", c.ch(EMPLOYERS)))
    d.add("Follow-up {fu} with {md}. Spouse/partner {sp} trained on ⟦dr|glucagon⟧ ⟦do|3 mg nasal⟧.\n", fu=P("DATE", en_date(c, later(when, 7), "dmy")),
          md=P("NAME_CLINICIAN", f"Dr. {en_person(c).last}"), sp=P("NAME_RELATIVE", en_person(c).first))
    return d


def i693(c: Ctx) -> Doc:
    """Civil surgeon's immigration medical examination worksheet (I-693 supplement)."""
    d, pt, cs, intp = Doc(), en_person(c), en_person(c), en_person(c)
    a, when = UsAddr(c), day(c)
    elderly = c.chance(0.4)
    d.add("CIVIL SURGEON WORKSHEET - IMMIGRATION MEDICAL EXAMINATION\n\nApplicant (as on passport): {n}\nA-Number: {an}     USCIS receipt: {rc}\nPassport: {pp}  (country of issue: {ctry})\nDOB: {b}\n",
          n=P("NAME_PATIENT", f"{pt.last.upper()} {pt.first.upper()}"), an=P("OTHER_ID", f"A{c.digits(9)}" if c.chance(0.6) else f"A-{c.digits(3)}-{c.digits(3, False)}-{c.digits(3, False)}"),
          rc=P("OTHER_ID", f"{c.pick('IOE', 'MSC', 'NBC')}{c.digits(10)}"), pp=P("PASSPORT", c.pick(passport_us(c), f"{c.letters(2)}{c.digits(7)}")),
          ctry=c.pick("Philippines", "Mexico", "Nigeria", "Vietnam", "Ukraine", "Haiti"), b=P("DATE", en_date(c, dob(c, 94, 101) if elderly else dob(c, 18, 70), "dmy")))
    d.add("US address: {st}, {ct}, {stt} {z}   phone {ph}\n", st=P("ADDRESS_STREET", a.street), ct=P("CITY", a.town), stt=P("PROVINCE_STATE", a.st), z=P("POSTCODE", a.zip), ph=P("PHONE", en_phone(c)))
    if elderly:
        d.add("Applicant is {age}, accompanied by petitioner (son) {s}.\n", age=_age(c, old(c)), s=P("NAME_RELATIVE", en_person(c, "M").full))
    d.add("Interpreter: {i} ({lang}), badge {b}\nExam date: {ed}   Chest x-ray date: {cx}\n\n", i=P("NAME_CLINICIAN", c.pick(intp.full, intp.first)), lang=c.pick("Tagalog", "Spanish", "Yoruba", "Vietnamese", "Haitian Creole"),
          b=c.digits(4), ed=P("DATE", en_date(c, when)), cx=P("DATE", en_date(c, later(when, c.ri(0, 5)))))
    d.add("Class A/B conditions reviewed: ⟦fi|tuberculosis⟧, ⟦fi|syphilis⟧, ⟦fi|gonorrhea⟧, ⟦ep|Hansen's disease⟧ - none found.\n")
    d.add("⟦lab|QuantiFERON-TB Gold Plus {q}⟧ (specimen {s}). {cxr}\n⟦lab|RPR nonreactive⟧. ⟦lab|Gonorrhea NAAT negative⟧.\n",
          q=c.pick("negative", "positive"), s=P("ACCESSION", acc(c)), cxr=c.pick("CXR: ⟦fi|no active disease⟧.", "CXR: ⟦fi|calcified granuloma⟧ in the ⟦an|right upper lobe⟧, ⟦fi|no active disease⟧."))
    d.add("Vaccines: ⟦dr|Tdap⟧ given; ⟦dr|MMR⟧ titer immune; ⟦dr|varicella⟧ history; ⟦dr|COVID-19 vaccine⟧ not required; ⟦dr|influenza vaccine⟧ given (seasonal).\nBP ⟦me|128/80⟧, ⟦me|BMI 26.1⟧.\n")
    if c.chance(0.5):
        d.add("Prior employer in US (H-2B): {w}.\n", w=P("WORKPLACE", c.ch(EMPLOYERS)))
    d.add("\nSealed envelope given {gd}. Civil surgeon: {cs}, MD   license {lic}   {h}\n", gd=P("DATE", en_date(c, later(when, c.ri(6, 20)))),
          cs=P("NAME_CLINICIAN", cs.full), lic=P("LICENSE", st_license(c, a.st)), h=P("HOSPITAL", us_hospital(c, a.town)))
    return d


def cs_discrepancy(c: Ctx) -> Doc:
    """Pharmacy controlled-substance discrepancy report from an automated dispensing cabinet."""
    d, pt, rn1, rn2, ph = Doc(), en_person(c), en_person(c), en_person(c), en_person(c)
    when = day(c)
    drug = c.pick(("HYDROmorphone", "0.5 mg IV", "2 mg/mL"), ("fentaNYL", "25 mcg IV", "100 mcg/2 mL"), ("oxyCODONE", "5 mg PO", "5 mg tab"), ("LORazepam", "1 mg IV", "2 mg/mL"))
    d.add("CONTROLLED SUBSTANCE DISCREPANCY REPORT   Event #{ev}\nUnit: {u}  Cabinet: {cab}  Station IP {i}\nDate opened: {do}   Resolved: {dr}\n\n",
          ev=P("OTHER_ID", f"CSD-{when.year}-{c.digits(4)}"), u=c.pick("5 North", "PCU", "MICU", "Ortho 3"), cab=f"ADC-{c.digits(2)}", i=P("IP", c.pick(ip4(c), ip6(c))),
          do=P("DATE", en_date(c, when, "us0")), dr=P("DATE", en_date(c, later(when, c.ri(0, 2)), "us0")))
    d.add("Drug: ⟦dr|{g}⟧ {conc}. Expected count 14, actual 13.\nPatient last removed for: {n} (MRN {m}, acct {f}), ordered ⟦do|{dose}⟧ q3h PRN by {pr} (DEA {dea}).\n",
          g=drug[0], conc=drug[2], n=P("NAME_PATIENT", pt.form(c)), m=P("MRN", mrn(c)), f=P("ACCOUNT", account(c)), dose=drug[1], pr=P("NAME_CLINICIAN", f"Dr. {en_person(c).last}"), dea=P("LICENSE", dea(c)))
    d.add("\nTimeline (cabinet log):\n  {t1}  remove 1   {u1}\n  {t2}  waste 0.5  {u1}  witness {u2}\n  {t3}  count      {u2}  DISCREPANCY\n",
          t1=f"{c.ri(0, 9):02d}:{c.ri(10, 59)}", t2=f"{c.ri(10, 15)}:{c.ri(10, 59)}", t3=f"{c.ri(16, 23)}:{c.ri(10, 59)}",
          u1=P("NAME_CLINICIAN", f"{rn1.last.upper()}, {rn1.first.upper()}"), u2=P("NAME_CLINICIAN", f"{rn2.last.upper()}, {rn2.first.upper()}"))
    d.add("\nStatements:\n  {a}: \"I pulled one for the ⟦fi|post-op pain⟧ at 0900 and wasted with {b2} right after.\"\n  {b}: \"I was on break, I didn't witness anything, {a2} asked me to co-sign later.\"\n",
          a=P("NAME_CLINICIAN", rn1.first.lower()), b2=P("NAME_CLINICIAN", rn2.first), b=P("NAME_CLINICIAN", rn2.first.lower()), a2=P("NAME_CLINICIAN", rn1.first))
    if c.chance(0.6):
        d.add("PCA pump SN {sn} reviewed: history matches syringe volume (⟦me|18 mL⟧ remaining).\n", sn=P("DEVICE", serial(c)))
    d.add("Patient {ln} reports pain controlled ({pain}).\n", ln=P("NAME_PATIENT", pt.last), pain="⟦me|pain 3/10⟧")
    d.add("\nPharmacist reviewer: {p}, PharmD, ext 6{x}    Nurse manager: {nm}\nOutcome: {o}\n", p=P("NAME_CLINICIAN", ph.full), x=c.digits(3, False), nm=P("NAME_CLINICIAN", en_person(c).full),
          o=c.pick("documentation error - resolved", "unresolved; referred to diversion committee", "count error by outgoing shift"))
    return d


def proxy_access(c: Ctx) -> Doc:
    """Patient-portal proxy-access request form (online submission) with HIM verification."""
    d, pt, px, clerk = Doc(), en_person(c), en_person(c), en_person(c)
    a, when = UsAddr(c), day(c)
    d.add("PORTAL PROXY ACCESS REQUEST   Request ID {rid}\nSubmitted {sd} from {i} via {u}\n\n", rid=P("OTHER_ID", f"PXY{c.digits(7)}"), sd=P("DATE", en_date(c, when, c.pick("iso", "us0"))),
          i=P("IP", ip(c)), u=P("URL", url(c, "mychart.holyredeemer.org", "proxyform")))
    d.add("Patient\n  name            {n}\n  date of birth   {b}\n  MRN             {m}\n", n=P("NAME_PATIENT", pt.form(c)), b=P("DATE", en_date(c, dob(c, 94, 104) if c.chance(0.6) else dob(c, 30, 80), "us0")), m=P("MRN", mrn(c)))
    d.add("Requester (proxy)\n  name            {p}\n  relationship    {rel}\n  DOB             {pb}\n  address         {st}, {ct}, {stt} {z}\n  mobile          {ph}\n  e-mail          {em}\n",
          p=P("NAME_RELATIVE", px.full), rel=c.pick("daughter", "son", "niece", "health care POA"), pb=P("DATE", en_date(c, dob(c, 35, 70))), st=P("ADDRESS_STREET", a.street),
          ct=P("CITY", a.town), stt=P("PROVINCE_STATE", a.st), z=P("POSTCODE", a.zip), ph=P("PHONE", en_phone(c)), em=P("EMAIL", email(c, px)))
    if c.chance(0.6):
        d.add("  ID              driver's license {dl} (photo attached)\n", dl=P("LICENSE", dl(c)))
    else:
        d.add("  ID              passport {pp}\n", pp=P("PASSPORT", passport_us(c)))
    d.add("Reason: \"She is ")
    d.add("{age} and has ⟦fi|vascular dementia⟧, she can't manage the app. I take her to {h} for her ⟦fi|atrial fibrillation⟧ visits and need to see the ⟦lab|INR⟧ results.\"\n",
          age=_age(c, old(c)), h=P("HOSPITAL", us_hospital(c)))
    d.add("\nHIM USE ONLY\nVerified by {cl} on {vd}. POA document scanned. Access level: full proxy. Notification letter faxed to PCP {pcp} at {fx}.\n",
          cl=P("NAME_CLINICIAN", c.pick(clerk.full, clerk.first)), vd=P("DATE", md(later(when, c.ri(1, 4)))), pcp=P("NAME_CLINICIAN", f"Dr. {en_person(c).last}"), fx=P("FAX", en_phone(c)))
    return d


TEMPLATES = [
    ("en16_op_report", op_report),
    ("en16_asthma_plan", asthma_plan),
    ("en16_pump_start", pump_start),
    ("en16_i693", i693),
    ("en16_cs_discrepancy", cs_discrepancy),
    ("en16_proxy_access", proxy_access),
]
