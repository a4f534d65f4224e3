"""v31 English templates, part 2 (README.md "v31"): an ICD-lead safety-advisory e-mail thread, an
OCR'd workers' compensation first report of injury, a fixed-width LVAD driveline / controller log,
a cleft-palate team conference note, a newborn frenotomy note and a medication-error disclosure
letter."""

# ruff: noqa: E501  (template text)

from __future__ import annotations

from _v31_kit import (
    EMPLOYERS,
    HOSPITALS,
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
    ipv4,
    ipv6,
    kin,
    link,
    member,
    mrn,
    npi,
    passport,
    people,
    person,
    phone,
    plate,
    serial,
    ssn,
    street,
    times,
    town,
    us,
    vin,
    zipc,
)


def lead_thread(c) -> Doc:
    t = town(c)
    ep_, nurse, rep = people(c, 3)
    pts = people(c, c.ri(2, 3))
    h = hospital(c, t)
    d = day(c)
    dom = c.pick("nphealth.org", "stbrendans.org", "mercyvalley.org")
    e_ep = email(c, ep_, dom)
    D = Doc()
    D.add(
        "From: {e1}\nTo: {e2}\nCc: {e3}\nDate: {d}\nSubject: RE: lead advisory - pts still needing ⟦pr|remote interrogation⟧\n\n",
        e1=P("EMAIL", email(c, nurse, dom)),
        e2=P("EMAIL", e_ep),
        e3=P("EMAIL", email(c, rep, "crm-field.com")),
        d=P("DATE", us(d, c.pick("long", "mdy"))),
    )
    D.add(
        "{f}, the "
        + ("two" if len(pts) == 2 else "three")
        + " below on our {h} device clinic list are still not checked for the ⟦fi|lead conductor fracture⟧ advisory:\n\n",
        f=P("NAME_CLINICIAN", ep_.first),
        h=P("HOSPITAL", h),
    )
    for p in pts:
        a = age(c, 0.2, 45, 88)
        D.add(
            "- {n}, MRN {m}, {a} y, lead SN {ls}, generator SN {gs}, ",
            n=P("NAME_PATIENT", c.pick(p.full, p.lf)),
            m=P("MRN", mrn(c)),
            a=age_p(a),
            ls=P("DEVICE", serial(c, c.pick("LEA", "BKT"))),
            gs=P("DEVICE", serial(c, c.pick("PJN", "RXL"))),
        )
        D.add(
            "last transmission {lt}; home {ph}",
            lt=P("DATE", us(add(d, -c.ri(40, 200)), "md")),
            ph=P("PHONE", phone(c, t.area)),
        )
        if c.chance(0.3):
            D.add(" - travelling abroad, passport on file {pp}", pp=P("PASSPORT", passport(c)))
        D.add("\n")
    D.add(
        "\nI left voicemails. Can we add ⟦pr|fluoroscopy⟧ of the ⟦an|right ventricular apex⟧ lead at the next visit? - {n}\n\n",
        n=P("NAME_CLINICIAN", nurse.first),
    )
    D.add(
        "-----Original message-----\nFrom: {e}\nSent: {d2}\n\n",
        e=P("EMAIL", e_ep),
        d2=P("DATE", us(add(d, -1), "mdy")),
    )
    D.add(
        "Thanks. Anyone with ⟦me|impedance⟧ jump >30% or ⟦fi|noise on the shock channel⟧ gets ⟦dr|amiodarone⟧ ⟦do|200 mg⟧ bridge and an urgent slot. "
        "Use the portal batch link {u}",
        u=P("URL", link(c, "crm-remote.net")),
    )
    if c.chance(0.4):
        D.add(" (only from the clinic VLAN, e.g. {ip})", ip=P("IP", c.pick(ipv4(c), ipv6(c))))
    D.add(
        ".\n-- {n}, MD, ⟦ep|Heart Rhythm Society⟧ advisory summary attached\n",
        n=P("NAME_CLINICIAN", ep_.init),
    )
    return D


OCR = {"O": "0", "I": "1", "S": "5"}


def _o(c, label: str) -> str:
    return "".join(OCR[ch] if ch in OCR and c.chance(0.2) else ch for ch in label)


def ocr_froi(c) -> Doc:
    t = town(c)
    pat, md = people(c, 2)
    a = age(c, 0.03, 19, 70)
    inj = day(c)
    D = Doc()
    D.add(
        "FAX {fx}  {fd}  P.1/2\n",
        fx=P("FAX", phone(c, t.area, "dash")),
        fd=P("DATE", us(add(inj, 2), "short")),
    )
    D.add(
        _o(c, "EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS")
        + "\n"
        + _o(c, "CLAIM NO")
        + ": {cl}   "
        + _o(c, "POLICY NO")
        + ": {po}\n",
        cl=P("OTHER_ID", f"WC{c.digits(2)}-{c.digits(6)}"),
        po=P("INSURANCE", f"{c.letters(3)}{c.digits(7)}"),
    )
    D.add(_o(c, "EMPLOYEE NAME") + ": {n}\n", n=P("NAME_PATIENT", pat.lf.upper()))
    if c.chance(0.8):
        D.add(_o(c, "SOCIAL SECURITY NO") + ": {s}   ", s=P("SSN", ssn(c)))
    D.add(_o(c, "DATE OF BIRTH") + ": {dob}\n", dob=P("DATE", us(born(c, a, inj), "mdy")))
    D.add(
        _o(c, "HOME ADDRESS") + ": {st}, {ci}, {s} {z}\n" + _o(c, "PHONE") + ": {ph}\n",
        st=P("ADDRESS_STREET", street(c).upper()),
        ci=P("CITY", t.city.upper()),
        s=P("PROVINCE_STATE", t.state),
        z=P("POSTCODE", zipc(c, t)),
        ph=P("PHONE", phone(c, t.area)),
    )
    D.add(_o(c, "EMPLOYER") + ": {w}\n", w=P("WORKPLACE", c.ch(EMPLOYERS).upper()))
    if c.chance(0.4):
        D.add(_o(c, "DRIVER LICENSE") + ": {dl}\n", dl=P("LICENSE", f"{c.letters(1)}{c.digits(8)}"))
    if c.chance(0.35):
        D.add(_o(c, "PASSPORT (H-2A WORKER)") + ": {pp}\n", pp=P("PASSPORT", passport(c)))
    D.add(
        _o(c, "DATE OF INJURY") + ": {d}  " + _o(c, "TIME") + ": {tm}\n",
        d=P("DATE", us(inj, c.pick("mdy", "dmy"))),
        tm=times(c, 1, 6)[0],
    )
    mva = c.chance(0.6)
    if mva:
        D.add(
            _o(c, "DESCRIPTION") + ": COMPANY TRUCK {v} REAR-ENDED ON ROUTE; ⟦fi|WHIPLASH⟧ ⟦fi|NECK PAIN⟧\n",
            v=P("VEHICLE", c.pick(plate(c), vin(c))),
        )
    else:
        D.add(
            _o(c, "DESCRIPTION")
            + ": FELL FROM LADDER, LANDED ON ⟦an|LEFT WRIST⟧; ⟦fi|DEFORMITY⟧ AND SWELLING\n"
        )
    D.add(
        _o(c, "TREATED AT") + ": {h}\n" + _o(c, "PHYSICIAN") + ": {md}, MD  NPI {np}\n",
        h=P("HOSPITAL", hospital(c, t).upper()),
        md=P("NAME_CLINICIAN", md.full.upper()),
        np=P("LICENSE", npi(c)),
    )
    D.add(
        _o(c, "TREATMENT")
        + ": "
        + ("⟦pr|CERVICAL SPINE CT⟧, SOFT COLLAR" if mva else "⟦pr|CLOSED REDUCTION⟧, ⟦pr|SHORT ARM CAST⟧")
        + "; ⟦dr|IBUPROFEN⟧ ⟦do|600 MG⟧ Q6H; ⟦me|PAIN 7/10⟧\n"
    )
    return D


def lvad_log(c) -> Doc:
    t = town(c)
    pat, coord = people(c, 2)
    a = age(c, 0.05, 38, 79)
    rel, kp = kin(c, pat, a)
    d = day(c)
    nurses = people(c, 2)
    D = Doc()
    h, n, ps = hospital(c, t), pat.lf.upper(), serial(c, "HM")
    D.put(P("HOSPITAL", h), " " * max(2, 42 - len(h)), "LVAD DRIVELINE / CONTROLLER LOG\n")
    D.put(
        "PATIENT   ",
        P("NAME_PATIENT", n),
        " " * max(2, 30 - len(n)),
        "MRN ",
        P("MRN", mrn(c)),
        "\nAGE       ",
        age_p(a),
    )
    D.put(
        "\nPUMP SN   ",
        P("DEVICE", ps),
        " " * max(2, 30 - len(ps)),
        "CONTROLLER SN ",
        P("DEVICE", serial(c, "CTL")),
        "\n",
    )
    D.add(
        "IMPLANT   {d}   ⟦pr|HeartMate 3⟧ as ⟦fi|destination therapy⟧\nCAREGIVER {r} {k}, {ph}\n",
        d=P("DATE", us(add(d, -c.ri(60, 700)), "mdy")),
        r=rel.upper(),
        k=P("NAME_RELATIVE", kp.full.upper()),
        ph=P("PHONE", phone(c, t.area)),
    )
    if c.chance(0.35):
        D.add("BILLING   {f}\n", f=P("ACCOUNT", fin(c)))
    D.add("\nDATE        SPEED  FLOW  PI   SITE                 DRESSING  RN\n")
    for i in range(c.ri(3, 5)):
        dd = add(d, i * c.ri(3, 7))
        D.add(
            "{d}  {sp}   {fl}   {pi}  ",
            d=P("DATE", us(dd, "mdy")),
            sp=c.ri(52, 58) * 100,
            fl=c.fl(3.8, 5.6),
            pi=c.fl(2.4, 4.8),
        )
        D.add(
            c.pick("⟦fi|intact, no drainage⟧", "⟦fi|serous drainage⟧    ", "⟦fi|erythema 1 cm⟧      ") + " "
        )
        D.add("CHG kit   {rn}\n", rn=P("NAME_CLINICIAN", c.ch(nurses).init))
    D.add(
        "\n⟦lab|LDH 245 U/L⟧  ⟦lab|INR 2.4⟧ on ⟦dr|warfarin⟧ ⟦do|5 mg⟧ daily, ⟦dr|aspirin⟧ ⟦do|81 mg⟧; ⟦an|driveline exit site⟧ right upper quadrant\n"
    )
    D.add("VAD COORDINATOR {co}", co=P("NAME_CLINICIAN", coord.full.upper()))
    if c.chance(0.5):
        D.add("  {e}", e=P("EMAIL", email(c, coord, "vadteam.org")))
    if c.chance(0.4):
        D.add("\nPHOTO UPLOAD {u}", u=P("URL", link(c, "woundsnap.io")))
    if c.chance(0.5):
        D.add("\nMONITOR GATEWAY {ip}", ip=P("IP", ipv4(c)))
    D.add("\n")
    return D


def cleft_conf(c) -> Doc:
    t = town(c)
    pat = person(c)
    a_m = c.ri(4, 40)
    d = day(c)
    mom = person(c, "F")
    dad = type(pat)(person(c, "M").first, pat.last, "M")
    team = people(c, 4)
    D = Doc()
    D.add(
        "{h} - Craniofacial / Cleft Team Conference\nConference date: {d}\n\n",
        h=P("HOSPITAL", hospital(c, t, HOSPITALS)),
        d=P("DATE", us(d, c.pick("long", "mdy"))),
    )
    D.add(
        'Child: {n} ("{f}")   DOB {dob}   MRN {m}   Medicaid {mc}\n',
        n=P("NAME_PATIENT", pat.full),
        f=P("NAME_PATIENT", pat.first),
        dob=P("DATE", us(add(d, -a_m * 30 - c.ri(0, 25)), "mdy")),
        m=P("MRN", mrn(c)),
        mc=P("INSURANCE", member(c)),
    )
    if c.chance(0.5):
        D.add("Visit account {ac}\n", ac=P("ACCOUNT", fin(c)))
    D.add(
        "Present: mother {mo}, father {fa} (phone {ph})\n\n",
        mo=P("NAME_RELATIVE", c.pick(mom.full, mom.first)),
        fa=P("NAME_RELATIVE", c.pick(dad.full, dad.first)),
        ph=P("PHONE", phone(c, t.area)),
    )
    D.add(
        "Dx: ⟦fi|unilateral complete cleft lip and palate⟧, left; s/p ⟦pr|cheiloplasty⟧ ({lip}).\n",
        lip=P("DATE", us(add(d, -c.ri(90, 400)), "md")),
    )
    D.add(
        "Surgery ({s}): plan ⟦pr|Furlow palatoplasty⟧ at 10-12 mo; ⟦me|weight 8.1 kg⟧.\n",
        s=P("NAME_CLINICIAN", team[0].init),
    )
    D.add(
        "Speech ({s}): {f} babbles, ⟦fi|nasal emission⟧ on ⟦me|pressure consonants⟧; re-check after repair.\n",
        s=P("NAME_CLINICIAN", team[1].first),
        f=P("NAME_PATIENT", pat.first),
    )
    D.add(
        "Audiology ({s}): ⟦fi|type B tympanogram⟧ bilateral; ⟦pr|myringotomy tubes⟧ with the palate.\n",
        s=P("NAME_CLINICIAN", team[2].last),
    )
    D.add(
        "Orthodontics ({s}): ⟦pr|nasoalveolar molding⟧ done; ⟦an|alveolar cleft⟧ bone graft around age 8.\n",
        s=P("NAME_CLINICIAN", team[3].full),
    )
    D.add(
        "Feeding: ⟦ep|Pigeon bottle⟧; ⟦dr|acetaminophen⟧ ⟦do|15 mg/kg⟧ after surgery. Next conference {nx}.\n",
        nx=P("DATE", us(add(d, 180), "mon")),
    )
    return D


def frenotomy(c) -> Doc:
    t = town(c)
    mom = person(c, "F")
    babyf = person(c).first
    baby_last = mom.last if c.chance(0.7) else person(c).last
    lc, md = people(c, 2)
    d = day(c)
    dob = add(d, -c.ri(1, 20))
    D = Doc()
    D.add("{h} Newborn Clinic\nFRENOTOMY PROCEDURE NOTE\n", h=P("HOSPITAL", hospital(c, t, HOSPITALS)))
    D.add(
        "Infant: {n}   DOB {dob}   MRN {m}\nMother: {mo}   mother's MRN {mm}\nDate: {d}\n\n",
        n=P("NAME_PATIENT", f"{babyf} {baby_last}"),
        dob=P("DATE", us(dob, "mdy")),
        m=P("MRN", mrn(c)),
        mo=P("NAME_RELATIVE", mom.full),
        mm=P("MRN", mrn(c)),
        d=P("DATE", us(d, c.pick("mdy", "iso"))),
    )
    D.add(
        "Lactation ({lc}) noted ⟦fi|shallow latch⟧, maternal ⟦fi|nipple trauma⟧, ⟦ep|Hazelbaker⟧ function score ⟦me|7⟧; ⟦fi|anterior ankyloglossia⟧.\n",
        lc=P("NAME_CLINICIAN", c.pick(lc.full, lc.first)),
    )
    D.add(
        "Consent from {mo} after risks discussed. ⟦dr|sucrose 24%⟧ ⟦do|0.5 mL⟧ PO, swaddled. ⟦an|lingual frenulum⟧ divided with sterile scissors; "
        "hemostasis with gauze pressure, ⟦fi|blood loss minimal⟧. {b} latched within 5 min.\n",
        mo=P("NAME_RELATIVE", mom.first),
        b=P("NAME_PATIENT", babyf),
    )
    D.add(
        "Weight ⟦me|3.28 kg⟧ (birth ⟦me|3.41 kg⟧); ⟦lab|bilirubin 9.8 mg/dL⟧ at 72 h. Call {ph} for bleeding. Weight check {wc}.\n",
        ph=P("PHONE", phone(c, t.area)),
        wc=P("DATE", us(add(d, 3), "md")),
    )
    D.add("{md}, MD (pediatrics)\n", md=P("NAME_CLINICIAN", c.pick(md.full, md.init)))
    return D


def disclosure(c) -> Doc:
    t = town(c)
    pat, md, risk = people(c, 3)
    a = age(c, 0.2, 40, 88)
    d = day(c)
    ev = add(d, -c.ri(3, 20))
    D = Doc()
    D.add(
        "{h}\nOffice of Patient Safety\n\n{d}\n\n{n}\n{st}\n{ci}, {s} {z}\n\n",
        h=P("HOSPITAL", hospital(c, t)),
        d=P("DATE", us(d, "long")),
        n=P("NAME_PATIENT", pat.full),
        st=P("ADDRESS_STREET", street(c)),
        ci=P("CITY", t.city),
        s=P("PROVINCE_STATE", t.state),
        z=P("POSTCODE", zipc(c, t)),
    )
    D.add(
        "Event no. {ev}   MRN {m}   Account {ac}\n",
        ev=P("OTHER_ID", f"PSE-{c.digits(6)}"),
        m=P("MRN", mrn(c)),
        ac=P("ACCOUNT", fin(c)),
    )
    if c.chance(0.3):
        D.add("SSN on file {s}\n", s=P("SSN", ssn(c)))
    D.add(
        "\nDear {sal},\n\n",
        sal=c.pick(
            P("NAME_PATIENT", pat.first), ["Mr. " if pat.sex == "M" else "Mrs. ", P("NAME_PATIENT", pat.last)]
        ),
    )
    D.add(
        "As we discussed with you on {dd}, while you were in our hospital at age {a}, you received ⟦dr|hydromorphone⟧ ⟦do|2 mg⟧ IV when "
        "⟦do|0.2 mg⟧ was ordered. You became drowsy with ⟦me|respiratory rate 8⟧ and ⟦me|SpO2 84%⟧; ⟦dr|naloxone⟧ ⟦do|0.4 mg⟧ reversed it and "
        "your ⟦lab|arterial pH 7.31⟧ returned to normal. We are sorry.\n\n",
        dd=P("DATE", us(ev, c.pick("md", "mdy", "long"))),
        a=age_p(a),
    )
    if c.chance(0.5):
        rel, kp = kin(c, pat, a)
        D.add("Your {r}, {k}, was present for that conversation. ", r=rel, k=P("NAME_RELATIVE", kp.full))
    D.add(
        "We have changed ⟦pr|smart pump⟧ limits and added a second-nurse check. Charges for the extra day are waived.\n\n"
    )
    D.add(
        "Contact: {rm}, risk manager, {ph}, {e}",
        rm=P("NAME_CLINICIAN", risk.full),
        ph=P("PHONE", phone(c, t.area)),
        e=P("EMAIL", email(c, risk, "safety-" + c.pick("mvh.org", "prairielakes.org"))),
    )
    if c.chance(0.5):
        D.add("; survey: {u}", u=P("URL", link(c, "feedback.patientvoice.org")))
    D.add("\n\n{md}, MD, Chief Medical Officer\n", md=P("NAME_CLINICIAN", md.full))
    if c.chance(0.5):
        D.add("cc: PCP fax {fx}\n", fx=P("FAX", phone(c, t.area, "paren")))
    return D


TEMPLATES = [
    ("en31_icd_lead_advisory_thread", lead_thread),
    ("en31_ocr_wc_first_report", ocr_froi),
    ("en31_lvad_driveline_log", lvad_log),
    ("en31_cleft_team_conference", cleft_conf),
    ("en31_frenotomy_note", frenotomy),
    ("en31_error_disclosure_letter", disclosure),
]
