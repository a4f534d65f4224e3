"""v20 English templates, part 2: no-show outreach CSV, newborn-screen repeat request, grievance
response letter, duplicate-record (MPI) merge worksheet, home-safety evaluation, bone-marrow biopsy."""

# ruff: noqa: E501
# fmt: off

from __future__ import annotations

import datetime as dt

import _v20_kit as k
from _core import Doc, P


def t_noshow(c):
    d = Doc()
    run = k.date(c)
    user = c.ch(k.CLIN_FIRST).lower()
    d.add("report,missed_appt_outreach\nexported_by,{u}\nexport_host,{ip}\nrun_date,{rd}\n", u=P("NAME_CLINICIAN", user), ip=P("IP", k.ip(c)), rd=P("DATE", k.fd(c, run, "iso")))
    d.add("clinic,{h}\n\nmrn,patient,dob,appt,provider,phone,email,reason_missed,reschedule_link,acct\n", h=P("HOSPITAL", c.ch(k.HOSPITALS)))
    for _ in range(c.ri(3, 5)):
        f, s = k.person(c)
        name = c.pick(f"{s.upper()} {f.upper()}", f"{f.lower()} {s.lower()}", f"{s}, {f}")
        cl = c.ch(k.CLIN_LAST)
        why = c.pick("no ride - car in shop", "\"forgot, was at work\"", "hospitalized elsewhere", "no answer x2", "pt states ⟦fi|migraine⟧ that day", "⟦fi|COPD exacerbation⟧")
        d.add("{m},\"{n}\",{b},{a},{cl} MD,{ph},{em},{w},{u},{ac}\n", m=P("MRN", k.mrn(c)), n=P("NAME_PATIENT", name), b=P("DATE", k.fd(c, k.dob(c, c.ri(20, 85), run), "us")), a=P("DATE", k.fd(c, run - dt.timedelta(days=c.ri(1, 9)), "iso")), cl=P("NAME_CLINICIAN", cl), ph=P("PHONE", k.phone(c)), em=P("EMAIL", k.email(c, f, s)) if c.chance(0.7) else "", w=why, u=P("URL", k.url(c, "myhealth-sched.example.org", "r")) if c.chance(0.6) else "", ac=P("ACCOUNT", k.acct(c)))
    d.add("\n# note: ⟦dr|warfarin⟧ pts with missed ⟦lab|INR⟧ checks routed to anticoag RN ({r})\n", r=P("NAME_CLINICIAN", c.ch(k.CLIN_FIRST)))
    return d


def t_nbs(c):
    d = Doc()
    bd = k.date(c)
    mf, ms = k.person(c, "F", 0.1)
    sur = ms if c.chance(0.7) else c.ch(k.SURNAMES)
    city, st, z = k.town(c)
    baby = c.pick(f"Baby Girl {sur}", f"Baby Boy {sur}", f"{sur}, Girl", f"{sur}, Boy")
    d.add("STATE NEWBORN SCREENING PROGRAM — {stn} Department of Health\nREQUEST FOR REPEAT SPECIMEN\n\n", stn=STATE_LONG(st))
    d.add("Kit / filter card no.: {kit}     Lab accession: {acc}\nInfant: {b}   DOB: {dob}   Birth weight: ⟦me|2140 g⟧\n", kit=P("OTHER_ID", f"{c.digits(2)}-{c.digits(7)}"), acc=P("ACCESSION", f"NBS{c.digits(9)}"), b=P("NAME_PATIENT", baby), dob=P("DATE", k.fd(c, bd, "us")))
    d.add("Birth facility: {h}   Infant MRN: {im}   Mother's MRN: {mm}\n", h=P("HOSPITAL", c.ch(k.HOSPITALS)), im=P("MRN", k.mrn(c)), mm=P("MRN", k.mrn(c)))
    d.add("Mother: {mo}   Address: ", mo=P("NAME_RELATIVE", f"{ms}, {mf}"))
    d.put(P("ADDRESS_STREET", k.street(c)), ", ", P("CITY", city), ", ", P("PROVINCE_STATE", st), " ", P("POSTCODE", z), "\n")
    d.add("Phone: {ph}\n\nReason: first specimen collected at 19 hours of age (< 24 h) on {col}; ⟦lab|TSH 38 mIU/L⟧ borderline, ⟦lab|C3 carnitine⟧ unsatisfactory. Infant received ⟦pr|packed red cell transfusion⟧? {yn}.\n", ph=P("PHONE", k.phone(c)), col=P("DATE", k.fd(c, bd, "md")), yn=c.pick("no", "yes, repeat at 120 days"))
    cf, cl = k.clin(c)
    d.add("Please collect a repeat heel-stick specimen by {due} and return by courier. Provider of record: {cf} {cl}, MD, NPI {npi}. Fax results to {fax}.\n", due=P("DATE", k.fd(c, bd + dt.timedelta(days=c.ri(5, 14)), "long")), cf=P("NAME_CLINICIAN", cf), cl=P("NAME_CLINICIAN", cl), npi=P("LICENSE", k.npi(c)), fax=P("FAX", k.phone(c)))
    d.add("Follow-up coordinator: {co} (nbs follow-up), ⟦fi|congenital hypothyroidism⟧ and ⟦fi|MCAD deficiency⟧ pathways.\n", co=P("NAME_CLINICIAN", c.ch(k.CLIN_FIRST).lower()))
    return d


def STATE_LONG(st: str) -> str:  # the program's state: not the patient's address, not labelled
    return k.STATE_NAMES[st]


def t_grievance(c):
    d = Doc()
    f, s = k.person(c)
    rf, _ = k.person(c)
    old = c.chance(0.5)
    age = c.ri(90, 103) if old else c.ri(44, 86)
    ev = k.date(c)
    d.add("{h}\nPatient Relations\n\n{dt}\n\n", h=P("HOSPITAL", c.ch(k.HOSPITALS)), dt=P("DATE", k.fd(c, ev + dt.timedelta(days=c.ri(10, 30)), "long")))
    d.put(P("NAME_RELATIVE", f"{rf} {s}"), "\n", *k.address(c, "\n"), "\n\n")
    d.add("RE: Grievance {g}, concerning your {rel} {pn} (account {ac})\n\nDear {sal},\n\n", g=P("OTHER_ID", f"GR-{c.digits(4)}-{c.digits(4)}"), rel=c.pick("mother", "father", "grandmother", "uncle"), pn=P("NAME_PATIENT", f"{f} {s}"), ac=P("ACCOUNT", k.acct(c)), sal=P("NAME_RELATIVE", rf))
    agep = [P("AGE_OVER_89", str(age)), "-year-old"] if old else [str(age), "-year-old"]
    d.put("Thank you for writing to us on ", P("DATE", k.fd(c, ev, "long")), ". You told us that your ", *agep, " relative waited almost five hours in the emergency department with a ⟦fi|hip fracture⟧ before receiving ⟦dr|morphine⟧ ⟦do|2 mg IV⟧, and that when you asked the charge nurse, ")
    d.add("{rn}, for a blanket you were told \"we are doing our best.\" ", rn=P("NAME_CLINICIAN", c.ch(k.CLIN_FIRST)))
    if old:
        d.add("You also wrote: \"She is {a2} years old and was left on a hallway stretcher.\" ", a2=P("AGE_OVER_89", str(age)))
    cf, cl = k.clin(c)
    d.add("\n\nWe reviewed the record with Dr. {cl}, the attending, and with nursing leadership. The review found a delay in ⟦pr|hip radiographs⟧ and the ⟦me|pain score 9/10⟧ was not reassessed for 3 hours. Staff received coaching.\n\n", cl=P("NAME_CLINICIAN", cl))
    d.add("If you are not satisfied you may contact the state survey agency or reply to {em} or call {ph}. A short survey: {u}\n(submitted from {ip})\n\nSincerely,\n{pf} {pl}\nPatient Advocate\n", em=P("EMAIL", f"patientrelations{c.ri(1, 9)}@hospital.example.org"), ph=P("PHONE", k.phone(c)), u=P("URL", k.url(c, "survey.example.org", "g")), ip=P("IP", k.ip(c)), pf=P("NAME_CLINICIAN", cf), pl=P("NAME_CLINICIAN", c.ch(k.CLIN_LAST)))
    return d


def t_mpi(c):
    d = Doc()
    f, s = k.person(c)
    b = k.dob(c, c.ri(18, 88), k.date(c))
    alias = c.pick(f"{f[0]}. {s}", f"{s.upper()}, {f.upper()}", f"{k.nick(f)} {s}", f"{f} {s}-{c.ch(k.SURNAMES)}")
    d.add("HIM — MASTER PATIENT INDEX\nPOTENTIAL DUPLICATE / OVERLAY RESOLUTION WORKSHEET\nTask #{t}   Opened by: {u} @ {ip}\n\n", t=P("OTHER_ID", f"MPI{c.digits(7)}"), u=P("NAME_CLINICIAN", c.ch(k.CLIN_FIRST).lower()), ip=P("IP", k.ip(c)))
    d.add("Field            | Record A (survivor)          | Record B (to merge)\n")
    d.add("MRN              | {a}                    | {b}\n", a=P("MRN", k.mrn(c)), b=P("MRN", k.mrn(c)))
    d.add("Name             | {na}               | {nb}\n", na=P("NAME_PATIENT", f"{s}, {f}"), nb=P("NAME_PATIENT", alias))
    d.add("DOB              | {da}                 | {db}\n", da=P("DATE", k.fd(c, b, "us")), db=P("DATE", k.fd(c, b.replace(day=min(b.month, 28)), "us")))
    d.add("SSN              | {sa}                  | {sb}\n", sa=P("SSN", k.ssn(c)), sb=c.pick("(blank)", "000-00-0000"))
    d.put("Address          | ", *k.address(c), " | same\n")
    d.add("Phone            | {pa}               | {pb}\n", pa=P("PHONE", k.phone(c)), pb=P("PHONE", k.phone(c)))
    d.add("ID verified      | driver's license {dl}   | passport {pp}\n", dl=P("LICENSE", k.dl(c)), pp=P("PASSPORT", k.passport(c)))
    d.add("Insurance        | {ma}             | —\n", ma=P("INSURANCE", k.member(c)))
    d.add("Encounters       | {ea}                | {eb}\n\n", ea=P("ACCOUNT", k.acct(c)), eb=P("ACCOUNT", k.acct(c)))
    d.add("Clinical check: both charts list ⟦fi|type 2 diabetes mellitus⟧ and ⟦dr|metformin⟧ ⟦do|1000 mg BID⟧; record B has ⟦an|left kidney⟧ ⟦fi|angiomyolipoma⟧ from an outside ⟦pr|CT abdomen⟧ (accession {acc}).\n", acc=P("ACCESSION", k.accession(c)))
    d.add("Decision: {dec}. Reviewed with {cf} {cl} (HIM data integrity) on {dd}.\n", dec=c.pick("same person — merge B into A", "different people (twins) — do not merge, flag", "overlay — split encounters"), cf=P("NAME_CLINICIAN", c.ch(k.CLIN_FIRST)), cl=P("NAME_CLINICIAN", c.ch(k.CLIN_LAST)), dd=P("DATE", k.fd(c, k.date(c), "iso")))
    return d


def t_homesafety(c):
    d = Doc()
    f, s = k.person(c)
    age = c.ri(90, 104)
    df, _ = k.person(c, "F")
    vd = k.date(c)
    emp = c.ch(k.EMPLOYERS)
    d.add("OCCUPATIONAL THERAPY — HOME SAFETY EVALUATION\nClient: {n}    Age: {a}    MRN {m}    Medicare MBI {mbi}\nVisit date: {vd}\nHome: ", n=P("NAME_PATIENT", f"{f} {s}"), a=P("AGE_OVER_89", str(age)), m=P("MRN", k.mrn(c)), mbi=P("INSURANCE", f"{c.digits(1)}{c.letters(2)}{c.digits(1)}-{c.letters(2)}{c.digits(1)}-{c.letters(2)}{c.digits(2)}"), vd=P("DATE", k.fd(c, vd)))
    d.put(*k.address(c), "   (two-storey, 14 steps, no rail on left)\n\n")
    d.add("S: {fn} is a {a}-year-old who has lived alone since losing a spouse; {wrk}. Daughter {dn} (\"{dk}\") lives 20 min away and was present. Client says: \"I'm {a2} and I've never fallen in this house.\"\n", fn=P("NAME_PATIENT", f), a=P("AGE_OVER_89", str(age)), wrk=["retired from ", P("WORKPLACE", emp), " after 31 years"], dn=P("NAME_RELATIVE", f"{df} {s}"), dk=P("NAME_RELATIVE", k.nick(df)), a2=P("AGE_OVER_89", str(age)))
    d.add("Hx: ⟦fi|osteoporosis⟧ with ⟦fi|T12 compression fracture⟧, ⟦fi|macular degeneration⟧, ⟦ep|Ménière's disease⟧; on ⟦dr|alendronate⟧ ⟦do|70 mg weekly⟧. ⟦me|Timed Up and Go 19 seconds⟧.\n")
    d.add("O: bathroom — tub/shower combo, no grab bars; bedroom on 2nd floor; throw rugs x4. Medical alert pendant serial {sn} (tested, works).\n", sn=P("DEVICE", k.serial(c)))
    if c.chance(0.5):
        d.add("Still drives a 2008 sedan, plate {pl}; daughter wants a ⟦pr|driving evaluation⟧.\n", pl=P("VEHICLE", k.plate(c)))
    d.add("A/P: install grab bars, tub transfer bench, remove rugs; night lights. Call {ph} (daughter's cell) before next visit.\nOT: {cl}, OTR/L ({cf})\n", ph=P("PHONE", k.phone(c)), cl=P("NAME_CLINICIAN", c.ch(k.CLIN_LAST)), cf=P("NAME_CLINICIAN", c.ch(k.CLIN_FIRST).lower()))
    return d


def t_marrow(c):
    d = Doc()
    f, s = k.person(c)
    old = c.chance(0.4)
    age = c.ri(90, 97) if old else c.ri(28, 85)
    pd = k.date(c)
    cf, cl = k.clin(c)
    d.add("BONE MARROW ASPIRATION AND BIOPSY — PROCEDURE NOTE\n{h}\nPatient: {n}   MRN: {m}   Encounter: {e}   Date: {pd}\n", h=P("HOSPITAL", c.ch(k.HOSPITALS)), n=P("NAME_PATIENT", f"{s.upper()}, {f}"), m=P("MRN", k.mrn(c)), e=P("ACCOUNT", k.acct(c)), pd=P("DATE", k.fd(c, pd)))
    d.put("Indication: ", P("AGE_OVER_89", str(age)) if old else str(age), "-year-old with ⟦fi|pancytopenia⟧ and ⟦lab|circulating blasts 12%⟧, r/o ⟦fi|acute myeloid leukemia⟧ vs ⟦fi|myelodysplastic syndrome⟧.\n")
    d.add("Insurance: {ins}.\nTime-out performed with {rn}, RN and Dr. {cl}; consent signed by patient{wit}.\n", ins=P("INSURANCE", k.member(c)), rn=P("NAME_CLINICIAN", c.ch(k.CLIN_FIRST)), cl=P("NAME_CLINICIAN", cl), wit=[", witnessed by son ", P("NAME_RELATIVE", f"{c.ch(k.FIRST_M)} {s}")] if c.chance(0.6) else "")
    d.add("Procedure: prone, ⟦an|right posterior iliac crest⟧, ⟦dr|lidocaine 1%⟧ ⟦do|10 mL⟧ local. ⟦ep|Jamshidi needle⟧ aspirate 8 mL, core ⟦me|1.8 cm⟧. EBL < 5 mL.\nSpecimens: aspirate smears {a1}; core {a2}; flow cytometry {a3}; cytogenetics/⟦lab|FISH⟧ sent to {lab}.\n", a1=P("ACCESSION", k.accession(c, "BM")), a2=P("ACCESSION", k.accession(c, "BM")), a3=P("ACCESSION", k.accession(c, "FC")), lab=P("HOSPITAL", c.ch(k.LABS)))
    d.add("Complications: none. Discharged with {dr}.\n{cf} {cl}, MD  (hem/onc)  {dd}\n", dr=c.pick("her daughter", "his wife", "a friend"), cf=P("NAME_CLINICIAN", cf), cl=P("NAME_CLINICIAN", cl), dd=P("DATE", k.fd(c, pd, "md")))
    return d


TEMPLATES = [
    ("en20_noshow_outreach_csv", t_noshow),
    ("en20_newborn_screen_repeat", t_nbs),
    ("en20_grievance_response_letter", t_grievance),
    ("en20_mpi_duplicate_worksheet", t_mpi),
    ("en20_ot_home_safety_eval", t_homesafety),
    ("en20_bone_marrow_biopsy", t_marrow),
]
