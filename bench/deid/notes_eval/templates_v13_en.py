"""v13 English templates: 12 document types none of v1-v12 used (README.md "v13").

Each template takes a Ctx and returns a Doc; PHI goes in as P(...), keep terms as ⟦kind|term⟧ markup.
"""

# ruff: noqa: E501  (document text reads better unwrapped)

from __future__ import annotations

# Hand-laid data and document text: the formatter would triple the length.
# fmt: off
from _v13_kit import (
    WORDLIKE,
    Ctx,
    Doc,
    P,
    acc_en,
    account,
    addr_en,
    an_age,
    born,
    case_no,
    day,
    dea,
    dl_us,
    email_en,
    employer_en,
    en_date,
    hosp_en,
    ip,
    kin,
    lic_state,
    member,
    mrn_en,
    npi,
    passport,
    people,
    phone_en,
    place,
    plate_us,
    serial,
    shift,
    ssn,
    street,
    tm,
    url_en,
    vin,
    who,
)

V13_WORDLIKE = WORDLIKE


def t_stress(c: Ctx) -> Doc:
    p, ref, tech = people(c, 3)
    age = an_age(c, 0.15, 41, 86)
    d0 = day(c)
    h, hs = hosp_en(c)
    st = [(f"{s}", f"{3 * s}:00", str(88 + 18 * s + c.ri(0, 9)), f"{128 + 12 * s + c.ri(0, 8)}/{c.ri(68, 84)}", f"{2.3 * s + 2.3:.1f}") for s in range(1, c.ri(3, 5))]
    d = Doc()
    d.add("{h} | Cardiology Stress Laboratory\nEXERCISE TREADMILL STRESS TEST REPORT\n\n", h=P("HOSPITAL", h))
    d.add("Patient ........ {nm}\nDOB ............ {dob}   Age {age}\nMRN ............ {mrn}   Encounter {enc}\nStudy no. ...... {acc}\n",
          nm=P("NAME_PATIENT", p.f(c.pick("LF", "lf", "full"))), dob=en_date(c, born(c, age, d0)), age=P("AGE_OVER_89", str(age)) if age > 89 else str(age),
          mrn=P("MRN", mrn_en(c)), enc=P("ACCOUNT", account(c)), acc=P("ACCESSION", acc_en(c)))
    d.add("Test date ...... {dt}\nReferring ...... {ref}, MD  (fax {fax})\nECG cart ....... {ip}\n\n",
          dt=en_date(c, d0), ref=P("NAME_CLINICIAN", ref.f("init")), fax=P("FAX", phone_en(c, "d")), ip=P("IP", ip(c)))
    d.add("Indication: ⟦fi|exertional chest pressure⟧ in a patient with ⟦fi|hypertension⟧ and ⟦fi|hyperlipidemia⟧ "
          "(⟦lab|LDL 141 mg/dL⟧). Beta blocker held 48 h (⟦dr|metoprolol succinate⟧ ⟦do|50 mg daily⟧). {he} works rotating shifts at {emp}.\n\n",
          he=p.he.capitalize(), emp=P("WORKPLACE", employer_en(c)))
    d.add("Protocol: ⟦ep|Bruce protocol⟧. Resting ECG ⟦fi|normal sinus rhythm⟧, no ⟦fi|left ventricular hypertrophy⟧.\n\n")
    d.add("Stage  Time    HR    BP        METs\n")
    for s in st:
        d.add(f"{s[0]:<6} {s[1]:<7} {s[2]:<5} {s[3]:<9} {s[4]}\n")
    d.add("\nPeak: ⟦me|HR {hr} bpm⟧ ({pct}% of age-predicted), ⟦me|BP {bp} mmHg⟧, ⟦me|{mets} METs⟧, ⟦ep|Borg scale⟧ 17/20.\n",
          hr=str(150 + c.ri(0, 20)), pct=str(c.ri(85, 96)), bp=f"{168 + c.ri(0, 30)}/{c.ri(70, 90)}", mets=f"{c.ri(7, 12)}.{c.ri(0, 9)}")
    if c.chance(0.5):
        d.add("ST changes: ⟦fi|1.5 mm horizontal ST depression⟧ in ⟦an|leads V4-V6⟧ at stage 3, resolving by minute 4 of recovery.\n")
        d.add("⟦ep|Duke treadmill score⟧ ⟦me|-4⟧ (intermediate risk). Recommend ⟦pr|coronary CT angiography⟧ or ⟦pr|cardiac catheterization⟧.\n")
    else:
        d.add("No ischemic ST changes; no ⟦fi|ventricular ectopy⟧. ⟦ep|Duke treadmill score⟧ ⟦me|+7⟧ (low risk).\n")
    d.add("\nTechnologist: {tech}. Discussed with {p2} by phone at {ph} on {d2}.\nInterpreting: {md}, MD  NPI {npi}\n",
          tech=P("NAME_CLINICIAN", tech.f("first")), p2=[p.t + " ", P("NAME_PATIENT", p.last)], ph=P("PHONE", phone_en(c)),
          d2=en_date(c, shift(d0, 1), "md"), md=P("NAME_CLINICIAN", who(c).f("full")), npi=P("LICENSE", npi(c)))
    return d


def t_tb_contacts(c: Ctx) -> Doc:
    s0 = c.pick("F", "M")
    p, sp, kid = people(c, 3, s0 + ("M" if s0 == "F" else "F"))
    pl = place(c)
    d0 = day(c)
    h, hs = hosp_en(c)
    gma = an_age(c, 0.55, 70, 88)
    d = Doc()
    d.add("COUNTY HEALTH DEPARTMENT - TB CONTROL\nContact investigation worksheet   Case {case}\nOpened {dt} by {phn}, RN (public health nurse)\n\n",
          case=P("OTHER_ID", case_no(c, "TB")), dt=en_date(c, d0), phn=P("NAME_CLINICIAN", who(c).f("full")))
    d.add("Index case: {nm}  DOB {dob}  SSN {ssn}\nAddress: {addr}\nPhone: {ph}\nEmployer: {emp} (6 shifts/wk)\n",
          nm=P("NAME_PATIENT", p.f("LF")), dob=en_date(c, born(c, c.ri(24, 66), d0)), ssn=P("SSN", ssn(c)) if c.chance(0.6) else "unknown",
          addr=addr_en(c, pl), ph=P("PHONE", phone_en(c)), emp=P("WORKPLACE", employer_en(c)))
    d.add("Travel: returned from Manila {tdt}; passport {pp} seen.\n", tdt=en_date(c, shift(d0, -c.ri(40, 200))), pp=P("PASSPORT", passport(c)))
    d.add("Diagnosed at {h}: ⟦fi|cavitary pulmonary tuberculosis⟧ of the ⟦an|right upper lobe⟧, ⟦lab|AFB smear 3+⟧, "
          "⟦lab|GeneXpert MTB/RIF detected⟧, rifampin resistance not detected. Sputum accession {acc}.\n"
          "Started RIPE ({dt2}): ⟦dr|rifampin⟧ ⟦do|600 mg daily⟧, ⟦dr|isoniazid⟧ ⟦do|300 mg daily⟧, ⟦dr|pyrazinamide⟧, ⟦dr|ethambutol⟧, "
          "with ⟦dr|pyridoxine⟧ ⟦do|25 mg⟧. Infectious period set back 3 months from cough onset.\n\n",
          h=P("HOSPITAL", h), acc=P("ACCESSION", acc_en(c)), dt2=en_date(c, shift(d0, -3), "md"))
    d.add("name\trelation\tage\tphone\tlast exposure\tIGRA\tCXR\n")
    rows = [(P("NAME_RELATIVE", sp.f("full")), kin(c, sp.sex, ["wife"], ["husband"]), str(c.ri(25, 60)), P("PHONE", phone_en(c, "d")), en_date(c, d0, "md"),
             "⟦lab|QFT-Plus positive⟧", "⟦fi|no active disease⟧"),
            (P("NAME_RELATIVE", f"{kid.first} {p.last}"), "son" if kid.sex == "M" else "daughter", str(c.ri(2, 15)), "same", en_date(c, d0, "md"), "⟦lab|QFT-Plus negative⟧", "pending"),
            (P("NAME_RELATIVE", c.pick("陈秀兰", "黄玉梅", "林阿娇", "Lola Remedios")), "grandmother", P("AGE_OVER_89", str(gma)) if gma > 89 else str(gma),
             P("PHONE", phone_en(c, "o")), en_date(c, shift(d0, -2), "md"), "not done", "⟦fi|old granuloma⟧")]
    for r in rows:
        d.put(*[x for cell in r for x in (cell, "\t")][:-1], "\n")
    d.add("\nWorkplace: the kitchen manager gave a list of 14 coworkers; screening day set for {dt3}.\n"
          "Window prophylaxis with ⟦dr|rifapentine⟧ plus isoniazid (⟦pr|3HP⟧) for the child contact. Call {nm2} weekly for ⟦pr|directly observed therapy⟧.\n",
          dt3=en_date(c, shift(d0, 9), "mon"), nm2=P("NAME_PATIENT", p.f("first")))
    return d


def t_ama(c: Ctx) -> Doc:
    p, rel, md, rn = people(c, 4)
    age = an_age(c, 0.15, 38, 84)
    d0 = day(c)
    h, hs = hosp_en(c)
    d = Doc()
    d.add("{h}\nLEAVING THE HOSPITAL AGAINST MEDICAL ADVICE\n\nPatient name: {nm}\nMRN: {mrn}    FIN: {fin}\nDate/time: {dt} {t}\n",
          h=P("HOSPITAL", h), nm=P("NAME_PATIENT", p.f("full")), mrn=P("MRN", mrn_en(c)), fin=P("ACCOUNT", account(c)), dt=en_date(c, d0), t=tm(c))
    if c.chance(0.5):
        d.add("SSN: {s}\n", s=P("SSN", ssn(c)))
    d.add("\nI, {nm}, am leaving {hs} against the advice of Dr. {md}. The risks were explained to me, including "
          "⟦fi|myocardial infarction⟧, ⟦fi|ventricular arrhythmia⟧ and death.\n\n",
          nm=P("NAME_PATIENT", p.f("full")), hs=P("HOSPITAL", hs), md=P("NAME_CLINICIAN", md.last))
    d.add("Patient signature: ____________   Witness: {rn}, RN\n\n", rn=P("NAME_CLINICIAN", rn.f("full")))
    d.add("Nursing note: {age} y/o {sex} admitted with ⟦fi|NSTEMI⟧, ⟦lab|troponin I 0.38 ng/mL⟧ rising to ⟦lab|troponin I 1.9 ng/mL⟧, "
          "on ⟦dr|heparin⟧ drip and ⟦dr|aspirin⟧ ⟦do|81 mg⟧, scheduled for ⟦pr|left heart catheterization⟧ in the morning. "
          "Pt states {his} dog is alone and {rel} cannot stay over. A&Ox4, has capacity per {md2}. IV removed, catheter tip intact. "
          "Given ⟦dr|nitroglycerin⟧ ⟦do|0.4 mg SL⟧ prn, ⟦dr|atorvastatin⟧ ⟦do|80 mg⟧ and ⟦dr|clopidogrel⟧ scripts to {ph}.\n",
          age=P("AGE_OVER_89", str(age)) if age > 89 else str(age), sex=p.sex, his=p.his,
          rel=P("NAME_RELATIVE", rel.f("first")), md2=P("NAME_CLINICIAN", md.f("init")),
          ph=[P("HOSPITAL", c.pick("Two Rivers Community Pharmacy", "Mesquite Drug", "Kroger pharmacy on Cardinal Rd")), " (", P("PHONE", phone_en(c)), ")"])
    d.add("Ride: {rel} ({relship}) picked {him} up at the ED entrance in a silver Camry, plate {pl}. "
          "Follow-up phone {ph}. Told to call 911 for ⟦fi|chest pain⟧ at rest.\n",
          rel=P("NAME_RELATIVE", rel.f("full")), relship=kin(c, rel.sex, ["sister", "daughter", "partner"], ["son", "partner", "nephew"]), him="him" if p.sex == "M" else "her",
          pl=P("VEHICLE", plate_us(c)), ph=P("PHONE", phone_en(c)))
    return d


def t_opat(c: Ctx) -> Doc:
    p, id_md, rph = people(c, 3)
    age = an_age(c, 0.15, 34, 88)
    d0 = day(c)
    pl = place(c)
    h, hs = hosp_en(c)
    inf = c.ch(["Coram CVS Specialty Infusion", "Option Care Health", "Prairie Home Infusion", "Lone Star Infusion Pharmacy"])
    d = Doc()
    d.add("Infectious Diseases - OPAT Program, {h}\n{dt}\n\nTo: {inf}, attn. {rph}, PharmD\nFax: {fax}\n\n",
          h=P("HOSPITAL", h), dt=en_date(c, d0, c.pick("d", "f", "h")), inf=P("HOSPITAL", inf), rph=P("NAME_CLINICIAN", rph.f("full")), fax=P("FAX", phone_en(c)))
    d.add("Re: {nm}, DOB {dob}, MRN {mrn}\n{addr}   cell {ph}   e-mail {em}\nInsurance member ID {mem}; episode account {acct}\n\n",
          nm=P("NAME_PATIENT", p.f("lf")), dob=en_date(c, born(c, age, d0)), mrn=P("MRN", mrn_en(c)), addr=addr_en(c, pl), ph=P("PHONE", phone_en(c)),
          em=P("EMAIL", email_en(c, p)), mem=P("INSURANCE", member(c)), acct=P("ACCOUNT", account(c)))
    d.add("Dear {rph1},\n\nThis week's labs for {t} {last} (drawn {dd} through the ⟦pr|PICC line⟧, ⟦an|right basilic vein⟧): "
          "⟦lab|vancomycin trough 17.8 mcg/mL⟧, ⟦lab|creatinine 1.2 mg/dL⟧, ⟦lab|CRP 31 mg/L⟧ (from 88), ⟦lab|ESR 54 mm/h⟧, ⟦lab|WBC 6.1 K/uL⟧.\n\n",
          rph1=P("NAME_CLINICIAN", rph.first), t=p.t, last=P("NAME_PATIENT", p.last), dd=en_date(c, shift(d0, -1), "md"))
    d.add("Diagnosis: ⟦fi|MRSA vertebral osteomyelitis⟧ at ⟦an|L3-L4⟧ with ⟦fi|epidural phlegmon⟧, after ⟦pr|CT-guided biopsy⟧. "
          "Continue ⟦dr|vancomycin⟧ ⟦do|1250 mg IV q12h⟧ through {end}. If the trough exceeds 20, reduce to ⟦do|1000 mg IV q12h⟧. "
          "Elastomeric pump returned; ambulatory pump serial {sn} is on loan to {him}.\n\n",
          end=en_date(c, shift(d0, c.ri(14, 30)), c.pick("mon", "d")), sn=P("DEVICE", serial(c)), him="him" if p.sex == "M" else "her")
    d.add("{first} reports mild ⟦fi|pruritus⟧ after infusions; premedicate with ⟦dr|diphenhydramine⟧ ⟦do|25 mg PO⟧. "
          "Weekly ⟦lab|CBC with differential⟧ and BMP continue. Next ID clinic visit {nv}.\n\n",
          first=P("NAME_PATIENT", p.first), nv=en_date(c, shift(d0, 7), c.pick("md", "b")))
    d.add("Sincerely,\n{md}, MD, Infectious Diseases   NPI {npi}   DEA {dea}\n", md=P("NAME_CLINICIAN", id_md.f("mi")), npi=P("LICENSE", npi(c)), dea=P("LICENSE", dea(c)))
    return d


def t_cps(c: Ctx) -> Doc:
    kid = who(c)
    mom, bf, md = people(c, 3, "FM")
    kid.last = mom.last if c.chance(0.6) else kid.last
    d0 = day(c)
    pl = place(c)
    h, hs = hosp_en(c, peds=True)
    mo = c.ri(3, 40)
    d = Doc()
    d.add("SUSPECTED CHILD ABUSE/NEGLECT - MANDATED REPORTER WRITTEN REPORT\n(follow-up to hotline call {t} on {dt}; intake no. {intake})\n\n",
          t=tm(c), dt=en_date(c, d0), intake=P("OTHER_ID", case_no(c, "CPS-")))
    d.add("Child: {kid}   Sex: {sex}   DOB: {dob}   MRN {mrn}\nMedicaid ID: {mcd}\nHome address: {addr}\n",
          kid=P("NAME_PATIENT", kid.f("full")), sex=kid.sex, dob=en_date(c, born(c, 0, shift(d0, -mo * 30))), mrn=P("MRN", mrn_en(c)),
          mcd=P("INSURANCE", member(c)), addr=addr_en(c, pl))
    d.add("Mother: {mom}, phone {ph}\nMother's boyfriend (lives in home): {bf}\n\n",
          mom=P("NAME_RELATIVE", mom.f("full")), ph=P("PHONE", phone_en(c)), bf=P("NAME_RELATIVE", bf.f(c.pick("full", "first"))))
    d.add("Narrative: {mo}-month-old brought to the {hs} ED by mom for ⟦fi|fussiness⟧ and refusal to move the left arm. "
          "Mom says {kid1} ({nick}) rolled off the couch. Exam: ⟦fi|patterned bruising⟧ over the ⟦an|left upper arm⟧ and ⟦an|right flank⟧. "
          "⟦pr|Skeletal survey⟧ (accession {acc}) shows ⟦fi|posterior rib fractures⟧ of the ⟦an|left 6th and 7th ribs⟧ in healing and an acute "
          "⟦fi|spiral fracture of the humerus⟧. ⟦pr|CT head without contrast⟧ negative. ⟦lab|AST 188 U/L⟧, ⟦lab|ALT 141 U/L⟧, ⟦lab|lipase 42 U/L⟧. "
          "⟦pr|Dilated fundus exam⟧ by Dr. {oph}: no ⟦fi|retinal hemorrhages⟧.\n\n",
          mo=str(mo), hs=P("HOSPITAL", hs), kid1=P("NAME_PATIENT", kid.first), nick=c.pick("Bubba", "Peanut", "Mimi", "Junebug", "Chico", "Nene"),
          acc=P("ACCESSION", acc_en(c)), oph=P("NAME_CLINICIAN", who(c).last))
    d.add("Safety plan: admitted to pediatrics; {bf} not to visit. Reporter: {md}, MD, child abuse pediatrics, pager {pg}. Fax copy to {fax}.\n",
          bf=P("NAME_RELATIVE", bf.first), md=P("NAME_CLINICIAN", md.f("full")), pg=P("PHONE", phone_en(c, "d")), fax=P("FAX", phone_en(c)))
    return d


def t_rtw(c: Ctx) -> Doc:
    p, md = people(c, 2)
    d0 = day(c)
    pl = place(c)
    emp = employer_en(c)
    d = Doc()
    d.add("WORK STATUS REPORT / RETURN TO WORK\n\nEmployee: {nm}\nSSN: {ssn}        DOB: {dob}\nHome: {addr}\nPhone: {ph}\n",
          nm=P("NAME_PATIENT", p.f(c.pick("LF", "full", "lfm"))), ssn=P("SSN", ssn(c)), dob=en_date(c, born(c, c.ri(19, 66), d0)),
          addr=addr_en(c, pl), ph=P("PHONE", phone_en(c)))
    d.add("Employer: {emp}\nHR / claims e-mail: {em}     Employer fax: {fax}\nClaim #: {claim}     Date of injury: {doi}\n\n",
          emp=P("WORKPLACE", emp), em=P("EMAIL", f"hr{c.ri(1, 9)}@{c.ch(['tricountymeat', 'ldsd', 'cedarvalleyusd', 'bigskywind', 'sunriseal'])}.{c.pick('com', 'org', 'net')}"),
          fax=P("FAX", phone_en(c)), claim=P("OTHER_ID", case_no(c, "WC")), doi=en_date(c, shift(d0, -c.ri(5, 60))))
    dx = c.ch([("⟦fi|lateral epicondylitis⟧, right", "⟦pr|counterforce brace⟧, ⟦dr|naproxen⟧ ⟦do|500 mg BID⟧"),
               ("⟦ep|de Quervain tenosynovitis⟧, left; ⟦ep|Finkelstein test⟧ positive", "⟦pr|thumb spica splint⟧, ⟦dr|methylprednisolone⟧ ⟦do|40 mg⟧ injection"),
               ("⟦fi|lumbar strain⟧; negative ⟦pr|straight leg raise⟧", "⟦dr|cyclobenzaprine⟧ ⟦do|5 mg at bedtime⟧, ⟦pr|physical therapy⟧ 2x/week"),
               ("⟦fi|carpal tunnel syndrome⟧; ⟦ep|Phalen maneuver⟧ and ⟦ep|Tinel sign⟧ positive", "⟦pr|nerve conduction study⟧ ordered, night splints")])
    d.add("Diagnosis: {dx}\nTreatment: {tx}\n\n", dx=dx[0], tx=dx[1])
    d.add("[ ] Full duty   [x] Modified duty from {fr} to {to}   [ ] Off work\nRestrictions: no lifting over ⟦me|15 lb⟧, no repetitive gripping, "
          "4-hour shifts. {first} may drive.\n\n",
          fr=en_date(c, d0, "md"), to=en_date(c, shift(d0, 14), "md"), first=P("NAME_PATIENT", p.first))
    d.add("Next visit: {nv}\nProvider: {md}, DO, occupational medicine, {h}\nState licence {lic}   NPI {npi}\n",
          nv=en_date(c, shift(d0, 14)), md=P("NAME_CLINICIAN", md.f("full")), h=P("HOSPITAL", hosp_en(c)[0]), lic=P("LICENSE", lic_state(c)), npi=P("LICENSE", npi(c)))
    return d


def t_sendout(c: Ctx) -> Doc:
    d0 = day(c)
    h, hs = hosp_en(c)
    tests = ["⟦pr|serum protein electrophoresis⟧", "⟦pr|flow cytometry⟧", "⟦pr|JAK2 V617F mutation analysis⟧", "⟦pr|anti-MOG antibody panel⟧",
             "⟦pr|celiac serology panel⟧", "⟦pr|BCR-ABL1 quantitative PCR⟧", "⟦pr|heavy metals panel⟧", "⟦pr|paraneoplastic antibody panel⟧"]
    spec = ["⟦an|serum⟧", "⟦an|whole blood⟧", "⟦an|cerebrospinal fluid⟧", "⟦an|bone marrow aspirate⟧"]
    d = Doc()
    d.add("SEND-OUT MANIFEST  {h} Laboratory -> {lab}\nManifest {man}  packed {dt} {t}  by {tech}\nCourier van {pl}  tracking {url}\nPrinted from {ip}\n\n",
          h=P("HOSPITAL", hs), lab=P("HOSPITAL", c.ch(["Quest Peak Reference Laboratory", "Mayo Clinic Laboratories", "ARUP Laboratories"])),
          man=c.digits(6), dt=en_date(c, d0, "a"), t=tm(c), tech=P("NAME_CLINICIAN", who(c).f("lowfirst")), pl=P("VEHICLE", plate_us(c)),
          url=P("URL", url_en(c, "track.courierlinkmed.com")), ip=P("IP", ip(c)))
    d.add("accession,mrn,patient,dob,test,specimen,billing\n")
    for w in people(c, c.ri(3, 5)):
        age = an_age(c, 0.12, 3, 88)
        d.add('{acc},{mrn},"{nm}",{dob},{test},{spec},{acct}\n', acc=P("ACCESSION", acc_en(c)), mrn=P("MRN", mrn_en(c)), nm=P("NAME_PATIENT", w.f("LF")),
              dob=en_date(c, born(c, age, d0), "a"), test=c.ch(tests), spec=c.ch(spec), acct=P("ACCOUNT", account(c)))
    d.add("\nNotes: keep ⟦an|cerebrospinal fluid⟧ frozen at ⟦me|-20 C⟧; ambient for ⟦an|serum⟧. Questions: {ph}.\n", ph=P("PHONE", phone_en(c, "x")))
    return d


def t_sms(c: Ctx) -> Doc:
    p, rel, rn = people(c, 3, ".F")
    d0 = day(c)
    h, hs = hosp_en(c)
    nick = p.f("nick")
    d = Doc()
    d.add("SMS reminder log - {hs} (exported {dt})\nPatient: {nm}  MRN {mrn}  mobile {ph}\n\n",
          hs=P("HOSPITAL", hs), dt=en_date(c, d0, "c"), nm=P("NAME_PATIENT", p.f("lf")), mrn=P("MRN", mrn_en(c)), ph=P("PHONE", phone_en(c, "d")))
    d.add("[{d1} 09:00] AUTO: Hi {first}, this is {hs} reminding you of your ⟦pr|colonoscopy⟧ on {d2} at 7:30 AM. Reply C to confirm.\n",
          d1=en_date(c, shift(d0, -3), "md"), first=P("NAME_PATIENT", p.first), hs=P("HOSPITAL", hs), d2=en_date(c, d0, "mon"))
    d.add("[{d1} 09:14] PT: C. this is {nick}. do i still take my ⟦dr|Eliquis⟧?\n", d1=en_date(c, shift(d0, -3), "md"), nick=P("NAME_PATIENT", nick))
    d.add("[{d1} 10:02] {rn} RN: Hold ⟦dr|apixaban⟧ 2 days before. Start ⟦dr|polyethylene glycol⟧ ⟦do|238 g⟧ prep at 5 pm the day before; clear liquids only.\n",
          d1=en_date(c, shift(d0, -3), "md"), rn=P("NAME_CLINICIAN", rn.first))
    d.add("[{d1} 18:40] {ph2}: This is {rel}, {nick2}'s daughter. I'm driving {him}. Can I wait inside?\n",
          d1=en_date(c, shift(d0, -1), "md"), ph2=P("PHONE", phone_en(c, "d")), rel=P("NAME_RELATIVE", rel.f("full")), nick2=P("NAME_PATIENT", nick),
          him="him" if p.sex == "M" else "her")
    d.add("[{d1} 18:52] AUTO: Yes. Check-in at the GI lab, 2nd floor. Pre-visit form: {url}\n", d1=en_date(c, shift(d0, -1), "md"), url=P("URL", url_en(c, "go.mychartlink.org")))
    if c.chance(0.5):
        d.add("[{d1} 19:05] PT: my email is {em} send the form there\n", d1=en_date(c, shift(d0, -1), "md"), em=P("EMAIL", email_en(c, p)))
    d.add("[{d1} 07:55] {rn} RN: Tell Dr. {md} ⟦lab|A1c 7.9%⟧ last month; hold ⟦dr|metformin⟧ the morning of the ⟦pr|colonoscopy⟧.\n",
          d1=en_date(c, d0, "md"), rn=P("NAME_CLINICIAN", rn.first.lower()), md=P("NAME_CLINICIAN", who(c).last))
    return d


def t_elopement(c: Ctx) -> Doc:
    s0 = c.pick("F", "M")
    p, wife, son, cna = people(c, 4, s0 + ("M" if s0 == "F" else "F") + "M")
    ts = sorted(tm(c) for _ in range(6))
    age = an_age(c, 0.5, 72, 89)
    d0 = day(c)
    pl = place(c)
    h, hs = hosp_en(c)
    d = Doc()
    d.add("SECURITY INCIDENT REPORT - MISSING PATIENT (Code Yellow)\n{h}, 5 North\nIncident date {dt}   Police report {pr}\n\n",
          h=P("HOSPITAL", h), dt=en_date(c, d0), pr=P("OTHER_ID", case_no(c, c.pick("PD", "SO-"))))
    d.add("Patient: {nm}, {age} years old, MRN {mrn}. Wander-guard bracelet serial {sn}.\nDescription: white hair, blue hospital gown, tan cardigan, "
          "non-slip socks. Dx ⟦ep|Alzheimer's disease⟧ with ⟦fi|sundowning⟧, ⟦me|MoCA 11/30⟧ on admission.\n\n",
          nm=P("NAME_PATIENT", p.f(c.pick("full", "mi"))), age=P("AGE_OVER_89", str(age)) if age > 89 else str(age), mrn=P("MRN", mrn_en(c)), sn=P("DEVICE", serial(c)))
    d.add("Timeline:\n{t1}  CNA {cna} found bed empty after rounds; bed alarm had been silenced.\n"
          "{t2}  Overhead page. Security sweep of stairwells and parking deck.\n"
          "{t3}  {spouse}, {wife}, called at {ph}; {she} thinks {he} would try to walk home to {addr}.\n"
          "{t4}  Son {son} arrived; his car ({car}, plate {plate}, VIN {vin}) used to search the route. Son's driver licence {dl} copied for the visitor log.\n",
          t1=ts[0], cna=P("NAME_CLINICIAN", cna.first), t2=ts[1], t3=ts[2], spouse=kin(c, wife.sex, ["Wife"], ["Husband"]), she=wife.he, wife=P("NAME_RELATIVE", wife.f("full")), ph=P("PHONE", phone_en(c)), he=p.he,
          addr=[P("ADDRESS_STREET", street(c, 0.2)), " in ", P("CITY", pl.city)], t4=ts[3], son=P("NAME_RELATIVE", son.f("full")),
          car=c.pick("gray Tacoma", "white Odyssey", "red F-150"), plate=P("VEHICLE", plate_us(c)), vin=P("VEHICLE", vin(c)), dl=P("LICENSE", dl_us(c)))
    d.add("{t5}  Patient located by officers at the bus shelter on {st}, confused, ⟦me|temperature 35.6 C⟧, ⟦lab|glucose 131 mg/dL⟧. Returned by wheelchair.\n\n",
          t5=ts[4], st=P("ADDRESS_STREET", f"{c.fen.street_name()} and {c.fen.street_name()}"))
    d.add("Follow-up: {last} placed on 1:1 sitter; ⟦dr|donepezil⟧ ⟦do|10 mg nightly⟧ continued, ⟦dr|quetiapine⟧ ⟦do|12.5 mg⟧ at dusk per Dr. {md}. "
          "Family notified again at {t6}. No injury; ⟦fi|skin tear⟧ on ⟦an|left forearm⟧ dressed.\nReported by: {off}, security supervisor.\n",
          last=P("NAME_PATIENT", p.last), md=P("NAME_CLINICIAN", who(c).last), t6=ts[5], off=c.pick("badge 4471", "badge 3310", "shift lead"))
    return d


def t_ent(c: Ctx) -> Doc:
    p, md = people(c, 2)
    age = an_age(c, 0.12, 24, 80)
    d0 = day(c)
    h, hs = hosp_en(c)
    d = Doc()
    d.add("OTOLARYNGOLOGY CLINIC - {hs}\n{dt}\n\n{nm} ({sex}, DOB {dob}, MRN {mrn}) returns for ⟦fi|chronic rhinosinusitis with nasal polyps⟧.\n",
          hs=P("HOSPITAL", hs), dt=en_date(c, d0), nm=P("NAME_PATIENT", p.f("full")), sex=p.sex, dob=en_date(c, born(c, age, d0)), mrn=P("MRN", mrn_en(c)))
    d.add("Seen with the help of Mandarin interpreter {interp} (patient prefers {cn}). "
          "{t} {last} works in the sanding room at {emp} and notes worse ⟦fi|nasal obstruction⟧ on shift days.\n\n",
          interp=P("NAME_CLINICIAN", c.pick("王丽娟", "周海燕", "Liu Xiaowen", "郑建明")), cn=c.pick("Mandarin", "Cantonese"), t=p.t, last=P("NAME_PATIENT", p.last),
          emp=P("WORKPLACE", employer_en(c)))
    d.add("History: ⟦fi|asthma⟧ and ⟦fi|aspirin sensitivity⟧ (⟦ep|Samter's triad⟧). Failed ⟦dr|mometasone⟧ ⟦do|2 sprays each nostril BID⟧ and two courses of "
          "⟦dr|prednisone⟧ ⟦do|40 mg taper⟧. ⟦me|SNOT-22 score 58⟧.\n")
    d.add("Exam: ⟦pr|nasal endoscopy⟧ shows grade 3 ⟦fi|nasal polyps⟧ bilaterally filling the ⟦an|middle meatus⟧; ⟦an|septum⟧ midline.\n"
          "CT sinus (accession {acc}): ⟦ep|Lund-Mackay score⟧ ⟦me|19/24⟧, opacified ⟦an|maxillary sinuses⟧ and ⟦an|ethmoid sinuses⟧.\n"
          "Labs: ⟦lab|eosinophils 890 /uL⟧, ⟦lab|total IgE 412 IU/mL⟧.\n\n", acc=P("ACCESSION", acc_en(c)))
    d.add("Plan: ⟦pr|functional endoscopic sinus surgery⟧ with ⟦pr|polypectomy⟧ on {sx}; consider ⟦dr|dupilumab⟧ ⟦do|300 mg SC every 2 weeks⟧ if recurrence. "
          "{first} asked for a letter for {his} employer; phone {ph}.",
          sx=en_date(c, shift(d0, c.ri(10, 40)), c.pick("mon", "d", "b")), first=P("NAME_PATIENT", p.first), his=p.his, ph=P("PHONE", phone_en(c)))
    if c.chance(0.5):
        d.add(" Travelling to Guangzhou before surgery; passport {pp}.", pp=P("PASSPORT", passport(c)))
    d.add("\n\n{md}, MD\n", md=P("NAME_CLINICIAN", md.f("full")))
    return d


def t_telemetry(c: Ctx) -> Doc:
    d0 = day(c)
    h, hs = hosp_en(c)
    *rns, tech = people(c, 4)
    events = [("⟦fi|atrial fibrillation with RVR⟧", "⟦me|HR 152⟧"), ("⟦fi|nonsustained ventricular tachycardia⟧", "⟦me|9 beats⟧"),
              ("⟦fi|sinus bradycardia⟧", "⟦me|HR 38⟧"), ("⟦ep|Mobitz type II⟧ block", "⟦me|pause 3.1 sec⟧"),
              ("⟦ep|Wenckebach⟧", "⟦me|PR 280 ms⟧"), ("⟦fi|ST elevation⟧", "⟦an|leads II, III, aVF⟧"), ("leads off > 10 min", "")]
    d = Doc()
    d.add("{hs} central telemetry - monitor tech event log\nShift {dt} 19:00-07:00   Station {ip}   Tech: {tech}\n\n",
          hs=P("HOSPITAL", hs), dt=en_date(c, d0, c.pick("a", "c")), ip=P("IP", ip(c)), tech=P("NAME_CLINICIAN", tech.f("full")))
    d.add("| time  | room | patient | MRN | TX pack | event | detail | RN told |\n|---|---|---|---|---|---|---|---|\n")
    for w in people(c, c.ri(3, 5)):
        ev, det = c.ch(events)
        age = an_age(c, 0.15, 40, 88)
        d.add("| {t} | {room} | {nm} ({age}) | {mrn} | {sn} | {ev} | {det} | {rn} |\n", t=tm(c), room=f"{c.ri(4, 7)}{c.ri(10, 40)}",
              nm=P("NAME_PATIENT", w.f(c.pick("lf", "init", "LF"))), age=P("AGE_OVER_89", str(age)) if age > 89 else str(age), mrn=P("MRN", mrn_en(c)),
              sn=P("DEVICE", serial(c)), ev=ev, det=det or "-", rn=P("NAME_CLINICIAN", c.ch(rns).f(c.pick("lowfirst", "first"))))
    d.add("\nStrips printed and placed in charts. Rapid response called once per {rn} (charge). ⟦dr|diltiazem⟧ ⟦do|10 mg IV⟧ given for the RVR.\n",
          rn=P("NAME_CLINICIAN", rns[0].f("full")))
    return d


def t_wellchild(c: Ctx) -> Doc:
    kid = who(c)
    mom, dad, md = people(c, 3, "FM")
    kid.last = dad.last
    d0 = day(c)
    pl = place(c)
    h, hs = hosp_en(c, peds=True)
    gg = an_age(c, 0.6, 74, 89)
    d = Doc()
    d.add("WELL CHILD VISIT - 15 MONTHS\n{h}\nDate: {dt}   Patient: {nm}   DOB: {dob}   MRN: {mrn}\nMedicaid/CHIP: {mcd}\n",
          h=P("HOSPITAL", h), dt=en_date(c, d0), nm=P("NAME_PATIENT", kid.f(c.pick("full", "LF"))), dob=en_date(c, shift(d0, -456 - c.ri(0, 20))),
          mrn=P("MRN", mrn_en(c)), mcd=P("INSURANCE", member(c)))
    d.add("Accompanied by: mother {mom} and father {dad} ({dad_ph}). Address confirmed: {addr}\n\n",
          mom=P("NAME_RELATIVE", mom.f("full")), dad=P("NAME_RELATIVE", dad.f("first")), dad_ph=P("PHONE", phone_en(c)), addr=addr_en(c, pl))
    d.add("Birth history: term, ⟦pr|cesarean delivery⟧, ⟦ep|Apgar⟧ scores 8 and 9. Social: lives with parents and a great-grandmother, age {gg}, who watches {first} during the day.\n"
          "Interval: ⟦fi|acute otitis media⟧ treated with ⟦dr|amoxicillin⟧ ⟦do|45 mg/kg/dose BID⟧ last month. Walking alone, 4-6 words, points to show.\n\n",
          gg=P("AGE_OVER_89", str(gg)) if gg > 89 else str(gg), first=P("NAME_PATIENT", kid.first))
    d.add("Growth: ⟦me|weight 10.4 kg⟧ (48th %ile), ⟦me|length 78 cm⟧, ⟦me|head circumference 46.5 cm⟧.\n"
          "Screens: ⟦lab|hemoglobin 11.2 g/dL⟧, ⟦lab|blood lead 2 mcg/dL⟧. ⟦ep|M-CHAT-R⟧ deferred to 18 months.\n"
          "Exam: ⟦an|tympanic membranes⟧ clear, ⟦fi|mild diaper dermatitis⟧.\n\n")
    d.add("Immunizations today: ⟦dr|DTaP⟧, ⟦dr|Hib⟧, ⟦dr|MMR⟧ and ⟦dr|varicella vaccine⟧ ⟦do|0.5 mL SC⟧. ⟦dr|acetaminophen⟧ ⟦do|150 mg⟧ q6h prn fever.\n"
          "Mom asked that results go to {em}. Next visit 18 months. {md}, MD\n",
          em=P("EMAIL", email_en(c, mom)), md=P("NAME_CLINICIAN", md.f(c.pick("full", "init"))))
    return d


TEMPLATES = [
    ("en13_stress_test", t_stress), ("en13_tb_contacts", t_tb_contacts), ("en13_ama_discharge", t_ama),
    ("en13_opat_letter", t_opat), ("en13_cps_report", t_cps), ("en13_work_status", t_rtw),
    ("en13_sendout_manifest", t_sendout), ("en13_sms_reminders", t_sms), ("en13_missing_patient", t_elopement),
    ("en13_ent_clinic", t_ent), ("en13_telemetry_log", t_telemetry), ("en13_well_child", t_wellchild),
]
