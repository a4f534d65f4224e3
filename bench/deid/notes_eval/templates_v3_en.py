# Longer than 450 lines: fourteen whole English document templates and their clinical pools are data; splitting them would only scatter one set.
"""English (US) templates of the v3 holdout (issue 11): document types that neither v1 nor v2 has.

Written from general knowledge of US clinical paperwork, without reading the de-identifier, the
older notes bench, the v1/v2 templates or any frozen note. Uses _core's builder and pools plus the
v3 pools below (own first names that are words, own surnames, own towns and facilities).
"""

# ruff: noqa: E501  (document layouts and value pools; wrapping them would only hurt reading them)

from __future__ import annotations

from _core import (
    CRED_MD,
    CRED_OTHER,
    City,
    Ctx,
    Doc,
    P,
    PersonEN,
    _name_ok,
    acct_en,
    addr_en,
    age_en,
    city_en,
    dea,
    den,
    device_serial,
    dob_for,
    email_en,
    hhmm,
    hospital_en,
    insurance_en,
    ip_addr,
    mrn_en,
    npi,
    passport_en,
    person_en,
    phone_en,
    pick_age,
    plate_en,
    plus,
    rdate,
    ssn_en,
    state_license,
    vin,
    work_email,
)

# First names that are ordinary English words (v3's own; not v1's or v2's lists as the README names them).
V3_TRICKY_FIRST = {
    "F": ["Harmony", "Journey", "Blessing", "Meadow", "Serenity", "Clementine", "Marigold", "Haven", "Wren", "Kindred"],
    "M": ["Justice", "Ranger", "Booker", "Fisk", "Brandy", "Colt", "Gunner", "Ace", "Rocky", "Tucker"],
}
V3_SURNAMES = [
    ("Gonçalves", "F"), ("Tavares", "M"), ("Haddad", "M"), ("Khoury", "F"), ("Fifita", "M"), ("Kovalenko", "F"),
    ("Qureshi", "M"), ("Chowdhury", "F"), ("Gurung", "M"), ("De los Santos", "F"), ("Okonkwo", "M"),
    ("Abernathy", "F"), ("Thibodeaux", "M"), ("Yazzie", "F"), ("Kealoha", "M"), ("Nakamura-Reyes", "F"),
    ("Lindqvist", "M"), ("Oyelaran", "F"), ("Szymanski", "M"), ("Vu", "F"), ("Baptiste", "M"), ("Castellanos", "F"),
]
# Towns whose names are words (the scorer's surplus rule keeps them fair) and plain towns, own pool.
V3_CITIES = [
    ("Liberty", "MO", "640", "816"), ("Paradise", "CA", "959", "530"), ("Bountiful", "UT", "840", "801"),
    ("Comfort", "TX", "780", "830"), ("Energy", "IL", "629", "618"), ("Harmony", "PA", "160", "724"),
    ("Bend", "OR", "977", "541"), ("Kalamazoo", "MI", "490", "269"), ("Yakima", "WA", "989", "509"),
    ("Chattanooga", "TN", "374", "423"), ("Lubbock", "TX", "794", "806"), ("Duluth", "MN", "558", "218"),
    ("Flagstaff", "AZ", "860", "928"), ("Gainesville", "FL", "326", "352"), ("Scranton", "PA", "185", "570"),
    ("Augusta", "GA", "309", "706"), ("Lafayette", "LA", "705", "337"), ("Green Bay", "WI", "543", "920"),
    ("Lynchburg", "VA", "245", "434"), ("Missoula", "MT", "598", "406"), ("Bangor", "ME", "044", "207"),
]
V3_WORDLIKE = {"liberty", "paradise", "bountiful", "comfort", "energy", "harmony", "bend", "green", "bay"} | {
    w.lower() for ws in V3_TRICKY_FIRST.values() for w in ws
}


def age3(c: Ctx, age: int) -> list:
    """An age phrase whose number stands at token boundaries (so "92yo" is never written)."""
    return age_en(c, age, c.ch(("{}-year-old", "{} y/o", "{} yo", "{} year old", "{}-yr-old", "{}-year-old")))


def city3(c: Ctx) -> City:
    return City(*c.ch(V3_CITIES)) if c.chance(0.55) else city_en(c)


def person3(c: Ctx, sex: str | None = None, tricky: float = 0.15) -> PersonEN:
    p = person_en(c, sex=sex, tricky=0.1)
    roll = c.r.random()
    if roll < tricky:
        p = PersonEN(c.ch(V3_TRICKY_FIRST[p.sex]), p.middle, p.last, p.sex)
    elif roll < tricky + 0.2:
        last = c.ch(V3_SURNAMES)[0]
        if _name_ok(last):
            p = PersonEN(p.first, p.middle, last, p.sex)
    return p


def clin(c: Ctx, md: bool = True) -> tuple[PersonEN, str]:
    return person3(c, tricky=0.05), c.ch(CRED_MD if md else CRED_OTHER)


def facility(c: Ctx, city: City, kind: str) -> str:
    last = c.fen.last_name()
    while not _name_ok(last):
        last = c.fen.last_name()
    pools = {
        "dialysis": (f"Fresenius Kidney Care {city.city}", f"DaVita {city.city} Dialysis", f"{city.city} Kidney Center",
                     f"{last} Renal Care"),
        "sleep": (f"{city.city} Sleep Disorders Center", f"Cascade Sleep Diagnostics of {city.city}", f"{last} Sleep Lab"),
        "wound": (f"{city.city} Wound & Hyperbaric Center", f"{last} Wound Healing Institute"),
        "snf": (f"{last} Gardens Skilled Nursing", f"{city.city} Care and Rehabilitation", f"The Willows at {city.city}",
                f"{last} Pointe Nursing Center"),
        "clinic": (f"{city.city} Occupational Medicine", f"{last} Travel & Immunization Clinic", f"{city.city} Family Health Center",
                   f"{last} Speech and Swallowing Clinic"),
        "pharmacy": (f"{last} Drug", f"Walgreens #{c.ri(1000, 19999)}", f"CVS Pharmacy #{c.ri(1000, 19999)}"),
    }
    return c.wpick((3, c.ch(pools[kind])), (2, hospital_en(c, city, "clinic" if kind != "snf" else "snf")))


# --------------------------------------------------------------------------- clinical pools

PREOP_CASES = [
    ("⟦fi|pancreatic adenocarcinoma⟧", "⟦ep|Whipple procedure⟧", "⟦dr|metformin⟧ ⟦do|1000 mg⟧ BID"),
    ("⟦fi|symptomatic cholelithiasis⟧", "⟦pr|laparoscopic cholecystectomy⟧", "⟦dr|lisinopril⟧ ⟦do|20 mg⟧ daily"),
    ("⟦fi|severe aortic stenosis⟧", "⟦pr|transcatheter aortic valve replacement⟧", "⟦dr|apixaban⟧ ⟦do|5 mg⟧ BID"),
    ("⟦fi|right hip osteoarthritis⟧", "⟦pr|total hip arthroplasty⟧", "⟦dr|carbidopa-levodopa⟧ ⟦do|25/100 mg⟧ TID for ⟦ep|Parkinson's disease⟧"),
    ("⟦fi|obstructive uropathy⟧", "⟦pr|cystoscopy with ureteral stent placement⟧", "⟦dr|tamsulosin⟧ ⟦do|0.4 mg⟧ nightly"),
]
PSG_FINDINGS = [("severe", 30, 80), ("moderate", 15, 29), ("mild", 5, 14)]
SLP_DX = ["⟦ep|Parkinson's disease⟧", "⟦fi|left MCA stroke⟧", "⟦fi|head and neck cancer⟧ after radiation", "⟦ep|Guillain-Barré syndrome⟧",
          "⟦fi|amyotrophic lateral sclerosis⟧"]
WOUND_SITES = [("⟦an|sacrum⟧", "⟦fi|stage 3 pressure injury⟧"), ("⟦an|right heel⟧", "⟦fi|unstageable pressure injury⟧"),
               ("⟦an|left lateral malleolus⟧", "⟦fi|venous stasis ulcer⟧"), ("⟦an|plantar first metatarsal head⟧", "⟦fi|diabetic foot ulcer⟧"),
               ("⟦an|coccyx⟧", "⟦fi|stage 2 pressure injury⟧")]
TOX = [("⟦dr|acetaminophen⟧", "⟦dr|N-acetylcysteine⟧", "4-hour level plotted on the ⟦ep|Rumack-Matthew nomogram⟧"),
       ("⟦dr|amlodipine⟧", "⟦dr|calcium gluconate⟧", "watch for ⟦fi|hypotension⟧ and ⟦fi|bradycardia⟧"),
       ("⟦dr|lithium⟧", "⟦pr|hemodialysis⟧", "serial levels q4h"),
       ("⟦dr|diphenhydramine⟧", "⟦dr|physostigmine⟧", "monitor for ⟦fi|QRS widening⟧"),
       ("⟦dr|ibuprofen⟧", "⟦dr|ondansetron⟧", "supportive care")]
PSYCH = [("⟦fi|major depressive disorder⟧, recurrent", "⟦dr|sertraline⟧", "⟦do|100 mg⟧"),
         ("⟦fi|bipolar I disorder⟧", "⟦dr|lamotrigine⟧", "⟦do|200 mg⟧"),
         ("⟦fi|generalized anxiety disorder⟧", "⟦dr|buspirone⟧", "⟦do|15 mg⟧ BID"),
         ("⟦fi|schizoaffective disorder⟧", "⟦dr|paliperidone palmitate⟧", "⟦do|156 mg⟧ IM monthly"),
         ("⟦fi|posttraumatic stress disorder⟧", "⟦dr|prazosin⟧", "⟦do|2 mg⟧ at bedtime")]
VACCINES = [("⟦dr|Tdap⟧", "⟦do|0.5 mL⟧ IM"), ("⟦dr|hepatitis A vaccine⟧", "⟦do|1 mL⟧ IM"), ("⟦dr|typhoid Vi polysaccharide⟧", "⟦do|0.5 mL⟧ IM"),
            ("⟦dr|yellow fever vaccine⟧", "⟦do|0.5 mL⟧ SC"), ("⟦dr|MMR⟧", "⟦do|0.5 mL⟧ SC"), ("⟦dr|Shingrix⟧", "⟦do|0.5 mL⟧ IM"),
            ("⟦dr|PCV20⟧", "⟦do|0.5 mL⟧ IM"), ("⟦dr|influenza vaccine⟧", "⟦do|0.5 mL⟧ IM"), ("⟦dr|hepatitis B vaccine⟧", "⟦do|1 mL⟧ IM")]
DENIALS = [("⟦dr|adalimumab⟧", "⟦ep|Crohn's disease⟧"), ("⟦dr|dupilumab⟧", "⟦fi|atopic dermatitis⟧"),
           ("⟦pr|polysomnography⟧", "⟦fi|obstructive sleep apnea⟧"), ("⟦pr|PET-CT⟧", "⟦ep|Hodgkin lymphoma⟧"),
           ("⟦dr|semaglutide⟧", "⟦fi|type 2 diabetes mellitus⟧"), ("⟦pr|MRI of the lumbar spine⟧", "⟦fi|lumbar radiculopathy⟧")]


def hdr_person(c: Ctx, p: PersonEN) -> str:
    return c.ch(("LF", "lf", "full", "FULLUP", "LFM"))


# --------------------------------------------------------------------------- templates

def t_preop(c: Ctx) -> Doc:
    d = Doc()
    city = city3(c)
    pt = person3(c)
    age = pick_age(c, 0.18, 45, 88)
    day = rdate(c)
    dx, proc, med = c.ch(PREOP_CASES)
    an, cr = clin(c)
    su, cr2 = clin(c)
    hosp = hospital_en(c, city)
    d.add("PRE-ANESTHESIA EVALUATION\n{h}   Department of Anesthesiology\n", h=P("HOSPITAL", hosp))
    d.add("Patient: {n}   MRN: {m}   DOB: {dob}   Acct: {a}\n", n=P("NAME_PATIENT", pt.v(hdr_person(c, pt))),
          m=P("MRN", mrn_en(c)), dob=den(c, dob_for(c, age, day)), a=P("ACCOUNT", acct_en(c)))
    d.add("Date of evaluation: {dt}   Scheduled surgery: {ds}   Surgeon: Dr. {s}\n\n", dt=den(c, day),
          ds=den(c, plus(day, c.ri(1, 14))), s=P("NAME_CLINICIAN", su.v(c.pick("last", "full"))))
    d.add("HPI: {a} {sex} with " + dx + " scheduled for " + proc + ". ", a=age3(c, age), sex="man" if pt.sex == "M" else "woman")
    d.add("{t} {ln} reports ⟦me|METs > 4⟧; denies chest pain. Prior anesthetic: uneventful ⟦pr|general anesthesia⟧ for "
          "⟦pr|appendectomy⟧; no family history of ⟦fi|malignant hyperthermia⟧.\n", t=pt.title, ln=P("NAME_PATIENT", pt.last))
    d.add("Home medications: " + med + "; ⟦dr|atorvastatin⟧ ⟦do|40 mg⟧ nightly.\n")
    d.add("Airway: ⟦ep|Mallampati class {mp}⟧, thyromental distance ⟦me|3 fingerbreadths⟧, full dentition.\n", mp=c.ch(("II", "III")))
    d.add("Vitals: ⟦me|BP {b}/{bb} mmHg⟧, HR {hr}, ⟦me|SpO2 {o}%⟧ on room air, BMI {bmi}.\n", b=c.ri(110, 168), bb=c.ri(60, 96),
          hr=c.ri(55, 98), o=c.ri(92, 99), bmi=c.fl(21, 38))
    d.add("Labs ({ld}, accession {acc}): ⟦lab|hemoglobin {hb} g/dL⟧, ⟦lab|creatinine {cr} mg/dL⟧, ⟦lab|potassium {k} mmol/L⟧.\n",
          ld=den(c, plus(day, -c.ri(1, 10)), "md"), acc=P("ACCESSION", f"L{c.digits(9)}"), hb=c.fl(9.5, 15.5),
          cr=c.fl(0.6, 2.1, 2), k=c.fl(3.4, 5.1))
    d.add("ECG: ⟦fi|normal sinus rhythm⟧. ASA physical status {asa}.\n", asa=c.ch(("II", "III", "III", "IV")))
    d.add("Plan: ⟦pr|general endotracheal anesthesia⟧, ⟦pr|arterial line⟧; PONV prophylaxis with ⟦dr|dexamethasone⟧ ⟦do|4 mg⟧ and "
          "⟦dr|ondansetron⟧ ⟦do|4 mg⟧. Consent discussed with patient and {rel} {rn}, who can be reached at {ph}.\n",
          rel=c.pick("wife", "husband", "son", "daughter", "niece"), rn=P("NAME_RELATIVE", person3(c).v(c.pick("full", "first"))),
          ph=P("PHONE", phone_en(c, city.area)))
    d.add("NPO after midnight. Questions: pre-op clinic {ph} / fax {fx}.\n", ph=P("PHONE", phone_en(c, city.area)),
          fx=P("FAX", phone_en(c, city.area)))
    d.add("\n{n}, {cr} (NPI {np})  {dt} {tm}\n", n=P("NAME_CLINICIAN", an.v("full")), cr=cr, np=P("LICENSE", npi(c)),
          dt=den(c, day, "mdy"), tm=hhmm(c, 7, 17))
    return d


def t_wound(c: Ctx) -> Doc:
    d = Doc()
    city = city3(c)
    pt = person3(c)
    age = pick_age(c, 0.35, 60, 89)
    day = rdate(c)
    site, dx = c.ch(WOUND_SITES)
    rn, cr = clin(c, md=False)
    fac = facility(c, city, c.pick("wound", "snf"))
    d.add("WOUND CARE FLOWSHEET — {f}\n", f=P("HOSPITAL", fac))
    d.add("Resident/Patient: {n}   Age: {a}   Room {rm}   MR#: {m}\n", n=P("NAME_PATIENT", pt.v(c.pick("LF", "lf"))),
          a=P("AGE_OVER_89", str(age)) if age > 89 else str(age), rm=f"{c.ri(100, 240)}{c.ch('AB')}", m=P("MRN", mrn_en(c)))
    d.add("Wound #1: " + site + " — " + dx + "   Onset: {o}\n", o=den(c, plus(day, -c.ri(10, 90))))
    d.add("Date       | L x W x D (cm)   | Exudate  | Tissue             | Initials\n")
    for k in range(c.ri(3, 5)):
        dd = plus(day, 7 * k)
        d.add("{dt} | ⟦me|{l} x {w} x {dp} cm⟧ | {ex} | {tis}% granulation | {i}\n", dt=den(c, dd, c.pick("mdy", "mdyy", "md")),
              l=c.fl(1.0, 8.0), w=c.fl(0.8, 6.0), dp=c.fl(0.1, 2.5), ex=c.ch(("scant serous", "moderate serosang.", "small")),
              tis=c.ri(20, 100), i=c.ch(("KM", "JR", "TL", "AW")))
    d.add("⟦me|Braden score {b}⟧. Periwound: ⟦fi|maceration⟧ at 3 o'clock. Culture swab {acc} sent {cd}.\n", b=c.ri(9, 16),
          acc=P("ACCESSION", f"MB{c.ri(18, 24)}-{c.digits(6, False)}"), cd=den(c, plus(day, 2), "md"))
    d.add("Treatment: cleanse with ⟦dr|normal saline⟧, ⟦dr|silver alginate⟧ to base, ⟦pr|negative pressure wound therapy⟧ at "
          "⟦me|-125 mmHg⟧ continuous; NPWT unit serial {sn}, changed M/W/F. Offload with ⟦pr|heel suspension boots⟧.\n",
          sn=P("DEVICE", device_serial(c)))
    d.add("Nutrition: ⟦lab|albumin {al} g/dL⟧; ⟦dr|ascorbic acid⟧ ⟦do|500 mg⟧ BID, ⟦dr|zinc sulfate⟧ ⟦do|220 mg⟧ daily.\n", al=c.fl(2.1, 3.8))
    d.add("{rel} ({relname}) updated by phone {ph} on {dt}.\n", rel=c.pick("Daughter", "Son", "POA", "Spouse"),
          relname=P("NAME_RELATIVE", person3(c).v(c.pick("full", "lf"))), ph=P("PHONE", phone_en(c, city.area)), dt=den(c, day, "md_long"))
    d.add("Wound nurse: {n}, {cr}, CWOCN   Attending: Dr. {md}\n", n=P("NAME_CLINICIAN", rn.v(c.pick("full", "init"))), cr=cr,
          md=P("NAME_CLINICIAN", person3(c).v("last")))
    return d


def t_slp(c: Ctx) -> Doc:
    d = Doc()
    city = city3(c)
    pt = person3(c)
    age = pick_age(c, 0.15, 50, 89)
    day = rdate(c)
    slp = person3(c)
    dx = c.ch(SLP_DX)
    d.add("{h}\nSPEECH-LANGUAGE PATHOLOGY — CLINICAL SWALLOW AND ⟦pr|modified barium swallow study⟧\n", h=P("HOSPITAL", facility(c, city, "clinic")))
    d.add("Name: {n}   DOB: {dob}   MRN {m}   Date of service: {ds}\n", n=P("NAME_PATIENT", pt.v(c.pick("full", "lf", "LF"))),
          dob=den(c, dob_for(c, age, day)), m=P("MRN", mrn_en(c)), ds=den(c, day))
    d.add("Referring: {r}, {cr}   Dx: " + dx + " with ⟦fi|oropharyngeal dysphagia⟧\n\n", r=P("NAME_CLINICIAN", person3(c).v("full")),
          cr=c.ch(CRED_MD))
    d.add("History: {a} {who} referred for coughing with thin liquids. {fn} lives with {rel} {rn} in {ct}.\n",
          a=age3(c, age), who=c.pick("patient", "veteran", "retired teacher"), fn=P("NAME_PATIENT", pt.v("first")),
          rel=c.pick("his wife", "her husband", "a daughter", "a son"), rn=P("NAME_RELATIVE", person3(c).v("first")), ct=P("CITY", city.city))
    d.add("Oral mech exam: ⟦fi|reduced lingual strength⟧, ⟦fi|hypophonia⟧. Instrumental: ⟦fi|penetration-aspiration scale 7⟧ with thin, "
          "⟦fi|silent aspiration⟧ on ⟦me|3 ounce water swallow⟧; ⟦fi|vallecular residue⟧.\n")
    d.add("Recommendations: ⟦fi|mildly thick liquids⟧ (IDDSI level 2), ⟦pr|chin tuck⟧, meds crushed in puree except "
          "⟦dr|carbidopa-levodopa ER⟧; consider ⟦pr|PEG tube⟧ if weight loss continues ({w} kg on {wd}).\n", w=c.fl(48, 90),
          wd=den(c, plus(day, -c.ri(3, 30)), "md"))
    d.add("Home program video: {u}   Telehealth follow-up from {ip} on {fd}.\n", u=P("URL", f"https://{c.ch(('vids', 'rehab', 'swallow'))}."
          f"{c.ch(('myhealthvideo.com', 'careclips.org', 'telerehab.net'))}/p/{c.token(10)}"), ip=P("IP", ip_addr(c)),
          fd=den(c, plus(day, 14), c.pick("md", "mdy")))
    d.add("\n{n}, MA, CCC-SLP   {p}\n", n=P("NAME_CLINICIAN", slp.v(c.pick("full", "fml"))), p=P("PHONE", phone_en(c, city.area)))
    return d


def t_sleep(c: Ctx) -> Doc:
    d = Doc()
    city = city3(c)
    pt = person3(c)
    age = pick_age(c, 0.06, 28, 86)
    day = rdate(c)
    sev, lo, hi = c.ch(PSG_FINDINGS)
    ahi = c.ri(lo, hi)
    doc_ = person3(c)
    lab = facility(c, city, "sleep")
    plan, mem = insurance_en(c)
    d.add("{lab}\n{ad}\nPhone {ph}  Fax {fx}\n\n", lab=P("HOSPITAL", lab), ad=addr_en(c, patient=False, city=city),
          ph=P("PHONE", phone_en(c, city.area)), fx=P("FAX", phone_en(c, city.area)))
    d.add("POLYSOMNOGRAPHY REPORT — ⟦pr|split-night study⟧\nStudy #: {sid}   Study date: {sd}\n", sid=P("ACCESSION", f"PSG-{c.digits(6)}"), sd=den(c, day))
    d.add("Patient: {n}   DOB {dob}   Sex {sx}   Ht/Wt {ht} in / {wt} lb   ⟦me|neck circumference {nc} cm⟧\n",
          n=P("NAME_PATIENT", pt.v(c.pick("LF", "lf", "full"))), dob=den(c, dob_for(c, age, day)), sx=pt.sex, ht=c.ri(60, 76),
          wt=c.ri(150, 340), nc=c.ri(36, 49))
    d.add("Address: {ad}\nInsurance: {pl}, ID {mem}   E-mail: {em}\n", ad=addr_en(c, city=city), pl=plan, mem=P("INSURANCE", mem),
          em=P("EMAIL", email_en(c, pt)))
    d.add("Referred by {r}, {cr}, for snoring, witnessed apneas and ⟦me|Epworth Sleepiness Scale 14/24⟧.\n\n",
          r=P("NAME_CLINICIAN", person3(c).v(c.pick("full", "init"))), cr=c.ch(CRED_MD))
    d.add("Diagnostic portion: total sleep time {tst} min, ⟦me|sleep efficiency {se}%⟧, ⟦me|AHI {ahi}/h⟧, ⟦me|oxygen nadir {nad}%⟧, "
          "⟦me|T90 {t90}%⟧. Periodic limb movements index {plm}/h.\n", tst=c.ri(140, 220), se=c.ri(62, 92), ahi=ahi,
          nad=c.ri(72, 88), t90=c.fl(0.5, 25), plm=c.ri(0, 30))
    d.add("Titration: ⟦pr|CPAP⟧ titrated to ⟦me|11 cm H2O⟧ with ⟦fi|resolution of obstructive events⟧.\n")
    d.add("IMPRESSION: " + sev + " ⟦fi|obstructive sleep apnea⟧.\nRECOMMENDATION: auto-PAP 7-15 cm H2O; device serial {sn} issued on {dd}, "
          "data downloads from {ip}. Avoid ⟦dr|zolpidem⟧ and alcohol. Drowsy-driving counselling given.\n", sn=P("DEVICE", device_serial(c)),
          dd=den(c, plus(day, c.ri(5, 30))), ip=P("IP", ip_addr(c)))
    d.add("\nInterpreting physician: {n}, MD, D-ABSM ({st} lic. {lic})   Scored by: {t}, RPSGT\n",
          n=P("NAME_CLINICIAN", doc_.v("full")), st=city.state, lic=P("LICENSE", state_license(c, city.state)),
          t=P("NAME_CLINICIAN", person3(c).v(c.pick("full", "init"))))
    return d


def t_dialysis(c: Ctx) -> Doc:
    d = Doc()
    city = city3(c)
    pt = person3(c)
    age = pick_age(c, 0.2, 40, 89)
    day = rdate(c)
    unit = facility(c, city, "dialysis")
    plan, mem = insurance_en(c)
    d.add("{u}  —  HEMODIALYSIS RUN SHEET\n", u=P("HOSPITAL", unit))
    d.add("Pt: {n}   MRN {m}   Chair {ch}   Tx date {dt}   Medicare MBI {mbi}\n", n=P("NAME_PATIENT", pt.v(c.pick("LF", "lf", "LFM"))),
          m=P("MRN", mrn_en(c)), ch=c.ri(1, 24), dt=den(c, day, c.pick("mdy", "mdyy", "iso")), mbi=P("INSURANCE", mem))
    d.add("Age {a}   Dx: ⟦fi|end-stage renal disease⟧ due to ⟦fi|diabetic nephropathy⟧   Access: ⟦an|left forearm⟧ ⟦pr|AV fistula⟧\n",
          a=P("AGE_OVER_89", str(age)) if age > 89 else str(age))
    w1, uf = c.r.uniform(60, 120), c.r.uniform(1.5, 4.0)
    d.add("Rx: 4 h, ⟦me|Qb 400 mL/min⟧, ⟦me|Qd 600 mL/min⟧, 2K/2.5Ca bath, ⟦dr|heparin⟧ ⟦do|2000 units⟧ bolus, EDW {edw} kg\n",
          edw=f"{w1 - uf + c.r.uniform(-0.5, 0.5):.1f}")
    d.add("Pre: wt {w1} kg, ⟦me|BP {s1}/{d1} mmHg⟧   Post: wt {w2} kg, ⟦me|BP {s2}/{d2} mmHg⟧   UF goal {uf} L\n", w1=f"{w1:.1f}",
          s1=c.ri(130, 190), d1=c.ri(60, 100), w2=f"{w1 - uf + c.r.uniform(-0.3, 0.3):.1f}", s2=c.ri(100, 160), d2=c.ri(55, 90), uf=f"{uf:.1f}")
    start = c.ri(6, 13)
    for k in range(c.ri(3, 4)):
        d.add("{t}  BP {s}/{dd}  HR {hr}  VP {vp}  AP -{ap}  {i}\n", t=f"{start + k:02d}:{c.ri(0, 59):02d}", s=c.ri(95, 175), dd=c.ri(50, 95),
              hr=c.ri(58, 110), vp=c.ri(120, 220), ap=c.ri(120, 220), i=c.ch(("RN", "PCT")))
    d.add("Meds given: ⟦dr|epoetin alfa⟧ ⟦do|4000 units⟧ IV, ⟦dr|iron sucrose⟧ ⟦do|100 mg⟧ IV, ⟦dr|calcitriol⟧ ⟦do|0.5 mcg⟧.\n")
    d.add("Monthly labs ({ld}): ⟦lab|Kt/V 1.{kt}⟧, ⟦lab|phosphorus {ph} mg/dL⟧, ⟦lab|hemoglobin {hb} g/dL⟧.\n", ld=den(c, plus(day, -c.ri(1, 25)), "md"),
          kt=c.ri(2, 7), ph=c.fl(3.5, 8.2), hb=c.fl(8.5, 12.5))
    d.add("Transportation: {tr}. Emergency contact {rn} {ph}.\n", tr=c.pick("county paratransit", "daughter drives", "medical van"),
          rn=P("NAME_RELATIVE", person3(c).v(c.pick("full", "lf"))), ph=P("PHONE", phone_en(c, city.area)))
    d.add("Charge RN: {n}, {cr}   Nephrologist: Dr. {md}   Encounter {enc}\n", n=P("NAME_CLINICIAN", person3(c).v(c.pick("full", "init"))),
          cr=c.ch(("RN", "RN, CNN")), md=P("NAME_CLINICIAN", person3(c).v(c.pick("last", "full"))), enc=P("ACCOUNT", acct_en(c)))
    return d


def t_transplant(c: Ctx) -> Doc:
    d = Doc()
    city = city3(c)
    pt = person3(c)
    age = c.ri(24, 72)
    day = rdate(c)
    donor = person3(c)
    organ = c.pick("kidney", "liver")
    hosp = hospital_en(c, city)
    d.add("{h} — Transplant Center\nPRE-TRANSPLANT EVALUATION ({org})\n", h=P("HOSPITAL", hosp), org=organ.upper())
    d.add("Candidate: {n}   DOB {dob}   SSN {ssn}   MRN {m}   UNOS ID {u}\n", n=P("NAME_PATIENT", pt.v(c.pick("full", "LF"))),
          dob=den(c, dob_for(c, age, day)), ssn=P("SSN", ssn_en(c)), m=P("MRN", mrn_en(c)), u=P("OTHER_ID", c.letters(3) + c.digits(4)))
    d.add("Home: {ad}   Cell {ph}   {em}\n", ad=addr_en(c, city=city), ph=P("PHONE", phone_en(c, city.area)), em=P("EMAIL", email_en(c, pt)))
    d.add("Employer: {w} ({job}); on FMLA since {fd}.\nEvaluation date: {dt}\n\n", w=P("WORKPLACE", c.fen.company()),
          job=c.pick("warehouse lead", "bus driver", "accountant", "line cook"), fd=den(c, plus(day, -c.ri(20, 200))), dt=den(c, day))
    if organ == "kidney":
        d.add("Indication: ⟦fi|end-stage renal disease⟧ from ⟦fi|IgA nephropathy⟧, on ⟦pr|peritoneal dialysis⟧. ⟦lab|cPRA {p}%⟧, blood type {bt}.\n",
              p=c.ri(0, 98), bt=c.ch(("O+", "A+", "B-", "AB+")))
    else:
        d.add("Indication: ⟦fi|decompensated cirrhosis⟧ from ⟦fi|alcohol-associated liver disease⟧, sober since {sd}; ⟦lab|MELD-Na {m}⟧, "
              "⟦fi|refractory ascites⟧ needing ⟦pr|paracentesis⟧ every two weeks.\n", sd=den(c, plus(day, -c.ri(200, 900)), "md_long"), m=c.ri(18, 35))
    d.add("Potential living donor: {rel} {dn} (age {da}), {dc}; evaluated separately by Dr. {ia} as independent living donor advocate.\n",
          rel=c.pick("brother", "sister", "cousin", "wife", "husband", "friend"), dn=P("NAME_RELATIVE", donor.v("full")), da=c.ri(25, 60),
          dc=P("CITY", city3(c).city), ia=P("NAME_CLINICIAN", person3(c).v("last")))
    d.add("Cardiac: ⟦pr|dobutamine stress echocardiogram⟧ negative for ⟦fi|ischemia⟧, ⟦me|LVEF 60%⟧. Infectious: ⟦lab|CMV IgG positive⟧, "
          "⟦lab|EBV IgG positive⟧. Dental clearance pending.\n")
    d.add("Psychosocial: social worker {sw}, LCSW: support from {sp} {spn}; plan for ⟦dr|tacrolimus⟧, ⟦dr|mycophenolate mofetil⟧ "
          "⟦do|1000 mg⟧ BID and ⟦dr|prednisone⟧ reviewed.\n", sw=P("NAME_CLINICIAN", person3(c).v(c.pick("full", "init"))),
          sp=c.pick("his mother", "her mother", "partner", "roommate"), spn=P("NAME_RELATIVE", person3(c).v(c.pick("first", "full"))))
    d.add("Committee {cd}: approved for listing.\n\n{n}, MD, Transplant {sp2}   NPI {np}\n", cd=den(c, plus(day, c.ri(14, 40)), "abbr"),
          n=P("NAME_CLINICIAN", person3(c).v("full")), sp2=c.pick("Nephrology", "Hepatology"), np=P("LICENSE", npi(c)))
    return d


def t_occ_clear(c: Ctx) -> Doc:
    d = Doc()
    city = city3(c)
    pt = person3(c)
    age = c.ri(21, 66)
    day = rdate(c)
    emp = c.fen.company()
    clinic = c.ch((f"{city.city} Occupational Medicine", f"Concentra {city.city}", f"{city.city} WorkCare Clinic", hospital_en(c, city, "clinic")))
    d.add("{cl}\nPRE-PLACEMENT / RESPIRATOR & DOT MEDICAL CLEARANCE\n", cl=P("HOSPITAL", clinic))
    d.add("Employee: {n}   Employee ID {eid}   DOB {dob}\nEmployer: {emp}   Position: {pos}\n", n=P("NAME_PATIENT", pt.v(c.pick("LF", "full", "lf"))),
          eid=P("OTHER_ID", f"E{c.digits(6)}"), dob=den(c, dob_for(c, age, day)), emp=P("WORKPLACE", emp),
          pos=c.pick("CDL Class A driver", "hazmat technician", "welder", "firefighter recruit"))
    d.add("Driver license: {st} {dl}   Assigned unit plate {pl}, VIN {v}\n", st=city.state, dl=P("LICENSE", c.letters(1) + c.digits(8)),
          pl=P("VEHICLE", plate_en(c, city.state)), v=P("VEHICLE", vin(c)))
    d.add("Passport {pp} (overseas rotation planned after {od}).\nExam date {dt}\n\n", pp=P("PASSPORT", passport_en(c)),
          od=den(c, plus(day, c.ri(30, 120)), c.pick("md_long", "long")), dt=den(c, day))
    d.add("Vision: 20/{v1} OD, 20/{v2} OS corrected. Hearing: whisper test pass. ⟦me|BP {s}/{dd} mmHg⟧. Urinalysis: ⟦lab|protein negative⟧, "
          "⟦lab|glucose negative⟧.\n", v1=c.ch((20, 25, 30)), v2=c.ch((20, 25, 40)), s=c.ri(112, 158), dd=c.ri(68, 98))
    d.add("⟦pr|Spirometry⟧: ⟦lab|FEV1 {f1}% predicted⟧, ⟦lab|FEV1/FVC 0.{r}⟧. ⟦pr|Quantitative fit test⟧ passed, 3M 7502 half-face, medium.\n",
          f1=c.ri(78, 110), r=c.ri(70, 85))
    d.add("⟦lab|QuantiFERON-TB Gold Plus negative⟧. ⟦lab|Hepatitis B surface antibody reactive⟧. ")
    d.add("{opt}\n", opt=c.pick("History of ⟦fi|obstructive sleep apnea⟧ compliant with ⟦pr|CPAP⟧ (download reviewed).",
                                "On ⟦dr|amlodipine⟧ ⟦do|5 mg⟧ daily; ⟦fi|hypertension⟧ controlled.", "No medications."))
    d.add("Determination: qualified, 2-year certificate; MEC #{mec} expires {ex}.\n", mec=P("OTHER_ID", c.digits(8)),
          ex=den(c, plus(day, 730), "mdy"))
    d.add("\nCertified medical examiner: {n}, {cr}   National Registry # {nr}\nClinic phone {ph}   fax {fx}   HR contact {hr} at {hre}\n",
          n=P("NAME_CLINICIAN", person3(c).v("full")), cr=c.ch(("DO", "MD", "PA-C", "NP")), nr=P("LICENSE", c.digits(10)),
          ph=P("PHONE", phone_en(c, city.area)), fx=P("FAX", phone_en(c, city.area)), hr="the safety office", hre=P("EMAIL", f"{c.fen.user_name()}@{c.ch(('hr-mail.com', 'corpsafety.net', 'fleetops.com'))}"))
    return d


def t_triage(c: Ctx) -> Doc:
    d = Doc()
    city = city3(c)
    pt = person3(c)
    age = pick_age(c, 0.1, 18, 88)
    day = rdate(c)
    plan, mem = insurance_en(c)
    hosp = hospital_en(c, city)
    rel = person3(c)
    d.add("{h} EMERGENCY DEPARTMENT — TRIAGE / FACE SHEET\nArrival {dt} {tm} by {mode}\n", h=P("HOSPITAL", hosp), dt=den(c, day, c.pick("mdy", "mdyy")),
          tm=hhmm(c), mode=c.pick("private vehicle", "walk-in", "police"))
    d.add("{nm}   Age {a}   Sex {sx}   MRN {m}   FIN {fin}\n", nm=P("NAME_PATIENT", pt.v(c.pick("LFM", "LF"))),
          a=P("AGE_OVER_89", f"{age}Y") if age > 89 else f"{age}Y", sx=pt.sex, m=P("MRN", mrn_en(c)), fin=P("ACCOUNT", acct_en(c)))
    d.add("DOB {dob}   SSN {ssn}   Language: {lg}\nAddress: {ad}\nHome {ph}   Employer: {w}\n", dob=den(c, dob_for(c, age, day)),
          ssn=P("SSN", ssn_en(c)), lg=c.pick("English", "Spanish", "Vietnamese", "Arabic"), ad=addr_en(c, city=city),
          ph=P("PHONE", phone_en(c, city.area)), w=P("WORKPLACE", c.fen.company()) if age < 70 else "retired")
    d.add("Primary ins: {pl}  Member {mem}\nEmergency contact: {rn} ({rl}) {rph}\n", pl=plan, mem=P("INSURANCE", mem),
          rn=P("NAME_RELATIVE", rel.v(c.pick("full", "lf"))), rl=c.pick("spouse", "mother", "son", "friend"), rph=P("PHONE", phone_en(c)))
    d.add("Vehicle in ED lot: {pl} ({st})   Driver lic. {dl}\n\n", pl=P("VEHICLE", plate_en(c, city.state)), st=city.state,
          dl=P("LICENSE", c.letters(1) + c.digits(c.ri(7, 8))))
    cc = c.pick(("chest pain radiating to ⟦an|left arm⟧", "⟦fi|STEMI⟧ alert; ⟦pr|ECG⟧ at 8 minutes"),
                ("fall, ⟦an|right wrist⟧ deformity", "⟦fi|distal radius fracture⟧ suspected"),
                ("fever and dysuria", "⟦fi|sepsis⟧ screen positive, ⟦lab|lactate 3.1 mmol/L⟧"),
                ("slurred speech for 40 min", "⟦fi|stroke⟧ alert, ⟦me|NIHSS 7⟧"))
    d.add("Chief complaint: " + cc[0] + "\nESI level {esi}   " + cc[1] + "\n", esi=c.ri(1, 3))
    d.add("⟦me|T 38.{t} C⟧  ⟦me|HR {hr}⟧  ⟦me|BP {s}/{dd} mmHg⟧  ⟦me|RR {rr}⟧  ⟦me|SpO2 {o}%⟧  Pain {p}/10\n", t=c.ri(0, 9), hr=c.ri(60, 135),
          s=c.ri(90, 190), dd=c.ri(50, 110), rr=c.ri(12, 30), o=c.ri(88, 100), p=c.ri(0, 10))
    d.add("Allergies: ⟦dr|penicillin⟧ (hives). Meds: ⟦dr|metoprolol succinate⟧ ⟦do|50 mg⟧, ⟦dr|aspirin⟧ ⟦do|81 mg⟧.\n")
    d.add("Triage RN: {n}, {cr}   Registration: {r}\n", n=P("NAME_CLINICIAN", person3(c).v(c.pick("full", "init", "first"))),
          cr=c.ch(("RN", "RN, CEN")), r=P("NAME_CLINICIAN", person3(c).v(c.pick("full", "lf"))))
    return d


def t_poison(c: Ctx) -> Doc:
    d = Doc()
    city = city3(c)
    pt = person3(c)
    age = pick_age(c, 0.12, 2, 88)
    day = rdate(c)
    agent, antidote, note = c.ch(TOX)
    caller = person3(c)
    hosp = hospital_en(c, city)
    d.add("POISON CONTROL CENTER — CALL RECORD\nCase # {cn}   Call {dt} {tm}   Specialist: {sp}, PharmD, CSPI\n",
          cn=P("OTHER_ID", f"{day.year % 100}-{c.digits(6, False)}"), dt=den(c, day, c.pick("mdy", "iso", "mdy_short")), tm=hhmm(c),
          sp=P("NAME_CLINICIAN", person3(c).v(c.pick("full", "fml"))))
    d.add("Caller: {cl} ({rel}), callback {ph}; calling from {cty}, {st}.\n", cl=P("NAME_RELATIVE", caller.v(c.pick("full", "first"))),
          rel=c.pick("mother", "father", "grandmother", "home health aide" if age > 60 else "aunt"), ph=P("PHONE", phone_en(c, city.area)),
          cty=P("CITY", city.city), st=city.state)
    d.add("Patient: {n}, {a}, weight {w} kg. ", n=P("NAME_PATIENT", pt.v(c.pick("full", "first", "lower"))), a=age3(c, age), w=c.ri(12, 110))
    d.add("Exposure: " + agent + ", estimated ⟦do|{mg} mg/kg⟧, {how}, at about {t}.\n", mg=c.ri(50, 350),
          how=c.pick("intentional", "unintentional (found open bottle)", "therapeutic error, double dose"), t=hhmm(c))
    d.add("Symptoms at call: {sy}. Recommendation: refer to {h}; " + antidote + " per protocol; " + note + ".\n",
          sy=c.pick("⟦fi|nausea⟧ and ⟦fi|vomiting⟧", "drowsy, arousable", "none"), h=P("HOSPITAL", hosp))
    d.add("Follow-up call {fd} {ft}: spoke with Dr. {md} in the ED ({eph}); ⟦lab|acetaminophen level {apap} mcg/mL⟧, "
          "⟦lab|AST {ast} U/L⟧. ⟦fi|Toxic exposure⟧, moderate effect. ED MRN {m}.\n", fd=den(c, plus(day, c.ri(0, 1)), c.pick("md", "mdy")),
          ft=hhmm(c), md=P("NAME_CLINICIAN", person3(c).v(c.pick("last", "full"))), eph=P("PHONE", phone_en(c, city.area)),
          apap=c.ri(5, 240), ast=c.ri(18, 900), m=P("MRN", mrn_en(c)))
    d.add("Fax of case summary sent to {fx}. Medical toxicologist on call: {tx}, MD.\n", fx=P("FAX", phone_en(c, city.area)),
          tx=P("NAME_CLINICIAN", person3(c).v("full")))
    return d


def t_telepsych(c: Ctx) -> Doc:
    d = Doc()
    city = city3(c)
    pt = person3(c)
    age = c.ri(19, 78)
    day = rdate(c)
    dx, drug, dose = c.ch(PSYCH)
    hosp = hospital_en(c, city, c.pick("clinic", "hospital"))
    d.add("TELEPSYCHIATRY FOLLOW-UP — {h}\n", h=P("HOSPITAL", hosp))
    d.add("Patient: {n}   DOB {dob}   MRN {m}   Visit {dt}\n", n=P("NAME_PATIENT", pt.v(c.pick("full", "lf"))), dob=den(c, dob_for(c, age, day)),
          m=P("MRN", mrn_en(c)), dt=den(c, day))
    d.add("Modality: synchronous video; room {u}; patient IP {ip}; patient located at home, {ad}. Consent for telehealth on file; "
          "emergency contact {rn} {rph}.\n", u=P("URL", f"https://{c.ch(('meet', 'visit', 'tele'))}.{c.ch(('carelink-video.com', 'psychconnect.org', 'vmd-room.net'))}/{c.token(9)}"),
          ip=P("IP", ip_addr(c)), ad=addr_en(c, city=city, two_lines=False), rn=P("NAME_RELATIVE", person3(c).v(c.pick("full", "first"))),
          rph=P("PHONE", phone_en(c, city.area)))
    d.add("\nS: {fn} reports mood \"better, maybe 6/10\"; sleep 6 h. Works at {w}, missed {k} shifts. {sib} {sn} visited last weekend.\n",
          fn=P("NAME_PATIENT", pt.v("first")), w=P("WORKPLACE", c.fen.company()), k=c.ri(0, 4), sib=c.pick("Sister", "Brother", "Partner"),
          sn=P("NAME_RELATIVE", person3(c).v("first")))
    d.add("O: ⟦me|PHQ-9 {p}⟧, ⟦me|GAD-7 {g}⟧. Casually dressed, linear thought process, no ⟦fi|suicidal ideation⟧ (C-SSRS screen negative).\n",
          p=c.ri(3, 22), g=c.ri(2, 19))
    d.add("A: " + dx + ". Tolerating " + drug + " " + dose + ".\n")
    d.add("P: continue " + drug + "; add ⟦dr|hydroxyzine⟧ ⟦do|25 mg⟧ PRN anxiety; ⟦lab|TSH⟧ ordered; safety plan reviewed; "
          "next video visit {nd}. Portal messages to {em}.\n", nd=den(c, plus(day, c.ri(21, 60)), c.pick("md_long", "mdy", "abbr")),
          em=P("EMAIL", email_en(c, pt)))
    d.add("\n{n}, MD (licensed in {st}, lic. {lic}; DEA {dea})\n", n=P("NAME_CLINICIAN", person3(c).v("full")), st=city.state,
          lic=P("LICENSE", state_license(c, city.state)), dea=P("LICENSE", dea(c, "X")))
    return d


def t_mds(c: Ctx) -> Doc:
    d = Doc()
    city = city3(c)
    pt = person3(c)
    age = pick_age(c, 0.55, 74, 89)
    day = rdate(c)
    fac = facility(c, city, "snf")
    plan, mem = insurance_en(c)
    d.add("MINIMUM DATA SET 3.0 — QUARTERLY ASSESSMENT NOTE\nFacility: {f}   ARD {ard}\n", f=P("HOSPITAL", fac), ard=den(c, day, c.pick("mdy", "iso")))
    d.add("Resident: {n}   Age {a}   Medicaid # {mc}   Admitted {ad}\n", n=P("NAME_PATIENT", pt.v(c.pick("LF", "lf", "LFM"))),
          a=P("AGE_OVER_89", str(age)) if age > 89 else str(age), mc=P("INSURANCE", c.digits(8) + c.letters(1)),
          ad=den(c, plus(day, -c.ri(90, 1400))))
    d.add("Section C: ⟦me|BIMS 8/15⟧ (moderate impairment). Section D: ⟦me|PHQ-9 OV 4⟧. Section G/GG: extensive assist x1 for transfers.\n")
    d.add("Section H: ⟦ep|Foley catheter⟧ 16 Fr for ⟦fi|urinary retention⟧; ⟦dr|tamsulosin⟧ ⟦do|0.4 mg⟧. Section J: one fall on {fd} without injury; "
          "⟦me|Morse Fall Scale 65⟧.\n", fd=den(c, plus(day, -c.ri(5, 80)), c.pick("md", "md_long")))
    d.add("Section I: ⟦fi|vascular dementia⟧, ⟦fi|atrial fibrillation⟧ on ⟦dr|apixaban⟧ ⟦do|2.5 mg⟧ BID, ⟦fi|hypothyroidism⟧ on "
          "⟦dr|levothyroxine⟧ ⟦do|50 mcg⟧.\n")
    d.add("Section K: weight {w} lb, ⟦me|BMI {b}⟧. Section M: ⟦fi|stage 2 pressure injury⟧ ⟦an|left buttock⟧ healing.\n", w=c.ri(98, 180), b=c.fl(17, 29))
    d.add("Hearing aid serial {sn} ({ear}). Care conference with {rel} {rn} ({ph}) on {cd}; {rel2} {rn2} joined by phone.\n",
          sn=P("DEVICE", device_serial(c)), ear=c.pick("left", "right", "bilateral"), rel=c.pick("daughter", "son", "niece", "guardian"),
          rn=P("NAME_RELATIVE", person3(c).v("full")), ph=P("PHONE", phone_en(c, city.area)), cd=den(c, plus(day, 3)),
          rel2=c.pick("grandson", "granddaughter", "nephew"), rn2=P("NAME_RELATIVE", person3(c).v("first")))
    d.add("Payer: {pl}  ID {mem}\nMDS coordinator: {n}, RN, RAC-CT   Attending: {md}, {cr}\n", pl=plan, mem=P("INSURANCE", mem),
          n=P("NAME_CLINICIAN", person3(c).v(c.pick("full", "init"))), md=P("NAME_CLINICIAN", person3(c).v("full")), cr=c.ch(CRED_MD))
    return d


def t_denial(c: Ctx) -> Doc:
    d = Doc()
    city = city3(c)
    pt = person3(c)
    day = rdate(c)
    plan, mem = insurance_en(c)
    svc, dx = c.ch(DENIALS)
    prov = person3(c)
    hosp = hospital_en(c, city3(c))
    d.add("{carrier}\nClaims Department, P.O. Box {pob}, {cy}, {st} {z}\n\n{dt}\n\n", carrier=c.ch(("Keystone Health Plan", "Cardinal Mutual Health",
          "Prairie State Benefit Administrators", "Summit Health Partners")), pob=c.ri(1000, 99999), cy=c.ch(("Harrisburg", "Columbus", "Springfield")),
          st=c.ch(("PA", "OH", "IL")), z=c.digits(5), dt=den(c, day, c.pick("long", "abbr")))
    d.add("{n}\n{ad}\n\n", n=P("NAME_PATIENT", pt.v(c.pick("full", "FULLUP", "fml"))), ad=addr_en(c, city=city, two_lines=True))
    d.add("RE: NOTICE OF ADVERSE BENEFIT DETERMINATION\nMember ID: {mem}   Group: {g}   Claim #: {cl}\nPatient account: {acc}\n"
          "Date(s) of service: {d1} - {d2}\nProvider: {p}, MD (NPI {np}) at {h}\n\n", mem=P("INSURANCE", mem), g=P("INSURANCE", f"GRP{c.digits(6)}"),
          cl=P("OTHER_ID", f"{c.digits(4)}{c.letters(2)}{c.digits(6)}"), acc=P("ACCOUNT", acct_en(c)), d1=den(c, plus(day, -60), "mdy"),
          d2=den(c, plus(day, -58), "mdy"), p=P("NAME_CLINICIAN", prov.v("full")), np=P("LICENSE", npi(c)), h=P("HOSPITAL", hosp))
    d.add("Dear {t} {ln}:\n\nWe reviewed the claim for " + svc + " for " + dx + ". The service is denied as not medically necessary under "
          "clinical policy MP-{pol}: the records do not document failure of first-line therapy (e.g. ⟦dr|methotrexate⟧ ⟦do|15 mg⟧ weekly).\n",
          t=pt.title, ln=P("NAME_PATIENT", pt.last), pol=c.ri(100, 999))
    d.add("You may appeal within 180 days. Send your appeal to fax {fx} or through your claim page {u}. Questions: Member Services "
          "{ph}, or e-mail {em}.\n", fx=P("FAX", phone_en(c, c.ch(("717", "614", "217")))), u=P("URL", f"https://members.{c.ch(('keystonehp', 'cardinalmutual', 'summithp'))}.com/claims/{c.digits(10)}"),
          ph=P("PHONE", phone_en(c, style="one_dash")), em=P("EMAIL", f"appeals{c.ri(1, 9)}@{c.ch(('keystonehp.com', 'cardinalmutual.com', 'summithp.com'))}") if c.chance(0.2) else P("EMAIL", email_en(c, pt)))
    d.add("Medical director: {md}, MD\ncc: {p}, MD\n", md=P("NAME_CLINICIAN", person3(c).v("full")), p=P("NAME_CLINICIAN", prov.v(c.pick("full", "init"))))
    return d


def t_vaccine(c: Ctx) -> Doc:
    d = Doc()
    city = city3(c)
    pt = person3(c)
    age = pick_age(c, 0.12, 19, 88)
    day = rdate(c)
    clinic = facility(c, city, c.pick("clinic", "pharmacy"))
    d.add("IMMUNIZATION RECORD — {cl}\n", cl=P("HOSPITAL", clinic))
    d.add("Name: {n}   DOB: {dob}   Age {a}   State registry ID {reg}\n", n=P("NAME_PATIENT", pt.v(c.pick("LF", "full", "lf"))),
          dob=den(c, dob_for(c, age, day)), a=P("AGE_OVER_89", str(age)) if age > 89 else str(age), reg=P("OTHER_ID", c.digits(9)))
    d.add("Address: {ad}   Phone {ph}\nPassport (for ICVP): {pp}   Destination: {dest}\n\n", ad=addr_en(c, city=city), ph=P("PHONE", phone_en(c, city.area)),
          pp=P("PASSPORT", passport_en(c)), dest=c.pick("Ghana", "Peru", "India", "Kenya", "Vietnam", "none"))
    d.add("Vaccine                     | Date        | Dose/route   | Site          | Given by\n")
    for vac, dose in c.sample(VACCINES, c.ri(3, 5)):
        d.add(vac + " | {dt} | " + dose + " | {site} | {by}\n", dt=den(c, plus(day, -c.ri(0, 400)), c.pick("mdy", "mdy_short", "DMY_UP", "iso")),
              site=c.pick("⟦an|left deltoid⟧", "⟦an|right deltoid⟧", "⟦an|left deltoid⟧"), by=P("NAME_CLINICIAN", person3(c).v(c.pick("init", "full"))))
    d.add("\nScreening: no ⟦fi|egg allergy⟧; not immunocompromised; ⟦lab|measles IgG immune⟧. Post-vaccine observation 15 min, no ⟦fi|syncope⟧.\n")
    d.add("Next due: ⟦dr|Shingrix⟧ dose 2 on or after {nd}. Record e-mailed to {em}.\nPharmacist: {rph}, PharmD   NPI {np}\n",
          nd=den(c, plus(day, 60), c.pick("long", "mdy")), em=P("EMAIL", email_en(c, pt)), rph=P("NAME_CLINICIAN", person3(c).v("full")),
          np=P("LICENSE", npi(c)))
    return d


def t_fax(c: Ctx) -> Doc:
    d = Doc()
    city = city3(c)
    pt = person3(c)
    day = rdate(c)
    age = pick_age(c, 0.08, 20, 88)
    sender = person3(c)
    to_doc = person3(c)
    h1 = hospital_en(c, city, "clinic")
    h2 = hospital_en(c, city3(c))
    d.add("*** FAX — CONFIDENTIAL HEALTH INFORMATION ***\n{h1}\n{ad}\n\n", h1=P("HOSPITAL", h1), ad=addr_en(c, patient=False, city=city))
    d.add("Date: {dt}   Pages (incl. cover): {pg}\nTO: Dr. {to}, {h2}   Fax: {fx2}   Phone: {ph2}\nFROM: {fr}, referral coordinator   Fax: {fx1}   "
          "Phone: {ph1} ext {ex}\n\n", dt=den(c, day, c.pick("mdy", "mdy_short", "abbr")), pg=c.ri(3, 18), to=P("NAME_CLINICIAN", to_doc.v(c.pick("full", "last"))),
          h2=P("HOSPITAL", h2), fx2=P("FAX", phone_en(c)), ph2=P("PHONE", phone_en(c)), fr=P("NAME_CLINICIAN", sender.v(c.pick("full", "first"))),
          fx1=P("FAX", phone_en(c, city.area)), ph1=P("PHONE", phone_en(c, city.area, "paren")), ex=c.ri(100, 999))
    d.add("RE: {n}   DOB {dob}   MRN {m}\nReason for referral: ", n=P("NAME_PATIENT", pt.v(c.pick("full", "LF", "lf"))), dob=den(c, dob_for(c, age, day)),
          m=P("MRN", mrn_en(c)))
    d.add(c.pick("new ⟦ep|Hodgkin lymphoma⟧, for ⟦pr|PET-CT⟧ staging and ⟦dr|ABVD⟧ discussion",
                 "⟦fi|pancreatic head mass⟧ on CT, evaluate for ⟦ep|Whipple procedure⟧",
                 "⟦fi|Barrett esophagus⟧ with ⟦fi|low-grade dysplasia⟧, for ⟦pr|radiofrequency ablation⟧",
                 "⟦fi|refractory heart failure⟧, ⟦pr|right heart catheterization⟧ with ⟦ep|Swan-Ganz catheter⟧"))
    d.add(". Urgency: {u}.\nEnclosed: office note {od}; CT report accession {acc}; ⟦lab|hemoglobin {hb} g/dL⟧; insurance card ({pl}, ID {mem}).\n",
          u=c.pick("routine", "urgent - within 1 week"), od=den(c, plus(day, -c.ri(1, 10)), "md"), acc=P("ACCESSION", f"CT{c.digits(9)}"),
          hb=c.fl(8, 15), pl=(ins := insurance_en(c))[0], mem=P("INSURANCE", ins[1]))
    d.add("Patient phone {pph}; prefers contact via {rel} {rn}.\n", pph=P("PHONE", phone_en(c, city.area)), rel=c.pick("son", "daughter", "wife", "husband"),
          rn=P("NAME_RELATIVE", person3(c).v(c.pick("first", "full"))))
    d.add("Sent by e-fax gateway {ip}; replies to {em}.\n", ip=P("IP", ip_addr(c)), em=P("EMAIL", work_email(c, sender, c.ch(("fmclinic.org", "valleyreferral.net", "pcpgroup.com")))))
    d.add("\nThis facsimile contains protected health information. If received in error, call {ph} and destroy all copies.\n",
          ph=P("PHONE", phone_en(c, city.area)))
    return d


TEMPLATES = [
    ("en3_preop_anesthesia", t_preop),
    ("en3_wound_flowsheet", t_wound),
    ("en3_slp_swallow", t_slp),
    ("en3_sleep_study", t_sleep),
    ("en3_dialysis_run", t_dialysis),
    ("en3_transplant_eval", t_transplant),
    ("en3_occ_clearance", t_occ_clear),
    ("en3_ed_triage_face", t_triage),
    ("en3_poison_control", t_poison),
    ("en3_telepsychiatry", t_telepsych),
    ("en3_mds_note", t_mds),
    ("en3_claims_denial", t_denial),
    ("en3_vaccination_record", t_vaccine),
    ("en3_referral_fax", t_fax),
]
