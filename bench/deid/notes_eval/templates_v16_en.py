"""v16 English templates, part 1 (six document types; part 2 is templates_v16_en2.py). TEMPLATES
lists all twelve. Written for v16 without reading any earlier version's templates or notes."""

# ruff: noqa: E501  (document text is kept on one line per printed line)

from __future__ import annotations

import templates_v16_en2 as en2
from _core import Ctx, Doc, P
from _v16_kit import (
    SCHOOLS,
    STATE_NAMES,
    V16_WORDLIKE,
    UsAddr,
    acc,
    account,
    day,
    dl,
    dob,
    email,
    en_age_old,
    en_date,
    en_person,
    en_phone,
    ip,
    later,
    mbi,
    md,
    member,
    mrn,
    old,
    passport_us,
    plate,
    serial,
    ssn,
    url,
    us_hospital,
    vin,
)

V16_EN_WORDLIKE = V16_WORDLIKE


def _age(c: Ctx, n: int) -> list:
    b, v, a = en_age_old(c, n)
    return [b, P("AGE_OVER_89", v), a]


def partner_services(c: Ctx) -> Doc:
    """Health-department STI partner-services interview record (disease intervention specialist)."""
    d, pt, dis = Doc(), en_person(c), en_person(c)
    a, when = UsAddr(c), day(c)
    dx = c.pick("syph", "gc", "hiv")
    d.add("{co} COUNTY HEALTH DEPARTMENT - PARTNER SERVICES\nField record / original interview\n\n", co=c.pick("SHEBOYGAN", "MUSKOGEE", "DUBUQUE", "PUEBLO"))
    d.add("Case #: {case}    Interview date: {dt}    DIS: {dis} (ID {did})\n", case=P("OTHER_ID", f"{c.pick('STD', 'PS', 'SY')}-{when.year}-{c.digits(5)}"),
          dt=P("DATE", en_date(c, when)), dis=P("NAME_CLINICIAN", c.pick(dis.full, f"{dis.first[0]}. {dis.last}")), did=c.digits(3))
    d.add("Index patient: {n}   DOB {b}   Sex {s}\nResidence: {st}, {ct}, {stt} {z}\nPhone: {ph}   Email: {em}\n",
          n=P("NAME_PATIENT", pt.form(c)), b=P("DATE", en_date(c, dob(c, 17, 58))), s=pt.sex, st=P("ADDRESS_STREET", a.street),
          ct=P("CITY", a.town), stt=P("PROVINCE_STATE", a.st), z=P("POSTCODE", a.zip), ph=P("PHONE", en_phone(c)), em=P("EMAIL", email(c, pt)))
    d.add("Reporting provider: {h}, MRN {m}; specimen {s} collected {cd}.\n\n", h=P("HOSPITAL", us_hospital(c, a.town)), m=P("MRN", mrn(c)),
          s=P("ACCESSION", acc(c)), cd=P("DATE", md(later(when, -c.ri(3, 12)))))
    if dx == "syph":
        d.add("Lab: ⟦lab|RPR 1:{t}⟧, ⟦lab|TP-PA reactive⟧. Exam at clinic: painless ⟦fi|chancre⟧ on the ⟦an|penile shaft⟧ ~{s}, consistent with ⟦fi|primary syphilis⟧.\nTreated: ⟦dr|benzathine penicillin G⟧ ⟦do|2.4 million units IM⟧ x1. Counseled re ⟦ep|Jarisch-Herxheimer reaction⟧.\n",
              t=c.pick("16", "32", "64"), s=f"⟦me|{c.pick('8', '10', '12')} mm⟧")
    elif dx == "gc":
        d.add("Lab: ⟦lab|NAAT positive for Neisseria gonorrhoeae⟧ (urine), ⟦lab|Chlamydia trachomatis NAAT negative⟧.\nTreated: ⟦dr|ceftriaxone⟧ ⟦do|500 mg IM⟧ once; EPT offered: ⟦dr|cefixime⟧ ⟦do|800 mg PO⟧ x1 for partners.\n")
    else:
        d.add("Lab: ⟦lab|HIV-1/2 Ag/Ab combo reactive⟧, ⟦lab|HIV-1 RNA 48,200 copies/mL⟧, ⟦lab|CD4 412 cells/uL⟧. Linked to care; started ⟦dr|bictegravir/emtricitabine/tenofovir alafenamide⟧ ⟦do|1 tab daily⟧.\n")
    d.add("\nPARTNERS ELICITED (interview period {p0} - {p1})\n", p0=P("DATE", md(later(when, -c.ri(60, 120)))), p1=P("DATE", md(when)))
    d.add("#  | name / alias            | contact                | disposition\n")
    for i in range(c.ri(2, 3)):
        q = en_person(c)
        nm = c.pick(q.full, q.first, f"\"{q.nick}\" {q.last}", q.first.lower(), f"{q.first} (last name unk)")
        cont = c.pick(("PHONE", en_phone(c)), ("EMAIL", email(c, q)), ("ADDRESS_STREET", UsAddr(c).street))
        d.add("{i}  | {n} | {ct} | {dp}\n", i=i + 1, n=P("NAME_RELATIVE", nm), ct=P(*cont),
              dp=c.pick("A - prev treated", "C - infected, brought to tx", "G - insufficient info", "D - not infected", "H - unable to locate"))
    if c.chance(0.8):
        d.add("\nField note: partner #1 drives a {car}, plate {pl}, works nights at {w}. Left door hanger {dh}.\n",
              car=c.pick("silver Tacoma", "maroon Impala", "white Transit van", "black Altima"), pl=P("VEHICLE", plate(c)), w=P("WORKPLACE", c.pick("Tyson Foods plant", "Kwik Trip", "Walmart Distribution Center #6041", "Hormel Foods", "FedEx Ground")),
              dh=P("DATE", en_date(c, later(when, c.ri(1, 6)))))
    d.add("Patient reports she/he works at {w}; prefers text. Anonymous partner notification sent via {u}\n",
          w=P("WORKPLACE", c.pick("Menards", "Lowe's Home Improvement", "Hy-Vee", "U-Haul", "St. Cloud State University")), u=P("URL", url(c, c.pick("tellyourpartner.org", "inspot.health"), "n")))
    d.add("\nSupervisor review: {s}  {sd}\n", s=P("NAME_CLINICIAN", en_person(c).full), sd=P("DATE", en_date(c, later(when, c.ri(2, 9)))))
    return d


def faa_exam(c: Ctx) -> Doc:
    """FAA airman medical examination worksheet kept by an aviation medical examiner (8500-8 style)."""
    d, pt, ame = Doc(), en_person(c), en_person(c)
    a, when = UsAddr(c), day(c)
    d.add("AVIATION MEDICAL EXAMINER - EXAM WORKSHEET (office copy)\n{h} Occupational & Aviation Medicine\n\n", h=c.pick("Big Sky", "Prairie Lakes", "Lakeshore"))
    d.add("MedXPress confirmation no. ..... {mx}\nApplicant ........................ {n}\nSSN .............................. {s}\nDate of birth .................... {b}\n",
          mx=P("OTHER_ID", c.alnum(8)), n=P("NAME_PATIENT", c.pick(pt.full.upper(), f"{pt.last}, {pt.first} {pt.mid}")), s=P("SSN", ssn(c)), b=P("DATE", en_date(c, dob(c, 19, 66), c.pick("us0", "iso"))))
    d.add("Address .......................... {st}\n                                   {ct}, {stt} {z}\nPhone ............................ {ph}\n",
          st=P("ADDRESS_STREET", a.street), ct=P("CITY", a.town), stt=P("PROVINCE_STATE", a.st), z=P("POSTCODE", a.zip), ph=P("PHONE", en_phone(c)))
    d.add("Pilot certificate no. ............ {pc}   Class applied: {cl}\nEmployer ......................... {w}\nHours: {h1} total / {h2} last 6 mo\n",
          pc=P("LICENSE", c.pick(c.digits(7), "A" + c.digits(7), c.digits(10))), cl=c.pick("First", "Second", "Third"), w=P("WORKPLACE", c.pick("Allegiant Air", "Amtrak", "Boeing Everett", "FedEx Ground", "Valley Roofing LLC", "Jefferson Parish Sheriff's Office")),
          h1=c.ri(120, 14000), h2=c.ri(20, 500))
    d.add("Previous exam: {pd} at {h}\n\n", pd=P("DATE", en_date(c, later(when, -c.ri(360, 800)))), h=P("HOSPITAL", us_hospital(c)))
    d.add("Item 18 (medical history): {hx}\nFamily: father died at {fa} of ⟦fi|stroke⟧; mother living.\n",
          hx=c.pick("treated ⟦fi|hypertension⟧ on ⟦dr|lisinopril⟧ ⟦do|10 mg daily⟧, no side effects", "⟦fi|kidney stone⟧ 2017, passed spontaneously", "seasonal ⟦fi|allergic rhinitis⟧, ⟦dr|fluticasone⟧ nasal ⟦do|2 sprays daily⟧", "none"),
          fa=_age(c, old(c)))
    d.add("\nEXAM\n  Height 70 in  Weight 184 lb  ⟦me|BP 132/84⟧  ⟦me|pulse 68⟧\n  Distant vision (⟦ep|Snellen⟧): ⟦me|20/20⟧ OU uncorrected   Near: ⟦me|20/40⟧ each eye\n  Color: ⟦ep|Ishihara plates⟧ {ish}\n  Hearing: conversational voice at 6 ft, pass\n  Urine: ⟦lab|glucose negative⟧, ⟦lab|protein negative⟧\n",
          ish=c.pick("14/14 correct", "9/14 - refer for ⟦pr|signal light gun test⟧"))
    if c.chance(0.5):
        d.add("  ECG (first class, age >= 40): ⟦fi|normal sinus rhythm⟧, transmitted {dt}\n", dt=P("DATE", md(when)))
    d.add("\nDisposition: {disp}. Certificate issued {dt}.\nExaminer: {e}, {cr}   AME serial no. {sn}   Fax {fx}\n",
          disp=c.pick("issued", "deferred to AMCD", "issued with SI pending"), dt=P("DATE", en_date(c, when)), e=P("NAME_CLINICIAN", c.pick(ame.full, f"{ame.first[0]}. {ame.last}")),
          cr=c.pick("MD", "DO"), sn=P("LICENSE", f"{c.digits(5)}"), fx=P("FAX", en_phone(c)))
    return d


def charity_app(c: Ctx) -> Doc:
    """Hospital financial-assistance (charity care) application with the counselor's worksheet."""
    d, pt, sp = Doc(), en_person(c), en_person(c)
    sp.last = pt.last
    a, when = UsAddr(c), day(c)
    mom = en_person(c, "F")
    d.add("{h}\nFINANCIAL ASSISTANCE APPLICATION - received {dt}\n\n", h=P("HOSPITAL", us_hospital(c, a.town)), dt=P("DATE", en_date(c, when)))
    d.add("Section 1. Applicant\nName  {n}\nSSN  {s}\nAddress  {st}, {ct} {stt} {z}\nHome/cell  {ph}\nE-mail  {em}\n",
          n=P("NAME_PATIENT", pt.form(c)), s=P("SSN", ssn(c)), st=P("ADDRESS_STREET", a.street), ct=P("CITY", a.town), stt=P("PROVINCE_STATE", a.st),
          z=P("POSTCODE", a.zip), ph=P("PHONE", en_phone(c)), em=P("EMAIL", email(c, pt)))
    d.add("Section 2. Household (list everyone living in the home)\n  self\n  spouse   {sp}   employer: {w}\n  mother   {m}   age {ma}   SS income only\n",
          sp=P("NAME_RELATIVE", c.pick(sp.full, sp.first)), w=P("WORKPLACE", c.pick("Cargill", "Hy-Vee", "Sheboygan Area Transit", "Riverside Dental Group", "Pratt & Whitney")),
          m=P("NAME_RELATIVE", c.pick(f"{mom.first} {mom.last}", mom.full)), ma=P("AGE_OVER_89", str(old(c))))
    if c.chance(0.5):
        k = en_person(c)
        d.add("  son      {k}   14   {sc}\n", k=P("NAME_RELATIVE", k.first), sc=c.ch(SCHOOLS))
    d.add("Section 3. Income: applicant employed at {w} since 2016, $17.40/hr, 32 hrs/wk.\nSection 4. Assets: checking $812; 2011 Chevrolet Malibu VIN {v}, plate {pl}.\n",
          w=P("WORKPLACE", c.pick("Walmart Distribution Center #6041", "Kwik Trip", "Menards", "Bellefontaine Honda", "Dubuque County Schools")), v=P("VEHICLE", vin(c)), pl=P("VEHICLE", plate(c)))
    if c.chance(0.6):
        d.add("Identity verified with passport {idn}.\n", idn=P("PASSPORT", passport_us(c)))
    else:
        d.add("Identity verified with driver's license {idn}.\n", idn=P("LICENSE", dl(c)))
    d.add("\nAccounts under review:\n  {a1}  DOS {d1}  $48,116.20  ⟦fi|NSTEMI⟧, ⟦pr|left heart catheterization⟧ with ⟦pr|drug-eluting stent⟧ to ⟦an|proximal LAD⟧\n  {a2}  DOS {d2}  $1,902.00   ⟦pr|cardiac rehabilitation⟧ phase II, 12 sessions\n",
          a1=P("ACCOUNT", account(c)), d1=P("DATE", en_date(c, later(when, -c.ri(30, 90)), "us0")), a2=P("ACCOUNT", account(c)), d2=P("DATE", en_date(c, later(when, -c.ri(1, 25)), "us0")))
    d.add("MRN {m}.  Medicare {mb} (Part A only)\n", m=P("MRN", mrn(c)), mb=P("INSURANCE", mbi(c)))
    d.add("\nCOUNSELOR WORKSHEET - {cn}\nHousehold size 3-4, income 162% FPL -> 75% discount tier. Documents uploaded at {u} from {i}.\nApproved by {sup} on {ad}.\n",
          cn=P("NAME_CLINICIAN", en_person(c).first.lower()), u=P("URL", url(c, "pay.goodshepherdhealth.org", "fa/upload")), i=P("IP", ip(c)),
          sup=P("NAME_CLINICIAN", en_person(c).full), ad=P("DATE", en_date(c, later(when, c.ri(3, 20)))))
    return d


def pronounce(c: Ctx) -> Doc:
    """Resident's death pronouncement note (inpatient, comfort care)."""
    d, pt, rn, dau = Doc(), en_person(c), en_person(c), en_person(c, "F")
    when, n = day(c), old(c)
    t = f"{c.ri(0, 23):02d}{c.pick('07', '22', '41', '53')}"
    d.add("DEATH PRONOUNCEMENT NOTE\n{dt} {t}\n\n", dt=P("DATE", en_date(c, when)), t=t)
    d.add("Called by {rn}, RN, to evaluate {title} {ln} ({mrn}), a ", rn=P("NAME_CLINICIAN", c.pick(rn.first, rn.full)), title=pt.title, ln=P("NAME_PATIENT", pt.last), mrn=P("MRN", mrn(c)))
    d.add("{age} admitted {ad} with {dx}, DNR/DNI, on comfort measures since {cm}.\n", age=_age(c, n), ad=P("DATE", md(later(when, -c.ri(3, 15)))),
          dx=c.pick("⟦fi|aspiration pneumonia⟧", "⟦fi|septic shock⟧ from ⟦fi|urosepsis⟧", "⟦fi|decompensated heart failure⟧", "⟦fi|hemorrhagic stroke⟧ of the ⟦an|left basal ganglia⟧"),
          cm=P("DATE", md(later(when, -c.ri(1, 2)))))
    d.add("Per nursing, ⟦ep|Cheyne-Stokes respirations⟧ overnight; last dose ⟦dr|morphine⟧ ⟦do|2 mg IV⟧ at 0300 and ⟦dr|glycopyrrolate⟧ ⟦do|0.2 mg IV⟧.\n\n")
    d.add("Exam: no response to verbal or painful stimuli. Pupils fixed and dilated. No ⟦fi|corneal reflex⟧. No heart sounds auscultated over 1 minute; no breath sounds; no palpable ⟦an|carotid⟧ pulse.\nPatient pronounced dead at {t}.\n\n", t=t)
    if c.chance(0.45):
        d.add("Permanent pacemaker in situ (generator SN {sn}); magnet not needed, device rep notified for explant request by funeral home.\n", sn=P("DEVICE", serial(c)))
    d.add("Family: daughter {dn} at bedside{alt}; {oth} notified by phone at {ph}.\n",
          dn=P("NAME_RELATIVE", c.pick(dau.full, dau.first, f"{dau.first} {dau.last}")), alt=c.pick("", " with her husband"),
          oth=P("NAME_RELATIVE", c.pick(f"son {en_person(c, 'M').first}", en_person(c).full)), ph=P("PHONE", en_phone(c)))
    d.add("Family declines autopsy. Not an ME case (expected death). OPO ({opo}) referral #{ref} - declined for tissue given age.\n",
          opo=c.pick("Midwest Transplant Network", "LifeShare", "Donor Alliance"), ref=P("OTHER_ID", f"{c.digits(2)}-{c.digits(6)}"))
    d.add("Attending {att} notified. Body released to {fh} per family.\n\n-- {me}, {cr}\n   {h} Internal Medicine, pager 4471\n",
          att=P("NAME_CLINICIAN", c.pick(f"Dr. {en_person(c).last}", en_person(c).full)), fh=c.pick("Schoedinger Funeral Home", "Hartzell & Sons", "the funeral home"),
          me=P("NAME_CLINICIAN", en_person(c).full), cr=c.pick("MD", "DO", "MD (PGY-1)"), h=P("HOSPITAL", us_hospital(c)))
    return d


def foster_entry(c: Ctx) -> Doc:
    """Foster-care entry health screen (within 72 hours of placement)."""
    d, kid, fp, cw = Doc(), en_person(c), en_person(c, "F"), en_person(c)
    a, when = UsAddr(c), day(c)
    yrs = c.ri(4, 13)
    d.add("FOSTER CARE INITIAL HEALTH SCREEN\nClinic: {h}\n\nChild: {n} (goes by \"{nk}\")   DOB: {b}   Age {y}\nDCFS case #: {case}   Medicaid ID: {mid}\nDate of removal: {rd}   Seen: {sd}\n",
          h=P("HOSPITAL", us_hospital(c, a.town)), n=P("NAME_PATIENT", c.pick(kid.full, f"{kid.last}, {kid.first}")), nk=P("NAME_PATIENT", kid.nick if kid.nick != kid.first else kid.first[:3]),
          b=P("DATE", en_date(c, later(when, -365 * yrs - c.ri(20, 330)))), y=yrs, case=P("OTHER_ID", f"{c.digits(4)}-{c.letters(2)}-{c.digits(5)}"), mid=P("INSURANCE", member(c)),
          rd=P("DATE", en_date(c, later(when, -c.ri(1, 3)))), sd=P("DATE", en_date(c, when)))
    d.add("Placement: foster mother {fp}, {st}, {ct}, {stt} {z}, cell {ph}.\nAccompanied by caseworker {cw} ({cph}).\n",
          fp=P("NAME_RELATIVE", c.pick(fp.full, f"Ms. {fp.last}")), st=P("ADDRESS_STREET", a.street), ct=P("CITY", a.town), stt=P("PROVINCE_STATE", a.st), z=P("POSTCODE", a.zip),
          ph=P("PHONE", en_phone(c)), cw=P("NAME_RELATIVE", cw.full), cph=P("PHONE", en_phone(c)))
    d.add("History limited. Birth mother {bm}; prior caregiver was great-grandmother, ", bm=P("NAME_RELATIVE", c.pick(en_person(c, "F").full, "Tasha " + kid.last)))
    d.add("{age} and now in hospice. School: {s} (grade {g}).\n", age=_age(c, old(c)), s=c.ch(SCHOOLS), g=max(yrs - 5, 0))
    d.add("\nExam: Wt 50th %ile, Ht 25th %ile. ⟦ep|Tanner stage⟧ {ts}. ⟦fi|Dental caries⟧ x4 molars. Healing linear ⟦fi|bruise⟧ ⟦me|4 cm⟧ on ⟦an|left posterior thigh⟧ - photographed, reported to caseworker.\n{ex}\n",
          ts=c.pick("1", "2"), ex=c.pick("Knees: tender ⟦an|tibial tubercle⟧ bilaterally, c/w ⟦ep|Osgood-Schlatter disease⟧.", "⟦fi|Tinea capitis⟧, started ⟦dr|griseofulvin⟧ ⟦do|20 mg/kg/day⟧.", "Lungs clear."))
    d.add("Labs: ⟦lab|blood lead 3.1 mcg/dL⟧, ⟦lab|Hgb 11.2 g/dL⟧, specimen {s}.\nImmunizations per state registry incomplete - catch-up ⟦dr|Tdap⟧ and ⟦dr|MMR⟧ given.\n",
          s=P("ACCESSION", acc(c)))
    d.add("\n{md}, MD  NPI {npi}  {dt}\n", md=P("NAME_CLINICIAN", en_person(c).full), npi=P("LICENSE", c.digits(10)), dt=P("DATE", en_date(c, when, "us0")))
    return d


def mammo_letter(c: Ctx) -> Doc:
    """Lay letter of a screening mammogram result with recall, and the report attached."""
    d, pt, rad = Doc(), en_person(c, "F"), en_person(c)
    a, when = UsAddr(c), day(c)
    h = us_hospital(c, a.town)
    d.add("{h}\nBreast Imaging Center\n\n{dt}\n\n{n}\n{st}\n{ct}, {stt} {z}\n\n",
          h=P("HOSPITAL", h), dt=P("DATE", en_date(c, when, "mdy")), n=P("NAME_PATIENT", c.pick(pt.full, pt.full.upper(), f"{pt.first} {pt.mid}. {pt.last}")),
          st=P("ADDRESS_STREET", a.street), ct=P("CITY", a.town), stt=P("PROVINCE_STATE", a.st if c.chance(0.7) else STATE_NAMES[a.st]), z=P("POSTCODE", a.zip))
    d.add("Patient ID: {m}    Exam date: {ed}    Accession: {ac}\n\nDear {t} {ln},\n\n", m=P("MRN", mrn(c)), ed=P("DATE", en_date(c, later(when, -c.ri(1, 5)), "us0")),
          ac=P("ACCESSION", acc(c)), t=c.pick("Ms.", "Mrs."), ln=P("NAME_PATIENT", pt.last))
    if c.chance(0.25):
        d.add("Thank you for continuing your screening at ", )
        d.add("{age}. ", age=_age(c, old(c)))
    d.add("Your recent screening mammogram showed an area that needs a closer look. This is common and most of the time it is not cancer. Please call {ph} to schedule a diagnostic mammogram and possibly an ultrasound, or book online at {u}\n\n",
          ph=P("PHONE", en_phone(c)), u=P("URL", url(c, "mychart." + c.pick("prairielakes.org", "mercyridge.com"), "schedule")))
    d.add("A copy of this letter was sent to {ref}, fax {fx}.\n\nSincerely,\n{rd}, MD\n\n", ref=P("NAME_CLINICIAN", c.pick(f"Dr. {en_person(c).last}", en_person(c).full)), fx=P("FAX", en_phone(c)), rd=P("NAME_CLINICIAN", rad.full))
    d.add("--- report ---\nBILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS\nComparison: {cd}.\nBreast density: ⟦me|heterogeneously dense⟧ (C).\nFindings: {f} in the ⟦an|{side} breast {q}⟧ at ⟦me|{cm} cm⟧ from the nipple{cooper}.\nIMPRESSION: ⟦me|BI-RADS 0⟧: incomplete - additional imaging evaluation needed.\n",
          cd=P("DATE", en_date(c, later(when, -c.ri(380, 760)))), f=c.pick("⟦fi|focal asymmetry⟧", "⟦fi|architectural distortion⟧", "⟦fi|grouped amorphous calcifications⟧"),
          side=c.pick("left", "right"), q=c.pick("upper outer quadrant", "lower inner quadrant", "12 o'clock"), cm=c.pick("4", "6", "9"),
          cooper=c.pick("", ", with tethering of ⟦ep|Cooper's ligaments⟧"))
    return d


TEMPLATES = [
    ("en16_partner_services", partner_services),
    ("en16_faa_exam", faa_exam),
    ("en16_charity_app", charity_app),
    ("en16_pronounce", pronounce),
    ("en16_foster_entry", foster_entry),
    ("en16_mammo_letter", mammo_letter),
    *en2.TEMPLATES,
]
