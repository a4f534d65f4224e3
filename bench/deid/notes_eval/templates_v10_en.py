# Longer than 450 lines: twelve whole document templates with their scenario pools; the formatter
# spreads each document over many lines, and splitting would scatter one set's layouts.
"""v10 English templates: twelve document kinds no earlier version used (genetic-counselling letter to
a family, scheduling waitlist export, SANE forensic exam, workers' comp IME letter, decision-capacity
assessment, hospital security report, trial screening log, lab courier chain of custody, IVF cycle
sheet, VA compensation exam, long-term-care admission packet, refugee health screening)."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import datetime as dt

from _core import Doc, P
from _v10_kit import (
    V10_WORDLIKE,
    Ctx,
    dob,
    email_en,
    employer_en,
    fd,
    hospital_en,
    ip,
    npi,
    person_en,
    phone_en,
    plate_en,
    rdate,
    ssn,
    street_en,
    town_en,
    vin,
    zip_en,
)

__all__ = ["TEMPLATES", "V10_WORDLIKE"]


def D(c: Ctx, d, style=None) -> P:
    return P("DATE", fd(c, d, style))


def age(c: Ctx, a: int, fmt: str = "{}-year-old") -> list:
    pre, post = fmt.split("{}")
    return [pre, P("AGE_OVER_89", str(a)) if a > 89 else str(a), post]


def old_age(c: Ctx, p: float) -> int:
    return c.ri(90, 103) if c.chance(p) else c.ri(67, 88)


def addr(c: Ctx) -> list:
    town, st, z3 = town_en(c)
    return [
        P("ADDRESS_STREET", street_en(c)),
        ", ",
        P("CITY", town),
        ", ",
        P("PROVINCE_STATE", st),
        " ",
        P("POSTCODE", zip_en(c, z3)),
    ]


# --------------------------------------------------------------------------- 1 genetic counselling letter to family

GENE = [
    (
        "BRCA2",
        "⟦fi|pathogenic variant c.5946delT⟧",
        "⟦fi|hereditary breast and ovarian cancer⟧",
        "⟦pr|risk-reducing salpingo-oophorectomy⟧",
        "⟦pr|breast MRI⟧",
    ),
    (
        "MLH1",
        "⟦fi|c.350C>T (p.Thr117Met) likely pathogenic variant⟧",
        "⟦ep|Lynch syndrome⟧",
        "⟦pr|colonoscopy every 1-2 years⟧",
        "⟦pr|upper endoscopy⟧",
    ),
    (
        "MYBPC3",
        "⟦fi|truncating variant c.2373dupG⟧",
        "⟦fi|hypertrophic cardiomyopathy⟧",
        "⟦pr|echocardiogram⟧",
        "⟦pr|ambulatory ECG monitoring⟧",
    ),
    (
        "LDLR",
        "⟦fi|pathogenic variant c.681C>G⟧",
        "⟦fi|familial hypercholesterolemia⟧",
        "⟦lab|fasting lipid panel⟧",
        "⟦pr|coronary calcium scan⟧",
    ),
]


def en_genetic_family_letter(c: Ctx) -> Doc:
    pt, g, d0 = person_en(c), c.ch(GENE), rdate(c)
    sib, kid = person_en(c, last=pt.last), person_en(c)
    gc, md = person_en(c), person_en(c)
    town = town_en(c)[0]
    hosp = c.ch((f"{town} Genetics & Genomics Clinic", hospital_en(c, town)))
    d = Doc()
    d.add(
        "{hosp}\nCancer & Cardiovascular Genetics Program  |  tel {ph}  |  fax {fx}\n\n{date}\n\n",
        hosp=P("HOSPITAL", hosp),
        ph=P("PHONE", phone_en(c)),
        fx=P("FAX", phone_en(c)),
        date=D(c, d0, "long"),
    )
    d.add(
        "To the family of {pt}\n{ad}\n\nDear {first} and family,\n\n",
        pt=P("NAME_PATIENT", pt.v("full")),
        ad=addr(c),
        first=P("NAME_PATIENT", pt.first),
    )
    d.add(
        "You are receiving this letter because {poss} genetic test (lab accession {acc}, reported {rep}) found a {var} in the {gene} gene. "
        "This variant is associated with {cond}. First-degree relatives, such as {sib} and {kid}, have a 50% chance of carrying the same variant. "
        "Testing for relatives is called cascade testing and looks only for the one variant found in your family.\n\n",
        poss=P("NAME_PATIENT", pt.v("poss")),
        acc=P("ACCESSION", f"{c.letters(2)}{c.digits(2)}-{c.digits(6)}"),
        rep=D(c, d0),
        var=g[1],
        gene=g[0],
        cond=g[2],
        sib=P("NAME_RELATIVE", sib.first),
        kid=P("NAME_RELATIVE", kid.v("full")),
    )
    d.add(
        "People who carry it are usually offered {a} and {b}. A family-specific test costs much less than the first test; use code {fam} "
        "when you order it at {url}. Your DOB ({dob}) and family code must both be entered.\n\n",
        a=g[3],
        b=g[4],
        fam=P("OTHER_ID", f"FAM-{c.alnum(6)}"),
        url=P(
            "URL", f"https://familytest.{c.ch(('invitae-partners.com', 'genome-link.org'))}/k/{c.token(10)}"
        ),
        dob=D(c, dob(c, c.ri(28, 70), d0)),
    )
    d.add(
        "If {sib} lives outside our area, a counsellor near {his} home can order testing; {pt_first} has agreed that we may speak with relatives who call. "
        "Questions: e-mail {em} or call me directly.\n\nSincerely,\n\n{gc}, MS, CGC\nLicensed Genetic Counselor, lic. {lic}\n"
        "cc: {md}, MD (ordering physician); MRN {mrn}\n",
        sib=P("NAME_RELATIVE", sib.first),
        his=sib.his,
        pt_first=P("NAME_PATIENT", pt.first),
        em=P("EMAIL", email_en(c, gc)),
        gc=P("NAME_CLINICIAN", gc.v("full")),
        lic=P("LICENSE", f"GC{c.digits(5)}"),
        md=P("NAME_CLINICIAN", md.v("init")),
        mrn=P("MRN", c.digits(8)),
    )
    return d


# --------------------------------------------------------------------------- 2 scheduling waitlist export

CLIN = [
    ("⟦fi|new-onset atrial fibrillation⟧", "⟦pr|TEE cardioversion⟧"),
    ("⟦fi|thyroid nodule⟧", "⟦pr|FNA biopsy⟧"),
    ("⟦fi|carpal tunnel syndrome⟧", "⟦pr|nerve conduction study⟧"),
    ("⟦fi|iron deficiency anemia⟧", "⟦pr|iron sucrose infusion⟧"),
    ("⟦fi|chronic migraine⟧", "⟦pr|onabotulinumtoxinA injections⟧"),
    ("⟦ep|Barrett esophagus⟧", "⟦pr|EGD with biopsies⟧"),
]


def en_waitlist_export(c: Ctx) -> Doc:
    d0 = rdate(c)
    town = town_en(c)[0]
    d = Doc()
    d.add(
        "WAITLIST_EXPORT  clinic={hosp}  run={run} 06:12  host={ip}\n",
        hosp=P("HOSPITAL", hospital_en(c, town)),
        run=D(c, d0, "iso"),
        ip=P("IP", ip(c)),
    )
    d.add("last,first,mrn,dob,phone,referral_dx,requested,plan_member_id,provider,added,notes\n")
    for _ in range(c.ri(4, 6)):
        p, dx = person_en(c), c.ch(CLIN)
        mem = c.ch((f"{c.letters(3)}{c.digits(9)}", f"W{c.digits(9)}", f"{c.digits(8)}{c.letters(1)}"))
        note = c.ch(
            (
                "",
                "pt prefers afternoons",
                "needs interpreter",
                "call daughter first",
                "transport via van",
                "left VM",
            )
        )
        d.add(
            "{l},{f},{mrn},{dob},{ph},{dx},{pr},{mem},{prov},{add},{note}\n",
            l=P("NAME_PATIENT", p.last.upper() if c.chance(0.5) else p.last),
            f=P("NAME_PATIENT", p.first),
            mrn=P("MRN", c.ch((c.digits(7), "E" + c.digits(8)))),
            dob=D(c, dob(c, c.ri(19, 88), d0), c.ch(("mdy", "iso", "short"))),
            ph=P("PHONE", phone_en(c)),
            dx=dx[0],
            pr=dx[1],
            mem=P("INSURANCE", mem),
            prov=P("NAME_CLINICIAN", person_en(c).last.upper()),
            add=D(c, d0 - dt.timedelta(days=c.ri(3, 200)), "iso"),
            note=note,
        )
    d.add(
        "-- {n} rows; acct batch {acct}; exported by {who}\n",
        n=str(c.ri(4, 6)),
        acct=P("ACCOUNT", f"B{c.digits(9)}"),
        who=P("NAME_CLINICIAN", person_en(c).v("low")),
    )
    return d


# --------------------------------------------------------------------------- 3 SANE forensic exam


def en_sane_exam(c: Ctx) -> Doc:
    pt, d0 = person_en(c, "F"), rdate(c)
    nurse, friend = person_en(c, "F"), person_en(c)
    a = c.ri(16, 44)
    inj = c.ch(
        (
            "⟦fi|2 cm linear abrasion⟧ of the ⟦an|left forearm⟧",
            "⟦fi|patterned contusion⟧ on the ⟦an|right upper arm⟧ measuring ⟦me|4 x 3 cm⟧",
            "⟦fi|petechiae⟧ of the ⟦an|soft palate⟧",
            "⟦fi|superficial laceration⟧ at the ⟦an|posterior fourchette⟧",
        )
    )
    d = Doc()
    d.add(
        "SEXUAL ASSAULT NURSE EXAMINER (SANE) RECORD - CONFIDENTIAL\n{hosp} Forensic Nursing\n\n",
        hosp=P("HOSPITAL", hospital_en(c)),
    )
    d.add(
        "Patient: {pt}   DOB: {dob}   MRN: {mrn}\nDate/time of exam: {dt} 02:40   Reported assault: {da} approx 23:00\n"
        "Law enforcement case #: {case}   Evidence kit #: {kit}\n\n",
        pt=P("NAME_PATIENT", pt.v("LF")),
        dob=D(c, dob(c, a, d0)),
        mrn=P("MRN", c.digits(9)),
        dt=D(c, d0, "mdy"),
        da=D(c, d0, "md"),
        case=P("OTHER_ID", f"{d0.year % 100}-{c.digits(6)}"),
        kit=P("OTHER_ID", f"SAECK {c.digits(7)}"),
    )
    d.add(
        "History obtained from patient in private. {first} states she was at a party with her friend {fr} and does not remember leaving. "
        "She woke in an unfamiliar car; she wrote down the plate as {plate}. She reports ⟦fi|vaginal pain⟧ and ⟦fi|amnesia⟧. Age {age}.\n\n",
        first=P("NAME_PATIENT", pt.first),
        fr=P("NAME_RELATIVE", friend.first),
        plate=P("VEHICLE", plate_en(c)),
        age=age(c, a, "{}"),
    )
    d.add(
        "Exam: {inj}. ⟦me|HR 104⟧, ⟦me|BP 128/82⟧. ⟦lab|urine hCG negative⟧. Swabs collected per kit; ⟦pr|colposcopic photography⟧ done ({n} images).\n"
        "Prophylaxis: ⟦dr|ceftriaxone⟧ ⟦do|500 mg IM⟧, ⟦dr|doxycycline⟧ ⟦do|100 mg PO BID x 7 days⟧, ⟦dr|levonorgestrel⟧ ⟦do|1.5 mg⟧; HIV nPEP with ⟦dr|bictegravir/emtricitabine/tenofovir alafenamide⟧ started.\n"
        "Follow-up: advocate {adv} ({advph}); safe contact number {ph}.\n\nExaminer: {nu}, RN, SANE-A  cert {cert}\n",
        inj=inj,
        n=str(c.ri(6, 24)),
        adv=P("NAME_CLINICIAN", person_en(c).first),
        advph=P("PHONE", phone_en(c)),
        ph=P("PHONE", phone_en(c)),
        nu=P("NAME_CLINICIAN", nurse.v("full")),
        cert=P("LICENSE", f"SANE-{c.digits(6)}"),
    )
    return d


# --------------------------------------------------------------------------- 4 workers' comp IME letter

INJ = [
    (
        "⟦fi|lumbar radiculopathy⟧",
        "⟦an|L5-S1⟧",
        "⟦pr|MRI lumbar spine⟧",
        "⟦fi|left paracentral disc protrusion⟧",
    ),
    (
        "⟦fi|full-thickness rotator cuff tear⟧",
        "⟦an|right supraspinatus⟧",
        "⟦pr|arthroscopic rotator cuff repair⟧",
        "⟦fi|retracted tendon⟧",
    ),
    (
        "⟦fi|medial meniscus tear⟧",
        "⟦an|left knee⟧",
        "⟦pr|partial medial meniscectomy⟧",
        "⟦fi|grade 2 chondromalacia⟧",
    ),
    (
        "⟦fi|complex regional pain syndrome⟧",
        "⟦an|right hand⟧",
        "⟦pr|stellate ganglion block⟧",
        "⟦fi|allodynia⟧",
    ),
]


def en_ime_letter(c: Ctx) -> Doc:
    employer = employer_en(c)
    pt, inj, d0 = person_en(c), c.ch(INJ), rdate(c)
    doi = rdate(c, 2017, d0.year - 1 if d0.year > 2019 else 2018)
    ex = person_en(c)
    d = Doc()
    d.add(
        "INDEPENDENT MEDICAL EXAMINATION\n{date}\n\nRe: Claimant {pt}\nClaim No.: {cl}\nEmployer: {emp}\nDate of injury: {doi}\nSSN: {ssn}\n\n",
        date=D(c, d0, "long"),
        pt=P("NAME_PATIENT", pt.v("full")),
        cl=P("OTHER_ID", f"WC{c.digits(2)}-{c.digits(7)}"),
        emp=P("WORKPLACE", employer),
        doi=D(c, doi),
        ssn=P("SSN", ssn(c)),
    )
    d.add("Claimant address: {ad}; phone {ph}.\n\n", ad=addr(c), ph=P("PHONE", phone_en(c)))
    d.add(
        "{t} {last} is a {age} who was injured lifting at work for {emp}. {He} was treated at {hosp} and underwent {pr} with {fi} at {an}. "
        "Diagnosis: {dx}. Current meds: ⟦dr|gabapentin⟧ ⟦do|300 mg TID⟧ and ⟦dr|meloxicam⟧ ⟦do|15 mg daily⟧.\n\n",
        t=pt.title,
        last=P("NAME_PATIENT", pt.last),
        age=age(c, c.ri(24, 63), "{}-year-old"),
        emp=P("WORKPLACE", employer),
        He=pt.he.capitalize(),
        hosp=P("HOSPITAL", hospital_en(c)),
        pr=inj[2],
        fi=inj[3],
        an=inj[1],
        dx=inj[0],
    )
    d.add(
        "On examination ⟦me|grip strength 22 kg⟧ right, ⟦me|forward flexion 60 degrees⟧. ⟦ep|Waddell signs⟧ 1/5. MMI reached as of {mmi}; "
        "whole-person impairment ⟦me|8% WPI⟧ per AMA Guides. Restrictions: no lifting over 20 lb.\n\n"
        "Records reviewed include notes of {tp}, DO. I certify I have no treating relationship with the claimant.\n\n"
        "{ex}, MD, FAAOS\nState license {lic}   NPI {npi}\nfax {fx}\n",
        mmi=D(c, d0),
        tp=P("NAME_CLINICIAN", person_en(c).v("init")),
        ex=P("NAME_CLINICIAN", ex.v("UP")),
        lic=P("LICENSE", f"{c.letters(1)}{c.digits(5)}"),
        npi=P("LICENSE", npi(c)),
        fx=P("FAX", phone_en(c)),
    )
    return d


# --------------------------------------------------------------------------- 5 decision-making capacity assessment

CAP = [
    ("⟦pr|above-knee amputation⟧", "⟦fi|wet gangrene⟧ of the ⟦an|left foot⟧"),
    ("⟦pr|percutaneous gastrostomy tube⟧", "⟦fi|oropharyngeal dysphagia⟧"),
    ("⟦pr|hemodialysis⟧", "⟦fi|end-stage renal disease⟧"),
    ("⟦pr|discharge to skilled nursing facility⟧", "⟦fi|recurrent falls⟧"),
]


def en_capacity(c: Ctx) -> Doc:
    pt, sc, d0 = person_en(c), c.ch(CAP), rdate(c)
    a = old_age(c, 0.55)
    kid, psy = person_en(c, "M"), person_en(c)
    d = Doc()
    d.add(
        "Psychiatry C-L: Decision-Making Capacity Evaluation\n{hosp}, MRN {mrn}, {date}\n\n",
        hosp=P("HOSPITAL", hospital_en(c)),
        mrn=P("MRN", c.digits(8)),
        date=D(c, d0),
    )
    d.add(
        "{pt} is a {age} with ⟦fi|vascular neurocognitive disorder⟧ asked about {pr} for {fi}. Primary team asks whether {he} can refuse. "
        "I met {him} with {his} son {kid} at bedside; {kid2} holds a healthcare POA dated {poa} (phone {ph}).\n\n",
        pt=P("NAME_PATIENT", pt.v("full")),
        age=age(c, a, c.ch(("{}-year-old", "{} y/o", "{} yo"))),
        pr=sc[0],
        fi=sc[1],
        he=pt.he,
        him="him" if pt.sex == "M" else "her",
        his=pt.his,
        kid=P("NAME_RELATIVE", kid.v("full")),
        kid2=P("NAME_RELATIVE", kid.first),
        poa=D(c, rdate(c)),
        ph=P("PHONE", phone_en(c)),
    )
    d.add(
        '⟦me|MoCA 17/30⟧; ⟦lab|TSH 2.1⟧, ⟦lab|B12 410⟧. Understanding: restates the risk in own words. Appreciation: "I\'m {a} years old, I know what happens." '
        "Reasoning consistent with long-held values; choice stable over two visits.\n\nOpinion: {last} HAS capacity for this decision. ⟦dr|quetiapine⟧ ⟦do|12.5 mg qHS⟧ PRN only.\n\n"
        "{psy}, MD  pager {pg}\n",
        a=age(c, a, "{}"),
        last=P("NAME_PATIENT", pt.last),
        psy=P("NAME_CLINICIAN", psy.v("full")),
        pg=P("PHONE", phone_en(c)),
    )
    return d


# --------------------------------------------------------------------------- 6 hospital security report


def en_security_report(c: Ctx) -> Doc:
    pt, vis, d0 = person_en(c), person_en(c), rdate(c)
    off, rn = person_en(c), person_en(c, "F")
    d = Doc()
    d.add(
        "{hosp} Department of Public Safety - INCIDENT REPORT {inc}\nDate: {date}  Time: 21:47  Location: ED ambulance bay\n\n",
        hosp=P("HOSPITAL", hospital_en(c)),
        inc=P("OTHER_ID", f"DPS-{d0.year}-{c.digits(5)}"),
        date=D(c, d0, "mdy"),
    )
    d.add(
        "Officer {off} responded to a call from charge nurse {rn} regarding a visitor, identified as {vis} ({rel} of patient {pt}, MRN {mrn}), "
        "who was yelling in the waiting area. Visitor DL {dl}, vehicle {col} sedan plate {pl}, VIN {vin}, parked in the fire lane.\n\n",
        off=P("NAME_CLINICIAN", off.last),
        rn=P("NAME_CLINICIAN", rn.first),
        vis=P("NAME_RELATIVE", vis.v("full")),
        rel=c.ch(("husband", "brother", "ex-partner", "father")),
        pt=P("NAME_PATIENT", pt.v("full")),
        mrn=P("MRN", c.digits(8)),
        dl=P("LICENSE", c.ch((f"{c.letters(1)}{c.digits(7)}", c.digits(9)))),
        col=c.ch(("silver", "black", "white")),
        pl=P("VEHICLE", plate_en(c)),
        vin=P("VEHICLE", vin(c)),
    )
    d.add(
        "Patient was being treated for ⟦fi|alcohol withdrawal⟧ with ⟦dr|lorazepam⟧ ⟦do|2 mg IV⟧; no staff injury. {vlast} was escorted out, trespass warning issued, "
        "contact number {ph}. City PD notified, report {pd}. Camera export requested from workstation {ip}.\n\nReported by: {off2} (shift 2)\n",
        vlast=P("NAME_RELATIVE", vis.last.upper()),
        ph=P("PHONE", phone_en(c)),
        pd=P("OTHER_ID", f"{c.digits(2)}-{c.digits(5)}"),
        ip=P("IP", ip(c)),
        off2=P("NAME_CLINICIAN", off.v("init")),
    )
    return d


# --------------------------------------------------------------------------- 7 trial screening log


def en_trial_screen_log(c: Ctx) -> Doc:
    d0, coord = rdate(c), person_en(c)
    drug = c.ch(("⟦dr|tirzepatide⟧", "⟦dr|finerenone⟧", "⟦dr|zilebesiran⟧", "⟦dr|olpasiran⟧"))
    d = Doc()
    d.add(
        "Screening & Enrollment Log - protocol CV-2211 ({drug}) - site {hosp}\nPI: {pi}, MD   Coordinator: {co} ({em})\n\n",
        drug=drug,
        hosp=P("HOSPITAL", hospital_en(c)),
        pi=P("NAME_CLINICIAN", person_en(c).v("full")),
        co=P("NAME_CLINICIAN", coord.first),
        em=P("EMAIL", email_en(c, coord)),
    )
    d.add(
        "| Screen # | Initials | Pt name | DOB | Screened | Outcome | Reason |\n|---|---|---|---|---|---|---|\n"
    )
    for _ in range(c.ri(4, 6)):
        p = person_en(c)
        out = c.ch(("ENROLLED", "SCREEN FAIL", "DECLINED", "PENDING"))
        why = c.ch(
            (
                "⟦lab|eGFR 24⟧",
                "⟦lab|HbA1c 11.2%⟧",
                "⟦fi|recent NSTEMI⟧",
                "⟦lab|Lp(a) 212 nmol/L⟧",
                "⟦me|BMI 26⟧",
                "travel",
                "-",
            )
        )
        d.add(
            "| {sid} | {ini} | {nm} | {dob} | {sd} | {out} | {why} |\n",
            sid=P("OTHER_ID", f"{c.digits(3)}-{c.digits(4)}"),
            ini=P("NAME_PATIENT", p.v("ini")),
            nm=P("NAME_PATIENT", p.v("lf")),
            dob=D(c, dob(c, c.ri(40, 85), d0), "UP"),
            sd=D(c, rdate(c), "dmy"),
            out=out,
            why=why,
        )
    d.add(
        "\nLog reviewed {rv} by monitor; source docs in shared drive \\\\ctu-fs\\{sid}.\n",
        rv=D(c, d0),
        sid=P("OTHER_ID", f"S{c.digits(6)}"),
    )
    return d


# --------------------------------------------------------------------------- 8 courier chain of custody


def en_courier_custody(c: Ctx) -> Doc:
    pt, d0 = person_en(c), rdate(c)
    cour, tech = person_en(c), person_en(c)
    spec = c.ch(
        (
            "⟦pr|lumbar puncture⟧ CSF",
            "⟦pr|bone marrow aspirate⟧",
            "⟦pr|forensic blood alcohol⟧ draw",
            "⟦pr|random urine drug screen⟧",
        )
    )
    d = Doc()
    d.add(
        "CHAIN OF CUSTODY FORM   CCF# {ccf}\nDonor/patient: {pt}   SSN/ID: {ssn}   DOB {dob}\nCollection site: {hosp}, tel {ph}\n",
        ccf=P("ACCESSION", c.digits(10)),
        pt=P("NAME_PATIENT", pt.v("LF")),
        ssn=P("SSN", ssn(c)),
        dob=D(c, dob(c, c.ri(20, 80), d0)),
        hosp=P("HOSPITAL", hospital_en(c)),
        ph=P("PHONE", phone_en(c)),
    )
    d.add(
        "Specimen: {spec}, tube barcode {bc}; ⟦me|temperature 33.4 C⟧ within range; seal initialled by donor.\n\n",
        spec=spec,
        bc=P("ACCESSION", f"{c.letters(2)}{c.digits(8)}"),
    )
    d.add("Released by        | Received by       | Date       | Time  | Purpose\n")
    d.add(
        "{a} | {b} | {dt} | 14:05 | transport\n",
        a=P("NAME_CLINICIAN", tech.v("full")),
        b=P("NAME_CLINICIAN", cour.v("full")),
        dt=D(c, d0, "mdy"),
    )
    d.add(
        "{a} | lab accessioning | {dt} | 16:40 | testing\n\n",
        a=P("NAME_CLINICIAN", cour.v("init")),
        dt=D(c, d0, "mdy"),
    )
    d.add(
        "Courier van {pl}; employer of donor (DOT-covered): {emp}. Results to MRO fax {fx}.\n",
        pl=P("VEHICLE", plate_en(c)),
        emp=P("WORKPLACE", employer_en(c)),
        fx=P("FAX", phone_en(c)),
    )
    return d


# --------------------------------------------------------------------------- 9 IVF cycle sheet


def en_ivf_cycle(c: Ctx) -> Doc:
    pt, ptn, d0 = person_en(c, "F"), person_en(c, "M"), rdate(c)
    emb = person_en(c)
    d = Doc()
    d.add(
        "{hosp} - IVF STIMULATION CYCLE SHEET\nPatient: {pt}  DOB {dob}  Partner: {ptn}  DOB {pdob}\nCycle ID {cyc}   Plan member {mem}   Portal {url}\n\n",
        hosp=P(
            "HOSPITAL",
            c.ch(
                (
                    "Northwoods Fertility Institute",
                    "Sacred Heart Women's Center",
                    f"{town_en(c)[0]} Reproductive Medicine",
                )
            ),
        ),
        pt=P("NAME_PATIENT", pt.v("full")),
        dob=D(c, dob(c, c.ri(29, 44), d0)),
        ptn=P("NAME_RELATIVE", ptn.v("full")),
        pdob=D(c, dob(c, c.ri(29, 52), d0)),
        cyc=P("OTHER_ID", f"C{d0.year % 100}-{c.digits(5)}"),
        mem=P("INSURANCE", f"{c.letters(3)}{c.digits(9)}"),
        url=P(
            "URL", f"https://myfertility.{c.ch(('artemis-ivf.com', 'northwoodsivf.org'))}/cycle/{c.token(8)}"
        ),
    )
    d.add(
        "Protocol: antagonist; ⟦lab|AMH 1.9 ng/mL⟧, ⟦lab|AFC 11⟧.\nDay | Date | ⟦dr|follitropin alfa⟧ | ⟦dr|menotropins⟧ | E2 | Lead follicles\n"
    )
    for i in range(1, 5):
        d.add(
            "D{i} | {dt} | ⟦do|{f} IU⟧ | ⟦do|75 IU⟧ | ⟦lab|E2 {e2} pg/mL⟧ | ⟦me|{mm} mm⟧\n",
            i=str(i * 2),
            dt=D(c, d0 - dt.timedelta(days=12 - 2 * i), "md"),
            f=str(c.ch((150, 225, 300))),
            e2=str(c.ri(180, 2400)),
            mm=c.fl(9, 19),
        )
    d.add(
        "\nTrigger ⟦dr|leuprolide⟧ ⟦do|40 units⟧ + ⟦dr|hCG⟧ ⟦do|1000 IU⟧; ⟦pr|transvaginal oocyte retrieval⟧ {ret}. Semen specimen {acc} ({ptn}). "
        "Embryologist {emb}; {n} MII oocytes, ⟦pr|ICSI⟧.\nQuestions: nurse line {ph}; {first} prefers e-mail {em}.\n",
        ret=D(c, d0 + dt.timedelta(days=2)),
        acc=P("ACCESSION", f"AND-{c.digits(6)}"),
        ptn=P("NAME_RELATIVE", ptn.first),
        emb=P("NAME_CLINICIAN", emb.first + " " + emb.last[0].upper() + "."),
        n=str(c.ri(3, 16)),
        ph=P("PHONE", phone_en(c)),
        first=P("NAME_PATIENT", pt.first),
        em=P("EMAIL", email_en(c, pt)),
    )
    return d


# --------------------------------------------------------------------------- 10 VA compensation & pension exam

VA = [
    ("⟦fi|tinnitus⟧", "⟦pr|audiometry⟧", "⟦me|puretone average 38 dB⟧"),
    ("⟦fi|posttraumatic stress disorder⟧", "⟦pr|PCL-5⟧", "⟦me|PCL-5 score 52⟧"),
    ("⟦fi|obstructive sleep apnea⟧", "⟦pr|polysomnography⟧", "⟦me|AHI 34⟧"),
    (
        "⟦fi|degenerative arthritis⟧ of the ⟦an|lumbar spine⟧",
        "⟦pr|range of motion testing⟧",
        "⟦me|flexion 55 degrees⟧",
    ),
]


def en_va_exam(c: Ctx) -> Doc:
    pt, sc, d0 = person_en(c, "M"), c.ch(VA), rdate(c)
    a = c.ri(90, 99) if c.chance(0.35) else c.ri(26, 79)
    ex = person_en(c)
    d = Doc()
    d.add(
        "DISABILITY BENEFITS QUESTIONNAIRE - COMPENSATION & PENSION\nVeteran: {PT}   C-file {cf}   SSN {ssn}\nExam {date} at {hosp}\n\n",
        PT=P("NAME_PATIENT", pt.v("LF")),
        cf=P("OTHER_ID", c.digits(8)),
        ssn=P("SSN", ssn(c)),
        date=D(c, d0, "mdy"),
        hosp=P(
            "HOSPITAL",
            c.ch(("Riverbend VA Medical Center", f"{town_en(c)[0]} VA Community Based Outpatient Clinic")),
        ),
    )
    d.add(
        "Veteran is a {age} former infantryman who claims {fi}. Served {y1}-{y2}; civilian job at {emp} until {ret}. Evaluated with {pr}: {me}. "
        "Spouse {sp} accompanied him and corroborates nightly symptoms. CPAP serial {sn} downloaded remotely ({ip}).\n\n",
        age=age(c, a),
        fi=sc[0],
        y1=str(d0.year - a + 18),
        y2=str(d0.year - a + 22),
        emp=P("WORKPLACE", employer_en(c)),
        ret=D(c, rdate(c, 2010, 2018), "mon"),
        pr=sc[1],
        me=sc[2],
        sp=P("NAME_RELATIVE", person_en(c, "F", last=pt.last).first),
        sn=P("DEVICE", f"{c.digits(11)}"),
        ip=P("IP", ip(c)),
    )
    d.add(
        "Opinion: at least as likely as not (50% or greater) related to service. Medications: ⟦dr|prazosin⟧ ⟦do|2 mg qHS⟧, ⟦dr|sertraline⟧ ⟦do|100 mg daily⟧.\n\n"
        "{ex}, PsyD/MD - examiner, NPI {npi}; contact {ph}\n",
        ex=P("NAME_CLINICIAN", ex.v("full")),
        npi=P("LICENSE", npi(c)),
        ph=P("PHONE", phone_en(c)),
    )
    return d


# --------------------------------------------------------------------------- 11 long-term-care admission packet


def en_ltc_admission(c: Ctx) -> Doc:
    pt, d0 = person_en(c), rdate(c)
    a = old_age(c, 0.6)
    poa, doc = person_en(c), person_en(c)
    d = Doc()
    d.add(
        "{fac}\nRESIDENT ADMISSION PACKET - FACE PAGE\n\nResident: {pt}   Room 112-B   Admitted {adm}\nDOB {dob} (age {age})   SSN {ssn}\n",
        fac=P(
            "HOSPITAL",
            c.ch(
                (
                    "Cedar Bluff Skilled Nursing & Rehab",
                    f"{town_en(c)[0]} Manor Care Center",
                    "Lakeshore Senior Living",
                )
            ),
        ),
        pt=P("NAME_PATIENT", pt.v("UP")),
        adm=D(c, d0),
        dob=D(c, dob(c, a, d0)),
        age=age(c, a, "{}"),
        ssn=P("SSN", ssn(c)),
    )
    d.add(
        "Medicare MBI {mbi}   Medicaid {mcd}   Account {acct}\nPrior address: {ad}\n",
        mbi=P(
            "INSURANCE",
            f"{c.ri(1, 9)}{c.letters(1)}{c.alnum(1)}{c.digits(1)}-{c.letters(1)}{c.alnum(1)}{c.digits(1)}-{c.letters(2)}{c.digits(2)}",
        ),
        mcd=P("INSURANCE", c.digits(10)),
        acct=P("ACCOUNT", f"RES{c.digits(6)}"),
        ad=addr(c),
    )
    d.add(
        "Responsible party / POA: {poa} ({rel}), cell {ph}, e-mail {em}\nAttending: Dr. {doc}   Pharmacy: {ph2}\n\n",
        poa=P("NAME_RELATIVE", poa.v("full")),
        rel=c.ch(("niece", "daughter") if poa.sex == "F" else ("nephew", "son")),
        ph=P("PHONE", phone_en(c)),
        em=P("EMAIL", email_en(c, poa)),
        doc=P("NAME_CLINICIAN", doc.last),
        ph2=P("HOSPITAL", c.ch(("Omnicare of ", "PharMerica ")) + town_en(c)[0]),
    )
    d.add(
        "Diagnoses: ⟦fi|Alzheimer's dementia⟧ with ⟦fi|behavioral disturbance⟧; ⟦fi|stage 3 pressure injury⟧ of the ⟦an|sacrum⟧; ⟦fi|CKD stage 3b⟧.\n"
        "⟦me|Braden 13⟧, ⟦me|BIMS 6⟧. Meds: ⟦dr|donepezil⟧ ⟦do|10 mg qHS⟧, ⟦dr|apixaban⟧ ⟦do|2.5 mg BID⟧. Hearing aid (R) serial {sn}.\n"
        "Code status: DNR/DNI per POLST signed by {first} and {poa2} on {dt}.\n",
        sn=P("DEVICE", f"{c.letters(2)}{c.digits(7)}"),
        first=P("NAME_PATIENT", pt.first.lower() if c.chance(0.3) else pt.first),
        poa2=P("NAME_RELATIVE", poa.first),
        dt=D(c, rdate(c)),
    )
    return d


# --------------------------------------------------------------------------- 12 refugee health screening


def en_refugee_screen(c: Ctx) -> Doc:
    pt, d0 = person_en(c), rdate(c)
    kid, interp, cw = person_en(c, "M", last=pt.last), person_en(c), person_en(c)
    a = c.ri(18, 70)
    d = Doc()
    d.add(
        "Domestic Refugee Health Assessment - {hosp}\nArrival {arr}; exam {ex}\nName: {pt}  A-number {anum}  Passport/travel doc {pp}\nIOM case {iom}\n",
        hosp=P(
            "HOSPITAL",
            c.ch(("Harborview Refugee Clinic", f"{town_en(c)[0]} New Arrivals Clinic", hospital_en(c))),
        ),
        arr=D(c, d0 - dt.timedelta(days=c.ri(20, 85))),
        ex=D(c, d0),
        pt=P("NAME_PATIENT", pt.v("full")),
        anum=P("OTHER_ID", f"A{c.digits(9)}"),
        pp=P("PASSPORT", c.ch((c.letters(2) + c.digits(7), c.letters(1) + c.digits(8)))),
        iom=P("OTHER_ID", f"{c.letters(2)}{c.digits(7)}"),
    )
    d.add(
        "Lives at {ad}. Resettlement case worker {cw} ({cwph}); fax {fx}.\nInterpreter {ip} via phone line. Accompanied by son {kid}.\n\n",
        ad=addr(c),
        cw=P("NAME_CLINICIAN", cw.v("full")),
        cwph=P("PHONE", phone_en(c)),
        fx=P("FAX", phone_en(c)),
        ip=P("NAME_CLINICIAN", interp.first),
        kid=P("NAME_RELATIVE", kid.first),
    )
    d.add(
        "{age} adult. ⟦lab|QuantiFERON positive⟧ (specimen {acc}), ⟦pr|chest radiograph⟧ clear -> ⟦fi|latent TB infection⟧, start ⟦dr|rifampin⟧ ⟦do|600 mg daily⟧ x 4 months. "
        "⟦lab|Strongyloides IgG positive⟧: ⟦dr|ivermectin⟧ ⟦do|200 mcg/kg⟧ x 2 days. ⟦lab|hemoglobin 10.8 g/dL⟧, ⟦me|weight 51 kg⟧.\n"
        "Vaccines per catch-up schedule. Next visit {nx}. Signed {md}, MD.\n",
        age=age(c, a, "{} y/o"),
        acc=P("ACCESSION", f"{c.digits(2)}-{c.digits(3)}-{c.digits(5)}"),
        nx=D(c, d0 + dt.timedelta(days=c.ri(14, 45))),
        md=P("NAME_CLINICIAN", person_en(c).v("full")),
    )
    return d


TEMPLATES = [
    ("en10_genetic_family_letter", en_genetic_family_letter),
    ("en10_waitlist_export", en_waitlist_export),
    ("en10_sane_exam", en_sane_exam),
    ("en10_ime_letter", en_ime_letter),
    ("en10_capacity_eval", en_capacity),
    ("en10_security_report", en_security_report),
    ("en10_trial_screen_log", en_trial_screen_log),
    ("en10_courier_custody", en_courier_custody),
    ("en10_ivf_cycle", en_ivf_cycle),
    ("en10_va_cp_exam", en_va_exam),
    ("en10_ltc_admission", en_ltc_admission),
    ("en10_refugee_screen", en_refugee_screen),
]
