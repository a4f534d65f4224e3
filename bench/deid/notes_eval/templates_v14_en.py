"""v14 English templates: twelve document types none of v1-v13 used (README.md "v14").

Each template takes a Ctx and returns a Doc; PHI goes in as P(category, value), keep terms as
⟦kind|term⟧ markup. Values come from _v14_kit (v14's own pools)."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

from _v14_kit import (
    Ctx,
    Doc,
    P,
    accession,
    acct,
    addr,
    addr_parts,
    age_parts,
    day,
    den,
    dob,
    doc_name,
    driver_lic,
    email,
    hosp,
    ip,
    mbi,
    member,
    mrn,
    name,
    npi,
    passport,
    people,
    pharmacy,
    phone,
    plate,
    serial,
    ssn,
    st_license,
    url,
    vin,
)
from _v14_kit import dea as dea_no

#: v14 names that are ordinary words (none so far: the pools avoid them)
V14_WORDLIKE: tuple[str, ...] = ()


def voicemail(c: Ctx) -> Doc:
    """Clinic voicemail queue: automated speech-to-text transcripts."""
    pt, rel, rn = people(c, 3)
    d, a, h = Doc(), addr(c), hosp(c)
    cb = phone(c)
    t = day(c)
    d.add("VOICEMAIL TRANSCRIPTION QUEUE - {h} Internal Medicine\nMailbox 4410 | exported {t} | gateway {ip}\n\n",
          h=P("HOSPITAL", h), t=P("DATE", den(c, t)), ip=P("IP", ip(c)))
    d.add("[msg 1 of 3] from {cb} (0:48)\n\"hi this is {n} um date of birth {dob} i'm calling because the ⟦dr|metoprolol⟧ ⟦do|25 mg⟧ "
          "is making me real dizzy when i stand up, my ⟦me|blood pressure was 92/58⟧ this morning. please call me back at {cb2} "
          "or my {rk} {r} at {rp}. thanks bye\"\n", rk="son" if rel.sex == "M" else "daughter",
          cb=P("PHONE", cb), n=name(c, pt, "NAME_PATIENT", c.ch(("lower", "full", "first"))),
          dob=P("DATE", den(c, dob(c, c.ri(55, 84)), c.ch(("long", "us", "md")))), cb2=P("PHONE", cb),
          r=name(c, rel, "NAME_RELATIVE", c.ch(("first", "lower", "full"))), rp=P("PHONE", phone(c)))
    d.add("[msg 2 of 3] from {rp} (1:12)\n\"yes hello it's {r2} calling about my {mk} {n2}, M R N {m}. {ps} got a letter saying the "
          "⟦pr|colonoscopy⟧ on {pd} got moved and nobody told us. also the ⟦fi|atrial fibrillation⟧ ... can you email the paperwork to "
          "{em}. we moved, new address is {adr}.\"\n",
          rp=P("PHONE", phone(c)), r2=name(c, rel, "NAME_RELATIVE", "first"), mk="dad" if pt.sex == "M" else "mom", ps="he" if pt.sex == "M" else "she", n2=name(c, pt, "NAME_PATIENT", c.ch(("title", "full"))),
          m=P("MRN", mrn(c)), pd=P("DATE", den(c, day(c, 3, 40), "ord")), em=P("EMAIL", email(c, rel)), adr=addr_parts(a))
    d.add("[msg 3 of 3] from {hp} (0:21)\n\"this is {rn} from the ⟦ep|Holter monitor⟧ lab at {h2} returning a call, account "
          "{ac}. the ⟦ep|Wolff-Parkinson-White⟧ pattern read is back. call {hp2}.\"\n\nTriage note: returned call to pt at {cb}; "
          "advised hold ⟦dr|metoprolol⟧ tonight, ⟦me|orthostatic BP⟧ check tomorrow. -- {me}\n",
          hp=P("PHONE", phone(c, "ext")), rn=name(c, rn, "NAME_CLINICIAN", c.ch(("first", "full"))), h2=P("HOSPITAL", hosp(c)),
          ac=P("ACCOUNT", acct(c)), hp2=P("PHONE", phone(c)), cb=P("PHONE", cb), me=doc_name(c, people(c, 1)[0], "plain"))
    return d


def hospice_intake(c: Ctx) -> Doc:
    """Hospice election and intake: Medicare MBI, ages over 89, a POA, DME serials."""
    pt, poa, md, rn = people(c, 4)
    a, age = addr(c), c.ri(90, 104)
    d, start = Doc(), day(c)
    d.add("{hh}\nHOSPICE ELECTION OF BENEFIT / INTAKE ASSESSMENT\n\nPatient: {n}    DOB: {dob}    Age: {ag}\nMBI: {mbi}    SSN: {ssn}\n"
          "MRN: {m}    Election date: {ed}\nResidence: {adr}\nPhone: {ph}\n\n",
          hh=P("HOSPITAL", c.ch(("Harbor Pines Hospice", "Gentle Tide Hospice House", "Lantern Hospice of " + a.city))),
          n=name(c, pt, "NAME_PATIENT", c.ch(("upper", "lastfirst", "full"))), dob=P("DATE", den(c, dob(c, age), "us")),
          ag=P("AGE_OVER_89", str(age)), mbi=P("INSURANCE", mbi(c)), ssn=P("SSN", ssn(c)), m=P("MRN", mrn(c)),
          ed=P("DATE", den(c, start, c.ch(("us", "iso", "abbr")))), adr=addr_parts(a), ph=P("PHONE", phone(c)))
    dx = c.ch((
        "end-stage ⟦ep|Alzheimer's disease⟧ with ⟦fi|aspiration pneumonia⟧ x2 this year. ⟦me|FAST 7C⟧, ⟦me|PPS 30%⟧, "
        f"⟦me|weight {c.fl(36, 48)} kg⟧ (down from 52 kg). ⟦lab|albumin {c.fl(1.9, 2.8)} g/dL⟧.",
        "⟦fi|heart failure with reduced ejection fraction⟧, ⟦me|EF 15%⟧, ⟦me|NYHA class IV⟧ despite ⟦dr|furosemide⟧; "
        f"⟦lab|BNP {c.ri(1800, 4200)} pg/mL⟧, ⟦lab|sodium {c.ri(124, 131)} mmol/L⟧. ⟦me|PPS 30%⟧.",
        "⟦fi|metastatic pancreatic adenocarcinoma⟧ with ⟦fi|liver metastases⟧, declined further ⟦pr|chemotherapy⟧; "
        f"⟦lab|CA 19-9 {c.ri(900, 9000)} U/mL⟧, ⟦lab|bilirubin {c.fl(3, 9)} mg/dL⟧. ⟦me|PPS 40%⟧.",
        "⟦ep|Parkinson's disease⟧ with ⟦fi|dysphagia⟧ and recurrent falls; ⟦dr|carbidopa-levodopa⟧ continued. "
        f"⟦me|PPS 30%⟧, ⟦me|weight {c.fl(38, 50)} kg⟧.",
    ))
    d.add("Terminal diagnosis: {dx}\n"
          "Narrative: {ag2} year old {hon} {ln} is bedbound and nonverbal. Healthcare POA is {poa} ({rel}), cell {pp}. "
          "{pf} states \"{ln2} always said {ps} didn't want a ⟦pr|feeding tube⟧.\"\n",
          ag2=P("AGE_OVER_89", str(age)), hon="Mr." if pt.sex == "M" else "Mrs.", ln=P("NAME_PATIENT", pt.last),
          poa=name(c, poa, "NAME_RELATIVE", "full"), rel=c.ch(("son", "nephew")) if poa.sex == "M" else c.ch(("daughter", "niece")), pp=P("PHONE", phone(c)),
          dx=dx, pf=name(c, poa, "NAME_RELATIVE", "first"), ln2=name(c, pt, "NAME_PATIENT", c.ch(("first", "nick"))),
          ps="he" if pt.sex == "M" else "she")
    d.add("Comfort medications: ⟦dr|morphine oral solution⟧ ⟦do|5 mg SL q2h prn⟧, ⟦dr|lorazepam⟧ ⟦do|0.5 mg q4h prn⟧, "
          "⟦dr|glycopyrrolate⟧ ⟦do|0.2 mg SC q4h prn⟧.\nDME delivered {dd}: oxygen concentrator S/N {o2} (model 525, not PHI), "
          "hospital bed S/N {bed}. Delivery driver parked family van plate {pl} in the drive.\n"
          "Attending: {md}, NPI {npi}. Admitting RN: {rn}.\n",
          dd=P("DATE", den(c, start, "md")), o2=P("DEVICE", serial(c)), bed=P("DEVICE", serial(c, "HB")), pl=P("VEHICLE", plate(c)),
          md=doc_name(c, md), npi=P("LICENSE", npi(c)), rn=doc_name(c, rn, "cred", "RN"))
    return d


def bridging(c: Ctx) -> Doc:
    """Periprocedural anticoagulation bridging plan, faxed to the proceduralist."""
    pt, sender, proc = people(c, 3)
    d, h = Doc(), hosp(c)
    pdate = day(c, 5, 30)
    d.add("{h} Anticoagulation Service\nFAX  To: {pr} / Endoscopy   Fax: {fx}   From: {sd}   Fax: {fx2}\n"
          "Re: {n} | DOB {dob} | MRN {m} | member {mem}\n\n",
          h=P("HOSPITAL", h), pr=doc_name(c, proc, "dr"), fx=P("FAX", phone(c)), sd=doc_name(c, sender, "cred"),
          fx2=P("FAX", phone(c)), n=name(c, pt, "NAME_PATIENT", c.ch(("lastfirst", "upper", "mid"))),
          dob=P("DATE", den(c, dob(c, c.ri(50, 86)))), m=P("MRN", mrn(c)), mem=P("INSURANCE", member(c)))
    d.add("Indication: ⟦fi|mechanical mitral valve⟧ and ⟦fi|paroxysmal atrial fibrillation⟧; ⟦me|CHA2DS2-VASc 5⟧. Planned "
          "⟦pr|polypectomy⟧ on {pd}. Most recent ⟦lab|INR 2.8⟧ ({ld}), ⟦lab|creatinine 1.1 mg/dL⟧, ⟦me|weight 88 kg⟧.\n\n"
          "Plan (day 0 = {pd2}):\n  D-5  last dose ⟦dr|warfarin⟧ ⟦do|5 mg⟧\n  D-3  start ⟦dr|enoxaparin⟧ ⟦do|1 mg/kg SC q12h⟧\n"
          "  D-1  last ⟦dr|enoxaparin⟧ AM dose only; ⟦lab|INR⟧ check\n  D0   resume ⟦dr|warfarin⟧ evening if hemostasis\n\n",
          pd=P("DATE", den(c, pdate, "long")), ld=P("DATE", den(c, day(c, -10, -1), "short")), pd2=P("DATE", den(c, pdate, "md")))
    d.add("Pt ({nf}) aware, teach-back done; prefers texts to {ph}. Pharmacy: {ph2} ({pp}). Questions: page {sl} at {pg}.\n"
          "Signed {sd} {npi_l} {npi}, DEA {dea}\n",
          nf=name(c, pt, "NAME_PATIENT", c.ch(("first", "title", "initials"))), ph=P("PHONE", phone(c)), ph2=P("HOSPITAL", pharmacy(c)),
          pp=P("PHONE", phone(c)), sl=name(c, sender, "NAME_CLINICIAN", "last"), pg=P("PHONE", phone(c, "ext")),
          sd=P("DATE", den(c, day(c, -3, 0))), npi_l="NPI", npi=P("LICENSE", npi(c)), dea=P("LICENSE", dea_no(c, sender)))
    return d


def txn_reaction(c: Ctx) -> Doc:
    """Blood-bank transfusion reaction investigation."""
    pt, rn, mt, md = people(c, 4)
    d, h, t = Doc(), hosp(c), day(c)
    d.add("TRANSFUSION REACTION INVESTIGATION — Blood Bank, {h}\nCase {cs}    Reported {t} by {rn}\nRecipient: {n}  MRN {m}  FIN {fin}\n"
          "Post-reaction specimen: {acc}   Pre-transfusion specimen: {acc2}   LIS terminal {ip}\n\n",
          h=P("HOSPITAL", h), cs=P("OTHER_ID", f"TRX-{c.digits(2)}-{c.digits(4)}"), t=P("DATE", den(c, t, c.ch(("abbr", "us", "iso")))),
          rn=doc_name(c, rn, "cred", "RN"), n=name(c, pt, "NAME_PATIENT", c.ch(("upper", "lastfirst"))), m=P("MRN", mrn(c)),
          fin=P("ACCOUNT", c.digits(10)), acc=P("ACCESSION", accession(c)), acc2=P("ACCESSION", accession(c)), ip=P("IP", ip(c)))
    d.add("Product: ⟦dr|packed red blood cells⟧ ⟦do|1 unit⟧, started 14:05, stopped 14:25 at ~⟦me|60 mL⟧.\nVitals: pre ⟦me|T 36.8 C⟧ "
          "⟦me|HR 84⟧; at reaction ⟦me|T 38.9 C⟧ ⟦me|HR 122⟧, ⟦me|BP 94/50 mmHg⟧, rigors, ⟦fi|flank pain⟧.\n"
          "Work-up: clerical check OK; ⟦lab|direct Coombs test negative⟧; ⟦lab|hemolysis index not visible⟧; ⟦lab|LDH 210 U/L⟧; "
          "⟦lab|haptoglobin 142 mg/dL⟧; ⟦lab|urinalysis negative for blood⟧; ⟦pr|Gram stain⟧ of bag: no organisms. "
          "⟦ep|Kell⟧ antigen typing sent.\nInterpretation: {ix}\n",
          ix=c.ch((
              "⟦fi|febrile non-hemolytic transfusion reaction⟧. Premedicate with ⟦dr|acetaminophen⟧ ⟦do|650 mg PO⟧ for future transfusions.",
              "⟦fi|allergic transfusion reaction⟧ with ⟦fi|urticaria⟧; given ⟦dr|diphenhydramine⟧ ⟦do|25 mg IV⟧. Consider ⟦pr|washed red cells⟧.",
              "possible ⟦fi|TRALI⟧: ⟦pr|chest X-ray⟧ with new ⟦fi|bilateral infiltrates⟧; donor ⟦lab|HLA antibody⟧ testing requested.",
          )))
    d.add("Tech: {mt}   Medical director: {md}   Date: {t2}\nCalled to ordering team ({pg}).\n",
          mt=name(c, mt, "NAME_CLINICIAN", c.ch(("init", "full", "lower"))), md=doc_name(c, md, "dr"),
          t2=P("DATE", den(c, t, "dots")), pg=P("PHONE", phone(c, "ext")))
    return d


def device_check(c: Ctx) -> Doc:
    """Cardiac implantable device remote interrogation report."""
    pt, md, tech = people(c, 3)
    age = c.ri(70, 98)
    d, h, t = Doc(), hosp(c), day(c)
    d.add("REMOTE DEVICE TRANSMISSION REPORT\n{h} Device Clinic   tel {ph}\n"
          "Patient ........ {n}\nDOB ............ {dob}   ({ag})\nMRN ............ {m}\nTransmission ... {t}, received from {ip}\n"
          "Portal ......... {u}\n\n",
          h=P("HOSPITAL", h), ph=P("PHONE", phone(c)), n=name(c, pt, "NAME_PATIENT", c.ch(("lastfirst", "upper", "mid"))),
          dob=P("DATE", den(c, dob(c, age), "us")), ag=age_parts(c, age, "age"), m=P("MRN", mrn(c)),
          t=P("DATE", den(c, t, c.ch(("iso", "long", "dmy")))), ip=P("IP", ip(c)), u=P("URL", url(c, "carelink-remote.example.net", "pt")))
    d.add("Device: dual-chamber ⟦pr|pacemaker⟧, generator S/N {g}; RA lead S/N {la}; RV lead S/N {lv}\n"
          "Battery: ⟦me|{bat} years⟧ to ERI. RA ⟦me|impedance {imp} ohms⟧, ⟦me|sensing 3.1 mV⟧, threshold ⟦me|0.75 V @ 0.4 ms⟧. "
          "RV ⟦me|impedance 640 ohms⟧, threshold ⟦me|1.0 V @ 0.4 ms⟧.\nPacing: ⟦me|AP 38%⟧ ⟦me|VP 91%⟧. "
          "Episodes: 3 ⟦fi|atrial high rate episodes⟧, longest 4 h 12 min; ⟦me|AF burden 1.2%⟧. Underlying ⟦ep|Mobitz type II⟧ ⟦fi|second-degree AV block⟧.\n",
          g=P("DEVICE", serial(c)), la=P("DEVICE", serial(c)), lv=P("DEVICE", serial(c)), bat=c.fl(2, 11), imp=str(c.ri(380, 720)))
    trav = c.chance(0.5)
    d.add("Comment: {nn} reports travel abroad {td}; device ID card and passport {pp} copied for the travel letter. " if trav else "Comment: ",
          nn=name(c, pt, "NAME_PATIENT", "title"), td=P("DATE", den(c, day(c, 20, 60), "ord")), pp=P("PASSPORT", passport(c)))
    d.add("Already on ⟦dr|apixaban⟧ ⟦do|5 mg BID⟧. Next remote {nx}.\nReviewed: {md}    Tech: {tc}\n",
          nx=P("DATE", den(c, day(c, 85, 95), "md")), md=doc_name(c, md), tc=name(c, tech, "NAME_CLINICIAN", c.ch(("first", "init"))))
    return d


def jury_letter(c: Ctx) -> Doc:
    """Physician letter asking a court to excuse a patient from jury service."""
    pt, md = people(c, 2)
    age = c.ri(82, 101)
    a, h = addr(c), hosp(c)
    d = Doc()
    d.add("{h}\n\n{t}\n\nJury Administrator\nCircuit Court, Jury Office\nFax {fx}\n\nRe: Juror {nm}, Juror Participant No. {jn}\n"
          "Summons date: {sd}\nJuror address: {adr}\n\n",
          h=P("HOSPITAL", h), t=P("DATE", den(c, day(c, -5, 0), "long")), fx=P("FAX", phone(c)),
          nm=name(c, pt, "NAME_PATIENT", c.ch(("full", "mid", "upper"))), jn=P("OTHER_ID", c.pick(c.digits(9), f"J-{c.digits(7)}")),
          sd=P("DATE", den(c, day(c, 10, 60), c.ch(("us", "long")))), adr=addr_parts(a))
    d.add("To whom it may concern:\n\n{nn} (date of birth {dob}) has been my patient since {yr}. {Ps} is ", nn=name(c, pt, "NAME_PATIENT", "title"),
          dob=P("DATE", den(c, dob(c, age), "us")), yr=str(c.ri(2009, 2022)), Ps="He" if pt.sex == "M" else "She")
    d.add("{ag}", ag=age_parts(c, age, "yrs"))
    d.add(" and lives with ⟦ep|Ménière's disease⟧ with ⟦fi|sensorineural hearing loss⟧ of the ⟦an|left ear⟧ (⟦me|word recognition 44%⟧), "
          "plus ⟦fi|urge incontinence⟧ treated with ⟦dr|mirabegron⟧ ⟦do|50 mg daily⟧. Sitting for more than ⟦me|45 minutes⟧ without a "
          "restroom is not possible and {pn} cannot follow testimony reliably even with aids. ",
          pn="he" if pt.sex == "M" else "she")
    if c.chance(0.5):
        d.add("{pf} still works part-time at {w}, but on a self-paced schedule. ", pf=name(c, pt, "NAME_PATIENT", "first"),
              w=P("WORKPLACE", c.ch(("Aldergrove Public Library", "Cedar Point Credit Union", "Halvorsen Tool & Die"))))
    d.add("I request a permanent medical excuse.\n\nSincerely,\n\n{md}\nInternal Medicine, license {lic}, NPI {npi}\nDirect line {ph}\n",
          md=doc_name(c, md, "cred"), lic=P("LICENSE", st_license(c, a.state)), npi=P("LICENSE", npi(c)), ph=P("PHONE", phone(c)))
    return d


def lactation(c: Ctx) -> Doc:
    """Outpatient lactation consult: mother, baby, partner, breast-pump serial, WIC id."""
    mom, baby, partner, ibclc = people(c, 4)
    baby = type(baby)(baby.first, mom.last, baby.sex, baby.mid)
    d, h, bd = Doc(), hosp(c), day(c, -60, -5)
    d.add("LACTATION CONSULT — {h} Breastfeeding Medicine\nMother: {mn}  MRN {m}   Infant: {bn}  MRN {m2}\nInfant DOB: {bd}   Visit: {vd}\n"
          "Medicaid ID {mc}   WIC participant {wic}\nEmail on file {em}\n\n",
          h=P("HOSPITAL", h), mn=name(c, mom, "NAME_PATIENT", c.ch(("full", "lastfirst", "mid"))), m=P("MRN", mrn(c)),
          bn=name(c, baby, "NAME_RELATIVE", c.ch(("full", "first"))), m2=P("MRN", mrn(c)), bd=P("DATE", den(c, bd, c.ch(("us", "iso", "short")))),
          vd=P("DATE", den(c, day(c, -3, 0), "long")), mc=P("INSURANCE", member(c)), wic=P("OTHER_ID", f"WIC{c.digits(8)}"),
          em=P("EMAIL", email(c, mom)))
    d.add("S: {mf} reports ⟦fi|nipple pain⟧ on the ⟦an|right breast⟧, worse at latch. Partner {pn} helps with night feeds. "
          "{bf} feeding 8-10x/day, ⟦me|6 wet diapers⟧.\nO: ⟦me|birth weight 3.41 kg⟧, today ⟦me|3.62 kg⟧; pre/post-feed ⟦me|transfer 58 mL⟧. "
          "⟦fi|Compression stripe⟧ after feed. ⟦ep|Montgomery glands⟧ prominent, no ⟦fi|mastitis⟧. Infant: ⟦fi|ankyloglossia⟧, "
          "⟦ep|Hazelbaker⟧ function ⟦me|score 9⟧.\n",
          mf=name(c, mom, "NAME_PATIENT", c.ch(("first", "title"))), pn=name(c, partner, "NAME_RELATIVE", c.ch(("full", "first"))),
          bf=name(c, baby, "NAME_RELATIVE", "first"))
    d.add("A/P: shallow latch; refer for ⟦pr|frenotomy⟧. ⟦dr|lanolin⟧ after feeds, ⟦dr|ibuprofen⟧ ⟦do|400 mg q6h prn⟧. Hospital-grade "
          "pump loaned, S/N {sn}. Video follow-up link {u} on {fd}.\nConsultant: {ib}   call-back {ph}\n",
          sn=P("DEVICE", serial(c)), u=P("URL", url(c, "visit.bellweather-health.example.org", "room")),
          fd=P("DATE", den(c, day(c, 3, 10), "md")), ib=doc_name(c, ibclc, "cred", "IBCLC"), ph=P("PHONE", phone(c)))
    return d


def concussion(c: Ctx) -> Doc:
    """Sports concussion return-to-learn / return-to-play note for a school."""
    pt, mom, at, md = people(c, 4)
    d, h, inj = Doc(), hosp(c), day(c, -20, -3)
    d.add("{h} Sports Concussion Clinic\nRETURN-TO-LEARN / RETURN-TO-PLAY PLAN\n\nStudent-athlete: {n}   DOB: {dob}   MRN: {m}\n"
          "Sport: {sp} (school nurse copied)\nParent/guardian: {mo}, {mp}, {me}\nAthletic trainer: {at}\nDate of injury: {inj}\n\n",
          h=P("HOSPITAL", h), n=name(c, pt, "NAME_PATIENT", c.ch(("full", "lastfirst", "upper"))), dob=P("DATE", den(c, dob(c, c.ri(13, 17)), "us")),
          m=P("MRN", mrn(c)),
          sp=c.ch(("football", "soccer", "wrestling", "lacrosse")), mo=name(c, mom, "NAME_RELATIVE", c.ch(("full", "title"))),
          mp=P("PHONE", phone(c)), me=P("EMAIL", email(c, mom)), at=doc_name(c, at, "cred", "ATC"), inj=P("DATE", den(c, inj, c.ch(("long", "us", "abbr")))))
    d.add("History: helmet-to-helmet hit, no ⟦fi|loss of consciousness⟧, ⟦ep|Glasgow Coma Scale⟧ ⟦me|15/15⟧ on the sideline. {nf} had "
          "⟦fi|headache⟧ and ⟦fi|photophobia⟧ for 5 days. ⟦me|PCSS 34⟧ initially, ⟦me|PCSS 6⟧ today. ⟦ep|Romberg test⟧ negative; "
          "⟦me|VOMS⟧ with ⟦fi|convergence insufficiency⟧ (⟦me|NPC 9 cm⟧). ⟦pr|CT head⟧ not indicated.\n"
          "Computerized test results: {u}\n",
          nf=name(c, pt, "NAME_PATIENT", c.ch(("first", "lower", "nick"))), u=P("URL", url(c, "impact-portal.example.com", "report")))
    d.add("Plan: half days x1 week, extra test time, no screens > 20 min; ⟦dr|acetaminophen⟧ ⟦do|500 mg⟧ prn only. Graduated "
          "return to play once symptom free; recheck {fu}.\n{md}  ph {ph}\n",
          fu=P("DATE", den(c, day(c, 5, 14), "ord")), md=doc_name(c, md), ph=P("PHONE", phone(c)))
    return d


def placard(c: Ctx) -> Doc:
    """Disability parking placard / plate application, medical certification part."""
    pt, md = people(c, 2)
    a = addr(c)
    d = Doc()
    d.add("APPLICATION FOR DISABILITY PARKING PLACARD / PLATES  (Form BMV-{fm})\nApplication no. {ap}\n\nSECTION A - APPLICANT\n"
          "Name (last, first, MI): {n}\nDate of birth: {dob}   SSN: {ssn}\nDriver license/ID no.: {dl}\nResidence: {adr}\n"
          "Vehicle plate: {pl}   VIN: {vin}\nPhone: {ph}\n\n",
          fm=str(c.ri(2100, 2999)), ap=P("OTHER_ID", f"PL{c.digits(8)}"), n=P("NAME_PATIENT", f"{pt.last.upper()}, {pt.first.upper()} {pt.mid}"),
          dob=P("DATE", den(c, dob(c, c.ri(40, 88)), "us")), ssn=P("SSN", ssn(c)), dl=P("LICENSE", driver_lic(c, a.state)),
          adr=addr_parts(a), pl=P("VEHICLE", plate(c)), vin=P("VEHICLE", vin(c)), ph=P("PHONE", phone(c)))
    dur = c.ch(("permanent", "temporary (6 months)"))
    d.add("SECTION B - CERTIFICATION BY LICENSED PRACTITIONER\n[x] cannot walk 200 feet without stopping to rest\n"
          "[x] uses a wheelchair (power chair S/N {ws})\nDiagnosis: ⟦ep|Charcot foot⟧ of the ⟦an|right midfoot⟧ after ⟦pr|transmetatarsal amputation⟧, "
          "⟦fi|diabetic peripheral neuropathy⟧, ⟦lab|HbA1c 8.1%⟧; ⟦me|6-minute walk 140 m⟧.\nDuration: {dur}\n\n",
          ws=P("DEVICE", serial(c)), dur=dur)
    d.add("I certify that {nn} meets the criteria above.\nPractitioner: {md}  License no. {lic}   {hh}\nOffice fax {fx}   Date signed {sd}\n",
          nn=name(c, pt, "NAME_PATIENT", c.ch(("title", "full", "init"))), md=doc_name(c, md, "cred"), lic=P("LICENSE", st_license(c, a.state)),
          hh=P("HOSPITAL", hosp(c, a.city)), fx=P("FAX", phone(c)), sd=P("DATE", den(c, day(c, -2, 0), c.ch(("us", "short")))))
    return d


def dive_medical(c: Ctx) -> Doc:
    """Recreational scuba diver medical statement, physician's evaluation page."""
    pt, md = people(c, 2)
    a = addr(c)
    d = Doc()
    d.add("DIVER MEDICAL | PARTICIPANT QUESTIONNAIRE - PHYSICIAN'S EVALUATION\nParticipant: {n}\nBirth date: {dob}   Passport: {pp}\n"
          "Email: {em}   Mobile: {ph}   Home: {hc}, {ctry}\nEmployer: {w}\nDive center/resort: Coral Shelf Divers, Bonaire   Trip dates: {t1} - {t2}\n\n",
          n=name(c, pt, "NAME_PATIENT", c.ch(("full", "upper", "mid"))), dob=P("DATE", den(c, dob(c, c.ri(19, 70)), c.ch(("dmy", "us")))),
          pp=P("PASSPORT", passport(c)), em=P("EMAIL", email(c, pt)), ph=P("PHONE", phone(c, "plus")),
          w=P("WORKPLACE", c.ch(("Osprey Marine Supply", "Tri-County Rural Electric", "Brightline Logistics", "Summit Roofing LLC"))),
          t1=P("DATE", den(c, day(c, 20, 40), "md")), t2=P("DATE", den(c, day(c, 41, 55), "md")), hc=P("CITY", a.city), ctry="USA")
    d.add("Flagged answers: asthma as a child; ⟦fi|spontaneous pneumothorax⟧? no. Current meds ⟦dr|albuterol⟧ ⟦do|90 mcg 2 puffs prn⟧ (last used 2019), "
          "⟦dr|sertraline⟧ ⟦do|50 mg daily⟧.\nExam: ⟦me|BP 124/78 mmHg⟧, ⟦me|BMI 27.4⟧. TMs mobile with ⟦ep|Valsalva maneuver⟧, "
          "⟦ep|Eustachian tube⟧ function normal; ⟦lab|FEV1/FVC 0.81⟧, no ⟦fi|bronchospasm⟧ after exercise.\n"
          "Assessment: {nf} is fit to dive. Avoid dives > ⟦me|30 m⟧ while on ⟦dr|sertraline⟧.\n\n",
          nf=name(c, pt, "NAME_PATIENT", c.ch(("first", "title"))))
    d.add("Physician: {md}   {cl}\nLicense {lic}   Clinic: {hh}   Tel {tp}   Date {sd}\n",
          md=doc_name(c, md, "cred"), cl=c.ch(("Family Medicine", "Undersea & Hyperbaric Medicine")), lic=P("LICENSE", st_license(c, a.state)),
          hh=P("HOSPITAL", hosp(c, a.city)), tp=P("PHONE", phone(c)), sd=P("DATE", den(c, day(c, -1, 0), "iso")))
    return d


def bronch(c: Ctx) -> Doc:
    """Flexible bronchoscopy with EBUS-TBNA procedure report."""
    pt, md, fel, rn = people(c, 4)
    d, h, t = Doc(), hosp(c), day(c)
    d.add("BRONCHOSCOPY REPORT\n{h}   Interventional Pulmonology\nPatient: {n}   MRN: {m}   Encounter: {ac}\nProcedure date: {t}   "
          "Images archived from {ip}\nOperator: {md}   Fellow: {fl}   Sedation RN: {rn}\n\n",
          h=P("HOSPITAL", h), n=name(c, pt, "NAME_PATIENT", c.ch(("lastfirst", "upper", "full"))), m=P("MRN", mrn(c)),
          ac=P("ACCOUNT", acct(c)), t=P("DATE", den(c, t, c.ch(("us", "abbr", "long")))), ip=P("IP", ip(c)), md=doc_name(c, md, "dr"),
          fl=name(c, fel, "NAME_CLINICIAN", c.ch(("full", "init"))), rn=name(c, rn, "NAME_CLINICIAN", c.ch(("first", "lower", "full"))))
    d.add(c.ch(("Indication: ⟦fi|right upper lobe mass⟧ ⟦me|3.4 cm⟧ with ⟦fi|mediastinal adenopathy⟧ on ⟦pr|PET-CT⟧ (⟦me|SUV max 11.2⟧).\n",
                "Indication: ⟦fi|bilateral hilar adenopathy⟧ and ⟦fi|perilymphatic nodules⟧; ⟦lab|ACE 88 U/L⟧, suspect ⟦fi|sarcoidosis⟧.\n")))
    d.add(
          "Medications: ⟦dr|midazolam⟧ ⟦do|2 mg IV⟧, ⟦dr|fentanyl⟧ ⟦do|50 mcg IV⟧, ⟦dr|lidocaine⟧ ⟦do|1% 10 mL⟧ topical.\n"
          "Findings: ⟦an|vocal cords⟧ normal. Extrinsic compression of the ⟦an|right upper lobe bronchus⟧. ⟦pr|EBUS-TBNA⟧ of station "
          "⟦an|4R⟧ (⟦me|1.8 cm⟧, 4 passes) and ⟦an|station 7⟧ (3 passes); ROSE: ⟦fi|non-small cell carcinoma⟧. "
          "⟦pr|Bronchoalveolar lavage⟧ of the ⟦an|RB1⟧.\n")
    d.add("Specimens: cytology {a1}; cell block {a2}; BAL cultures {a3}\nComplications: none. ⟦me|SpO2 95%⟧ on ⟦do|2 L⟧ at end.\n"
          "Plan: tumor board {tb}; results to {pf} by phone {ph}.\n",
          a1=P("ACCESSION", accession(c)), a2=P("ACCESSION", accession(c)), a3=P("ACCESSION", accession(c, "M")),
          tb=P("DATE", den(c, day(c, 2, 9, t), "md")), pf=name(c, pt, "NAME_PATIENT", c.ch(("title", "first"))), ph=P("PHONE", phone(c)))
    return d


def recall(c: Ctx) -> Doc:
    """Pharmacy drug-recall notification letter to a patient."""
    pt, rph = people(c, 2)
    a = addr(c)
    age = c.ri(60, 96)
    ph = pharmacy(c)
    d = Doc()
    d.add("{phn}\n{t}\n\n{n}\n{adr}\n\nRE: Voluntary recall - ⟦dr|valsartan⟧ ⟦do|160 mg⟧ tablets (lot numbers on the enclosed sheet)\n"
          "Rx # {rx}   last filled {lf}\nPatient DOB: {dob}\n\n",
          phn=P("HOSPITAL", ph), t=P("DATE", den(c, day(c, -4, 0), "long")), n=name(c, pt, "NAME_PATIENT", c.ch(("full", "mid", "upper"))),
          adr=addr_parts(a, one_line=False), rx=P("OTHER_ID", c.pick(c.digits(7), f"RX{c.digits(8)}", f"{c.digits(3)}-{c.digits(5, False)}")),
          lf=P("DATE", den(c, day(c, -60, -10), c.ch(("us", "short")))), dob=P("DATE", den(c, dob(c, age), "us")))
    d.add("Dear {nn},\n\nOur records show you received a lot of ⟦dr|valsartan⟧ that the maker recalled because of trace ⟦fi|NDMA impurity⟧. "
          "Do not stop your blood-pressure medicine on your own: stopping can raise your ⟦me|blood pressure⟧ quickly. ",
          nn=name(c, pt, "NAME_PATIENT", c.ch(("title", "full"))))
    if age > 89:
        d.add("Because you are ", )
        d.add("{ag}", ag=P("AGE_OVER_89", str(age)))
        d.add(", we can deliver the replacement to your home at no charge. ")
    d.add("We will replace it with ⟦dr|losartan⟧ ⟦do|50 mg daily⟧ after your prescriber approves; we faxed your doctor at {fx}. "
          "If you had ⟦fi|angioedema⟧ or ⟦ep|Stevens-Johnson syndrome⟧ with any ARB, tell us.\n\nTrack your refill: {u}\n"
          "Questions: {pp} or {em}\n\n{rp}, Pharmacist in charge\nAccount {ac}\n",
          fx=P("FAX", phone(c)), u=P("URL", url(c, "refills.brookline-rx.example.com", "track")), pp=P("PHONE", phone(c)),
          em=P("EMAIL", email(c, pt)), rp=name(c, rph, "NAME_CLINICIAN", c.ch(("full", "init", "mid"))), ac=P("ACCOUNT", acct(c)))
    return d


TEMPLATES = [
    ("en14_voicemail_queue", voicemail),
    ("en14_hospice_election_intake", hospice_intake),
    ("en14_anticoag_bridging_fax", bridging),
    ("en14_transfusion_reaction_workup", txn_reaction),
    ("en14_remote_device_transmission", device_check),
    ("en14_jury_excusal_letter", jury_letter),
    ("en14_lactation_consult", lactation),
    ("en14_concussion_return_to_learn", concussion),
    ("en14_parking_placard_certification", placard),
    ("en14_diver_medical_statement", dive_medical),
    ("en14_bronchoscopy_ebus_report", bronch),
    ("en14_drug_recall_letter", recall),
]
