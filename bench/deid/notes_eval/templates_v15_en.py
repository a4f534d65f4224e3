"""v15 English templates, part 1 of 3 (templates_v15_en2.py and templates_v15_en3.py hold the rest): four document types
none of v1-v14 used. Written blind: the writer never read the de-identifier nor earlier templates."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import _v15_kit as k
from _v15_kit import Ctx, Doc, P
from templates_v15_en2 import TEMPLATES as PART2
from templates_v15_en3 import TEMPLATES as PART3

V15_WORDLIKE = k.WORDLIKE


def nm(c: Ctx, first: str, last: str, style: str | None = None) -> str:
    style = style or c.ch(("full", "full", "lf", "LF", "init", "low"))
    return {
        "full": f"{first} {last}",
        "lf": f"{last}, {first}",
        "LF": f"{last.upper()}, {first.upper()}",
        "init": f"{first[0]}. {last}",
        "low": f"{first.lower()} {last.lower()}",
    }[style]


def cart_flowsheet(c: Ctx) -> Doc:
    d = Doc()
    f, la = k.en_name(c)
    d0 = k.rday(c)
    att = k.en_clin(c)
    rel = (k.en_first(c), la if c.chance(0.6) else c.ch(k.EN_LAST))
    street, city, st, zp = k.en_addr(c)
    nurses = [k.en_first(c).lower() for _ in range(3)]
    d.add(
        "CELLULAR THERAPY TOXICITY MONITORING FLOWSHEET - {hosp}\nPatient: {pt}    MRN {mrn}    FIN {fin}\n",
        hosp=P("HOSPITAL", c.ch(k.EN_HOSP[:6])),
        pt=P("NAME_PATIENT", nm(c, f, la, c.pick("lf", "LF"))),
        mrn=P("MRN", k.mrn_en(c)),
        fin=P("ACCOUNT", c.digits(10)),
    )
    d.add(
        "Product: ⟦dr|{prod}⟧   Chain of identity: {coi}   Day 0 (infusion): {d0}\n",
        prod=c.pick("axicabtagene ciloleucel", "tisagenlecleucel", "lisocabtagene maraleucel"),
        coi=P("OTHER_ID", f"COI-{c.letters(3)}-{c.digits(6)}"),
        d0=P("DATE", k.den(c, d0)),
    )
    d.add(
        "Indication: ⟦fi|{dx}⟧; bridging ⟦dr|polatuzumab⟧ stopped {bd}.\n\n",
        dx=c.pick(
            "relapsed diffuse large B-cell lymphoma", "refractory follicular lymphoma", "mantle cell lymphoma"
        ),
        bd=P("DATE", k.den(c, k.plus(d0, -c.ri(10, 20)), "short")),
    )
    d.put(
        "Day | Date  | Tmax   | BP          | SpO2 | ICE  | CRS | ICANS | action                      | RN\n"
    )
    for day in range(c.ri(4, 6)):
        t = c.fl(37.0, 39.8)
        act = c.ch(
            (
                "none",
                "⟦dr|acetaminophen⟧ ⟦do|650 mg PO⟧",
                "⟦dr|tocilizumab⟧ ⟦do|8 mg/kg IV⟧",
                "⟦dr|dexamethasone⟧ ⟦do|10 mg IV q6h⟧",
                "⟦dr|levetiracetam⟧ ⟦do|500 mg BID⟧ (prophylaxis)",
            )
        )
        d.add(
            "+{day}   | {dt} | ⟦me|{t} C⟧ | ⟦me|{bp} mmHg⟧ | {sp}%  | {ice}/10 | G{crs}  | G{ic}    | "
            + act
            + " | {rn}\n",
            day=str(day),
            dt=P("DATE", k.den(c, k.plus(d0, day), "short")),
            t=t,
            bp=f"{c.ri(84, 138)}/{c.ri(44, 82)}",
            sp=str(c.ri(90, 99)),
            ice=str(c.ri(6, 10)),
            crs=str(c.ri(0, 2)),
            ic=str(c.ri(0, 1)),
            rn=P("NAME_CLINICIAN", c.ch(nurses)),
        )
    d.add(
        "\nLabs {ld}: ⟦lab|ferritin {fer} ng/mL⟧, ⟦lab|CRP {crp} mg/dL⟧, ⟦lab|fibrinogen {fib} mg/dL⟧. ",
        ld=P("DATE", k.den(c, k.plus(d0, 2))),
        fer=str(c.ri(800, 9800)),
        crp=c.fl(2, 24),
        fib=str(c.ri(120, 420)),
    )
    d.add(
        "Handwriting test and ⟦me|ICE score 9/10⟧ at 06:00; no ⟦fi|dysgraphia⟧. Fundi not examined. Reflexes symmetric, ⟦ep|Babinski sign⟧ absent.\n"
    )
    d.add(
        "Escalation: paged Dr. {a} (x{x}) at 02:40 for fever > 39 C; cell {ph}.\n",
        a=P("NAME_CLINICIAN", att[1]),
        x=str(c.ri(2000, 7999)),
        ph=P("PHONE", k.phone_us(c)),
    )
    d.add(
        "REMS caregiver (must stay within 2 h of center for 4 weeks): {rel} ({rk}), {rph}. Lodging: {street}, {city}, {st} {zp}.\n",
        rel=P("NAME_RELATIVE", f"{rel[0]} {rel[1]}"),
        rk=c.pick("spouse", "sister", "son", "partner"),
        rph=P("PHONE", k.phone_us(c)),
        street=P("ADDRESS_STREET", street),
        city=P("CITY", city),
        st=P("PROVINCE_STATE", st),
        zp=P("POSTCODE", zp),
    )
    d.add(
        "Attending: {a2}, MD. Pt asks to be called {nick} ; {pf} agrees with plan.\n",
        a2=P("NAME_CLINICIAN", f"{att[0]} {att[1]}"),
        nick=P("NAME_PATIENT", f),
        pf=P("NAME_PATIENT", f"{f[0]}{la[0]}"),
    )
    return d


def prior_auth(c: Ctx) -> Doc:
    d = Doc()
    f, la = k.en_name(c)
    dob = k.rday(c, 1950, 1998)
    rq = k.rday(c, 2022)
    pres = k.en_clin(c)
    drug, dx, dose = c.ch(
        (
            ("adalimumab", "Crohn's disease", "40 mg SC every other week"),
            ("dupilumab", "moderate-to-severe atopic dermatitis", "300 mg SC every 2 weeks"),
            ("ustekinumab", "plaque psoriasis", "45 mg SC every 12 weeks"),
            ("semaglutide", "type 2 diabetes mellitus", "1 mg SC weekly"),
        )
    )
    d.add(
        "*** ELECTRONIC PRIOR AUTHORIZATION REQUEST - SPECIALTY DRUG ***\nSubmitted: {rq} 14:{mm}  via portal {url}\nSubmitting IP: {ip}\n\n",
        rq=P("DATE", k.den(c, rq, "iso")),
        mm=f"{c.ri(0, 59):02d}",
        url=P("URL", f"https://epa.{c.pick('coverscript', 'rxgateway', 'payerlink')}.com/case/{c.token(10)}"),
        ip=P("IP", k.ip4(c, False)),
    )
    d.add(
        "SECTION A - MEMBER\nName ........ {pt}\nDOB ......... {dob}\nMember ID ... {mid}\nGroup ....... {grp}\nRxBIN 610014  PCN MEDDPRIME (plan identifiers)\nPhone ....... {ph}\n\n",
        pt=P("NAME_PATIENT", nm(c, f, la, c.pick("LF", "full", "lf"))),
        dob=P("DATE", k.den(c, dob, "us")),
        mid=P("INSURANCE", c.ch((f"W{c.digits(9)}", f"{c.letters(3)}{c.digits(9)}", f"ZGP{c.digits(8)}01"))),
        grp=P("INSURANCE", c.ch((c.digits(6), f"GRP-{c.digits(5)}", f"{c.digits(4)}-{c.alnum(3)}"))),
        ph=P("PHONE", k.phone_us(c)),
    )
    d.add(
        "SECTION B - PRESCRIBER\n{pn}, MD   NPI {npi}   DEA {dea}\nPractice fax {fx}   phone {pp}\nClinic: {clin}\n\n",
        pn=P("NAME_CLINICIAN", f"{pres[0]} {pres[1]}"),
        npi=P("LICENSE", k.npi(c)),
        dea=P("LICENSE", k.dea(c, pres[1])),
        fx=P("FAX", k.phone_us(c)),
        pp=P("PHONE", k.phone_us(c, ext=c.chance(0.5))),
        clin=P("HOSPITAL", c.ch(k.EN_HOSP[:6])),
    )
    d.add(
        "SECTION C - MEDICATION\nDrug: ⟦dr|{drug}⟧   Sig: ⟦do|{dose}⟧   Qty 2   Rx# {rx}\nDiagnosis: ⟦fi|{dx}⟧\n",
        drug=drug,
        dose=dose,
        dx=dx,
        rx=P("OTHER_ID", c.digits(7)),
    )
    d.add(
        "Prior therapies: ⟦dr|methotrexate⟧ ⟦do|15 mg weekly⟧ x 14 weeks (stopped {s1}, ⟦fi|transaminitis⟧), ⟦dr|prednisone⟧ taper.\n",
        s1=P("DATE", k.den(c, k.plus(rq, -c.ri(40, 300)), c.pick("dmy", "long", "us2"))),
    )
    d.add(
        "Labs: ⟦lab|QuantiFERON-TB Gold Plus negative⟧ ({q}), ⟦lab|hepatitis B surface antigen nonreactive⟧, ⟦lab|ALT {alt} U/L⟧. ⟦me|BMI {bmi} kg/m2⟧.\n",
        q=P("DATE", k.den(c, k.plus(rq, -c.ri(5, 60)), "us")),
        alt=str(c.ri(14, 60)),
        bmi=c.fl(19, 41),
    )
    d.add(
        "Attestation: {pn2} reviewed the ⟦pr|colonoscopy⟧ of {cd} (⟦fi|ulcers in the terminal ileum⟧).\n\n",
        pn2=P("NAME_CLINICIAN", f"{pres[0][0]}. {pres[1]}"),
        cd=P("DATE", k.den(c, k.plus(rq, -c.ri(20, 200)), "ord")),
    )
    d.add(
        "PAYER RESPONSE {rd}: PENDED - need chart notes. Case {case}. Reviewer: {rv}, PharmD. Reply by fax to {fx2}.\n",
        rd=P("DATE", k.den(c, k.plus(rq, 1), "mil")),
        case=P("OTHER_ID", f"PA-{c.digits(4)}-{c.digits(6)}"),
        rv=P("NAME_CLINICIAN", " ".join(k.en_clin(c))),
        fx2=P("FAX", k.phone_us(c)),
    )
    return d


def flight_transport(c: Ctx) -> Doc:
    d = Doc()
    sex = c.pick("F", "M")
    f, la = k.en_name(c, sex)
    dd = k.rday(c)
    crew = [k.en_clin(c) for _ in range(3)]
    send, recv = c.sample(k.EN_HOSP[:8], 2)
    d.add(
        "CRITICAL CARE AIR TRANSPORT RECORD   Mission {mis}   Date {dd}\nSending: {s} (fax {sf})    Receiving: {r}\n",
        mis=P("OTHER_ID", f"{c.letters(2)}{c.digits(2)}-{c.digits(5)}"),
        dd=P("DATE", k.den(c, dd, c.pick("us", "mil", "iso"))),
        s=P("HOSPITAL", send),
        sf=P("FAX", k.phone_us(c)),
        r=P("HOSPITAL", recv),
    )
    d.add(
        "Patient: {pt}  {age} y/o {sx}  Sending MRN {mrn}  Receiving FIN {fin}\n",
        pt=P("NAME_PATIENT", nm(c, f, la, "LF")),
        age=str(c.ri(19, 84)),
        sx=sex,
        mrn=P("MRN", k.mrn_en(c)),
        fin=P("ACCOUNT", f"{c.digits(3)}{c.digits(7)}"),
    )
    tourist = c.chance(0.7)
    if tourist:
        d.add(
            "Foreign visitor - passport {pp} checked at bedside; travel insurer auth {auth}, member {mem}.\n",
            pp=P("PASSPORT", k.passport_any(c)),
            auth=P("OTHER_ID", f"AUTH{c.digits(8)}"),
            mem=P("INSURANCE", f"{c.letters(2)}{c.digits(8)}"),
        )
    else:
        d.add(
            "Member ID {mem}; passport {pp} (to be flown home after stabilisation).\n",
            mem=P("INSURANCE", f"{c.letters(3)}{c.digits(9)}"),
            pp=P("PASSPORT", k.passport_any(c)),
        )
    dx = c.ch(
        (
            ("ST-elevation myocardial infarction", "primary PCI"),
            ("traumatic subdural hematoma", "craniotomy"),
            ("ruptured abdominal aortic aneurysm", "endovascular repair"),
        )
    )
    d.add(
        "Reason: ⟦fi|{dx}⟧ for ⟦pr|{pr}⟧ not available at sending facility.\n\nTIMELINE\n", dx=dx[0], pr=dx[1]
    )
    for tm, ev in (
        ("0612", "Request received from {who}, RN"),
        ("0631", "Lift-off"),
        ("0658", "At bedside; report from Dr. {doc}"),
        ("0729", "Depart with patient"),
        ("0804", "Arrived receiving helipad"),
    ):
        d.add(
            tm + "  " + ev + "\n",
            who=P("NAME_CLINICIAN", f"{crew[2][0]} {crew[2][1]}"),
            doc=P("NAME_CLINICIAN", c.ch(k.EN_CLIN_LAST)),
        )
    d.add(
        "\nAssessment at bedside: ⟦ep|Glasgow Coma Scale⟧ {g}, ⟦me|HR {hr}⟧, ⟦me|BP {bp} mmHg⟧, ⟦me|SpO2 {sp}%⟧ on ⟦me|FiO2 0.{fio}⟧. ",
        g=str(c.ri(7, 15)),
        hr=str(c.ri(52, 134)),
        bp=f"{c.ri(78, 170)}/{c.ri(40, 96)}",
        sp=str(c.ri(88, 100)),
        fio=str(c.ri(4, 9)),
    )
    d.add(
        "Pupils equal. ⟦an|Left radial artery⟧ line transduced. ⟦dr|Norepinephrine⟧ ⟦do|0.08 mcg/kg/min⟧, ⟦dr|fentanyl⟧ ⟦do|50 mcg/h⟧, ⟦dr|propofol⟧ ⟦do|20 mcg/kg/min⟧. ⟦lab|Lactate {lac} mmol/L⟧ (i-STAT).\n",
        lac=c.fl(1.1, 6.8),
    )
    d.add(
        "Family: {rel} ({rk}) driving by road, cell {rp}; lives in {city}.\n",
        rel=P("NAME_RELATIVE", f"{k.en_first(c)} {la}"),
        rk=c.pick("husband", "wife", "mother", "brother"),
        rp=P("PHONE", k.phone_us(c)),
        city=P("CITY", c.ch(k.EN_CITIES)[0]),
    )
    d.add(
        "Crew: {c0}, RN, CFRN / {c1}, NRP, FP-C. Pilot not named in the clinical record. Copy to {r2} transfer center {tp}.\n",
        c0=P("NAME_CLINICIAN", nm(c, *crew[0], "full")),
        c1=P("NAME_CLINICIAN", nm(c, *crew[1], "init")),
        r2=P("HOSPITAL", recv),
        tp=P("PHONE", k.phone_us(c)),
    )
    return d


def memory_clinic(c: Ctx) -> Doc:
    d = Doc()
    sex = c.pick("F", "M")
    f, la = k.en_name(c, sex)
    age = c.ri(90, 103)
    vd = k.rday(c, 2022)
    dau = (k.en_first(c, "F"), c.ch(k.EN_LAST))
    street, city, st, zp = k.en_addr(c)
    title = "Mrs." if sex == "F" else "Mr."
    d.add(
        "MEMORY CARE CLINIC - {hosp}\nVisit {vd}    {pt}    MRN {mrn}\n\n",
        hosp=P("HOSPITAL", c.ch(k.EN_HOSP[:8])),
        vd=P("DATE", k.den(c, vd)),
        pt=P("NAME_PATIENT", nm(c, f, la, c.pick("lf", "LF", "full"))),
        mrn=P("MRN", k.mrn_en(c)),
    )
    d.add(
        title
        + " {l} is a {age}-year-old "
        + ("woman" if sex == "F" else "man")
        + " seen with daughter-in-law {dau} for progressive forgetfulness over 2 years.\n",
        l=P("NAME_PATIENT", la),
        age=P("AGE_OVER_89", str(age)),
        dau=P("NAME_RELATIVE", f"{dau[0]} {dau[1]}"),
    )
    d.add(
        'Informant (verbatim): "{dfirst} here - '
        + ("mom" if sex == "F" else "dad")
        + "'s {age2} now, still drives to church on {strt} but got lost coming home on {ld}.\"\n",
        dfirst=P("NAME_RELATIVE", dau[0].lower() if c.chance(0.4) else dau[0]),
        age2=P("AGE_OVER_89", c.pick(str(age), f"{age}")),
        strt=P("ADDRESS_STREET", c.ch(k.EN_STREETS)),
        ld=P("DATE", k.den(c, k.plus(vd, -c.ri(3, 40)), "ord")),
    )
    d.add(
        'Patient (verbatim): "I\'m {fl}, I was born in 19{yy}, that makes me ... {age3}? The girl there keeps my pills."\n',
        fl=P("NAME_PATIENT", f.lower() if c.chance(0.5) else f),
        yy=str(2024 - age - 1)[-2:],
        age3=P("AGE_OVER_89", f"{age}"),
    )
    d.add(
        "\nTesting: ⟦me|MoCA {moca}/30⟧ (education 12 y), ⟦me|clock draw 2/4⟧, ⟦me|Trails B not completed⟧. ⟦lab|B12 {b12} pg/mL⟧, ⟦lab|TSH {tsh} mIU/L⟧. ",
        moca=str(c.ri(11, 22)),
        b12=str(c.ri(210, 900)),
        tsh=c.fl(0.6, 4.8),
    )
    d.add(
        "MRI: ⟦fi|bilateral hippocampal atrophy⟧ and ⟦fi|periventricular white matter hyperintensities⟧.\nImpression: ⟦fi|major neurocognitive disorder⟧, likely ⟦ep|Alzheimer's disease⟧ with vascular contribution; no features of ⟦ep|Lewy body⟧ disease.\n"
    )
    d.add(
        "Plan: start ⟦dr|donepezil⟧ ⟦do|5 mg nightly⟧; stop ⟦dr|diphenhydramine⟧. Driving: advised to stop; DMV medical report filed for licence {dl}; car plate {pl} kept by family.\n",
        dl=P("LICENSE", c.ch((f"{c.letters(1)}{c.digits(8)}", c.digits(9), f"{c.letters(2)}{c.digits(6)}"))),
        pl=P("VEHICLE", k.plate_us(c)),
    )
    d.add(
        "Home: {street}, {city}, {st} {zp}; home safety visit ordered. Daughter-in-law e-mail {em}, phone {ph}.\n",
        street=P("ADDRESS_STREET", street),
        city=P("CITY", city),
        st=P("PROVINCE_STATE", st),
        zp=P("POSTCODE", zp),
        em=P("EMAIL", k.email(c, *dau)),
        ph=P("PHONE", k.phone_us(c)),
    )
    d.add(
        "Return {rv}. - {doc}, MD (geriatrics); social work: {sw}, LCSW.\n",
        rv=P("DATE", k.den(c, k.plus(vd, c.ri(60, 120)), c.pick("us2", "long"))),
        doc=P("NAME_CLINICIAN", " ".join(k.en_clin(c))),
        sw=P("NAME_CLINICIAN", " ".join(k.en_clin(c))),
    )
    return d


TEMPLATES = [
    ("en15_cart_toxicity_flowsheet", cart_flowsheet),
    ("en15_specialty_prior_auth", prior_auth),
    ("en15_air_transport_record", flight_transport),
    ("en15_memory_clinic_visit", memory_clinic),
    *PART2,
    *PART3,
]
