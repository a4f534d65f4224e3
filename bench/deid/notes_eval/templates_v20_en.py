"""v20 English templates, part 1 (and the list of all 12): tuberculin skin-test record, stem-cell
apheresis collection record, esketamine session monitoring form, adult blood-lead case report,
oral food challenge record, infant car-seat tolerance screen. Part 2 is templates_v20_en2.py."""

# ruff: noqa: E501
# fmt: off

from __future__ import annotations

import datetime as dt

import _v20_kit as k
import templates_v20_en2
from _core import Doc, P

V20_EN_WORDLIKE = k.V20_EN_WORDLIKE


def t_ppd(c):
    d = Doc()
    f, s = k.person(c)
    pl = k.date(c)
    emp = c.ch(k.EMPLOYERS)
    nurse = c.ch(k.CLIN_FIRST)
    ind = c.pick(0, 0, 4, 11, 16)
    d.add("EMPLOYEE / STUDENT HEALTH — TUBERCULIN SKIN TEST (TST) RECORD\n{h}\n\n", h=P("HOSPITAL", c.ch(k.HOSPITALS)))
    d.add("Name: {n}        DOB: {b}        Employee/badge ID: {e}\nEmployer / program: {w}    Phone: {ph}   E-mail: {em}\n", n=P("NAME_PATIENT", f"{s}, {f}"), b=P("DATE", k.fd(c, k.dob(c, c.ri(19, 66), pl))), e=P("OTHER_ID", f"{c.letters(1)}{c.digits(6)}"), w=P("WORKPLACE", emp), ph=P("PHONE", k.phone(c)), em=P("EMAIL", k.email(c, f, s)))
    if c.chance(0.4):
        d.add("I-9 identity document shown: passport {pp} (new hire, trained abroad).\n", pp=P("PASSPORT", k.passport(c)))
    d.add("\nPrior BCG: {bcg}. Prior positive test: no. Symptoms screen: no cough, fevers, ⟦fi|night sweats⟧ or weight loss.\n\n", bcg=c.pick("yes (childhood)", "no", "unknown"))
    d.add("PLACEMENT  date {pd}  site ⟦an|left volar forearm⟧  ⟦dr|Tubersol⟧ ⟦do|0.1 mL intradermal⟧  lot on file  by {pn} RN (lic. {lic}), ⟦ep|Mantoux⟧ technique\n", pd=P("DATE", k.fd(c, pl, "us")), pn=P("NAME_CLINICIAN", nurse), lic=P("LICENSE", f"RN{c.digits(7)}"))
    d.add("READING    date {rd}  ⟦me|induration {ind} mm⟧  read by {rn}\n\n", rd=P("DATE", k.fd(c, pl + dt.timedelta(days=c.pick(2, 3)), "us")), ind=str(ind), rn=P("NAME_CLINICIAN", c.pick(nurse.lower(), c.ch(k.CLIN_FIRST)[0] + "." + c.ch(k.CLIN_LAST)[0] + ".")))
    if ind >= 10:
        d.add("Interpretation: positive for a health-care worker. ⟦pr|Chest radiograph⟧ ordered; ⟦lab|QuantiFERON-TB Gold Plus⟧ specimen {acc}. If ⟦fi|latent TB infection⟧ confirmed, offer ⟦dr|rifapentine⟧ and ⟦dr|isoniazid⟧ weekly x 12 (3HP). Cleared to work: yes.\n", acc=P("ACCESSION", k.accession(c, "QF")))
    else:
        d.add("Interpretation: negative. Annual ⟦pr|TB screening⟧ due next {due}. Cleared to work at {w}.\n", due=P("DATE", k.fd(c, pl.replace(day=1) + dt.timedelta(days=365), "md")), w=P("WORKPLACE", emp))
    return d


def t_apheresis(c):
    d = Doc()
    rf, rs = k.person(c)
    df, _ = k.person(c)
    cd = k.date(c)
    d.add("CELLULAR THERAPY LAB — PERIPHERAL BLOOD STEM CELL (PBSC) APHERESIS COLLECTION RECORD\nCollection site: {h}\nCollection date: {cd}   Day {dn} of collection\n\n", h=P("HOSPITAL", c.ch(k.HOSPITALS)), cd=P("DATE", k.fd(c, cd)), dn=c.ri(1, 2))
    d.add("Recipient: {rn}   MRN {rm}   Dx ⟦fi|multiple myeloma⟧ / ⟦fi|AML in CR1⟧\n", rn=P("NAME_PATIENT", f"{rf} {rs}"), rm=P("MRN", k.mrn(c)))
    allo = c.chance(0.6)
    if allo:
        d.add("Donor: {dn} ({rel}, ⟦lab|HLA 10/10 match⟧)   Donor ID {did}   DOB {db}\n", dn=P("NAME_RELATIVE", f"{df} {rs}"), rel=c.pick("sister", "brother"), did=P("OTHER_ID", f"D{c.digits(4)}-{c.digits(4)}-{c.digits(1)}"), db=P("DATE", k.fd(c, k.dob(c, c.ri(20, 60), cd), "us")))
        if c.chance(0.5):
            d.add("Donor travelled from abroad; passport {pp}; local contact {ph}; donor's insurer member id {ins}.\n", pp=P("PASSPORT", k.passport(c)), ph=P("PHONE", k.phone(c)), ins=P("INSURANCE", k.member(c)))
        else:
            d.add("Donor SSN {ssn} (registry), cell {ph}.\n", ssn=P("SSN", k.ssn(c)), ph=P("PHONE", k.phone(c)))
    else:
        d.add("Autologous collection. Insurance {ins}; encounter {e}.\n", ins=P("INSURANCE", k.member(c)), e=P("ACCOUNT", k.acct(c)))
    d.add("Mobilization: ⟦dr|filgrastim⟧ ⟦do|10 mcg/kg daily⟧ x 5{plx}. Pre-collection ⟦lab|peripheral CD34+ 38 cells/µL⟧, ⟦lab|platelets 142 K/µL⟧.\n", plx=c.pick(" + ⟦dr|plerixafor⟧ ⟦do|0.24 mg/kg⟧ SC", ""))
    d.add("Access: ⟦an|right internal jugular⟧ apheresis catheter. Processed ⟦me|3.2 blood volumes⟧ (⟦me|17.4 L⟧), ACD-A ⟦do|1:12⟧; perioral tingling at hour 2 → ⟦dr|calcium gluconate⟧ ⟦do|1 g IV⟧.\n")
    d.add("Product bag ISBT 128 DIN {din}   ⟦lab|CD34+ 4.1 x 10^6/kg⟧\n", din=P("ACCESSION", f"W{c.digits(4)} {c.digits(2)} {c.digits(6)}"))
    cf, cl = k.clin(c)
    d.add("Apheresis RN: {rn}   Collection physician: {cf} {cl}, MD (NPI {npi})\nProduct report faxed to transplant coordinator {co} at {fx}.\n", rn=P("NAME_CLINICIAN", c.ch(k.CLIN_FIRST)), cf=P("NAME_CLINICIAN", cf), cl=P("NAME_CLINICIAN", cl), npi=P("LICENSE", k.npi(c)), co=P("NAME_CLINICIAN", c.ch(k.CLIN_LAST)), fx=P("FAX", k.phone(c)))
    return d


def t_esketamine(c):
    d = Doc()
    f, s = k.person(c)
    sd = k.date(c)
    rf, _ = k.person(c)
    rel = c.pick("husband", "wife", "sister", "son", "partner")
    d.add("ESKETAMINE NASAL SPRAY — TREATMENT SESSION MONITORING FORM\nPatient: {n}  DOB {b}  MRN {m}  REMS patient ID {r}\nSession #{sn}  Date {sd}  Payer member ID {ins}\n\n", n=P("NAME_PATIENT", f"{f} {s}"), b=P("DATE", k.fd(c, k.dob(c, c.ri(22, 79), sd), "us")), m=P("MRN", k.mrn(c)), r=P("OTHER_ID", c.digits(10)), sn=c.ri(1, 20), sd=P("DATE", k.fd(c, sd, "us")), ins=P("INSURANCE", k.member(c)))
    d.add("Dx ⟦fi|treatment-resistant depression⟧ (failed ⟦dr|sertraline⟧ and ⟦dr|bupropion XL⟧). {wk}\n", wk=c.pick(["On leave from ", P("WORKPLACE", c.ch(k.EMPLOYERS)), " since spring."], ["Works nights at ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "; asked for a work note."]))
    d.add("Dose: ⟦dr|Spravato⟧ ⟦do|84 mg⟧ (3 devices, 5 min apart). ⟦me|PHQ-9 17⟧ today.\n\n")
    d.add("Time   BP           HR   SpO2   sedation   dissociation\n")
    for t, bp, hr in (("pre", "⟦me|128/82⟧", "74"), ("+40", "⟦me|146/90⟧", "80"), ("+120", "⟦me|132/84⟧", "72")):
        d.add(f"{t:6} {bp}  {hr}   98%    {c.pick('none', 'mild')}      {c.pick('none', 'mild', 'moderate')}\n")
    d.add("\nMonitored by {rn} RN; released at 2 h by {cl}, NP. Pt may not drive today. Ride home: {rel} {rn2} (\"{nk}\"), cell {ph}, vehicle plate {pl}.\n", rn=P("NAME_CLINICIAN", c.ch(k.CLIN_FIRST).lower()), cl=P("NAME_CLINICIAN", c.ch(k.CLIN_LAST)), rel=rel, rn2=P("NAME_RELATIVE", f"{rf} {s}"), nk=P("NAME_RELATIVE", k.nick(rf)), ph=P("PHONE", k.phone(c)), pl=P("VEHICLE", k.plate(c)))
    d.add("Visit account {a}.\n", a=P("ACCOUNT", k.acct(c)))
    return d


def t_ables(c):
    d = Doc()
    f, s = k.person(c, "M")
    wf, _ = k.person(c, "F")
    rd = k.date(c)
    emp = c.ch(["Kessler Battery Recycling", "Ironclad Foundry", "Harlan Glassworks", "Galloway Brothers Roofing", "Crescent Auto Body"])
    d.add("ADULT BLOOD LEAD EPIDEMIOLOGY & SURVEILLANCE — CASE REPORT\nREPORT DATE: {rd}    CASE #: {cn}\n\n", rd=P("DATE", k.fd(c, rd, "dmy")), cn=P("OTHER_ID", f"PB-{rd.year}-{c.digits(5)}"))
    d.add("NAME: {n}   SEX: M   DOB: {b}   SSN: {ssn}\nHOME ADDRESS: ", n=P("NAME_PATIENT", f"{s.upper()}, {f.upper()}"), b=P("DATE", k.fd(c, k.dob(c, c.ri(21, 64), rd), "us")), ssn=P("SSN", k.ssn(c)))
    d.put(*k.address(c), "\n")
    d.add("PHONE: {ph}\nEMPLOYER: {w}     JOB: smelter furnace operator, 9 yrs\n\n", ph=P("PHONE", k.phone(c)), w=P("WORKPLACE", emp.upper()))
    d.add("LAB: {lab}   SPECIMEN {acc} (venous) collected {cd}\n⟦lab|BLOOD LEAD 47 µg/dL⟧   ⟦lab|ZPP 112 µg/dL⟧   ⟦lab|HGB 12.9 g/dL⟧\n\n", lab=P("HOSPITAL", c.ch(k.LABS)), acc=P("ACCESSION", k.accession(c, "PB")), cd=P("DATE", k.fd(c, rd - dt.timedelta(days=c.ri(2, 9)), "us")))
    d.add("INTERVIEW: Mr. {sn} reports ⟦fi|abdominal colic⟧, ⟦fi|fatigue⟧ and irritability. He says \"everybody at {w2} has high numbers, they just rotate us out.\" Respirator: half-face, no fit test this year. Changes clothes at home — wife {wf} and two children (ages 3 and 6) referred for pediatric testing.\n", sn=P("NAME_PATIENT", s), w2=P("WORKPLACE", emp.split()[0]), wf=P("NAME_RELATIVE", wf))
    d.add("ASSESSMENT: ⟦fi|lead poisoning⟧, occupational. No ⟦pr|chelation⟧ at this level; removal from exposure per OSHA lead standard; repeat ⟦lab|blood lead⟧ in 4 weeks.\n")
    cf, cl = k.clin(c)
    st = c.ch(list(k.STATE_NAMES))
    d.add("REPORTING PHYSICIAN: {cf} {cl}, MD, LIC {lic}   FAX TO STATE PROGRAM: {fx}\n", cf=P("NAME_CLINICIAN", cf.upper()), cl=P("NAME_CLINICIAN", cl.upper()), lic=P("LICENSE", k.state_lic(c, st)), fx=P("FAX", k.phone(c)))
    return d


def t_ofc(c):
    d = Doc()
    f, s = k.person(c, wordlike=0.25)
    mf, _ = k.person(c, "F")
    fd = k.date(c)
    food = c.pick("peanut", "baked egg", "cashew", "sesame", "cow's milk")
    d.add("PEDIATRIC ALLERGY — ORAL FOOD CHALLENGE RECORD\n{h}\nChild: {n}   MRN {m}   DOB {b}   Weight ⟦me|17.2 kg⟧\nChallenge date: {cd}   Food: {food}   Accompanied by mother {mo} (cell {ph})\n", h=P("HOSPITAL", c.ch(k.HOSPITALS)), n=P("NAME_PATIENT", f"{f} {s}"), m=P("MRN", k.mrn(c)), b=P("DATE", k.fd(c, k.dob(c, c.ri(2, 12), fd), "us")), cd=P("DATE", k.fd(c, fd, "long")), food=food, mo=P("NAME_RELATIVE", f"{mf} {s}"), ph=P("PHONE", k.phone(c)))
    d.add("Hx: ⟦fi|atopic dermatitis⟧, hives at 11 months after {food}; ⟦lab|specific IgE 2.1 kU/L⟧, ⟦pr|skin prick test⟧ ⟦me|wheal 5 mm⟧. No ⟦dr|cetirizine⟧ x 5 days.\n\n", food=food)
    d.add("Step  protein dose   time    observation\n")
    for i, dose in enumerate(("3 mg", "10 mg", "30 mg", "100 mg", "300 mg", "1000 mg")):
        d.add(f"{i + 1}     ⟦do|{dose}⟧{' ' * (9 - len(dose))}+{i * 20:<3} min  {c.pick('no sx', 'no sx', 'no sx', 'mild perioral itch')}\n")
    reac = c.chance(0.35)
    if reac:
        d.add("\nAt step 5 {fn} developed ⟦fi|urticaria⟧ and cough; ⟦dr|epinephrine⟧ ⟦do|0.15 mg IM⟧ given, resolved. Result: FAILED — continue avoidance; epinephrine auto-injector Rx.\n", fn=P("NAME_PATIENT", f))
    else:
        d.add("\nResult: PASSED — {fn} may eat {food} freely. Mom {mo} says \"finally!\"\n", fn=P("NAME_PATIENT", f), food=food, mo=P("NAME_RELATIVE", mf))
    d.add("Observed 2 h. RN {rn}; attending {cl}, MD. After-visit summary sent to {em}; portal {u}\n", rn=P("NAME_CLINICIAN", c.ch(k.CLIN_FIRST)), cl=P("NAME_CLINICIAN", c.ch(k.CLIN_LAST)), em=P("EMAIL", k.email(c, mf, s)), u=P("URL", k.url(c, "portal.example-health.org", "avs")))
    return d


def t_carseat(c):
    d = Doc()
    mf, ms = k.person(c, "F", 0.1)
    ff, fs = k.person(c, "M", 0.1)
    sur = c.pick(ms, fs)
    bd = k.date(c)
    d.add("NICU — INFANT CAR SEAT TOLERANCE SCREEN (ICSTS)\nInfant: {b}   MRN {m}   DOB {dob}   GA at birth ⟦me|33 weeks⟧   ⟦ep|Apgar⟧ scores 6 and 8   Current weight ⟦me|2.08 kg⟧\n", b=P("NAME_PATIENT", c.pick(f"Baby Boy {sur}", f"Baby Girl {sur}", f"{sur}, Baby")), m=P("MRN", k.mrn(c)), dob=P("DATE", k.fd(c, bd, "us")))
    d.add("Mother: {mo} (MRN {mm})   Father: {fa}\nTest date: {td}   Parents' own seat brought in; vehicle plate {pl} for the discharge-day valet pass.\n\n", mo=P("NAME_RELATIVE", f"{mf} {ms}"), mm=P("MRN", k.mrn(c)), fa=P("NAME_RELATIVE", f"{ff} {fs}"), td=P("DATE", k.fd(c, bd + dt.timedelta(days=c.ri(12, 30)), "us")), pl=P("VEHICLE", k.plate(c)))
    d.add("Min   HR    SpO2   RR   events\n")
    for m in (0, 30, 60, 90):
        d.add(f"{m:<5} {c.ri(138, 168)}   {c.ri(93, 99)}%   {c.ri(34, 58)}   {c.pick('none', 'none', 'brief desat to 89%')}\n")
    fail = c.chance(0.3)
    d.add("\nResult: {r}. Hx ⟦fi|apnea of prematurity⟧ (off ⟦dr|caffeine citrate⟧ 8 days), ⟦fi|gastroesophageal reflux⟧.\n", r="FAIL — car bed recommended, repeat test" if fail else "PASS (90 min, no ⟦fi|bradycardia⟧)")
    if c.chance(0.6):
        d.add("Going home on a pulse-oximetry home monitor, serial {sn}; parents taught by {rt} RT.\n", sn=P("DEVICE", k.serial(c)), rt=P("NAME_CLINICIAN", c.ch(k.CLIN_FIRST).lower()))
    d.add("Follow-up: {clinic}, Dr. {cl}, {ph}. Tested by {rn}, RN.\n", clinic=P("HOSPITAL", c.ch(k.HOSPITALS)), cl=P("NAME_CLINICIAN", c.ch(k.CLIN_LAST)), ph=P("PHONE", k.phone(c)), rn=P("NAME_CLINICIAN", c.ch(k.CLIN_FIRST)))
    return d


TEMPLATES = [
    ("en20_tuberculin_skin_test_record", t_ppd),
    ("en20_pbsc_apheresis_collection", t_apheresis),
    ("en20_esketamine_session_monitoring", t_esketamine),
    ("en20_adult_blood_lead_case_report", t_ables),
    ("en20_oral_food_challenge", t_ofc),
    ("en20_car_seat_tolerance_screen", t_carseat),
    *templates_v20_en2.TEMPLATES,
]
