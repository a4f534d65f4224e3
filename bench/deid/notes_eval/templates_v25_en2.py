# Longer than 450 lines: six hand-written English document templates of v25 (part two).
"""v25 English templates, part two (six document kinds; templates_v25_en.py lists all twelve).

README.md "v25" lists the document kinds and what each one plants.
"""

# ruff: noqa: E501  (document text; wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt

import _v25_kit as kt
from _core import Doc, P


def en25_sti_partner_notify(c) -> Doc:
    """Irish sexual-health clinic partner-notification (contact tracing) record."""
    d = Doc()
    town, _county, key, area = c.ch(kt.IE_TOWNS)
    first, last, _ = kt.en_person(c)
    seen = kt.rdate(c)
    d.put(
        "PARTNER NOTIFICATION RECORD - ",
        P(
            "HOSPITAL",
            c.pick(
                f"{town} GUM/STI Clinic",
                f"Sexual Health Centre, University Hospital {town}",
                f"{town} Sexual Health Service",
            ),
        ),
        "\n",
    )
    d.put(
        "Index patient: ",
        P("NAME_PATIENT", f"{first} {last}"),
        "   Clinic no: ",
        P("MRN", f"GUM-{c.digits(5)}"),
        "\n",
    )
    d.put("Contact number: ", P("PHONE", kt.ie_phone(c, area)), c.pick("", " (text only)"), "\n")
    d.put("First attended: ", P("DATE", kt.fmt_date(c, seen, c.pick("dmy", "dot"))), "\n")
    d.put("Specimen lab no: ", P("ACCESSION", f"{c.letters(2)}{c.digits(7)}"), "\n")
    d.add(
        "Result: ⟦lab|Chlamydia trachomatis NAAT positive⟧, ⟦lab|Neisseria gonorrhoeae NAAT negative⟧. Treated with ⟦dr|doxycycline⟧ ⟦do|100 mg bd for 7 days⟧.\n"
    )
    d.put("Health adviser: ", P("NAME_CLINICIAN", c.pick(kt.clin(c), c.ch(kt.EN_FIRST_F))), "\n\n")
    d.put("Contacts (look-back 6 months):\n")
    for i in range(c.ri(1, 3)):
        f2, l2, _ = kt.en_person(c)
        nm = c.pick(f"{f2} {l2}", f2, f"{f2} (surname unknown)")
        value = nm.replace(" (surname unknown)", "")
        d.put(f"{i + 1}. ", P("NAME_RELATIVE", value), nm[len(value) :], " - ")
        how = c.ch(("patient referral", "provider referral by phone", "anonymous text", "e-mail"))
        d.put(how)
        if how.startswith("provider"):
            d.put(" ", P("PHONE", kt.ie_phone(c, area)))
        elif how == "e-mail":
            d.put(" ", P("EMAIL", kt.email(c, f2, l2 if value != f2 else c.ch(kt.STREETS))))
        d.put(
            "; outcome ",
            c.ch(("attended", "not verified", "attended elsewhere")),
            " ",
            P("DATE", kt.fmt_date(c, seen + dt.timedelta(days=c.ri(2, 30)), "dmy")),
            "\n",
        )
    if c.chance(0.5):
        d.put(
            "Anonymous notification link sent: ",
            P("URL", f"https://notify.sexualwellbeing.ie/a/{c.token(12)}"),
            "\n",
        )
    if c.chance(0.3):
        d.put("Visitor, passport ", P("PASSPORT", kt.passport(c)), " recorded for follow-up abroad.\n")
    d.add(
        "Test of cure not needed; retest at 3 months. ⟦fi|Pelvic inflammatory disease⟧ excluded on exam; ⟦an|adnexa⟧ non-tender."
    )
    return d


def en25_spirometry_csv(c) -> Doc:
    """Canadian lung-transplant home spirometry export (CSV with a header block)."""
    d = Doc()
    city, prov, abbr, fsa, area = c.ch(kt.CA_TOWNS)
    first, last, _ = kt.en_person(c)
    start = kt.rdate(c)
    d.put(
        "# Home Spirometry Export v3.2\n# Program: ",
        P(
            "HOSPITAL",
            c.pick(
                f"{city} Regional Health Centre Lung Transplant Clinic",
                f"St. Columba Hospital, {city}",
                f"Horizon Health {city} Respiratory",
            ),
        ),
        "\n",
    )
    d.put("# Patient: ", P("NAME_PATIENT", f"{last}^{first}" if c.chance(0.4) else f"{first} {last}"), "\n")
    d.put(
        "# Health card: ",
        P("INSURANCE", kt.ca_health(c, abbr)),
        "   Visit: ",
        P("ACCOUNT", f"V{c.digits(8)}"),
        "\n",
    )
    d.put(
        "# Address: ",
        P(
            "ADDRESS_STREET",
            f"{c.ri(1, 999)} {c.ch(kt.STREETS)} {c.ch(('Street', 'Crescent', 'Avenue', 'Road'))}",
        ),
        ", ",
        P("CITY", city),
        ", ",
        P("PROVINCE_STATE", c.pick(abbr, prov)),
        " ",
        P("POSTCODE", kt.ca_postal(c, fsa)),
        "\n",
    )
    d.put(
        "# Device serial: ",
        P("DEVICE", kt.serial(c)),
        "   Uploaded from IP ",
        P("IP", c.pick(kt.ip4(c), kt.ip6(c))),
        "\n",
    )
    d.put("# Ordering: Dr ", P("NAME_CLINICIAN", kt.clin(c)), " (CPSO ", P("LICENSE", c.digits(5)), ")\n")
    d.put("date,time,FEV1_L,FVC_L,FEV1_FVC,quality,coach\n")
    coach = c.pick(c.ch(kt.EN_FIRST_F).lower(), kt.clin(c))
    for i in range(c.ri(3, 5)):
        day = start + dt.timedelta(days=7 * i)
        d.put(
            P("DATE", kt.fmt_date(c, day, "iso")),
            f",{c.ri(7, 21):02d}:{c.ri(0, 59):02d},{c.fl(1.4, 3.2, 2)},{c.fl(2.2, 4.4, 2)},{c.fl(0.55, 0.82, 2)},{c.ch('ABC')},",
        )
        if c.chance(0.4):
            d.put(P("NAME_CLINICIAN", coach))
        d.put("\n")
    d.add(
        "# Note: ⟦me|FEV1 decline 12%⟧ from baseline; ⟦fi|chronic lung allograft dysfunction⟧ possible. ⟦pr|Bronchoscopy with transbronchial biopsy⟧ booked. "
    )
    d.add(
        "⟦dr|Tacrolimus⟧ ⟦do|3 mg bid⟧, ⟦lab|tacrolimus trough 7.8 ng/mL⟧; ⟦dr|salbutamol⟧ ⟦do|400 mcg⟧ pre-test.\n"
    )
    return d


def en25_rfds_retrieval(c) -> Doc:
    """Australian aeromedical retrieval (flying doctor) mission log."""
    d = Doc()
    town, state, pc, area = c.ch(kt.AU_TOWNS)
    dest = c.ch(
        (
            "Royal Adelaide Hospital",
            "Royal Perth Hospital",
            "Princess Alexandra Hospital",
            "Royal Darwin Hospital",
            "John Hunter Hospital",
            "The Alfred",
        )
    )
    first, last, sex = kt.en_person(c)
    day = kt.rdate(c)
    age, over = kt.age_pair(c, 0.35)
    d.put(
        "RETRIEVAL MISSION LOG   Mission ",
        P("OTHER_ID", f"RM-{day.year % 100}-{c.digits(5)}"),
        "   ",
        P("DATE", kt.fmt_date(c, day, c.pick("dmy", "dmon"))),
        "\n",
    )
    d.put(
        "Base: ",
        c.ch(("Broken Hill base", "Port Augusta base", "Mount Isa base", "Kalgoorlie base")),
        "   Aircraft: PC-12\n",
    )
    d.put(
        "Sending facility: ",
        P("HOSPITAL", c.pick(f"{town} Hospital", f"{town} Health Service", f"{town} Multipurpose Service")),
        "  ph ",
        P("PHONE", kt.au_phone(c, area)),
        "\n",
    )
    d.put("Receiving: ", P("HOSPITAL", dest), "\n")
    d.put(
        "Patient: ",
        P("NAME_PATIENT", f"{last.upper()} {first}"),
        "  Age ",
        kt.age_p(age),
        " ",
        sex,
        "  Medicare ",
        P("INSURANCE", kt.au_medicare(c)),
        "\n",
    )
    d.put(
        "Home: ",
        P(
            "ADDRESS_STREET",
            c.pick(
                f"{c.ri(1, 90)} {c.ch(kt.STREETS)} Street",
                f"{c.ch(kt.STREETS)} Station, via {c.ch(kt.STREETS)} Road",
            ),
        ),
        ", ",
        P("CITY", town),
        " ",
        P("PROVINCE_STATE", state),
        " ",
        P("POSTCODE", pc),
        "\n",
    )
    f2, l2, _ = kt.en_person(c)
    d.put(
        "NOK: ",
        P("NAME_RELATIVE", f"{f2} {l2}"),
        " (",
        c.ch(("wife", "son", "daughter", "husband", "brother")),
        ") ",
        P("PHONE", kt.au_phone(c, area)),
        "\n",
    )
    d.put(
        "Flight doctor: ",
        P("NAME_CLINICIAN", kt.clin(c)),
        "   Flight nurse: ",
        P("NAME_CLINICIAN", c.pick(kt.clin(c), c.ch(kt.EN_FIRST_F))),
        "\n\n",
    )
    d.put("TIME  EVENT\n")
    d.add(
        "06:12 Tasked. Referral: ⟦fi|inferior STEMI⟧, ⟦dr|tenecteplase⟧ ⟦do|40 mg IV⟧ given at 05:40 by sending site.\n"
    )
    d.add("07:05 Wheels down. ⟦me|GCS 15⟧, ⟦me|SpO2 94% on 2 L⟧, ⟦me|HR 48⟧ (⟦fi|complete heart block⟧).\n")
    if c.chance(0.5):
        d.put("07:20 Existing pacemaker interrogated - generator serial ", P("DEVICE", kt.serial(c)), "; ")
        d.add("⟦fi|lead fracture⟧ suspected.\n")
    d.add(
        "07:31 ⟦dr|Atropine⟧ ⟦do|600 mcg IV⟧; ⟦pr|transcutaneous pacing⟧ pads applied to ⟦an|anterior chest⟧.\n"
    )
    if c.chance(0.5):
        d.put(
            "07:45 Road transfer to airstrip, ambulance rego ",
            P("VEHICLE", f"{c.letters(3)}{c.digits(2)}{c.letters(1)}"),
            ".\n",
        )
    d.add("10:02 Handover in cath lab for ⟦pr|primary PCI⟧. ⟦lab|Troponin I 4,820 ng/L⟧.\n")
    return d


def en25_cataract_biometry(c) -> Doc:
    """US ambulatory surgery center cataract biometry and IOL implant record."""
    d = Doc()
    town, state, abbr, z, area = c.ch(kt.US_TOWNS)
    first, last, sex = kt.en_person(c)
    surg = kt.rdate(c)
    age, over = kt.age_pair(c, 0.35)
    if not over:
        age = c.ri(58, 88)
    d.put(
        P(
            "HOSPITAL",
            c.pick(
                f"{town} Eye Surgery Center",
                f"{c.ch(kt.STREETS)} Vision & Laser ASC",
                f"Lakeside Eye Institute of {town}",
            ),
        ),
        "\nCATARACT SURGERY - BIOMETRY / IOL RECORD\n\n",
    )
    d.put(
        "Name: ",
        P("NAME_PATIENT", c.pick(f"{first} {last}", f"{last}, {first}")),
        "   Age: ",
        kt.age_p(age),
        "\n",
    )
    d.put("MRN ", P("MRN", c.digits(7)), "   Encounter ", P("ACCOUNT", c.digits(10)), "\n")
    d.put(
        "Address: ",
        P("ADDRESS_STREET", f"{c.ri(10, 9999)} {c.ch(kt.STREETS)} {c.ch(kt.US_SUFFIX)}"),
        ", ",
        P("CITY", town),
        ", ",
        P("PROVINCE_STATE", abbr),
        " ",
        P("POSTCODE", kt.zip_us(c, z)),
        "   Ph ",
        P("PHONE", kt.us_phone(c, area)),
        "\n",
    )
    d.put("Member ID: ", P("INSURANCE", f"{c.letters(3)}{c.digits(9)}"), "\n")
    if c.chance(0.5):
        d.put("Guarantor SSN: ", P("SSN", kt.ssn(c)), "\n")
    d.put(
        "Surgery date: ",
        P("DATE", kt.fmt_date(c, surg, c.pick("us", "mdy"))),
        "   Eye: ",
        c.pick("OD", "OS"),
        "\n\n",
    )
    d.add(
        "Diagnosis: ⟦fi|nuclear sclerotic cataract 3+⟧. Dilated with ⟦dr|tropicamide⟧ ⟦do|1%⟧ and ⟦dr|phenylephrine⟧ ⟦do|2.5%⟧.\n"
    )
    d.add(
        "Biometry: ⟦me|axial length 23.41 mm⟧, ⟦me|K1 43.25 D⟧, ⟦me|K2 44.00 D⟧, ⟦me|ACD 3.12 mm⟧. Formula: ⟦ep|Barrett Universal II⟧.\n"
    )
    d.add("Procedure: ⟦pr|phacoemulsification with posterior chamber IOL⟧ in the ⟦an|capsular bag⟧.\n")
    d.put(
        "IOL: model SN60WF +21.5 D, serial no. ",
        P("DEVICE", f"{c.digits(8)}{c.digits(3, False)}"),
        ", lot ",
        c.digits(6),
        "\n",
    )
    d.put("Surgeon: ", P("NAME_CLINICIAN", kt.clin(c)), ", MD  NPI ", P("LICENSE", kt.npi(c)), "\n")
    d.put("Circulating RN: ", P("NAME_CLINICIAN", c.pick(kt.clin(c), c.ch(kt.EN_FIRST_F).lower())), "\n")
    d.put("Post-op visit ", P("DATE", kt.fmt_date(c, surg + dt.timedelta(days=1), "us")), "; ")
    d.add("⟦dr|prednisolone acetate⟧ ⟦do|1% qid⟧.")
    return d


def en25_adhd_titration(c) -> Doc:
    """US pediatric ADHD stimulant-titration telehealth visit transcript."""
    d = Doc()
    town, state, abbr, z, area = c.ch(kt.US_TOWNS)
    kid = c.ch(kt.KID_FIRST)
    last = c.ch(kt.EN_SURNAMES)
    pf, _pl, psex = kt.en_person(c)
    visit = kt.rdate(c)
    doc_name = kt.clin(c)
    d.put("TELEHEALTH VISIT TRANSCRIPT (auto-generated, edited)\n")
    d.put(
        "Room: ",
        P(
            "URL",
            f"https://telehealth.{c.ch(('brightpathpeds', 'ourkidsclinic', 'valleypeds'))}.org/join/{c.token(9)}",
        ),
        "   Patient IP: ",
        P("IP", kt.ip4(c)),
        "\n",
    )
    d.put(
        "Date: ",
        P("DATE", kt.fmt_date(c, visit, c.pick("us", "mdy"))),
        "   MRN: ",
        P("MRN", c.digits(8)),
        "\n",
    )
    d.put(
        "Participants: ",
        P("NAME_PATIENT", f"{kid} {last}"),
        " (patient, 9y), ",
        P("NAME_RELATIVE", f"{pf} {last}"),
        " (parent), ",
        P("NAME_CLINICIAN", doc_name),
        ", MD\n\n",
    )
    d.put(
        "[00:00:04] DR: Hi ", P("NAME_PATIENT", kid.lower() if c.chance(0.3) else kid), ", can you hear me?\n"
    )
    d.put(
        "[00:00:09] PARENT: Yes, it's me and ",
        P("NAME_PATIENT", kid),
        ". I'm on my lunch break from ",
        P("WORKPLACE", c.ch(kt.EMPLOYERS)),
        " so we'll be quick.\n",
    )
    d.add("[00:00:21] DR: How has the ⟦dr|methylphenidate ER⟧ ⟦do|36 mg⟧ been since we went up?\n")
    d.add(
        "[00:00:30] PARENT: Teacher's ⟦me|Vanderbilt⟧ came back better, but ⟦fi|decreased appetite⟧ at lunch and trouble falling asleep.\n"
    )
    d.add(
        "[00:01:02] DR: Weight today? PARENT: ⟦me|27.4 kg⟧, down from 28.1. ⟦me|BP 104/66⟧ on the home cuff.\n"
    )
    d.add(
        "[00:01:40] DR: Let's stay on ⟦do|36 mg⟧, add ⟦dr|melatonin⟧ ⟦do|1 mg⟧ at bedtime, and recheck in 4 weeks. No ⟦fi|tics⟧ or ⟦fi|chest pain⟧?\n"
    )
    d.put(
        "[00:02:15] PARENT: None. Send it to ",
        P(
            "HOSPITAL",
            c.pick(f"{town} Family Pharmacy", f"Walgreens #{c.digits(5)}", f"{c.ch(kt.STREETS)} Drug"),
        ),
        ", their number is ",
        P("PHONE", kt.us_phone(c, area)),
        ".\n",
    )
    if c.chance(0.5):
        d.put(
            "[00:02:40] PARENT: And e-mail the school letter to ",
            P("EMAIL", kt.email(c, pf, last)),
            " please.\n",
        )
    d.put(
        "\n-- e-prescribed (Schedule II) by ",
        P("NAME_CLINICIAN", doc_name),
        ", DEA ",
        P("LICENSE", f"{c.letters(2)}{c.digits(7)}"),
        "; next visit ",
        P("DATE", kt.fmt_date(c, visit + dt.timedelta(days=28), "us")),
        "\n",
    )
    if c.chance(0.3):
        d.put("Guarantor SSN on file: ", P("SSN", kt.ssn(c)), "\n")
    return d


def en25_hernia_intake(c) -> Doc:
    """Canadian hernia surgery clinic intake questionnaire (label fields)."""
    d = Doc()
    city, prov, abbr, fsa, area = c.ch(kt.CA_TOWNS)
    first, last, sex = kt.en_person(c, "M" if c.chance(0.7) else "F")
    visit = kt.rdate(c)
    age, over = kt.age_pair(c, 0.15)
    dob = kt.dob_for_age(c, age, visit)
    d.put(
        P(
            "HOSPITAL",
            c.pick(
                f"{city} Hernia Centre",
                f"Northern Hernia Clinic, {city}",
                f"{city} General Hospital - Day Surgery",
            ),
        ),
        "\nNEW PATIENT INTAKE\n\n",
    )
    d.put("Last name: ", P("NAME_PATIENT", last), "     First name: ", P("NAME_PATIENT", first), "\n")
    d.put(
        "Date of birth (DD/MM/YYYY): ",
        P("DATE", kt.fmt_date(c, dob, "dmy")),
        "     Age: ",
        kt.age_p(age),
        "\n",
    )
    d.put(
        "Health card #: ",
        P("INSURANCE", kt.ca_health(c, abbr)),
        "     Chart #: ",
        P("MRN", c.digits(6)),
        "\n",
    )
    d.put(
        "Street: ",
        P("ADDRESS_STREET", f"{c.ri(1, 4999)} {c.ch(kt.STREETS)} {c.ch(('St.', 'Ave.', 'Rd.', 'Blvd.'))}"),
        "   City: ",
        P("CITY", city),
        "   Prov: ",
        P("PROVINCE_STATE", abbr),
        "   Postal: ",
        P("POSTCODE", kt.ca_postal(c, fsa)),
        "\n",
    )
    d.put(
        "Phone (home/cell): ",
        P("PHONE", kt.us_phone(c, area)),
        "     E-mail: ",
        P("EMAIL", kt.email(c, first, last)) if c.chance(0.6) else "n/a",
        "\n",
    )
    d.put(
        "Employer: ",
        P("WORKPLACE", c.ch(kt.EMPLOYERS)),
        "     Occupation: ",
        c.ch(("labourer", "truck driver", "retired", "teacher", "welder")),
        "\n",
    )
    if c.chance(0.5):
        d.put("WCB / WSIB claim #: ", P("OTHER_ID", c.digits(8)), "\n")
    d.put(
        "Parking permit - plate: ",
        P(
            "VEHICLE",
            c.pick(
                f"{c.letters(4)} {c.digits(3)}",
                f"{c.letters(3)}-{c.digits(3)}",
                f"{c.digits(3)} {c.letters(3)}",
            ),
        ),
        "\n",
    )
    d.put(
        "Referring physician: Dr ",
        P("NAME_CLINICIAN", kt.clin(c)),
        "   Fax: ",
        P("FAX", kt.us_phone(c, area)),
        "\n",
    )
    d.put("Date of visit: ", P("DATE", kt.fmt_date(c, visit, c.pick("dmy", "iso", "mdy"))), "\n\n")
    d.add(
        "Hernia: ⟦fi|right indirect inguinal hernia⟧, reducible, ⟦me|3 cm⟧ defect; bulge in the ⟦an|right groin⟧ on cough.\n"
    )
    d.add("Anticoagulant? ⟦dr|Apixaban⟧ ⟦do|5 mg BID⟧ - hold 48 h pre-op. ⟦me|BMI 29⟧ (must be under 35).\n")
    d.add(
        "Planned: ⟦ep|Shouldice repair⟧ under local (⟦dr|lidocaine⟧ ⟦do|1%⟧ with ⟦dr|bupivacaine⟧). Alternative ⟦pr|Lichtenstein mesh repair⟧ discussed.\n"
    )
    d.put("Seen by: ", P("NAME_CLINICIAN", kt.clin(c)), ", MD")
    return d


EN25_PART2 = [
    ("en25_sti_partner_notify", en25_sti_partner_notify),
    ("en25_spirometry_csv", en25_spirometry_csv),
    ("en25_rfds_retrieval", en25_rfds_retrieval),
    ("en25_cataract_biometry", en25_cataract_biometry),
    ("en25_adhd_titration", en25_adhd_titration),
    ("en25_hernia_intake", en25_hernia_intake),
]
