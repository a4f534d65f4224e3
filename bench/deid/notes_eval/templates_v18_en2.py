"""v18 English templates (part 2 of 2): contact-lens prescription, cast-clinic dictation, custodian
of records certification, belongings inventory, good-faith estimate, pulmonary-rehab session log."""

# ruff: noqa: E501  (document text lines)

from __future__ import annotations

import _v18_kit as k
from _core import Ctx, Doc, P
from _v18_kit import clin


def contact_lens(c: Ctx) -> Doc:
    f, last, _ = k.en_person(c)
    d = Doc()
    od = c.ch(("-2.75", "-4.25", "+1.50", "-6.00"))
    d.add(
        "CONTACT LENS PRESCRIPTION\n{clinic}\nPatient: {n}   DOB: {dob}   Phone: {ph}\nEmail: {em}\n",
        clinic=P(
            "HOSPITAL",
            c.ch(("Clearview Eye & Optical", "Lakeshore Vision Center", "Bright Eyes Optometry of Hilo")),
        ),
        n=P("NAME_PATIENT", k.en_full(c, f, last)),
        dob=P("DATE", k.en_date(c, k.dob(c, c.ri(12, 70)))),
        ph=P("PHONE", k.en_phone(c)),
        em=P("EMAIL", k.email(c, f, last)),
    )
    d.add(
        "Vision plan member #: {mem}\nExam date: {e}   Expires: {x}\n\n",
        mem=P("INSURANCE", k.member(c)),
        e=P("DATE", k.en_date(c, ex0 := k.rdate(c))),
        x=P("DATE", k.en_date(c, ex0.replace(year=ex0.year + 1, day=min(ex0.day, 28)))),
    )
    d.add(
        "      Brand            BC    DIA   Power\nOD    daily silicone   8.6   14.2  "
        + od
        + "\nOS    daily silicone   8.6   14.2  "
        + od
        + "\n\n"
    )
    d.add(
        "Findings: ⟦fi|myopia⟧ with mild ⟦fi|contact lens papillary conjunctivitis⟧; ⟦an|cornea⟧ clear, ⟦me|tear break-up time 8 s⟧, ⟦ep|Schirmer test⟧ ⟦me|12 mm⟧.\n"
    )
    d.add("Rx: ⟦dr|olopatadine 0.1%⟧ ⟦do|1 drop BID⟧ OU during pollen season.\n")
    if c.chance(0.5):
        d.add(
            "Mom ({m}) asked for the reorder link to go to her email too: {em2}\n",
            m=P("NAME_RELATIVE", k.en_person(c, "F")[0]),
            em2=P("EMAIL", k.email(c, k.en_person(c)[0], last)),
        )
    d.add(
        "Reorder: {u}\nPrescriber: {p}, OD  License {lic}\n",
        u=P("URL", f"https://lensportal.example-eye.com/reorder/{c.token(12)}"),
        p=P("NAME_CLINICIAN", clin(c)),
        lic=P("LICENSE", k.lic(c)),
    )
    return d


def cast_clinic(c: Ctx) -> Doc:
    f, last, sex = k.en_person(c)
    d = Doc()
    d.add(
        "ortho cast clinic - dictated, not proofread\n\npatient {n}, mrn {m}, seen {dt} at {h}.\n",
        n=P("NAME_PATIENT", f"{f} {last}".lower()),
        m=P("MRN", k.mrn(c)),
        dt=P("DATE", k.en_date(c, k.rdate(c))),
        h=P("HOSPITAL", c.ch(k.EN_HOSP)),
    )
    scen = c.ch(
        (
            "⟦fi|distal radius fracture⟧ of the ⟦an|left wrist⟧, treated with ⟦pr|closed reduction⟧ and a ⟦pr|short arm cast⟧",
            "⟦ep|Colles fracture⟧ of the ⟦an|right distal radius⟧, in a ⟦pr|sugar-tong splint⟧",
            "⟦ep|Jones fracture⟧ of the ⟦an|fifth metatarsal⟧, in a ⟦pr|walking boot⟧",
        )
    )
    d.add(
        "injured at work at {w}; workers comp claim {cl}.\ndx " + scen + ".\n",
        w=P("WORKPLACE", c.ch(k.EN_EMPLOYERS)),
        cl=P("OTHER_ID", f"WC-{c.digits(8)}"),
    )
    d.add(
        "x-rays today accession {a}: alignment maintained, ⟦me|dorsal angulation 8 degrees⟧.\npain controlled with ⟦dr|ibuprofen⟧ ⟦do|600 mg⟧ q8h prn.\n",
        a=P("ACCESSION", k.acc(c)),
    )
    if c.chance(0.6):
        d.add("bone stimulator dispensed, serial {s}.\n", s=P("DEVICE", k.serial(c)))
    if c.chance(0.5):
        d.add(
            "brought by {r} ({rel}), who drove, car plate {pl} for the parking validation.\n",
            r=P("NAME_RELATIVE", k.en_person(c)[0].lower()),
            rel=c.ch(("mom", "wife", "brother")),
            pl=P("VEHICLE", k.plate(c)),
        )
    d.add(
        "insurance member {mem}. return in 2 weeks. {p} pa-c / {md} md\n",
        mem=P("INSURANCE", k.member(c)),
        p=P("NAME_CLINICIAN", k.en_person(c)[0].lower()),
        md=P("NAME_CLINICIAN", clin(c).lower()),
    )
    return d


def custodian(c: Ctx) -> Doc:
    f, last, _ = k.en_person(c)
    af, al, _ = k.en_person(c)
    d = Doc()
    h = c.ch(k.EN_HOSP)
    d.add(
        "CERTIFICATION OF CUSTODIAN OF RECORDS\nRe: subpoena duces tecum, Cause No. {cn}\nPatient: {n}  SSN {ssn}  DOB {dob}\n",
        cn=P("OTHER_ID", f"{c.letters(2)}-{c.digits(2)}-{c.digits(6)}"),
        n=P("NAME_PATIENT", k.en_full(c, f, last)),
        ssn=P("SSN", k.ssn(c)),
        dob=P("DATE", k.en_date(c, k.dob(c, c.ri(20, 88)))),
    )
    d.add(
        "Facility: {h}   MRN {m}\nEncounters produced: acct {a1} ({d1}); acct {a2} ({d2})\nImaging: CT study {acc} (disc enclosed)\n",
        h=P("HOSPITAL", h),
        m=P("MRN", k.mrn(c)),
        a1=P("ACCOUNT", k.account(c)),
        d1=P("DATE", k.en_date(c, k.rdate(c))),
        a2=P("ACCOUNT", k.account(c)),
        d2=P("DATE", k.en_date(c, k.rdate(c))),
        acc=P("ACCESSION", k.acc(c)),
    )
    d.add(
        "Records include ⟦fi|closed head injury⟧, ⟦pr|CT head without contrast⟧, ⟦fi|subdural hematoma⟧ ⟦me|4 mm⟧, ⟦me|Glasgow Coma Scale 14⟧ (⟦ep|Glasgow Coma Scale⟧ reference attached).\n"
    )
    d.add(
        "Requested by the patient's {rel} {r} through counsel (fax {fx}); copy e-mailed to {em}.\nDelivered electronically; download logged from {ip}.\n",
        rel=c.ch(("wife", "husband", "mother", "son")),
        r=P("NAME_RELATIVE", c.ch((f"{af} {al}", af, f"{al}, {af}"))),
        fx=P("FAX", k.en_phone(c)),
        em=P("EMAIL", k.email(c, af, al)),
        ip=P("IP", k.ip_any(c)),
    )
    d.add(
        "I, {cu}, HIM Release-of-Information Specialist, certify the attached 212 pages are true copies. Sworn {sw}.\n",
        cu=P("NAME_CLINICIAN", clin(c)),
        sw=P("DATE", k.en_date(c, k.rdate(c))),
    )
    return d


def belongings(c: Ctx) -> Doc:
    f, last, sex = k.en_person(c)
    d = Doc()
    d.add(
        "PATIENT BELONGINGS & VALUABLES INVENTORY  ({h})\nName: {n}   MRN: {m}   Date: {dt}\nValuables envelope #: {env}\n\n",
        h=P("HOSPITAL", c.ch(k.EN_HOSP)),
        n=P("NAME_PATIENT", k.en_full(c, f, last)),
        m=P("MRN", k.mrn(c)),
        dt=P("DATE", k.en_date(c, k.rdate(c))),
        env=P("OTHER_ID", f"V{c.digits(6)}"),
    )
    d.add(
        "[x] wallet - driver's license {dl}, 2 credit cards, $43 cash\n[x] passport {pp} (expires {ex})\n",
        dl=P("LICENSE", k.dl(c)),
        pp=P("PASSPORT", k.passport(c)),
        ex=P("DATE", k.en_date(c, k.rdate(c, 2026, 2032))),
    )
    d.add(
        "[x] car keys - vehicle in visitor garage, plate {pl}\n[x] glasses, upper ⟦an|denture⟧\n[x] home meds: ⟦dr|tamsulosin⟧ ⟦do|0.4 mg⟧, ⟦dr|metoprolol succinate⟧ ⟦do|25 mg⟧ (sent to pharmacy)\n",
        pl=P("VEHICLE", k.plate(c)),
    )
    if c.chance(0.5):
        d.add(
            "[x] phone, charger\nPatient is {a}-year-old, hard of hearing; ⟦fi|delirium⟧ on arrival, ⟦me|CAM positive⟧.\n",
            a=P("AGE_OVER_89", str(c.ri(90, 99))),
        )
    else:
        d.add("[x] hearing aids (L/R) — admitted with ⟦fi|hip fracture⟧, ⟦pr|hemiarthroplasty⟧ planned.\n")
    rf, rl, _ = k.en_person(c)
    d.add(
        "\nReleased to: {r} ({rel}) {when}; ID checked.\nInventory by {rn}, RN and security officer {so}.\n",
        r=P("NAME_RELATIVE", c.ch((f"{rf} {rl}", rf, f"{rf} {rl}".upper()))),
        rel=c.ch(("son", "spouse", "granddaughter", "friend")),
        when=P("DATE", k.en_date(c, k.rdate(c))),
        rn=P("NAME_CLINICIAN", clin(c)),
        so=P("NAME_CLINICIAN", k.en_person(c)[1]),
    )
    return d


def good_faith(c: Ctx) -> Doc:
    f, last, _ = k.en_person(c)
    street, city, st, z = k.en_addr(c)
    d = Doc()
    d.add(
        "GOOD FAITH ESTIMATE for self-pay / uninsured patients\nEstimate #{no}  issued {iss}\n\nPatient: {n}\n",
        no=P("ACCOUNT", f"GFE{c.digits(7)}"),
        iss=P("DATE", k.en_date(c, k.rdate(c))),
        n=P("NAME_PATIENT", k.en_full(c, f, last)),
    )
    d.put("Address: ", k.addr_line(street, city, st, z))
    d.add(
        "\nEmail: {em}   Employer: {w}\nSSN (for financial-assistance screening): {ssn}\nPrior coverage ended; former member id {mem}\n",
        em=P("EMAIL", k.email(c, f, last)),
        w=P("WORKPLACE", c.ch(k.EN_EMPLOYERS)),
        ssn=P("SSN", k.ssn(c)),
        mem=P("INSURANCE", k.member(c)),
    )
    proc = c.ch(
        (
            "⟦pr|laparoscopic cholecystectomy⟧ for ⟦fi|symptomatic cholelithiasis⟧",
            "⟦pr|screening colonoscopy⟧ with possible ⟦pr|polypectomy⟧",
            "⟦pr|MRI lumbar spine without contrast⟧ for ⟦fi|lumbar radiculopathy⟧ at ⟦an|L4-5⟧",
        )
    )
    d.add(
        "\nScheduled service ({sd}): "
        + proc
        + "\n  facility fee   $4,210.00\n  professional   $1,180.00\n  anesthesia     $640.00\n",
        sd=P("DATE", k.en_date(c, k.rdate(c))),
    )
    d.add(
        "Provider: {p} at {h}\nPay or dispute: {u}\nIf the bill is $400 or more above this estimate you may dispute it.\n",
        p=P("NAME_CLINICIAN", clin(c)),
        h=P("HOSPITAL", c.ch(k.EN_HOSP)),
        u=P("URL", f"https://pay.example-health.org/gfe/{c.token(14)}"),
    )
    return d


def pulm_rehab(c: Ctx) -> Doc:
    f, last, sex = k.en_person(c)
    d = Doc()
    age = c.ri(90, 97) if c.chance(0.5) else c.ri(58, 84)
    agef = P("AGE_OVER_89", f"{age}Y") if age > 89 else f"{age}Y"
    d.add(
        "PULMONARY REHABILITATION - SESSION LOG\n{h}\nPt: {n} | age ",
        h=P("HOSPITAL", c.ch(k.EN_HOSP)),
        n=P("NAME_PATIENT", f"{last.upper()} {f}"),
    )
    d.put(
        agef,
        " | MRN ",
        P("MRN", k.mrn(c)),
        " | MBI ",
        P(
            "INSURANCE",
            f"{c.ri(1, 9)}{c.letters(2)}{c.ri(1, 9)}-{c.letters(2)}{c.ri(0, 9)}-{c.letters(2)}{c.digits(2)}",
        ),
        "\n",
    )
    d.add(
        "Dx: ⟦fi|COPD⟧ GOLD 3, ⟦lab|FEV1 38% predicted⟧; home O2 concentrator S/N {sn}\n",
        sn=P("DEVICE", k.serial(c)),
    )
    d.add("| date | modality | minutes | SpO2 rest/ex | Borg | staff |\n")
    for _ in range(c.ri(2, 4)):
        d.add(
            "| {dt} | treadmill | 18 | 95/88 | ⟦me|Borg 4⟧ | {s} |\n",
            dt=P("DATE", k.en_date(c, k.rdate(c))),
            s=P("NAME_CLINICIAN", k.en_person(c)[0].lower()),
        )
    d.add("Inhalers: ⟦dr|tiotropium⟧ ⟦do|2.5 mcg 2 puffs daily⟧; ⟦ep|Borg scale⟧ dyspnea taught.\n")
    if c.chance(0.6):
        d.add(
            "Disabled parking placard plate {pl}; wife {w} attends sessions.\n",
            pl=P("VEHICLE", k.plate(c)),
            w=P("NAME_RELATIVE", k.en_person(c, "F")[0]),
        )
    d.add("Therapist {t}, RRT\n", t=P("NAME_CLINICIAN", clin(c)))
    return d
