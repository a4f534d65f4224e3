# Longer than 450 lines: six whole English document templates, each a literal layout with its own fields.
"""v26 English templates, part 1 (six of twelve; TEMPLATES lists all twelve)."""

# ruff: noqa: E501  (document lines are kept as they would be printed)

from __future__ import annotations

import _v26_kit as k
from _core import Doc
from _v26_kit import P

V26_EN_WORDLIKE = k.WORDLIKE


def _clin(c, style=None):
    f, s, _ = k.en_person(c)
    style = style or c.ch(("full", "full", "init", "sur", "lower", "first"))
    return {"full": f"{f} {s}", "init": f"{f[0]}. {s}", "sur": s, "lower": f.lower(), "first": f}[style]


# --------------------------------------------------------------------------- UK (Scotland): lithium monitoring record


def en26_lithium_record(c):
    d = Doc()
    town, dist, std = c.ch(k.SCOT)
    first, sur, sex = k.en_person(c)
    on = k.rdate(c, 2022, 2025)
    age = c.ri(24, 79)
    dob = k.dob_for(c, age, on)
    hosp = c.ch(
        (
            f"{town} Community Hospital",
            "Midvale Royal Infirmary",
            f"{town} and District Hospital",
            "Lochside Hospital",
        )
    )
    d.add(
        "LITHIUM THERAPY MONITORING RECORD\nLithium Clinic, {h} - tel {t}\n\n",
        h=P("HOSPITAL", hosp),
        t=P("PHONE", k.ph_uk(c, std)),
    )
    d.add(
        "Name: {n}    CHI: {chi}    Hosp no: {mrn}\n",
        n=P("NAME_PATIENT", c.pick(f"{sur.upper()}, {first}", f"{first} {sur}")),
        chi=P("OTHER_ID", k.chi(c, dob, sex)),
        mrn=P("MRN", f"{c.letters(1)}{c.digits(6)}"),
    )
    d.add(
        "DOB: {dob}    Address: {st}, {tw} {pc}\n",
        dob=P("DATE", k.d_dmy(dob)),
        st=P("ADDRESS_STREET", k.street(c, "uk")),
        tw=P("CITY", town),
        pc=P("POSTCODE", k.pc_uk(c, dist)),
    )
    d.add("Mobile: {m}", m=P("PHONE", k.ph_uk(c, mobile=True)))
    if c.chance(0.5):
        d.add("    E-mail: {e}", e=P("EMAIL", k.email(c, first, sur)))
    d.add("\n")
    if c.chance(0.6):
        d.add(
            "Employer: {w} (shift work - discussed sleep)\n",
            w=P(
                "WORKPLACE",
                c.ch(
                    (
                        "Stornoway Fish Processors Ltd",
                        "Glenmorangie Cooperage",
                        "Solway Precast Concrete",
                        "Borders Knitwear Mill",
                        "Arbroath Smokies Co-op",
                        "Caithness Wind Services",
                    )
                ),
            ),
        )
    gp = _clin(c, "full")
    d.add(
        "GP: Dr {g}, {pr}  fax {fx}\n",
        g=P("NAME_CLINICIAN", gp),
        pr=P(
            "HOSPITAL",
            c.ch(
                (
                    f"{town} Health Centre",
                    f"{c.ch(k.STREET_WORDS)} Street Surgery",
                    f"{town} Medical Practice",
                )
            ),
        ),
        fx=P("FAX", k.ph_uk(c, std)),
    )
    cons = _clin(c, "full")
    d.add("Consultant: Dr {cn} (GMC {gmc})\n\n", cn=P("NAME_CLINICIAN", cons), gmc=P("LICENSE", c.digits(7)))
    dose = c.ch(("400 mg nocte", "600 mg nocte", "800 mg nocte", "200 mg bd"))
    d.add(
        "Indication: ⟦fi|bipolar affective disorder⟧. Preparation: ⟦dr|lithium carbonate⟧ MR (Priadel) ⟦do|{dose}⟧. Target level 0.4-0.8 mmol/L, 12 h post dose.\n",
        dose=dose,
    )
    d.add(
        "Other meds: ⟦dr|quetiapine⟧ ⟦do|100 mg⟧ nocte; avoid ⟦dr|ibuprofen⟧ and ⟦dr|bendroflumethiazide⟧ (interaction card given).\n\n"
    )
    d.add("date       | Li mmol/L | eGFR | TSH  | adj Ca | sample no   | reviewed\n")
    dd = on
    for _ in range(c.ri(3, 5)):
        dd = k.plus(dd, -c.ri(60, 110))
    for i in range(c.ri(3, 5)):
        dd = k.plus(dd, c.ri(60, 100))
        li = c.fl(0.35, 1.05, 2)
        d.add(
            "{dt} | ⟦lab|Li {li}⟧ | ⟦lab|eGFR {eg}⟧ | ⟦lab|TSH {tsh}⟧ | {ca} | {acc} | {rv}\n",
            dt=P("DATE", k.d_dmy(dd, ".") if i % 2 else k.d_dmy(dd)),
            li=li,
            eg=c.ri(52, 96),
            tsh=c.fl(0.8, 5.9),
            ca=c.fl(2.2, 2.6, 2),
            acc=P("ACCESSION", f"{c.letters(2)}{c.digits(7)}"),
            rv=P("NAME_CLINICIAN", c.pick(c.letters(2, "ABCDEFGHJKLMNPRSTW"), _clin(c, "lower"))),
        )
    d.add(
        "\nReview {dt}: ⟦fi|fine tremor⟧ of both hands, no ⟦fi|ataxia⟧, ⟦me|BMI {bmi}⟧, ⟦me|BP {bp}⟧. ",
        dt=P("DATE", k.d_long(on)),
        bmi=c.fl(22, 34),
        bp=f"{c.ri(110, 150)}/{c.ri(68, 92)}",
    )
    if sex == "F" and age < 45:
        d.add(
            "Pregnancy planning discussed: risk of ⟦ep|Ebstein's anomaly⟧, refer to perinatal team before conception. "
        )
    d.add(
        "⟦pr|ECG⟧ QTc normal. ⟦an|Thyroid⟧ not enlarged.\nPlan: continue; next level in 3 months. Signed {s}, lithium clinic nurse.\n",
        s=P("NAME_CLINICIAN", _clin(c, c.ch(("full", "first", "init")))),
    )
    return d


# --------------------------------------------------------------------------- US: cystic fibrosis sweat chloride report


def en26_sweat_chloride(c):
    d = Doc()
    town, st, state, z, area = c.ch(k.US)
    sex = c.ch("FM")
    kid, sur = k.kid_first(c, sex), k.en_sur(c)
    on = k.rdate(c, 2021, 2025)
    dob = k.dob_for(c, c.ri(0, 6), on) if c.chance(0.6) else k.plus(on, -c.ri(20, 300))
    hosp = c.ch(
        (
            f"{town} Children's Hospital",
            f"Regional Medical Center of {town}",
            "St. Brendan Pediatric Pavilion",
            "Mercy Valley Children's Clinic",
        )
    )
    d.add(
        "{h} - Cystic Fibrosis Care Center Laboratory\nSWEAT CHLORIDE TEST REPORT (pilocarpine iontophoresis, Macroduct)\nLab phone {lp}   Lab fax {lf}\n\n",
        h=P("HOSPITAL", hosp),
        lp=P("PHONE", k.ph_us(c, area)),
        lf=P("FAX", k.ph_us(c, area)),
    )
    d.add(
        "PATIENT: {n}   MRN: {mrn}   DOB: {dob}   Sex: {sx}\n",
        n=P("NAME_PATIENT", f"{sur.upper()}, {kid.upper()}"),
        mrn=P("MRN", c.digits(8)),
        dob=P("DATE", k.d_us(dob)),
        sx=sex,
    )
    d.add(
        "Visit #: {v}   Specimen accession: {acc}\n",
        v=P("ACCOUNT", f"V{c.digits(9)}"),
        acc=P("ACCESSION", f"SW{c.digits(2)}-{c.digits(5)}"),
    )
    pf, _, psex = k.en_person(c)
    d.add(
        "Parent/guardian: {p} ({rel})  phone {ph}\nHome: {stt}, {tw}, {s} {zz}\n",
        p=P("NAME_RELATIVE", f"{pf} {sur}"),
        rel="mother" if psex == "F" else "father",
        ph=P("PHONE", k.ph_us(c, area)),
        stt=P("ADDRESS_STREET", k.street(c, "us")),
        tw=P("CITY", town),
        s=P("PROVINCE_STATE", c.pick(st, state)),
        zz=P("POSTCODE", k.zip_us(c, z)),
    )
    d.add(
        "Insurance: Medicaid ID {ins}",
        ins=P("INSURANCE", c.pick(f"{c.letters(2)}{c.digits(8)}", c.digits(11))),
    )
    if c.chance(0.7):
        d.add("   Guarantor SSN: {s}", s=P("SSN", k.ssn(c)))
    d.add(
        "\nReason: ⟦lab|immunoreactive trypsinogen {irt} ng/mL⟧ on newborn screen; ⟦fi|meconium ileus⟧ {mi}.\n\n",
        irt=c.ri(70, 190),
        mi=c.pick("excluded", "at birth"),
    )
    left, right = c.ri(18, 110), c.ri(18, 110)
    d.add("Collected {dt}   Stimulation 5 min; collection 30 min\n", dt=P("DATE", k.d_us_long(on)))
    d.add(
        "  Left ⟦an|forearm⟧:  weight {w1} mg   ⟦lab|sweat chloride {l} mmol/L⟧\n  Right ⟦an|forearm⟧: weight {w2} mg   ⟦lab|sweat chloride {r} mmol/L⟧\n",
        w1=c.ri(16, 60),
        w2=c.ri(16, 60),
        l=left,
        r=right,
    )
    mx = max(left, right)
    interp = (
        "⟦fi|consistent with cystic fibrosis⟧"
        if mx >= 60
        else ("intermediate, ⟦fi|CFTR-related metabolic syndrome⟧ possible" if mx >= 30 else "CF unlikely")
    )
    d.add("Interpretation: " + interp + ". ")
    if mx >= 30:
        d.add(
            "Recommend ⟦pr|CFTR gene sequencing⟧ and repeat test; ⟦lab|fecal elastase {fe} ug/g⟧ pending. Consider ⟦dr|ivacaftor⟧ eligibility later.\n",
            fe=c.ri(15, 480),
        )
    else:
        d.add("No further testing unless symptoms; ⟦me|weight-for-length z-score {z}⟧.\n", z=c.fl(-1.5, 1.2))
    d.add(
        "Performed by {t}, CLS; reviewed by {m}, MD (NPI {npi}).\n",
        t=P("NAME_CLINICIAN", _clin(c, c.ch(("full", "lower", "init")))),
        m=P("NAME_CLINICIAN", _clin(c, "full")),
        npi=P("LICENSE", k.npi(c)),
    )
    if c.chance(0.6):
        d.add(
            "Results in the family portal: {u}\n",
            u=P("URL", f"https://mychart.{k.ascii_fold(town).replace(' ', '')}kids.org/r/{c.token(10)}"),
        )
    return d


# --------------------------------------------------------------------------- US: state athletic commission pre-fight medical


def en26_ringside_prefight(c):
    d = Doc()
    town, st, state, z, area = c.ch(k.US)
    first, sur, _ = k.en_person(c, "M" if c.chance(0.7) else "F")
    nick = c.ch(k.NICK)
    on = k.rdate(c, 2021, 2025)
    age = c.ri(19, 38)
    dob = k.dob_for(c, age, on)
    d.add(
        "{s} STATE ATHLETIC COMMISSION\nPRE-BOUT PHYSICAL EXAMINATION - {sport}\nEvent date: {dt}   Venue: {v}\n\n",
        s=state.upper(),
        sport=c.ch(("PROFESSIONAL BOXING", "MIXED MARTIAL ARTS", "KICKBOXING")),
        dt=P("DATE", k.d_us(on)),
        v=f"{c.ch(('Civic Arena', 'Expo Hall', 'Event Center'))}",
    )
    d.add(
        'Contestant: {f} "{n}" {s}   Fed ID: {fid}   Commission license #: {lic}\n',
        f=P("NAME_PATIENT", first),
        n=P("NAME_PATIENT", nick),
        s=P("NAME_PATIENT", sur),
        fid=P("OTHER_ID", f"{st}-{c.digits(5)}"),
        lic=P("LICENSE", f"{st}{c.digits(6)}"),
    )
    d.add(
        "DOB: {dob}  SSN: {ssn}  Cell: {ph}\nAddress: {stt}, {tw}, {s} {zz}\n",
        dob=P("DATE", k.d_us(dob)),
        ssn=P("SSN", k.ssn(c)),
        ph=P("PHONE", k.ph_us(c, area)),
        stt=P("ADDRESS_STREET", k.street(c, "us")),
        tw=P("CITY", town),
        s=P("PROVINCE_STATE", st),
        zz=P("POSTCODE", k.zip_us(c, z)),
    )
    if c.chance(0.3):
        d.add(
            "Foreign contestant passport: {pp}\n",
            pp=P("PASSPORT", k.passport(c, c.ch(("za", "uk", "au", "ca")))),
        )
    if c.chance(0.5):
        d.add(
            "Day job: {w}\n",
            w=P(
                "WORKPLACE",
                c.ch(
                    (
                        "Tri-County Roofing",
                        "Big Sky Rail Yard",
                        "Hilo Harbor Stevedores",
                        "Valdosta Poultry Plant",
                        "Keystone Steel Fabricators",
                        "Prairie Grain Elevator Co.",
                    )
                ),
            ),
        )
    d.add("Camp: {g}\n\n", g=c.ch(("Iron Temple BJJ", "Southside Boxing Club", "Warriors Den")))
    wt = c.fl(56, 110)
    d.add(
        "Weigh-in: ⟦me|{wt} kg⟧   ⟦me|BP {bp} mmHg⟧   ⟦me|HR {hr}⟧   ⟦me|SpO2 {sp}%⟧\n",
        wt=wt,
        bp=f"{c.ri(108, 142)}/{c.ri(62, 88)}",
        hr=c.ri(52, 96),
        sp=c.ri(96, 100),
    )
    d.add(
        "Pupils equal and reactive; ⟦pr|fundoscopic exam⟧ normal; ⟦ep|Romberg test⟧ negative; no ⟦fi|nystagmus⟧.\n"
    )
    d.add(
        "Labs on file: ⟦lab|HIV-1/2 Ag/Ab nonreactive⟧, ⟦lab|HBsAg negative⟧, ⟦lab|HCV antibody negative⟧ (drawn {ld}).\n",
        ld=P("DATE", k.d_us(k.plus(on, -c.ri(20, 150)))),
    )
    if c.chance(0.5):
        d.add(
            "Brain ⟦pr|MRI⟧ on file: no ⟦fi|cavum septum pellucidum⟧; prior ⟦fi|orbital fracture⟧ healed.\n"
        )
    d.add(
        "Medications declared: ⟦dr|{dr}⟧ ⟦do|{do}⟧.\n",
        dr=c.ch(("naproxen", "cetirizine", "sertraline", "omeprazole")),
        do=c.ch(("220 mg prn", "10 mg daily", "50 mg daily", "20 mg daily")),
    )
    d.add(
        "Cleared to compete. Ringside physician: {p}, DO, license {l}; NPI {npi}. Inspector: {i}.\n",
        p=P("NAME_CLINICIAN", _clin(c, "full")),
        l=P("LICENSE", f"{c.letters(2)}{c.digits(5)}"),
        npi=P("LICENSE", k.npi(c)),
        i=P("NAME_CLINICIAN", _clin(c, c.ch(("init", "lower", "first")))),
    )
    if c.chance(0.7):
        d.add("Submitted electronically from {ip}\n", ip=P("IP", k.ip(c)))
    return d


IE_COUNTY = {
    "Naas": "Kildare",
    "Kilkenny": "Kilkenny",
    "Carlow": "Carlow",
    "Wexford": "Wexford",
    "Athlone": "Westmeath",
    "Tullamore": "Offaly",
    "Cavan": "Cavan",
    "Ballina": "Mayo",
    "Listowel": "Kerry",
    "Thurles": "Tipperary",
    "Nenagh": "Tipperary",
    "Bantry": "Cork",
}


# --------------------------------------------------------------------------- Ireland: racecourse medical officer's fall report


def en26_jockey_fall(c):
    d = Doc()
    course, key, area = c.ch(k.IE)
    home, hkey, harea = c.ch(k.IE)
    first, sur, _ = k.en_person(c)
    on = k.rdate(c, 2020, 2025)
    dob = k.dob_for(c, c.ri(17, 44), on)
    d.add(
        "RACECOURSE MEDICAL OFFICER - FALL / INJURY REPORT\nMeeting: {co} Races, {dt}   Race {r}   Fence/position: {f}\n\n",
        co=course,
        dt=P("DATE", k.d_long(on)),
        r=c.ri(1, 8),
        f=c.ch(("2nd last", "flight 3", "on the flat, 2f out", "open ditch")),
    )
    d.add(
        "Rider: {n}   Licence no: {lic}   Category: {cat}\nDOB: {dob}   PPSN: {pps}\n",
        n=P("NAME_PATIENT", c.pick(f"{first} {sur}", f"{sur.upper()} {first}", f"{first[0]}. {sur}")),
        lic=P("LICENSE", f"J{c.digits(5)}"),
        cat=c.ch(("Professional jockey", "Amateur rider", "Conditional jockey", "Apprentice")),
        dob=P("DATE", k.d_dmy(dob)),
        pps=P("OTHER_ID", f"{c.digits(7)}{c.ch('ABCDEFGHJKLMNPQRSTVW')}"),
    )
    d.add(
        "Home: {st}, {tw}, Co. {cty}, {ec}   Mobile {m}\n",
        st=P("ADDRESS_STREET", k.street(c, "ie")),
        tw=P("CITY", home),
        cty=IE_COUNTY[home],
        ec=P("POSTCODE", k.eircode(c, hkey)),
        m=P("PHONE", k.ph_ie(c, mobile=True)),
    )
    d.add(
        "Retained by / employer: {w}\n",
        w=P(
            "WORKPLACE",
            c.ch(
                (
                    "Ballydoyle Stables",
                    "Knockmore Racing Yard",
                    "Glenview Stud",
                    "Rathbarry Training Centre",
                    "Curragh Ridge Stables",
                )
            ),
        ),
    )
    kin = k.en_first(c)
    d.add(
        "Next of kin: {nk} ({rel}) {ph}\n\n",
        nk=P("NAME_RELATIVE", c.pick(kin, f"{kin} {sur}")),
        rel=c.ch(("partner", "mother", "father", "sister")),
        ph=P("PHONE", k.ph_ie(c, mobile=True)),
    )
    d.add(
        "Mechanism: horse fell, rider ⟦fi|kicked on ground⟧; helmet intact. ⟦me|GCS {g}/15⟧ at scene, ⟦fi|loss of consciousness⟧ {loc}.\n",
        g=c.ri(13, 15),
        loc=c.ch(("denied", "approx 30 s", "witnessed, brief")),
    )
    d.add(
        "Findings: tender ⟦an|left clavicle⟧, ⟦fi|{f}⟧; ⟦me|BP {bp}⟧, ⟦me|pulse {p}⟧; ⟦pr|SCAT6 assessment⟧ symptom score {s}.\n",
        f=c.ch(("step deformity", "abrasion over right shoulder", "haematoma left thigh")),
        bp=f"{c.ri(100, 140)}/{c.ri(60, 90)}",
        p=c.ri(60, 110),
        s=c.ri(0, 30),
    )
    d.add(
        "Given ⟦dr|methoxyflurane⟧ ⟦do|3 mL⟧ inhaled and ⟦dr|paracetamol⟧ ⟦do|1 g⟧. Stood down for ⟦fi|concussion⟧: {days} days minimum.\n",
        days=c.ch(("6", "12", "21")),
    )
    dest = c.ch(
        (
            f"{course} Regional Hospital",
            "University Hospital Waterford",
            "St. Fiachra's Hospital",
            f"{course} General Hospital",
        )
    )
    d.add(
        "Transferred by ambulance to {h} ED; hospital no {mrn}",
        h=P("HOSPITAL", dest),
        mrn=P("MRN", c.digits(7)),
    )
    if c.chance(0.5):
        d.add("; CT accession {a}", a=P("ACCESSION", f"RAD{c.digits(8)}"))
    d.add(
        ".\nGP informed: Dr {g}, {pr} (fax {fx}).\n",
        g=P("NAME_CLINICIAN", _clin(c, "sur")),
        pr=P("HOSPITAL", f"{home} Family Practice"),
        fx=P("FAX", k.ph_ie(c, harea)),
    )
    d.add(
        "Medical officer: {mo}, MRCS  IMC reg {imc}   Paramedic: {pm}\n",
        mo=P("NAME_CLINICIAN", _clin(c, "full")),
        imc=P("LICENSE", c.digits(6)),
        pm=P("NAME_CLINICIAN", _clin(c, c.ch(("first", "lower", "init")))),
    )
    return d


# --------------------------------------------------------------------------- Australia (Victoria): report to the Mental Health Tribunal


def en26_mh_tribunal(c):
    d = Doc()
    town, stt, pc, area = c.ch(k.AU[:6])
    first, sur, sex = k.en_person(c)
    on = k.rdate(c, 2021, 2025)
    old = c.chance(0.3)
    age = c.ri(90, 97) if old else c.ri(19, 78)
    dob = k.dob_for(c, age, on)
    d.add(
        "MENTAL HEALTH TRIBUNAL - TREATING TEAM REPORT\nHearing: {dt}, by video ({u})\nMatter no: {mn}\n\n",
        dt=P("DATE", k.d_dmy(on)),
        u=P("URL", f"https://vc.mht.vic.gov.au/join/{c.digits(9)}?pin={c.digits(4)}"),
        mn=P("OTHER_ID", f"MHT/{on.year}/{c.digits(5)}"),
    )
    d.add(
        "Patient: {n}   UR: {ur}   DOB: {dob}   Age: ",
        n=P("NAME_PATIENT", c.pick(f"{first} {sur}", f"{sur.upper()}, {first}")),
        ur=P("MRN", c.digits(7)),
        dob=P("DATE", k.d_dmy(dob)),
    )
    d.add("{a}\n", a=P("AGE_OVER_89", str(age)) if old else str(age))
    d.add(
        "Address: {s}, {tw} {st} {pc}   Medicare: {mc}\n",
        s=P("ADDRESS_STREET", k.street(c, "au")),
        tw=P("CITY", town),
        st=P("PROVINCE_STATE", stt),
        pc=P("POSTCODE", pc),
        mc=P("INSURANCE", k.medicare_au(c)),
    )
    d.add(
        "Designated service: {h}, Adult Acute Unit; ph {ph}, fax {fx}\n",
        h=P(
            "HOSPITAL",
            c.ch(
                (
                    f"{town} Health",
                    f"{town} Base Hospital",
                    "Grampians Psychiatric Services",
                    "Loddon Mallee Mental Health",
                )
            ),
        ),
        ph=P("PHONE", k.ph_au(c, area)),
        fx=P("FAX", k.ph_au(c, area)),
    )
    nsp = k.en_person(c)
    d.add(
        "Nominated support person: {ns} ({rel}), {m}\n\n",
        ns=P("NAME_RELATIVE", f"{nsp[0]} {nsp[1]}"),
        rel=c.ch(("sister", "son", "partner", "friend", "daughter")),
        m=P("PHONE", k.ph_au(c, mobile=True)),
    )
    dx = c.ch(
        (
            "schizoaffective disorder",
            "treatment-resistant schizophrenia",
            "bipolar I disorder, current episode manic",
            "severe depressive episode with psychotic features",
        )
    )
    d.add("Order sought: Treatment Order (community). Diagnosis: ⟦fi|{dx}⟧.\n", dx=dx)
    d.add(
        "History: admitted {a} after ⟦fi|command hallucinations⟧; second admission this year. ",
        a=P("DATE", k.d_dmy(k.plus(on, -c.ri(10, 40)), ".")),
    )
    if old:
        d.add(
            "At {a} {p} lives alone; ⟦pr|MoCA⟧ ⟦me|21/30⟧. ",
            a=P("AGE_OVER_89", str(age)),
            p="she" if sex == "F" else "he",
        )
    d.add(
        "Current treatment: ⟦dr|paliperidone palmitate⟧ ⟦do|150 mg IM monthly⟧, ⟦dr|clozapine⟧ titration declined. ⟦lab|Prolactin {pr} mIU/L⟧; ⟦me|weight {w} kg⟧; ⟦me|waist {wc} cm⟧.\n",
        pr=c.ri(300, 1900),
        w=c.ri(55, 120),
        wc=c.ri(80, 120),
    )
    d.add(
        "Less restrictive options considered; {f} does not accept need for treatment (lacks capacity, s.87).\n",
        f=P("NAME_PATIENT", first),
    )
    if c.chance(0.5):
        d.add(
            "Employment: casual at {w}; employer aware of leave.\n",
            w=P(
                "WORKPLACE",
                c.ch(
                    (
                        "Bendigo Pottery Works",
                        "Shepparton Cannery",
                        "Ballarat Wool Scourers",
                        "Latrobe Valley Power Station",
                        "Surf Coast Bakehouse",
                    )
                ),
            ),
        )
    d.add(
        "\nAuthorised psychiatrist: Dr {p} (AHPRA {ah})   Case manager: {cm}, RPN\nContact {e}\n",
        p=P("NAME_CLINICIAN", _clin(c, "full")),
        ah=P("LICENSE", f"MED000{c.digits(7)}"),
        cm=P("NAME_CLINICIAN", _clin(c, c.ch(("full", "first", "lower")))),
        e=P(
            "EMAIL",
            f"{k.ascii_fold(k.en_first(c))}.{k.ascii_fold(k.en_sur(c)).replace('-', '')}@{k.ascii_fold(town)}health.org.au",
        ),
    )
    if c.chance(0.6):
        d.add("Video link issued to patient device at {ip}.\n", ip=P("IP", k.ip(c)))
    return d


# --------------------------------------------------------------------------- South African traveller: medical repatriation assessment


def en26_repatriation(c):
    d = Doc()
    town, prov, pc, area = c.ch(k.ZA)
    first, sur, sex = k.en_person(c)
    on = k.rdate(c, 2021, 2025)
    old = c.chance(0.35)
    age = c.ri(90, 96) if old else c.ri(28, 84)
    dob = k.dob_for(c, age, on)
    d.add(
        "ASSISTANCE CASE - FIT-TO-FLY / REPATRIATION ASSESSMENT\nCase ref: {cr}   Policy: {po}\nOps desk tel {t}  fax {fx}\n\n",
        cr=P("OTHER_ID", f"AC{on.year % 100}-{c.digits(6)}"),
        po=P("INSURANCE", f"TRV{c.digits(8)}"),
        t=P("PHONE", k.ph_za(c, "021")),
        fx=P("FAX", k.ph_za(c, "021")),
    )
    d.add(
        "Insured: {n}  ({sx}, {a} y)\nDOB {dob}   SA ID {zid}   Passport {pp}\n",
        n=P("NAME_PATIENT", c.pick(f"{first} {sur}", f"{sur.upper()} {first.upper()}")),
        sx=sex,
        a=P("AGE_OVER_89", str(age)) if old else str(age),
        dob=P("DATE", k.d_iso(dob)),
        zid=P("OTHER_ID", k.za_id(c, dob, sex)),
        pp=P("PASSPORT", k.passport(c, "za")),
    )
    d.add(
        "Home address: {s}, {tw}, {pv}, {pc}\nMobile (roaming) {m}   e-mail {e}\n",
        s=P("ADDRESS_STREET", k.street(c, "za")),
        tw=P("CITY", town),
        pv=P("PROVINCE_STATE", prov),
        pc=P("POSTCODE", pc),
        m=P("PHONE", k.ph_za(c, mobile=True)),
        e=P("EMAIL", k.email(c, first, sur)),
    )
    if c.chance(0.5):
        d.add(
            "Employer (group scheme): {w}\n",
            w=P(
                "WORKPLACE",
                c.ch(
                    (
                        "Sishen Iron Ore Mine",
                        "Stellenbosch Wine Cellars",
                        "Polokwane Citrus Packers",
                        "Algoa Bay Auto Components",
                        "Free State Grain Co-op",
                    )
                ),
            ),
        )
    comp = k.en_person(c)
    d.add(
        "Travelling companion: {cp} ({rel}), {cph}\n\n",
        cp=P("NAME_RELATIVE", f"{comp[0]} {comp[1]}"),
        rel=c.ch(("spouse", "son", "daughter", "friend")),
        cph=P("PHONE", k.ph_za(c, mobile=True)),
    )
    hosp = c.ch(
        (
            "BIMC Hospital Nusa Dua",
            "Bangkok Pattaya Hospital",
            "Siloam Hospitals Denpasar",
            "Phuket International Hospital",
            "Vinmec Nha Trang",
        )
    )
    d.add(
        "Treating hospital abroad: {h}, MRN {mrn}; admitted {ad}.\n",
        h=P("HOSPITAL", hosp),
        mrn=P("MRN", c.digits(9)),
        ad=P("DATE", k.d_long(k.plus(on, -c.ri(2, 9)))),
    )
    dx = c.ch(
        (
            ("NSTEMI", "primary PCI to the LAD", "ticagrelor", "90 mg bd"),
            ("right neck of femur fracture", "hemiarthroplasty", "enoxaparin", "40 mg SC daily"),
            (
                "community-acquired pneumonia",
                "chest drain insertion",
                "amoxicillin-clavulanate",
                "875/125 mg bd",
            ),
            ("dengue fever with warning signs", "platelet transfusion", "paracetamol", "1 g qid"),
        )
    )
    d.add(
        "Diagnosis: ⟦fi|{f}⟧; ⟦pr|{p}⟧ performed. On ⟦dr|{dr}⟧ ⟦do|{do}⟧.\n",
        f=dx[0],
        p=dx[1],
        dr=dx[2],
        do=dx[3],
    )
    d.add(
        "Latest: ⟦lab|Hb {hb} g/dL⟧, ⟦me|SpO2 {sp}% on room air⟧, ⟦me|RR {rr}⟧. Mobilising with frame.\n",
        hb=c.fl(8.4, 14.2),
        sp=c.ri(91, 99),
        rr=c.ri(12, 24),
    )
    if c.chance(0.6):
        d.add(
            "Implanted device: {dv} serial {sn} - airport security letter issued.\n",
            dv=c.ch(("dual-chamber pacemaker", "insulin pump", "ICD")),
            sn=P("DEVICE", f"{c.letters(3)}{c.digits(6)}{c.letters(1)}"),
        )
    d.add(
        "Plan: stretcher on commercial flight with medical escort ({esc}) via Doha, ⟦me|cabin altitude 8000 ft⟧ acceptable; oxygen 2 L/min on board.\n",
        esc=P("NAME_CLINICIAN", _clin(c, c.ch(("full", "first")))),
    )
    d.add(
        "Receiving: {rh}; bed confirmed by Dr {rd} on {cd}.\n",
        rh=P(
            "HOSPITAL",
            c.ch((f"Mediclinic {town}", f"Netcare {town} Hospital", f"Life {town} Private Hospital")),
        ),
        rd=P("NAME_CLINICIAN", _clin(c, "sur")),
        cd=P("DATE", k.d_dmy(on)),
    )
    d.add(
        "Medical officer: Dr {mo} (HPCSA MP{hp})  ",
        mo=P("NAME_CLINICIAN", _clin(c, "full")),
        hp=P("LICENSE", c.digits(7)),
    )
    if c.chance(0.6):
        d.add(
            "Documents uploaded at {u} from {ip}",
            u=P(
                "URL",
                f"https://claims.{c.ch(('travelsure', 'globalassist', 'medevac-africa'))}.co.za/case/{c.token(12)}",
            ),
            ip=P("IP", k.ip(c)),
        )
    d.add("\n")
    return d


from templates_v26_en2 import TEMPLATES as _EN2  # noqa: E402  (the second half lists its own six)

TEMPLATES = [
    ("en26_lithium_record", en26_lithium_record),
    ("en26_sweat_chloride", en26_sweat_chloride),
    ("en26_ringside_prefight", en26_ringside_prefight),
    ("en26_jockey_fall", en26_jockey_fall),
    ("en26_mh_tribunal", en26_mh_tribunal),
    ("en26_repatriation", en26_repatriation),
    *_EN2,
]
