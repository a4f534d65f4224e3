# Longer than 450 lines: one set of six document templates; splitting it would scatter one version's English document types.
"""v28 English templates, part 2 (en28_*): a plasma-centre donor deferral letter, an ROP screening
rounds list, a CJD instrument lookback letter with its routing slip, a massive-transfusion cooler
TSV log, an OCR'd upper-case ECG printout and a store-and-forward tele-dermatology e-mail thread."""

# ruff: noqa: E501  (template text)

from __future__ import annotations

import datetime as dt

from _v28_kit import (
    EN_EMPLOYERS,
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
    ipv6,
    passport_any,
    rdate,
    serial,
    ssn,
    us_plate,
)


def _age(age):
    return P("AGE_OVER_89", str(age)) if age > 89 else str(age)


def plasma_deferral(c):
    d = Doc()
    town = en_town(c)
    day = rdate(c)
    center = c.ch(
        (
            f"LifeSource Plasma - {town[0]}",
            f"BioNova Plasma Center {town[0]}",
            f"Crestline Plasma of {town[0]}",
        )
    )
    f, last, sex = en_person(c)
    dob = dob_for(c, c.ri(19, 64), day)
    d.put(
        P("HOSPITAL", center),
        "\n",
        "phone ",
        P("PHONE", en_phone(c, town[3])),
        " | fax ",
        P("FAX", en_phone(c, town[3], "dash")),
        "\n\n",
    )
    d.put(P("DATE", en_date(c, day, "long")), "\n\n")
    d.put(P("NAME_PATIENT", f"{f} {last}"), "\n", en_address(c, town, "\n"), "\n\n")
    d.put(
        "Donor ID: ",
        P("OTHER_ID", f"{c.letters(2)}{c.digits(7)}"),
        "    Date of birth: ",
        P("DATE", en_date(c, dob, "mdy")),
        "\n",
    )
    if c.chance(0.7):
        d.put("SSN on file: ", P("SSN", ssn(c)), "\n")
    if c.chance(0.4):
        d.put("ID presented: passport ", P("PASSPORT", passport_any(c)), "\n")
    else:
        d.put("ID presented: driver's license ", P("LICENSE", f"{c.letters(1)}{c.digits(8)}"), "\n")
    if c.chance(0.6):
        d.put("Employer (for the donor-loyalty programme): ", P("WORKPLACE", c.ch(EN_EMPLOYERS)), "\n")
    ttl = "Ms." if sex == "F" else "Mr."
    d.put(f"\nDear {ttl} ", P("NAME_PATIENT", last), ",\n\n")
    reason = c.ch(
        (
            "your ⟦lab|total protein 5.7 g/dL⟧ was below our acceptance range on two consecutive visits",
            "your ⟦lab|hematocrit 36%⟧ was below 38%, and your ⟦lab|ferritin 9 ng/mL⟧ suggests ⟦fi|iron deficiency⟧",
            "your ⟦me|pulse 112⟧ and ⟦me|blood pressure 182/104⟧ were outside the limits at screening",
            "a ⟦lab|syphilis screening test⟧ was reactive; a ⟦lab|treponemal confirmatory test⟧ is pending",
            "you reported taking ⟦dr|isotretinoin⟧ ⟦do|40 mg daily⟧ within the last month",
        )
    )
    d.put(
        "Thank you for donating with us. On ",
        P("DATE", en_date(c, day - dt.timedelta(days=c.ri(1, 12)), "md")),
        f" {reason}. ",
    )
    d.put(
        "You are deferred for ",
        c.ch(("8 weeks", "6 months", "12 months")),
        ". After a ⟦pr|venipuncture⟧ with ⟦fi|hematoma⟧ at the ⟦an|left antecubital fossa⟧, please see your doctor if swelling persists.\n",
    )
    d.put(
        "Donations by ⟦pr|plasmapheresis⟧ use ⟦dr|sodium citrate⟧ anticoagulant; ⟦ep|Trendelenburg position⟧ is used for reactions.\n\n"
    )
    mf, ml, _ = en_person(c)
    d.put(
        "Sincerely,\n",
        P("NAME_CLINICIAN", f"{mf} {ml}"),
        ", DO, Medical Director (lic. ",
        P("LICENSE", f"{town[1]}{c.digits(6)}"),
        ")\n",
    )
    d.put("Questions: ", P("EMAIL", email_of(c, mf, ml, ["plasmadonor.com"])), "\n")
    return d


def rop_rounds(c):
    d = Doc()
    town = en_town(c)
    hosp = en_hosp(c, town)
    day = rdate(c)
    of, ol, _ = en_person(c)
    d.put(
        "NICU ROP SCREENING ROUNDS - ",
        P("HOSPITAL", hosp),
        "\n",
        "Exam date ",
        P("DATE", en_date(c, day, "mdy")),
        "   Examiner: ",
        P("NAME_CLINICIAN", f"{of} {ol}"),
        ", MD (pediatric ophthalmology)\n",
    )
    d.put(
        "Drops: ⟦dr|cyclopentolate-phenylephrine⟧ ⟦do|0.2%/1%⟧ x2; ⟦dr|sucrose⟧ ⟦do|24% 0.5 mL⟧ for comfort.\n\n"
    )
    finds = [
        ("⟦fi|zone II stage 1, no plus⟧", "re-exam 2 weeks"),
        ("⟦fi|zone II stage 2 with pre-plus⟧", "re-exam 1 week"),
        ("⟦fi|zone I stage 3 with plus disease⟧", "⟦pr|laser photocoagulation⟧ consent obtained"),
        ("⟦fi|immature retina, zone III⟧", "re-exam 3 weeks"),
        ("⟦fi|aggressive ROP⟧", "⟦dr|bevacizumab⟧ ⟦do|0.625 mg⟧ ⟦pr|intravitreal injection⟧ ⟦an|both eyes⟧"),
    ]
    for i in range(c.ri(3, 5)):
        mf, ml, _ = en_person(c, "F")
        sex = c.ch(("Boy", "Girl"))
        twin = c.ch(("", "", " A", " B"))
        dob = day - dt.timedelta(days=c.ri(25, 70))
        fnd, plan = c.ch(finds)
        d.put(
            f"{i + 1}) Baby {sex} ",
            P("NAME_PATIENT", ml),
            f"{twin}  MRN ",
            P("MRN", c.digits(8)),
            "  born ",
            P("DATE", en_date(c, dob, "md")),
            f"  GA ⟦me|{c.ri(23, 30)}+{c.ri(0, 6)} weeks⟧  BW ⟦me|{c.ri(480, 1450)} g⟧\n",
        )
        d.put(f"   {fnd}; {plan}\n")
        d.put("   mother ", P("NAME_RELATIVE", f"{mf} {ml}"), " ", P("PHONE", en_phone(c, town[3])))
        if c.chance(0.3):
            ff, _fl, _ = en_person(c, "M")
            d.put(", father ", P("NAME_RELATIVE", ff))
        d.put("\n")
    d.put(
        "\nFollow-up after discharge: ",
        P("HOSPITAL", f"{town[0]} Eye Associates"),
        ", ",
        P("PHONE", en_phone(c, town[3])),
        ". Per ⟦ep|ICROP3⟧ classification.\n",
    )
    return d


def cjd_lookback(c):
    d = Doc()
    town = en_town(c)
    hosp = en_hosp(c, town)
    day = rdate(c)
    f, last, sex = en_person(c)
    proc = day - dt.timedelta(days=c.ri(20, 60))
    d.put(
        "ROUTING SLIP - Infection Prevention lookback ", P("OTHER_ID", f"LB-{day.year}-{c.digits(4)}"), "\n"
    )
    nf, nl, _ = en_person(c)
    d.put(
        "prepared by ",
        P("NAME_CLINICIAN", f"{nf[0]}. {nl}"),
        ", CIC; ",
        P("EMAIL", email_of(c, nf, nl, ["ip.example-health.org"])),
        "\n",
    )
    d.put("recipient MRN ", P("MRN", c.digits(8)), "; tray set 14 (neuro); sent certified mail\n")
    if c.chance(0.3):
        d.put("SSN (for certified-mail match only): ", P("SSN", ssn(c)), "\n")
    d.put("-" * 50, "\n")
    d.put(
        P("HOSPITAL", hosp),
        "\nInfection Prevention | ",
        P("PHONE", en_phone(c, town[3])),
        " | fax ",
        P("FAX", en_phone(c, town[3], "paren")),
        "\n\n",
    )
    d.put(
        P("DATE", en_date(c, day, "long")),
        "\n\n",
        P("NAME_PATIENT", f"{f} {last}"),
        "\n",
        en_address(c, town, "\n"),
        "\n\n",
    )
    d.put("Dear ", P("NAME_PATIENT", f), ",\n\n")
    d.put(
        "You had a ",
        c.ch(
            (
                "⟦pr|lumbar laminectomy⟧",
                "⟦pr|ventriculoperitoneal shunt revision⟧",
                "⟦pr|deep brain stimulator lead placement⟧",
                "⟦pr|transsphenoidal pituitary resection⟧",
            )
        ),
        " at our hospital on ",
        P("DATE", en_date(c, proc)),
        ". Some of the reusable instruments used for you had earlier been used for a patient later suspected of having ",
    )
    d.put(
        "⟦fi|Creutzfeldt-Jakob disease⟧. The risk to you is extremely low; the instruments had gone through ⟦pr|steam sterilization⟧ at ⟦me|134 °C for 18 minutes⟧.\n\n"
    )
    d.put(
        "There is no blood test that rules this out; ⟦lab|RT-QuIC⟧ is only used when symptoms such as ⟦fi|rapidly progressive dementia⟧ or ⟦fi|myoclonus⟧ appear. "
    )
    d.put(
        "Please do not donate blood, organs or tissue until we have spoken. Your personal information page: ",
        P("URL", f"https://lookback.{town[0].lower().replace(' ', '')}health.org/r/{c.token(12)}"),
        "\n\n",
    )
    hf, hl, _ = en_person(c)
    d.put(
        "Dr. ",
        P("NAME_CLINICIAN", hl),
        " (neurosurgery) and our team can talk with you; call ",
        P("PHONE", en_phone(c, town[3])),
        ".\n\nSincerely,\n",
        P("NAME_CLINICIAN", f"{hf} {hl}"),
        ", MD, Hospital Epidemiologist\n",
    )
    return d


def mtp_cooler(c):
    d = Doc()
    town = en_town(c)
    hosp = en_hosp(c, town)
    day = rdate(c)
    f, last, sex = en_person(c)
    alias = f"Trauma {c.ch(('Zulu', 'Yankee', 'Kilo', 'Quebec', 'Romeo'))} {c.ri(10, 99)}"
    d.put("MASSIVE TRANSFUSION PROTOCOL - COOLER LOG\t", P("HOSPITAL", hosp), " blood bank\n")
    d.put("activated\t", P("DATE", en_date(c, day, "mdy")), f"\t{c.ri(0, 23):02d}:{c.ri(0, 59):02d}\n")
    d.put(
        f"patient\t{alias} -> ",
        P("NAME_PATIENT", f"{last}, {f}"),
        "\tMRN\t",
        P("MRN", c.digits(8)),
        "\tFIN\t",
        P("ACCOUNT", c.digits(9)),
        "\n",
    )
    d.put(
        "type & screen specimen\t",
        P("ACCESSION", f"BB{c.digits(7)}"),
        "\t⟦lab|O positive, antibody screen negative⟧\n",
    )
    d.put(
        "mechanism\t",
        c.ch(
            (
                "⟦fi|MVC rollover⟧",
                "⟦fi|motorcycle vs truck⟧",
                "⟦fi|GSW abdomen⟧",
                "⟦fi|pelvic fracture, open book⟧",
            )
        ),
        "\n",
    )
    if c.chance(0.6):
        d.put("vehicle (per trooper)\t", P("VEHICLE", us_plate(c)), "\n")
    if c.chance(0.2):
        d.put("work injury: employer\t", P("WORKPLACE", c.ch(EN_EMPLOYERS)), "\n")
    d.put("cooler\ttime out\tcontents\trunner\treturned\n")
    runners = [en_person(c) for _ in range(2)]
    t0 = c.ri(0, 23) * 60
    for i in range(c.ri(3, 5)):
        r = runners[i % 2]
        t0 += c.ri(8, 25)
        d.put(
            f"{i + 1}\t{t0 // 60 % 24:02d}:{t0 % 60:02d}\t{c.ch(('6 RBC / 6 FFP', '6 RBC / 6 FFP / 1 plt', '4 RBC / 4 FFP / cryo 10'))}\t",
            P("NAME_CLINICIAN", f"{r[0][0]}. {r[1]}"),
            "\t",
            c.ch(("yes", "no - transfused")),
            "\n",
        )
    d.put(
        "adjuncts\t⟦dr|tranexamic acid⟧ ⟦do|1 g IV over 10 min⟧ then ⟦do|1 g over 8 h⟧; ⟦dr|calcium chloride⟧ ⟦do|1 g IV⟧\n"
    )
    d.put("labs\t⟦lab|fibrinogen 104 mg/dL⟧\t⟦lab|ionized calcium 0.92 mmol/L⟧\t⟦ep|ABC score⟧ 3\n")
    d.put(
        "procedures\t⟦pr|REBOA⟧ zone III, ⟦pr|preperitoneal pelvic packing⟧; ⟦an|left common femoral artery⟧ access\n"
    )
    if c.chance(0.4):
        rf, _rl, _ = en_person(c)
        d.put(
            "family\t",
            P("NAME_RELATIVE", f"{rf} {last}"),
            " in family room, ",
            P("PHONE", en_phone(c, town[3])),
            "\n",
        )
    bf, bl, _ = en_person(c)
    d.put(
        "deactivated\t",
        P("DATE", en_date(c, day, "md")),
        "\tby ",
        P("NAME_CLINICIAN", f"{bf} {bl}"),
        ", MD\n",
    )
    return d


def ocr_ecg(c):
    d = Doc()
    town = en_town(c)
    hosp = en_hosp(c, town)
    day = rdate(c)
    f, last, sex = en_person(c)
    age = c.pick(c.ri(40, 88), c.ri(40, 88), c.ri(90, 104))
    dob = dob_for(c, age, day)
    d.put(
        "FR0M: ",
        P("FAX", en_phone(c, town[3], "paren")),
        "   T0: ",
        P("FAX", en_phone(c, town[3], "dash")),
        "   P. 1/1\n",
    )
    d.put(P("HOSPITAL", hosp.upper()), "  CARDI0L0GY\n")
    d.put(
        "NAME: ", P("NAME_PATIENT", f"{last.upper()}, {f.upper()}"), "    1D: ", P("MRN", c.digits(7)), "\n"
    )
    d.put("D0B: ", P("DATE", en_date(c, dob, "mdy")), "   AGE: ", _age(age), " YR   SEX: ", sex, "\n")
    d.put(
        "ACCT#: ",
        P("ACCOUNT", c.digits(9)),
        "   LOC: ED-",
        str(c.ri(1, 24)),
        "   R00M: ",
        str(c.ri(1, 30)),
        "\n",
    )
    d.put("ACQ: ", P("DATE", en_date(c, day, "dmy")), f" {c.ri(0, 23):02d}:{c.ri(0, 59):02d}")
    if c.chance(0.5):
        d.put("   CART 1P ", P("IP", ipv4(c)))
    d.put("\n")
    d.put("ECG STUDY N0: ", P("ACCESSION", f"EC{c.digits(8)}"), "\n")
    d.put(
        f"VENT RATE {c.ri(48, 118)} BPM   ⟦me|PR 212 MS⟧   ⟦me|QRS 148 MS⟧   ⟦me|QTC 486 MS⟧   AX1S -{c.ri(20, 60)}\n"
    )
    d.put(
        c.ch(
            (
                "⟦fi|SINUS RHYTHM WITH FIRST DEGREE AV BLOCK⟧",
                "⟦fi|ATRIAL FIBRILLATION⟧ WITH RVR",
                "⟦fi|ATRIAL-PACED RHYTHM⟧",
            )
        ),
        "\n",
    )
    d.put("⟦fi|LEFT BUNDLE BRANCH BLOCK⟧ ... ⟦ep|SGARBOSSA CRITERIA⟧ NOT MET\n")
    if c.chance(0.5):
        d.put("PPM IN SITU - GENERAT0R SN ", P("DEVICE", serial(c)), "\n")
    d.put(
        "C0MPARED WITH ",
        P("DATE", en_date(c, day - dt.timedelta(days=c.ri(30, 700)), "mdyy")),
        ": ⟦fi|QT PROLONGATION⟧ NEW. ⟦dr|AMIODARONE⟧ ⟦do|200 MG DAILY⟧ ON MED LIST.\n",
    )
    rf, rl, _ = en_person(c)
    tf, tl, _ = en_person(c)
    d.put(
        "REFERRED BY: ",
        P("NAME_CLINICIAN", f"{rl.upper()}, {rf.upper()}"),
        "   TECH: ",
        P("NAME_CLINICIAN", tl.upper()),
        "\n",
    )
    cf, cl, _ = en_person(c)
    d.put(
        "C0NFIRMED BY: ",
        P("NAME_CLINICIAN", f"{cf[0]}. {cl.upper()}"),
        " MD  ",
        P("DATE", en_date(c, day + dt.timedelta(days=1), "mdy")),
        "\n",
    )
    return d


def teleder_thread(c):
    d = Doc()
    town = en_town(c)
    hosp = en_hosp(c, town)
    day = rdate(c)
    f, last, sex = en_person(c)
    pf, pl, _ = en_person(c)
    df, dl, _ = en_person(c)
    pe, de = email_of(c, pf, pl, ["valleyfamilymed.org"]), email_of(c, df, dl, ["dermconsult.net"])
    d.put("From: ", P("NAME_CLINICIAN", f"{df} {dl}"), " <", P("EMAIL", de), ">\nTo: ", P("EMAIL", pe), "\n")
    d.put(
        "Date: ",
        P("DATE", en_date(c, day + dt.timedelta(days=2), "mon")),
        "\nSubject: RE: e-consult - ",
        P("NAME_PATIENT", f"{last}, {f[0]}."),
        "\n",
    )
    if c.chance(0.6):
        d.put("X-Originating-IP: ", P("IP", c.ch((ipv4(c), ipv6(c)))), "\n")
    d.put(
        "\nThe images are good. This looks like a ⟦fi|nodular basal cell carcinoma⟧ - ⟦fi|pearly papule with arborizing telangiectasias⟧ on ⟦ep|dermoscopy⟧. "
    )
    d.put(
        "Please do a ⟦pr|shave biopsy⟧; if confirmed, ⟦pr|Mohs micrographic surgery⟧ is reasonable given the site. If ",
        P("NAME_PATIENT", f),
        " prefers not, ⟦dr|imiquimod⟧ ⟦do|5% cream five nights a week⟧ for 6 weeks.\n\n",
    )
    d.put(
        P("NAME_CLINICIAN", df[0] + ". " + dl),
        "\n",
        P("HOSPITAL", f"{town[0]} Dermatology Associates"),
        "\n\n",
    )
    d.put("> On ", P("DATE", en_date(c, day, "mdy")), ", ", P("NAME_CLINICIAN", f"{pf} {pl}"), " wrote:\n")
    d.put(
        "> Store-and-forward consult. Pt ",
        P("NAME_PATIENT", f"{f} {last}"),
        ", DOB ",
        P("DATE", en_date(c, dob_for(c, c.ri(38, 86), day), "mdy")),
        ", MRN ",
        P("MRN", c.digits(8)),
        " at ",
        P("HOSPITAL", hosp),
        ".\n",
    )
    d.put(
        "> ⟦me|6 mm⟧ lesion ⟦an|left nasal ala⟧, 8 months, bleeds with washing. ⟦ep|Fitzpatrick skin type⟧ II.\n"
    )
    if c.chance(0.5):
        d.put(
            "> Works outdoors at ",
            P("WORKPLACE", c.ch(EN_EMPLOYERS)),
            "; ⟦fi|actinic keratoses⟧ on ⟦an|dorsal hands⟧ too.\n",
        )
    d.put("> Photos: ", P("URL", f"https://photos.valleyfamilymed.org/share/{c.token(14)}"), "\n")
    if c.chance(0.5):
        d.put(
            "> Pt e-mail ",
            P("EMAIL", email_of(c, f, last)),
            ", cell ",
            P("PHONE", en_phone(c, town[3])),
            "\n",
        )
    if c.chance(0.2):
        d.put(
            "> Travelling abroad next month (passport ",
            P("PASSPORT", passport_any(c)),
            " on file for the travel letter).\n",
        )
    if c.chance(0.4):
        d.put(
            "> Path from 2019 ",
            P("ACCESSION", f"S{c.ri(19, 23)}-{c.digits(5)}"),
            ": ⟦fi|squamous cell carcinoma in situ⟧ ⟦an|right forearm⟧.\n",
        )
    if c.chance(0.3):
        d.put("> Home: ", en_address(c, town), "\n")
    return d


TEMPLATES = [
    ("en28_plasma_deferral", plasma_deferral),
    ("en28_rop_rounds", rop_rounds),
    ("en28_cjd_lookback", cjd_lookback),
    ("en28_mtp_cooler_log", mtp_cooler),
    ("en28_ocr_ecg_printout", ocr_ecg),
    ("en28_teleder_thread", teleder_thread),
]
