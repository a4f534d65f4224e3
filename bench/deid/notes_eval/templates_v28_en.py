# Longer than 450 lines: one set of six document templates; splitting it would scatter one version's English document types.
"""v28 English templates, part 1 (en28_*), and the list of all twelve (part 2: templates_v28_en2.py).

Document types none of v1-v27 used: a bilingual promotora home visit, a lower-case microbiology
critical-callback log, a radiology peer-review pipe table, a street-medicine outreach roster, a
pharmacy will-call CSV export and a fixed-width ECMO run sheet."""

# ruff: noqa: E501  (template text)

from __future__ import annotations

import datetime as dt

import templates_v28_en2 as _en2
from _v28_kit import (
    EN_EMPLOYERS,
    EN_WORDLIKE,
    Doc,
    P,
    dob_for,
    email_of,
    en_address,
    en_date,
    en_hosp,
    en_person,
    en_phone,
    en_town,
    ipv4,
    npi,
    passport_any,
    rdate,
    serial,
    ssn,
    us_plate,
    vin,
)

V28_EN_WORDLIKE = [w.lower() for w in EN_WORDLIKE]


def _age(age):
    """'93' labelled when over 89."""
    return P("AGE_OVER_89", str(age)) if age > 89 else str(age)


def promotora_visit(c):
    d = Doc()
    town = en_town(c)
    hosp = en_hosp(c, town)
    visit = rdate(c)
    age = c.pick(c.ri(46, 79), c.ri(46, 79), c.ri(90, 99))
    f, last, sex = en_person(c)
    dob = dob_for(c, age, visit)
    cf, cl, _ = en_person(c, "F")
    d.put(
        "VISITA DOMICILIARIA / PROMOTORA HOME VISIT\n",
        "Programa Salud en Casa - ",
        P("HOSPITAL", hosp),
        "\n\n",
    )
    d.put("Fecha / Date:        ", P("DATE", en_date(c, visit)), "\n")
    d.put(
        "Promotora:           ",
        P("NAME_CLINICIAN", f"{cf} {cl}"),
        ", CHW   cel. ",
        P("PHONE", en_phone(c, town[3])),
        "\n",
    )
    d.put("Paciente / Patient:  ", P("NAME_PATIENT", f"{f} {last}"), "\n")
    d.put("Nacimiento / DOB:    ", P("DATE", en_date(c, dob, "mdy")), "    Edad / Age: ", _age(age), "\n")
    d.put("Domicilio / Address: ", en_address(c, town), "\n")
    d.put("Tel. casa / home:    ", P("PHONE", en_phone(c, town[3])), "\n")
    d.put("Expediente / MRN:    ", P("MRN", f"{c.ri(10, 99)}{c.digits(6, False)}"), "\n")
    d.put("Medicaid ID:         ", P("INSURANCE", f"{c.letters(2)}{c.digits(8)}"), "\n")
    if c.chance(0.3):
        d.put(
            "Pasaporte (MEX) / passport: ", P("PASSPORT", f"G{c.digits(8)}"), " - used as ID at enrolment\n"
        )
    rf, rl, rsex = en_person(c)
    rel = (
        c.pick("hija / daughter", "nieta / granddaughter", "esposa / wife")
        if rsex == "F"
        else c.pick("esposo / husband", "hijo / son", "nieto / grandson")
    )
    d.put(
        "Cuidador(a) / caregiver: ",
        P("NAME_RELATIVE", f"{rf} {rl}"),
        f" ({rel}) tel. ",
        P("PHONE", en_phone(c, town[3])),
        "\n",
    )
    if age < 66 and c.chance(0.5):
        d.put("Trabajo / work: ", P("WORKPLACE", c.ch(EN_EMPLOYERS)), " (night shift)\n")
    if c.chance(0.3):
        d.put("e-mail: ", P("EMAIL", email_of(c, f, last)), "\n")
    ttl = "Sra." if sex == "F" else "Sr."
    ttl_en = "Mrs." if sex == "F" else "Mr."
    d.put("\nNOTAS / NOTES\n")
    d.put(
        f"{ttl} ",
        P("NAME_PATIENT", last),
        " refiere ⟦fi|poliuria⟧ y ⟦fi|visión borrosa⟧ desde hace dos semanas. ",
    )
    d.put(
        f"{ttl_en} ",
        P("NAME_PATIENT", last),
        " reports running out of ⟦dr|metformin⟧ ⟦do|850 mg⟧ twice daily; the family restarted it on ",
        P("DATE", en_date(c, visit - dt.timedelta(days=c.ri(2, 9)), "md")),
        ".\n",
    )
    g = c.ri(188, 342)
    d.put(
        f"Glucómetro en casa: ⟦lab|glucosa capilar {g} mg/dL⟧ (fasting). ⟦me|BP {c.ri(132, 168)}/{c.ri(80, 99)}⟧, ⟦me|peso {c.ri(71, 118)} kg⟧.\n"
    )
    if c.chance(0.55):
        d.put("Meter / medidor serial: ", P("DEVICE", serial(c)), " (home glucometer, replaced today)\n")
    d.put(
        "Foot check: ⟦ep|Semmes-Weinstein monofilament⟧ 7/10 sites felt on the ⟦an|left foot⟧; ⟦fi|callus over the first metatarsal head⟧, no ulcer.\n"
    )
    d.put(
        "Educación: ⟦dr|insulina glargina⟧ ⟦do|10 unidades⟧ at bedtime reviewed with ",
        P("NAME_RELATIVE", rf),
        "; ",
    )
    d.put(f"⟦lab|HbA1c {c.fl(8.1, 11.9)}%⟧ from last clinic visit.\n")
    if c.chance(0.3):
        d.put(
            "Encuesta de satisfacción: ", P("URL", f"https://encuesta.saludencasa.org/s/{c.token(10)}"), "\n"
        )
    d.put(
        "\nPróxima visita / next visit: ",
        P("DATE", en_date(c, visit + dt.timedelta(days=c.ri(7, 21)), "md")),
        ".  ",
    )
    sf, sl, _ = en_person(c)
    d.put("Supervisora RN: ", P("NAME_CLINICIAN", f"{sf[0]}. {sl}"), ", RN\n")
    return d


def micro_callback(c):
    d = Doc()
    town = en_town(c)
    day = rdate(c)
    tf, tl, _ = en_person(c)
    d.put(
        "micro lab critical value callback log -- ",
        P("HOSPITAL", en_hosp(c, town).lower()),
        " -- ",
        P("DATE", day.isoformat()),
        "\n",
    )
    d.put(
        "tech: ",
        P("NAME_CLINICIAN", f"{tf.lower()} {tl.lower()}"),
        "   lis ws ",
        P("IP", ipv4(c)),
        "   bench ext 4471\n",
    )
    d.put("-" * 60, "\n")
    tests = [
        (
            "⟦lab|blood culture 1 of 2 bottles positive⟧",
            "⟦lab|gram-positive cocci in clusters⟧",
            "⟦dr|vancomycin⟧ ⟦do|25 mg/kg IV⟧ loading",
        ),
        ("⟦lab|csf gram stain⟧", "⟦lab|gram-negative diplococci⟧", "⟦dr|ceftriaxone⟧ ⟦do|2 g IV q12h⟧"),
        (
            "⟦lab|stool pcr⟧",
            "⟦lab|shiga toxin 2 detected⟧",
            "no antibiotics; ⟦lab|cbc⟧ and ⟦lab|creatinine⟧ daily for ⟦fi|hemolytic uremic syndrome⟧",
        ),
        (
            "⟦lab|afb smear⟧",
            "⟦lab|acid-fast bacilli 2+⟧",
            "⟦pr|airborne isolation⟧; ⟦ep|ziehl-neelsen stain⟧ confirmed",
        ),
        (
            "⟦lab|blood culture 2 of 2 bottles positive⟧",
            "⟦lab|candida glabrata⟧",
            "⟦dr|micafungin⟧ ⟦do|100 mg IV daily⟧, ⟦pr|dilated fundus exam⟧ ordered",
        ),
        (
            "⟦lab|malaria smear⟧",
            "⟦lab|plasmodium falciparum 3.1% parasitemia⟧",
            "⟦dr|artesunate⟧ ⟦do|2.4 mg/kg IV⟧ per id",
        ),
    ]
    for i, (spec, res, plan) in enumerate(c.sample(tests, c.ri(2, 4)), 1):
        f, last, _ = en_person(c)
        age = c.pick(c.ri(19, 88), c.ri(19, 88), c.ri(19, 88), c.ri(90, 101))
        form = c.ch(("lf", "fl", "l"))
        nm = {
            "lf": f"{last.lower()}, {f.lower()}",
            "fl": f"{f.lower()} {last.lower()}",
            "l": f"{last.lower()}, {f[0].lower()}",
        }[form]
        d.put(
            f"#{i} acc ",
            P("ACCESSION", f"{c.letters(1)}{day.year % 100}-{c.digits(6, False)}"),
            " | pt ",
            P("NAME_PATIENT", nm),
            " | mrn ",
            P("MRN", c.digits(8)),
            " | age ",
            _age(age),
            " | loc ",
            c.ch(("5n", "micu", "ed pod c", "4w", "l&d")),
            "\n",
        )
        d.put(f"   spec: {spec}  result: {res}\n")
        rf, rl, _ = en_person(c)
        d.put(
            "   called to: ",
            P("NAME_CLINICIAN", f"{rf.lower()} {rl.lower()}"),
            c.ch((" rn", " np", " md", " pa")),
            f" @ {c.ri(0, 23):02d}:{c.ri(0, 59):02d}, read-back ok, cb ",
            P("PHONE", en_phone(c, town[3], "dash")),
            "\n",
        )
        d.put(f"   plan per team: {plan}\n")
        if c.chance(0.3):
            d.put(
                "   note: prior isolate ",
                P("ACCESSION", f"{c.letters(1)}{day.year % 100 - 1}-{c.digits(6, False)}"),
                " same organism, ",
                P("DATE", en_date(c, day - dt.timedelta(days=c.ri(20, 90)), "md")),
                "\n",
            )
    d.put("-" * 60, "\n")
    sf, sl, _ = en_person(c)
    d.put(
        "reviewed: ",
        P("NAME_CLINICIAN", sl.lower()),
        " (micro supervisor) ",
        P("DATE", en_date(c, day + dt.timedelta(days=1), "mdyy")),
        "\n",
    )
    return d


def rad_peer_review(c):
    d = Doc()
    town = en_town(c)
    hosp = en_hosp(c, town)
    mtg = rdate(c)
    cf, cl, _ = en_person(c)
    d.put("RADIOLOGY PEER REVIEW COMMITTEE - DISCREPANCY LOG (confidential, peer review privileged)\n")
    d.put("Facility: ", P("HOSPITAL", hosp), "    Meeting: ", P("DATE", en_date(c, mtg, "long")), "\n")
    d.put(
        "Chair: ",
        P("NAME_CLINICIAN", f"{cf} {cl}"),
        ", MD  ",
        P("EMAIL", email_of(c, cf, cl, ["radpartners.org", "imaging-group.com"])),
        "  fax ",
        P("FAX", en_phone(c, town[3], "dash")),
        "\n\n",
    )
    d.put("| case | exam date | patient | age | MRN | accession | reader | reviewer | RADPEER | finding |\n")
    d.put("|---|---|---|---|---|---|---|---|---|---|\n")
    finds = [
        ("2b", "⟦fi|missed 7 mm spiculated nodule⟧ ⟦an|right upper lobe⟧"),
        ("2a", "⟦fi|subtle nondisplaced scaphoid waist fracture⟧"),
        ("3b", "⟦fi|acute appendicitis with periappendiceal fluid⟧ called normal"),
        ("2a", "⟦fi|incidental adrenal nodule⟧, ⟦me|11 HU⟧, not reported"),
        ("1", "agree; ⟦fi|small left pleural effusion⟧"),
        (
            "3a",
            "⟦fi|dural venous sinus thrombosis⟧ ⟦an|left transverse sinus⟧ missed on ⟦pr|noncontrast CT head⟧",
        ),
        ("2b", "⟦fi|pneumoperitoneum⟧ under the ⟦an|right hemidiaphragm⟧"),
        ("1", "agree; ⟦ep|Bosniak⟧ IIF cyst, ⟦me|2.3 cm⟧"),
    ]
    readers = [en_person(c) for _ in range(3)]
    for _i, (score_, fnd) in enumerate(c.sample(finds, c.ri(3, 5)), 1):
        f, last, _ = en_person(c)
        age = c.pick(c.ri(23, 88), c.ri(23, 88), c.ri(23, 88), c.ri(90, 98))
        r1, r2 = c.sample(readers, 2)
        nm = c.pick(f"{last}, {f}", f"{f[0]}. {last}", f"{last.upper()}, {f.upper()}")
        d.put(
            "| ",
            P("OTHER_ID", f"PR-{mtg.year % 100}-{c.ri(100, 999)}"),
            " | ",
            P("DATE", en_date(c, mtg - dt.timedelta(days=c.ri(10, 80)), "mdy")),
            " | ",
            P("NAME_PATIENT", nm),
            " | ",
            _age(age),
            " | ",
            P("MRN", c.digits(7)),
            " | ",
            P("ACCESSION", f"RAD{c.digits(8)}"),
            " | ",
            P("NAME_CLINICIAN", r1[1]),
            " | ",
            P("NAME_CLINICIAN", r2[1]),
            f" | {score_} | {fnd} |\n",
        )
    d.put(
        "\nScores per ⟦ep|RADPEER⟧ 2016. Letters to readers with 2b/3a/3b go out within 10 days; questions to "
    )
    d.put(
        P("NAME_CLINICIAN", f"{cf[0]}. {cl}"),
        " or the quality office ",
        P("PHONE", en_phone(c, town[3])),
        ".\n",
    )
    return d


def street_medicine(c):
    d = Doc()
    town = en_town(c)
    day = rdate(c)
    d.put(
        "STREET MEDICINE OUTREACH - ",
        P("CITY", town[0].upper()),
        " ROUTE - ",
        P("DATE", en_date(c, day, "dmy")),
        "\n",
    )
    d.put(
        "Clinic: ",
        P("HOSPITAL", f"{town[0]} Street Medicine Clinic"),
        "  on-call ",
        P("PHONE", en_phone(c, town[3])),
        "\n",
    )
    d.put("TEAM\n")
    staff = [en_person(c) for _ in range(3)]
    for (f, last, _), role in zip(staff, ("MD", "RN", "peer navigator"), strict=True):
        d.put(
            "  ",
            P("NAME_CLINICIAN", f"{f} {last}"),
            f"   {role}   ",
            P("PHONE", en_phone(c, town[3], "dash")),
        )
        if role == "RN":
            d.put("  lic ", P("LICENSE", f"{c.letters(2)}{c.digits(6)}"))
        d.put("\n")
    d.put("\nCONTACTS\n")
    sites = [
        "under the bridge at",
        "behind the laundromat on",
        "camp by the rail spur off",
        "car parked on",
        "tent at the end of",
    ]
    notes = [
        "⟦fi|cellulitis⟧ ⟦an|left shin⟧, marked; ⟦dr|cephalexin⟧ ⟦do|500 mg qid⟧ x7d handed out",
        "⟦fi|trench foot⟧ both feet; dry socks, ⟦pr|wound care⟧, recheck",
        "⟦dr|buprenorphine-naloxone⟧ ⟦do|8-2 mg SL daily⟧ continued; ⟦lab|urine drug screen⟧ + fentanyl",
        "⟦me|BP 188/112⟧, no chest pain; ⟦dr|amlodipine⟧ ⟦do|10 mg daily⟧ restarted",
        "⟦dr|naloxone⟧ kit x2; ⟦fi|abscess⟧ ⟦an|right antecubital fossa⟧, ⟦pr|incision and drainage⟧ at clinic",
        "⟦lab|point-of-care HCV antibody reactive⟧; RNA drawn",
        "⟦fi|scabies⟧; ⟦dr|permethrin⟧ ⟦do|5% cream⟧ to partner also",
    ]
    n = c.ri(3, 5)
    hours = sorted(c.sample(range(8, 17), n))
    for i in range(n):
        f, last, _ = en_person(c)
        lead, tm = staff[c.ri(0, 1)], f"{hours[i]:02d}{c.ch(('00', '15', '30', '45'))}"
        nm = c.pick(f"{f} {last}", f"{last}, {f}", f, f"{f} {last[0]}.")
        d.put(
            f"{tm}  ",
            P("NAME_PATIENT", nm),
            " - ",
            c.ch(sites),
            " ",
            P(
                "ADDRESS_STREET",
                f"{c.ch(('Depot', 'Sawmill', 'Foundry', 'Cottonwood', 'Beacon'))} {c.ch(('St', 'Rd', 'Ave'))}",
            ),
            " - HMIS ",
            P("OTHER_ID", c.digits(7)),
            " - ",
        )
        d.put(P("NAME_CLINICIAN", lead[1]), ": ", c.ch(notes), "\n")
        if c.chance(0.35):
            d.put("      sleeping in vehicle: plate ", P("VEHICLE", us_plate(c)))
            if c.chance(0.4):
                d.put(", VIN ", P("VEHICLE", vin(c)))
            d.put(" (tow notice pending)\n")
        if c.chance(0.3):
            d.put(
                "      benefits app: SSN ",
                P("SSN", ssn(c)),
                ", Medicaid ",
                P("INSURANCE", f"{c.digits(9)}{c.letters(1)}"),
                "\n",
            )
        if c.chance(0.18):
            d.put("      has passport ", P("PASSPORT", passport_any(c)), " only; ID voucher requested\n")
        if c.chance(0.25):
            d.put("      cell ", P("PHONE", en_phone(c, town[3])), " (texts ok)\n")
    d.put(
        "\nHandoff to clinic: ",
        P("NAME_CLINICIAN", staff[1][0]),
        " will call ",
        P("HOSPITAL", en_hosp(c, town)),
        " re: admissions.\n",
    )
    return d


def will_call_csv(c):
    d = Doc()
    town = en_town(c)
    day = rdate(c)
    ph = c.ch(
        (
            "Medicine Shoppe",
            "Corner Drug",
            "Prairie Family Pharmacy",
            "Riverside Apothecary",
            "Main Street Pharmacy",
        )
    )
    uf, ul, _ = en_person(c)
    d.put(
        "# will-call bin report, ",
        P("HOSPITAL", f"{ph} #{c.ri(100, 999)}"),
        ", store ",
        P("PHONE", en_phone(c, town[3], "dash")),
        "\n",
    )
    d.put(
        "# exported ",
        P("DATE", day.isoformat()),
        " by ",
        P("NAME_CLINICIAN", f"{uf[0].lower()}{ul.lower()}"),
        " from ",
        P("IP", ipv4(c)),
        "\n",
    )
    d.put("bin,rx_no,last,first,dob,phone,drug,strength,qty,prescriber,filled,member_id\n")
    drugs = [
        ("⟦dr|atorvastatin⟧", "⟦do|40 mg⟧"),
        ("⟦dr|sertraline⟧", "⟦do|100 mg⟧"),
        ("⟦dr|levothyroxine⟧", "⟦do|88 mcg⟧"),
        ("⟦dr|apixaban⟧", "⟦do|5 mg⟧"),
        ("⟦dr|insulin lispro⟧", "⟦do|100 units/mL⟧"),
        ("⟦dr|amoxicillin-clavulanate⟧", "⟦do|875-125 mg⟧"),
        ("⟦dr|prednisone⟧", "⟦do|20 mg⟧"),
        ("⟦dr|tiotropium⟧", "⟦do|18 mcg⟧"),
        ("⟦dr|hydroxychloroquine⟧", "⟦do|200 mg⟧"),
    ]
    for _ in range(c.ri(4, 6)):
        f, last, _s = en_person(c)
        dob = dob_for(c, c.ri(18, 88), day)
        dr, st = c.ch(drugs)
        pf, pl, _ = en_person(c)
        d.put(
            f"{c.ch('ABCDEFGH')}{c.ri(1, 30)},",
            P("OTHER_ID", f"{c.ri(1, 7)}{c.digits(6, False)}"),
            ",",
            P("NAME_PATIENT", last),
            ",",
            P("NAME_PATIENT", f),
            ",",
            P("DATE", en_date(c, dob, "mdy")),
            ",",
            P("PHONE", en_phone(c, town[3], "dash")),
            f",{dr},{st},{c.ch((30, 90, 14, 1))},",
            P("NAME_CLINICIAN", f"{pl} {pf[0]}"),
            ",",
            P("DATE", en_date(c, day - dt.timedelta(days=c.ri(0, 9)), "mdy")),
            ",",
            P("INSURANCE", f"{c.letters(3)}{c.digits(9)}"),
            "\n",
        )
    d.put(
        "# items older than 10 days return to stock; ⟦lab|INR⟧-monitored items flagged for pharmacist call\n"
    )
    return d


def ecmo_run(c):
    d = Doc()
    town = en_town(c)
    hosp = en_hosp(c, town)
    start = rdate(c)
    f, last, sex = en_person(c)
    age = c.ri(19, 74)
    dob = dob_for(c, age, start)
    d.put(f"{'ECMO RUN SHEET':<30}{'':10}", P("HOSPITAL", hosp), "\n")
    d.put(
        f"{'Patient:':<16}",
        P("NAME_PATIENT", f"{last.upper()}, {f.upper()}"),
        f"{'':6}{'DOB:':<6}",
        P("DATE", en_date(c, dob, "mdy")),
        "\n",
    )
    d.put(f"{'MRN:':<16}", P("MRN", c.digits(8)), f"{'':6}{'FIN:':<6}", P("ACCOUNT", c.digits(10)), "\n")
    d.put(f"{'Member ID:':<16}", P("INSURANCE", f"{c.letters(1)}{c.digits(10)}"), "\n")
    d.put(f"{'Mode:':<16}⟦pr|VV ECMO⟧, ⟦an|right internal jugular⟧ dual-lumen cannula\n")
    sf, sl, _ = en_person(c)
    d.put(
        f"{'Cannulated:':<16}",
        P("DATE", en_date(c, start, "iso")),
        " by ",
        P("NAME_CLINICIAN", f"{sf[0]}. {sl}"),
        ", MD (NPI ",
        P("LICENSE", npi(c)),
        ")\n",
    )
    if c.chance(0.3):
        d.put(f"{'Other device:':<16}HeartMate 3 LVAD, pump serial ", P("DEVICE", serial(c)), "\n")
    d.put(
        f"{'Indication:':<16}⟦fi|severe ARDS⟧, ⟦me|P/F ratio 62⟧ on ⟦me|PEEP 16⟧, ⟦ep|Murray score⟧ 3.5\n\n"
    )
    d.put(f"{'time':<7}{'RPM':>6}{'flow':>7}{'sweep':>7}{'ACT':>6}{'heparin':>10}  perfusionist\n")
    perf = [en_person(c) for _ in range(2)]
    for h in range(c.ri(3, 5)):
        p = perf[h % 2]
        d.put(
            f"{(8 + 4 * h) % 24:02d}00   {c.ri(2900, 3600):>6}{c.fl(3.8, 5.2):>7}{c.fl(2.0, 6.0):>7}{c.ri(160, 210):>6}{c.ri(12, 22):>10}  ",
            P("NAME_CLINICIAN", p[1]),
            "\n",
        )
    d.put(
        "\n⟦lab|anti-Xa 0.31 IU/mL⟧, ⟦lab|fibrinogen 236 mg/dL⟧, ⟦lab|plasma free hemoglobin 18 mg/dL⟧; ⟦dr|heparin⟧ ⟦do|14 units/kg/h⟧.\n"
    )
    d.put("⟦fi|no oxygenator clots⟧ on flashlight check; ⟦pr|circuit change⟧ not needed.\n")
    rf, _rl, _ = en_person(c)
    rel = c.ch(("wife", "husband", "mother", "brother", "partner"))
    d.put(
        f"Family: {rel} ",
        P("NAME_RELATIVE", f"{rf} {last}"),
        " at bedside, cell ",
        P("PHONE", en_phone(c, town[3])),
        "; updated ",
        P("DATE", en_date(c, start + dt.timedelta(days=c.ri(1, 6)), "md")),
        ".\n",
    )
    return d


TEMPLATES = [
    ("en28_promotora_visit", promotora_visit),
    ("en28_micro_callback", micro_callback),
    ("en28_rad_peer_review", rad_peer_review),
    ("en28_street_medicine", street_medicine),
    ("en28_will_call_csv", will_call_csv),
    ("en28_ecmo_run_sheet", ecmo_run),
    *_en2.TEMPLATES,
]
