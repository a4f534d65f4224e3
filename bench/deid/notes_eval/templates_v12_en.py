# Longer than 450 lines: twelve English document kinds with their own scenario pools; splitting them would scatter one set's templates.
"""v12's twelve English templates (document types none of v1-v11 used; README.md "v12").

Each function takes a ``Ctx`` and returns a ``Doc``: literal text carries keep terms as
⟦kind|term⟧ markup, PHI values are ``P(category, value)``.
"""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import datetime as dt

from _v12_kit import (
    WORDLIKE,
    Ctx,
    Doc,
    P,
    addr_en,
    day,
    den,
    dl,
    dob,
    email,
    employer,
    hm,
    hosp_en,
    ip,
    mbi,
    mrn,
    npi,
    passport,
    pe,
    people_en,
    phone,
    place,
    plate_us,
    serial,
    ssn,
    vin,
)

V12_WORDLIKE = WORDLIKE


def _age(c: Ctx, p_old: float, lo: int = 58, hi: int = 88) -> int:
    return c.ri(90, 103) if c.chance(p_old) else c.ri(lo, hi)


def _agev(a: int):
    return P("AGE_OVER_89", str(a)) if a > 89 else str(a)


# --------------------------------------------------------------------------- 1 OT home-safety visit


def ot_home_safety(c: Ctx) -> Doc:
    d = Doc()
    pt, dau = people_en(c, 2)
    dau.sex = "F"
    ot = pe(c)
    pl = place(c)
    v = day(c)
    age = _age(c, 0.5, 70)
    agency = c.ch(
        (
            f"{pl[0]} Visiting Nurse Association",
            f"Brightwater Home Health of {pl[0]}",
            "Hearth & Home Care Partners",
        )
    )
    dx = c.ch(
        (
            ("⟦ep|Parkinson's disease⟧", "⟦dr|carbidopa-levodopa⟧ ⟦do|25/100 mg⟧ three times daily"),
            ("left ⟦fi|hemiparesis⟧ after ⟦fi|ischemic stroke⟧", "⟦dr|clopidogrel⟧ ⟦do|75 mg⟧ daily"),
            (
                "⟦fi|lumbar spinal stenosis⟧ with ⟦fi|orthostatic hypotension⟧",
                "⟦dr|midodrine⟧ ⟦do|5 mg⟧ three times daily",
            ),
        )
    )
    d.put(P("HOSPITAL", agency), "\nOCCUPATIONAL THERAPY - HOME SAFETY EVALUATION\n\n")
    d.put(
        "Client: ",
        P("NAME_PATIENT", pt.lf),
        "    MR#: ",
        P("MRN", mrn(c)),
        "    Visit date: ",
        den(c, v),
        "\n",
    )
    d.put("Medicare MBI: ", P("INSURANCE", mbi(c)), "    Episode: ", P("ACCOUNT", f"EP-{c.digits(7)}"), "\n")
    d.put("Home: ", addr_en(c, pl), "\n")
    d.put(
        "Present: client, daughter ",
        P("NAME_RELATIVE", dau.full),
        " (cell ",
        P("PHONE", phone(c, pl[3])),
        ")\n\n",
    )
    d.put(
        "S: ",
        _agev(age),
        f"-year-old {'man' if pt.sex == 'M' else 'woman'} with ",
        dx[0],
        ", on ",
        dx[1],
        ". Two falls in the last 3 months, both at night on the way to the bathroom. ",
    )
    d.put(P("NAME_PATIENT", pt.first) if c.chance(0.5) else [f"{pt.mr} ", P("NAME_PATIENT", pt.last)])
    d.put(" reports fear of falling; daughter ", P("NAME_RELATIVE", dau.first), " stays 3 nights a week.\n")
    d.put(
        "O: ⟦pr|Timed Up and Go⟧ ⟦me|"
        + f"{c.fl(14, 31)} seconds"
        + "⟧ with rolling walker. ⟦ep|Berg Balance Scale⟧ ",
        f"{c.ri(28, 44)}/56",
        ". ",
    )
    d.put(
        "Sit-to-stand from ⟦me|17-inch⟧ toilet needs arms of ⟦an|both upper extremities⟧. Orthostatic check: ⟦me|"
        + f"{c.ri(128, 150)}/{c.ri(70, 88)}"
        + "⟧ supine, ⟦me|"
        + f"{c.ri(98, 118)}/{c.ri(58, 70)}"
        + "⟧ standing.\n"
    )
    d.put(
        "Environment: 4 steps to front door, rail on one side only; throw rugs in hall; tub-shower with sliding doors; ",
        "bedroom lighting poor. Medical alert pendant serial ",
        P("DEVICE", serial(c)),
        " - client was not wearing it.\n",
    )
    d.put("A: high fall risk; impaired ⟦fi|dynamic standing balance⟧; nocturia.\n")
    d.put(
        "P: grab bars beside toilet and in tub (daughter to install), tub transfer bench, raised toilet seat, motion-sensor night lights, remove rugs. ",
        "Recommend ⟦pr|home exercise program⟧ 3x/week. Re-visit ",
        den(c, v + dt.timedelta(days=c.ri(7, 21))),
        ".\n\n",
    )
    d.put(
        P("NAME_CLINICIAN", ot.full),
        ", ",
        c.ch(("OTR/L", "MOT, OTR/L", "COTA/L")),
        "  ",
        P("PHONE", phone(c, pl[3])),
        "\n",
    )
    return d


# --------------------------------------------------------------------------- 2 glucose meter upload


def glucose_upload(c: Ctx) -> Doc:
    d = Doc()
    pt = pe(c)
    cde = pe(c)
    pl = place(c)
    v = day(c)
    age = c.ri(14, 79)
    clinic = c.ch(
        (
            f"{pl[0]} Diabetes & Endocrine Associates",
            f"Endocrinology Clinic, {hosp_en(c, pl[0])}",
            "Lakeside Pediatric Diabetes Center",
        )
    )
    d.put("Glucose meter data upload - ", P("HOSPITAL", clinic), "\n")
    d.put("Uploaded ", den(c, v), " ", hm(c, 7, 18), " from kiosk ", P("IP", ip(c)), "\n")
    d.put(
        "Patient: ",
        P("NAME_PATIENT", pt.full.upper() if c.chance(0.4) else pt.full),
        "   DOB ",
        den(c, dob(c, age, v)),
        "   MRN ",
        P("MRN", mrn(c)),
        "\n",
    )
    d.put(
        "Meter: ",
        c.ch(("Contour Next One", "Accu-Chek Guide", "OneTouch Verio Reflect", "FreeStyle Lite")),
        "  S/N ",
        P("DEVICE", serial(c)),
        "\n",
    )
    if c.chance(0.6):
        d.put(
            "CGM receiver S/N ", P("DEVICE", serial(c)), "  (sensor ", c.ch(("Dexcom G7", "Libre 3")), ")\n"
        )
    d.put(
        "Report link (expires in 14 days): ",
        P("URL", f"https://share.{c.ch(('glucohub', 'metersync', 'dmcloud'))}.com/r/{c.token(10)}"),
        "\n\n",
    )
    d.put("14-day summary\n")
    d.put(
        f"  readings          {c.ri(38, 96)}\n  mean              ⟦me|{c.ri(128, 214)} mg/dL⟧\n  SD                {c.ri(32, 78)}\n"
    )
    d.put(f"  below 70 mg/dL    {c.ri(0, 9)}%\n  above 250 mg/dL   {c.ri(2, 28)}%\n\n")
    d.put("Date        Time   Glucose  Flag\n")
    for k in range(c.ri(3, 5)):
        d.put(
            den(c, v - dt.timedelta(days=k + 1), "mdy0"),
            "  ",
            hm(c),
            f"  {c.ri(48, 340):>4}     {c.ch(('', 'pre-meal', 'post-meal', 'hypo', 'bedtime'))}\n",
        )
    reg = c.ch(
        (
            ("⟦dr|insulin glargine⟧", f"⟦do|{c.ri(10, 44)} units⟧ at bedtime"),
            ("⟦dr|insulin degludec⟧", f"⟦do|{c.ri(12, 40)} units⟧ daily"),
            ("⟦dr|metformin⟧", "⟦do|1000 mg⟧ twice daily"),
        )
    )
    d.put(
        "\nReviewed by ",
        P("NAME_CLINICIAN", cde.full),
        f", {c.ch(('RN, CDCES', 'RD, CDCES', 'NP'))}: on ",
        reg[0],
        " ",
        reg[1],
        ". Last ⟦lab|HbA1c⟧ ⟦me|" + f"{c.fl(6.4, 11.9)}%" + "⟧. ",
    )
    d.put(
        c.ch(
            (
                "Nocturnal lows around 3 AM - reduce basal by 10%.",
                "Post-breakfast spikes; review carb ratio.",
                "Co-existing ⟦ep|Hashimoto's thyroiditis⟧ - check ⟦lab|TSH⟧ at next visit.",
            )
        ),
        "\n",
    )
    d.put("Message sent to ", P("EMAIL", email(c, pt)), " ", den(c, v), ".\n")
    return d


# --------------------------------------------------------------------------- 3 pre-op phone call


def preop_call(c: Ctx) -> Doc:
    d = Doc()
    pt = pe(c)
    drv = pe(c, last=pt.last if c.chance(0.4) else None)
    rn = pe(c)
    surg = pe(c)
    pl = place(c)
    call = day(c)
    surg_day = call + dt.timedelta(days=c.ri(1, 6))
    h = hosp_en(c, pl[0])
    proc = c.ch(
        (
            "⟦pr|laparoscopic cholecystectomy⟧",
            "⟦pr|right total knee arthroplasty⟧",
            "⟦pr|transurethral resection of the prostate⟧",
            "⟦pr|inguinal hernia repair⟧",
            "⟦pr|cataract extraction⟧ of the ⟦an|left eye⟧",
        )
    )
    d.put(P("HOSPITAL", h), " - Pre-Admission Testing\nPRE-OP PHONE CALL CHECKLIST\n\n")
    d.put(
        "Patient: ",
        P("NAME_PATIENT", pt.lf),
        "   MRN ",
        P("MRN", mrn(c)),
        "   FIN ",
        P("ACCOUNT", c.digits(10)),
        "\n",
    )
    d.put("Procedure: ", proc, " on ", den(c, surg_day), " with Dr. ", P("NAME_CLINICIAN", surg.last), "\n")
    d.put(
        "Called ",
        P("PHONE", phone(c, pl[3])),
        " on ",
        den(c, call),
        " at ",
        hm(c, 9, 17),
        " - spoke with ",
        c.ch(("patient", "patient and spouse")),
        ".\n\n",
    )
    yes = lambda: c.ch(("[x]", "[x]", "[ ]"))  # noqa: E731
    d.put(yes(), " Arrival 6:00 AM, Surgery Center entrance, 2nd floor\n")
    d.put(yes(), " NPO after midnight; clear liquids until 4:00 AM\n")
    d.put(
        yes(),
        " Hold ",
        c.ch(
            (
                "⟦dr|apixaban⟧ 48 h",
                "⟦dr|warfarin⟧ 5 days (bridging per cardiology)",
                "⟦dr|clopidogrel⟧ 5 days",
            )
        ),
        "; take ⟦dr|metoprolol⟧ ⟦do|25 mg⟧ with a sip of water\n",
    )
    d.put(yes(), " ⟦dr|semaglutide⟧ weekly injection held 7 days\n")
    d.put(yes(), " ⟦pr|chlorhexidine wash⟧ night before and morning of\n")
    d.put(
        yes(),
        " Driver: ",
        P("NAME_RELATIVE", drv.full),
        ", ",
        P("PHONE", phone(c, pl[3])),
        "; vehicle plate ",
        P("VEHICLE", plate_us(c)),
        " for the patient drop-off lane\n",
    )
    d.put(
        yes(), " Allergies verified: ", c.ch(("⟦dr|penicillin⟧ (hives)", "⟦dr|sulfa⟧ (rash)", "NKDA")), "\n"
    )
    d.put(yes(), " ⟦fi|Obstructive sleep apnea⟧: bring CPAP\n")
    if c.chance(0.5):
        d.put("Surgeon's office fax ", P("FAX", phone(c, pl[3])), " - H&P received.\n")
    else:
        d.put("H&P to be faxed from PCP office, fax ", P("FAX", phone(c, pl[3])), ".\n")
    d.put(
        "Labs: ⟦lab|hemoglobin⟧ ⟦me|"
        + f"{c.fl(10.5, 15.2)} g/dL"
        + "⟧, ⟦lab|potassium⟧ ⟦me|"
        + f"{c.fl(3.5, 5.1)} mmol/L"
        + "⟧ - within range.\n\n"
    )
    d.put("Call completed by ", P("NAME_CLINICIAN", rn.first.lower() if c.chance(0.2) else rn.full), ", RN\n")
    return d


# --------------------------------------------------------------------------- 4 tele-stroke consult


def telestroke(c: Ctx) -> Doc:
    d = Doc()
    pt = pe(c)
    wife = pe(c, sex="F" if pt.sex == "M" else "M", last=pt.last if c.chance(0.6) else None)
    neuro, edmd = pe(c), pe(c)
    pl = place(c)
    v = day(c)
    age = _age(c, 0.45, 48)
    spoke = hosp_en(c, pl[0])
    hub = c.ch(
        (
            "Capital Comprehensive Stroke Center",
            "Meridian Neuroscience Institute",
            "Tri-State TeleStroke Network",
        )
    )
    side = c.ch(("left", "right"))
    d.put("TELESTROKE CONSULTATION\nHub: ", P("HOSPITAL", hub), "   Spoke: ", P("HOSPITAL", spoke), "\n")
    d.put(
        "Session ",
        P("URL", f"https://telestroke.{c.ch(('vidyo', 'carelink', 'neurocall'))}.net/room/{c.token(8)}"),
        "  cart IP ",
        P("IP", ip(c)),
        "\n",
    )
    d.put(
        "Date: ",
        den(c, v),
        "   Consult called ",
        hm(c),
        "   Encounter ",
        P("ACCOUNT", f"E{c.digits(9)}"),
        "\n",
    )
    d.put(
        "Patient: ",
        P("NAME_PATIENT", pt.full),
        ", ",
        _agev(age),
        f" y/o {pt.sex}",
        "   Spoke MRN ",
        P("MRN", mrn(c)),
        "\n\n",
    )
    d.put(
        "HPI per ED physician Dr. ",
        P("NAME_CLINICIAN", edmd.last),
        " and ",
        c.ch(("wife", "husband", "partner")),
        " ",
        P("NAME_RELATIVE", wife.first),
        " (by phone ",
        P("PHONE", phone(c, pl[3])),
        "): last known well ",
        hm(c),
        f". Sudden {'right' if side == 'left' else 'left'}-sided weakness and ",
        c.ch(("⟦fi|aphasia⟧", "⟦fi|dysarthria⟧", "⟦fi|neglect⟧")),
        ".\n",
    )
    d.put(
        "Exam over video: ⟦pr|NIHSS⟧ ",
        f"{c.ri(4, 22)}",
        "; ⟦fi|gaze deviation⟧ to the ",
        side,
        "; pre-stroke ⟦ep|modified Rankin Scale⟧ ",
        str(c.ri(0, 2)),
        ".\n",
    )
    d.put(
        "Imaging: ⟦pr|CT angiography⟧ of the ⟦an|head and neck⟧, accession ",
        P("ACCESSION", f"{c.letters(2)}{c.digits(8)}"),
        f": {side} ⟦fi|M1 occlusion⟧, ASPECTS {c.ri(6, 10)}.\n",
    )
    d.put(
        "⟦lab|Glucose⟧ ⟦me|"
        + f"{c.ri(92, 210)} mg/dL"
        + "⟧, ⟦lab|INR⟧ ⟦me|"
        + c.fl(0.9, 1.2)
        + "⟧, ⟦lab|platelets⟧ ⟦me|"
        + f"{c.ri(150, 390)} K/uL"
        + "⟧, BP ⟦me|"
        + f"{c.ri(150, 200)}/{c.ri(80, 105)}"
        + "⟧.\n"
    )
    d.put(
        "Recommendation: ⟦dr|tenecteplase⟧ ⟦do|0.25 mg/kg⟧ IV bolus (max 25 mg) given at ",
        hm(c),
        "; transfer for ⟦pr|mechanical thrombectomy⟧. ",
        "Keep BP under 180/105 with ⟦dr|labetalol⟧ ⟦do|10 mg⟧ IV as needed.\n",
    )
    if c.chance(0.5):
        d.put("Transfer center fax ", P("FAX", phone(c)), ".\n")
    d.put(
        "\n", P("NAME_CLINICIAN", neuro.full), ", MD, vascular neurology   NPI ", P("LICENSE", npi(c)), "\n"
    )
    return d


# --------------------------------------------------------------------------- 5 residential treatment progress note


def residential_tx(c: Ctx) -> Doc:
    d = Doc()
    pt = pe(c, word=0.1)
    mom = pe(c, sex="F", last=pt.last if c.chance(0.7) else None)
    peers = people_en(c, 2)
    couns, md = pe(c), pe(c)
    pl = place(c)
    v = day(c)
    fac = c.ch(
        (
            f"New Dawn Recovery Ranch, {pl[0]}",
            "Cedar Springs Residential Treatment Center",
            "Harbor Light Women's Program",
        )
    )
    d.put(P("HOSPITAL", fac), " - Residential Progress Note (ASAM 3.5)\n")
    d.put(
        "Resident: ",
        P("NAME_PATIENT", pt.full),
        f' ("{pt.nick}")' if pt.nick != pt.first else "",
        "   Client #",
        P("MRN", c.digits(6)),
        "   SSN ",
        P("SSN", ssn(c)),
        "\n",
    )
    d.put(
        "Medicaid ID ",
        P("INSURANCE", f"{c.letters(2)}{c.digits(8)}"),
        "   Day ",
        str(c.ri(8, 54)),
        " of stay   Date ",
        den(c, v),
        "\n\n",
    )
    nick = pt.nick
    d.put(
        "Group: ",
        P("NAME_PATIENT", nick),
        " attended 4 of 4 groups (relapse prevention, DBT skills, process, ⟦pr|contingency management⟧). ",
    )
    d.put(
        "Shared about losing ",
        pt.his,
        " job at ",
        P("WORKPLACE", employer(c)),
        ". Supported peers ",
        P("NAME_PATIENT", peers[0].first),
        " and ",
        P("NAME_PATIENT", peers[1].first),
        " during process group (no further detail recorded here).\n",
    )
    d.put(
        "Family session by phone with mother ",
        P("NAME_RELATIVE", mom.full),
        " (",
        P("PHONE", phone(c, pl[3])),
        "): discussed discharge to her home at ",
        addr_en(c, pl),
        ".\n",
    )
    d.put(
        "Legal: probation case ",
        P("OTHER_ID", f"{c.ri(18, 24)}-CR-{c.digits(5)}"),
        "; officer requests weekly attendance letter.\n",
    )
    d.put(
        "Meds: ⟦dr|buprenorphine-naloxone⟧ ⟦do|16-4 mg⟧ SL daily, ⟦dr|sertraline⟧ ⟦do|100 mg⟧ daily, ⟦dr|naloxone⟧ ⟦do|4 mg⟧ nasal kit at discharge. "
    )
    d.put(
        "UDS ",
        den(c, v - dt.timedelta(days=c.ri(1, 4)), "md"),
        ": positive ⟦lab|buprenorphine⟧ only, ⟦lab|fentanyl⟧ negative.\n",
    )
    d.put("MSE: calm, euthymic, no ⟦fi|suicidal ideation⟧; ⟦fi|cravings⟧ 3/10. Sleep 6-7 h.\n")
    d.put("Plan: continue level of care; ⟦pr|hepatitis C treatment⟧ referral (⟦lab|HCV RNA⟧ pending).\n\n")
    d.put(
        P("NAME_CLINICIAN", couns.full),
        ", ",
        c.ch(("LCDC", "LPC", "CADC-II", "LCSW")),
        "; reviewed ",
        P("NAME_CLINICIAN", md.ini),
        ", MD\n",
    )
    return d


# --------------------------------------------------------------------------- 6 school nurse medication log (CSV)


def school_medlog(c: Ctx) -> Doc:
    d = Doc()
    pl = place(c)
    v = day(c)
    nurse = pe(c, sex="F")
    aide = pe(c)
    kids = people_en(c, c.ri(4, 6), odd=0.2)
    d.put("# Health Office medication administration log - building 2 - week of ", den(c, v, "iso"), "\n")
    d.put("# export by ", P("NAME_CLINICIAN", nurse.full), ", RN (district nurse)\n")
    d.put("student_id,student,dob,grade,medication,dose,route,time_given,given_by,parent_contact,notes\n")
    meds = [
        ("⟦dr|methylphenidate⟧", "⟦do|10 mg⟧", "PO"),
        ("⟦dr|albuterol⟧", "⟦do|2 puffs⟧", "INH"),
        ("⟦dr|insulin lispro⟧", "⟦do|3 units⟧", "SC"),
        ("⟦dr|cetirizine⟧", "⟦do|10 mg⟧", "PO"),
        ("⟦dr|glucagon⟧", "⟦do|0.5 mg⟧", "IM"),
        ("⟦dr|levetiracetam⟧", "⟦do|250 mg⟧", "PO"),
    ]
    for k, kid in enumerate(kids):
        age = c.ri(6, 17)
        m = c.ch(meds)
        name = c.ch((kid.lf, kid.full, kid.full.lower()))
        q = '"' if "," in name else ""
        d.put(
            P("OTHER_ID", c.digits(7)),
            ",",
            q,
            P("NAME_PATIENT", name),
            q,
            ",",
            den(c, dob(c, age, v), "mdy0"),
            f",{max(1, age - 5)},",
            m[0],
            ",",
            m[1],
            f",{m[2]},",
            hm(c, 8, 14),
            ",",
        )
        d.put(
            P("NAME_CLINICIAN", c.ch((f"{nurse.first[0]}{nurse.last[0]}", nurse.last)))
            if k % 2 == 0
            else P("NAME_CLINICIAN", aide.first),
            ",",
        )
        par = pe(c, last=kid.last)
        d.put(P("NAME_RELATIVE", par.first), " ", P("PHONE", phone(c, pl[3]).replace(",", "")), ",")
        d.put(
            c.ch(
                (
                    "",
                    "",
                    "⟦lab|glucose⟧ ⟦me|68 mg/dL⟧ before dose",
                    "⟦fi|wheezing⟧ after recess",
                    "⟦ep|Down syndrome⟧ - aide present",
                    "refused; parent notified",
                )
            ),
            "\n",
        )
    d.put("# ", str(len(kids)), " rows; delegation to unlicensed staff per state board of nursing rules\n")
    return d


# --------------------------------------------------------------------------- 7 fertility-preservation consult letter


def fertility_preservation(c: Ctx) -> Doc:
    d = Doc()
    pt = pe(c)
    partner = pe(c)
    rei, onc = pe(c), pe(c)
    pl = place(c)
    v = day(c)
    h = c.ch(("Northgate Women's Clinic", f"{pl[0]} Reproductive Medicine", "Bluebird Fertility Institute"))
    onc_h = hosp_en(c, pl[0])
    d.put(P("HOSPITAL", h), "\nFax ", P("FAX", phone(c, pl[3])), "\n\n", den(c, v, "long"), "\n\n")
    d.put(
        "Dr. ",
        P("NAME_CLINICIAN", onc.full),
        "\nCancer Center, ",
        P("HOSPITAL", onc_h),
        "\nBy fax to ",
        P("FAX", phone(c, pl[3])),
        "\n\n",
    )
    d.put(
        "Re: ",
        P("NAME_PATIENT", pt.full),
        ", DOB ",
        den(c, dob(c, c.ri(19, 38), v)),
        ", MRN ",
        P("MRN", mrn(c)),
        "\n\n",
    )
    d.put("Dear Dr. ", P("NAME_CLINICIAN", onc.last), ",\n\n")
    if pt.sex == "F":
        d.put(
            "Thank you for referring ",
            P("NAME_PATIENT", pt.first),
            " before ",
            c.ch(
                (
                    "⟦dr|ABVD⟧ for ⟦ep|Hodgkin lymphoma⟧",
                    "⟦dr|doxorubicin⟧-based chemotherapy for ⟦fi|breast cancer⟧",
                )
            ),
            ". ⟦lab|AMH⟧ ⟦me|" + f"{c.fl(0.8, 4.6)} ng/mL" + "⟧, ⟦me|antral follicle count⟧ ",
            str(c.ri(6, 24)),
            ". ",
        )
        d.put(
            "We began ⟦pr|random-start ovarian stimulation⟧ with ⟦dr|letrozole⟧ ⟦do|5 mg⟧ daily to keep ⟦lab|estradiol⟧ low. "
        )
        d.put(
            "⟦pr|Oocyte retrieval⟧ is planned for ",
            den(c, v + dt.timedelta(days=c.ri(9, 13))),
            "; her partner ",
            P("NAME_RELATIVE", partner.full),
            " is aware.\n",
        )
    else:
        d.put(
            "Thank you for referring ",
            P("NAME_PATIENT", pt.first),
            " before ",
            c.ch(("⟦pr|radical orchiectomy⟧ and ⟦dr|BEP⟧", "⟦dr|cyclophosphamide⟧ for ⟦fi|lymphoma⟧")),
            ". ⟦pr|Semen cryopreservation⟧: ",
            P("ACCESSION", f"SP-{c.digits(7)}"),
            ", ⟦me|" + f"{c.ri(9, 60)} million/mL" + "⟧, motility ",
            f"{c.ri(30, 62)}%",
            ". ",
        )
        d.put("Partner ", P("NAME_RELATIVE", partner.full), " attended.\n")
    d.put(
        "Storage record ",
        P("OTHER_ID", f"CRYO-{c.digits(6)}"),
        "; annual storage fees are covered by the employer benefit at ",
        P("WORKPLACE", employer(c)),
        " (member ",
        P("INSURANCE", f"{c.letters(3)}{c.digits(9)}"),
        ").\n",
    )
    if c.chance(0.5):
        d.put(
            "The patient travels on passport ",
            P("PASSPORT", passport(c)),
            " for family in Mexico; consent was witnessed by a notary.\n",
        )
    d.put(
        "Portal for consent forms: ",
        P("URL", f"https://portal.{c.ch(('fertiq', 'ivfconnect', 'eggvault'))}.org/consent/{c.token(12)}"),
        "; questions to ",
        P("EMAIL", email(c, pt)),
        ".\n\nSincerely,\n\n",
        P("NAME_CLINICIAN", rei.full),
        ", MD, REI   NPI ",
        P("LICENSE", npi(c)),
        "\n",
    )
    return d


# --------------------------------------------------------------------------- 8 hospital volunteer incident memo


def volunteer_memo(c: Ctx) -> Doc:
    d = Doc()
    vol = pe(c, word=0.25)
    pt = pe(c)
    vis = pe(c)
    sec, mgr = pe(c), pe(c)
    pl = place(c)
    v = day(c)
    h = hosp_en(c, pl[0])
    dom = c.ch(("stbrigid.org", "valleybaptist.org", "mercyheights.org"))
    d.put(
        "MEMO - Volunteer Services, ",
        P("HOSPITAL", h),
        "\nTo: Risk Management\nFrom: ",
        P("NAME_CLINICIAN", mgr.full),
        ", Volunteer Manager (",
        P("EMAIL", email(c, mgr, dom)),
        ")\nDate: ",
        den(c, v),
        "\nRe: wheelchair tip at the main entrance\n\n",
    )
    d.put(
        "At about ",
        hm(c, 8, 19),
        " volunteer ",
        P("NAME_CLINICIAN", vol.full),
        " (badge ",
        P("OTHER_ID", f"V{c.digits(5)}"),
        ") was pushing a discharged patient, ",
        f"{pt.mr} ",
        P("NAME_PATIENT", pt.last),
        " (MRN ",
        P("MRN", mrn(c)),
        "), to the curb. ",
    )
    d.put(
        "The front caster caught the edge of the ramp and the chair tipped forward. ",
        P("NAME_PATIENT", pt.last),
        " landed on ",
        pt.his,
        " ⟦an|right knee⟧ and ⟦an|palms⟧.\n\n",
    )
    d.put(
        "The patient's ",
        c.ch(("son", "daughter", "brother", "niece")),
        ", ",
        P("NAME_RELATIVE", vis.full),
        ", was waiting in a ",
        c.ch(("silver Camry", "red pickup", "gray minivan")),
        ", plate ",
        P("VEHICLE", plate_us(c)),
        ", parked in the fire lane. Security officer ",
        P("NAME_CLINICIAN", sec.last),
        " asked the car to move.\n\n",
    )
    d.put(
        "ED evaluation: ⟦fi|abrasion⟧ of the right knee, ⟦fi|skin tear⟧ ⟦me|2 cm⟧ on the ⟦an|left forearm⟧; ⟦pr|X-ray⟧ negative for ⟦fi|fracture⟧. "
    )
    d.put(
        "Treated with ⟦dr|bacitracin⟧ and ⟦dr|acetaminophen⟧ ⟦do|650 mg⟧. Patient on ⟦dr|apixaban⟧, so ⟦pr|CT head⟧ was offered and declined.\n\n"
    )
    d.put(
        "Follow-up: ",
        P("NAME_CLINICIAN", vol.first),
        " will repeat wheelchair safety training. Relative can be reached at ",
        P("PHONE", phone(c, pl[3])),
        ".\n",
    )
    d.put("cc: Facilities (ramp lip), Security\n")
    return d


# --------------------------------------------------------------------------- 9 medical-examiner scene note


def me_scene(c: Ctx) -> Doc:
    d = Doc()
    dec = pe(c)
    rp = pe(c)
    inv, dep = pe(c), pe(c)
    pl = place(c)
    v = day(c)
    age = _age(c, 0.5, 55)
    cty = c.ch(("County", "District"))
    d.put(
        f"OFFICE OF THE MEDICAL EXAMINER - {pl[0].upper()} {cty.upper()}\nINVESTIGATOR SCENE REPORT   Case ",
        P("OTHER_ID", f"ME{c.ri(19, 24)}-{c.digits(4)}"),
        "\n\n",
    )
    d.put("Decedent: ", P("NAME_PATIENT", dec.lf.upper()), "   Age ", _agev(age), "   Sex ", dec.sex, "\n")
    d.put("Residence / scene: ", addr_en(c, pl), "\n")
    d.put(
        "Reported by ",
        c.ch(("neighbor", "grandson", "daughter", "landlord")),
        " ",
        P("NAME_RELATIVE", rp.full),
        ", ",
        P("PHONE", phone(c, pl[3])),
        ", at ",
        hm(c),
        " on ",
        den(c, v),
        ".\n",
    )
    d.put(
        "Responding: Deputy ",
        P("NAME_CLINICIAN", dep.last),
        "; investigator ",
        P("NAME_CLINICIAN", inv.full),
        ".\n\n",
    )
    d.put(
        "Scene: decedent supine on bedroom floor beside the bed. ⟦fi|Rigor mortis⟧ full, ⟦fi|livor mortis⟧ fixed posteriorly. No trauma seen. Thermostat 78 F.\n"
    )
    d.put(
        "Identification: driver license ",
        P("LICENSE", dl(c, pl[1])),
        " and passport ",
        P("PASSPORT", passport(c)),
        " found in the nightstand; visual ID by reporting party.\n",
    )
    d.put(
        "Vehicle in driveway: plate ",
        P("VEHICLE", plate_us(c)),
        ", VIN ",
        P("VEHICLE", vin(c)),
        ", engine cold.\n",
    )
    if c.chance(0.7):
        d.put(
            "Implanted ⟦an|left chest⟧ pacemaker, generator serial ",
            P("DEVICE", serial(c)),
            " (to be interrogated).\n",
        )
    d.put(
        "Medications on scene (pharmacy ",
        P("HOSPITAL", c.ch(("Main Street Apothecary", f"{pl[0]} Family Pharmacy", "Hometown Drug #114"))),
        "):\n",
    )
    for drug, dose in c.sample(
        [
            ("⟦dr|donepezil⟧", "⟦do|10 mg⟧"),
            ("⟦dr|furosemide⟧", "⟦do|40 mg⟧"),
            ("⟦dr|oxycodone⟧", "⟦do|5 mg⟧"),
            ("⟦dr|digoxin⟧", "⟦do|0.125 mg⟧"),
            ("⟦dr|insulin glargine⟧", "⟦do|18 units⟧"),
        ],
        3,
    ):
        d.put(
            "  ",
            drug,
            " ",
            dose,
            "  Rx ",
            P("OTHER_ID", c.digits(7)),
            "  filled ",
            den(c, v - dt.timedelta(days=c.ri(3, 60)), "mdy0"),
            f"  count {c.ri(0, 80)}\n",
        )
    d.put(
        "History per family: ⟦ep|Alzheimer's disease⟧, ⟦fi|atrial fibrillation⟧, ⟦fi|congestive heart failure⟧. Last seen alive ",
        den(c, v - dt.timedelta(days=c.ri(1, 3)), "md"),
        ".\n",
    )
    d.put(
        "Disposition: transported for external examination; ⟦lab|vitreous potassium⟧ and ⟦lab|toxicology⟧ ordered.\n"
    )
    return d


# --------------------------------------------------------------------------- 10 biobank consent log (pipe)


def biobank_log(c: Ctx) -> Doc:
    d = Doc()
    coord = pe(c)
    v = day(c)
    h = hosp_en(c)
    rows = people_en(c, c.ri(4, 6), odd=0.2, word=0.2)
    d.put(
        "BIOBANK CONSENT & COLLECTION LOG | site: ",
        P("HOSPITAL", h),
        " | protocol BB-2019-07 | coordinator ",
        P("NAME_CLINICIAN", coord.full),
        " ",
        P("EMAIL", email(c, coord, "biobank-research.org")),
        "\n",
    )
    d.put("subject | participant | MRN | DOB | consented | tube | accession | tier | comment\n")
    d.put("---|---|---|---|---|---|---|---|---\n")
    for k, p in enumerate(rows):
        cd = v + dt.timedelta(days=k)
        d.put(
            P("OTHER_ID", f"BB{c.digits(5)}"),
            " | ",
            P("NAME_PATIENT", c.ch((p.lf, p.full, f"{p.first[0]}{p.last[0]} / {p.last}" if False else p.lf))),
            " | ",
            P("MRN", mrn(c)),
            " | ",
            den(c, dob(c, c.ri(21, 86), v), "iso"),
            " | ",
            den(c, cd, "iso"),
            " | ",
            c.ch(("⟦lab|EDTA plasma⟧", "⟦lab|serum⟧", "⟦lab|buffy coat⟧", "⟦lab|PAXgene RNA⟧")),
            " | ",
            P("ACCESSION", f"{c.letters(1)}{c.digits(2)}-{c.digits(6)}"),
            " | ",
            c.ch(("1", "2", "3")),
            " | ",
        )
        d.put(
            c.ch(
                (
                    "",
                    "re-contact OK",
                    "LAR signed: ",
                    "withdrew tier 3",
                    "⟦pr|venipuncture⟧ x2, ⟦fi|hematoma⟧",
                )
            )
        )
        if d.text.endswith("LAR signed: "):
            d.put(P("NAME_RELATIVE", pe(c, last=p.last).full))
        d.put("\n")
    d.put(
        "\nRe-contact line ",
        P("PHONE", phone(c)),
        "; freezer -80 C rack 4. Withdrawals: destroy aliquots within 30 days.\n",
    )
    return d


# --------------------------------------------------------------------------- 11 ED boarding huddle chat


def boarding_huddle(c: Ctx) -> Doc:
    d = Doc()
    v = day(c)
    staff = people_en(c, 4, word=0.2)
    pts = people_en(c, 3)
    pl = place(c)
    snf = c.ch((f"Willow Creek Rehab of {pl[0]}", "Sunrise Manor Skilled Nursing", "Pine Haven Care Center"))
    t = [hm(c, 6, 7) for _ in range(7)]
    t.sort()
    d.put("#ed-boarding-huddle  export ", den(c, v, "iso"), "  client ", P("IP", ip(c)), "\n")
    d.put(
        "thread: ",
        P("URL", f"https://chat.{c.ch(('tigertext', 'hospchat', 'voalte'))}.io/t/{c.token(10)}"),
        "\n\n",
    )
    name = lambda p: p.first.lower() if c.chance(0.5) else p.first  # noqa: E731
    d.put(f"[{t[0]}] ", P("NAME_CLINICIAN", name(staff[0])), ": morning all. 11 boarders. quick run:\n")
    d.put(
        f"[{t[1]}] ",
        P("NAME_CLINICIAN", name(staff[1])),
        ": hall 3 - ",
        P("NAME_PATIENT", pts[0].last.lower()),
        ", ",
        P("MRN", mrn(c)),
        ", ⟦fi|NSTEMI⟧ on ⟦dr|heparin⟧ drip, tele bed pending. ⟦lab|troponin⟧ trending down\n",
    )
    d.put(
        f"[{t[2]}] ",
        P("NAME_CLINICIAN", name(staff[2])),
        ": rm 14 ",
        f"{pts[1].mr.lower()} ",
        P("NAME_PATIENT", pts[1].last),
        " - ⟦fi|hip fracture⟧ s/p ⟦pr|ORIF⟧ yesterday, accepted at ",
        P("HOSPITAL", snf),
        " but auth pending, member ",
        P("INSURANCE", f"{c.letters(3)}{c.digits(9)}"),
        "\n",
    )
    d.put(
        f"[{t[3]}] ",
        P("NAME_CLINICIAN", name(staff[0])),
        ": daughter ",
        P("NAME_RELATIVE", pe(c, last=pts[1].last).first),
        " keeps calling the desk - can CM call her back ",
        P("PHONE", phone(c, pl[3])),
        "?\n",
    )
    d.put(
        f"[{t[4]}] ",
        P("NAME_CLINICIAN", name(staff[3])),
        ": psych hold in 22 - ",
        P("NAME_PATIENT", pts[2].full),
        ", sitter in place, ⟦dr|olanzapine⟧ ⟦do|10 mg⟧ IM at 0300. bed search faxed to ",
        P("FAX", phone(c)),
        "\n",
    )
    d.put(
        f"[{t[5]}] ",
        P("NAME_CLINICIAN", name(staff[1])),
        ": fyi ",
        P("NAME_PATIENT", pts[0].first.lower()),
        " ⟦lab|potassium⟧ ⟦me|3.1 mmol/L⟧, replacing with ⟦dr|potassium chloride⟧ ⟦do|40 mEq⟧ PO\n",
    )
    d.put(f"[{t[6]}] ", P("NAME_CLINICIAN", name(staff[2])), ": 👍 escalating to house sup\n")
    return d


# --------------------------------------------------------------------------- 12 pulmonary function test report


def pft_report(c: Ctx) -> Doc:
    d = Doc()
    pt = pe(c)
    tech, md, ref = pe(c), pe(c), pe(c)
    pl = place(c)
    v = day(c)
    age = c.ri(24, 86)
    h = hosp_en(c, pl[0])
    fev = float(c.fl(1.1, 3.2, 2))
    fvc = fev / float(c.fl(0.5, 0.84, 2))
    d.put(P("HOSPITAL", h), " - Pulmonary Function Laboratory\n\n")
    d.put(
        f"{'Name:':<12}",
        P("NAME_PATIENT", pt.lf.upper()),
        "\n",
        f"{'MRN:':<12}",
        P("MRN", mrn(c)),
        f"    {'Study #:':<11}",
        P("ACCESSION", f"PF{c.digits(7)}"),
        "\n",
    )
    d.put(f"{'DOB:':<12}", den(c, dob(c, age, v)), f"    {'Test date:':<11}", den(c, v), "\n")
    d.put(f"{'Height:':<12}⟦me|{c.ri(150, 193)} cm⟧    Weight: ⟦me|{c.ri(48, 131)} kg⟧\n")
    d.put(
        f"{'Referred:':<12}", "Dr. ", P("NAME_CLINICIAN", ref.last), ", fax ", P("FAX", phone(c, pl[3])), "\n"
    )
    d.put(
        f"{'Coverage:':<12}",
        P("INSURANCE", f"{c.letters(1)}{c.digits(9)}"),
        "   Acct ",
        P("ACCOUNT", c.digits(9)),
        "\n",
    )
    d.put(
        f"{'Occupation:':<12}",
        c.ch(("welder", "grain handler", "bus mechanic", "hair stylist")),
        " at ",
        P("WORKPLACE", employer(c)),
        "\n\n",
    )
    d.put("                Pred    Pre     %Pred   Post    %Chg\n")
    d.put(
        f"⟦lab|FEV1⟧ (L)       {fev + 0.9:.2f}    {fev:.2f}    {c.ri(40, 95):>3}     {fev * 1.13:.2f}    {c.ri(3, 18)}\n"
    )
    d.put(
        f"⟦lab|FVC⟧ (L)        {fvc + 0.7:.2f}    {fvc:.2f}    {c.ri(55, 100):>3}     {fvc * 1.05:.2f}    {c.ri(1, 9)}\n"
    )
    d.put(f"⟦lab|FEV1/FVC⟧       78      {fev / fvc * 100:.0f}      -       -       -\n")
    d.put(f"⟦lab|DLCO⟧           {c.fl(22, 30)}    {c.fl(9, 26)}    {c.ri(35, 98):>3}\n\n")
    d.put(
        "Bronchodilator: ⟦dr|albuterol⟧ ⟦do|400 mcg⟧ via spacer. Technologist ",
        P("NAME_CLINICIAN", tech.ini),
        ", RRT; ATS acceptability met.\n",
    )
    d.put(
        "Interpretation: ",
        c.ch(
            (
                "⟦fi|moderate obstructive ventilatory defect⟧ with significant bronchodilator response, consistent with ⟦fi|asthma⟧",
                "⟦fi|obstruction⟧ without bronchodilator response and reduced ⟦lab|DLCO⟧, consistent with ⟦fi|emphysema⟧",
                "possible ⟦fi|restriction⟧; recommend ⟦pr|lung volumes by plethysmography⟧",
            )
        ),
        ". Low ⟦ep|Tiffeneau-Pinelli index⟧ noted.\n\n",
    )
    d.put(
        "Interpreting physician: ",
        P("NAME_CLINICIAN", md.full),
        ", MD   license ",
        P("LICENSE", f"{pl[1]}-{c.digits(6)}"),
        "\n",
    )
    return d


TEMPLATES = [
    ("en12_ot_home_safety", ot_home_safety),
    ("en12_glucose_upload", glucose_upload),
    ("en12_preop_call", preop_call),
    ("en12_telestroke", telestroke),
    ("en12_residential_tx", residential_tx),
    ("en12_school_medlog", school_medlog),
    ("en12_fertility_preservation", fertility_preservation),
    ("en12_volunteer_memo", volunteer_memo),
    ("en12_me_scene", me_scene),
    ("en12_biobank_log", biobank_log),
    ("en12_boarding_huddle", boarding_huddle),
    ("en12_pft_report", pft_report),
]
