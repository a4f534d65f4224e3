"""v32 English templates (2 of 2): HIM subpoena response, collections notice, OCR'd implant ID
card, EHR-downtime registration form, tissue-allograft tracking log, sound-alike name alert."""

# ruff: noqa: E501  (document text: the literal lines of each note are kept whole)

from __future__ import annotations

from _v32_kit import (
    EMPLOYERS,
    Doc,
    P,
    add,
    age,
    age_p,
    born,
    day,
    email,
    fin,
    hospital,
    kin,
    link,
    member,
    mrn,
    passport,
    people,
    person,
    phone,
    plate,
    serial,
    ssn,
    street,
    town,
    us,
    vin,
    zipc,
)


def _addr(d: Doc, c, t, sep: str = "\n") -> None:
    d.add(
        "{s}" + sep + "{ci}, {st} {z}",
        s=P("ADDRESS_STREET", street(c)),
        ci=P("CITY", t.name),
        st=P("PROVINCE_STATE", t.st),
        z=P("POSTCODE", zipc(c, t)),
    )


def subpoena_response(c) -> Doc:
    d, t = Doc(), town(c)
    p, cust, doc_ = people(c, 3)
    a = age(c, 0.08)
    rd = day(c)
    dob = born(c, a, rd)
    h = hospital(c, t)
    d.add(
        "{h}\nHealth Information Management - Release of Information\nPhone {ph}   Fax {fx}\n\n{dt}\n\n",
        h=P("HOSPITAL", h),
        ph=P("PHONE", phone(c, t.area)),
        fx=P("FAX", phone(c, t.area, "dash")),
        dt=P("DATE", us(rd, "long")),
    )
    d.add(
        "Harbor Legal Group, PLLC\nAttn: records department\nVia fax {fx}\n\n",
        fx=P("FAX", phone(c, c.ch(("312", "602", "214", "404")), "dash")),
    )
    d.add(
        "RE: Subpoena duces tecum, Case No. {cn}\nPatient: {n}   DOB: {b}\n",
        cn=P("OTHER_ID", f"{rd.year % 100 - c.ri(0, 1)}-CV-{c.digits(5, False)}"),
        n=P("NAME_PATIENT", p.full.upper()),
        b=P("DATE", us(dob, "slash")),
    )
    if c.chance(0.4):
        d.add("SSN (as given on subpoena): {s}\n", s=P("SSN", ssn(c)))
    d.add("Our MRN: {m}\n\n", m=P("MRN", mrn(c)))
    e1, e2 = add(rd, -c.ri(200, 700)), add(rd, -c.ri(20, 190))
    d.add(
        "In response to the above subpoena received {r}, enclosed please find the records of {n} for dates of service {a} through {b}, including the emergency visit (FIN {f}), ",
        r=P("DATE", us(add(rd, -c.ri(5, 25)), "slash")),
        n=P("NAME_PATIENT", p.full),
        a=P("DATE", us(e1, "slash")),
        b=P("DATE", us(e2, "slash")),
        f=P("ACCOUNT", fin(c)),
    )
    d.add(
        "⟦pr|CT cervical spine⟧ report (accession {x}) and the orthopedic notes of Dr. {dc} regarding the ⟦fi|C6 lateral mass fracture⟧.\n",
        x=P("ACCESSION", f"CT{c.digits(8, False)}"),
        dc=P("NAME_CLINICIAN", doc_.last),
    )
    if c.chance(0.4):
        d.add(
            "The police crash report in the chart lists the patient's vehicle as plate {pl}, VIN {v}.\n",
            pl=P("VEHICLE", plate(c)),
            v=P("VEHICLE", vin(c)),
        )
    d.add(
        "Psychotherapy notes and ⟦fi|substance use disorder⟧ treatment records (42 CFR Part 2) are withheld absent a specific court order. "
    )
    if c.chance(0.5):
        d.add(
            "Electronic copy available for 14 days at {u}.\n", u=P("URL", link(c, "roi-transfer.example.net"))
        )
    else:
        d.add("\n")
    d.add(
        "\nCERTIFICATION OF CUSTODIAN OF RECORDS: I, {cu}, am the duly authorized custodian of the records of {h}. Pages: {pg}.\n",
        cu=P("NAME_CLINICIAN", cust.full),
        h=P("HOSPITAL", h),
        pg=c.ri(40, 400),
    )
    if c.chance(0.4):
        d.add(
            "Questions: {e}\n",
            e=P("EMAIL", email(c, cust, "roi." + h.split()[0].lower().strip(".") + "health.org")),
        )
    return d


def collections_notice(c) -> Doc:
    d, t = Doc(), town(c)
    p = person(c)
    minor = c.chance(0.35)
    rel, g = kin(c, p) if minor else ("self", p)
    sd = day(c)
    h = hospital(c, t)
    acct = P("ACCOUNT", f"{c.digits(4)}-{c.digits(6)}")
    d.add("FINAL NOTICE BEFORE COLLECTIONS\n{h} Patient Financial Services\n\n", h=P("HOSPITAL", h))
    d.add("{g}\n", g=P("NAME_RELATIVE" if minor else "NAME_PATIENT", g.full.upper()))
    _addr(d, c, t)
    d.add(
        "\n\nAccount: {a}    Statement date: {sd}\nPatient: {p}    Guarantor: {g} ({r})\nDate of service: {ds}\n",
        a=acct,
        sd=P("DATE", us(add(sd, 120), "slash")),
        p=P("NAME_PATIENT", p.full),
        g=P("NAME_RELATIVE" if minor else "NAME_PATIENT", g.full),
        r=rel,
        ds=P("DATE", us(sd, "slash")),
    )
    svc = c.ch(
        (
            ("⟦pr|MRI lumbar spine⟧", "⟦fi|lumbar radiculopathy⟧"),
            ("⟦pr|emergency department visit, level 4⟧", "⟦fi|closed fracture of the distal radius⟧"),
            ("⟦pr|laparoscopic cholecystectomy⟧", "⟦fi|acute cholecystitis⟧"),
        )
    )
    d.add(
        "Services: " + svc[0] + " - diagnosis " + svc[1] + "\nBalance after insurance: ${b}.{cc}\n",
        b=c.ri(180, 9000),
        cc=c.ri(10, 99),
    )
    d.add(
        "Insurance billed: member {m}; denial reason: non-covered out-of-network.\n",
        m=P("INSURANCE", member(c)),
    )
    if c.chance(0.4):
        d.add("Employer on file: {w}\n", w=P("WORKPLACE", c.ch(EMPLOYERS)))
    d.add(
        "\nYour account is 120 days past due. Call {ph} (Mon-Fri) to set up a payment plan or apply for financial assistance.",
        ph=P("PHONE", phone(c, t.area)),
    )
    if c.chance(0.6):
        d.add(" Pay online: {u}", u=P("URL", link(c, "pay.plainsbilling.example.com")))
    if c.chance(0.35):
        d.add(
            "\nDispute by fax {f} or e-mail {e}",
            f=P("FAX", phone(c, t.area, "dash")),
            e=P("EMAIL", email(c, person(c), "pfs.example.org")),
        )
    d.add(
        "\nIf not resolved by {dd}, the account will be placed with an outside agency.\n",
        dd=P("DATE", us(add(sd, 150), "long")),
    )
    return d


def implant_card_scan(c) -> Doc:
    d, t = Doc(), town(c)
    p, ep, tech = people(c, 3)
    idd = day(c, 2012, 2023)
    dev = c.ch(
        (
            ("PACEMAKER", "dual-chamber pacemaker", "⟦fi|complete heart block⟧"),
            ("ICD", "single-chamber ICD", "⟦fi|ischemic cardiomyopathy⟧"),
            ("SPINAL CORD STIM", "spinal cord stimulator", "⟦fi|failed back surgery syndrome⟧"),
        )
    )
    d.add(
        "Pre-MRI screening - scanned implant ID card (OCR), uploaded by {tk} on {dt}\n\n",
        tk=P("NAME_CLINICIAN", tech.login),
        dt=P("DATE", us(day(c), "slash")),
    )
    d.add(
        "   PATIENT IMPLANT IDENTIFICATION CARD - {k}\n   Narne: {n}\n   lmplant 0ate: {dd}\n",
        k=dev[0],
        n=P("NAME_PATIENT", p.full.upper() if c.chance(0.5) else p.full),
        dd=P("DATE", us(idd, c.pick("slash", "dmy"))),
    )
    d.add("   Model: {md}   5/N: {sn}\n", md=f"{c.letters(2)}{c.ri(100, 999)}", sn=P("DEVICE", serial(c)))
    if dev[0] != "SPINAL CORD STIM" or c.chance(0.5):
        for i in range(2 if dev[0] == "PACEMAKER" else 1):
            d.add(
                "   Lead {i}: {md}/{ln}cm  5/N {sn}\n",
                i=i + 1,
                md=f"{c.ri(4000, 5999)}",
                ln=c.ch((52, 58, 65)),
                sn=P("DEVICE", serial(c, "LEA")),
            )
    d.add(
        "   Physician: {ph}\n   Hospital: {h}\n   Hosp. phone: {tel}\n",
        ph=P("NAME_CLINICIAN", ep.full if c.chance(0.5) else ep.init),
        h=P("HOSPITAL", hospital(c, t)),
        tel=P("PHONE", phone(c, t.area)),
    )
    d.add("   MR Conditional system: YES / NO  (circled: YES)\n\n")
    d.add(
        "Screener note: card matches chart for {n} (MRN {m}); "
        + dev[1]
        + " for "
        + dev[2]
        + ". ⟦ep|MR Conditional⟧ per manufacturer at ⟦me|1.5 T⟧, ⟦me|SAR 2 W/kg⟧; device check with rep before ⟦pr|MRI thoracic spine⟧.\n",
        n=P("NAME_PATIENT", p.last),
        m=P("MRN", mrn(c)),
    )
    return d


def downtime_registration(c) -> Doc:
    d, t = Doc(), town(c)
    p, reg = people(c, 2)
    rel, k = kin(c, p)
    a = age(c, 0.15, 18, 88)
    ad = day(c)
    dob = born(c, a, ad)
    d.add(
        "*** EHR DOWNTIME - PAPER REGISTRATION (enter into EHR when system restored) ***\n{h} Emergency Dept   Date {dt}  Time {hh}:{mm}\n",
        h=P("HOSPITAL", hospital(c, t)),
        dt=P("DATE", us(ad, "short")),
        hh=c.ri(0, 23),
        mm=c.ri(10, 59),
    )
    d.add(
        "Downtime MRN: {m}        Downtime FIN: {f}\n",
        m=P("MRN", f"DT{c.digits(6, False)}"),
        f=P("ACCOUNT", f"DTF{c.digits(6, False)}"),
    )
    d.add(
        "Last name: {l}    First: {fn}    Sex: {s}    DOB: {b}    Age: {a}\n",
        l=P("NAME_PATIENT", p.last.upper()),
        fn=P("NAME_PATIENT", p.first.upper()),
        s=p.sex,
        b=P("DATE", us(dob, "slash")),
        a=age_p(a),
    )
    d.add("Address: ")
    _addr(d, c, t, ", ")
    d.add("\nHome/cell: {ph}\n", ph=P("PHONE", phone(c, t.area)))
    if c.chance(0.5):
        d.add("SSN: {s}\n", s=P("SSN", ssn(c)))
    if c.chance(0.3):
        d.add(
            "ID presented: driver license {dl}\n",
            dl=P("LICENSE", f"{c.digits(3)}-{c.digits(3)}-{c.digits(3)}"),
        )
    elif c.chance(0.6):
        d.add("ID presented: passport {pp}\n", pp=P("PASSPORT", passport(c)))
    d.add("Employer: {w}\n" if c.chance(0.7) else "", w=P("WORKPLACE", c.ch(EMPLOYERS)))
    d.add(
        "Insurance: {ins}  Member ID {m}  Group {g}\n",
        ins=c.ch(("Blue Plains PPO", "Medicaid managed care", "Medicare Part A/B")),
        m=P("INSURANCE", member(c)),
        g=P("INSURANCE", f"GRP{c.digits(6, False)}"),
    )
    d.add(
        "Emergency contact: {k} ({r}) {ph}\n",
        k=P("NAME_RELATIVE", k.full),
        r=rel,
        ph=P("PHONE", phone(c, t.area)),
    )
    if c.chance(0.35):
        d.add("Vehicle left in ED drive: {v}\n", v=P("VEHICLE", plate(c)))
    d.add(
        "Chief complaint: ⟦fi|{cc}⟧   Triage ⟦me|ESI 2⟧  ⟦me|HR 118⟧ ⟦me|SpO2 93%⟧\nAllergies: ⟦dr|sulfamethoxazole⟧ (rash)\nRegistrar: {r}   Wristband printed manually.\n",
        cc=c.ch(("chest pain", "syncope", "right lower quadrant pain", "hematemesis")),
        r=P("NAME_CLINICIAN", reg.first + " " + reg.last[0] + "."),
    )
    return d


def tissue_allograft_log(c) -> Doc:
    d, t = Doc(), town(c)
    h = hospital(c, t)
    mo = day(c)
    d.add(
        "TISSUE / ALLOGRAFT TRACKING LOG - Main OR - {h}\nMonth of {m} - custodian {cu}\n\n",
        h=P("HOSPITAL", h),
        m=mo.strftime("%B %Y"),
        cu=P("NAME_CLINICIAN", person(c).full),
    )
    d.add("date | patient | MRN | surgeon | tissue | tissue ID | exp | disposition\n")
    kinds = (
        ("⟦an|Achilles tendon⟧ allograft", "⟦pr|ACL reconstruction⟧"),
        ("⟦an|femoral head⟧ allograft", "⟦pr|acetabular revision⟧"),
        ("⟦pr|demineralized bone matrix⟧ 5 cc", "⟦pr|ACDF C5-6⟧"),
        ("acellular ⟦an|dermal⟧ matrix", "⟦pr|breast reconstruction⟧"),
    )
    for _ in range(c.ri(3, 5)):
        p, s = person(c), person(c)
        sd = add(mo, c.ri(0, 27))
        kd = c.ch(kinds)
        d.add(
            "{dt} | {n} | {m} | {s} | " + kd[0] + " | {tid} | {ex} | implanted (" + kd[1] + ")\n",
            dt=P("DATE", us(sd, "md")),
            n=P("NAME_PATIENT", p.lf),
            m=P("MRN", mrn(c)),
            s=P("NAME_CLINICIAN", s.init),
            tid=P("DEVICE", f"{c.letters(2)}{c.digits(7, False)}-{c.digits(3)}"),
            ex=P("DATE", us(add(sd, c.ri(200, 1500)), "iso")),
        )
    d.add(
        "\nAll grafts stored at ⟦me|-40 C⟧ or below; temperature excursions: none. Recipients reported to tissue bank within ⟦me|30 days⟧.\n"
    )
    return d


def name_alert_notice(c) -> Doc:
    d, t = Doc(), town(c)
    last = c.ch(("Tremblay", "Hinojosa", "Lindqvist", "Frost", "Pemberton", "Kowalczyk", "Moynihan"))
    p1, p2 = person(c), person(c)
    p1, p2 = (
        p1._replace(last=last),
        p2._replace(last=last, first=p2.first if p2.first[0] != p1.first[0] else p1.first),
    )
    if p1.first == p2.first:
        p2 = p2._replace(
            first=c.ch(("Ambrose", "Annelise", "Matthias", "Marisol"))
            if p1.first not in ("Ambrose", "Annelise", "Matthias", "Marisol")
            else "Rupert"
        )
    mgr, a1doc, a2doc = (
        q if q.last != last else q._replace(last="Etsitty" if last != "Etsitty" else "Nieminen")
        for q in people(c, 3)
    )
    nd = day(c)
    ages = [age(c, 0.35, 60, 88), age(c, 0.35, 60, 88)]
    d.add(
        "** NAME ALERT ** {h} - unit 5 North - posted {dt}\n\nTwo patients with the SAME LAST NAME are on this unit.\n\n",
        h=P("HOSPITAL", hospital(c, t)),
        dt=P("DATE", us(nd, "abbr")),
    )
    for i, (p, a, att) in enumerate(((p1, ages[0], a1doc), (p2, ages[1], a2doc)), 1):
        dob = born(c, a, nd)
        d.add(
            "  {i}) {n}   bed {b}   MRN {m}   DOB {dob}   {a} y   attending Dr. {at}\n",
            i=i,
            n=P("NAME_PATIENT", p.lf.upper()),
            b=f"5N-{c.ri(1, 30):02d}",
            m=P("MRN", mrn(c)),
            dob=P("DATE", us(dob, "slash")),
            a=age_p(a),
            at=P("NAME_CLINICIAN", att.last),
        )
    d.add(
        "\n{a} is here for ⟦fi|community-acquired pneumonia⟧ on ⟦dr|ceftriaxone⟧ ⟦do|1 g IV daily⟧; {b} for ⟦fi|hip fracture⟧, post-op ⟦pr|hemiarthroplasty⟧, on ⟦dr|enoxaparin⟧ ⟦do|40 mg SC daily⟧.\n",
        a=P("NAME_PATIENT", f"{p1.first} {last}"),
        b=P("NAME_PATIENT", f"{p2.first} {last}"),
    )
    d.add(
        "- Use TWO identifiers (name + DOB) before every med, lab draw and transport.\n- Name-alert sticker on chart, wristband and door.\n- Do not assign to the same nurse when possible.\n"
    )
    d.add(
        "Near miss {dt}: ⟦lab|potassium⟧ drawn on wrong {l} caught at bedside scan. Questions: {mg}, nurse manager, {ph}\n",
        dt=P("DATE", us(add(nd, -1), "md")),
        l=P("NAME_PATIENT", last),
        mg=P("NAME_CLINICIAN", mgr.full),
        ph=P("PHONE", phone(c, t.area)),
    )
    return d


TEMPLATES = [
    ("en32_subpoena_response", subpoena_response),
    ("en32_collections_notice", collections_notice),
    ("en32_implant_card_scan", implant_card_scan),
    ("en32_downtime_registration", downtime_registration),
    ("en32_tissue_allograft_log", tissue_allograft_log),
    ("en32_name_alert_notice", name_alert_notice),
]
