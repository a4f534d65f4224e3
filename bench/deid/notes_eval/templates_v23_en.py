"""v23 English templates, part 1 (6 types), and the list of all 12 (README.md "v23")."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import datetime as dt

from _v23_kit import CLINICS, EMPLOYERS, HOSPITALS, LABS, NICKNAMES, PHARMACIES, WORDLIKE, Doc, En, P
from _v23_kit import EMS as EMS_AGENCIES

V23_EN_WORDLIKE = WORDLIKE
#: drug-test collection sites (occupational clinics)
COLLECTION_SITES = (
    "Sawmill Road Occupational Health",
    "Pinegap Community Health Center",
    "Truckstop Clinic at Exit 47",
    "Harrowgate Health WorkCare",
)


def en23_mro_verification(c):
    """Medical review officer verification interview record (form with labelled fields)."""
    e, d = En(c), Doc()
    donor, mro, rx_doc = e.person(), e.person(), e.person()
    coll = e.date()
    intv = coll + dt.timedelta(days=c.ri(2, 5))
    drug = c.ch(
        (
            (
                "amphetamine",
                "⟦lab|amphetamine 1,480 ng/mL⟧",
                "⟦dr|dextroamphetamine-amphetamine⟧ ⟦do|20 mg daily⟧",
                "⟦fi|attention-deficit/hyperactivity disorder⟧",
            ),
            (
                "oxycodone",
                "⟦lab|oxycodone 612 ng/mL⟧",
                "⟦dr|oxycodone⟧ ⟦do|5 mg every 6 hours as needed⟧",
                "⟦fi|distal radius fracture⟧",
            ),
            (
                "benzodiazepines",
                "⟦lab|oxazepam 390 ng/mL⟧",
                "⟦dr|temazepam⟧ ⟦do|15 mg at bedtime⟧",
                "⟦fi|insomnia⟧",
            ),
        )
    )
    d.add(
        "MEDICAL REVIEW OFFICER - VERIFICATION INTERVIEW RECORD\n{lab}  |  MRO fax {fax}\n\n",
        lab=P("HOSPITAL", c.ch(LABS)),
        fax=P("FAX", e.phone("dash")),
    )
    d.add(
        "Donor: {n}    Donor ID (SSN): {ssn}\nDOB: {dob}    Phone on CCF: {ph}\n",
        n=P("NAME_PATIENT", e.name_forms(donor, c.ch(("caps", "full")))),
        ssn=P("SSN", e.ssn()),
        dob=P("DATE", e.d(e.dob_for(coll, c.ri(22, 61)))),
        ph=P("PHONE", e.phone()),
    )
    d.add(
        "Employer: {emp}  (DOT-regulated, FMCSA)\nCCF no.: {ccf}    Specimen ID: {spec}\n",
        emp=P("WORKPLACE", c.ch(EMPLOYERS)),
        ccf=P("OTHER_ID", c.digits(7, False)),
        spec=P("ACCESSION", c.letters(1) + c.digits(8)),
    )
    if c.chance(0.6):
        d.add("Photo ID at collection: passport no. {pp}\n", pp=P("PASSPORT", e.passport()))
    else:
        d.add("Photo ID at collection: CDL {cdl}\n", cdl=P("LICENSE", c.letters(1) + c.digits(8, False)))
    d.add(
        "Collected {cd} at {site}; lab result reported {rd}.\n\n",
        cd=P("DATE", e.d(coll)),
        site=P("HOSPITAL", c.ch(COLLECTION_SITES)),
        rd=P("DATE", e.d(coll + dt.timedelta(days=1))),
    )
    d.add(
        "LAB RESULT: positive for "
        + drug[0]
        + " - "
        + drug[1]
        + "; specimen validity ⟦lab|creatinine 88 mg/dL⟧, ⟦lab|specific gravity 1.019⟧.\n\n"
    )
    d.add(
        "INTERVIEW {dt} (telephone). Donor identified by DOB and last four of SSN. Donor states "
        + ("he" if donor.sex == "M" else "she")
        + " takes "
        + drug[2]
        + " prescribed by Dr. {rx} for "
        + drug[3]
        + ". ",
        dt=P("DATE", e.d(intv)),
        rx=P("NAME_CLINICIAN", rx_doc.last),
    )
    d.add(
        "Verified with {ph} (Rx #{rxn}, filled {fd}) by pharmacist {pharm}.\n",
        ph=P("HOSPITAL", c.ch(PHARMACIES)),
        rxn=P("OTHER_ID", c.digits(7)),
        fd=P("DATE", e.d(coll - dt.timedelta(days=c.ri(3, 40)))),
        pharm=P("NAME_CLINICIAN", e.person().full),
    )
    d.add(
        "VERIFIED RESULT: NEGATIVE (legitimate medical explanation). Safety concern letter: "
        + c.ch(("not required.", "sent - sedating medication, see ⟦fi|excessive daytime sleepiness⟧."))
        + "\n\n"
    )
    d.add(
        "MRO: {m}, DO   State licence {lic}   Signed {sd}\n",
        m=P("NAME_CLINICIAN", f"{mro.first} {mro.last}"),
        lic=P("LICENSE", e.state_lic()),
        sd=P("DATE", e.d(intv)),
    )
    return d


def en23_tilt_table(c):
    """Head-up tilt-table test report with an aligned table."""
    e, d = En(c), Doc()
    pt, ref, md = e.person(), e.person(), e.person()
    day = e.date()
    old = c.chance(0.3)
    age = c.ri(90, 101) if old else c.ri(17, 74)
    born = e.dob_for(day, age)
    hosp = c.ch(HOSPITALS)
    d.add("{h} - Autonomic Laboratory\nHEAD-UP TILT TABLE TEST REPORT\n", h=P("HOSPITAL", hosp))
    d.add(
        "Patient ........ {n}\nMRN ............ {mrn}\nDOB ............ {dob}   Age: ",
        n=P("NAME_PATIENT", e.name_forms(pt, c.ch(("caps", "lastfirst")))),
        mrn=P("MRN", e.mrn()),
        dob=P("DATE", e.d(born)),
    )
    d.add("{a}\n" if old else f"{age}\n", a=P("AGE_OVER_89", str(age)))
    d.add(
        "Study no ....... {s}\nStudy date ..... {sd}\nReferred by .... Dr. {r}\n\n",
        s=P("ACCESSION", "TT" + c.digits(6)),
        sd=P("DATE", e.d(day)),
        r=P("NAME_CLINICIAN", ref.full),
    )
    d.add(
        "Indication: recurrent ⟦fi|syncope⟧"
        + c.ch(
            (
                ", suspected ⟦fi|postural orthostatic tachycardia syndrome⟧",
                ", suspected ⟦fi|vasovagal syncope⟧",
                " with ⟦fi|orthostatic hypotension⟧ on ⟦dr|tamsulosin⟧",
            )
        )
        + ".\n"
    )
    d.add(
        "Protocol: ⟦pr|head-up tilt at 70 degrees⟧ for 20 min, then ⟦dr|isoproterenol⟧ ⟦do|1 mcg/min⟧ if negative. ⟦ep|Valsalva maneuver⟧ performed supine.\n\n"
    )
    d.add(
        "Phase        | HR (bpm) | BP (mmHg) | Symptoms\nSupine       | 68       | 124/76    | none\nTilt 5 min   | 94       | 118/74    | lightheaded\n"
    )
    d.add(
        "Tilt 12 min  | 41       | 72/40     | ⟦fi|presyncope⟧, pallor\nRecovery     | 76       | 116/70    | resolved\n\n"
    )
    d.add(
        "Impression: positive test, ⟦fi|mixed vasovagal response⟧ with ⟦fi|asystole⟧ of ⟦me|4.2 seconds⟧. Advise ⟦dr|fludrocortisone⟧ ⟦do|0.1 mg daily⟧, salt and fluids.\n"
    )
    if c.chance(0.6):
        d.add(
            "An ⟦pr|implantable loop recorder⟧ already in place (serial {sn}) was interrogated; no arrhythmia before the event.\n",
            sn=P("DEVICE", e.serial()),
        )
    d.add(
        "\nInterpreting physician: {m}, MD (NPI {npi})\nFinal {f}  uploaded from workstation {ip}\n",
        m=P("NAME_CLINICIAN", e.name_forms(md, "full")),
        npi=P("LICENSE", e.npi()),
        f=P("DATE", e.d(day + dt.timedelta(days=1))),
        ip=P("IP", e.ip()),
    )
    return d


def en23_pgx_report(c):
    """Pharmacogenomic panel report."""
    e, d = En(c), Doc()
    pt, md, dr = e.person(), e.person(), e.person()
    lab = c.ch(LABS)
    rec = e.date()
    d.add(
        "{lab}\nPHARMACOGENOMIC PANEL - FINAL REPORT\nPhone {ph}   Fax {fx}\n\n",
        lab=P("HOSPITAL", lab),
        ph=P("PHONE", e.phone()),
        fx=P("FAX", e.phone("dash")),
    )
    d.add(
        "Patient: {n}   DOB: {dob}   Sex: {s}\nMRN: {mrn}   Accession: {acc}\nMember ID: {mem}\n",
        n=P("NAME_PATIENT", e.name_forms(pt)),
        dob=P("DATE", e.d(e.dob_for(rec, c.ri(25, 80)))),
        s=pt.sex,
        mrn=P("MRN", e.mrn()),
        acc=P("ACCESSION", "PGX-" + c.digits(7)),
        mem=P("INSURANCE", e.member()),
    )
    d.add(
        "Ordering: {o}, MD  NPI {npi}   Received {r}   Reported {rp}\nSpecimen: buccal swab\n\n",
        o=P("NAME_CLINICIAN", md.full),
        npi=P("LICENSE", e.npi()),
        r=P("DATE", e.d(rec)),
        rp=P("DATE", e.d(rec + dt.timedelta(days=c.ri(6, 12)))),
    )
    d.add(
        "GENE      GENOTYPE   PHENOTYPE\n⟦lab|CYP2C19 *2/*2⟧   ⟦fi|poor metabolizer⟧\n⟦lab|CYP2D6 *1/*4⟧   ⟦fi|intermediate metabolizer⟧\n⟦lab|SLCO1B1 521TC⟧   decreased function\n\n"
    )
    d.add(
        c.ch(
            (
                "Implications: avoid ⟦dr|clopidogrel⟧ ⟦do|75 mg daily⟧ after ⟦pr|percutaneous coronary intervention⟧; consider ⟦dr|ticagrelor⟧ ⟦do|90 mg twice daily⟧.",
                "Implications: ⟦dr|citalopram⟧ exposure increased; start at ⟦do|10 mg daily⟧. ⟦dr|codeine⟧ may give reduced analgesia.",
                "Implications: ⟦dr|simvastatin⟧ ⟦do|40 mg⟧ raises ⟦fi|myopathy⟧ risk; prefer ⟦dr|rosuvastatin⟧ ⟦do|10 mg⟧.",
            )
        )
        + "\n"
    )
    d.add("Reviewed by {dr}, PhD, FACMG.\n", dr=P("NAME_CLINICIAN", e.name_forms(dr, c.ch(("full", "init")))))
    d.add(
        "View the interactive report: {url}\n",
        url=P(
            "URL", f"https://results.{c.ch(('helixcrest', 'quillonlab', 'northgatetox'))}.com/r/{c.token(10)}"
        ),
    )
    if c.chance(0.5):
        d.add(
            "Portal access log: viewed {v} from {ip}\n",
            v=P("DATE", e.d(rec + dt.timedelta(days=c.ri(13, 30)))),
            ip=P("IP", e.ip()),
        )
    return d


def en23_hand_therapy(c):
    """Hand therapy splint fabrication / progress note (workers' comp)."""
    e, d = En(c), Doc()
    pt, surg, ther = e.person(), e.person(), e.person()
    inj = e.date()
    visit = inj + dt.timedelta(days=c.ri(10, 60))
    d.add(
        "{cl}\nHAND THERAPY - ORTHOSIS FABRICATION & PROGRESS\n",
        cl=P("HOSPITAL", c.ch(CLINICS[1:2] + HOSPITALS[:3])),
    )
    d.add(
        "Pt: {n}  DOB {dob}  Visit # {acct}  Date of service {dos}\n",
        n=P("NAME_PATIENT", e.name_forms(pt)),
        dob=P("DATE", e.d(e.dob_for(visit, c.ri(20, 64)))),
        acct=P("ACCOUNT", c.digits(9)),
        dos=P("DATE", e.d(visit)),
    )
    d.add(
        "Employer: {emp}   WC claim {cl}   DOI {doi}\n",
        emp=P("WORKPLACE", c.ch(EMPLOYERS)),
        cl=P("OTHER_ID", c.letters(2) + c.digits(8)),
        doi=P("DATE", e.d(inj)),
    )
    if c.chance(0.5):
        d.add("SSN on claim form: {s}\n", s=P("SSN", e.ssn()))
    d.add(
        "Referring surgeon: Dr. {s}   Callback {ph}\n\n",
        s=P("NAME_CLINICIAN", surg.last),
        ph=P("PHONE", e.phone()),
    )
    dx = c.ch(
        (
            "s/p ⟦pr|flexor tendon repair⟧ ⟦an|zone II⟧ right ⟦an|long finger⟧",
            "⟦fi|de Quervain tenosynovitis⟧ left wrist, ⟦ep|Finkelstein test⟧ positive",
            "⟦ep|Dupuytren contracture⟧ s/p ⟦pr|needle aponeurotomy⟧ ring finger",
        )
    )
    d.add(
        "S: "
        + c.ch(("pt reports", "patient says"))
        + ' pain 4/10, worse with gripping at work. "I just want to get back on the line."\n'
    )
    d.add(
        "O: Dx "
        + dx
        + ". ⟦me|Grip strength 18 kg⟧ R vs ⟦me|34 kg⟧ L (Jamar, position II). ⟦me|PIP flexion 0-70 degrees⟧. Edema ⟦me|figure-of-eight 51.5 cm⟧.\n"
    )
    d.add(
        "Fabricated custom ⟦pr|thermoplastic forearm-based thumb spica orthosis⟧; wear schedule reviewed. ⟦dr|ibuprofen⟧ ⟦do|600 mg⟧ with food per MD.\n"
    )
    d.add(
        "A: progressing; light duty note faxed to {fx}.\nP: 2x/week x 4 weeks. \n\n",
        fx=P("FAX", e.phone("dash")),
    )
    d.add("{t}, OTR/L, CHT   ({u})\n", t=P("NAME_CLINICIAN", ther.full), u=P("NAME_CLINICIAN", e.user(ther)))
    return d


def en23_trauma_flowsheet(c):
    """Trauma activation flowsheet in ALL CAPS sections."""
    e, d = En(c), Doc()
    pt, wife, medic, attending = e.person(), e.person(), e.person(), e.person()
    day = e.date()
    old = c.chance(0.35)
    age = c.ri(90, 99) if old else c.ri(18, 80)
    town, st, z = e.town()
    d.add(
        "{h}  TRAUMA ACTIVATION FLOWSHEET  LEVEL {lv}\nDATE: {dt}   FIN: {fin}   MRN: {mrn}\n",
        h=P("HOSPITAL", c.ch(HOSPITALS)),
        lv=c.ch(("1", "2")),
        dt=P("DATE", e.d(day, c.ch(("us", "dmy")))),
        fin=P("ACCOUNT", c.digits(10)),
        mrn=P("MRN", e.mrn()),
    )
    d.add("PATIENT: {n}   AGE: ", n=P("NAME_PATIENT", e.name_forms(pt, "caps")))
    d.add("{a}\n" if old else f"{age}\n", a=P("AGE_OVER_89", str(age)))
    d.add(
        "ADDRESS: {s}, {t}, {st} {z}\n",
        s=P("ADDRESS_STREET", e.street().upper()),
        t=P("CITY", town.upper()),
        st=P("PROVINCE_STATE", st),
        z=P("POSTCODE", e.zip(z)),
    )
    if c.chance(0.5):
        d.add("SSN: {s}\n", s=P("SSN", e.ssn()))
    d.add(
        "\nPREHOSPITAL\nAGENCY: {a}   MEDIC: {m}\n",
        a=P("HOSPITAL", c.ch(EMS_AGENCIES)),
        m=P("NAME_CLINICIAN", e.name_forms(medic, "caps")),
    )
    mech = c.ch(("MVC, RESTRAINED DRIVER, T-BONED", "GROUND-LEVEL FALL AT HOME", "MOTORCYCLE VS GUARDRAIL"))
    d.add("MECHANISM: " + mech + ". PT VEHICLE PLATE {pl}", pl=P("VEHICLE", e.plate()))
    if c.chance(0.6):
        d.add(", VIN {v}", v=P("VEHICLE", e.vin()))
    d.add(
        ". POLICE CASE {pc}.\nWALLET: DL {dl}",
        pc=P("OTHER_ID", f"{day.year % 100}-{c.digits(6)}"),
        dl=P("LICENSE", c.letters(1) + c.digits(c.ri(7, 9), False)),
    )
    if c.chance(0.5):
        d.add("; PASSPORT {pp}", pp=P("PASSPORT", e.passport()))
    d.add(
        "\n\nPRIMARY SURVEY\nA: PATENT  B: ⟦fi|DECREASED BREATH SOUNDS LEFT⟧  C: ⟦me|HR 118⟧ ⟦me|BP 94/58⟧\nD: ⟦ep|GLASGOW COMA SCALE⟧ ⟦me|14⟧  E: ⟦fi|SEATBELT SIGN⟧\n"
    )
    d.add("⟦pr|EFAST⟧: ⟦fi|LEFT PNEUMOTHORAX⟧, NO FREE FLUID. ⟦pr|LEFT CHEST TUBE⟧ ⟦me|28 FR⟧.\n")
    d.add(
        "MEDS: ⟦dr|TRANEXAMIC ACID⟧ ⟦do|1 G IV⟧, ⟦dr|FENTANYL⟧ ⟦do|50 MCG IV⟧. LABS: ⟦lab|HGB 10.9⟧, ⟦lab|LACTATE 3.1⟧.\n"
    )
    if old and c.chance(0.6):
        d.add("PACEMAKER CARD IN WALLET: GENERATOR SN {sn}. ON ⟦dr|APIXABAN⟧.\n", sn=P("DEVICE", e.serial()))
    d.add(
        "\nFAMILY: "
        + ("HUSBAND" if wife.sex == "M" else "WIFE")
        + " {w} AT BEDSIDE, CELL {ph}\nTRAUMA ATTENDING: DR {a}\n",
        w=P("NAME_RELATIVE", wife.first.upper()),
        ph=P("PHONE", e.phone()),
        a=P("NAME_CLINICIAN", attending.last.upper()),
    )
    return d


def en23_naloxone_log(c):
    """Naloxone kit distribution log exported as CSV rows."""
    e, d = En(c), Doc()
    staff = e.person()
    day = e.date()
    d.add(
        "# {cl} - OEND naloxone distribution export\n# exported {ex} by {u} from {ip}\n",
        cl=P("HOSPITAL", "Halyard Street Harm Reduction Center"),
        ex=P("DATE", e.d(day, "iso")),
        u=P("NAME_CLINICIAN", e.user(staff)),
        ip=P("IP", e.ip()),
    )
    d.add("participant_id,name,dob,zip,town,phone,kits,trained_by,notes\n")
    for _ in range(c.ri(3, 5)):
        p = e.person()
        town, _st, z = e.town()
        nick = c.chance(0.4)
        d.add("{pid},", pid=P("OTHER_ID", "HR-" + c.digits(5)))
        if nick:
            d.add(
                '"{f} ""{nk}"" {l}",',
                f=P("NAME_PATIENT", p.first),
                nk=P("NAME_PATIENT", c.ch(NICKNAMES)),
                l=P("NAME_PATIENT", p.last),
            )
        else:
            d.add("{n},", n=P("NAME_PATIENT", e.name_forms(p, c.ch(("lower", "full"))).replace(",", "")))
        d.add(
            "{dob},{z},{t},{ph},{k},{tb},",
            dob=P("DATE", e.d(e.dob_for(day, c.ri(19, 66)), "us")),
            z=P("POSTCODE", z),
            t=P("CITY", town),
            ph=P("PHONE", e.phone("dash")),
            k=str(c.ri(1, 3)),
            tb=P("NAME_CLINICIAN", c.ch((staff.first, e.user(staff)))),
        )
        d.add(
            c.ch(
                (
                    '"⟦dr|naloxone⟧ ⟦do|4 mg nasal spray⟧ x2; witnessed ⟦fi|opioid overdose⟧ last month"',
                    '"uses ⟦dr|fentanyl⟧ smoked; ⟦fi|fentanyl test strips⟧ given"',
                    '"on ⟦dr|buprenorphine-naloxone⟧ ⟦do|8-2 mg⟧ daily"',
                )
            )
        )
        if c.chance(0.35):
            d.add(' "email {em}"', em=P("EMAIL", e.email(p)))
        d.add("\n")
    if c.chance(0.5):
        d.add(
            "# follow-up survey for this batch: {u}\n",
            u=P("URL", f"https://forms.halyardhrc.org/s/{c.token(8)}"),
        )
    return d


def _all():
    from templates_v23_en2 import TEMPLATES as T2

    return [
        ("en23_mro_verification", en23_mro_verification),
        ("en23_tilt_table", en23_tilt_table),
        ("en23_pgx_report", en23_pgx_report),
        ("en23_hand_therapy", en23_hand_therapy),
        ("en23_trauma_flowsheet", en23_trauma_flowsheet),
        ("en23_naloxone_log", en23_naloxone_log),
        *T2,
    ]


TEMPLATES = _all()
