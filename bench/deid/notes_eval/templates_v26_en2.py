# Longer than 450 lines: six whole English document templates, each a literal layout with its own fields.
"""v26 English templates, part 2 (six of twelve; templates_v26_en.TEMPLATES lists all twelve)."""

# ruff: noqa: E501  (document lines are kept as they would be printed)

from __future__ import annotations

import _v26_kit as k
from _core import Doc
from _v26_kit import P


def _clin(c, style=None):
    f, s, _ = k.en_person(c)
    style = style or c.ch(("full", "full", "init", "sur", "lower", "first"))
    return {"full": f"{f} {s}", "init": f"{f[0]}. {s}", "sur": s, "lower": f.lower(), "first": f}[style]


# --------------------------------------------------------------------------- US: summer camp health form


def en26_summer_camp(c):
    d = Doc()
    town, st, state, z, area = c.ch(k.US)
    sex = c.ch("FM")
    kid, sur = k.kid_first(c, sex), k.en_sur(c)
    on = k.rdate(c, 2021, 2025)
    dob = k.dob_for(c, c.ri(7, 15), on)
    d.add(
        "CAMP {cn} - CAMPER HEALTH HISTORY FORM (submitted online)\nSession {s}, arrival {dt}\n\n",
        cn=c.ch(("WHISPERING PINES", "LAKE OKOBOJI Y", "SILVER BIRCH", "BEAR CREEK")),
        s=c.ri(1, 4),
        dt=P("DATE", k.d_us(on)),
    )
    d.add("Camper name: {n}", n=P("NAME_PATIENT", f"{kid} {sur}"))
    if c.chance(0.5):
        d.add("   goes by: {nk}", nk=P("NAME_PATIENT", c.ch(k.NICK)))
    d.add(
        "\nDOB: {dob}   Cabin: {cb}\nHome address: {s}\n              {tw}, {stt} {zz}\n",
        dob=P("DATE", k.d_us(dob)),
        cb=c.ch(("Otter", "Hawk", "Cedar 3", "Lakeview B")),
        s=P("ADDRESS_STREET", k.street(c, "us")),
        tw=P("CITY", town),
        stt=P("PROVINCE_STATE", c.pick(st, state)),
        zz=P("POSTCODE", k.zip_us(c, z)),
    )
    g1 = k.en_first(c)
    d.add(
        "Parent/guardian 1: {g}   cell {ph}   email {e}\n",
        g=P("NAME_RELATIVE", f"{g1} {sur}"),
        ph=P("PHONE", k.ph_us(c, area)),
        e=P("EMAIL", k.email(c, g1, sur)),
    )
    if c.chance(0.6):
        g2, s2, _ = k.en_person(c)
        d.add(
            "Parent/guardian 2: {g}   work {ph}\n",
            g=P("NAME_RELATIVE", f"{g2} {s2}"),
            ph=P("PHONE", k.ph_us(c)),
        )
    d.add(
        "Authorized pick-up vehicle: {pl} ({col} {mk})\n",
        pl=P("VEHICLE", k.plate_us(c)),
        col=c.ch(("silver", "white", "red", "black")),
        mk=c.ch(("minivan", "pickup", "SUV")),
    )
    d.add(
        "Health insurance: {ca}  member ID {mid}  group {gr}\n",
        ca=c.ch(("BlueCross", "Aetna", "Medicaid", "Ambetter")),
        mid=P("INSURANCE", f"{c.letters(3)}{c.digits(9)}"),
        gr=P("INSURANCE", c.digits(6)),
    )
    if c.chance(0.3):
        d.add("Policyholder SSN (for claims): {s}\n", s=P("SSN", k.ssn(c)))
    d.add("\nConditions (check all): ")
    cond = c.ch(("t1d", "asthma", "allergy", "adhd"))
    if cond == "t1d":
        d.add(
            "[x] ⟦fi|type 1 diabetes⟧ - ⟦lab|A1c {a}%⟧; ⟦dr|insulin lispro⟧ via pump, ⟦do|1 unit per 12 g carbs⟧\n",
            a=c.fl(6.4, 9.1),
        )
    elif cond == "asthma":
        d.add(
            "[x] ⟦fi|asthma⟧ - ⟦dr|albuterol⟧ HFA ⟦do|2 puffs q4h prn⟧, ⟦me|peak flow best {pf} L/min⟧\n",
            pf=c.ri(250, 420),
        )
    elif cond == "allergy":
        d.add(
            "[x] ⟦fi|peanut allergy⟧ with prior ⟦fi|anaphylaxis⟧ - ⟦dr|epinephrine auto-injector⟧ ⟦do|0.3 mg⟧ x2 in backpack\n"
        )
    else:
        d.add("[x] ⟦fi|ADHD⟧ - ⟦dr|lisdexamfetamine⟧ ⟦do|30 mg every morning⟧ (nurse holds)\n")
    if cond == "t1d" or c.chance(0.3):
        d.add(
            "Devices: {dv} serial {sn}",
            dv=c.ch(("Omnipod 5 PDM", "Tandem t:slim X2 pump", "Dexcom G7 receiver")),
            sn=P("DEVICE", f"{c.alnum(2)}{c.digits(7)}"),
        )
        if c.chance(0.5):
            d.add("; CGM receiver {sn2}", sn2=P("DEVICE", f"{c.digits(2)}{c.alnum(8)}"))
        d.add("\n")
    d.add(
        "Immunizations up to date incl. ⟦pr|Tdap booster⟧. Last ⟦pr|tetanus⟧ {td}. ⟦me|Height {h} cm⟧ ⟦me|weight {w} kg⟧.\n",
        td=P("DATE", k.d_short(k.rdate(c, 2019, 2023), us=True)),
        h=c.ri(120, 175),
        w=c.ri(24, 70),
    )
    d.add("Allergies to meds: ⟦dr|amoxicillin⟧ (⟦fi|urticaria⟧).\n\n")
    d.add(
        "Examining provider: {p}, {cr}   NPI {npi}\nClinic: {cl}   phone {ph}\n",
        p=P("NAME_CLINICIAN", _clin(c, "full")),
        cr=c.ch(("MD", "PA-C", "FNP")),
        npi=P("LICENSE", k.npi(c)),
        cl=P(
            "HOSPITAL", c.ch((f"{town} Pediatrics", f"Family Health Center of {town}", "Prairie Kids Clinic"))
        ),
        ph=P("PHONE", k.ph_us(c, area)),
    )
    d.add(
        "Camp nurse review: {n} RN, {dt}. Form signed from IP {ip}\nParent portal: {u}\n",
        n=P("NAME_CLINICIAN", _clin(c, c.ch(("lower", "first", "init")))),
        dt=P("DATE", k.d_short(k.plus(on, -c.ri(3, 20)), us=True)),
        ip=P("IP", k.ip(c)),
        u=P("URL", f"https://forms.campdoc.example/{c.token(8)}/camper/{c.digits(7)}"),
    )
    return d


# --------------------------------------------------------------------------- NZ: yellow fever vaccination exemption letter


def en26_yf_exemption(c):
    d = Doc()
    town, pc, area = c.ch(k.NZ)
    first, sur, sex = k.en_person(c)
    on = k.rdate(c, 2022, 2025)
    old = c.chance(0.55)
    age = c.ri(90, 98) if old else c.ri(60, 84)
    dob = k.dob_for(c, age, on)
    clinic = c.ch(
        (
            f"{town} Travel Doctor",
            f"Worldwise Travel Clinic {town}",
            f"{town} Family Health - Travel Medicine",
            "Harbourside Travel Health",
        )
    )
    d.add(
        "{cl}\nLevel 1   Ph {ph}   Fax {fx}\n\n{dt}\n\n",
        cl=P("HOSPITAL", clinic),
        ph=P("PHONE", k.ph_nz(c, area)),
        fx=P("FAX", k.ph_nz(c, area)),
        dt=P("DATE", k.d_long(on)),
    )
    d.add(
        "MEDICAL CONTRAINDICATION TO VACCINATION - YELLOW FEVER\n(International Health Regulations 2005, Annex 6)\n\n"
    )
    d.add(
        "Traveller: {n}\nDate of birth: {dob}   NHI: {nhi}   Passport no.: {pp}\n",
        n=P("NAME_PATIENT", c.pick(f"{first} {sur}", f"{first.upper()} {sur.upper()}")),
        dob=P("DATE", k.d_dmy(dob)),
        nhi=P("OTHER_ID", f"{c.letters(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{c.digits(4, False)}"),
        pp=P("PASSPORT", k.passport(c, "nz")),
    )
    d.add(
        "Address: {s}, {tw} {pc}\n\n",
        s=P("ADDRESS_STREET", k.street(c, "nz")),
        tw=P("CITY", town),
        pc=P("POSTCODE", pc),
    )
    reason = c.ch(("age", "thymus", "immuno"))
    d.add("To whom it may concern,\n\n")
    if old or reason == "age":
        d.add("{s} {n} is ", s=("Ms" if sex == "F" else "Mr"), n=P("NAME_PATIENT", sur))
        d.add("{a} years old", a=P("AGE_OVER_89", str(age)) if old else str(age))
        d.add(
            ". At this age the risk of ⟦fi|yellow fever vaccine-associated viscerotropic disease⟧ outweighs the risk of infection on the planned itinerary.\n"
        )
    if reason == "thymus" or not old:
        d.add(
            "{f} has had a ⟦pr|thymectomy⟧ for ⟦fi|thymoma⟧ and must not receive the live ⟦dr|17D yellow fever vaccine⟧ (⟦dr|Stamaril⟧).\n",
            f=P("NAME_PATIENT", first),
        )
    if reason == "immuno":
        d.add(
            "Current ⟦dr|methotrexate⟧ ⟦do|15 mg weekly⟧ with ⟦dr|prednisone⟧ ⟦do|7.5 mg daily⟧ for ⟦fi|rheumatoid arthritis⟧; ⟦lab|CD4 count {cd} cells/uL⟧.\n",
            cd=c.ri(180, 720),
        )
    d.add(
        "Itinerary: {it}, departing {dep}. Advice given on ⟦pr|mosquito bite avoidance⟧ (DEET 30%), ⟦dr|atovaquone-proguanil⟧ ⟦do|250/100 mg daily⟧.\n",
        it=c.ch(("Ghana and Togo", "Peru (Iquitos)", "Uganda", "Brazil, Pará")),
        dep=P("DATE", k.d_dmy(k.plus(on, c.ri(10, 60)))),
    )
    d.add(
        "Exemption certificate no. {cn} entered in the ICVP.\n",
        cn=P("OTHER_ID", f"YFX-{on.year}-{c.digits(5)}"),
    )
    if c.chance(0.5):
        kin = k.en_person(c)
        d.add(
            "Travelling with {r} ({rel}); emergency contact {m}.\n",
            r=P("NAME_RELATIVE", f"{kin[0]} {kin[1]}"),
            rel=c.ch(("daughter", "husband", "wife", "grandson")),
            m=P("PHONE", k.ph_nz(c, mobile=True)),
        )
    d.add(
        "\nYours faithfully,\n\nDr {p}\nDesignated Yellow Fever Vaccinator, MCNZ {mc}\n",
        p=P("NAME_CLINICIAN", _clin(c, "full")),
        mc=P("LICENSE", c.digits(5)),
    )
    if c.chance(0.5):
        d.add(
            "cc: GP Dr {g}, {pr}  ({e})\n",
            g=P("NAME_CLINICIAN", _clin(c, "sur")),
            pr=P("HOSPITAL", f"{c.ch(('Kōwhai', 'Rātā', 'Tōtara', 'Mānuka'))} Medical Centre"),
            e=P("EMAIL", f"reception@{c.ch(('kowhai', 'rata', 'totara', 'manuka'))}medical.co.nz"),
        )
    return d


# --------------------------------------------------------------------------- cruise ship medical centre daily log (several passengers)


def en26_cruise_infirmary(c):
    d = Doc()
    on = k.rdate(c, 2021, 2025)
    ship = c.ch(("MS Southern Aurora", "MV Coral Meridian", "Ocean Serenade", "MS Northern Tern"))
    doc = _clin(c, "full")
    d.add(
        "{sh} - MEDICAL CENTRE DAILY LOG\nDate: {dt}   Senior Doctor: Dr {doc}   Nurses: {n1}, {n2}\nGI illness surveillance day {g}\n\n",
        sh=ship,
        dt=P("DATE", k.d_mon(on)),
        doc=P("NAME_CLINICIAN", doc),
        n1=P("NAME_CLINICIAN", _clin(c, "first")),
        n2=P("NAME_CLINICIAN", _clin(c, c.ch(("first", "lower")))),
        g=c.ri(1, 9),
    )
    d.add("time  | cabin | name | nationality/passport | age | folio | complaint / treatment\n")
    for _ in range(c.ri(3, 5)):
        first, sur, sex = k.en_person(c)
        old = c.chance(0.4)
        age = c.ri(90, 99) if old else c.ri(18, 86)
        nat, cc = c.ch(
            (("CAN", "ca"), ("AUS", "au"), ("GBR", "uk"), ("USA", "us"), ("NZL", "nz"), ("ZAF", "za"))
        )
        d.add(
            "{h}:{m:02d} | {cab} | {n} | {nat} {pp} | ",
            h=c.ri(7, 22),
            m=c.ri(0, 59),
            cab=f"{c.ri(4, 11)}{c.digits(3)}",
            n=P("NAME_PATIENT", c.pick(f"{sur.upper()}, {first}", f"{first} {sur}", f"{first[0]}. {sur}")),
            nat=nat,
            pp=P("PASSPORT", k.passport(c, cc)),
        )
        d.add(
            "{a} | {fo} | ",
            a=P("AGE_OVER_89", str(age)) if old else str(age),
            fo=P("ACCOUNT", f"F{c.digits(8)}"),
        )
        case = c.ch(("gi", "fall", "chest", "resp", "eye"))
        if case == "gi":
            d.add(
                "⟦fi|acute gastroenteritis⟧, isolated to cabin 48 h; ⟦dr|ondansetron⟧ ⟦do|4 mg ODT⟧; ⟦lab|norovirus PCR positive⟧\n"
            )
        elif case == "fall":
            d.add(
                "fall on pool deck, ⟦fi|laceration⟧ ⟦an|right eyebrow⟧ ⟦me|3 cm⟧, ⟦pr|tissue adhesive closure⟧\n"
            )
        elif case == "chest":
            d.add(
                "chest pain, ⟦pr|12-lead ECG⟧ ⟦fi|ST depression⟧ V4-V6, ⟦lab|troponin I {t} ng/L⟧, ⟦dr|aspirin⟧ ⟦do|300 mg⟧; disembark at next port\n",
                t=c.ri(30, 900),
            )
        elif case == "resp":
            d.add(
                "cough/fever ⟦me|T 38.{t} C⟧, ⟦lab|influenza A antigen positive⟧, ⟦dr|oseltamivir⟧ ⟦do|75 mg bd x5 days⟧\n",
                t=c.ri(0, 9),
            )
        else:
            d.add(
                "⟦fi|corneal abrasion⟧ ⟦an|left eye⟧, ⟦pr|fluorescein staining⟧, ⟦dr|chloramphenicol⟧ eye ointment\n"
            )
        if old and c.chance(0.6):
            kin = k.en_first(c)
            d.add(
                "      accompanied by {r} ({rel}), cabin phone ext only; home contact {ph}\n",
                r=P("NAME_RELATIVE", f"{kin} {sur}"),
                rel=c.ch(("daughter", "son", "wife", "husband")),
                ph=P(
                    "PHONE",
                    {
                        "ca": k.ph_ca,
                        "au": k.ph_au,
                        "uk": k.ph_uk,
                        "us": k.ph_us,
                        "nz": k.ph_nz,
                        "za": k.ph_za,
                    }[cc](c),
                ),
            )
        if c.chance(0.2):
            d.add(
                "      pacemaker ID card sighted: serial {sn}\n",
                sn=P("DEVICE", f"{c.letters(2)}{c.digits(7)}"),
            )
        if c.chance(0.25):
            d.add(
                "      travel insurer notified, policy {po}; shoreside e-mail {e}\n",
                po=P("INSURANCE", f"{c.letters(3)}-{c.digits(7)}"),
                e=P("EMAIL", k.email(c, first, sur)),
            )
    port = c.ch(
        (
            ("Nouméa", "Centre Hospitalier Territorial"),
            ("Hobart", "Royal Hobart Hospital"),
            ("Juneau", "Bartlett Regional Hospital"),
            ("Ketchikan", "PeaceHealth Ketchikan Medical Center"),
            ("Saint John", "Saint John Regional Hospital"),
        )
    )
    d.add(
        "\nShoreside referrals arranged via port agent to {h} ({p}). Telemedicine consult link session from {ip}.\n",
        h=P("HOSPITAL", port[1]),
        p=port[0],
        ip=P("IP", k.ip(c)),
    )
    return d


# --------------------------------------------------------------------------- UK (England): medico-legal report for an asylum claim


def en26_asylum_mlr(c):
    d = Doc()
    town, dist, std = c.ch(k.UK[7:])
    first, sur, sex = k.en_person(c)
    on = k.rdate(c, 2021, 2025)
    dob = k.dob_for(c, c.ri(19, 58), on)
    d.add(
        "MEDICO-LEGAL REPORT (Istanbul Protocol)\nPrepared for: {sol}, solicitors, fax {fx}\nClient: {n}   Home Office ref: {ho}\n",
        sol=c.ch(("Harrow & Wyre Immigration Law", "Pennine Refugee Legal Centre", "Tamar Legal Services")),
        fx=P("FAX", k.ph_uk(c, std)),
        n=P("NAME_PATIENT", c.pick(f"{first} {sur}", f"{sur.upper()} {first}")),
        ho=P("OTHER_ID", f"{c.letters(1)}{c.digits(7)}"),
    )
    d.add(
        "Date of birth (as claimed): {dob}   Port ref: {pr}\n",
        dob=P("DATE", k.d_dmy(dob)),
        pr=P("OTHER_ID", f"{c.letters(3)}/{c.digits(6)}"),
    )
    if c.chance(0.3):
        d.add("Passport (retained by Home Office): {pp}\n", pp=P("PASSPORT", c.letters(1) + c.digits(8)))
    d.add(
        "Current accommodation: {s}, {tw} {pc}; mobile {m}\n",
        s=P("ADDRESS_STREET", k.street(c, "uk")),
        tw=P("CITY", town),
        pc=P("POSTCODE", k.pc_uk(c, dist)),
        m=P("PHONE", k.ph_uk(c, mobile=True)),
    )
    d.add(
        "NHS number: {nhs}   GP: {gp}\nExamined {dt} at {h} with interpreter {i} (Tigrinya/Arabic).\n\n",
        nhs=P("OTHER_ID", k.nhs_no(c)),
        gp=P("HOSPITAL", f"{town} Asylum Health Team"),
        dt=P("DATE", k.d_long(on)),
        h=P(
            "HOSPITAL",
            c.ch((f"{town} Walk-in Centre", "Freedom from Torture North", f"{town} Community Health Hub")),
        ),
        i=P("NAME_CLINICIAN", _clin(c, c.ch(("full", "first")))),
    )
    d.add(
        "1. History. {f} states that in {y} "
        + ("she" if sex == "F" else "he")
        + " was detained for {w} weeks and beaten with a cable on the ⟦an|soles of the feet⟧ (⟦fi|falanga⟧).\n",
        f=P("NAME_PATIENT", first),
        y=on.year - c.ri(2, 6),
        w=c.ri(2, 10),
    )
    if c.chance(0.5):
        b = k.en_first(c, "M")
        d.add(
            "   A brother, {b}, remains in detention; contact through {e}.\n",
            b=P("NAME_RELATIVE", b),
            e=P("EMAIL", k.email(c, b, sur)),
        )
    d.add(
        "2. Examination. Scars: (a) linear ⟦fi|hyperpigmented scar⟧ ⟦me|{l1} x 0.4 cm⟧ over ⟦an|left scapula⟧ - 'highly consistent'; (b) round ⟦fi|atrophic scars⟧ ⟦me|0.8 cm⟧ on ⟦an|dorsum of the right hand⟧, consistent with cigarette burns - 'typical of'.\n",
        l1=c.fl(4, 14),
    )
    d.add("   ⟦me|BMI {b}⟧; ⟦ep|Tinel's sign⟧ positive at the ⟦an|right wrist⟧.\n", b=c.fl(17.5, 27))
    d.add(
        "3. Psychological. ⟦fi|post-traumatic stress disorder⟧; ⟦me|PHQ-9 score {p}⟧, ⟦me|PCL-5 {q}⟧. On ⟦dr|sertraline⟧ ⟦do|100 mg daily⟧ and ⟦dr|prazosin⟧ ⟦do|2 mg nocte⟧.\n",
        p=c.ri(10, 25),
        q=c.ri(33, 70),
    )
    d.add(
        "4. ⟦pr|Plain radiograph⟧ of the feet: ⟦fi|healed fracture of the fourth metatarsal⟧ (accession {a}).\n",
        a=P("ACCESSION", f"{c.letters(3)}{c.digits(8)}"),
    )
    d.add(
        "\nDr {p}, MBChB MRCGP, GMC {g}. Report dated {dt}.  Shared via {u}\n",
        p=P("NAME_CLINICIAN", _clin(c, "full")),
        g=P("LICENSE", c.digits(7)),
        dt=P("DATE", k.d_dmy(k.plus(on, c.ri(5, 30)))),
        u=P("URL", f"https://share.{c.ch(('lexsecure', 'casebox', 'mlrvault'))}.co.uk/d/{c.token(14)}"),
    )
    return d


# --------------------------------------------------------------------------- Canada (BC): ski patrol accident report


def en26_ski_patrol(c):
    d = Doc()
    res_town, rpv, rprov, rfsa, rarea = c.ch(k.CA[:2])
    town, pv, prov, fsa, area = c.ch(k.CA)
    first, sur, sex = k.en_person(c)
    on = k.rdate(c, 2021, 2025)
    dob = k.dob_for(c, c.ri(8, 71), on)
    d.add(
        "{res} SKI PATROL - ACCIDENT REPORT   no. {no}\nDate {dt}  Run: {run}  Conditions: {cond}\n\n",
        res=c.ch(("KICKING HORSE", "WHITEWATER", "FERNIE ALPINE", "MT MACKENZIE")),
        no=P("OTHER_ID", f"{on.year % 100}-{c.digits(4)}"),
        dt=P("DATE", k.d_iso(on)),
        run=c.ch(("Stairway", "Lower Bandit", "Cedar Bowl", "Powder Chute")),
        cond=c.ch(("packed powder, flat light", "icy, -18 C", "fresh snow 20 cm")),
    )
    d.add(
        "Injured guest: {n}   DOB {dob}   Season pass #: {sp}\n",
        n=P("NAME_PATIENT", c.pick(f"{first} {sur}", f"{sur}, {first}", f"{first.lower()} {sur.lower()}")),
        dob=P("DATE", k.d_iso(dob)),
        sp=P("OTHER_ID", f"SP{c.digits(7)}"),
    )
    d.add(
        "Address: {s}, {tw}, {pv} {pc}   Phone {ph}\n",
        s=P("ADDRESS_STREET", k.street(c, "ca")),
        tw=P("CITY", town),
        pv=P("PROVINCE_STATE", c.pick(pv, prov)),
        pc=P("POSTCODE", k.pc_ca(c, fsa)),
        ph=P("PHONE", k.ph_ca(c, area)),
    )
    d.add(
        "Health card: {hc}   ID checked: driver's licence {dl}\n",
        hc=P("INSURANCE", c.pick("9" + c.digits(9, False), f"{c.digits(4)}-{c.digits(3)}-{c.digits(3)}")),
        dl=P("LICENSE", c.digits(7)),
    )
    d.add("Vehicle in lot P2: {pl}\n", pl=P("VEHICLE", k.plate_ca(c)))
    if c.chance(0.4):
        d.add(
            "Staff member (WorkSafeBC report): employer {w}\n",
            w=P(
                "WORKPLACE",
                c.ch(
                    (
                        "Revelstoke Mountain Resort Ltd",
                        "Fernie Ski Hill Rentals",
                        "Golden Heli-Ski Lodge",
                        "Powder Valley Cat Skiing",
                    )
                ),
            ),
        )
    d.add(
        "\nmechanism: {m}. helmet yes.\n",
        m=c.ch(
            ("caught edge, twisting fall", "collision with tree", "landed jump flat", "struck by snowboarder")
        ),
    )
    inj = c.ch(
        (
            ("right knee", "suspected ACL tear", "Lachman test", "knee immobiliser"),
            ("left wrist", "distal radius fracture", "Colles fracture", "vacuum splint"),
            ("left shoulder", "anterior shoulder dislocation", "Hill-Sachs lesion", "sling and swathe"),
            ("right thumb", "ulnar collateral ligament injury", "Stener lesion", "thumb spica splint"),
        )
    )
    d.add(
        "assessment: pain ⟦an|{a}⟧, ⟦fi|{f}⟧ (query ⟦ep|{e}⟧); ⟦me|pain 7/10⟧, ⟦me|HR {hr}⟧, ⟦me|RR {rr}⟧, CSM intact distally.\n",
        a=inj[0],
        f=inj[1],
        e=inj[2],
        hr=c.ri(70, 120),
        rr=c.ri(14, 24),
    )
    d.add(
        "care: ⟦pr|{p}⟧ applied, toboggan to first aid; ⟦dr|nitrous oxide⟧ ⟦do|50% self-administered⟧; ⟦dr|acetaminophen⟧ ⟦do|1000 mg PO⟧.\n",
        p=inj[3],
    )
    d.add(
        "patrollers: {p1} (lead), {p2}; first aid room: {p3}, EMR.\n",
        p1=P("NAME_CLINICIAN", _clin(c, "lower")),
        p2=P("NAME_CLINICIAN", _clin(c, c.ch(("first", "init")))),
        p3=P("NAME_CLINICIAN", _clin(c, "full")),
    )
    comp = k.en_first(c)
    d.add(
        "released to {r} ({rel}, {ph}) for transport to {h}.\n",
        r=P("NAME_RELATIVE", c.pick(comp, f"{comp} {k.en_sur(c)}")),
        rel=c.ch(("spouse", "friend", "father", "mother")),
        ph=P("PHONE", k.ph_ca(c, area)),
        h=P(
            "HOSPITAL",
            c.ch(
                (
                    "Queen Victoria Hospital",
                    "Elk Valley Hospital",
                    "Golden and District Hospital",
                    "Kootenay Lake Hospital",
                )
            ),
        ),
    )
    return d


# --------------------------------------------------------------------------- Canada: travel clinic export of a Hajj/Umrah group (CSV)


def en26_hajj_vaccination(c):
    d = Doc()
    town, pv, prov, fsa, area = c.ch(k.CA[4:11])
    on = k.rdate(c, 2022, 2025)
    clinic = c.ch(
        (
            f"{town} Travel Health Clinic",
            f"Crescent Travel Medicine {town}",
            f"{town} Public Health Travel Clinic",
        )
    )
    d.add(
        "# export: hajj_umrah_group.csv  generated {dt} by {u} at {ip}\n# clinic: {cl}, tel {ph}, fax {fx}\n# family emergency contact for the group: {gl}, {gp}\n",
        dt=P("DATE", k.d_iso(on)),
        u=P("NAME_CLINICIAN", _clin(c, "lower").replace(" ", "")),
        ip=P("IP", k.ip(c)),
        cl=P("HOSPITAL", clinic),
        ph=P("PHONE", k.ph_ca(c, area)),
        fx=P("FAX", k.ph_ca(c, area)),
        gl=P(
            "NAME_RELATIVE",
            f"{c.ch(('Yusuf', 'Ibrahim', 'Khadija', 'Amina', 'Tariq'))} {c.ch(('Siddiqui', 'Abdi', 'Haddad', 'Rahman', 'Osman'))}",
        ),
        gp=P("PHONE", k.ph_ca(c, area)),
    )
    d.add(
        "last_name,first_name,dob,passport,health_card,street,city,prov,postal,phone,menACWY_date,vaccine,lot,given_by\n"
    )
    for _ in range(c.ri(3, 5)):
        sex = c.ch("FM")
        first = c.ch(
            ("Fatima", "Maryam", "Hawa", "Zainab", "Noor", "Asha")
            if sex == "F"
            else ("Abdirahman", "Omar", "Bilal", "Hamza", "Idris", "Mustafa")
        )
        sur = c.ch(
            (
                "Warsame",
                "Qureshi",
                "Al-Khatib",
                "Hussein",
                "Bakr",
                "Nuur",
                "Mohamud",
                "El-Amin",
                "Chaudhry",
                "Dlamini",
            )
        )
        dob = k.dob_for(c, c.ri(18, 86), on)
        d.add(
            "{s},{f},{dob},{pp},{hc},{st},{tw},{pv},{pc},{ph},{vd},⟦dr|Menactra⟧ ⟦do|0.5 mL IM⟧,{lot},{by}\n",
            s=P("NAME_PATIENT", sur),
            f=P("NAME_PATIENT", first),
            dob=P("DATE", k.d_iso(dob)),
            pp=P("PASSPORT", k.passport(c, "ca")),
            hc=P(
                "INSURANCE", c.pick(f"{c.digits(4)}-{c.digits(3)}-{c.digits(3)}-{c.letters(2)}", c.digits(9))
            ),
            st=P("ADDRESS_STREET", k.street(c, "ca").replace(",", "")),
            tw=P("CITY", town),
            pv=P("PROVINCE_STATE", pv),
            pc=P("POSTCODE", k.pc_ca(c, fsa)),
            ph=P("PHONE", k.ph_ca(c, area)),
            vd=P("DATE", k.d_iso(k.plus(on, -c.ri(1, 30)))),
            lot=f"U{c.digits(4)}AA",
            by=P("NAME_CLINICIAN", _clin(c, c.ch(("init", "lower", "sur")))),
        )
    d.add(
        "# notes: certificate of ⟦pr|meningococcal ACWY vaccination⟧ issued per Saudi MoH rules (valid 5 y for conjugate vaccine).\n"
    )
    d.add(
        "# also offered: ⟦pr|seasonal influenza vaccine⟧, ⟦pr|COVID-19 booster⟧; ⟦fi|heat exhaustion⟧ advice; ⟦dr|azithromycin⟧ ⟦do|1 g single dose⟧ standby for ⟦fi|travellers' diarrhoea⟧.\n"
    )
    d.add(
        "# diabetics in group: ⟦lab|HbA1c {a}%⟧ reviewed; ⟦dr|metformin⟧ ⟦do|500 mg bd⟧ timing for Ramadan/ihram discussed; ⟦an|feet⟧ checked (⟦me|monofilament 10/10⟧).\n",
        a=c.fl(6.2, 9.5),
    )
    return d


TEMPLATES = [
    ("en26_summer_camp", en26_summer_camp),
    ("en26_yf_exemption", en26_yf_exemption),
    ("en26_cruise_infirmary", en26_cruise_infirmary),
    ("en26_asylum_mlr", en26_asylum_mlr),
    ("en26_ski_patrol", en26_ski_patrol),
    ("en26_hajj_vaccination", en26_hajj_vaccination),
]
