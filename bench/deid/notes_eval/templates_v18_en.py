"""v18 English templates (part 1 of 2): pharmacy transfer fax, patch-test reading sheet,
biomedical-engineering home-device work order, employer biometric screening CSV, cord-blood kit
requisition, probate guardianship physician's certificate."""

# ruff: noqa: E501  (document text lines)

from __future__ import annotations

import datetime as dt

import _v18_kit as k
from _core import Ctx, Doc, P
from _v18_kit import clin

V18_EN_WORDLIKE = k.V18_EN_WORDLIKE


def rx_transfer(c: Ctx) -> Doc:
    f, last, sex = k.en_person(c)
    d = Doc()
    dt_ = k.rdate(c)
    street, city, st, z = k.en_addr(c)
    scen = c.ch(
        (
            ("⟦dr|levothyroxine⟧ ⟦do|88 mcg⟧ PO daily", "⟦fi|hypothyroidism⟧, last ⟦lab|TSH 2.4 mIU/L⟧"),
            ("⟦dr|sertraline⟧ ⟦do|100 mg⟧ daily", "⟦fi|major depressive disorder⟧"),
            ("⟦dr|apixaban⟧ ⟦do|5 mg⟧ BID", "⟦fi|atrial fibrillation⟧, ⟦me|CHA2DS2-VASc 3⟧"),
            ("⟦dr|carbidopa-levodopa⟧ ⟦do|25/100 mg⟧ TID", "⟦ep|Parkinson's disease⟧"),
            ("⟦dr|lisinopril⟧ ⟦do|20 mg⟧ daily", "⟦fi|essential hypertension⟧, ⟦lab|potassium 4.6 mmol/L⟧"),
        )
    )
    ph_a, ph_b = c.sample(k.EN_PHARM, 2)
    d.add(
        "*** FAX *** PRESCRIPTION TRANSFER REQUEST ***\nTO:   {pa}   FAX {fa}   TEL {ta}\nFROM: {pb}   FAX {fb}\nSent {dt}  pages 1 of 1\n\n",
        pa=P("HOSPITAL", ph_a),
        fa=P("FAX", k.en_phone(c)),
        ta=P("PHONE", k.en_phone(c)),
        pb=P("HOSPITAL", ph_b),
        fb=P("FAX", k.en_phone(c)),
        dt=P("DATE", k.en_date(c, dt_)),
    )
    d.add(
        "Patient ........ {n}\nDOB ............ {dob}\nHome address ... ",
        n=P("NAME_PATIENT", k.en_full(c, f, last)),
        dob=P("DATE", k.en_date(c, k.dob(c, c.ri(24, 86)))),
    )
    d.put(k.addr_line(street, city, st, z))
    d.add(
        "\nCell ........... {ph}\nPlan member ID . {mem}   (BIN/PCN on file)\n\n",
        ph=P("PHONE", k.en_phone(c)),
        mem=P("INSURANCE", k.member(c)),
    )
    d.add(
        "Please transfer ALL refills of Rx #{rx}: "
        + scen[0]
        + ", #90, 3 refills left, last filled {lf}.\nIndication on file: "
        + scen[1]
        + ".\n",
        rx=P("OTHER_ID", c.digits(7)),
        lf=P("DATE", k.en_date(c, k.rdate(c))),
    )
    if c.chance(0.6):
        d.add(
            "Also Rx #{rx}: ⟦dr|atorvastatin⟧ ⟦do|40 mg⟧ at bedtime (⟦lab|LDL 96 mg/dL⟧).\n",
            rx=P("OTHER_ID", f"{c.digits(7)}-0{c.ri(1, 9)}"),
        )
    pf, pl, _ = k.en_person(c)
    d.add(
        "Prescriber: Dr. {p}, NPI {npi}, DEA {dea}\n",
        p=P("NAME_CLINICIAN", f"{pf} {pl}"),
        npi=P("LICENSE", k.npi(c)),
        dea=P("LICENSE", k.dea(c)),
    )
    d.add(
        "Requested by {a}, PharmD (lic. {la}); transferred by {b}, RPh.\nPatient asked that we text {nick} when ready.\n",
        a=P("NAME_CLINICIAN", clin(c)),
        la=P("LICENSE", k.lic(c)),
        b=P("NAME_CLINICIAN", clin(c)),
        nick=P("NAME_PATIENT", k.EN_NICK.get(f, f)),
    )
    return d


def patch_test(c: Ctx) -> Doc:
    f, last, sex = k.en_person(c)
    d = Doc()
    d0 = k.rdate(c)
    d.add(
        "DERMATOLOGY - PATCH TEST READING SHEET\nPATIENT: {n}    MRN: {m}\nOCCUPATION: {job} AT {w}\nAPPLIED: {a}   D2 READ: {r2}   D5 READ: {r5}\n",
        n=P("NAME_PATIENT", f"{last}, {f}".upper()),
        m=P("MRN", k.mrn(c)),
        job=c.ch(("HAIRDRESSER", "MACHINIST", "DENTAL ASSISTANT", "FLORIST", "LINE COOK")),
        w=P("WORKPLACE", c.ch(k.EN_EMPLOYERS).upper()),
        a=P("DATE", k.en_date(c, d0)),
        r2=P("DATE", k.en_date(c, d0 + dt.timedelta(days=2))),
        r5=P("DATE", k.en_date(c, d0 + dt.timedelta(days=5))),
    )
    d.add("\nALLERGEN                     | D2  | D5  \n")
    rows = c.sample(
        (
            "nickel sulfate",
            "potassium dichromate",
            "fragrance mix I",
            "p-phenylenediamine",
            "methylisothiazolinone",
            "cobalt chloride",
            "balsam of Peru",
            "formaldehyde",
        ),
        5,
    )
    for i, r in enumerate(rows):
        g = c.ch(("neg", "?+", "+", "++", "neg"))
        d.add("{r} | {a} | {b}\n", r=r.ljust(28), a=c.ch(("neg", "+")), b=(g if i else "++"))
    d.add(
        "\nImpression: ⟦fi|allergic contact dermatitis⟧ of the ⟦an|dorsal hands⟧; relevance probable. No ⟦ep|Koebner phenomenon⟧.\n"
    )
    d.add(
        "Continue ⟦dr|triamcinolone 0.1% ointment⟧ ⟦do|BID x 2 weeks⟧; ⟦pr|repeat open application test⟧ if unclear.\n"
    )
    if c.chance(0.5):
        d.add(
            "⟦ep|Wood's lamp⟧ exam negative. Spouse {r} applies the cream at night.\n",
            r=P("NAME_RELATIVE", k.en_person(c)[0]),
        )
    d.add(
        "read by {n1}, RN / {md}, MD\n",
        n1=P("NAME_CLINICIAN", k.en_person(c)[0].lower()),
        md=P("NAME_CLINICIAN", clin(c)),
    )
    return d


def biomed(c: Ctx) -> Doc:
    f, last, sex = k.en_person(c)
    street, city, st, z = k.en_addr(c)
    d = Doc()
    dev = c.ch(
        (
            "home ventilator Trilogy-type",
            "cough assist device",
            "enteral feeding pump",
            "home hemodialysis cycler",
        )
    )
    d.add(
        "BIOMEDICAL ENGINEERING / CLINICAL TECHNOLOGY\nWork order WO-{wo}   opened {o}   priority 2\nAsset: patient-owned {dev}, S/N {sn}\n",
        wo=c.digits(6),
        o=P("DATE", k.en_date(c, k.rdate(c))),
        dev=dev,
        sn=P("DEVICE", k.serial(c)),
    )
    d.add(
        "Patient: {n} (MRN {m})\nSite visit: ",
        n=P("NAME_PATIENT", k.en_full(c, f, last)),
        m=P("MRN", k.mrn(c)),
    )
    d.put(k.addr_line(street, city, st, z))
    d.add(
        "  gate code on file\nContact: {ph} ({rel}, {role})\n",
        ph=P("PHONE", k.en_phone(c)),
        rel=P("NAME_RELATIVE", k.en_person(c)[0]),
        role=c.ch(("daughter", "husband", "mother", "partner")),
    )
    d.add(
        "Modem reported from {ip} (cellular bridge); last upload {u}.\n",
        ip=P("IP", k.ip_any(c)),
        u=P("DATE", k.en_date(c, k.rdate(c))),
    )
    d.add(
        "Problem: alarm 'high pressure' x3 overnight. Settings ⟦me|PEEP 5 cmH2O⟧, ⟦me|tidal volume 450 mL⟧; patient has ⟦fi|amyotrophic lateral sclerosis⟧ with ⟦pr|tracheostomy⟧ (⟦ep|Shiley⟧ 6).\n"
    )
    d.add(
        "Action: replaced inlet filter, calibrated flow sensor, performance check PASS. Tech: {t}. Requested by {rt}, RRT.\nService account {acct}.\n",
        t=P("NAME_CLINICIAN", clin(c)),
        rt=P("NAME_CLINICIAN", clin(c)),
        acct=P("ACCOUNT", k.account(c)),
    )
    return d


def wellness_csv(c: Ctx) -> Doc:
    d = Doc()
    emp = c.ch(k.EN_EMPLOYERS)
    d.add(
        "# biometric_screening_export.csv  employer={w}  event={e}  exported_from={ip}\n",
        w=P("WORKPLACE", emp),
        e=P("DATE", k.en_date(c, k.rdate(c))),
        ip=P("IP", k.ip4(c)),
    )
    d.add("employee_id,last_name,first_name,dob,email,bp,result,comment\n")
    for _ in range(c.ri(3, 5)):
        f, last, _s = k.en_person(c)
        nm_last = last.lower() if c.chance(0.3) else last
        flag = c.ch(
            (
                ("⟦me|BP 148/94⟧", "⟦lab|glucose 131 mg/dL⟧", "refer PCP"),
                ("⟦me|BP 118/76⟧", "⟦lab|total cholesterol 182 mg/dL⟧", "ok"),
                ("⟦me|BP 136/88⟧", "⟦lab|A1c 6.2%⟧", "⟦fi|prediabetes⟧ coaching"),
                ("⟦me|BP 124/80⟧", "⟦me|BMI 31.4⟧", "⟦fi|obesity⟧ program"),
            )
        )
        d.add(
            "{id},{l},{f},{b},{em}," + flag[0] + "," + flag[1] + "," + flag[2] + "\n",
            id=P("OTHER_ID", f"E{c.digits(6)}"),
            l=P("NAME_PATIENT", nm_last),
            f=P("NAME_PATIENT", f),
            b=P("DATE", f"{c.ri(1, 12)}/{c.ri(1, 28)}/{c.ri(1958, 2003)}"),
            em=P("EMAIL", k.email(c, f, last)),
        )
    cf, cl, _ = k.en_person(c)
    d.add(
        "# screener: {s}, RN  coordinator: {m}\n",
        s=P("NAME_CLINICIAN", f"{cf} {cl}"),
        m=P("EMAIL", k.email(c, cf, cl)),
    )
    return d


def cord_blood(c: Ctx) -> Doc:
    f, last, _ = k.en_person(c, "F")
    pf, pl, _ = k.en_person(c, "M")
    street, city, st, z = k.en_addr(c)
    d = Doc()
    h = c.ch(k.EN_HOSP)
    d.add(
        "Cord Blood Collection Kit - Requisition & Chain of Custody\nKit ID: {kit}     Hospital of birth: {h}\n",
        kit=P("OTHER_ID", f"CBK-{c.digits(7)}"),
        h=P("HOSPITAL", h),
    )
    d.add(
        "Mother: {m}   Mother's MRN: {mrn}   EDD {edd}\nMailing: ",
        m=P("NAME_PATIENT", k.en_full(c, f, last)),
        mrn=P("MRN", k.mrn(c)),
        edd=P("DATE", k.en_date(c, k.rdate(c))),
    )
    d.put(k.addr_line(street, city, st, z))
    d.add(
        "\nFather / co-parent: {p} {pl}, phone {ph}\n",
        p=P("NAME_RELATIVE", pf),
        pl=P("NAME_RELATIVE", pl),
        ph=P("PHONE", k.en_phone(c)),
    )
    if c.chance(0.5):
        d.add("ID checked at consent: passport {pp}\n", pp=P("PASSPORT", k.passport(c)))
    d.add(
        "Delivery {dd}: ⟦pr|cesarean section⟧ at 39w; ⟦pr|delayed cord clamping⟧ 60 s; maternal ⟦lab|HBsAg negative⟧, ⟦fi|gestational diabetes⟧ on ⟦dr|insulin⟧.\n",
        dd=P("DATE", k.en_date(c, k.rdate(c))),
    )
    d.add(
        "Collected volume ⟦me|92 mL⟧ from ⟦an|umbilical vein⟧. Maternal sample tube {acc}.\nCollected by {cn}, CNM; witnessed by {rn}, RN.\n",
        acc=P("ACCESSION", k.acc(c)),
        cn=P("NAME_CLINICIAN", clin(c)),
        rn=P("NAME_CLINICIAN", k.en_person(c)[0]),
    )
    d.add("Courier tracking: {u}\n", u=P("URL", f"https://track.cordlink-courier.com/p/{c.token(10)}"))
    return d


def guardianship(c: Ctx) -> Doc:
    f, last, sex = k.en_person(c)
    she = "she" if sex == "F" else "he"
    age = c.ri(90, 104)
    df, dl_, _ = k.en_person(c)
    d = Doc()
    street, city, st, z = k.en_addr(c)
    d.add(
        "IN THE PROBATE COURT OF {cty} COUNTY\nIn the Matter of the Guardianship of {w}, an alleged incapacitated adult\nCase No. {cn}\n\nPHYSICIAN'S CERTIFICATE\n\n",
        cty=c.ch(("Ashland", "Lamar", "Coos", "Pike")),
        w=P("NAME_PATIENT", f"{f} {last}".upper()),
        cn=P("OTHER_ID", f"{c.ri(2019, 2025)}-GD-{c.digits(5)}"),
    )
    d.add(
        "I examined the respondent on {e} at {h}, where {pr} has resided since {since}. The respondent is a {a}-year-old {s}; date of birth {dob}. SSN (last four redacted on the public copy) {ssn}.\n",
        e=P("DATE", k.en_date(c, k.rdate(c, 2024))),
        h=P("HOSPITAL", c.ch(k.EN_HOSP)),
        pr=she,
        since=P("DATE", k.en_date(c, k.rdate(c, 2019, 2023))),
        a=P("AGE_OVER_89", str(age)),
        s=c.ch(("widow" if sex == "F" else "widower", "retired farmer")),
        dob=P("DATE", k.en_date(c, k.dob(c, age))),
        ssn=P("SSN", k.ssn(c)),
    )
    d.add(
        "Diagnoses: ⟦ep|Alzheimer's disease⟧, ⟦fi|major neurocognitive disorder⟧, ⟦fi|macular degeneration⟧. ⟦me|MoCA 9/30⟧; oriented to self only. Medications: ⟦dr|donepezil⟧ ⟦do|10 mg⟧ nightly.\n"
    )
    d.add(
        "Asked "
        + ("her" if sex == "F" else "his")
        + ' age, the respondent said "I\'m {a2}, or thereabouts." Prior address: ',
        a2=P("AGE_OVER_89", c.ch((str(age), str(age - 1)))),
    )
    d.put(k.addr_line(street, city, st, z))
    d.add(
        ".\nPetitioner: {p} (niece/nephew), tel {ph}. Proposed guardian attorney fax {fx}.\n",
        p=P("NAME_RELATIVE", c.ch((f"{df} {dl_}", f"{df} {dl_}".upper(), df))),
        ph=P("PHONE", k.en_phone(c)),
        fx=P("FAX", k.en_phone(c)),
    )
    pf, pl, _ = k.en_person(c)
    d.add(
        "\n__________________________ {p}, MD   License {lic}   NPI {npi}   dated {dd}\n",
        p=P("NAME_CLINICIAN", f"{pf} {pl}"),
        lic=P("LICENSE", k.lic(c)),
        npi=P("LICENSE", k.npi(c)),
        dd=P("DATE", k.en_date(c, k.rdate(c, 2024))),
    )
    return d


from templates_v18_en2 import belongings, cast_clinic, contact_lens, custodian, good_faith, pulm_rehab  # noqa: E402

TEMPLATES = [
    ("en18_rx_transfer_fax", rx_transfer),
    ("en18_patch_test_sheet", patch_test),
    ("en18_biomed_work_order", biomed),
    ("en18_wellness_screen_csv", wellness_csv),
    ("en18_cord_blood_requisition", cord_blood),
    ("en18_guardianship_certificate", guardianship),
    ("en18_contact_lens_rx", contact_lens),
    ("en18_cast_clinic_dictation", cast_clinic),
    ("en18_custodian_certification", custodian),
    ("en18_belongings_inventory", belongings),
    ("en18_good_faith_estimate", good_faith),
    ("en18_pulm_rehab_log", pulm_rehab),
]
