"""The twelve English document templates of the v7 blind holdout (generate_v7.py).

Each function writes one whole document as a different hospital would: ICU I-PASS handoff, code-blue
record, patient-safety event report, POLST / advance directive, home-health OASIS start of care,
colonoscopy report, cardiac-catheterisation report, oncology infusion-chair note, radiation-oncology
treatment summary, case-management discharge plan, bariatric online intake submission and a
cochlear-implant audiology mapping note. PHI are ``P`` slot values, clinical terms ``⟦kind|…⟧``.
"""

# ruff: noqa: E501  (document lines are kept whole so a template reads like the document)

from __future__ import annotations

from _v7_kit import (
    CRED,
    Ctx,
    Doc,
    Note,
    P,
    addr_lines,
    address,
    after,
    age,
    age_en,
    day,
    de,
    dea,
    dob_for,
    domain,
    email,
    fin,
    hospital,
    ip4,
    ip6,
    mbi,
    member_id,
    mrn,
    nicked,
    npi,
    person,
    phone,
    plate,
    serial,
    ssn,
    vin,
)


def _doc(n: Note) -> Doc:
    return n.doc


def _cl(c: Ctx, p, cred: str | None = None, style: str | None = None) -> list:
    """A clinician's name (span) and credential (outside the span)."""
    style = style or c.pick("full", "full", "init", "lf")
    v = {"full": p.full(), "init": p.init_last(), "lf": p.lf()}[style]
    return [P("NAME_CLINICIAN", v), f", {cred or c.ch(CRED)}"]


def _kin(c: Ctx, p, *, spouse: bool = True) -> str:
    """A relation word that fits the relative's sex."""
    words = ["daughter", "sister", "niece", "granddaughter"] if p.sex == "F" else ["son", "brother", "nephew", "grandson"]
    if spouse:
        words.append("wife" if p.sex == "F" else "husband")
    return c.ch(words)


def _pt(c: Ctx, p, style: str | None = None) -> P:
    style = style or c.pick("full", "lf", "caps", "full")
    return P("NAME_PATIENT", {"full": p.full(), "lf": p.lf(), "caps": p.caps(), "init": p.init_last(), "lower": p.full().lower()}[style])


def en_ipass(c: Ctx) -> Doc:
    n, pt = Note(c), person(c)
    a, d0 = age(c, 0.16, 48, 88), day(c)
    off, on, phar, rel = person(c), person(c), person(c, "F"), person(c, last=pt.last if c.chance(0.5) else None)
    unit = c.pick("MICU", "CVICU", "Neuro ICU", "SICU", "CCU")
    sc = c.pick("shock", "lvad", "dka", "ards")
    n.line("{u} I-PASS HANDOFF -- night sign-out {d} @ 18:45", u=unit, d=de(c, d0))
    n.line("Outgoing: {a}   Incoming: {b}", a=_cl(c, off, "MD"), b=_cl(c, on, "DO", "init"))
    n.line()
    n.line("Bed {b} | {nm} | {ag} {s} | MRN {m} | Code: {code}", b=c.ri(1, 24), nm=_pt(c, pt, c.pick("caps", "lf")), ag=age_en(c, a, "Y"), s=pt.sex, m=P("MRN", mrn(c)), code=c.pick("FULL", "DNR/OK to intubate", "DNAR"))
    n.line("I - Illness severity: {s}  (⟦ep|Glasgow Coma Scale⟧ ⟦me|{g}T⟧)", s=c.pick("WATCHER", "UNSTABLE", "stable"), g=c.ri(3, 11))
    if sc == "shock":
        n.line("P - Patient summary: {ag} with ⟦fi|septic shock⟧ from ⟦fi|obstructing ureteral stone⟧ s/p ⟦pr|percutaneous nephrostomy⟧ {d}; on ⟦dr|norepinephrine⟧ ⟦do|0.{x} mcg/kg/min⟧ + ⟦dr|vasopressin⟧ ⟦do|0.03 units/min⟧, ⟦dr|cefepime⟧ ⟦do|2 g q8h⟧.", ag=age_en(c, a, "yo"), d=de(c, after(d0, -1), "md"), x=c.ri(4, 25))
        n.line("  ⟦lab|lactate {l} mmol/L⟧ this pm (was {l2}). ⟦me|MAP {m} mmHg⟧, ⟦ep|Foley catheter⟧ UOP ok.", l=c.fl(1.4, 4.8), l2=c.fl(5, 8), m=c.ri(61, 72))
    elif sc == "lvad":
        n.line("P - Patient summary: {ag} ⟦fi|ischemic cardiomyopathy⟧, HeartMate 3 ⟦pr|LVAD implant⟧ (pump SN {s}) now with ⟦fi|driveline infection⟧. ⟦me|Speed 5400 rpm⟧, ⟦me|flow 4.{f} L/min⟧, ⟦me|PI 3.{p}⟧.", ag=age_en(c, a, "yo"), s=P("DEVICE", serial(c)), f=c.ri(1, 9), p=c.ri(1, 9))
        n.line("  ⟦dr|warfarin⟧ held, ⟦lab|INR {i}⟧; on ⟦dr|heparin⟧ gtt per nomogram (per {ph} in pharmacy).", i=c.fl(1.3, 3.6), ph=P("NAME_CLINICIAN", phar.first))
    elif sc == "dka":
        n.line("P - Patient summary: {ag} ⟦fi|type 1 diabetes⟧ in ⟦fi|diabetic ketoacidosis⟧ (⟦lab|anion gap {g}⟧ -> {g2}), ⟦dr|insulin regular⟧ gtt ⟦do|0.1 units/kg/h⟧ + D5 1/2NS.", ag=age_en(c, a, "slash"), g=c.ri(24, 33), g2=c.ri(11, 18))
        n.line("  Home CGM receiver SN {s} bagged with belongings. ⟦lab|K {k}⟧, replete per protocol (ask {ph} in pharmacy).", s=P("DEVICE", serial(c)), k=c.fl(3.1, 4.2), ph=P("NAME_CLINICIAN", phar.first))
    else:
        n.line("P - Patient summary: {ag} ⟦fi|ARDS⟧ from ⟦fi|influenza A pneumonia⟧, ⟦pr|prone positioning⟧ cycle #{k}, ⟦me|P/F ratio {pf}⟧, ⟦me|PEEP 14⟧, ⟦dr|cisatracurium⟧ off since 0600, ⟦ep|Richmond Agitation-Sedation Scale⟧ -4.", ag=age_en(c, a, "yo"), k=c.ri(2, 4), pf=c.ri(95, 180))
        n.line("  ⟦dr|oseltamivir⟧ ⟦do|75 mg BID⟧ day {k}/5. ⟦lab|procalcitonin {p} ng/mL⟧.", k=c.ri(2, 5), p=c.fl(0.2, 3.0))
    n.line("A - Action list:")
    n.line("  [ ] f/u AM labs; call {on} if ⟦lab|Hgb < 7⟧", on=P("NAME_CLINICIAN", on.last if c.chance(0.5) else on.first))
    n.line("  [ ] family mtg {d} 1400 -- {rr} {rn} (ph {ph}) is surrogate", d=de(c, after(d0, 1), c.pick("md", "mon_d", "mdy")), rr=_kin(c, rel), rn=P("NAME_RELATIVE", rel.full()), ph=P("PHONE", phone(c)))
    n.maybe(0.5, "  [ ] PT/OT consult placed, ⟦pr|bedside swallow evaluation⟧ once extubated")
    n.line("S - Situation awareness: if ⟦me|MAP < 60⟧ x 15 min, bolus and page fellow ({f}, ext {x}).", f=P("NAME_CLINICIAN", c.pick(off.first, person(c).first)), x=c.ri(4100, 4999))
    n.line("S - Synthesis by receiver: read back, questions answered. -- {on}", on=P("NAME_CLINICIAN", on.initials()))
    return _doc(n)


def en_code_blue(c: Ctx) -> Doc:
    n, pt = Note(c), person(c)
    a, d0 = age(c, 0.18, 50, 88), day(c)
    lead, rec, rt, anes, rel = person(c), person(c, "F"), person(c), person(c), person(c)
    h = hospital(c, None, c.pick("{t} Regional Medical Center", "{t} Community Hospital", "St. {s} Hospital", "{p} Memorial Hospital"))
    n.line("{h} -- RESUSCITATION RECORD (CODE BLUE)", h=P("HOSPITAL", h.upper() if c.chance(0.3) else h))
    n.line("Pt: {p}   DOB {dob}   MRN {m}   FIN {f}", p=_pt(c, pt, "caps"), dob=de(c, dob_for(a, d0, c), "mdy"), m=P("MRN", mrn(c)), f=P("ACCOUNT", fin(c)))
    n.line("Date of event: {d}   Location: {loc}   Age {ag}", d=de(c, d0), loc=c.pick("5 Tower rm 512", "Telemetry 3B", "Radiology holding", "Cafeteria lobby"), ag=age_en(c, a, c.pick("Y", "years")))
    n.line("Team leader {l}; recorder {r}; airway {an}; RT {rt}", l=_cl(c, lead, "MD", "lf"), r=_cl(c, rec, "RN"), an=_cl(c, anes, "CRNA", "init"), rt=[P("NAME_CLINICIAN", rt.full()), ", RRT"])
    n.line()
    n.line("TIME   EVENT")
    t = c.ri(1, 22)
    rhythm = c.pick("⟦fi|pulseless electrical activity⟧", "⟦fi|ventricular fibrillation⟧", "⟦fi|asystole⟧")
    n.line("{t}:{m:02d}  found unresponsive, pulseless; CPR started, ⟦ep|Yankauer⟧ suction; initial rhythm {r}", t=t, m=c.ri(0, 50), r=rhythm)
    n.line("{t}:{m:02d}  ⟦dr|epinephrine⟧ ⟦do|1 mg IV⟧ #1; ⟦pr|endotracheal intubation⟧ 7.5 ETT, ⟦me|ETCO2 {e} mmHg⟧", t=t, m=c.ri(51, 59), e=c.ri(12, 28))
    n.line("{t}:{m:02d}  ⟦pr|defibrillation⟧ ⟦me|200 J⟧ biphasic x1; ⟦dr|amiodarone⟧ ⟦do|300 mg IV push⟧", t=(t + 1) % 24, m=c.ri(2, 9))
    n.line("{t}:{m:02d}  ROSC; ⟦me|BP {s}/{dd} mmHg⟧, ⟦me|HR {hr}⟧; ⟦lab|K {k} mEq/L⟧ on iSTAT", t=(t + 1) % 24, m=c.ri(10, 30), s=c.ri(82, 118), dd=c.ri(44, 70), hr=c.ri(95, 130), k=c.fl(2.9, 6.8))
    if c.chance(0.6):
        n.line("Pt has a ⟦fi|dual-chamber ICD⟧ (generator serial {s}); magnet not applied; rep from vendor paged, ⟦pr|device interrogation⟧ requested.", s=P("DEVICE", serial(c)))
    n.line("Family: {rel} ({rr}) notified by {l} at bedside / by phone {ph}.", rel=P("NAME_RELATIVE", rel.full() if c.chance(0.6) else rel.first), rr=_kin(c, rel), l=["Dr. ", P("NAME_CLINICIAN", lead.last)], ph=P("PHONE", phone(c)))
    n.line("Disposition: to {u}. Debrief held; ⟦fi|hypokalemia⟧ vs ⟦fi|acute coronary syndrome⟧ as cause discussed.", u=c.pick("CCU", "MICU", "cath lab"))
    n.line("Recorder signature: {r} {d}", r=P("NAME_CLINICIAN", rec.caps() if c.chance(0.3) else rec.full()), d=de(c, d0, "md_yy"))
    return _doc(n)


def en_incident(c: Ctx) -> Doc:
    n, pt = Note(c), person(c)
    a, d0 = age(c, 0.22, 60, 88), day(c)
    rep, wit, mgr, rel = person(c, "F"), person(c), person(c), person(c)
    inc = f"{c.pick('PSE', 'IR', 'SRS')}-{d0.year}-{c.digits(5, False)}"
    n.line("PATIENT SAFETY EVENT REPORT  #{i}", i=P("OTHER_ID", inc))
    n.line("Submitted via SafeTrack from workstation {ip} -- {d}", ip=P("IP", ip4(c)), d=de(c, after(d0, c.ri(0, 2)), "iso"))
    n.line("Event type: {t}   Harm score: {h}", t=c.pick("Fall", "Fall with injury", "Medication - wrong dose", "Pressure injury"), h=c.pick("B", "C", "D", "E1"))
    n.line("Patient: {p} ({ag}), MRN {m}, unit {u}", p=_pt(c, pt, c.pick("full", "lf", "lower")), ag=age_en(c, a, c.pick("yo", "Y")), m=P("MRN", mrn(c)), u=c.pick("6 West", "Ortho 4", "Med-Surg B"))
    n.line("Date/time of event: {d} ~0320", d=de(c, d0, c.pick("mdy", "mon_d_y", "long_th")))
    n.line()
    n.line("What happened (reporter's words):")
    if c.chance(0.6):
        n.line("{pf} was found on the floor beside the bed by {w}; bed alarm had been silenced. {he} has ⟦fi|orthostatic hypotension⟧ and takes ⟦dr|tamsulosin⟧ ⟦do|0.4 mg qhs⟧. ⟦ep|Morse Fall Scale⟧ ⟦me|65 points⟧.", pf=c.pick([pt.mr(), P("NAME_PATIENT", pt.last)], P("NAME_PATIENT", pt.first)), w=[P("NAME_CLINICIAN", wit.full()), ", CNA"], he=pt.he.capitalize())
        n.line("Complained of ⟦an|left hip⟧ pain; ⟦pr|hip x-ray⟧ showed no ⟦fi|femoral neck fracture⟧. ⟦fi|Scalp laceration⟧ 2 cm closed with ⟦pr|skin adhesive⟧.")
    else:
        n.line("{pf} received ⟦dr|hydromorphone⟧ ⟦do|2 mg IV⟧ instead of ⟦do|0.2 mg IV⟧ (decimal missed on verbal order). Found by {w} with ⟦me|RR 8⟧, ⟦me|SpO2 86%⟧; ⟦dr|naloxone⟧ ⟦do|0.4 mg IV⟧ given with response.", pf=P("NAME_PATIENT", pt.first), w=[P("NAME_CLINICIAN", wit.full()), ", RN"])
        n.line("⟦fi|Opioid-induced respiratory depression⟧ resolved; transferred to step-down for monitoring.")
    n.line("Family notified: {r} ({rel}) {ph} -- by charge nurse {cn}.", r=P("NAME_RELATIVE", rel.full()), rel=_kin(c, rel), ph=P("PHONE", phone(c)), cn=P("NAME_CLINICIAN", rep.first))
    n.line("Attending aware: Dr. {a}", a=P("NAME_CLINICIAN", person(c).last))
    n.line("Reporter: {r} ({e})   Manager review: {m}", r=P("NAME_CLINICIAN", rep.full()), e=P("EMAIL", email(c, rep).split("@")[0] + "@" + domain(c)), m=P("NAME_CLINICIAN", mgr.init_last()))
    n.line("Case link (internal): {u}", u=P("URL", f"https://safetrack.{domain(c)}/event/{c.token(10)}"))
    return _doc(n)


def en_polst(c: Ctx) -> Doc:
    n, pt = Note(c), (nicked(c) if c.chance(0.3) else person(c))
    a, d0 = age(c, 0.3, 66, 89), day(c)
    ag, alt, w1, w2, doc = person(c), person(c), person(c), person(c), person(c)
    ad = address(c)
    n.line("PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST) / ADVANCE DIRECTIVE")
    n.line("Patient last name: {l}    First: {f}    MI: {mi}", l=P("NAME_PATIENT", pt.last.upper()), f=P("NAME_PATIENT", pt.first.upper()), mi=pt.mi or "-")
    if pt.nick:
        n.line("Preferred name: {k}", k=P("NAME_PATIENT", pt.nick))
    n.line("DOB: {d}   Age {ag}   Gender: {s}", d=de(c, dob_for(a, d0, c), c.pick("mdy", "mdy0", "d_month_y")), ag=age_en(c, a, c.pick("years", "Y")), s=pt.sex)
    n.line("Home address: {ad}", ad=addr_lines(c, ad, "one"))
    k = c.pick("driver license", "driver's lic", "US passport", "passport")
    v = P("LICENSE", c.pick(f"{c.letters(1)}{c.digits(8)}", c.digits(9))) if "lic" in k else P("PASSPORT", c.pick(c.digits(9), f"A{c.digits(8)}"))
    n.line("ID verified: {k} {v}", k=k, v=v)
    n.line()
    n.line("Diagnoses: ⟦fi|{dx}⟧; ⟦fi|{dx2}⟧; {dx3}", dx=c.pick("metastatic pancreatic adenocarcinoma", "end-stage COPD", "advanced dementia", "ALS"), dx2=c.pick("chronic kidney disease stage 4", "atrial fibrillation", "frailty", "heart failure with reduced ejection fraction"), dx3=c.pick("⟦ep|Parkinson's disease⟧", "⟦ep|Alzheimer's disease⟧", "⟦ep|Karnofsky⟧ ⟦me|40%⟧"))
    n.line("A. CPR: [X] Do Not Attempt Resuscitation")
    n.line("B. Medical interventions: [X] Selective treatment -- may use ⟦pr|BiPAP⟧, IV fluids, ⟦dr|antibiotics⟧; no ⟦pr|intubation⟧")
    n.line("C. Artificially administered nutrition: no ⟦pr|feeding tube⟧ long term")
    n.line()
    n.line("Health care agent: {g} ({rr})  cell {p}  email {e}", g=P("NAME_RELATIVE", ag.full()), rr=c.pick(_kin(c, ag), "partner"), p=P("PHONE", phone(c, ad.town.area)), e=P("EMAIL", email(c, ag)))
    n.line("Alternate agent: {g}, {p}", g=P("NAME_RELATIVE", alt.lf()), p=P("PHONE", phone(c)))
    n.line("Discussed with: [X] patient [X] agent on {d}", d=de(c, d0, c.pick("mon_d_y", "long_th", "mdy")))
    n.line("Ordering practitioner: {d}  NPI {np}  phone {p}", d=_cl(c, doc, "MD", "full"), np=P("LICENSE", npi(c)), p=P("PHONE", phone(c, ad.town.area)))
    n.line("Witnesses (staff): 1) {a}, chaplain  2) {b}, unit clerk", a=P("NAME_CLINICIAN", w1.full()), b=P("NAME_CLINICIAN", w2.full()))
    n.line("Notarized {d} by {no} (Patient Relations), commission no. {k}, {town}", d=de(c, after(d0, c.ri(0, 5)), "mdy"), no=P("NAME_CLINICIAN", person(c).full()), k=P("LICENSE", f"{c.digits(4)}-{c.digits(6, False)}"), town=P("CITY", ad.town.city))
    n.line("Registry confirmation {r}", r=P("OTHER_ID", f"POLST-{c.letters(2)}{c.digits(7)}"))
    return _doc(n)


def en_oasis(c: Ctx) -> Doc:
    n, pt = Note(c), person(c)
    a, d0 = age(c, 0.25, 68, 89), day(c)
    ad, cg, rn, pcp = address(c), person(c), person(c, "F"), person(c)
    agency = hospital(c, ad.town, "{t} Home Health Partners")
    n.line("{ag} -- OASIS-E START OF CARE", ag=P("HOSPITAL", agency))
    n.line("M0040 Patient: {p}    M0064 SSN: {s}    M0063 Medicare: {m}", p=_pt(c, pt, "caps"), s=P("SSN", ssn(c)), m=P("INSURANCE", mbi(c)))
    n.line("M0066 Birth date: {d}    M0030 SOC date: {s}", d=de(c, dob_for(a, d0, c), "mdy"), s=de(c, d0, "mdy"))
    n.line("M0050/M0060 Residence: {ad}", ad=addr_lines(c, ad, c.pick("two", "nocomma")))
    n.line("Directions: {x}", x=c.pick("gravel drive past the grain elevator, blue trailer", "2nd house after the church, dogs in yard", "back entrance, key in lockbox 4417"))
    n.line("Phone: {p}   Caregiver: {g} ({rr}) {p2}", p=P("PHONE", phone(c, ad.town.area)), g=P("NAME_RELATIVE", cg.full()), rr=c.pick(_kin(c, cg), "neighbor"), p2=P("PHONE", phone(c, ad.town.area)))
    n.line("Referring physician: {d}   Discharged from {h} {dd}", d=_cl(c, pcp, "MD", "lf"), h=P("HOSPITAL", hospital(c, ad.town)), dd=de(c, after(d0, -c.ri(1, 3)), "md"))
    n.line()
    n.line("M1021 Primary dx: ⟦fi|{dx}⟧; M1023 ⟦fi|type 2 diabetes mellitus⟧, ⟦fi|peripheral neuropathy⟧", dx=c.pick("heart failure exacerbation", "aftercare for hip fracture", "COPD exacerbation", "cellulitis of left leg"))
    n.line("Vitals: ⟦me|BP {s}/{d}⟧ ⟦me|P {p}⟧ ⟦me|SpO2 {o}% RA⟧ ⟦me|wt {w} lb⟧", s=c.ri(104, 162), d=c.ri(58, 92), p=c.ri(58, 104), o=c.ri(88, 98), w=c.ri(118, 260))
    n.line("Meds reviewed: ⟦dr|furosemide⟧ ⟦do|40 mg daily⟧, ⟦dr|metformin⟧ ⟦do|500 mg BID⟧, ⟦dr|gabapentin⟧ ⟦do|300 mg TID⟧ (high-risk: ⟦dr|insulin glargine⟧ ⟦do|18 units⟧)")
    if c.chance(0.55):
        n.line("Dexcom receiver SN {s} in use; pt's son reads it to RN by phone.", s=P("DEVICE", serial(c)))
    n.line("M1860 Ambulation: 3 -- walker; ⟦me|Timed Up and Go 19 s⟧; ⟦ep|Braden Scale⟧ score ⟦me|{b}/23⟧. M1033 risk: 4+ meds, fall hx.", b=c.ri(12, 19))
    if c.chance(0.5):
        n.line("Pt no longer drives; {c} (plate {p}) parked in yard, keys with {g}.", c=c.pick("Buick sedan", "F-150", "Silverado"), p=P("VEHICLE", plate(c)), g=P("NAME_RELATIVE", cg.first))
    n.line("Emergency plan: 911; nearest ED {h}.", h=P("HOSPITAL", hospital(c, ad.town, "{t} Community Hospital")))
    n.line("RN: {r}  {d}", r=_cl(c, rn, "RN", c.pick("full", "init")), d=de(c, d0, "md_yy"))
    return _doc(n)


def en_colonoscopy(c: Ctx) -> Doc:
    n, pt = Note(c), person(c)
    a, d0 = age(c, 0.05, 45, 84), day(c)
    endo, nurse, esc, ref = person(c), person(c, "F"), person(c), person(c)
    town = c.ch([address(c).town])
    ctr = hospital(c, town, "{t} Endoscopy & Surgery Center")
    n.line("{c}", c=P("HOSPITAL", ctr))
    n.line("PROCEDURE REPORT: ⟦pr|COLONOSCOPY⟧ {w}", w=c.pick("WITH POLYPECTOMY", "WITH BIOPSY", ""))
    n.line("Patient Name: {p}      Procedure Date: {d}", p=_pt(c, pt, c.pick("lf", "caps")), d=de(c, d0))
    n.line("Age: {ag}  MRN: {m}  Account #: {f}", ag=age_en(c, a, "years"), m=P("MRN", mrn(c)), f=P("ACCOUNT", fin(c)))
    n.line("Endoscopist: {e}   Referring: {r}  (fax {f})", e=_cl(c, endo, "MD", "full"), r=_cl(c, ref, "DO", "lf"), f=P("FAX", phone(c, town.area)))
    n.line("Indication: {i}", i=c.pick("⟦fi|positive FIT⟧", "⟦fi|iron deficiency anemia⟧", "surveillance, hx ⟦fi|tubular adenoma⟧", "⟦fi|change in bowel habits⟧"))
    n.line("Sedation: ⟦dr|propofol⟧ ⟦do|{p} mg⟧ by anesthesia; ⟦lab|hemoglobin {h} g/dL⟧ pre-procedure.", p=c.ri(120, 320), h=c.fl(9.1, 14.6))
    n.line("Prep: ⟦ep|Boston Bowel Preparation Scale⟧ ⟦me|{s}/9⟧ (3-3-{t}).", s=c.ri(6, 9), t=c.ri(0, 3))
    n.line("Findings:")
    n.line(" - {k} ⟦me|{sz} mm⟧ ⟦fi|sessile polyp⟧ in the ⟦an|{site}⟧, removed by ⟦pr|cold snare polypectomy⟧. Jar A.", k=c.pick("A", "One"), sz=c.ri(4, 18), site=c.pick("ascending colon", "cecum", "sigmoid colon", "transverse colon"))
    n.line(" - ⟦fi|Diverticulosis⟧ of the ⟦an|sigmoid colon⟧. ⟦fi|Internal hemorrhoids⟧ on retroflexion.")
    n.line("Specimens to pathology, accession {ac}.", ac=P("ACCESSION", f"S{d0.year % 100}-{c.digits(5, False)}"))
    n.line("Cecal intubation confirmed by ⟦an|appendiceal orifice⟧ and ⟦an|ileocecal valve⟧; ⟦me|withdrawal time {w} min⟧.", w=c.ri(7, 19))
    n.line("Escort: {e} ({rr}) {p} -- discharged to {him}.", e=P("NAME_RELATIVE", esc.full()), rr=c.pick(_kin(c, esc), "friend"), p=P("PHONE", phone(c, town.area)), him=c.pick("him", "her", "them"))
    n.line("Repeat colonoscopy in {y} years pending pathology. Letter to pt's home.", y=c.pick(3, 5, 7, 10))
    n.line("Recovery RN: {r}   Electronically signed {e} {d} 11:52", r=P("NAME_CLINICIAN", nurse.first + " " + nurse.last[0] + "."), e=P("NAME_CLINICIAN", endo.caps()), d=de(c, d0, "mdy"))
    return _doc(n)


def en_cath(c: Ctx) -> Doc:
    n, pt = Note(c), person(c)
    a, d0 = age(c, 0.16, 48, 88), day(c)
    op, fel, tech = person(c), person(c), person(c)
    town = address(c).town
    n.line("{h} -- CARDIAC CATHETERIZATION LABORATORY", h=P("HOSPITAL", hospital(c, town, "{t} Heart & Vascular")))
    n.line("Study #{s}    Date {d}", s=P("ACCESSION", f"CL{c.digits(8)}"), d=de(c, d0, c.pick("mdy", "dmy_abbr", "iso")))
    n.line("Name {p}  ({ag} {s})  MRN {m}", p=_pt(c, pt), ag=age_en(c, a, "Y"), s=pt.sex, m=P("MRN", mrn(c)))
    n.line("Operator {o} (NPI {np}); fellow {f}; scrub/monitor {t}", o=_cl(c, op, "MD, FACC", "full"), np=P("LICENSE", npi(c)), f=P("NAME_CLINICIAN", fel.last), t=P("NAME_CLINICIAN", tech.first))
    n.line("Indication: ⟦fi|{i}⟧", i=c.pick("NSTEMI", "unstable angina", "abnormal stress test", "ischemic cardiomyopathy"))
    n.line("Access: ⟦an|right radial artery⟧ after normal ⟦ep|Allen test⟧, 6 Fr; ⟦dr|heparin⟧ ⟦do|{h} units IV⟧, ⟦dr|verapamil⟧ ⟦do|2.5 mg IA⟧.", h=c.ri(50, 90) * 100)
    n.line("Hemodynamics: ⟦me|AO {s}/{d} mmHg⟧, ⟦me|LVEDP {e} mmHg⟧.", s=c.ri(100, 170), d=c.ri(55, 90), e=c.ri(8, 32))
    n.line("Coronaries: ⟦an|LAD⟧ {x}% ⟦fi|proximal stenosis⟧; ⟦an|left circumflex⟧ mild disease; ⟦an|RCA⟧ dominant, {y}% mid.", x=c.ri(70, 99), y=c.ri(10, 60))
    n.line("Intervention: ⟦pr|PCI⟧ of ⟦an|proximal LAD⟧ with one ⟦me|3.0 x 23 mm⟧ drug-eluting stent (lot {lot}), ⟦me|TIMI 3 flow⟧.", lot=c.digits(7))
    if c.chance(0.5):
        n.line("Pre-existing implantable loop recorder, serial {s}, interrogated: no ⟦fi|atrial fibrillation⟧ burden.", s=P("DEVICE", serial(c)))
    n.line("Contrast ⟦me|{v} mL⟧ iohexol; ⟦me|fluoro time {t} min⟧; ⟦lab|creatinine {cr} mg/dL⟧ pre.", v=c.ri(60, 220), t=c.fl(4, 22), cr=c.fl(0.7, 2.1))
    n.line("Plan: ⟦dr|aspirin⟧ ⟦do|81 mg daily⟧ + ⟦dr|ticagrelor⟧ ⟦do|90 mg BID⟧ x 12 months; ⟦dr|atorvastatin⟧ ⟦do|80 mg⟧.")
    n.line("Report faxed to PCP {p} at {f}.", p=P("NAME_CLINICIAN", f"{person(c).init_last()}"), f=P("FAX", phone(c, town.area)))
    n.line("DEA on file for operator: {d}", d=P("LICENSE", dea(c, op.last)))
    return _doc(n)


def en_infusion(c: Ctx) -> Doc:
    n, pt = Note(c), person(c)
    a, d0 = age(c, 0.06, 34, 86), day(c)
    rn, onc, ph = person(c, "F"), person(c), person(c)
    town = address(c).town
    regimen = c.pick("folfox", "ac", "pembro")
    n.line("{h} -- Infusion Chair {k}", h=P("HOSPITAL", hospital(c, town, "{t} Valley Cancer Institute")), k=c.ri(1, 30))
    n.line("{p} | MRN {m} | C{cy}D1 | {d}", p=_pt(c, pt, c.pick("caps", "full", "lower")), m=P("MRN", mrn(c)), cy=c.ri(1, 12), d=de(c, d0))
    if c.chance(0.6):
        n.line("Study subject {s} ({t}) -- research RN {r} aware.", s=P("OTHER_ID", f"{c.digits(3)}-{c.digits(4)}"), t=c.pick("KEYNOTE-like protocol", "cooperative group trial"), r=P("NAME_CLINICIAN", person(c).first))
    n.line("Age {ag}; ⟦ep|Karnofsky performance status⟧ ⟦me|{kps}%⟧; works at {w}; wants appts after 3 pm.", ag=age_en(c, a, "years"), kps=c.pick(70, 80, 90), w=P("WORKPLACE", c.fen.company()))
    if c.chance(0.3):
        n.line("Letter for travel to the sponsor site abroad; passport {p}.", p=P("PASSPORT", c.pick(c.digits(9), f"A{c.digits(8)}")))
    if regimen == "folfox":
        n.line("Dx: ⟦fi|stage III colon adenocarcinoma⟧. Regimen ⟦dr|FOLFOX⟧: ⟦dr|oxaliplatin⟧ ⟦do|85 mg/m2⟧, ⟦dr|leucovorin⟧ ⟦do|400 mg/m2⟧, ⟦dr|fluorouracil⟧ ⟦do|2400 mg/m2⟧ over 46 h via pump.")
        n.line("⟦fi|Peripheral neuropathy⟧ grade 1, cold sensitivity.")
    elif regimen == "ac":
        n.line("Dx: ⟦fi|triple-negative breast cancer⟧. ⟦dr|doxorubicin⟧ ⟦do|60 mg/m2⟧ + ⟦dr|cyclophosphamide⟧ ⟦do|600 mg/m2⟧; ⟦dr|pegfilgrastim⟧ on-body injector applied.")
        n.line("⟦me|LVEF 60%⟧ on baseline echo. ⟦fi|Alopecia⟧, mild ⟦fi|nausea⟧.")
    else:
        n.line("Dx: ⟦fi|non-small cell lung cancer⟧, PD-L1 80%. ⟦dr|pembrolizumab⟧ ⟦do|200 mg IV⟧ q3w.")
        n.line("⟦lab|TSH {t} mIU/L⟧ -- watch for ⟦fi|immune-related thyroiditis⟧.", t=c.fl(0.2, 6.5))
    n.line("Labs: ⟦lab|ANC {x}⟧, ⟦lab|platelets {p}⟧, ⟦lab|bilirubin {b} mg/dL⟧ -- OK to treat per {o}.", x=c.fl(1.1, 6.0), p=c.ri(90, 380), b=c.fl(0.3, 1.4), o=P("NAME_CLINICIAN", f"{onc.last}"))
    n.line("Access: {side} chest ⟦pr|implanted port⟧ (PowerPort, SN {s}); ⟦pr|blood return⟧ brisk, flushed ⟦dr|heparin⟧ ⟦do|500 units⟧.", side=c.pick("right", "left"), s=P("DEVICE", serial(c)))
    n.line("Premeds: ⟦dr|ondansetron⟧ ⟦do|16 mg IV⟧, ⟦dr|dexamethasone⟧ ⟦do|12 mg IV⟧. Dose verified by {r} and {p}, PharmD.", r=P("NAME_CLINICIAN", rn.first), p=P("NAME_CLINICIAN", ph.full()))
    n.line("Pt prefers email {e}; portal message sent ({u}). Login seen from {ip}.", e=P("EMAIL", email(c, pt)), u=P("URL", f"https://mychart.{domain(c)}/msg/{c.token(8)}"), ip=P("IP", c.pick(ip4(c), ip6(c))))
    n.line("Next: {d}. -- {r}", d=de(c, after(d0, c.pick(14, 21)), c.pick("md", "mon_d")), r=_cl(c, rn, "RN, OCN", "init"))
    return _doc(n)


def en_radonc(c: Ctx) -> Doc:
    n, pt = Note(c), person(c)
    a, d0 = age(c, 0.16, 40, 88), day(c)
    rad, ref, phys = person(c), person(c), person(c)
    ad = address(c)
    start, end = d0, after(d0, c.ri(20, 45))
    n.line("RADIATION ONCOLOGY -- END OF TREATMENT SUMMARY")
    n.line("{h}", h=P("HOSPITAL", hospital(c, ad.town, "Mercy {t} Health")))
    n.line()
    n.line("To: {r}", r=_cl(c, ref, "MD", "full"))
    n.line("Fax: {f}", f=P("FAX", phone(c, ad.town.area)))
    n.line("Re: {p}, DOB {dob}, MRN {m}", p=_pt(c, pt, "full"), dob=de(c, dob_for(a, d0, c), "mdy"), m=P("MRN", mrn(c)))
    n.line("    {ad}", ad=addr_lines(c, ad, "two"))
    n.line()
    n.line("Dear Dr. {r},", r=P("NAME_CLINICIAN", ref.last))
    site = c.pick("prostate" if pt.sex == "M" else "breast", "hn", "rectum")
    if site == "prostate":
        n.line("{p} is a {ag} man with ⟦fi|intermediate-risk prostate adenocarcinoma⟧, ⟦ep|Gleason⟧ ⟦me|3+4=7⟧, ⟦lab|PSA {x} ng/mL⟧, on ⟦dr|leuprolide⟧ ⟦do|22.5 mg⟧ q3 months.", p=c.pick([pt.mr(), P("NAME_PATIENT", pt.last)], P("NAME_PATIENT", pt.full())), ag=age_en(c, a, "yo"), x=c.fl(4, 19))
        n.line("He received ⟦pr|IMRT⟧ to the ⟦an|prostate and seminal vesicles⟧, ⟦do|70 Gy in 28 fractions⟧, from {s} to {e}.", s=de(c, start), e=de(c, end))
    elif site == "breast":
        n.line("{p} is a {ag} woman with ⟦fi|left breast invasive ductal carcinoma⟧ after ⟦pr|lumpectomy⟧ and ⟦pr|sentinel node biopsy⟧.", p=P("NAME_PATIENT", pt.full()), ag=age_en(c, a, "yo"))
        n.line("Whole-breast ⟦do|40.05 Gy in 15 fractions⟧ with ⟦pr|deep inspiration breath hold⟧, boost ⟦do|10 Gy in 4 fractions⟧, {s} through {e}.", s=de(c, start), e=de(c, end))
    elif site == "hn":
        n.line("{p} is a {ag} {who} with ⟦fi|p16-positive oropharyngeal squamous cell carcinoma⟧ of the ⟦an|left tonsil⟧.", p=P("NAME_PATIENT", pt.full()), ag=age_en(c, a, "yo"), who=c.pick("patient", "man" if pt.sex == "M" else "woman"))
        n.line("⟦do|70 Gy in 35 fractions⟧ with weekly ⟦dr|cisplatin⟧ ⟦do|40 mg/m2⟧, {s} - {e}; ⟦fi|grade 2 mucositis⟧, ⟦me|weight loss 6%⟧.", s=de(c, start), e=de(c, end))
    else:
        n.line("{p} is a {ag} {who} with ⟦fi|rectal adenocarcinoma⟧, ⟦me|cT3N1⟧.", p=P("NAME_PATIENT", pt.full()), ag=age_en(c, a, "yo"), who=c.pick("patient", "man" if pt.sex == "M" else "woman"))
        n.line("Short-course ⟦do|25 Gy in 5 fractions⟧ {s}-{e}, then ⟦dr|CAPOX⟧ per medical oncology.", s=de(c, start, "md"), e=de(c, end))
    n.line("Tolerated well apart from ⟦fi|radiation dermatitis⟧ and fatigue. Plan QA by {p}, physicist.", p=P("NAME_CLINICIAN", phys.full()))
    n.line("Follow-up in our clinic {d}; {he} lives {lv} from {city}, so labs may be drawn locally.", d=de(c, after(end, 42), c.pick("mon_d_y", "long_th")), he=pt.he, lv=c.pick("an hour", "90 miles", "two towns over"), city=P("CITY", c.pick(ad.town.city, "Spokane", "Omaha", "Savannah")))
    n.line("Questions: {p}.", p=P("PHONE", phone(c, ad.town.area)))
    n.line("Sincerely, {r}", r=_cl(c, rad, "MD", "full"))
    return _doc(n)


def en_case_mgmt(c: Ctx) -> Doc:
    n, pt = Note(c), person(c)
    a, d0 = age(c, 0.2, 55, 89), day(c)
    cm, rel, snfc = person(c, "F"), person(c), person(c)
    ad = address(c)
    n.line("CASE MANAGEMENT -- DISCHARGE PLANNING ASSESSMENT   {d}", d=de(c, d0))
    n.line("Pt {p}  MRN {m}  Enc {f}  SSN {s}", p=_pt(c, pt, "lf"), m=P("MRN", mrn(c)), f=P("ACCOUNT", fin(c)), s=P("SSN", ssn(c)))
    n.line("Payer: {pl}  Member ID {mid}  Group {g}", pl=c.pick("Medicare Advantage HMO", "Medicaid MCO", "BCBS PPO", "Humana Gold"), mid=P("INSURANCE", member_id(c)), g=P("INSURANCE", f"{c.digits(6)}"))
    n.line("Lives at {ad} {how}.", ad=addr_lines(c, ad, c.pick("one", "nocomma")), how=c.pick("alone", "with spouse", "with grandson, 2nd-floor walk-up"))
    n.line("Age {ag}. Retired from {w}" if a > 66 else "Age {ag}. Employed at {w}, FMLA paperwork given.", ag=age_en(c, a, "years"), w=P("WORKPLACE", c.pick(c.fen.company(), f"{ad.town.city} School District", "Tyson Foods plant", "BNSF Railway")))
    n.line("Admitted with ⟦fi|{dx}⟧; PT recommends SNF (⟦me|AM-PAC 6-Clicks {s}⟧, ⟦ep|Barthel Index⟧ ⟦me|{bi}/100⟧).", dx=c.pick("acute on chronic systolic heart failure", "left hip fracture s/p hemiarthroplasty", "sepsis due to pneumonia", "acute ischemic stroke"), s=c.ri(9, 16), bi=c.ri(20, 60))
    n.line("Contact: {r} ({rr}) {p}; {r2} will bring clothes.", r=P("NAME_RELATIVE", rel.full()), rr=_kin(c, rel), p=P("PHONE", phone(c, ad.town.area)), r2=P("NAME_RELATIVE", rel.first))
    n.line("SNF referrals sent via fax:")
    for form in c.sample(["Heritage Manor of {t}", "Good Shepherd Rehabilitation of {t}", "{t} Memorial", "{p} Memorial Hospital"], c.ri(2, 3)):
        n.line("  - {h}  fax {f}  -- {st}", h=P("HOSPITAL", hospital(c, ad.town, form)), f=P("FAX", phone(c, ad.town.area)), st=c.pick("accepted", "pending", "declined - no bed"))
    n.line("Accepted by {h}; admissions liaison {l}.", h=P("HOSPITAL", c.pick("Heritage Manor", "Good Shepherd")), l=P("NAME_CLINICIAN", snfc.full()))
    n.line("Auth ref # {r} obtained {d}.", r=P("OTHER_ID", f"{c.letters(2)}{c.digits(9)}"), d=de(c, after(d0, 1), "md"))
    if c.chance(0.7):
        n.line("Pt's car ({m}, {p}, VIN {v}) is in garage B; security to release to {r}.", m=c.pick("2014 Honda Civic", "2009 Ford Ranger", "2017 Kia Soul"), p=P("VEHICLE", plate(c)), v=P("VEHICLE", vin(c)), r=P("NAME_RELATIVE", rel.first))
    n.line("Meds to beds: ⟦dr|apixaban⟧ ⟦do|5 mg BID⟧, ⟦dr|metoprolol succinate⟧ ⟦do|25 mg daily⟧ filled.")
    n.line("{cm}, RN CM  x{x}", cm=P("NAME_CLINICIAN", cm.full()), x=c.ri(2000, 7999))
    return _doc(n)


def en_bariatric(c: Ctx) -> Doc:
    n, pt = Note(c), person(c)
    a, d0 = age(c, 0.0, 21, 64), day(c)
    ad, em, pcp = address(c), person(c), person(c)
    n.line("=== ONLINE INTAKE SUBMISSION: Weight Management & Bariatric Surgery ===")
    n.line("submitted: {d} 22:14   form: {u}", d=de(c, d0, c.pick("iso", "mdy")), u=P("URL", f"https://forms.{domain(c)}/bariatric/{c.token(12)}"))
    n.line("remote_addr: {ip}", ip=P("IP", c.pick(ip4(c), ip6(c))))
    n.line("first_name: {f}", f=P("NAME_PATIENT", pt.first if c.chance(0.7) else pt.first.lower()))
    n.line("last_name: {l}", l=P("NAME_PATIENT", pt.last if c.chance(0.7) else pt.last.upper()))
    n.line("dob: {d}", d=de(c, dob_for(a, d0, c), c.pick("mdy", "iso", "md_yy")))
    n.line("ssn: {s}", s=P("SSN", ssn(c)))
    n.line("address1: {s}", s=P("ADDRESS_STREET", ad.street))
    n.line("city: {ci}   state: {st}   zip: {z}", ci=P("CITY", ad.town.city), st=P("PROVINCE_STATE", ad.town.state), z=P("POSTCODE", ad.zip))
    n.line("mobile: {p}   email: {e}", p=P("PHONE", phone(c, ad.town.area, c.pick("bare", "dash"))), e=P("EMAIL", email(c, pt)))
    n.line("employer: {w}   occupation: {o}", w=P("WORKPLACE", c.fen.company()), o=c.pick("CNA", "truck driver", "teacher", "warehouse lead"))
    n.line("driver_license: {dl} ({st})   parking_plate: {p}", dl=P("LICENSE", f"{c.letters(1)}{c.digits(c.ri(7, 12))}"), st=ad.town.state, p=P("VEHICLE", plate(c)))
    if c.chance(0.7):
        n.line("passport (for surgery abroad comparison): {p}", p=P("PASSPORT", c.pick(c.digits(9), f"A{c.digits(8)}")))
    n.line("insurance_member_id: {m}", m=P("INSURANCE", member_id(c)))
    n.line("emergency_contact: {e} / {p}", e=P("NAME_RELATIVE", em.full()), p=P("PHONE", phone(c)))
    n.line("pcp: {p}", p=P("NAME_CLINICIAN", c.pick(f"dr {pcp.last.lower()}", pcp.full(), pcp.last)))
    n.line("height_in: {h}  weight_lb: {w}  => ⟦me|BMI {b}⟧", h=c.ri(60, 74), w=c.ri(240, 420), b=c.fl(38, 62))
    n.line("conditions: ⟦fi|obstructive sleep apnea⟧; ⟦fi|{x}⟧; ⟦fi|GERD⟧; {y}", x=c.pick("type 2 diabetes", "hypertension", "PCOS", "NAFLD"), y=c.pick("⟦ep|Hashimoto's thyroiditis⟧", "⟦ep|Cushing's syndrome⟧ ruled out", "no ⟦ep|Barrett's esophagus⟧ on last EGD"))
    n.line("medications: ⟦dr|semaglutide⟧ ⟦do|1 mg weekly⟧; ⟦dr|lisinopril⟧ ⟦do|20 mg daily⟧; ⟦dr|omeprazole⟧ ⟦do|40 mg⟧")
    n.line("last_a1c: ⟦lab|HbA1c {x}%⟧", x=c.fl(5.6, 9.8))
    n.line("interested_in: [x] ⟦pr|sleeve gastrectomy⟧ [ ] ⟦pr|Roux-en-Y gastric bypass⟧")
    n.line("how_heard: {h}", h=c.pick("friend", "Facebook", "my doctor", "seminar"))
    n.line("--- staff note ({d}): called pt, seminar booked. {s}", d=de(c, after(d0, c.ri(1, 4)), "md"), s=P("NAME_CLINICIAN", person(c).first))
    return _doc(n)


def en_audiology(c: Ctx) -> Doc:
    n, pt = Note(c), person(c)
    child = c.chance(0.5)
    a, d0 = (c.ri(2, 15) if child else age(c, 0.3, 60, 89)), day(c)
    aud, mom, dad, slp = person(c, "F"), person(c, "F", pt.last), person(c, "M", pt.last if c.chance(0.7) else None), person(c)
    town = address(c).town
    n.line("{h} -- Cochlear Implant Programming Note", h=P("HOSPITAL", hospital(c, town, "{t} Hearing & Balance Clinic")))
    n.line("{p}   DOB {d}   MRN {m}", p=_pt(c, pt, c.pick("lf", "full")), d=de(c, dob_for(a, d0, c), "mdy"), m=P("MRN", mrn(c)))
    n.line("Visit {d}; accompanied by {who}.", d=de(c, d0), who=[P("NAME_RELATIVE", mom.full()), " and ", P("NAME_RELATIVE", dad.first)] if child else c.pick("self", "wife", "daughter"))
    if child:
        n.line("{f} is a {a}-year-old with ⟦fi|bilateral profound sensorineural hearing loss⟧ (⟦fi|connexin 26⟧), in 2nd grade at {s}.", f=P("NAME_PATIENT", pt.first), a=a, s=c.pick("a local school", "the district school"))
    else:
        n.line("{p}, {ag}, has ⟦fi|bilateral profound sensorineural hearing loss⟧ after ⟦ep|Ménière's disease⟧ and ⟦fi|otosclerosis⟧.", p=[pt.mr(), P("NAME_PATIENT", pt.last)], ag=age_en(c, a, c.pick("years", "Y")))
    n.line("Implants: R internal device serial {r} (activated {d}); L {l}.", r=P("DEVICE", serial(c)), d=de(c, after(d0, -c.ri(60, 900)), c.pick("md_yy", "mon_d_y", "mdy")), l=c.pick([P("DEVICE", serial(c)), " (sequential)"], ["hearing aid, serial ", P("DEVICE", serial(c))]))
    n.line("Sound processor serials {a} / {b}.", a=P("DEVICE", serial(c)), b=P("DEVICE", serial(c)))
    n.line("Impedances within normal limits all electrodes. ⟦me|T-levels⟧ raised 3 CU; new MAP 4 loaded.")
    n.line("Aided detection ⟦me|{x} dB HL⟧ across 250-6000 Hz; ⟦me|AzBio {y}% in quiet⟧.", x=c.ri(20, 30), y=c.ri(40, 92))
    n.line("Hx ⟦fi|otitis media⟧; ⟦dr|amoxicillin⟧ ⟦do|{d} mg BID⟧ last month.", d=c.pick(250, 400, 500, 875))
    n.line("⟦pr|Speech therapy⟧ with {s} continues{x}.", s=P("NAME_CLINICIAN", slp.first + " " + slp.last), x="; mom asked for a letter for the IEP" if child else "; auditory training app at home")
    n.line("Remote check link sent to {e}: {u}", e=P("EMAIL", email(c, mom if child else pt)), u=P("URL", f"https://remotecare.{domain(c)}/ci/{c.token(9)}"))
    n.line("Return {d}. {a}", d=de(c, after(d0, 90), c.pick("mon_d_y", "md")), a=_cl(c, aud, "AuD, CCC-A", "full"))
    return _doc(n)


TEMPLATES = [
    ("en7_ipass_handoff", en_ipass),
    ("en7_code_blue", en_code_blue),
    ("en7_safety_event", en_incident),
    ("en7_polst", en_polst),
    ("en7_oasis_soc", en_oasis),
    ("en7_colonoscopy", en_colonoscopy),
    ("en7_cath_lab", en_cath),
    ("en7_infusion_chair", en_infusion),
    ("en7_radonc_summary", en_radonc),
    ("en7_case_management", en_case_mgmt),
    ("en7_bariatric_intake", en_bariatric),
    ("en7_cochlear_mapping", en_audiology),
]
