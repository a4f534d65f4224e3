"""v23 English templates, part 2 (6 types; README.md "v23")."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import datetime as dt

from _v23_kit import EMPLOYERS, HOSPITALS, NICKNAMES, PHARMACIES, Doc, En, P


def en23_nerve_block(c):
    """Regional anaesthesia peripheral nerve block procedure note."""
    e, d = En(c), Doc()
    pt, proxy, att, res = e.person(), e.person(), e.person(), e.person()
    day = e.date()
    old = c.chance(0.6)
    age = c.ri(90, 103) if old else c.ri(55, 88)
    d.add(
        "{h}  Acute Pain Service\nPERIPHERAL NERVE BLOCK - PROCEDURE NOTE\n", h=P("HOSPITAL", c.ch(HOSPITALS))
    )
    d.add(
        "Patient: {n}   MRN {mrn}   FIN {fin}\nDOB {dob}  (",
        n=P("NAME_PATIENT", e.name_forms(pt)),
        mrn=P("MRN", e.mrn()),
        fin=P("ACCOUNT", c.digits(10)),
        dob=P("DATE", e.d(e.dob_for(day, age))),
    )
    d.add("{a} y/o)\n" if old else f"{age} y/o)\n", a=P("AGE_OVER_89", str(age)))
    d.add("Date of procedure: {dt}\n\n", dt=P("DATE", e.d(day)))
    d.add(
        "Indication: analgesia for ⟦fi|intertrochanteric femur fracture⟧ before ⟦pr|cephalomedullary nailing⟧; ⟦fi|delirium⟧ risk with opioids.\n"
    )
    d.add(
        "Consent: patient lacks capacity; consent obtained by phone from health care proxy, {rel} {p} ({ph}), witnessed by RN.\n",
        rel=c.ch(("daughter", "son", "niece", "grandson")),
        p=P("NAME_RELATIVE", e.name_forms(proxy, c.ch(("full", "init")))),
        ph=P("PHONE", e.phone()),
    )
    d.add(
        "Time-out performed. Block: ⟦pr|ultrasound-guided suprainguinal fascia iliaca compartment block⟧, "
        + c.ch(("left", "right"))
        + ".\n"
    )
    d.add(
        "Needle ⟦me|22 G 100 mm⟧ echogenic; single shot, no ⟦ep|Tuohy needle⟧ or catheter. Spread deep to ⟦an|fascia iliaca⟧ toward ⟦an|iliacus muscle⟧, lateral to ⟦an|femoral nerve⟧.\n"
    )
    d.add(
        "Drug: ⟦dr|ropivacaine⟧ ⟦do|0.25% 40 mL⟧ with ⟦dr|epinephrine⟧ ⟦do|2.5 mcg/mL⟧ test dose negative. ⟦me|Pain score 8/10 to 2/10⟧ at 30 min.\n"
    )
    d.add(
        "Images archived, accession {acc}. No complications; ⟦fi|local anesthetic systemic toxicity⟧ precautions, ⟦dr|lipid emulsion 20%⟧ available.\n\n",
        acc=P("ACCESSION", "US" + c.digits(8)),
    )
    d.add(
        "Performed by {r}, MD (resident) under direct supervision of {a}, MD.\n",
        r=P("NAME_CLINICIAN", res.full),
        a=P("NAME_CLINICIAN", e.name_forms(att, c.ch(("full", "init")))),
    )
    return d


def en23_contraceptive_implant(c):
    """Contraceptive implant insertion visit with consent checklist."""
    e, d = En(c), Doc()
    pt, np_, ma = e.person("F"), e.person(), e.person()
    day = e.date()
    town, st, z = e.town()
    d.add(
        "{cl}\nCONTRACEPTIVE IMPLANT INSERTION\n",
        cl=P(
            "HOSPITAL",
            c.ch(
                ("Sandhill Women's Health", "Pinegap Community Health Center", "Cobble Creek Family Clinic")
            ),
        ),
    )
    d.add(
        "Name: {n}   DOB: {dob}   MRN: {mrn}\nMedicaid ID: {mid}   Date: {dt}\n",
        n=P("NAME_PATIENT", e.name_forms(pt, c.ch(("full", "lastfirst")))),
        dob=P("DATE", e.d(e.dob_for(day, c.ri(16, 40)))),
        mrn=P("MRN", e.mrn()),
        mid=P("INSURANCE", e.member()),
        dt=P("DATE", e.d(day)),
    )
    if c.chance(0.7):
        d.add(
            "Mailing address: {s}, {t}, {st} {z}\n",
            s=P("ADDRESS_STREET", e.street()),
            t=P("CITY", town),
            st=P("PROVINCE_STATE", st),
            z=P("POSTCODE", e.zip(z)),
        )
    d.add(
        "Preferred contact: text {ph}; e-mail {em}\n\n", ph=P("PHONE", e.phone()), em=P("EMAIL", e.email(pt))
    )
    d.add(
        "[x] Counseled on all methods   [x] ⟦lab|urine hCG negative⟧   [x] LMP {lmp}\n[ ] Interpreter needed   [x] Consent signed\n",
        lmp=P("DATE", e.d(day - dt.timedelta(days=c.ri(4, 20)), "md")),
    )
    d.add(
        "History: "
        + c.ch(
            (
                "⟦fi|migraine with aura⟧ (estrogen contraindicated)",
                "⟦fi|postpartum⟧ 6 weeks, breastfeeding",
                "⟦fi|heavy menstrual bleeding⟧ on ⟦dr|medroxyprogesterone acetate⟧ ⟦do|150 mg IM⟧ previously",
            )
        )
        + ".\n"
    )
    d.add(
        "Procedure: ⟦pr|subdermal implant insertion⟧, nondominant arm, ⟦an|medial upper arm⟧ ⟦me|8 cm⟧ above ⟦an|medial epicondyle⟧, over ⟦an|triceps⟧. "
    )
    d.add(
        "⟦dr|lidocaine 1%⟧ ⟦do|2 mL⟧ local. ⟦dr|etonogestrel⟧ ⟦do|68 mg⟧ implant placed, palpated by patient and provider. Lot recorded on the card.\n"
    )
    d.add(
        "Backup method x7 days. Remove/replace by 3 years. Rx ⟦dr|ibuprofen⟧ ⟦do|400 mg⟧ prn sent to {ph}.\n\n",
        ph=P("HOSPITAL", c.ch(PHARMACIES)),
    )
    d.add(
        "{n}, WHNP-BC     assisted: {m}, MA\n",
        n=P("NAME_CLINICIAN", np_.full),
        m=P("NAME_CLINICIAN", c.ch((ma.first, ma.first.lower()))),
    )
    return d


def en23_tms_session(c):
    """TMS treatment course log (pipe table of sessions)."""
    e, d = En(c), Doc()
    pt, md, tech1, tech2 = e.person(), e.person(), e.person(), e.person()
    start = e.date()
    d.add(
        "{cl} - rTMS TREATMENT COURSE LOG\n",
        cl=P("HOSPITAL", c.ch(("Ridgeview Neuromodulation Clinic",) + HOSPITALS[3:6])),
    )
    d.add(
        "Patient: {n}   MRN: {mrn}   DOB: {dob}\n",
        n=P("NAME_PATIENT", e.name_forms(pt)),
        mrn=P("MRN", e.mrn()),
        dob=P("DATE", e.d(e.dob_for(start, c.ri(19, 77)))),
    )
    d.add(
        "Plan member {mem}; prior auth {pa} valid {a} - {b}\n",
        mem=P("INSURANCE", e.member()),
        pa=P("OTHER_ID", "PA" + c.digits(9)),
        a=P("DATE", e.d(start, "us")),
        b=P("DATE", e.d(start + dt.timedelta(days=60), "us")),
    )
    d.add(
        "Dx: ⟦fi|major depressive disorder, recurrent, severe⟧, failed ⟦dr|sertraline⟧ ⟦do|200 mg⟧ and ⟦dr|bupropion XL⟧ ⟦do|300 mg⟧.\n"
    )
    d.add(
        "Target: ⟦an|left dorsolateral prefrontal cortex⟧, ⟦me|10 Hz⟧, ⟦me|3000 pulses⟧, ⟦me|120% of motor threshold⟧. Psychiatrist: Dr. {m}\n\n",
        m=P("NAME_CLINICIAN", md.last),
    )
    d.add("| # | date | MT | PHQ-9 | tech | notes |\n|---|---|---|---|---|---|\n")
    for i, k in enumerate(sorted(c.sample(range(1, 36), 4))):
        day = start + dt.timedelta(days=k + k // 5 * 2)
        tech = tech1 if i % 2 == 0 else tech2
        d.add(
            "| "
            + str(k)
            + " | {dt} | "
            + str(c.ri(48, 62))
            + "% | "
            + str(max(3, 22 - k // 2))
            + " | {t} | "
            + c.ch(
                (
                    "scalp discomfort",
                    "tolerated well",
                    "mild ⟦fi|headache⟧, ⟦dr|acetaminophen⟧ ⟦do|500 mg⟧",
                    "rescheduled from prior day, no issues",
                )
            )
            + " |\n",
            dt=P("DATE", e.d(day, c.ch(("md", "us")))),
            t=P("NAME_CLINICIAN", c.ch((tech.first.lower(), e.initials(tech)))),
        )
    if c.chance(0.6):
        d.add(
            "\nParking permit issued for plate {pl} (patient may not drive for 30 min after session in week 1).\n",
            pl=P("VEHICLE", e.plate()),
        )
    d.add(
        "\nReturn-to-work letter requested by {emp}; ⟦ep|Beck Depression Inventory⟧ at session 20: ⟦me|BDI-II 14⟧.\n",
        emp=P("WORKPLACE", c.ch(EMPLOYERS)),
    )
    return d


def en23_sickle_care_plan(c):
    """Sickle cell disease individualized emergency department care plan (checkbox form)."""
    e, d = En(c), Doc()
    pt, mom, heme = e.person(), e.person("F"), e.person()
    day = e.date()
    town, st, z = e.town()
    nick = c.ch(NICKNAMES)
    d.add(
        "INDIVIDUALIZED ED CARE PLAN - SICKLE CELL DISEASE\n{h} Comprehensive Sickle Cell Program\n\n",
        h=P("HOSPITAL", c.ch(HOSPITALS)),
    )
    d.add(
        'Name: {n} (goes by "{nk}")   MRN: {mrn}   DOB: {dob}\n',
        n=P("NAME_PATIENT", e.name_forms(pt, c.ch(("full", "caps")))),
        nk=P("NAME_PATIENT", nick),
        mrn=P("MRN", e.mrn()),
        dob=P("DATE", e.d(e.dob_for(day, c.ri(14, 45)))),
    )
    d.add(
        "Home: {s}, {t}, {st} {z}\n",
        s=P("ADDRESS_STREET", e.street()),
        t=P("CITY", town),
        st=P("PROVINCE_STATE", st),
        z=P("POSTCODE", e.zip(z)),
    )
    d.add(
        "Contact: mother {m}, {ph}; patient e-mail {em}\n",
        m=P("NAME_RELATIVE", c.ch((mom.full, mom.first))),
        ph=P("PHONE", e.phone()),
        em=P("EMAIL", e.email(pt)),
    )
    d.add("Genotype: ⟦fi|HbSS⟧   Baseline ⟦lab|Hgb 7.8 g/dL⟧, ⟦lab|reticulocytes 9%⟧, ⟦me|SpO2 95%⟧\n")
    d.add(
        "Implanted port (serial {sn}) in ⟦an|right chest⟧ - access first, no peripheral sticks.\n\n",
        sn=P("DEVICE", e.serial()),
    )
    d.add(
        "[x] Triage as ESI 2 for ⟦fi|vaso-occlusive crisis⟧\n[x] ⟦dr|hydromorphone⟧ ⟦do|1 mg IV⟧ within 60 min, repeat q20 min x3\n[x] ⟦dr|ketorolac⟧ ⟦do|15 mg IV⟧ unless ⟦lab|creatinine above 1.2⟧\n"
    )
    d.add(
        "[ ] ⟦dr|meperidine⟧ - do NOT use\n[x] Evaluate for ⟦fi|acute chest syndrome⟧: ⟦pr|chest radiograph⟧, ⟦fi|new infiltrate⟧ + fever\n"
    )
    d.add(
        "Home meds: ⟦dr|hydroxyurea⟧ ⟦do|1000 mg daily⟧, ⟦dr|folic acid⟧ ⟦do|1 mg⟧; fills at {ph}.\n\n",
        ph=P("HOSPITAL", c.ch(PHARMACIES)),
    )
    d.add(
        "Hematologist: {h}, MD  NPI {npi}  pager {pg}\nPlan updated {u}; live copy: {url}\n",
        h=P("NAME_CLINICIAN", heme.full),
        npi=P("LICENSE", e.npi()),
        pg=P("PHONE", e.phone("dash")),
        u=P("DATE", e.d(day)),
        url=P(
            "URL", f"https://careplans.{c.ch(('bramblewood', 'stansgar', 'copperline'))}.org/scd/{c.token(9)}"
        ),
    )
    return d


def en23_lipid_clinic_letter(c):
    """Lipid clinic consultation letter to the referring physician."""
    e, d = En(c), Doc()
    pt, pcp, md, sib = e.person(), e.person(), e.person(), e.person("M")
    day = e.date()
    town, st, z = e.town()
    d.add(
        "{cl}\n\n{dt}\n\n",
        cl=P("HOSPITAL", c.ch(("Eastbank Lipid & Prevention Clinic",) + HOSPITALS[6:9])),
        dt=P("DATE", e.d(day, "long")),
    )
    d.add(
        "Dr. {p}\nFax {fx}\n\nRe: {n}, DOB {dob}, MRN {mrn}\n",
        p=P("NAME_CLINICIAN", pcp.full),
        fx=P("FAX", e.phone("dash")),
        n=P("NAME_PATIENT", e.name_forms(pt, "full")),
        dob=P("DATE", e.d(e.dob_for(day, c.ri(28, 70)), "us")),
        mrn=P("MRN", e.mrn()),
    )
    d.add(
        "Home: {s}, {t}, {st} {z}\n\n",
        s=P("ADDRESS_STREET", e.street()),
        t=P("CITY", town),
        st=P("PROVINCE_STATE", st),
        z=P("POSTCODE", e.zip(z)),
    )
    d.add(
        "Dear Dr. {p},\n\nThank you for asking me to see "
        + ("Mr." if pt.sex == "M" else "Ms.")
        + " {l} for ⟦fi|severe hypercholesterolemia⟧. ",
        p=P("NAME_CLINICIAN", pcp.last),
        l=P("NAME_PATIENT", pt.last),
    )
    d.add(
        "Untreated ⟦lab|LDL-C 236 mg/dL⟧; on ⟦dr|atorvastatin⟧ ⟦do|80 mg⟧ and ⟦dr|ezetimibe⟧ ⟦do|10 mg⟧ now ⟦lab|LDL-C 131 mg/dL⟧ (⟦ep|Friedewald equation⟧ not used; direct LDL). ⟦lab|Lp(a) 142 nmol/L⟧.\n"
    )
    d.add(
        "Exam: ⟦fi|tendon xanthomas⟧ of the ⟦an|Achilles tendons⟧, ⟦fi|corneal arcus⟧. ⟦me|Dutch Lipid Clinic Network score 9⟧: definite ⟦fi|familial hypercholesterolemia⟧.\n"
    )
    d.add("Family: brother {b} had a ⟦fi|myocardial infarction⟧ at 44; ", b=P("NAME_RELATIVE", sib.first))
    if c.chance(0.5):
        d.add(
            "their father is living at {a} with no coronary disease. ", a=P("AGE_OVER_89", str(c.ri(90, 97)))
        )
    d.add(
        "I recommended cascade testing for the siblings and children.\n\nPlan: add ⟦dr|evolocumab⟧ ⟦do|140 mg every 2 weeks⟧ SC. Prior authorization submitted with member ID {m}. ",
        m=P("INSURANCE", e.member()),
    )
    d.add(
        "Specialty pharmacy: {ph}. Recheck ⟦lab|lipid panel⟧ in 8 weeks.\n",
        ph=P("HOSPITAL", c.ch(PHARMACIES)),
    )
    if c.chance(0.5):
        d.add(
            "A travel letter for carrying autoinjectors was given (passport {pp}).\n",
            pp=P("PASSPORT", e.passport()),
        )
    d.add("\nSincerely,\n{m}, MD, FNLA\n", m=P("NAME_CLINICIAN", md.full))
    if c.chance(0.5):
        d.add("cc: patient by secure e-mail {em}\n", em=P("EMAIL", e.email(pt)))
    return d


def en23_thyroid_fna(c):
    """Ultrasound-guided thyroid nodule FNA with cytology result."""
    e, d = En(c), Doc()
    pt, rad, cyto = e.person(), e.person(), e.person()
    day = e.date()
    old = c.chance(0.25)
    age = c.ri(90, 96) if old else c.ri(24, 84)
    d.add("{h} - Interventional Radiology\nUS-GUIDED FNA THYROID\n", h=P("HOSPITAL", c.ch(HOSPITALS)))
    d.add("{n}   ", n=P("NAME_PATIENT", e.name_forms(pt, c.ch(("caps", "lastfirst")))))
    d.add("{a} y/o {sx}   " if old else f"{age} y/o " + "{sx}   ", a=P("AGE_OVER_89", str(age)), sx=pt.sex)
    d.add(
        "MRN {mrn}   Acc# {acc}   Exam date {dt}\n",
        mrn=P("MRN", e.mrn()),
        acc=P("ACCESSION", c.digits(9)),
        dt=P("DATE", e.d(day)),
    )
    d.add(
        "Nodule: ⟦an|right thyroid lobe⟧, mid pole, ⟦me|2.4 x 1.8 x 1.6 cm⟧, solid hypoechoic, ⟦me|TI-RADS 4⟧.\n"
    )
    d.add(
        "Technique: ⟦dr|lidocaine 1%⟧ ⟦do|3 mL⟧; four passes with ⟦me|25-gauge⟧ needles; ⟦pr|on-site adequacy assessment⟧ adequate.\n"
    )
    d.add("Cytology {cy}: ", cy=P("ACCESSION", "FN" + str(day.year % 100) + "-" + c.digits(5)))
    d.add(
        c.ch(
            (
                "⟦fi|Bethesda II, benign follicular nodule⟧.",
                "⟦fi|Bethesda IV, follicular neoplasm⟧; molecular testing sent.",
                "⟦fi|Bethesda VI, papillary thyroid carcinoma⟧; ⟦pr|total thyroidectomy⟧ advised.",
                "⟦fi|Bethesda III, atypia of undetermined significance⟧; ⟦ep|Hashimoto thyroiditis⟧ background.",
            )
        )
        + "\n"
    )
    d.add(
        "⟦lab|TSH 1.9 mIU/L⟧. Patient tolerated well; results to referring office by fax {fx}.\n\n",
        fx=P("FAX", e.phone()),
    )
    d.add(
        "Radiologist: {r}, MD   Cytopathologist: {p}, MD\nCalled to patient at {ph} on {cd}.\n",
        r=P("NAME_CLINICIAN", rad.full),
        p=P("NAME_CLINICIAN", e.name_forms(cyto, c.ch(("full", "init")))),
        ph=P("PHONE", e.phone()),
        cd=P("DATE", e.d(day + dt.timedelta(days=c.ri(2, 6)))),
    )
    return d


TEMPLATES = [
    ("en23_nerve_block", en23_nerve_block),
    ("en23_contraceptive_implant", en23_contraceptive_implant),
    ("en23_tms_session", en23_tms_session),
    ("en23_sickle_care_plan", en23_sickle_care_plan),
    ("en23_lipid_clinic_letter", en23_lipid_clinic_letter),
    ("en23_thyroid_fna", en23_thyroid_fna),
]
