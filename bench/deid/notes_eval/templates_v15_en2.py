"""v15 English templates, part 2 of 3: five more document types none of v1-v14 used."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import _v15_kit as k
from _v15_kit import Ctx, Doc, P


def _nm(c: Ctx, first: str, last: str, style: str | None = None) -> str:
    style = style or c.ch(("full", "lf", "LF", "init", "low"))
    return {
        "full": f"{first} {last}",
        "lf": f"{last}, {first}",
        "LF": f"{last.upper()}, {first.upper()}",
        "init": f"{first[0]}. {last}",
        "low": f"{first.lower()} {last.lower()}",
    }[style]


def irf_conference(c: Ctx) -> Doc:
    d = Doc()
    sex = c.pick("F", "M")
    f, la = k.en_name(c, sex)
    dd = k.rday(c)
    old = c.chance(0.4)
    age = c.ri(90, 97) if old else c.ri(55, 88)
    team = [k.en_clin(c) for _ in range(4)]
    sp = (k.en_first(c, "M" if sex == "F" else "F"), la)
    dx = c.ch(
        (
            ("left MCA ischemic stroke", "right hemiparesis"),
            ("right hip hemiarthroplasty", "weight bearing as tolerated"),
            ("T12 incomplete spinal cord injury", "neurogenic bladder"),
        )
    )
    d.add(
        "INPATIENT REHABILITATION - WEEKLY INTERDISCIPLINARY TEAM CONFERENCE\n{h}   Conference date: {dd}\nPatient: {pt}   MRN: {mrn}   Medicare MBI: {mbi}\n",
        h=P(
            "HOSPITAL",
            c.ch(("Pinecrest Rehabilitation Hospital", "Sacred Oak Health", "Bluestem Valley Hospital")),
        ),
        dd=P("DATE", k.den(c, dd)),
        pt=P("NAME_PATIENT", _nm(c, f, la, c.pick("lf", "full"))),
        mrn=P("MRN", k.mrn_en(c)),
        mbi=P(
            "INSURANCE",
            f"{c.ri(1, 9)}{c.letters(1)}{c.alnum(1)}{c.digits(1)}-{c.letters(1)}{c.alnum(1)}{c.digits(1)}-{c.letters(2)}{c.digits(2)}",
        ),
    )
    if old:
        d.add("Age {a}. ", a=P("AGE_OVER_89", str(age)))
    d.add(
        "Admitted {ad} after ⟦fi|{dx}⟧; issue: ⟦fi|{dx2}⟧.\n\n",
        ad=P("DATE", k.den(c, k.plus(dd, -c.ri(5, 14)), "us2")),
        dx=dx[0],
        dx2=dx[1],
    )
    d.add(
        "- Physician ({m}, MD): ⟦lab|hemoglobin {hb} g/dL⟧, ⟦lab|INR {inr}⟧ on ⟦dr|warfarin⟧ ⟦do|{wd} mg daily⟧; bowel program with ⟦dr|senna⟧ ⟦do|8.6 mg 2 tabs HS⟧.\n",
        m=P("NAME_CLINICIAN", f"{team[0][0]} {team[0][1]}"),
        hb=c.fl(8.9, 13.5),
        inr=c.fl(1.8, 3.1),
        wd=str(c.ri(2, 7)),
    )
    d.add(
        "- PT ({p}): ambulates ⟦me|{ft} ft⟧ with rolling walker, min assist; ⟦me|Berg Balance Scale 31/56⟧; ⟦ep|Trendelenburg gait⟧ noted.\n",
        p=P("NAME_CLINICIAN", team[1][0]),
        ft=str(c.ri(30, 300)),
    )
    d.add(
        "- OT ({o}): lower-body dressing mod assist; shower chair trial. Power wheelchair on loan, serial {ws}.\n",
        o=P("NAME_CLINICIAN", f"{team[2][0][0]}. {team[2][1]}"),
        ws=P("DEVICE", f"{c.letters(3)}{c.digits(2)}-{c.digits(6)}"),
    )
    d.add(
        "- SLP ({s}): ⟦me|dysphagia diet level 2⟧; ⟦pr|modified barium swallow⟧ on {mbs}.\n",
        s=P("NAME_CLINICIAN", team[3][0].lower()),
        mbs=P("DATE", k.den(c, k.plus(dd, 2), "short")),
    )
    d.add(
        "- Case management: {spn} ({sr}) attended by phone {spp}; e-mail {em}. Home is a split-level at {street} in {city}; 6 steps, no rail.\n",
        spn=P("NAME_RELATIVE", f"{sp[0]} {sp[1]}"),
        sr=c.pick("spouse", "partner"),
        spp=P("PHONE", k.phone_us(c)),
        em=P("EMAIL", k.email(c, *sp)),
        street=P("ADDRESS_STREET", k.en_addr(c)[0]),
        city=P("CITY", c.ch(k.EN_CITIES)[0]),
    )
    d.add(
        "  Previously worked at {wp}; "
        + ("will not return to work.\n" if old else "return-to-work paperwork requested.\n"),
        wp=P("WORKPLACE", c.ch(k.EN_EMPLOYERS)),
    )
    d.add(
        'Estimated discharge {edd} to home with home health (agency: {hh}). {fl} stated: "I want to be home for my granddaughter\'s wedding."\n',
        edd=P("DATE", k.den(c, k.plus(dd, c.ri(5, 12)), c.pick("long", "ord"))),
        hh=P("HOSPITAL", c.pick("Tallgrass Home Health", "Copperline Home Care")),
        fl=P("NAME_PATIENT", f),
    )
    return d


def trial_log(c: Ctx) -> Doc:
    d = Doc()
    dd = k.rday(c, 2021)
    pharm = [k.en_clin(c) for _ in range(2)]
    site = c.ch(k.EN_HOSP[:6])
    d.add(
        "INVESTIGATIONAL DRUG ACCOUNTABILITY LOG (export)\nProtocol ONC-2271 (IRB 19-0441)   Site: {s}   Site no. 114\nExported {ed} by {who} from EDC host {ip}\nMonitor: {mon} <{me}>\n\n",
        s=P("HOSPITAL", site),
        ed=P("DATE", k.den(c, dd, "iso")),
        who=P("NAME_CLINICIAN", f"{pharm[0][0].lower()}.{pharm[0][1].lower()}"),
        ip=P("IP", k.ip4(c)),
        mon=" ".join(("Clinical", "Monitor")),
        me=P(
            "EMAIL",
            f"cra.{c.pick('team', 'desk')}{c.ri(2, 9)}@{c.pick('veritrial', 'ampliCRO', 'northbay-cro')}.com",
        ),
    )
    d.put("subject_id,initials,mrn,kit_no,dispensed,qty,returned,dispensed_by\n")
    drug = c.pick("zanubrutinib 80 mg capsules", "osimertinib 80 mg tablets", "study drug 25 mg tablets")
    for _ in range(c.ri(3, 5)):
        f, la = k.en_name(c)
        dt = k.plus(dd, -c.ri(1, 200))
        d.add(
            "{sid},{ini},{mrn},{kit},{dt},{q},{r},{ph}\n",
            sid=P("OTHER_ID", f"114-{c.digits(3)}"),
            ini=P("NAME_PATIENT", f"{f[0]}-{c.ch('ABDEJKLMT')}-{la[0]}"),
            mrn=P("MRN", k.mrn_en(c)),
            kit=P("OTHER_ID", f"K{c.digits(6)}"),
            dt=P("DATE", k.den(c, dt, c.pick("us", "iso"))),
            q=str(c.ri(28, 120)),
            r=str(c.ri(0, 12)),
            ph=P("NAME_CLINICIAN", c.ch(pharm)[1].upper()),
        )
    f, la = k.en_name(c)
    d.add(
        "\nNote to file: subject {sid} ({pt}) returned bottle with ⟦do|{n} capsules⟧ unused after ⟦fi|grade 3 neutropenia⟧ (⟦lab|ANC 0.8 x10^9/L⟧); drug held per protocol. ",
        sid=P("OTHER_ID", f"114-{c.digits(3)}"),
        pt=P("NAME_PATIENT", _nm(c, f, la)),
        n=str(c.ri(4, 40)),
    )
    d.add(
        "Product: ⟦dr|{drug}⟧; dose reduced to ⟦do|{red}⟧. ⟦lab|Creatinine clearance {cc} mL/min⟧ (⟦ep|Cockcroft-Gault⟧).\n",
        drug=drug.split(" ")[0],
        red=c.pick("160 mg daily", "40 mg daily", "one tablet daily"),
        cc=str(c.ri(38, 110)),
    )
    d.add(
        "Temperature excursion: none. Reviewed {rv}, {ph2}, PharmD, phone {pp}.\n",
        rv=P("DATE", k.den(c, k.plus(dd, 1), "long")),
        ph2=P("NAME_CLINICIAN", f"{pharm[1][0]} {pharm[1][1]}"),
        pp=P("PHONE", k.phone_us(c, ext=True)),
    )
    return d


def outbreak_interview(c: Ctx) -> Doc:
    d = Doc()
    sex = c.pick("F", "M")
    f, la = k.en_name(c, sex)
    on = k.rday(c)
    street, city, st, zp = k.en_addr(c)
    emp = c.ch(k.EN_EMPLOYERS)
    inv = k.en_clin(c)
    bug = c.ch(
        (
            ("Salmonella Enteritidis", "stool culture"),
            ("Shiga toxin-producing E. coli O157:H7", "stool PCR"),
            ("Campylobacter jejuni", "stool culture"),
        )
    )
    d.add(
        "COUNTY HEALTH DEPARTMENT - ENTERIC OUTBREAK CASE INTERVIEW (phone, transcribed)\nCase no. {cn}   Outbreak code OB-{yy}-07   Interviewer: {iv}\nDate of interview: {di}\n\n",
        cn=P("OTHER_ID", f"{on.year}-{c.digits(5)}"),
        yy=str(on.year % 100),
        iv=P("NAME_CLINICIAN", f"{inv[0]} {inv[1]}"),
        di=P("DATE", k.den(c, k.plus(on, c.ri(5, 12)), "us")),
    )
    d.add(
        "Q: Can you confirm your name and date of birth?\nA: {fl}, {dob}.\nQ: And your address?\nA: {street}, {city}, {st} {zp}.\n",
        fl=P("NAME_PATIENT", _nm(c, f, la, c.pick("full", "low"))),
        dob=P("DATE", k.den(c, k.rday(c, 1950, 2004), c.pick("long", "us"))),
        street=P("ADDRESS_STREET", street),
        city=P("CITY", city),
        st=P("PROVINCE_STATE", st),
        zp=P("POSTCODE", zp),
    )
    d.add(
        "Q: When did the diarrhea start?\nA: Um, the {o1}, a Saturday. Bloody by Sunday. I went to {uc} on the {o2}.\n",
        o1=P("DATE", k.den(c, on, "ord")),
        uc=P(
            "HOSPITAL",
            c.ch(("Copperline Urgent Care", "Cedar Bend Community Hospital", "Wabash County Hospital")),
        ),
        o2=P("DATE", k.den(c, k.plus(on, 2), "ord")),
    )
    d.add(
        "Lab: ⟦lab|{lab} positive for {bug}⟧ (accession {acc}); ⟦lab|WBC {w} K/uL⟧, ⟦lab|creatinine {cr} mg/dL⟧.\n",
        lab=bug[1],
        bug=bug[0],
        acc=P("ACCESSION", f"{c.letters(2)}{c.digits(8)}"),
        w=c.fl(6, 17),
        cr=c.fl(0.6, 2.2),
    )
    d.add(
        "Q: Where do you work?\nA: Line lead at {emp}. I ate at the cafeteria there Thursday - chicken salad.\n",
        emp=P("WORKPLACE", emp),
    )
    if c.chance(0.6):
        d.add(
            "Q: Any travel?\nA: Cancun, back on {tb}. Passport number if you need it is {pp}.\n",
            tb=P("DATE", k.den(c, k.plus(on, -c.ri(2, 6)), "dmy")),
            pp=P("PASSPORT", k.passport_any(c)),
        )
    else:
        d.add("Q: Any travel?\nA: No.\n")
    kid = k.en_first(c)
    d.add(
        "Q: Anyone else sick at home?\nA: My {rk} {kid} had cramps but no fever.\nQ: Best number and e-mail for follow-up?\nA: {ph}, or {em}.\n",
        rk=c.pick("son", "daughter", "husband", "roommate"),
        kid=P("NAME_RELATIVE", kid),
        ph=P("PHONE", k.phone_us(c)),
        em=P("EMAIL", k.email(c, f, la)),
    )
    d.add(
        "\nInterviewer notes: food-history link sent ({url}). Treated with ⟦dr|ciprofloxacin⟧ ⟦do|500 mg BID⟧ x 3 days"
        + (
            " - flagged, antibiotics not advised for STEC; watch for ⟦fi|hemolytic uremic syndrome⟧."
            if "coli" in bug[0]
            else "; monitor for ⟦ep|Guillain-Barre syndrome⟧ symptoms."
        )
        + " Excluded from food handling until 2 negative stools.\n",
        url=P(
            "URL", f"https://survey.{c.pick('cohealthforms', 'epiquest', 'redcap-county')}.org/s/{c.token(8)}"
        ),
    )
    return d


def mri_safety(c: Ctx) -> Doc:
    d = Doc()
    sex = c.pick("F", "M")
    f, la = k.en_name(c, sex)
    dd = k.rday(c)
    tech = k.en_clin(c)
    d.add(
        "MRI SAFETY SCREENING FORM - {h} Imaging\nExam: ⟦pr|MRI lumbar spine without contrast⟧   Accession {acc}   Scheduled {dd}\nName: {pt}   DOB {dob}   MRN {mrn}   Weight ⟦me|{w} kg⟧\n\n",
        h=P("HOSPITAL", c.ch(k.EN_HOSP[:8])),
        acc=P("ACCESSION", c.ch((c.digits(9), f"MR{c.digits(8)}", f"{dd.year}{c.digits(6)}"))),
        dd=P("DATE", k.den(c, dd, "us")),
        pt=P("NAME_PATIENT", _nm(c, f, la, c.pick("LF", "lf", "full"))),
        dob=P("DATE", k.den(c, k.rday(c, 1940, 2000), "us")),
        mrn=P("MRN", k.mrn_en(c)),
        w=str(c.ri(48, 140)),
    )
    d.put("Question                                   Y/N  Details\n")
    d.put("Cardiac pacemaker or ICD                   N\n")
    dev = c.ch(
        (
            ("Spinal cord stimulator", "MR-conditional, full-body eligible; IPG serial"),
            ("Cochlear implant", "magnet in place; implant serial"),
            ("Deep brain stimulator", "⟦fi|Parkinson disease⟧; IPG serial"),
            ("Programmable VP shunt valve", "re-check setting after scan; valve serial"),
        )
    )
    d.add(
        "{dv:42} Y    {detail} {sn}\n",
        dv=dev[0],
        detail=dev[1],
        sn=P(
            "DEVICE",
            c.ch(
                (f"{c.letters(3)}{c.digits(6)}{c.letters(1)}", f"{c.letters(2)}{c.digits(7)}", c.digits(10))
            ),
        ),
    )
    if c.chance(0.5):
        d.add(
            "Insulin pump / CGM                         Y    remove before scan; pump serial {sn}\n",
            sn=P("DEVICE", f"{c.letters(2)}{c.digits(7)}{c.letters(1)}"),
        )
    d.add(
        "Metal in eyes / shrapnel                   N\nSpinal rods                                Y    ⟦ep|Harrington rod⟧ ⟦an|T4-L1⟧ (1988)\nPregnant                                   N\n"
    )
    d.add(
        "Kidney disease                             N    ⟦lab|eGFR {egfr} mL/min/1.73m2⟧ on {eg}\n\n",
        egfr=str(c.ri(45, 110)),
        eg=P("DATE", k.den(c, k.plus(dd, -c.ri(3, 60)), "us2")),
    )
    d.add(
        "Implant card verified by {t} ({tf}), RT(R)(MR); Level 2 MR personnel {t2}. Questions answered by patient's {rk} {rel} ({rp}) due to ⟦fi|aphasia⟧.\n",
        t=P("NAME_CLINICIAN", f"{tech[0]} {tech[1]}"),
        tf=P("NAME_CLINICIAN", tech[0].lower()),
        t2=P("NAME_CLINICIAN", f"{k.en_first(c)[0]}. {c.ch(k.EN_CLIN_LAST)}"),
        rk=c.pick("wife", "son", "daughter", "husband"),
        rel=P("NAME_RELATIVE", f"{k.en_first(c)} {la}"),
        rp=P("PHONE", k.phone_us(c)),
    )
    d.add(
        "Manufacturer confirmation faxed from {fx}. Ordering: {oc}, MD, {oh}. Sedation: ⟦dr|lorazepam⟧ ⟦do|1 mg PO⟧ 30 min prior.\n",
        fx=P("FAX", k.phone_us(c)),
        oc=P("NAME_CLINICIAN", c.ch(k.EN_CLIN_LAST)),
        oh=P("HOSPITAL", c.ch(k.EN_HOSP[:8])),
    )
    return d


def legal_blood_draw(c: Ctx) -> Doc:
    d = Doc()
    sex = c.pick("F", "M")
    f, la = k.en_name(c, sex)
    dd = k.rday(c)
    street, city, st, zp = k.en_addr(c)
    rn = k.en_clin(c)
    d.add(
        "LAW ENFORCEMENT REQUEST FOR BLOOD SPECIMEN (legal draw) - Emergency Department, {h}\nDate {dd}  Time 01:{mm}\nAgency case / report no. {case}\n",
        h=P("HOSPITAL", c.ch(k.EN_HOSP[:6])),
        dd=P("DATE", k.den(c, dd, c.pick("us", "mil"))),
        mm=f"{c.ri(0, 59):02d}",
        case=P("OTHER_ID", f"{dd.year % 100}-{c.digits(6)}"),
    )
    d.add(
        "Subject: {pt}   DOB {dob}   SSN {ssn}\nDriver licence {dl} ({dls})   Address {street}, {city}, {st} {zp}\nVehicle: {pl}  VIN {vin}\n",
        pt=P("NAME_PATIENT", _nm(c, f, la, c.pick("LF", "full"))),
        dob=P("DATE", k.den(c, k.rday(c, 1960, 2004), "us")),
        ssn=P("SSN", k.ssn(c)),
        dl=P(
            "LICENSE",
            c.ch(
                (
                    f"{c.letters(1)}{c.digits(3)}-{c.digits(3)}-{c.digits(3)}-{c.digits(3)}",
                    c.digits(9),
                    f"{c.letters(1)}{c.digits(7)}",
                )
            ),
        ),
        dls=st,
        street=P("ADDRESS_STREET", street),
        city=P("CITY", city),
        st=P("PROVINCE_STATE", st),
        zp=P("POSTCODE", zp),
        pl=P("VEHICLE", k.plate_us(c)),
        vin=P("VEHICLE", k.vin(c)),
    )
    d.add(
        "Requesting officer: badge 4471, phone {op}. Warrant / consent: "
        + c.pick("search warrant presented", "implied consent, subject consented")
        + ".\n\n",
        op=P("PHONE", k.phone_us(c)),
    )
    d.add(
        "ED MRN {mrn}   FIN {fin}\nClinical: single-vehicle collision; ⟦fi|scalp laceration⟧ ⟦me|3 cm⟧ over ⟦an|left parietal scalp⟧, ⟦ep|Glasgow Coma Scale⟧ 14. ⟦lab|Serum ethanol {et} mg/dL⟧ (hospital lab, separate from legal kit).\n",
        mrn=P("MRN", k.mrn_en(c)),
        fin=P("ACCOUNT", c.digits(10)),
        et=str(c.ri(80, 320)),
    )
    d.add(
        "Venipuncture ⟦an|right antecubital vein⟧, povidone-free skin prep, 2 gray-top tubes, kit seal {seal}.\n",
        seal=P("ACCESSION", f"{c.letters(2)}{c.digits(7)}"),
    )
    d.add(
        "Chain of custody: drawn by {rn1}, RN; witnessed by officer; sealed 01:{m2}; released to officer 01:{m3}.\n",
        rn1=P("NAME_CLINICIAN", f"{rn[0]} {rn[1]}"),
        m2=f"{c.ri(10, 40):02d}",
        m3=f"{c.ri(41, 59):02d}",
    )
    d.add(
        "Patient called {rel} ({rk}) from the ED phone at {rp} to arrange a ride. "
        + ("Mr. " if sex == "M" else "Ms. ")
        + "{fl} declined ⟦pr|CT head⟧; capacity documented by Dr. {doc}.\n",
        rel=P("NAME_RELATIVE", f"{k.en_first(c)} {c.ch(k.EN_LAST)}"),
        rk=c.pick("girlfriend", "father", "sister", "friend"),
        rp=P("PHONE", k.phone_us(c)),
        fl=P("NAME_PATIENT", la),
        doc=P("NAME_CLINICIAN", c.ch(k.EN_CLIN_LAST)),
    )
    return d


TEMPLATES = [
    ("en15_irf_team_conference", irf_conference),
    ("en15_trial_drug_accountability", trial_log),
    ("en15_outbreak_case_interview", outbreak_interview),
    ("en15_mri_safety_screening", mri_safety),
    ("en15_legal_blood_draw", legal_blood_draw),
]
