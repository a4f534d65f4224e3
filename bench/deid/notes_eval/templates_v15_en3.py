"""v15 English templates, part 3 of 3: three more document types none of v1-v14 used."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import _v15_kit as k
from _v15_kit import Ctx, Doc, P


def _nm(c: Ctx, first: str, last: str, style: str | None = None) -> str:
    style = style or c.ch(("full", "lf", "LF", "init", "low"))
    return {
        "full": f"{first} {last}",
        "lf": f"{last}, {first}",
        "LF": f"{last.upper()}, {first.upper()}",
        "init": f"{first[0]}. {last}",
        "low": f"{first.lower()} {last.lower()}",
    }[style]


def fmla_cert(c: Ctx) -> Doc:
    d = Doc()
    f, la = k.en_name(c)
    emp = c.ch(k.EN_EMPLOYERS)
    dd = k.rday(c, 2021)
    prov = k.en_clin(c)
    street, city, st, zp = k.en_addr(c)
    d.add(
        "CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION (Family and Medical Leave Act)\n\nSECTION I - EMPLOYER\nEmployer: {emp}\nHR contact: {hr}  e-mail {hre}  fax {hrf}\n",
        emp=P("WORKPLACE", emp),
        hr="Leave Administration desk",
        hre=P(
            "EMAIL",
            f"leave.{c.pick('admin', 'team', 'hr')}{c.ri(1, 9)}@{emp.split()[0].lower().replace('&', '')}-{c.pick('hr', 'corp')}.com",
        ),
        hrf=P("FAX", k.phone_us(c)),
    )
    d.add(
        "Employee: {pt}   SSN {ssn}   Employee # {eid}\nAddress: {street}\n         {city}, {st} {zp}\n\n",
        pt=P("NAME_PATIENT", _nm(c, f, la, c.pick("full", "LF"))),
        ssn=P("SSN", k.ssn(c)),
        eid=P("OTHER_ID", f"E{c.digits(6)}"),
        street=P("ADDRESS_STREET", street),
        city=P("CITY", city),
        st=P("PROVINCE_STATE", st),
        zp=P("POSTCODE", zp),
    )
    dx = c.ch(
        (
            ("lumbar disc herniation at L5-S1", "L5-S1", "microdiscectomy"),
            ("rotator cuff tear", "right shoulder", "arthroscopic rotator cuff repair"),
            ("major depressive disorder", "", "intensive outpatient program"),
        )
    )
    d.add(
        "SECTION III - PROVIDER\nProvider: {pn}, DO   License {lic} ({lst})   NPI {npi}\nPractice: {clin}   phone {pp}   fax {pf}\n\n",
        pn=P("NAME_CLINICIAN", f"{prov[0]} {prov[1]}"),
        lic=P("LICENSE", c.ch((f"{c.letters(2)}{c.digits(6)}", c.digits(8), f"DO.{c.digits(5)}"))),
        lst=c.ch(k.EN_CITIES)[1],
        npi=P("LICENSE", k.npi(c)),
        clin=P("HOSPITAL", c.ch(k.EN_HOSP[:8])),
        pp=P("PHONE", k.phone_us(c)),
        pf=P("FAX", k.phone_us(c)),
    )
    d.add(
        "1. Condition began {on}; probable duration 8-12 weeks. Diagnosis: ⟦fi|{dx}⟧.\n",
        on=P("DATE", k.den(c, k.plus(dd, -c.ri(5, 50)))),
        dx=dx[0],
    )
    if dx[1]:
        d.add(
            "   Exam: ⟦an|{an}⟧ tender; ⟦me|strength 4/5⟧; MRI {mr} read by {rad}, MD.\n",
            an=dx[1],
            mr=P("DATE", k.den(c, k.plus(dd, -c.ri(1, 4)), "us2")),
            rad=P("NAME_CLINICIAN", c.ch(k.EN_CLIN_LAST)),
        )
    else:
        d.add(
            "   ⟦me|PHQ-9 {p}⟧; started ⟦dr|sertraline⟧ ⟦do|50 mg daily⟧ on {sd}.\n",
            p=str(c.ri(15, 25)),
            sd=P("DATE", k.den(c, k.plus(dd, -c.ri(1, 14)), "us2")),
        )
    d.add(
        "2. Treatment: ⟦pr|{pr}⟧ scheduled {sx}. Medications: ⟦dr|cyclobenzaprine⟧ ⟦do|5 mg TID PRN⟧, ⟦dr|naproxen⟧ ⟦do|500 mg BID⟧.\n",
        pr=dx[2],
        sx=P("DATE", k.den(c, k.plus(dd, c.ri(3, 20)), c.pick("long", "dmy"))),
    )
    d.add(
        "3. Incapacity: {a} through {b}; then intermittent leave 1 day/week for ⟦pr|physical therapy⟧.\n",
        a=P("DATE", k.den(c, dd, "us")),
        b=P("DATE", k.den(c, k.plus(dd, c.ri(21, 60)), "us")),
    )
    d.add(
        "Signature: {pn2} Date: {sg}\n",
        pn2=P("NAME_CLINICIAN", f"{prov[0][0]}. {prov[1]}"),
        sg=P("DATE", k.den(c, dd, "us2")),
    )
    return d


def frozen_section(c: Ctx) -> Doc:
    d = Doc()
    sex = c.pick("F", "M")
    f, la = k.en_name(c, sex)
    dd = k.rday(c)
    path, surg = k.en_clin(c), k.en_clin(c)
    acc = f"S{dd.year % 100}-{c.ri(1000, 39999)}"
    old = c.chance(0.35)
    age = c.ri(90, 98) if old else c.ri(38, 86)
    d.add(
        "INTRAOPERATIVE CONSULTATION (FROZEN SECTION) LOG - {lab}\nAccession: {acc}   Encounter {enc}   OR 7\n",
        lab=P(
            "HOSPITAL",
            c.ch(
                (
                    "Greyfield Health Pathology Lab",
                    "Riverstone University Hospital",
                    "Hollister Memorial Hospital",
                )
            ),
        ),
        acc=P("ACCESSION", acc),
        enc=P("ACCOUNT", c.digits(9)),
    )
    d.add("Pt: {pt}  ", pt=P("NAME_PATIENT", _nm(c, f, la, c.pick("LF", "lf"))))
    if old:
        d.add("{a}{s}  ", a=P("AGE_OVER_89", f"{age}Y"), s="/" + sex)
    else:
        d.add("{a}Y/{s}  ", a=str(age), s=sex)
    d.add(
        "MRN {mrn}  DOS {dd}\nSurgeon: Dr. {sg} - callback {cb}\n\n",
        mrn=P("MRN", k.mrn_en(c)),
        dd=P("DATE", k.den(c, dd, c.pick("us", "mil"))),
        sg=P("NAME_CLINICIAN", surg[1]),
        cb=P("PHONE", k.phone_us(c, ext=True)),
    )
    cases = c.ch(
        (
            (
                (
                    "A",
                    "sentinel lymph node, left axilla #1",
                    "NEGATIVE for ⟦fi|metastatic carcinoma⟧ (touch prep)",
                ),
                (
                    "B",
                    "left breast lumpectomy, superior margin",
                    "⟦fi|invasive ductal carcinoma⟧ ⟦me|1.1 mm⟧ from inked margin",
                ),
            ),
            (
                (
                    "A",
                    "thyroid, right lobe",
                    "⟦fi|follicular lesion⟧, defer to permanents; ⟦ep|Bethesda⟧ category IV on prior FNA",
                ),
                (
                    "B",
                    "central compartment lymph node",
                    "⟦fi|papillary thyroid carcinoma⟧ present, ⟦me|0.4 cm⟧",
                ),
            ),
            (
                ("A", "prostate, apical margin", "negative; ⟦ep|Gleason⟧ grading deferred"),
                ("B", "right pelvic lymph node", "no tumor seen"),
            ),
        )
    )
    d.put("Part | Site | Received | Called | FS diagnosis\n")
    for part, site, dx in cases:
        d.add(
            "{p}{n} | ⟦an|{site}⟧ | 10:{m1} | 10:{m2} | " + dx + "\n",
            p=P("ACCESSION", acc),
            n=f" {part}",
            site=site,
            m1=f"{c.ri(0, 29):02d}",
            m2=f"{c.ri(30, 59):02d}",
        )
    d.add(
        "\nCalled to Dr. {sg} by {pa}, MD; read-back confirmed by circulating RN {rn}.\n",
        sg=P("NAME_CLINICIAN", f"{surg[0]} {surg[1]}"),
        pa=P("NAME_CLINICIAN", f"{path[0]} {path[1]}"),
        rn=P("NAME_CLINICIAN", k.en_first(c).lower()),
    )
    d.add(
        "Prior outside material: {oacc} from {oh}, requested by fax {fx}.\n",
        oacc=P("ACCESSION", f"{c.letters(2)}{dd.year % 100}-{c.digits(5)}"),
        oh=P("HOSPITAL", c.ch(k.EN_HOSP[:8])),
        fx=P("FAX", k.phone_us(c)),
    )
    d.add(
        "Specimen barcode {bc}; remaining tissue submitted for permanent sections; ⟦pr|immunohistochemistry⟧ for ⟦lab|ER⟧/⟦lab|PR⟧/⟦lab|HER2⟧ to follow on {fu}.\n",
        bc=P("ACCESSION", c.digits(12)),
        fu=P("DATE", k.den(c, k.plus(dd, c.ri(2, 5)), "short")),
    )
    return d


def ehr_access_audit(c: Ctx) -> Doc:
    d = Doc()
    f, la = k.en_name(c)
    dd = k.rday(c, 2021)
    inv = k.en_clin(c)
    mrn = k.mrn_en(c)
    old = c.chance(0.4)
    d.add(
        "PRIVACY OFFICE - EHR ACCESS AUDIT   Investigation {inv}\nPatient of record: {pt}  MRN {mrn}"
        + ("  age {a}" if old else "")
        + "\nTrigger: patient complaint ({tr}) that a co-worker at {wp} viewed the chart.\n\n",
        inv=P("OTHER_ID", f"PRV-{dd.year}-{c.digits(4)}"),
        pt=P("NAME_PATIENT", _nm(c, f, la, c.pick("LF", "full"))),
        mrn=P("MRN", mrn),
        a=P("AGE_OVER_89", str(c.ri(90, 99))),
        tr=P("DATE", k.den(c, dd, "long")),
        wp=P("WORKPLACE", c.ch(k.EN_EMPLOYERS)),
    )
    d.put("timestamp           | user       | role        | workstation     | action             | context\n")
    users = [(k.en_first(c), c.ch(k.EN_CLIN_LAST).replace("-", "")) for _ in range(3)]
    for _ in range(c.ri(4, 6)):
        u = c.ch(users)
        t = k.plus(dd, -c.ri(1, 30))
        d.add(
            "{ts} 0{h}:{m} | {uid} | {role} | {ip} | {act} | MRN {mrn}\n",
            ts=P("DATE", k.den(c, t, "iso")),
            h=str(c.ri(0, 9)),
            m=f"{c.ri(0, 59):02d}",
            uid=P("NAME_CLINICIAN", f"{u[0][0].lower()}{u[1].lower()[:7]}"),
            role=c.pick("RN", "Reg clerk", "MA", "Lab tech"),
            ip=P("IP", k.ip4(c, True) if c.chance(0.8) else k.ip6(c)),
            act=c.pick("open chart", "view notes", "print AVS", "view results"),
            mrn=P("MRN", mrn),
        )
    u = users[0]
    d.add(
        "\nFinding: user {u} ({un}) had no treatment relationship; viewed ⟦fi|HIV-1 infection⟧ problem list and ⟦lab|HIV-1 RNA {vl} copies/mL⟧ result. ",
        u=P("NAME_CLINICIAN", f"{u[0][0].lower()}{u[1].lower()[:7]}"),
        un=P("NAME_CLINICIAN", f"{u[0]} {u[1]}"),
        vl=c.pick("<20", "48", "not detected"),
    )
    d.add(
        "Also viewed ⟦dr|bictegravir/emtricitabine/tenofovir alafenamide⟧ ⟦do|50/200/25 mg daily⟧ on the med list. Patient's portal access from {pip} on {pd} not relevant.\n",
        pip=P("IP", k.ip4(c, False)),
        pd=P("DATE", k.den(c, k.plus(dd, -2), "us")),
    )
    d.add(
        "Outcome: notification letter mailed to patient at {street}, {city} on {ml}; case link {url}. Investigator: {iv}, CHPC, {ip2}.\n",
        street=P("ADDRESS_STREET", k.en_addr(c)[0]),
        city=P("CITY", c.ch(k.EN_CITIES)[0]),
        ml=P("DATE", k.den(c, k.plus(dd, c.ri(10, 30)), "us2")),
        url=P(
            "URL",
            f"https://compliance.{c.pick('sacredoak', 'riverstone', 'mercylakes')}.org/cases/{c.digits(6)}",
        ),
        iv=P("NAME_CLINICIAN", f"{inv[0]} {inv[1]}"),
        ip2=P("PHONE", k.phone_us(c, ext=True)),
    )
    return d


TEMPLATES = [
    ("en15_fmla_certification", fmla_cert),
    ("en15_frozen_section_log", frozen_section),
    ("en15_ehr_access_audit", ehr_access_audit),
]
