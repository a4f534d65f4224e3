# Longer than 450 lines: fifteen whole English documents, each written out as literal inline-annotated text.
"""v5 English templates: whole documents written as literal text with ``[[CAT:value]]`` markup
(see _v5_kit.render). Document types not in v1-v3: dental, ophthalmology, PT progress, home-health
visit, pharmacy med-rec, ICU flowsheet narrative, genetic-counselling pedigree, portal replies,
cardiac rehab, wound-ostomy nurse, school clinic, correctional health, urgent care, endoscopy,
radiation-oncology consult."""

# ruff: noqa: E501  (whole notes written as literal text)
# each note stays laid out as the document it is (no formatter reflow):
# fmt: off

from __future__ import annotations

import datetime as dt

import _v5_kit as k
from _v5_kit import Ctx, Person, Place, m

D = k.fdate


def _pt(c: Ctx) -> tuple[Person, Place]:
    return Person(c), Place(c)


def _kin(c: Ctx, women: tuple[str, ...], men: tuple[str, ...]) -> tuple[str, Person]:
    """A relation word and a relative of the matching sex."""
    rel = Person(c)
    return c.ch(women if rel.sex == "F" else men), rel


def _dr(c: Ctx) -> str:
    return m("NAME_CLINICIAN", k.clinician(c))


def _drfull(c: Ctx) -> str:
    p = Person(c)
    return m("NAME_CLINICIAN", c.pick(p.full, f"{p.first[0]}. {p.last}", f"{p.first} {p.middle}. {p.last}"))


def _addr(c: Ctx, pl: Place, sep: str = ", ") -> str:
    st = c.pick(pl.state, pl.state, k.STATE_FULL[pl.state])
    return f"{m('ADDRESS_STREET', k.street_unit(c))}{sep}{m('CITY', pl.city)}, {m('PROVINCE_STATE', st)} {m('POSTCODE', c.pick(pl.zip, pl.zip4))}"


def dental(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    d = k.rdate(c)
    dds = Person(c)
    t = c.ch(["#3", "#14", "#19", "#30", "#18"])
    return k.render(f"""{m('HOSPITAL', c.pick(f'{pl.city} Family Dentistry', 'Bright Smiles Dental Group', f'{pl.city} Community Dental Clinic'))}
DENTAL PROGRESS NOTE            DOS: {m('DATE', D(c, d))}
Patient: {m('NAME_PATIENT', p.form(c))}   Chart #: {m('MRN', 'D' + c.digits(6))}   Ph: {m('PHONE', k.phone(c, pl.area))}
Subscriber ID {m('INSURANCE', c.letters(3) + c.digits(9))}  Group {m('INSURANCE', c.digits(6))}  (subscriber: {c.pick('spouse', 'mother', 'self')} {m('NAME_RELATIVE', Person(c).full)})
CC: "my back tooth is killing me" x 5 days. {m('NAME_PATIENT', p.nick or p.first)} reports swelling and pain on chewing, worse with cold.
Meds: [[DRUG:lisinopril]] [[DOSE:20 mg daily]], [[DRUG:alendronate]] [[DOSE:70 mg weekly]] (on it since {m('DATE', D(c, k.rdate(c, 2015, 2018), 'abbr'))}, note [[FINDING:MRONJ risk]]).
EXAM: tooth {t} with deep distal [[FINDING:caries]] into pulp, [[FINDING:percussion tenderness]] +, [[ANATOMY:buccal vestibule]] soft. PA radiograph: [[FINDING:periapical radiolucency]] [[MEASUREMENT:4 mm]]. Probing depths [[MEASUREMENT:3-5 mm]].
Dx: [[FINDING:symptomatic irreversible pulpitis]] with [[FINDING:apical periodontitis]].
TX: local [[DRUG:articaine]] 4% with epi [[DOSE:1.7 mL]] x2; [[PROCEDURE:pulpectomy]], canals medicated. Rx [[DRUG:amoxicillin]] [[DOSE:500 mg TID]] x7d, [[DRUG:ibuprofen]] [[DOSE:600 mg q6h prn]].
Next: [[PROCEDURE:root canal therapy]] completion and crown on {m('DATE', D(c, d + dt.timedelta(days=14), 'md'))}. Pt's daughter {m('NAME_RELATIVE', Person(c, 'F').first)} will drive ({m('PHONE', k.phone(c, pl.area))}).
Home: {_addr(c, pl)}
{m('NAME_CLINICIAN', dds.full)}, DDS   Lic. {m('LICENSE', c.pick('DDS', 'DN') + c.digits(5))}   NPI {m('LICENSE', k.npi(c))}
""")


def ophtho(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    b, a, af = k.old_age_en(c)
    od = Person(c)
    return k.render(f"""OPHTHALMOLOGY CLINIC - {m('HOSPITAL', c.pick(f'{pl.city} Eye Institute', 'Vision Partners of the Plains', f'{pl.city} Retina Associates'))}
{m('NAME_PATIENT', p.full)}  {b}{m('AGE_OVER_89', a)}{af} {p.sex}   MRN {m('MRN', c.digits(8))}   Visit {m('DATE', D(c, k.rdate(c)))}
Referred by Dr. {_dr(c)} for [[FINDING:decreased vision]] OS. Pt lives alone in {m('CITY', pl.city)}; still drives to church, DL {m('LICENSE', pl.state + c.digits(8))} expires {m('DATE', D(c, k.rdate(c, 2025, 2027), 'mdy0'))}.
VA cc: OD [[MEASUREMENT:20/40]], OS [[MEASUREMENT:20/200]]. IOP [[MEASUREMENT:16 mmHg]] / [[MEASUREMENT:19 mmHg]] by [[EPONYM:Goldmann applanation]].
SLE: OD [[FINDING:pseudophakia]], PCIOL well centered (SN {m('DEVICE', c.pick('', 'A') + c.digits(10))}); OS [[FINDING:dense nuclear sclerosis]] 3+.
DFE: OS [[FINDING:drusen]] and [[FINDING:geographic atrophy]], no heme. OCT [[ANATOMY:macula]] OS CST [[MEASUREMENT:238 um]].
A/P: 1. [[FINDING:visually significant cataract]] OS - plan [[PROCEDURE:phacoemulsification]] with IOL, biometry today.
2. [[FINDING:dry age-related macular degeneration]] - [[DRUG:AREDS2]] vitamins, Amsler grid.
Discussed that {p.he} does not meet vision standard for driving; {p.his} grandson {m('NAME_RELATIVE', Person(c, 'M').first)} (plate {m('VEHICLE', k.plate(c))}) will bring {'her' if p.sex == 'F' else 'him'} to surgery. Pre-op [[LAB:HbA1c 6.4%]].
Gtts: [[DRUG:latanoprost]] [[DOSE:0.005% 1 gtt qhs]] OU.
{m('NAME_CLINICIAN', od.full)}, MD   {m('PHONE', k.phone(c, pl.area))}  fax {m('FAX', k.phone(c, pl.area))}
""")


def pt_progress(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    d = k.rdate(c)
    return k.render(f"""PHYSICAL THERAPY PROGRESS REPORT (visit 8 of 12)
{m('HOSPITAL', c.pick('Peak Motion Physical Therapy', f'{pl.city} Sports & Spine Rehab', 'ProActive PT'))} - fax {m('FAX', k.phone(c, pl.area))}
Pt {m('NAME_PATIENT', p.form(c))}  DOB {m('DATE', D(c, k.rdate(c, 1955, 1990)))}  Claim # {m('OTHER_ID', c.pick('WC-', '') + c.digits(9))}
Employer {m('WORKPLACE', c.ch(k.EMPLOYERS))}, adjuster line {m('PHONE', k.phone(c))}
Dx: [[FINDING:rotator cuff tear]] R s/p [[PROCEDURE:arthroscopic rotator cuff repair]] on {m('DATE', D(c, k.rdate(c), 'long'))} by Dr. {_dr(c)}.
S: pt states "way better, can reach the cupboard". Pain [[MEASUREMENT:3/10]] at rest. {p.he.capitalize()} wants to go back to work on {m('DATE', D(c, d, 'md'))}.
O: AROM [[ANATOMY:shoulder]] flexion [[MEASUREMENT:150 deg]], ER [[MEASUREMENT:45 deg]]. Strength 4-/5. [[EPONYM:Hawkins-Kennedy test]] neg. QuickDASH [[MEASUREMENT:34]].
A: progressing toward goals; limited overhead lifting.
P: cont 2x/wk, progress to [[PROCEDURE:therapeutic exercise]]. HEP reviewed. Pt takes [[DRUG:meloxicam]] [[DOSE:15 mg daily]].
Treating therapist {_drfull(c)}, PT, DPT  Lic # {m('LICENSE', 'PT' + c.digits(6))}   co-signed {_dr(c)}
""")


def home_health(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    rel = Person(c)
    relation = c.pick("son", "nephew", "grandson") if rel.sex == "M" else c.pick("daughter", "niece", "granddaughter")
    return k.render(f"""HOME HEALTH SKILLED NURSING VISIT  {m('DATE', D(c, k.rdate(c), 'mdy0'))}  time in 0915 out 1010
Agency: {m('HOSPITAL', c.pick('Heartland Home Health', 'Visiting Nurse Association of ' + pl.city, 'Guardian Angels Home Care'))}
Patient: {m('NAME_PATIENT', p.full)} ({k.age_phrase(c, 0.5)})  Address: {_addr(c, pl)}
Directions: gravel road past the grain elevator, blue trailer; {c.pick('gate code', 'lockbox')} 4471. Caregiver {m('NAME_RELATIVE', rel.first)} ({relation} {m('NAME_RELATIVE', rel.full)}, cell {m('PHONE', k.phone(c, pl.area))}).
Medicare MBI {m('INSURANCE', c.digits(1) + c.letters(2) + c.digits(1) + '-' + c.letters(2) + c.digits(1) + '-' + c.letters(2) + c.digits(2))}
HB: [[FINDING:chronic heart failure]] and [[FINDING:COPD]] on home O2 [[MEASUREMENT:2 L/min]] via concentrator SN {m('DEVICE', c.letters(2) + c.digits(9))}.
VS: [[MEASUREMENT:BP 108/62]], [[MEASUREMENT:HR 88]], [[MEASUREMENT:SpO2 91%]], wt [[MEASUREMENT:182 lb]] (up 4 lb). [[FINDING:bilateral pedal edema]] 2+.
Meds reviewed: [[DRUG:furosemide]] [[DOSE:40 mg BID]], [[DRUG:tiotropium]], [[DRUG:warfarin]]; [[LAB:INR 2.6]] by home meter SN {m('DEVICE', c.alnum(10))}.
Called Dr. {_dr(c)}'s office {m('PHONE', k.phone(c, pl.area))} re weight gain; orders to add [[DOSE:20 mg]] [[DRUG:metolazone]] x1.
Pt's car ({m('VEHICLE', k.plate(c))}) not driven since fall. Next visit {m('DATE', D(c, k.rdate(c), 'dmony'))}.
RN: {_drfull(c)}
""")


def med_rec(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    ph = k.pharmacy(c, pl)
    rx = [m("OTHER_ID", c.pick("Rx ", "Rx#", "") + c.digits(7)) for _ in range(3)]
    pr = Person(c)
    kin, rel = _kin(c, ("wife", "sister", "daughter"), ("husband", "brother", "son"))
    return k.render(f"""PHARMACY ADMISSION MEDICATION RECONCILIATION
{m('NAME_PATIENT', p.form(c))}   MRN: {m('MRN', c.pick('M', '') + c.digits(7))}   FIN {m('ACCOUNT', c.digits(10))}   Adm {m('DATE', D(c, k.rdate(c), 'iso'))}
Sources: pt interview, {kin} {m('NAME_RELATIVE', rel.first)}, fill history from {m('HOSPITAL', ph)} ({m('PHONE', k.phone(c, pl.area))}).
| medication | dose | last fill | Rx |
| [[DRUG:apixaban]] | [[DOSE:5 mg BID]] | {m('DATE', D(c, k.rdate(c), 'md'))} | {rx[0]} |
| [[DRUG:metoprolol succinate]] | [[DOSE:50 mg daily]] | {m('DATE', D(c, k.rdate(c), 'md'))} | {rx[1]} |
| [[DRUG:oxycodone]] | [[DOSE:5 mg q6h prn]] | {m('DATE', D(c, k.rdate(c), 'mdy'))} | {rx[2]} |
Oxycodone prescriber: {m('NAME_CLINICIAN', pr.full)}, DEA {m('LICENSE', k.dea(c, pr.last))}. PDMP checked, no overlaps.
Discrepancies: pt stopped [[DRUG:atorvastatin]] for [[FINDING:myalgia]]; [[LAB:CK 212 U/L]]. [[FINDING:atrial fibrillation]] - CHA2DS2-VASc [[MEASUREMENT:4]]. [[LAB:creatinine 1.4 mg/dL]], [[LAB:eGFR 48]].
Recommend hold apixaban until after [[PROCEDURE:colonoscopy]]; discussed with {_dr(c)}.
{_drfull(c)}, PharmD, BCPS  x{c.digits(4)}
""")


def icu_narrative(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    kin, rel = _kin(c, ("wife", "daughter", "sister"), ("husband", "son", "brother"))
    return k.render(f"""MICU NURSING NARRATIVE 1900-0700  {m('DATE', D(c, k.rdate(c), 'mdy0'))}
{m('NAME_PATIENT', p.last.upper())}, {p.first.upper()}  MRN {m('MRN', c.digits(9))}  Acct {m('ACCOUNT', c.pick('V', 'E') + c.digits(9))}  bed 12
1900 report from {m('NAME_CLINICIAN', Person(c).first)} RN. Pt intubated for [[FINDING:ARDS]], [[MEASUREMENT:FiO2 60%]] [[MEASUREMENT:PEEP 12]]. [[MEASUREMENT:RASS -2]].
Drips: [[DRUG:norepinephrine]] [[DOSE:0.08 mcg/kg/min]], [[DRUG:propofol]] [[DOSE:30 mcg/kg/min]], [[DRUG:fentanyl]] [[DOSE:50 mcg/hr]].
2200 [[MEASUREMENT:MAP 58]], bolus 500 mL LR per {_dr(c)} (intensivist). Art line R radial. [[EPONYM:Foley catheter]] UOP [[MEASUREMENT:25 mL/hr]].
0200 ABG [[LAB:pH 7.29]] / [[LAB:PaCO2 52]] / [[LAB:PaO2 68]]. [[LAB:lactate 3.1]]. Proned at 0300 with RT {m('NAME_CLINICIAN', Person(c).first)}.
0500 family update: {kin} {m('NAME_RELATIVE', rel.full)} called from {m('CITY', k.Place(c).city)}, {m('PHONE', k.phone(c))}; updated on plan.
Monitor gateway {m('IP', c.pick(k.ipv4(c), k.ipv6(c)))} alarmed x2 (lead off). Pump SN {m('DEVICE', c.alnum(9))} replaced.
{_drfull(c)}, RN
""")


def genetics(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    mom, sis, gm = Person(c, "F"), Person(c, "F"), Person(c, "F")
    b1, a1, f1 = k.old_age_en(c)
    return k.render(f"""GENETIC COUNSELING - PEDIGREE NOTE   {m('DATE', D(c, k.rdate(c), 'long'))}
Proband: {m('NAME_PATIENT', p.full)}, MRN {m('MRN', c.digits(8))}, referred by {_dr(c)} ({m('HOSPITAL', k.hospital(c, pl))}).
Indication: personal history of [[FINDING:triple-negative breast cancer]] at 38; [[PROCEDURE:bilateral mastectomy]].
Family history (3 generations):
 - mother {m('NAME_RELATIVE', mom.first)}: [[FINDING:ovarian cancer]] dx 52, died in {m('CITY', k.Place(c).city)}.
 - sister {m('NAME_RELATIVE', sis.full)}, lives in {m('CITY', k.Place(c).city)}: unaffected, {m('EMAIL', k.email(c, sis))}.
 - maternal grandmother {m('NAME_RELATIVE', gm.first + ' ' + gm.last)}, {b1}{m('AGE_OVER_89', a1)}{f1}, [[FINDING:pancreatic cancer]].
 - father {m('NAME_RELATIVE', Person(c, 'M').first)}: [[FINDING:prostate cancer]], Gleason [[MEASUREMENT:3+4=7]].
Ancestry: Ashkenazi Jewish (maternal). Panel ordered: [[PROCEDURE:multigene panel testing]] incl. [[LAB:BRCA1]], [[LAB:BRCA2]], PALB2; lab requisition {m('ACCESSION', c.letters(2) + c.digits(8))}.
Discussed [[EPONYM:Lynch syndrome]] less likely; cascade testing letters for relatives. Results by phone {m('PHONE', k.phone(c, pl.area))}.
{_drfull(c)}, MS, CGC
""")


def portal(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    nick = p.nick or p.first
    doc = Person(c)
    return k.render(f"""MyChart message thread  (conversation {m('OTHER_ID', c.digits(10))})
From: {m('NAME_PATIENT', p.full)} <{m('EMAIL', k.email(c, p))}>  sent {m('DATE', D(c, k.rdate(c), 'mdy'))} 9:42 PM from {m('IP', c.pick(k.ipv4(c), k.ipv6(c)))}
"hi dr {m('NAME_CLINICIAN', doc.last.lower())} its {m('NAME_PATIENT', nick)} again. the [[DRUG:sertraline]] [[DOSE:100 mg]] makes me jittery, can i go back to [[DOSE:50 mg]]? also my [[FINDING:rash]] on the [[ANATOMY:left forearm]] is back. pic here {m('URL', 'https://photos.app.goo.gl/' + c.token(12))} thx"
Reply ({m('DATE', D(c, k.rdate(c), 'abbr'))}) - {m('NAME_CLINICIAN', doc.full)}, MD:
Hi {m('NAME_PATIENT', nick)}, yes, go back to 50 mg daily. The photo looks like [[FINDING:nummular eczema]]; use [[DRUG:triamcinolone]] [[DOSE:0.1% cream BID]]. If it is not better in 2 weeks book a video visit: {m('URL', 'https://' + c.pick('zoom.us/j/', 'doxy.me/') + c.digits(10))}.
Reply from nurse {m('NAME_CLINICIAN', Person(c).first)}: your [[LAB:TSH 2.1]] was normal. Call {m('PHONE', k.phone(c, pl.area))} with questions.
""")


def urgent_care(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    return k.render(f"""{m('HOSPITAL', c.pick('FastCare Urgent Care', f'{pl.city} Urgent Care', 'MedExpress'))} - {m('CITY', pl.city)}, {pl.state}
Name: {m('NAME_PATIENT', p.form(c))}   DOB: {m('DATE', D(c, k.rdate(c, 1950, 2000), 'mdy0'))}   SSN: {m('SSN', k.ssn(c))}
Acct# {m('ACCOUNT', c.digits(8))}  Ins: {c.pick('Aetna', 'Cigna', 'Medicaid', 'BCBS')} ID {m('INSURANCE', c.letters(1) + c.digits(10))}
Employer: {m('WORKPLACE', c.ch(k.EMPLOYERS))}  (work-related: {c.pick('yes', 'no')})
HPI: restrained driver in low-speed MVC today on {m('ADDRESS_STREET', c.ch(k.STREET_NAMES) + ' ' + c.ch(['Rd', 'Hwy', 'Ave']))}; car {m('VEHICLE', k.plate(c))}, VIN {m('VEHICLE', k.vin(c))}. c/o [[FINDING:neck pain]].
Exam: [[ANATOMY:cervical spine]] paraspinal tenderness, no midline. [[EPONYM:Canadian C-spine rule]] negative. [[MEASUREMENT:BP 142/88]].
Dx: [[FINDING:cervical strain]]. Plan: [[DRUG:cyclobenzaprine]] [[DOSE:5 mg qhs]], [[DRUG:naproxen]] [[DOSE:500 mg BID]]. Police report # {m('OTHER_ID', c.digits(2) + '-' + c.digits(6))}.
Seen by {_dr(c)} PA-C; attending {m('NAME_CLINICIAN', Person(c).full)}. Work note faxed to {m('FAX', k.phone(c, pl.area))}.
""")


def endoscopy(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    return k.render(f"""ENDOSCOPY REPORT   {m('HOSPITAL', k.hospital(c, pl))} GI Lab
Patient: {m('NAME_PATIENT', p.full)}   MRN {m('MRN', c.digits(7))}   Date of procedure: {m('DATE', D(c, k.rdate(c)))}
Age: {k.age_phrase(c, 0.3)}. Endoscopist: {_drfull(c)}, MD. Anesthesia: [[DRUG:propofol]] MAC by {_dr(c)}, CRNA.
Procedure: [[PROCEDURE:EGD]] and [[PROCEDURE:colonoscopy]] to [[ANATOMY:cecum]]; [[MEASUREMENT:Boston Bowel Prep Scale 8]].
Findings: [[FINDING:Barrett's esophagus]] C2M4; [[MEASUREMENT:12 mm]] sessile polyp [[ANATOMY:ascending colon]], removed by cold snare. [[FINDING:diverticulosis]].
Specimens: A {m('ACCESSION', c.pick('S', 'SP') + c.digits(2) + '-' + c.digits(5))}, B {m('ACCESSION', c.pick('S', 'SP') + c.digits(2) + '-' + c.digits(5))}.
Recs: [[DRUG:pantoprazole]] [[DOSE:40 mg daily]]; repeat in 3 years. Results letter to {_addr(c, pl)}.
Responsible adult: {m('NAME_RELATIVE', Person(c).full)} ({m('PHONE', k.phone(c, pl.area))}).
""")


def correctional(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    kin, rel = _kin(c, ("mother", "girlfriend", "aunt"), ("father", "uncle", "brother"))
    return k.render(f"""{pl.city.upper()} COUNTY DETENTION CENTER - MEDICAL UNIT
Inmate: {m('NAME_PATIENT', p.last.upper())}, {m('NAME_PATIENT', p.first.upper())}   Booking # {m('OTHER_ID', c.digits(2) + '-' + c.digits(5))}  SO# {m('OTHER_ID', c.digits(6))}
SSN {m('SSN', k.ssn(c))}   DOB {m('DATE', D(c, k.rdate(c, 1960, 2003), 'mdy'))}   Intake {m('DATE', D(c, k.rdate(c), 'mdy'))}
S: reports [[FINDING:opioid use disorder]], last use of [[DRUG:fentanyl]] 2 days ago. COWS [[MEASUREMENT:11]]. Hx [[FINDING:hepatitis C]].
O: [[MEASUREMENT:HR 104]], diaphoretic, [[FINDING:piloerection]]. [[LAB:HCV RNA detectable]].
P: start [[DRUG:buprenorphine-naloxone]] [[DOSE:8-2 mg SL daily]]; MOUD per protocol. Sent to {m('HOSPITAL', k.hospital(c, pl))} ED on {m('DATE', D(c, k.rdate(c), 'md'))} for chest pain, transport unit {m('VEHICLE', k.plate(c))}.
Emergency contact: {kin} {m('NAME_RELATIVE', rel.full)}, {m('PHONE', k.phone(c, pl.area))}.
Seen by {_dr(c)}, NP. Officer {Person(c).last[0]}. present.
""")


def sports(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    par = Person(c)
    return k.render(f"""SPORTS MEDICINE CLEARANCE - {m('HOSPITAL', c.pick('OrthoSport Clinic', f'{pl.city} Orthopedic & Sports Medicine', 'Champion Sports Medicine'))}
Athlete: {m('NAME_PATIENT', p.full)}, {c.ri(14, 22)} y/o, {c.pick('wrestling', 'soccer', 'volleyball', 'track')}, {m('WORKPLACE', pl.city + ' ' + c.pick('High School', 'Community College'))} (student athlete; works at {m('WORKPLACE', c.ch(k.EMPLOYERS))})
Parent/guardian: {m('NAME_RELATIVE', par.full)} {m('EMAIL', k.email(c, par))}  {m('PHONE', k.phone(c, pl.area))}
Team travels to Monterrey, Mexico on {m('DATE', D(c, k.rdate(c), 'long'))}; passport {m('PASSPORT', c.digits(9))} (exp {m('DATE', D(c, k.rdate(c, 2027, 2031), 'mdy0'))}).
Hx: [[FINDING:concussion]] on {m('DATE', D(c, k.rdate(c), 'md'))}; SCAT5 symptom score [[MEASUREMENT:2]]. [[FINDING:exercise-induced bronchospasm]] on [[DRUG:albuterol]] [[DOSE:2 puffs]] pre-exercise.
Exam: [[MEASUREMENT:BP 118/70]], [[ANATOMY:ACL]] stable, [[EPONYM:Lachman test]] neg. [[LAB:ferritin 18]].
ECG: no [[FINDING:Wolff-Parkinson-White pattern]]. Cleared after graded return-to-play. Signed {_drfull(c)}, DO  {m('LICENSE', c.pick('DO', 'OS') + c.digits(5))}
""")


def dictation(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    return k.render(f"""dictated but not read. job {m('OTHER_ID', c.digits(8))}
this is doctor {m('NAME_CLINICIAN', k.clinician(c).lower())} dictating a cardiac rehab note on {m('NAME_PATIENT', p.first.lower())} {m('NAME_PATIENT', p.last.lower())} comma medical record number {m('MRN', c.digits(7))} period date of service {m('DATE', D(c, k.rdate(c), 'long'))} period
new paragraph the patient is a {k.age_phrase(c, 0.4)} status post [[PROCEDURE:CABG]] times three comma here for phase two [[PROCEDURE:cardiac rehabilitation]] session twelve period {p.he} walked [[MEASUREMENT:22 minutes]] on the treadmill comma peak [[MEASUREMENT:HR 118]] comma [[MEASUREMENT:RPE 13]] period no [[FINDING:angina]] period
new paragraph meds [[DRUG:aspirin]] [[DOSE:81 mg]] comma [[DRUG:clopidogrel]] comma [[DRUG:rosuvastatin]] [[DOSE:40 mg]] period [[LAB:LDL 64]] period
{p.his} {'husband' if p.sex == 'F' else 'wife'} {m('NAME_RELATIVE', Person(c, 'M' if p.sex == 'F' else 'F').first.lower())} attends sessions period {p.he} works at {m('WORKPLACE', c.ch(k.EMPLOYERS))} and hopes to return {m('DATE', D(c, k.rdate(c), 'longth'))} period copy to doctor {m('NAME_CLINICIAN', k.clinician(c))} at {m('HOSPITAL', k.hospital(c, pl))} fax {m('FAX', k.phone(c, pl.area))} period end of dictation
""")


def ocr_fax(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    return k.render(f"""FAX  FROM: {m('HOSPITAL', k.hospital(c, pl).upper())}   {m('FAX', k.phone(c, pl.area))}   {m('DATE', D(c, k.rdate(c), 'mdy0'))} 14:02 P.001/003
TO: {m('HOSPITAL', c.pick('Pinnacle Wound & Ostomy Center', 'WOUND CARE CENTER OF ' + pl.city.upper()))}  ATTN {_dr(c)}
WOUND OSTOMY NURSE NOTE  PT: {m('NAME_PATIENT', p.last.upper())}, {m('NAME_PATIENT', p.first.upper())}  DOB: {m('DATE', D(c, k.rdate(c, 1935, 1975), 'mdy0'))}  MRN:
{m('MRN', c.digits(8))}  INS ID {m('INSURANCE', c.letters(3) + c.digits(8))}
pt s/p [[PROCEDURE:loop ileostomy]] for [[FINDING:rectal cancer]]. stoma [[MEASUREMENT:32 mm]], pink, moist; peristomal [[FINDING:irritant dermatitis]] at 6 o'clock. pouch leaking q
1-2 days. changed to convex 1-pc, [[DRUG:stoma powder]], barrier ring. output [[MEASUREMENT:1.2 L/day]]; start [[DRUG:loperamide]] [[DOSE:2 mg QID]], [[LAB:Mg 1.6]]. pt's spouse {m('NAME_RELATIVE', Person(c).first)}
taught. supplies from {m('HOSPITAL', k.pharmacy(c, pl))}. cb {m('PHONE', k.phone(c, pl.area))}.
{m('NAME_CLINICIAN', Person(c).full.upper())} RN CWOCN   {m('EMAIL', c.fen.user_name() + '@' + c.pick('wocnmail.org', 'hospital.org'))}
CONFIDENTIAL: if received in error call {m('PHONE', k.phone(c, pl.area))}
""")


def radonc(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    return k.render(f"""RADIATION ONCOLOGY CONSULTATION  {m('HOSPITAL', c.pick('Cancer Center of ' + pl.city, k.hospital(c, pl)))}
{m('NAME_PATIENT', p.full)}  MRN {m('MRN', c.digits(8))}  DOB {m('DATE', D(c, k.rdate(c, 1930, 1970), 'iso'))}  consult {m('DATE', D(c, k.rdate(c), 'abbr'))}
Referring: {_drfull(c)} (med onc). Tumor board discussed on {m('DATE', D(c, k.rdate(c), 'md'))}.
{'Ms.' if p.sex == 'F' else 'Mr.'} {m('NAME_PATIENT', p.last)} is visiting from abroad (passport {m('PASSPORT', c.letters(1) + c.digits(8))}) and staying with {p.his} nephew {m('NAME_RELATIVE', Person(c, 'M').full)} at {_addr(c, pl)}.
Dx: [[FINDING:non-small cell lung cancer]], [[ANATOMY:right upper lobe]], [[MEASUREMENT:cT2aN0M0]]; biopsy {m('ACCESSION', c.pick('CP', 'NP') + c.digits(2) + '-' + c.digits(6))}. [[LAB:PD-L1 TPS 60%]]. [[FINDING:COPD]] FEV1 [[MEASUREMENT:0.9 L]] - not a surgical candidate.
Plan: [[PROCEDURE:stereotactic body radiation therapy]] [[DOSE:54 Gy in 3 fractions]]. Port SN {m('DEVICE', c.digits(8))}. Sim on {m('DATE', D(c, k.rdate(c), 'dmon'))}.
{_drfull(c)}, MD  NPI {m('LICENSE', k.npi(c))}
""")


def dermatology(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    d = k.rdate(c)
    team = k.clinician(c)
    return k.render(f"""Dermatology Clinic Note - {m('HOSPITAL', c.pick('Skin & Cancer Center of ' + pl.city, 'Prairie Dermatology', k.hospital(c, pl)))}
DOS {m('DATE', D(c, d))}  Pt {m('NAME_PATIENT', p.form(c))}  ({k.age_phrase(c, 0.3)})  MRN {m('MRN', c.digits(8))}
Seen with resident; staffed by {m('NAME_CLINICIAN', team)}. Referred from Dr. {m('NAME_CLINICIAN', k.clinician(c))}'s team at {m('HOSPITAL', k.hospital(c))}.
Pt is a retired farmer from {m('CITY', pl.city)} with decades of sun exposure, works part-time at {m('WORKPLACE', c.ch(k.EMPLOYERS))}.
Exam: [[MEASUREMENT:9 mm]] pearly papule with arborizing telangiectasia on [[ANATOMY:left nasal ala]]; scattered [[FINDING:actinic keratoses]] on scalp.
Procedure: [[PROCEDURE:shave biopsy]], specimen {m('ACCESSION', 'D' + c.digits(2) + '-' + c.digits(5))}; [[PROCEDURE:cryotherapy]] to 6 AKs. [[DRUG:lidocaine]] [[DOSE:1% with epinephrine 1 mL]].
Impression: r/o [[FINDING:basal cell carcinoma]], nodular. If confirmed, refer for [[PROCEDURE:Mohs surgery]] ({m('NAME_CLINICIAN', k.clinician(c))} at {m('PHONE', k.phone(c, pl.area))}).
Rx [[DRUG:fluorouracil]] [[DOSE:5% cream BID]] x 3 wk. Path results will post to portal {m('URL', 'https://mychart.' + c.pick('bluestemhealth', 'prairiederm', 'threerivershealth') + '.org/' + c.token(8))}.
-- {m('NAME_CLINICIAN', team)} MD, seen by {m('NAME_CLINICIAN', k.clinician(c))} PGY-3, {m('DATE', D(c, d, 'mdy'))}
""")


def bariatric(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    sp = Person(c)
    return k.render(f"""BARIATRIC SURGERY CONSULT
{m('NAME_PATIENT', p.full)} | DOB {m('DATE', D(c, k.rdate(c, 1965, 2000), 'mdy0'))} | MRN {m('MRN', c.digits(8))} | Plan ID {m('INSURANCE', c.letters(3) + c.digits(9))} grp {m('INSURANCE', c.digits(5) + c.letters(1))}
Self-referred after seminar on {m('DATE', D(c, k.rdate(c), 'long'))}. Lives at {_addr(c, pl)} with {p.his} {c.pick('partner', 'spouse')} {m('NAME_RELATIVE', sp.full)}.
Wt [[MEASUREMENT:312 lb]], [[MEASUREMENT:BMI 48.6]]. Comorbid: [[FINDING:obstructive sleep apnea]] on CPAP (SN {m('DEVICE', c.digits(2) + c.letters(1) + c.digits(8))}), [[FINDING:type 2 diabetes]] ([[LAB:HbA1c 8.4%]]) on [[DRUG:semaglutide]] [[DOSE:1 mg weekly]], [[FINDING:GERD]].
Plan: [[PROCEDURE:Roux-en-Y gastric bypass]] preferred over sleeve given GERD. Psych eval with {m('NAME_CLINICIAN', Person(c).full)}, PhD; dietitian {m('NAME_CLINICIAN', Person(c).first)}; [[PROCEDURE:upper endoscopy]].
Employer {m('WORKPLACE', c.ch(k.EMPLOYERS))} requires FMLA forms: fax {m('FAX', k.phone(c))}. SSN on file {m('SSN', k.ssn(c))}.
{_drfull(c)}, MD, FACS
""")


def addiction(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    return k.render(f"""ADDICTION MEDICINE FOLLOW-UP   {m('HOSPITAL', c.pick('Bridge Clinic', 'New Dawn Recovery Center', pl.city + ' Opioid Treatment Program'))}
{m('NAME_PATIENT', p.first)} {m('NAME_PATIENT', p.last)} (goes by {m('NAME_PATIENT', p.nick or p.first[:3])})  MRN {m('MRN', c.digits(7))}  PDMP checked {m('DATE', D(c, k.rdate(c), 'iso'))}
Interval: 4 wks on [[DRUG:buprenorphine]] [[DOSE:16 mg daily]]. UDS [[LAB:buprenorphine positive]], [[LAB:fentanyl negative]]. Cravings 2/10.
Lives with sister {m('NAME_RELATIVE', Person(c, 'F').first)} in {m('CITY', pl.city)}; sponsor is {m('NAME_RELATIVE', Person(c).first)}. Works nights at {m('WORKPLACE', c.ch(k.EMPLOYERS))}.
Driver's license reinstated ({m('LICENSE', pl.state[0] + c.digits(3) + '-' + c.digits(3) + '-' + c.digits(3))}); drug court case {m('OTHER_ID', c.digits(2) + 'CR' + c.digits(5))}, probation officer contact on file.
[[FINDING:hepatitis C]] cured after [[DRUG:sofosbuvir-velpatasvir]]; [[LAB:HCV RNA undetectable]]. [[DRUG:naloxone]] kit renewed.
Telehealth next visit: {m('URL', 'https://' + c.pick('doxy.me/', 'vsee.me/u/') + c.pick('dr', 'clinic') + k.clinician(c).lower().replace(' ', '').replace("'", ''))}, pt IP last visit {m('IP', k.ipv6(c) if c.chance(0.5) else k.ipv4(c))}.
Seen by {m('NAME_CLINICIAN', k.clinician(c))}. X-waiver no longer required; DEA {m('LICENSE', k.dea(c, k.clinician(c)))}.
""")


def anesthesia(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    b, a, af = k.old_age_en(c)
    return k.render(f"""INTRAOPERATIVE ANESTHESIA RECORD  {m('HOSPITAL', k.hospital(c, pl))}  OR 7
Pt: {m('NAME_PATIENT', p.last.upper())}, {p.first[0]}.  {b}{m('AGE_OVER_89', a)}{af}  MRN {m('MRN', c.digits(8))}  CSN {m('ACCOUNT', c.digits(10))}  Date {m('DATE', D(c, k.rdate(c), 'mdy0'))}
Procedure: [[PROCEDURE:hip hemiarthroplasty]] R for [[FINDING:femoral neck fracture]]. ASA [[MEASUREMENT:ASA 3]]. Surgeon {m('NAME_CLINICIAN', k.clinician(c))}.
Anesthesiologist {_drfull(c)}, MD; CRNA {m('NAME_CLINICIAN', Person(c).full)}.
Induction: [[DRUG:spinal bupivacaine]] [[DOSE:12 mg]] at [[ANATOMY:L3-4]]; [[DRUG:phenylephrine]] [[DOSE:100 mcg]] boluses x3 for [[MEASUREMENT:SBP 84]].
Implant: femoral stem SN {m('DEVICE', c.letters(1) + c.digits(7))}, bipolar head SN {m('DEVICE', c.digits(9))}.
EBL [[MEASUREMENT:250 mL]]. [[LAB:Hgb 9.1]]. Pt to PACU stable. Health care proxy {m('NAME_RELATIVE', Person(c).full)} updated at {m('PHONE', k.phone(c, pl.area))}.
Anesthesia machine log {m('IP', k.ipv4(c))}
""")


def school_clinic(c: Ctx) -> k.Doc:
    p, pl = _pt(c)
    par = Person(c)
    return k.render(f"""SCHOOL-BASED HEALTH CENTER VISIT  {m('HOSPITAL', pl.city + ' School-Based Health Center')} at {m('WORKPLACE', c.pick('Roosevelt', 'Lincoln', 'Cesar Chavez', 'Sequoyah') + ' Middle School')}
Student: {m('NAME_PATIENT', p.first)} {m('NAME_PATIENT', p.last)}, grade 7, student ID {m('OTHER_ID', c.digits(9))}   {m('DATE', D(c, k.rdate(c), 'md'))}
Sent by teacher for [[FINDING:wheezing]] after PE. Peak flow [[MEASUREMENT:220 L/min]] (predicted 350). [[MEASUREMENT:SpO2 95%]].
Gave [[DRUG:albuterol]] [[DOSE:4 puffs]] via spacer with improvement. Dx [[FINDING:asthma exacerbation]], mild. Hx [[FINDING:atopic dermatitis]].
Called {'mom' if par.sex == 'F' else 'dad'} {m('NAME_RELATIVE', par.full)} at {m('PHONE', k.phone(c, pl.area))} (work: {m('WORKPLACE', c.ch(k.EMPLOYERS))}); Medicaid {m('INSURANCE', c.digits(11))}. Asthma action plan e-mailed to {m('EMAIL', k.email(c, par))}.
PCP: {m('NAME_CLINICIAN', k.clinician(c))} at {m('HOSPITAL', k.hospital(c, pl))}. Nurse {m('NAME_CLINICIAN', Person(c).first)} {m('NAME_CLINICIAN', k.clinician(c))}, RN
""")


TEMPLATES = [
    ("en5_dental", dental), ("en5_ophtho", ophtho), ("en5_pt_progress", pt_progress),
    ("en5_home_health", home_health), ("en5_med_rec", med_rec), ("en5_icu_narrative", icu_narrative),
    ("en5_genetics_pedigree", genetics), ("en5_portal_replies", portal), ("en5_urgent_care", urgent_care),
    ("en5_endoscopy", endoscopy), ("en5_correctional", correctional), ("en5_sports_clearance", sports),
    ("en5_cardiac_rehab_dictation", dictation), ("en5_wound_ostomy_fax", ocr_fax), ("en5_radonc_consult", radonc),
    ("en5_dermatology", dermatology), ("en5_bariatric_consult", bariatric), ("en5_addiction_medicine", addiction),
    ("en5_anesthesia_record", anesthesia), ("en5_school_clinic", school_clinic),
]
