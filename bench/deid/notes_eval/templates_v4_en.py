# Longer than 450 lines: v4's English templates are whole hand-written documents, one function each, kept in one module as v2's and v3's are.
"""v4 English templates: whole documents of types no earlier version has (tumour board minutes,
chaplain note, discharge-planning note, incident report, I-PASS handoff, late entry, raw
dictation, OCR'd outside records, audiology, infusion record, goals-of-care note, emergency hold
application, release-of-information log, lactation consult, transfusion-reaction investigation).
Written as literal text with ``[[CAT:value]]`` PHI markup and ``⟦kind|term⟧`` keep markup (see
``_v4_kit.render``)."""

# ruff: noqa: E501  (the notes are prose; wrapping them would change nothing but the diff)

from __future__ import annotations

from _core import Ctx, Doc
from _v4_kit import (
    CRED,
    NICK,
    T,
    acct,
    age,
    born,
    clock,
    company,
    day,
    de,
    dea_no,
    email,
    hospital,
    ip,
    kin,
    luhn_npi,
    mbi,
    member_id,
    mrn,
    passport,
    phone,
    plate,
    render,
    serial,
    shift,
    ssn,
    state_lic,
    street,
    town,
    url,
    vin,
    who,
    zipcode,
)

ONC = [
    dict(
        dx="lung adenocarcinoma",
        an="right upper lobe",
        proc="CT-guided core biopsy",
        meas="3.4 cm",
        drug="osimertinib",
        dose="80 mg daily",
        lab="CEA 6.1 ng/mL",
        ep="Pancoast tumor",
        marker="EGFR exon 19 deletion",
        stage="stage IIIA",
    ),
    dict(
        dx="rectal adenocarcinoma",
        an="mid rectum",
        proc="low anterior resection",
        meas="4.1 cm",
        drug="capecitabine",
        dose="825 mg/m2 bid",
        lab="CEA 14.2 ng/mL",
        ep="Lynch syndrome",
        marker="MSI-high",
        stage="cT3N1M0",
    ),
    dict(
        dx="pancreatic ductal adenocarcinoma",
        an="head of pancreas",
        proc="EUS-guided FNA",
        meas="2.8 cm",
        drug="gemcitabine",
        dose="1000 mg/m2",
        lab="CA 19-9 412 U/mL",
        ep="Whipple procedure",
        marker="KRAS G12D",
        stage="borderline resectable",
    ),
    dict(
        dx="invasive ductal carcinoma",
        an="left breast",
        proc="ultrasound-guided core biopsy",
        meas="1.9 cm",
        drug="trastuzumab",
        dose="8 mg/kg loading dose",
        lab="HER2 3+",
        ep="Paget disease of the nipple",
        marker="ER 90%",
        stage="stage IIB",
    ),
    dict(
        dx="diffuse large B-cell lymphoma",
        an="mediastinum",
        proc="excisional lymph node biopsy",
        meas="7.2 cm",
        drug="rituximab",
        dose="375 mg/m2",
        lab="LDH 612 U/L",
        ep="Hodgkin lymphoma",
        marker="Ki-67 80%",
        stage="stage IIIB",
    ),
    dict(
        dx="squamous cell carcinoma of the oropharynx",
        an="left tonsil",
        proc="direct laryngoscopy",
        meas="2.2 cm",
        drug="cisplatin",
        dose="100 mg/m2",
        lab="p16 positive",
        ep="Virchow node",
        marker="HPV-associated",
        stage="T2N1M0",
    ),
]
GEN = [
    dict(
        dx="acute on chronic systolic heart failure",
        an="left ventricle",
        proc="right heart catheterization",
        meas="EF 25%",
        drug="furosemide",
        dose="40 mg IV bid",
        lab="BNP 1,840 pg/mL",
        ep="Swan-Ganz catheter",
    ),
    dict(
        dx="COPD exacerbation",
        an="both lung bases",
        proc="arterial blood gas",
        meas="SpO2 86% on room air",
        drug="prednisone",
        dose="40 mg daily",
        lab="pCO2 58 mmHg",
        ep="Venturi mask",
    ),
    dict(
        dx="left intertrochanteric hip fracture",
        an="left hip",
        proc="intramedullary nailing",
        meas="Hgb drop of 2.1 g/dL",
        drug="enoxaparin",
        dose="40 mg subcut daily",
        lab="Hemoglobin 8.9 g/dL",
        ep="Foley catheter",
    ),
    dict(
        dx="urosepsis",
        an="right kidney",
        proc="renal ultrasound",
        meas="lactate 3.4 mmol/L",
        drug="ceftriaxone",
        dose="1 g IV q24h",
        lab="WBC 18.2 K/uL",
        ep="Foley catheter",
    ),
    dict(
        dx="acute ischemic stroke",
        an="left middle cerebral artery",
        proc="CT angiography",
        meas="NIHSS 9",
        drug="alteplase",
        dose="0.9 mg/kg",
        lab="glucose 142 mg/dL",
        ep="Broca aphasia",
    ),
    dict(
        dx="diabetic ketoacidosis",
        an="pancreas",
        proc="insulin infusion protocol",
        meas="anion gap 24",
        drug="insulin glargine",
        dose="18 units nightly",
        lab="HbA1c 11.3%",
        ep="Kussmaul respirations",
    ),
    dict(
        dx="Parkinson's disease",
        an="substantia nigra",
        proc="DaTscan",
        meas="Hoehn and Yahr stage 3",
        drug="carbidopa-levodopa",
        dose="25/100 mg tid",
        lab="TSH 2.1 mIU/L",
        ep="Parkinson's disease",
    ),
    dict(
        dx="community-acquired pneumonia",
        an="right lower lobe",
        proc="chest x-ray",
        meas="RR 28",
        drug="azithromycin",
        dose="500 mg daily",
        lab="procalcitonin 2.4 ng/mL",
        ep="Gram stain",
    ),
]


def A(a: int) -> str:
    return T("AGE_OVER_89", a) if a > 89 else str(a)


def _sig(c: Ctx, p) -> str:
    return f"{T('NAME_CLINICIAN', p.full)}, {c.ch(CRED)}"


def en4_tumor_board(c: Ctx) -> Doc:
    p, t, d = who(c), town(c), day(c)
    a = age(c, 0.08)
    o = c.ch(ONC)
    pres, rad, path, surg, nav = who(c), who(c), who(c), who(c), who(c, "F")
    hosp = hospital(c, t, "hosp")
    others = ", ".join(
        f"{T('NAME_CLINICIAN', x.full)} ({s})"
        for x, s in zip(
            [who(c) for _ in range(3)],
            c.sample(
                [
                    "radiation oncology",
                    "palliative care",
                    "genetics",
                    "thoracic surgery",
                    "GI",
                    "pharmacy",
                    "social work",
                ],
                3,
            ),
            strict=True,
        )
    )
    relw, rel = kin(c, "daughter", "son", "wife", "husband", "niece")
    vid = T("URL", url(c, c.pick("meet.cancercare-virtual.org", "vv.riverbendhealth.net"), "tb"))
    return render(f"""MULTIDISCIPLINARY TUMOR BOARD - MINUTES
{T("HOSPITAL", hosp)} | Conference date: {T("DATE", de(c, d))}
Case {c.ri(1, 8)} of {c.ri(8, 12)}

Patient: {T("NAME_PATIENT", p.inv.upper())}   MRN: {T("MRN", mrn(c))}   DOB: {T("DATE", de(c, born(c, a, d), "mdy0"))}
Presenting: Dr. {T("NAME_CLINICIAN", pres.last)} (medical oncology)

Summary: {A(a)} y/o {p.sex} with newly diagnosed ⟦fi|{o["dx"]}⟧ involving the ⟦an|{o["an"]}⟧, ⟦me|{o["stage"]}⟧. Tissue obtained by ⟦pr|{o["proc"]}⟧ on {T("DATE", de(c, shift(d, -c.ri(7, 30)), "mon"))}. Lead lesion measures ⟦me|{o["meas"]}⟧. ⟦lab|{o["lab"]}⟧.
Radiology ({T("NAME_CLINICIAN", rad.init_last)}): staging PET/CT, accession {T("ACCESSION", "PT" + c.digits(8))}, no distant disease.
Pathology ({T("NAME_CLINICIAN", path.last)}): case {T("ACCESSION", c.pick("S", "SP") + str(d.year % 100) + "-" + c.digits(5))}; ⟦lab|{o["marker"]}⟧. Germline testing sent given family history; {o["ep"]} was discussed.

Discussion: {T("NAME_CLINICIAN", surg.last)} would favor surgery after neoadjuvant therapy if performance status allows. {T("NAME_PATIENT", p.first)} still works part time at {T("WORKPLACE", company(c, t))} and wants to keep working. {p.his.capitalize()} {relw} {T("NAME_RELATIVE", rel.first)} joined by video ({vid}).

Recommendations:
1. Start ⟦dr|{o["drug"]}⟧ ⟦do|{o["dose"]}⟧; recheck ⟦lab|{o["lab"]}⟧ after cycle 2.
2. Screen for trial; pre-screening number {T("OTHER_ID", "PS-" + c.digits(4) + "-" + c.digits(3))}.
3. Nurse navigator {T("NAME_CLINICIAN", nav.full)} to call {T("PHONE", phone(c, t.area))}.

Attendees: {others}, Dr. {T("NAME_CLINICIAN", pres.last)}, {T("NAME_CLINICIAN", rad.full)}, {T("NAME_CLINICIAN", path.full)}
Minutes: {_sig(c, nav)}  {T("EMAIL", email(c, nav, "riverbendhealth.org"))}
""")


def en4_chaplain(c: Ctx) -> Doc:
    p, t, d = who(c), town(c), day(c)
    a = c.ri(90, 99) if c.chance(0.35) else c.ri(55, 89)
    ch = who(c)
    g = c.ch(GEN)
    spouse, kid = who(c, "F" if p.sex == "M" else "M", p.last), who(c, "M")
    nick = NICK.get(p.first)
    nm = T("NAME_PATIENT", nick) if nick else T("NAME_PATIENT", p.first)
    church = c.pick(
        "First Baptist",
        "St. Anne's parish",
        "Kingdom Hall",
        "the Islamic Center",
        "Temple Beth El",
        "New Hope AME",
    )
    return render(f"""SPIRITUAL CARE NOTE
Unit 5 North, {T("HOSPITAL", hospital(c, t, "hosp"))}        {T("DATE", de(c, d))} {clock(c, 8, 20)}
Pt: {T("NAME_PATIENT", p.full)} ({A(a)})   MRN {T("MRN", mrn(c))}
Referral: RN request; family gathering after goals of care meeting.

Visit: Met {nm} at bedside with {p.his} {c.pick("wife", "partner", "spouse")} {T("NAME_RELATIVE", spouse.first)} and son {T("NAME_RELATIVE", kid.first + " " + p.last)}, who drove in from {T("CITY", town(c).name)} last night. Pt admitted with ⟦fi|{g["dx"]}⟧, now transitioning to comfort measures; ⟦dr|morphine⟧ ⟦do|2 mg IV q2h prn⟧ per palliative. {p.he.capitalize()} is a member of {church} and asked that the church office be called ({T("PHONE", phone(c, t.area))}). {T("NAME_RELATIVE", spouse.first)} shared that they married in {c.ri(1955, 1990)} and {p.he} retired from {T("WORKPLACE", company(c, t))} after {c.ri(15, 40)} years.
Interventions: active listening, life review, prayer per request, blessing.
Plan: chaplain on call to be paged for change in status. Family has started an online memorial page: {T("URL", url(c, c.pick("www.gofundme.com/f", "caringbridge.org/visit"), "family"))}.

{T("NAME_CLINICIAN", ch.full)}, M.Div., BCC   pager {c.ri(1000, 9999)}
""")


def en4_case_mgmt(c: Ctx) -> Doc:
    p, t, d = who(c), town(c), day(c)
    a = age(c, 0.25)
    cm, snf_t = who(c, "F"), town(c)
    g = c.ch(GEN)
    snf = hospital(c, snf_t, "snf")
    rel, pt_rel = kin(c, "daughter", "son", "niece", "nephew", "neighbor")
    return render(f"""CASE MANAGEMENT - DISCHARGE PLANNING
Date of service: {T("DATE", de(c, d))}     Admit: {T("DATE", de(c, shift(d, -c.ri(2, 9)), "mdy"))}     Anticipated d/c: {T("DATE", de(c, shift(d, c.ri(1, 3)), "md"))}
Patient: {T("NAME_PATIENT", p.inv)}  Age {A(a)}  MRN {T("MRN", mrn(c))}  Acct {T("ACCOUNT", acct(c))}
Address on file: {T("ADDRESS_STREET", street(c))}, {T("CITY", t.name)}, {T("PROVINCE_STATE", t.st)} {T("POSTCODE", zipcode(c, t))}
Payer: Medicare A/B, MBI {T("INSURANCE", mbi(c))}; secondary {c.pick("AARP supplement", "Medicaid", "Tricare for Life")} ID {T("INSURANCE", member_id(c))}

Dx: ⟦fi|{g["dx"]}⟧. PT/OT recommend SNF. Lives alone in a two-story home; {rel} {T("NAME_RELATIVE", pt_rel.full)} ({T("PHONE", phone(c, t.area))}) is the main support and agrees with short-term rehab.
Choice list given; first choice {T("HOSPITAL", snf)} in {T("CITY", snf_t.name)}, {snf_t.state}. Referral sent via portal {T("URL", url(c, "referrals.carelinkhub.com", "r"))}; clinicals faxed to {T("FAX", phone(c, snf_t.area))} attn admissions ({T("NAME_CLINICIAN", who(c).full)}).
Meds for transfer include ⟦dr|{g["drug"]}⟧ ⟦do|{g["dose"]}⟧ and ⟦dr|apixaban⟧ ⟦do|2.5 mg bid⟧. Last ⟦lab|{g["lab"]}⟧.
Transport: wheelchair van {c.pick("Tuesday", "tomorrow", "after lunch")}; pt's car (plate {T("VEHICLE", plate(c))}) remains in garage B, {rel} will collect.
Barriers: none. {p.mr} {T("NAME_PATIENT", p.last)} agrees with plan.

{T("NAME_CLINICIAN", cm.full)}, RN, CCM   {T("PHONE", phone(c, t.area))} | {T("EMAIL", email(c, cm, "casemgmt.org"))}
""")


def en4_incident(c: Ctx) -> Doc:
    p, t, d = who(c), town(c), day(c)
    a = age(c, 0.3)
    rep, md = who(c, "F"), who(c)
    witw, wit = kin(c, "son", "daughter", "grandson", "friend")
    dev = c.pick("insulin pump", "PCA pump", "wearable cardioverter-defibrillator", "bed exit alarm")
    return render(f"""SAFETY EVENT REPORT (confidential - patient safety work product)
Event #: {T("OTHER_ID", "SE" + str(d.year) + "-" + c.digits(5))}        Entered from workstation {T("IP", ip(c))}
Facility: {T("HOSPITAL", hospital(c, t, "hosp"))}     Unit: 6 West     Date/time of event: {T("DATE", de(c, d, "mdy0"))} {clock(c)}
Person affected: patient - {T("NAME_PATIENT", p.full)}, {A(a)}, MRN {T("MRN", mrn(c))}
Event type: fall, unassisted.   Harm score: {c.pick("no harm", "minor harm", "moderate harm")}

Description: At approx {clock(c)} pt was found on the floor beside the bed by {T("NAME_CLINICIAN", rep.first)} (RN). Bed alarm was on but did not sound. {dev} serial {T("DEVICE", serial(c))} was still attached and intact. Pt states "I just wanted the bathroom". Visitor {T("NAME_RELATIVE", wit.full)} ({witw}) witnessed the fall.
Assessment: ⟦me|GCS 15⟧, small ⟦fi|hematoma⟧ over the ⟦an|right occiput⟧; on ⟦dr|apixaban⟧ so ⟦pr|CT head without contrast⟧ ordered (accession {T("ACCESSION", "CT" + c.digits(9))}) - negative. ⟦me|Morse Fall Scale 65⟧.
Notified: Dr. {T("NAME_CLINICIAN", md.last)} at {clock(c)}; family notified by phone {T("PHONE", phone(c, t.area))}.
Follow-up: bed alarm sent to biomed; ⟦ep|Morse Fall Scale⟧ reassessed each shift.

Reported by: {T("NAME_CLINICIAN", rep.full)}, RN   {T("DATE", de(c, d, "short"))}
""")


def en4_ipass(c: Ctx) -> Doc:
    t, d = town(c), day(c)
    out, into = who(c), who(c)
    rows = []
    for k in range(c.ri(2, 4)):
        p, g = who(c), c.ch(GEN)
        a = age(c, 0.15)
        relw, rel = kin(c, "wife", "husband", "son", "daughter")
        rows.append(f"""{k + 1}) {T("NAME_PATIENT", p.last.upper())}, {T("NAME_PATIENT", p.first)}  rm {c.ri(401, 460)}  MRN {T("MRN", mrn(c))}  {A(a)} yo {p.sex}
 I: {c.pick("watcher", "stable", "unstable")}
 P: ⟦fi|{g["dx"]}⟧; on ⟦dr|{g["drug"]}⟧ ⟦do|{g["dose"]}⟧. AM ⟦lab|{g["lab"]}⟧. {c.pick("Has", "Still has")} ⟦ep|{g["ep"]}⟧.
 A: - if {c.pick("MAP < 65", "SpO2 < 90", "UOP < 30 mL/h")} call senior; {p.his} {relw} {T("NAME_RELATIVE", rel.first)} wants a call if anything changes ({T("PHONE", phone(c, t.area))})
 S: {p.he} knows the plan; code status {c.pick("full", "DNR/DNI", "DNR")}
 S: {T("NAME_CLINICIAN", out.last)} to f/u ⟦pr|{g["proc"]}⟧ read""")
    return render(
        f"""I-PASS HANDOFF  nights -> days   {T("DATE", de(c, d, "md"))}
{T("HOSPITAL", hospital(c, t, "hosp"))} - Medicine team {c.ch("ABCD")} (Dr. {T("NAME_CLINICIAN", who(c).last)}'s team)
From: {T("NAME_CLINICIAN", out.init_last)}  To: {T("NAME_CLINICIAN", into.init_last)}

"""
        + "\n".join(rows)
        + f"""

synthesis by receiver: read back done, {T("NAME_CLINICIAN", into.first)} has the pager.
"""
    )


def en4_late_entry(c: Ctx) -> Doc:
    k = kin(c, "wife", "husband", "mother", "brother")
    p, t, d = who(c), town(c), day(c)
    a = age(c, 0.15)
    md, rn = who(c), who(c, "F")
    g = c.ch(GEN)
    late = shift(d, c.ri(1, 4))
    return render(f"""*** LATE ENTRY ***  Documented {T("DATE", de(c, late, "mdy"))} for care provided {T("DATE", de(c, d, "mdy"))}
Pt: {T("NAME_PATIENT", p.full)}   {T("MRN", mrn(c))}   Encounter {T("ACCOUNT", acct(c))}

ADDENDUM to progress note of {T("DATE", de(c, d, "long"))} by {T("NAME_CLINICIAN", md.full)}, {c.pick("MD", "DO")}:
The original note omitted that at {clock(c)} the patient ({A(a)} yo) had a ⟦fi|rapid response⟧ for ⟦me|HR 142⟧ and ⟦me|BP 84/50⟧. ⟦pr|bedside echocardiogram⟧ showed no effusion. Gave ⟦dr|normal saline⟧ ⟦do|1 L bolus⟧ and ⟦dr|metoprolol⟧ ⟦do|5 mg IV⟧. This is in the context of ⟦fi|{g["dx"]}⟧. I discussed it with {T("NAME_CLINICIAN", rn.first)} {T("NAME_CLINICIAN", rn.last)}, RN and with the patient's {k[0]} {T("NAME_RELATIVE", k[1].full)} by phone at {T("PHONE", phone(c, t.area))} the same evening.
Correction: the ⟦lab|{g["lab"]}⟧ listed as pending was resulted on {T("DATE", de(c, d, "mon"))}.
The original entry is otherwise unchanged. No other addenda.

Electronically signed: {T("NAME_CLINICIAN", md.inv)} ({c.pick("MD", "DO")})  NPI {T("LICENSE", luhn_npi(c))}  {T("DATE", de(c, late, "iso"))} {clock(c)}
""")


def en4_dictation(c: Ctx) -> Doc:
    k = kin(c, "daughter", "son", "wife")
    p, t, d = who(c), town(c), day(c)
    a = age(c, 0.1)
    md, ref = who(c), who(c)
    g = c.ch(GEN)
    low = p.full.lower() if c.chance(0.5) else p.full
    return render(f"""[VOICE RECOGNITION TRANSCRIPT - UNEDITED]  job {T("OTHER_ID", c.digits(7))}  station {T("IP", ip(c))}
this is doctor {T("NAME_CLINICIAN", md.last.lower())} dictating a clinic note on {T("NAME_PATIENT", low)} comma medical record number {T("MRN", mrn(c))} comma date of service {T("DATE", de(c, d, "long"))} period new paragraph
history of present illness colon the patient is a {A(a)} year old {"man" if p.sex == "M" else "woman"} referred by doctor {T("NAME_CLINICIAN", ref.full)} of {T("HOSPITAL", hospital(c, t, "clinic"))} for ⟦fi|{g["dx"]}⟧ period {p.he} reports being seen at {T("HOSPITAL", hospital(c, t, "hosp"))} on {T("DATE", de(c, shift(d, -c.ri(10, 60)), "md"))} comma where ⟦pr|{g["proc"]}⟧ was done period
medications colon ⟦dr|{g["drug"]}⟧ ⟦do|{g["dose"]}⟧ comma ⟦dr|atorvastatin⟧ ⟦do|40 mg⟧ at bedtime period
exam colon ⟦me|{g["meas"]}⟧ period ⟦lab|{g["lab"]}⟧ period
plan colon follow up in four weeks period {p.his} {k[0]} {T("NAME_RELATIVE", k[1].first.lower())} can be reached at {T("PHONE", phone(c, t.area))} period
end of dictation period copy to doctor {T("NAME_CLINICIAN", ref.last.lower())} period
D: {T("DATE", de(c, d, "short"))} T: {T("DATE", de(c, shift(d, 1), "short"))} / {c.letters(2).lower()}
""")


def en4_ocr_fax(c: Ctx) -> Doc:
    p, t, d = who(c), town(c), day(c)
    a = age(c, 0.15)
    md = who(c)
    g = c.ch(GEN)
    src = hospital(c, t, "hosp")
    return render(f"""{T("DATE", de(c, d, "mdy0"))} {clock(c)}   FROM: {T("FAX", phone(c, t.area))}   TO: {T("FAX", phone(c))}   P. {c.ri(2, 9)}/{c.ri(10, 14)}
{T("HOSPITAL", src)} HEALTH INFORMATION MGMT
   RECORDS RE
QUESTED - OUTSIDE
PT NAME : {T("NAME_PATIENT", p.inv.upper())}      DOB : {T("DATE", de(c, born(c, a, d), "mdy0"))}
MRN:{T("MRN", mrn(c))}  ACCT :{T("ACCOUNT", acct(c))}
ADDR : {T("ADDRESS_STREET", street(c).upper())}
{T("CITY", t.name.upper())} ,{T("PROVINCE_STATE", t.st)} {T("POSTCODE", zipcode(c, t))}
| DISCHARGE SUMMARY                 |
Attending: {T("NAME_CLINICIAN", md.inv.upper())} MD
Hospital course: {A(a)} yo admitted {T("DATE", de(c, shift(d, -8), "mdy"))} with
⟦fi|{g["dx"]}⟧. Treated with ⟦dr|{g["drug"]}⟧ ⟦do|{g["dose"]}⟧, im-
proved. ⟦lab|{g["lab"]}⟧ at dis-
charge. ⟦ep|{g["ep"]}⟧ removed prior to d/c.
Implanted device: dual chamber PPM, generator SN {T("DEVICE", serial(c))}, RA lead
SN {T("DEVICE", serial(c))}.
Rx: {T("OTHER_ID", "RX" + c.digits(7))} prescriber DEA {T("LICENSE", dea_no(c, md.last))}
  ---- this fax contains PHI. if received in error call {T("PHONE", phone(c, t.area))} ----
""")


def en4_audiology(c: Ctx) -> Doc:
    k = kin(c, "wife", "husband", "daughter")
    p, t, d = who(c), town(c), day(c)
    a = c.ri(90, 97) if c.chance(0.25) else c.ri(48, 89)
    aud = who(c)
    side = c.pick("right", "left")
    return render(f"""AUDIOLOGY EVALUATION
{T("HOSPITAL", hospital(c, t, "ent"))}   {T("DATE", de(c, d))}
Name: {T("NAME_PATIENT", p.full)}    DOB {T("DATE", de(c, born(c, a, d)))}    MRN {T("MRN", mrn(c))}
Ins: {c.pick("Humana Gold", "BCBS", "Aetna", "VA CCN")} member {T("INSURANCE", member_id(c))}

History: {A(a)} yo with progressive hearing loss, worse on the {side}. {c.pick("Decades", "Years")} of noise exposure at {T("WORKPLACE", company(c, t))} without protection. {p.his.capitalize()} {k[0]} {T("NAME_RELATIVE", k[1].first)} says the TV is "too loud".
Otoscopy: clear ⟦an|external auditory canals⟧, intact ⟦an|tympanic membranes⟧.
Audiogram: ⟦fi|bilateral sensorineural hearing loss⟧, ⟦me|PTA 58 dB HL⟧ {side}, ⟦me|word recognition 64%⟧. ⟦pr|tympanometry⟧ type A. ⟦ep|Weber test⟧ lateralizes to the better ear.
Devices: current hearing aids serial {T("DEVICE", serial(c))} (R) and {T("DEVICE", serial(c))} (L), fit {T("DATE", de(c, shift(d, -c.ri(400, 1500)), "mdy"))}.
Plan: candidacy work-up for ⟦pr|cochlear implant⟧; ⟦pr|MRI internal auditory canals⟧. Remote fitting app account {T("EMAIL", email(c, p))}.

{T("NAME_CLINICIAN", aud.full)}, Au.D., CCC-A   license {T("LICENSE", state_lic(c, t.st))}
""")


def en4_infusion(c: Ctx) -> Doc:
    k = kin(c, "sister", "brother", "friend")
    p, t, d = who(c), town(c), day(c)
    a = age(c, 0.05)
    o = c.ch(ONC)
    rn, ph, md = who(c, "F"), who(c), who(c)
    ht, wt = c.ri(150, 190), c.fl(48, 110)
    return render(f"""INFUSION CENTER ADMINISTRATION RECORD         Chair {c.ri(1, 18)}
{T("HOSPITAL", hospital(c, t, "onc"))}
Patient {T("NAME_PATIENT", p.inv)} ({A(a)} {p.sex})   MRN {T("MRN", mrn(c))}   Visit {T("ACCOUNT", acct(c))}   DOS {T("DATE", de(c, d, "mdy0"))}
Dx: ⟦fi|{o["dx"]}⟧ ({o["stage"]})   Cycle {c.ri(1, 6)} day 1   Treating MD: {T("NAME_CLINICIAN", md.init_last)}

Ht {ht} cm  Wt {wt} kg  ⟦me|BSA 1.{c.ri(45, 99)} m2⟧   ⟦me|T 36.{c.ri(4, 9)} C⟧   ⟦me|BP {c.ri(100, 150)}/{c.ri(60, 90)}⟧
Labs (accession {T("ACCESSION", c.digits(2) + "-" + c.digits(3) + "-" + c.digits(4))}): ⟦lab|ANC {c.fl(1.6, 6.0)} K/uL⟧, ⟦lab|platelets {c.ri(110, 380)} K/uL⟧, ⟦lab|creatinine 0.{c.ri(6, 99)} mg/dL⟧ - ok to treat.
Premeds: ⟦dr|ondansetron⟧ ⟦do|16 mg IV⟧, ⟦dr|dexamethasone⟧ ⟦do|12 mg IV⟧.
Drug: ⟦dr|{o["drug"]}⟧ ⟦do|{o["dose"]}⟧ - double checked by {T("NAME_CLINICIAN", rn.first)} and {T("NAME_CLINICIAN", ph.last)} (PharmD, lic {T("LICENSE", state_lic(c, t.st))}).
Access: ⟦an|right chest⟧ port, +blood return. Ambulatory pump serial {T("DEVICE", serial(c))} sent home for 46 h, disconnect {T("DATE", de(c, shift(d, 2), "md"))}.
Pt tolerated well. {p.he.capitalize()} drove; ride home with {k[0]} {T("NAME_RELATIVE", k[1].full)}.
RN: {T("NAME_CLINICIAN", rn.full)}, RN, OCN
""")


def en4_goals_of_care(c: Ctx) -> Doc:
    p, t, d = who(c), town(c), day(c)
    a = c.ri(90, 101) if c.chance(0.45) else c.ri(66, 89)
    md = who(c)
    k = kin(c, "son", "daughter", "nephew", "partner")
    proxy, other = k[1], who(c)
    g = c.ch(GEN)
    return render(f"""PALLIATIVE CARE - GOALS OF CARE CONVERSATION
{T("DATE", de(c, d, "long"))}  {T("HOSPITAL", hospital(c, t, "hosp"))}
Patient: {T("NAME_PATIENT", p.full)}, {A(a)}-year-old, MRN {T("MRN", mrn(c))}
Present: patient, health care proxy {T("NAME_RELATIVE", proxy.full)} ({k[0]}), {T("NAME_RELATIVE", other.first)} by speakerphone from {T("CITY", town(c).name)}, bedside RN {T("NAME_CLINICIAN", who(c).first)}, and myself.

{p.mr} {T("NAME_PATIENT", p.last)} understands that {p.his} ⟦fi|{g["dx"]}⟧ is advanced. Recent ⟦lab|{g["lab"]}⟧ and ⟦me|{g["meas"]}⟧. We discussed what matters most: being home, seeing the great-grandchildren, not being "hooked to machines".
Decisions: DNR/DNI; no ⟦pr|hemodialysis⟧; continue ⟦dr|{g["drug"]}⟧ ⟦do|{g["dose"]}⟧ for comfort; ⟦dr|lorazepam⟧ ⟦do|0.5 mg q6h prn⟧. POLST completed and signed; copy to proxy at {T("ADDRESS_STREET", street(c))}, {T("CITY", t.name)}, {T("PROVINCE_STATE", t.state)} {T("POSTCODE", zipcode(c, t))}.
Referral to {T("HOSPITAL", hospital(c, t, "snf"))} for hospice evaluation; intake line {T("PHONE", phone(c, t.area))}, fax {T("FAX", phone(c, t.area))}.
Time spent: {c.ri(35, 90)} minutes, >50% counseling.

{T("NAME_CLINICIAN", md.full)}, MD - Palliative Medicine
""")


def en4_hold(c: Ctx) -> Doc:
    k = kin(c, "mother", "roommate", "sister")
    p, t, d = who(c), town(c), day(c)
    a = age(c, 0.03)
    md = who(c)
    return render(f"""APPLICATION FOR EMERGENCY ADMISSION (72-HOUR HOLD)
Date: {T("DATE", de(c, d, "mdy0"))}   Time: {clock(c)}
Person detained: {T("NAME_PATIENT", p.inv)}   DOB {T("DATE", de(c, born(c, a, d), "mdy0"))}   SSN {T("SSN", ssn(c))}
Residence: {T("ADDRESS_STREET", street(c))}, {T("CITY", t.name)}, {T("PROVINCE_STATE", t.st)} {T("POSTCODE", zipcode(c, t))}
Employer: {T("WORKPLACE", company(c, t))}    ID found on person: {c.pick("US passport", "passport")} {T("PASSPORT", passport(c))}
Vehicle: {c.pick("sedan", "pickup", "minivan")} plate {T("VEHICLE", plate(c))} ({t.st}), VIN {T("VEHICLE", vin(c))}, left at scene

Circumstances: {T("CITY", t.name)} PD officer (badge on file) responded to a call from {p.his} {k[0]} {T("NAME_RELATIVE", k[1].full)} ({T("PHONE", phone(c, t.area))}). {p.he.capitalize()} had posted a goodbye message and was found with a bottle of ⟦dr|acetaminophen⟧. Police case {T("OTHER_ID", str(d.year % 100) + "-" + c.digits(6))}.
ED evaluation at {T("HOSPITAL", hospital(c, t, "hosp"))}: ⟦fi|major depressive disorder⟧ with ⟦fi|suicidal ideation⟧; ⟦lab|acetaminophen level 18 mcg/mL⟧ at 4 h, below the ⟦ep|Rumack-Matthew nomogram⟧ line; ⟦me|C-SSRS high risk⟧.
Danger to self: yes.  Gravely disabled: no.

Examining physician: {T("NAME_CLINICIAN", md.full)}, MD   license {T("LICENSE", state_lic(c, t.st))}   {T("DATE", de(c, d, "short"))}
""")


def en4_roi(c: Ctx) -> Doc:
    p, t, d = who(c), town(c), day(c)
    a = age(c, 0.08)
    clerk = who(c, "F")
    firm = c.pick("plaintiff's counsel", "auto insurer claims unit", "Social Security DDS", "new PCP office")
    relw, req = kin(c, "daughter", "son", "wife", "husband", "sister")
    return render(f"""RELEASE OF INFORMATION - REQUEST LOG
Request #{T("OTHER_ID", "ROI-" + c.digits(7))}   Received {T("DATE", de(c, d))}   Due {T("DATE", de(c, shift(d, 30)))}
Patient: {T("NAME_PATIENT", p.full)}   DOB {T("DATE", de(c, born(c, a, d)))}   MRN {T("MRN", mrn(c))}   ID checked: yes
Full SSN on authorization: {T("SSN", ssn(c))}
Address: {T("ADDRESS_STREET", street(c))}
         {T("CITY", t.name)}, {T("PROVINCE_STATE", t.st)}  {T("POSTCODE", zipcode(c, t))}
Identity verified with: {c.pick("passport", "foreign passport")} {T("PASSPORT", passport(c))}
Requester: {relw} {T("NAME_RELATIVE", req.full)} (POA on file), copy to {firm}  fax {T("FAX", phone(c))}  email {T("EMAIL", email(c, req))}
Records: ED visit {T("DATE", de(c, shift(d, -c.ri(30, 400)), "mdy"))} (acct {T("ACCOUNT", acct(c))}), imaging report ⟦pr|MRI lumbar spine⟧ (acc {T("ACCESSION", "MR" + c.digits(8))}), billing.
Sensitive: excludes ⟦fi|HIV⟧ and substance use records (42 CFR Part 2) unless specifically authorized.
Delivered: secure link {T("URL", url(c, "roi.healthrecordsportal.com", "dl"))}, opened from {T("IP", ip(c))}.
Processed by {T("NAME_CLINICIAN", clerk.full)}, RHIT   ext {c.ri(2000, 7999)}
""")


def en4_lactation(c: Ctx) -> Doc:
    p, t, d = who(c, "F"), town(c), day(c)
    a, grav = c.ri(19, 43), c.ri(1, 4)
    dad = who(c, "M", p.last if c.chance(0.6) else None)
    baby = who(c, c.pick("M", "F"), dad.last)
    lc = who(c, "F")
    born_d = shift(d, -c.ri(2, 9))
    wt_loss = c.fl(6.5, 11.5)
    return render(f"""LACTATION CONSULT - outpatient
{T("HOSPITAL", hospital(c, t, "hosp"))} Breastfeeding Medicine    {T("DATE", de(c, d))}
Mother: {T("NAME_PATIENT", p.full)}, {a} yo G{grav}P{c.ri(1, grav)}   MRN {T("MRN", mrn(c))}
Infant: {T("NAME_RELATIVE", baby.full)} ("{T("NAME_RELATIVE", baby.first)}"), born {T("DATE", de(c, born_d, "mdy"))}, infant MRN {T("MRN", mrn(c))}
Pediatrician: Dr. {T("NAME_CLINICIAN", who(c).last)}, {T("HOSPITAL", hospital(c, t, "clinic"))}

S: {T("NAME_PATIENT", p.first)} reports painful latch on the ⟦an|left breast⟧ since day 2; baby sleepy at the breast. Partner {T("NAME_RELATIVE", dad.first)} bottle-supplements at night. WIC participant, ID {T("OTHER_ID", c.digits(2) + "-" + c.digits(7))}.
O: ⟦fi|nipple trauma⟧ L > R; infant ⟦me|weight loss {wt_loss}%⟧ from birth weight; ⟦lab|bilirubin 11.4 mg/dL⟧ at 72 h per pediatrics. ⟦me|LATCH score 7⟧. Tight lingual frenulum, ⟦ep|Hazelbaker assessment⟧ function score 9 - referral for ⟦pr|frenotomy⟧ discussed.
A/P: positioning (football hold), ⟦dr|lanolin⟧ after feeds; pumping 8x/24 h with rental pump serial {T("DEVICE", serial(c))}. Consider ⟦dr|domperidone⟧ ⟦do|10 mg tid⟧ only via OB if supply stays low. Weight check {T("DATE", de(c, shift(d, 2), "mon"))}. Mom's cell {T("PHONE", phone(c, t.area))}, okay to text.

{T("NAME_CLINICIAN", lc.full)}, IBCLC, RN
""")


def en4_transfusion_reaction(c: Ctx) -> Doc:
    p, t, d = who(c), town(c), day(c)
    a = age(c, 0.15)
    rn, md, tech = who(c, "F"), who(c), who(c)
    return render(f"""BLOOD BANK - SUSPECTED TRANSFUSION REACTION INVESTIGATION
{T("HOSPITAL", hospital(c, t, "hosp"))} Transfusion Service
Patient: {T("NAME_PATIENT", p.inv.upper())}   MRN {T("MRN", mrn(c))}   BB armband {T("OTHER_ID", "BB" + c.digits(6))}   Age {A(a)}
Post-reaction specimen: {T("ACCESSION", c.digits(2) + c.letters(1) + c.digits(7))}, drawn {T("DATE", de(c, d, "mdy0"))} {clock(c)}
Product: RBC, group {c.pick("O", "A", "B")} {c.pick("POS", "NEG")}, started {clock(c)} by {T("NAME_CLINICIAN", rn.init_last)}, RN

Reported signs: ⟦me|T 38.9 C⟧ from 37.1, chills, ⟦me|HR 118⟧, no hypotension, no ⟦fi|hemoglobinuria⟧. Transfusion stopped at ~{c.ri(60, 180)} mL; ⟦dr|acetaminophen⟧ ⟦do|650 mg PO⟧ and ⟦dr|diphenhydramine⟧ ⟦do|25 mg IV⟧ given. IV site ⟦an|left antecubital⟧ clean.
Clerical check: correct patient and unit. ⟦pr|direct antiglobulin test⟧: ⟦lab|DAT negative⟧. No visible hemolysis. Unit returned for culture and ⟦ep|Gram stain⟧ - no organisms.
Interpretation: ⟦fi|febrile nonhemolytic transfusion reaction⟧. Recommend leukoreduced products (already) and premedication. Patient's {c.pick("wife", "husband", "daughter", "son")} informed at bedside.
Tech: {T("NAME_CLINICIAN", tech.full)}, MLS(ASCP)    Medical director: {T("NAME_CLINICIAN", md.full)}, MD   {T("DATE", de(c, shift(d, 1), "short"))}
""")


TEMPLATES = [
    ("en4_tumor_board", en4_tumor_board),
    ("en4_chaplain", en4_chaplain),
    ("en4_case_mgmt", en4_case_mgmt),
    ("en4_incident", en4_incident),
    ("en4_ipass", en4_ipass),
    ("en4_late_entry", en4_late_entry),
    ("en4_dictation", en4_dictation),
    ("en4_ocr_fax", en4_ocr_fax),
    ("en4_audiology", en4_audiology),
    ("en4_infusion", en4_infusion),
    ("en4_goals_of_care", en4_goals_of_care),
    ("en4_hold", en4_hold),
    ("en4_roi", en4_roi),
    ("en4_lactation", en4_lactation),
    ("en4_transfusion_reaction", en4_transfusion_reaction),
]
