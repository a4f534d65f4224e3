"""v33 English templates, part 2: a notice of hospital lien, an outbound IVR appointment-reminder
call log, a CMS-2728 ESRD medical evidence report, a self check-in kiosk event log, an OCR'd photo of
a patient-room whiteboard and a patient credit-balance refund request. Values from _v33_kit.py only."""

# ruff: noqa: E501

from __future__ import annotations

import _v33_kit as k
from _core import Doc, P


# fmt: off
def hospital_lien_notice(c) -> Doc:
    t, pat = k.town(c), k.person(c)
    hosp = k.hospital(c, t)
    d = k.day(c)
    inj = k.add(d, -c.ri(20, 90))
    dis = k.add(inj, c.ri(2, 14))
    coord = k.person(c)
    doc = Doc().put("NOTICE OF HOSPITAL LIEN\n\nClaimant: ", P("HOSPITAL", hosp), ", Patient Financial Services\n")
    doc.put("Phone ", P("PHONE", k.phone(c, t.area)), "   Fax ", P("FAX", k.phone(c, t.area, "dash")), "\nFiled with the County Clerk on ", k.dd(c, d), "\n\n")
    doc.put("Injured person: ", P("NAME_PATIENT", f"{pat.first.upper()} {pat.last.upper()}"), "   DOB ", k.dd(c, k.born(c, c.ri(17, 80), d), "slash"))
    if c.chance(0.6):
        doc.put("   SSN ", P("SSN", k.ssn(c)))
    doc.put("\nResidence: ", P("ADDRESS_STREET", k.street(c)), ", ", P("CITY", t.name), ", ", P("PROVINCE_STATE", t.state), " ", P("POSTCODE", k.zipc(c, t)), "\n")
    if c.chance(0.5):
        doc.put("Employer at time of injury: ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "\n")
    doc.put("Date of injury: ", k.dd(c, inj, "long"), " (motor vehicle collision). Admitted ", k.dd(c, inj, "md"), ", discharged ", k.dd(c, dis, "md"), ".\n")
    inj_t = c.ch((("⟦fi|open tibial shaft fracture⟧", "⟦an|right tibia⟧", "⟦pr|intramedullary nailing⟧"), ("⟦fi|splenic laceration⟧", "⟦an|spleen⟧", "⟦pr|splenic artery embolization⟧"), ("⟦fi|C6 burst fracture⟧", "⟦an|C6⟧", "⟦pr|anterior cervical fusion⟧")))
    doc.put(f"Services: {inj_t[0]} of the {inj_t[1]}; {inj_t[2]}; ⟦dr|cefazolin⟧ ⟦do|2 g⟧ IV; ⟦lab|Hgb {c.fl(7.1, 10.5)} g/dL⟧ nadir; ⟦me|ISS {c.ri(9, 29)}⟧; ⟦ep|Glasgow Coma Scale⟧ 15 on arrival.\n")
    doc.put("Account: ", P("ACCOUNT", k.fin(c)), f"   Total charges: ${c.ri(18, 240)},{c.ri(100, 999)}.{c.ri(10, 99)}\n")
    doc.put("Health plan (secondary): member ", P("INSURANCE", k.member(c)), "\n")
    doc.put("Liable carrier: Cornerstone Mutual Casualty, claim ", P("OTHER_ID", f"{c.digits(2)}-{c.digits(7)}-{c.ri(1, 9)}"), "\n")
    doc.put("At-fault vehicle: plate ", P("VEHICLE", k.plate(c)))
    if c.chance(0.5):
        doc.put(", VIN ", P("VEHICLE", k.vin(c)))
    doc.put("\nPatient's attorney (fax): ", P("FAX", k.phone(c, t.area, "paren")), "\n")
    doc.put("Lien coordinator: ", P("NAME_CLINICIAN", coord.full), "   Signed ", k.dd(c, d, "slash"), "\n")
    return doc


def ivr_call_log(c) -> Doc:
    t = k.town(c)
    hosp = k.hospital(c, t)
    d = k.day(c)
    agent = k.person(c)
    doc = Doc().put("# IVR OUTBOUND REMINDER LOG  host=", P("IP", k.ipv4(c)), " site=", P("HOSPITAL", hosp), " run=", P("DATE", d.isoformat()), "\n")
    doc.put("# ts|call_id|event|number|patient|mrn|appt|provider|detail\n")
    preps = ("NPO after midnight; ⟦pr|colonoscopy⟧ prep ⟦dr|polyethylene glycol⟧ ⟦do|4 L⟧", "hold ⟦dr|metformin⟧ 48 h after ⟦pr|CT abdomen⟧", "⟦pr|steroid injection⟧ ⟦an|right knee⟧; hold ⟦dr|aspirin⟧ ⟦do|81 mg⟧ 5 days", "wear ⟦ep|Holter monitor⟧ 24 h", "fasting ⟦pr|lipid panel⟧")
    for p in k.people(c, c.ri(2, 3)):
        ph = k.phone(c, t.area, "plus")
        m = k.mrn(c)
        ap = k.add(d, c.ri(1, 6))
        prov = k.person(c)
        cid = f"{c.letters(3).lower()}-{c.digits(3)}"
        ts = f"{c.ri(8, 17):02d}:{c.ri(0, 59):02d}"
        row = [P("DATE", d.isoformat()), f" {ts}:{c.ri(10, 59)}|{cid}|DIAL|", P("PHONE", ph), "|", P("NAME_PATIENT", p.up), "|", P("MRN", m), "|", P("DATE", ap.isoformat()), f" {c.ri(7, 15)}:{c.ch(('00', '30'))}|", P("NAME_CLINICIAN", f"{prov.first[0]}. {prov.last}"), "|"]
        doc.put(row, "prep=", c.ch(preps), "\n")
        ev = c.ch(("DTMF1", "DTMF2", "VM", "HUMAN"))
        if ev == "DTMF1":
            doc.put(P("DATE", d.isoformat()), f" {ts}:59|{cid}|DTMF|1|confirmed|", P("MRN", m), "|||SMS link ", P("URL", k.link(c, "remind.healthtext.net")), "\n")
        elif ev == "DTMF2":
            doc.put(P("DATE", d.isoformat()), f" {ts}:59|{cid}|TRANSFER|scheduling|agent=", P("NAME_CLINICIAN", f"{agent.first.lower()}.{agent.last.lower()}"), "|", P("MRN", m), "|||rescheduled to ", P("DATE", k.add(ap, 7).isoformat()), "\n")
        elif ev == "VM":
            doc.put(P("DATE", d.isoformat()), f" {ts}:59|{cid}|VOICEMAIL|45s|", P("NAME_PATIENT", p.first), " (greeting name)|||\n")
        else:
            rel, kp = k.kin(c, p)
            doc.put(P("DATE", d.isoformat()), f" {ts}:59|{cid}|HUMAN|{rel} ", P("NAME_RELATIVE", kp.first), " will relay|", P("MRN", m), f"|||home reading ⟦me|BP {c.ri(150, 182)}/{c.ri(88, 104)}⟧ reported; ⟦lab|INR {c.fl(2.0, 4.2)}⟧ last week\n")
    doc.put("# summary: pre-visit meds list requested (⟦dr|apixaban⟧ ⟦do|5 mg⟧ bid, ⟦fi|atrial fibrillation⟧).\n")
    return doc


def cms2728_esrd(c) -> Doc:
    t, pat = k.town(c), k.person(c)
    d = k.day(c)
    a = k.age(c, 0.2, 35, 88)
    md = k.person(c)
    fac = c.ch((f"{t.name} Dialysis Center", f"{t.county} Kidney Care", f"{t.name} Regional Medical Center Dialysis Unit"))
    doc = Doc().put("END STAGE RENAL DISEASE MEDICAL EVIDENCE REPORT - MEDICARE ENTITLEMENT AND/OR PATIENT REGISTRATION (CMS-2728)\n")
    doc.put("[X] Initial   [ ] Re-entitlement   [ ] Supplemental\n")
    doc.put("1. Name (last, first, MI): ", P("NAME_PATIENT", f"{pat.last}, {pat.first} {c.ch('ABCDEJLMRST')}."), "\n")
    doc.put("2. Medicare number: ", P("INSURANCE", k.mbi(c)), "    3. SSN: ", P("SSN", k.ssn(c)), "\n")
    doc.put("4. Date of birth: ", P("DATE", k.us(k.born(c, a, d))), f"   5. Sex: {pat.sex}   Age at first dialysis: ", k.age_p(a), "\n")
    doc.put("6. Mailing address: ", P("ADDRESS_STREET", k.street(c)), ", ", P("CITY", t.name), ", ", P("PROVINCE_STATE", t.state), " ", P("POSTCODE", k.zipc(c, t)), "   Phone ", P("PHONE", k.phone(c, t.area)), "\n")
    if c.chance(0.7):
        doc.put("7. Employment status: employed full time - ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "\n")
    else:
        doc.put("7. Employment status: retired\n")
    cause = c.ch(("diabetic nephropathy", "hypertensive nephrosclerosis", "IgA nephropathy", "polycystic kidney disease"))
    doc.put(f"8. Primary cause of renal failure: ⟦fi|{cause}⟧\n9. Comorbid conditions: ⟦fi|congestive heart failure⟧, ⟦fi|peripheral vascular disease⟧\n")
    doc.put(f"10. Prior to first dialysis: ⟦lab|serum albumin {c.fl(2.4, 3.9)} g/dL⟧, ⟦lab|serum creatinine {c.fl(5.5, 11.9)} mg/dL⟧, ⟦lab|hemoglobin {c.fl(7.5, 10.9)} g/dL⟧, ⟦lab|eGFR {c.ri(4, 13)}⟧\n")
    doc.put(f"11. ⟦me|Height {c.ri(150, 190)} cm⟧  ⟦me|Weight {c.ri(48, 130)} kg⟧\n")
    doc.put(f"12. ⟦dr|epoetin alfa⟧ ⟦do|{c.ch(('3000', '4000', '6000'))} units⟧ three times weekly prior to ESRD: yes\n")
    d0 = k.add(d, -c.ri(5, 40))
    doc.put("13. Dialysis facility: ", P("HOSPITAL", fac), f"   CCN {c.digits(2)}-2{c.digits(3)}   Fax ", P("FAX", k.phone(c, t.area, "dash")), "\n")
    doc.put("14. Date regular chronic dialysis began: ", P("DATE", k.us(d0)), "\n")
    if c.chance(0.4):
        doc.put("15. Modality: home peritoneal dialysis via ⟦ep|Tenckhoff catheter⟧ in ⟦an|left lower quadrant⟧; cycler serial ", P("DEVICE", k.serial(c)), "\n")
    else:
        doc.put("15. Modality: in-center hemodialysis via ⟦pr|arteriovenous fistula⟧, ⟦an|left radiocephalic⟧; ⟦ep|Tenckhoff catheter⟧ not placed\n")
    doc.put("16. Attending physician: ", P("NAME_CLINICIAN", f"{md.first} {md.last}"), ", MD   NPI ", P("LICENSE", k.npi(c)), "   Date signed ", P("DATE", k.us(d)), "\n")
    doc.put("17. Patient signature: __________________  Date ", P("DATE", k.us(k.add(d, c.ri(0, 3)), "short")), "\n")
    return doc


def kiosk_checkin_log(c) -> Doc:
    t, pat = k.town(c), k.person(c)
    hosp = k.hospital(c, t)
    d = k.day(c)
    a = k.age(c, 0.15, 22, 88)
    md = k.person(c)
    clock = [c.ri(7 * 3600, 10 * 3600)]

    def ts() -> str:
        clock[0] += c.ri(3, 70)
        return f"{clock[0] // 3600:02d}:{clock[0] // 60 % 60:02d}:{clock[0] % 60:02d}"

    dept, reason = c.ch((("ENDOCRINOLOGY", "thyroid ultrasound"), ("ORTHOPEDICS", "joint injection"), ("PULMONARY", "spirometry"), ("RHEUMATOLOGY", "DEXA scan")))
    doc = Doc().put(f"kiosk-{c.ri(1, 9):02d} ", P("IP", k.ipv4(c)), " | ", P("HOSPITAL", hosp), " outpatient lobby | ", P("DATE", d.isoformat()), "\n")
    doc.put(f"{ts()} INFO session.start lang=en\n")
    if c.chance(0.45):
        doc.put(f"{ts()} INFO idscan type=PASSPORT mrz_doc=", P("PASSPORT", k.passport(c)), " result=OK\n")
    else:
        doc.put(f"{ts()} INFO idscan type=DL number=", P("LICENSE", k.dl(c, t.state)), " result=OK\n")
    doc.put(f'{ts()} INFO ocr name="', P("NAME_PATIENT", pat.up), '" dob=', P("DATE", k.us(k.born(c, a, d))), f" age={a if a <= 89 else ''}", P("AGE_OVER_89", str(a)) if a > 89 else "", "\n")
    doc.put(f"{ts()} WARN mpi.match candidates=2 best=", P("MRN", k.mrn(c)), " (0.97) alt=", P("MRN", k.mrn(c)), " (0.61) -> best accepted\n")
    doc.put(f"{ts()} INFO inscard.ocr member=", P("INSURANCE", k.member(c)), " group=", P("INSURANCE", c.digits(6)), " rx_bin=610014\n")
    doc.put(f'{ts()} INFO demographics.confirm addr="', P("ADDRESS_STREET", k.street(c)), ", ", P("CITY", t.name), ", ", P("PROVINCE_STATE", t.state), " ", P("POSTCODE", k.zipc(c, t)), '" phone=', P("PHONE", k.phone(c, t.area, "dash")))
    if c.chance(0.5):
        doc.put(" estatement=", P("EMAIL", k.email(c, pat)))
    doc.put("\n", f"{ts()} INFO encounter.create fin=", P("ACCOUNT", k.fin(c)), f" dept={dept} reason=⟦pr|{reason}⟧ prov=", P("NAME_CLINICIAN", f"{md.last.upper()}, {md.first.upper()}"), "\n")
    doc.put(f"{ts()} INFO previsit.link sent=", P("URL", k.link(c, "checkin.mychartlink.org/q")), "\n")
    q = c.ch(("⟦fi|hypothyroidism⟧ on ⟦dr|levothyroxine⟧ ⟦do|88 mcg⟧; ⟦ep|Hashimoto's thyroiditis⟧", "⟦fi|rheumatoid arthritis⟧ on ⟦dr|methotrexate⟧ ⟦do|15 mg⟧ weekly; ⟦ep|Sjogren's syndrome⟧", "⟦fi|COPD⟧ on ⟦dr|tiotropium⟧ ⟦do|18 mcg⟧; ⟦ep|Raynaud's phenomenon⟧"))
    doc.put(f'{ts()} INFO questionnaire pain_site=⟦an|{c.ch(("lower back", "right shoulder", "left hip"))}⟧ ⟦me|pain 6/10⟧ ⟦me|PHQ-9 {c.ri(1, 14)}⟧ self_a1c=⟦lab|HbA1c {c.fl(5.8, 9.4)}%⟧ hx="{q}"\n')
    if c.chance(0.4):
        doc.put(f"{ts()} INFO parking.validate plate=", P("VEHICLE", k.plate(c)), " lot=B\n")
    doc.put(f"{ts()} INFO copay amount=35.00 status=DECLINED_CARD retry=1\n{ts()} INFO session.end print=wristband+label\n")
    return doc


def whiteboard_photo_ocr(c) -> Doc:
    t, pat = k.town(c), k.person(c)
    hosp = k.hospital(c, t)
    d = k.day(c)
    rn, tech, md, aud = k.people(c, 4)
    rel, kp = k.kin(c, pat)
    title = "Ms." if pat.sex == "F" else "Mr."
    doc = Doc().put(f"IMG_{c.digits(4)}.jpg - room whiteboard photo, patient-experience audit, uploaded ", k.dd(c, d, "slash"), " by ", P("NAME_CLINICIAN", f"{aud.first[0].lower()}{aud.last.lower()}"), "\nOCR text (unedited):\n")
    doc.put("WELC0ME T0 ", P("HOSPITAL", hosp), "\n")
    doc.put(f"T0DAY IS: {d:%A} ", P("DATE", f"{d:%B} {d.day}"), "\n")
    doc.put("Y0UR NURSE: ", P("NAME_CLINICIAN", rn.first), "   PCT: ", P("NAME_CLINICIAN", tech.first), "  call ext ", c.digits(4), "\n")
    doc.put("Y0UR D0CT0R: Dr. ", P("NAME_CLINICIAN", md.last), "\n")
    doc.put(f"PATIENT: {title} ", P("NAME_PATIENT", pat.last), "  likes to be called ", P("NAME_PATIENT", pat.first), "\n")
    doc.put("FAMILY C0NTACT: ", P("NAME_RELATIVE", kp.first), f" ({rel}) ", P("PHONE", k.phone(c, t.area, c.ch(("dash", "dot")))), "\n")
    proc = c.ch((("⟦pr|total knee arthroplasty⟧", "⟦an|left knee⟧"), ("⟦pr|hip hemiarthroplasty⟧", "⟦an|right hip⟧"), ("⟦pr|lobectomy⟧", "⟦an|right upper lobe⟧")))
    doc.put(f"WHY I'M HERE: {proc[0]} {proc[1]}\n")
    doc.put("G0ALS T0DAY: walk to nurses station x3; ⟦me|incentive spirometer 1250 mL⟧; ⟦ep|Foley catheter⟧ out\n")
    doc.put(f"PAIN G0AL: ⟦me|3/10⟧   last dose ⟦dr|oxycodone⟧ ⟦do|5 mg⟧ @ {c.ri(6, 11)}:{c.ri(10, 59)}\n")
    doc.put(f"TESTS: ⟦pr|chest x-ray⟧, ⟦lab|Hgb {c.fl(8.2, 10.9)}⟧ this AM; watch for ⟦fi|{c.ch(('delirium', 'ileus', 'DVT'))}⟧\n")
    doc.put("PLANNED DISCHARGE: ", P("DATE", k.us(k.add(d, c.ri(1, 3)), "md")), " home w/ ", c.ch(("PT", "home health")), "\n")
    doc.put("Auditor: board current; nurse name and goals filled; patient aware of plan.\n")
    return doc


def refund_credit_balance(c) -> Doc:
    t, pat = k.town(c), k.person(c)
    hosp = k.hospital(c, t)
    d = k.day(c)
    sd = k.add(d, -c.ri(40, 200))
    clerk = k.person(c)
    minor = c.chance(0.3)
    rel, kp = k.kin(c, pat)
    svc = (c.ch if not minor else (lambda s: c.ch(s[:2])))((("⟦pr|MRI lumbar spine⟧ without contrast", "⟦fi|lumbar radiculopathy⟧", "⟦an|L5-S1⟧"), ("⟦pr|infliximab infusion⟧ ⟦dr|infliximab⟧ ⟦do|5 mg/kg⟧", "⟦ep|Crohn's disease⟧", "⟦an|terminal ileum⟧"), ("⟦pr|screening colonoscopy⟧", "⟦fi|tubular adenoma⟧", "⟦an|sigmoid colon⟧")))
    doc = Doc().put(P("HOSPITAL", hosp), " - Patient Financial Services\nPhone ", P("PHONE", k.phone(c, t.area)), "   Fax ", P("FAX", k.phone(c, t.area, "dash")), "\n\n")
    doc.put("CREDIT BALANCE REFUND REQUEST   Request date: ", k.dd(c, d), "\n")
    doc.put("Account: ", P("ACCOUNT", k.fin(c)), "   Patient: ", P("NAME_PATIENT", pat.lf), "   DOB ", k.dd(c, k.born(c, c.ri(4, 16) if minor else c.ri(20, 85), d), "slash"), "\n")
    payee = P("NAME_RELATIVE", kp.full) if minor else P("NAME_PATIENT", pat.full)
    doc.put("Guarantor / payee: ", payee, f"{' (' + ('mother' if kp.sex == 'F' else 'father') + ')' if minor else ''}\n")
    doc.put("Date of service: ", k.dd(c, sd, "slash"), f"   Service: {svc[0]}   Dx: {svc[1]}, {svc[2]}\n")
    doc.put("Primary payer: member ", P("INSURANCE", k.member(c)), "   EOB received ", k.dd(c, k.add(sd, c.ri(20, 45)), "md"), "\n")
    doc.put(f"Necessity documented: ⟦lab|CRP {c.fl(5.0, 48.0)} mg/L⟧; ⟦me|BMI {c.fl(19, 33)}⟧\n")
    paid, cred = c.ri(150, 900), c.ri(40, 140)
    doc.put(f"Patient paid ${paid}.00 at time of service; payer allowed ${paid - cred}.00; credit balance ${cred}.00\n")
    doc.put("Refund mailed to: ", payee if c.chance(0.3) else "payee above", ", ", P("ADDRESS_STREET", k.street(c)), ", ", P("CITY", t.name), ", ", P("PROVINCE_STATE", t.state), " ", P("POSTCODE", k.zipc(c, t)), "\n")
    doc.put("Check no. ", P("OTHER_ID", c.digits(7)), "   issued ", k.dd(c, k.add(d, c.ri(3, 14)), "slash"), "\n")
    if c.chance(0.5):
        doc.put("Notice e-mailed to ", P("EMAIL", k.email(c, kp if minor else pat)), "\n")
    if c.chance(0.4):
        doc.put("Statement link: ", P("URL", k.link(c, "pay.billpatient.com/s")), "\n")
    doc.put("Prepared: ", P("NAME_CLINICIAN", f"{clerk.first} {clerk.last[0]}."), "  Approved: ", P("NAME_CLINICIAN", k.person(c).full), "\n")
    return doc

# fmt: on

TEMPLATES = [
    ("en33_hospital_lien_notice", hospital_lien_notice),
    ("en33_ivr_call_log", ivr_call_log),
    ("en33_cms2728_esrd", cms2728_esrd),
    ("en33_kiosk_checkin_log", kiosk_checkin_log),
    ("en33_whiteboard_photo_ocr", whiteboard_photo_ocr),
    ("en33_refund_credit_balance", refund_credit_balance),
]
