"""v32 English templates (1 of 2): FHIR Patient XML export, DICOM header dump, ambient-scribe
transcript, overnight pager log, OCR'd pharmacy bottle labels, sterilization consent form.
TEMPLATES lists all twelve (the other six are in templates_v32_en2.py)."""

# ruff: noqa: E501  (document text: the literal lines of each note are kept whole)

from __future__ import annotations

import templates_v32_en2 as en2
from _v32_kit import (
    EMPLOYERS,
    Doc,
    K,
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
    ssn,
    street,
    town,
    us,
    zipc,
)

V32_EN_WORDLIKE = (
    "amber",
    "summer",
    "ivy",
    "miles",
    "forrest",
    "major",
    "frost",
    "lamb",
    "swift",
    "steel",
    "sparrow",
)


# fmt: off
def fhir_patient_xml(c) -> Doc:
    d, t = Doc(), town(c)
    p, (rel, k), gp = person(c), kin(c, person(c)), person(c)
    a = age(c, 0.12)
    today = day(c)
    dob = born(c, a, today)
    h = hospital(c, t)
    d.add('<?xml version="1.0" encoding="UTF-8"?>\n<!-- export {dt} by interface user {u} -->\n', dt=P('DATE', us(today, 'iso')), u=P('NAME_CLINICIAN', person(c).login) if c.chance(0.5) else 'svc_fhir')
    d.add('<Patient xmlns="http://hl7.org/fhir">\n  <identifier>\n    <type><text value="MRN"/></type>\n    <value value="{m}"/>\n  </identifier>\n', m=P('MRN', mrn(c)))
    if c.chance(0.6):
        d.add('  <identifier>\n    <system value="http://hl7.org/fhir/sid/us-ssn"/>\n    <value value="{s}"/>\n  </identifier>\n', s=P('SSN', ssn(c)))
    if c.chance(0.4):
        d.add('  <identifier>\n    <type><text value="Driver license"/></type>\n    <value value="{v}"/>\n  </identifier>\n', v=P('LICENSE', f'{c.letters(1)}{c.digits(8, False)}'))
    if c.chance(0.55):
        d.add('  <identifier>\n    <type><text value="Passport"/></type>\n    <value value="{v}"/>\n  </identifier>\n', v=P('PASSPORT', passport(c)))
    d.add('  <name>\n    <use value="official"/>\n    <family value="{f}"/>\n    <given value="{g}"/>\n  </name>\n', f=P('NAME_PATIENT', p.last), g=P('NAME_PATIENT', p.first))
    d.add('  <telecom>\n    <system value="phone"/>\n    <value value="{ph}"/>\n    <use value="mobile"/>\n  </telecom>\n', ph=P('PHONE', phone(c, t.area, 'dash')))
    if c.chance(0.7):
        d.add('  <telecom>\n    <system value="email"/>\n    <value value="{e}"/>\n  </telecom>\n', e=P('EMAIL', email(c, p)))
    g = "female" if p.sex == "F" else "male"
    d.add('  <gender value="{g}"/>\n  <birthDate value="{b}"/>\n', g=g, b=P("DATE", dob.isoformat()))
    d.add('  <address>\n    <line value="{s}"/>\n    <city value="{ci}"/>\n    <state value="{st}"/>\n    <postalCode value="{z}"/>\n  </address>\n', s=P('ADDRESS_STREET', street(c)), ci=P('CITY', t.name), st=P('PROVINCE_STATE', t.st), z=P('POSTCODE', zipc(c, t)))
    d.add('  <contact>\n    <relationship><text value="{r}"/></relationship>\n    <name><text value="{n}"/></name>\n    <telecom><system value="phone"/><value value="{ph}"/></telecom>\n  </contact>\n', r=rel, n=P('NAME_RELATIVE', k.full), ph=P('PHONE', phone(c, t.area)))
    d.add('  <generalPractitioner><display value="{gp}, MD"/></generalPractitioner>\n  <managingOrganization><display value="{h}"/></managingOrganization>\n</Patient>\n', gp=P('NAME_CLINICIAN', gp.full), h=P('HOSPITAL', h))
    cond = c.ch((('type 2 diabetes mellitus', 'HbA1c 8.1%'), ('chronic kidney disease stage 3b', 'eGFR 38 mL/min'), ('atrial fibrillation', 'INR 2.4')))
    d.add('<Condition>\n  <code><text value="{a}"/></code>\n  <onsetDateTime value="{o}"/>\n  <note><text value="last {cc}; on ⟦dr|{drug}⟧ ⟦do|{dose}⟧"/></note>\n</Condition>\n', a=K('FINDING', cond[0]), cc=K('LAB', cond[1]), o=P('DATE', us(add(today, -c.ri(200, 3000)), 'iso')), drug=c.ch(('metformin', 'apixaban', 'empagliflozin')), dose=c.ch(('500 mg BID', '5 mg twice daily', '10 mg daily')))
    d.add('<Coverage>\n  <subscriberId value="{m}"/>\n  <relationship><text value="self"/></relationship>\n</Coverage>\n', m=P('INSURANCE', member(c)))
    return d
# fmt: on


# fmt: off
def dicom_header_dump(c) -> Doc:
    d, t = Doc(), town(c)
    p, ref, op = people(c, 3)
    a = age(c, 0.0, 18, 88)
    sd = day(c)
    dob = born(c, a, sd)
    mod = c.ch((('CT', 'CT CHEST W CONTRAST', 'pulmonary embolism', 'right lower lobe', 'CHEST'), ('MR', 'MRI BRAIN WO CONTRAST', 'acute infarct', 'left corona radiata', 'HEAD'), ('CT', 'CT ABDOMEN PELVIS', 'appendicitis', 'right lower quadrant', 'ABDOMEN'), ('MR', 'MRI LUMBAR SPINE', 'disc herniation', 'L4-5', 'LSPINE')))
    name = f"{p.last.upper()}^{p.first.upper()}" + ("" if c.chance(0.7) else f"^{c.letters(1)}")
    d.add("# dcmdump {f} (PACS QR job from {ip})\n", f=f"IM{c.ri(1, 400):04d}.dcm", ip=P("IP", ipv4(c)))
    d.add("(0008,0020) Study Date                 DA: '{v}'\n", v=P("DATE", us(sd, "dicom")))
    d.add("(0008,0050) Accession Number           SH: '{v}'\n", v=P('ACCESSION', f'{c.letters(2)}{c.digits(8, False)}'))
    d.add("(0008,0060) Modality                   CS: '{m}'\n(0008,0080) Institution Name           LO: '{h}'\n", m=mod[0], h=P('HOSPITAL', hospital(c, t)))
    d.add("(0008,0090) Referring Physician's Name PN: '{v}'\n", v=P('NAME_CLINICIAN', f'{ref.last.upper()}^{ref.first.upper()}'))
    d.add("(0008,1030) Study Description          LO: '⟦pr|{s}⟧'\n", s=mod[1])
    d.add("(0008,1070) Operators' Name            PN: '{v}'\n", v=P('NAME_CLINICIAN', f'{op.last}^{op.first}'))
    d.add("(0010,0010) Patient's Name             PN: '{v}'\n", v=P("NAME_PATIENT", name))
    d.add("(0010,0020) Patient ID                 LO: '{v}'\n", v=P("MRN", mrn(c)))
    if c.chance(0.35):
        d.add("(0010,0021) Issuer of Patient ID       LO: 'PASSPORT'\n(0010,1000) Other Patient IDs          LO: '{v}'\n", v=P('PASSPORT', passport(c)))
    elif c.chance(0.4):
        d.add("(0010,1000) Other Patient IDs          LO: '{v}'  (outside film import)\n", v=P("MRN", mrn(c)))
    d.add("(0010,0030) Patient's Birth Date       DA: '{v}'\n(0010,0040) Patient's Sex              CS: '{s}'\n(0010,1010) Patient's Age              AS: '{a:03d}Y'\n", v=P('DATE', us(dob, 'dicom')), s=p.sex, a=a)
    if c.chance(0.3):
        d.add("(0010,1040) Patient's Address          LO: '{s}^^{ci}^{st}^{z}'\n", s=P('ADDRESS_STREET', street(c)), ci=P('CITY', t.name), st=P('PROVINCE_STATE', t.st), z=P('POSTCODE', zipc(c, t)))
    d.add("(0018,0015) Body Part Examined         CS: '{b}'\n", b=mod[4])
    d.add('(0020,000D) Study Instance UID         UI: {u}\n', u=P('ACCESSION', f'1.2.840.{c.digits(6)}.{c.digits(5)}.{c.digits(9)}'))
    d.add("(0032,4000) Study Comments             LT: 'prelim: ⟦fi|{f}⟧ suspected, ⟦an|{an}⟧'\n", f=mod[2], an=mod[3])
    if mod[0] == "CT":
        d.add("(0018,0060) KVP                        DS: '120'   dose report ⟦me|CTDIvol {x} mGy⟧\n", x=c.fl(4, 18))
    else:
        d.add("(0018,0087) Magnetic Field Strength    DS: '3'   ⟦ep|Gadavist⟧ not given\n")
    return d
# fmt: on


def ambient_scribe_transcript(c) -> Doc:
    d, t = Doc(), town(c)
    p, doc_ = people(c, 2)
    rel, k = kin(c, p)
    a = age(c, 0.25, 55, 88)
    vd = day(c)
    dob = born(c, a, vd)
    d.add(
        "AMBIENT SCRIBE - raw transcript (unedited)\nencounter {e} | mrn {m} | {dt} | clinician: {dc}\n\n",
        e=P("ACCOUNT", fin(c)),
        m=P("MRN", mrn(c)),
        dt=P("DATE", us(vd, "slash")),
        dc=P("NAME_CLINICIAN", doc_.full.lower()),
    )
    d.add(
        "[doctor]: hi come on in. can you tell me your full name and date of birth\n[patient]: {n}. {b}\n",
        n=P("NAME_PATIENT", p.full.lower()),
        b=P("DATE", dob.strftime("%B ").lower() + f"{dob.day} {dob.year}"),
    )
    d.add(
        "[doctor]: great and how old are you now\n[patient]: {a}. {x}\n",
        a=age_p(a),
        x=c.ch(("can you believe it", "getting up there", "too old for this")),
    )
    d.add(
        "[doctor]: what brings you in\n[patient]: the ⟦fi|shortness of breath⟧ is worse, i can't do the stairs. my {r} {kn} made me come\n",
        r=rel,
        kn=P("NAME_RELATIVE", k.first.lower()),
    )
    d.add(
        "[relative]: yeah {pr} was up three nights in a row, the ⟦dr|furosemide⟧ doesn't seem to do anything\n",
        pr="she" if p.sex == "F" else "he",
    )
    d.add(
        "[doctor]: are you taking the ⟦do|40 mg twice a day⟧\n[patient]: once. the pharmacist at {ph} said once\n",
        ph=P("HOSPITAL", c.ch((f"{t.name} Family Pharmacy", "Hilltop Drug", f"{t.county} Apothecary"))),
    )
    if c.chance(0.45):
        d.add(
            "[doctor]: still working?\n[patient]: part time at {w}, mostly sitting\n",
            w=P("WORKPLACE", c.ch(EMPLOYERS)),
        )
    d.add(
        "[doctor]: okay let me listen. ⟦fi|crackles⟧ at both bases, ⟦fi|pitting edema⟧ to the ⟦an|mid shin⟧. ⟦me|blood pressure 148 over 86⟧, ⟦me|oxygen 91 percent⟧\n"
    )
    d.add(
        "[doctor]: your ⟦lab|bnp was 1260⟧ last week. i want an ⟦pr|echocardiogram⟧ and ⟦pr|chest x-ray⟧ today\n"
    )
    d.add("[patient]: can they call my cell, it's {ph}\n", ph=P("PHONE", phone(c, t.area, "dash")))
    if c.chance(0.5):
        d.add(
            "[doctor]: yes, and we'll send the video visit link for next week, {u}\n",
            u=P("URL", link(c, "visit.plainscare.example.org")),
        )
    nd = add(vd, 7).day
    d.add(
        "[doctor]: let's see you back on the {n}. {r}, {kn}, call us if the weight goes up more than ⟦me|3 pounds⟧\n",
        n=P(
            "DATE", f"{nd}{'th' if 10 <= nd % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(nd % 10, 'th')}"
        ),
        r=rel,
        kn=P("NAME_RELATIVE", k.first.lower()),
    )
    d.add(
        "\n-- scribe draft: {n}, {a} y/o, ⟦fi|acute on chronic heart failure⟧, lives in {ci}. reviewed by {dc} on {dt}\n",
        n=P("NAME_PATIENT", p.lf),
        a=age_p(a),
        ci=P("CITY", t.name.lower()),
        dc=P("NAME_CLINICIAN", doc_.init),
        dt=P("DATE", us(add(vd, c.ri(0, 2)), "md")),
    )
    return d


def pager_message_log(c) -> Doc:
    d, t = Doc(), town(c)
    h = hospital(c, t)
    night = day(c)
    docs = people(c, 3)
    d.add(
        "PAGING SYSTEM EXPORT - {h} - {dt} 19:00 to 07:00 - exported by {u}\n",
        h=P("HOSPITAL", h),
        dt=P("DATE", us(night, "slash")),
        u=P("NAME_CLINICIAN", docs[2].login),
    )
    if c.chance(0.45):
        d.add("host {ip}\n", ip=P("IP", ipv4(c)))
    d.add("TIME  | TO                       | MSG\n")
    hh = 19
    for _ in range(c.ri(4, 6)):
        hh = (hh + c.ri(1, 2)) % 24
        pt, rn = person(c), person(c)
        to = c.ch(docs[:2])
        msg = c.ch(
            (
                ("pt {n} {m} ⟦lab|K 6.1⟧ repeat pending, on ⟦dr|lisinopril⟧. pls call {rn} {ph}", "lab"),
                ("{n} rm 4{x} ⟦fi|fall⟧ no ⟦fi|head strike⟧, ⟦me|BP 92/50⟧. {rn} at {ph}", "fall"),
                ("{n} ({m}) asking for ⟦dr|zolpidem⟧ ⟦do|5 mg⟧, ok? -{rn} {ph}", "sleep"),
                ("CRITICAL ⟦lab|troponin 0.82⟧ on {n} {m}. call lab back {ph}", "crit"),
                ("{n} family at bedside wants update, son {k} {ph}", "fam"),
            )
        )
        slots = {
            "n": P("NAME_PATIENT", c.pick(pt.last.upper(), pt.lf, pt.init)),
            "m": P("MRN", mrn(c)),
            "rn": P("NAME_CLINICIAN", rn.first.lower()),
            "ph": P("PHONE", phone(c, t.area)),
            "x": c.ri(10, 40),
            "k": P("NAME_RELATIVE", person(c, "M").first),
        }
        d.add(
            f"{hh:02d}:{c.ri(0, 59):02d} | " + "{to} | " + msg[0] + "\n",
            to=P("NAME_CLINICIAN", to.lf) if c.chance(0.6) else P("NAME_CLINICIAN", to.init),
            **slots,
        )
    if c.chance(0.4):
        d.add(
            "05:{mm} | SECURITY                 | vehicle {v} in ambulance bay 2, belongs to visitor of {n}, pls move\n",
            mm=c.ri(10, 59),
            v=P("VEHICLE", plate(c)),
            n=P("NAME_PATIENT", person(c).last),
        )
    d.add("-- {n} messages, 0 undelivered\n", n=c.ri(30, 90))
    return d


def pharmacy_label_ocr(c) -> Doc:
    d, t = Doc(), town(c)
    p, tech = person(c), person(c)
    vd = day(c)
    d.add(
        "ED MED REC - bottle labels photographed and OCR'd ({dt}) by pharmacy tech {tk}\nPatient {n}  MRN {m}\n\n",
        dt=P("DATE", us(vd, "short")),
        tk=P("NAME_CLINICIAN", tech.full),
        n=P("NAME_PATIENT", p.lf),
        m=P("MRN", mrn(c)),
    )
    meds = c.sample(
        (
            ("metoprolol succinate", "25 mg", "TAKE 1 TABLET BY MOUTH DAILY"),
            ("gabapentin", "300 mg", "TAKE 1 CAPSULE 3 TIMES DAILY"),
            ("warfarin", "5 mg", "TAKE AS DIRECTED BY CLINIC"),
            ("oxycodone", "5 mg", "1 TAB Q6H PRN PAIN"),
            ("levothyroxine", "75 mcg", "1 TAB EVERY MORNING"),
            ("sertraline", "100 mg", "TAKE 1 TABLET DAILY"),
        ),
        c.ri(2, 3),
    )
    for i, (drug, dose, sig) in enumerate(meds, 1):
        ph, pr = (
            c.ch(
                (
                    f"{t.name} Drug & Compounding",
                    "Hilltop Pharmacy",
                    f"{t.county} Prairie Pharmacy #{c.ri(2, 80)}",
                )
            ),
            person(c),
        )
        fill = add(vd, -c.ri(3, 80))
        d.add(
            "--- label {i} (OCR) ---\n{ph}  {tel}\nRX# {rx}   0ATE: {f}\n",
            i=i,
            ph=P("HOSPITAL", ph.upper()),
            tel=P("PHONE", phone(c, t.area, "paren")),
            rx=P("OTHER_ID", c.digits(7)),
            f=P("DATE", us(fill, "slash")),
        )
        d.add("{n}\n", n=P("NAME_PATIENT", f"{p.first.upper()} {p.last.upper()}"))
        if i == 1 and c.chance(0.5):
            d.add(
                "{s}, {ci} {st} {z}\n",
                s=P("ADDRESS_STREET", street(c).upper()),
                ci=P("CITY", t.name.upper()),
                st=P("PROVINCE_STATE", t.st),
                z=P("POSTCODE", zipc(c, t)),
            )
        d.add(
            "⟦dr|{dr}⟧ ⟦do|{do}⟧\n{sig}\n0TY: {q}  REFILLS: {r}\nDR. {pr}",
            dr=drug.upper(),
            do=dose.upper(),
            sig=sig,
            q=c.ch((30, 90, 60)),
            r=c.ri(0, 5),
            pr=P("NAME_CLINICIAN", f"{pr.first[0]}. {pr.last}".upper()),
        )
        if drug == "oxycodone":
            d.add("  DEA {x}", x=P("LICENSE", f"{c.ch('ABFM')}{pr.last[0].upper()}{c.digits(7, False)}"))
        d.add("\nDISCARD AFTER: {x}\n\n", x=P("DATE", us(add(fill, 365), "slash")))
    d.add(
        "Tech note: {n} also takes ⟦dr|aspirin⟧ ⟦do|81 mg⟧ OTC; ⟦fi|{f}⟧ history. Verified with {r} by phone.\n",
        n=P("NAME_PATIENT", p.last),
        f=c.ch(("atrial fibrillation", "hypothyroidism", "chronic pain")),
        r=c.ch(("the patient", "the pharmacy", "the daughter")),
    )
    return d


def sterilization_consent(c) -> Doc:
    d, t = Doc(), town(c)
    p = person(c, c.pick("F", "F", "M"))
    phys, interp, staff = people(c, 3)
    a = c.ri(22, 44)
    sd = day(c)
    dob = born(c, a, sd)
    op = (
        ("⟦pr|bilateral salpingectomy⟧", "⟦pr|laparoscopic tubal ligation⟧")
        if p.sex == "F"
        else ("⟦pr|vasectomy⟧", "⟦pr|no-scalpel vasectomy⟧")
    )
    h = hospital(c, t)
    d.add("CONSENT TO STERILIZATION  (federal form; Medicaid)\n{h}\n\n", h=P("HOSPITAL", h))
    d.add(
        "I have asked for and received information about sterilization from Dr. {ph}. When I first asked for the information, I was told that the decision to be sterilized is completely up to me.\n",
        ph=P("NAME_CLINICIAN", phys.full),
    )
    d.add(
        "I understand that the sterilization must be considered permanent. I am at least 21 years of age and was born on {b}.\n",
        b=P("DATE", us(dob, "slash")),
    )
    d.add(
        "I, {n}, hereby consent of my own free will to be sterilized by Dr. {ph} by a method called "
        + c.ch(op)
        + ".\n",
        n=P("NAME_PATIENT", p.full),
        ph=P("NAME_CLINICIAN", phys.last),
    )
    d.add(
        "Signature of individual to be sterilized: ______________   Date: {dt}\nMedicaid ID: {m}    MRN: {mr}\n",
        dt=P("DATE", us(sd, "slash")),
        m=P("INSURANCE", member(c)),
        mr=P("MRN", mrn(c)),
    )
    if c.chance(0.5):
        lang = c.ch(("Spanish", "Marshallese", "Somali", "K'iche'", "Vietnamese"))
        d.add(
            "\nINTERPRETER'S STATEMENT: I have translated the information and advice presented orally to the individual to be sterilized into {l}. Interpreter: {i}  Date: {dt}\n",
            l=lang,
            i=P("NAME_CLINICIAN", interp.full),
            dt=P("DATE", us(sd, "slash")),
        )
    d.add(
        "\nSTATEMENT OF PERSON OBTAINING CONSENT: Before {t} {n} signed the consent form, I explained the nature of the sterilization procedure. {s}, RN   Facility: {h}\n",
        t="Ms." if p.sex == "F" else "Mr.",
        n=P("NAME_PATIENT", p.last),
        s=P("NAME_CLINICIAN", staff.full),
        h=P("HOSPITAL", h),
    )
    od = add(sd, c.ri(31, 90))
    d.add(
        "\nPHYSICIAN'S STATEMENT: Shortly before I performed a sterilization operation upon {n} on {od}, I explained ... At least 30 days have passed between the date of the individual's signature and the date the sterilization was performed.\n",
        n=P("NAME_PATIENT", p.full),
        od=P("DATE", us(od, "slash")),
    )
    d.add("Physician: {ph}, MD", ph=P("NAME_CLINICIAN", phys.full))
    if c.chance(0.6):
        d.add("  NPI {x}", x=P("LICENSE", npi(c)))
    d.add(
        "   Date: {dt}\nPre-op: ⟦lab|urine hCG negative⟧, ⟦me|BMI 31.4⟧, ⟦ep|Caprini score⟧ 2.\n",
        dt=P("DATE", us(od, "abbr")),
    )
    return d


TEMPLATES = [
    ("en32_fhir_patient_xml", fhir_patient_xml),
    ("en32_dicom_header_dump", dicom_header_dump),
    ("en32_ambient_scribe_transcript", ambient_scribe_transcript),
    ("en32_pager_message_log", pager_message_log),
    ("en32_pharmacy_label_ocr", pharmacy_label_ocr),
    ("en32_sterilization_consent", sterilization_consent),
    *en2.TEMPLATES,
]
