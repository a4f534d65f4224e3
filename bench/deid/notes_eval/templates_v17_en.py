"""v17 English templates, part 1 (six document types; part 2 is templates_v17_en2.py). README.md "v17"."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

from _core import Ctx, Doc, P
from _v17_kit import (
    EN_EMPLOYERS,
    EN_HOSPITALS,
    EN_NICK,
    EN_PHARMACIES,
    V17_EN_WORDLIKE,
    dea,
    email,
    en_date,
    en_person,
    en_phone,
    en_street,
    en_town,
    ip4,
    ip6,
    npi,
    plate_us,
    plus,
    rdate,
    ssn,
    vin,
    zip_,
)

__all__ = ["TEMPLATES", "V17_EN_WORDLIKE"]


def _clin(c: Ctx):
    f, la = en_person(c)
    return f, la


def cancer_registry(c: Ctx) -> Doc:
    f, la = en_person(c)
    town, st, z = en_town(c)
    dx = rdate(c, 2021, 2024)
    age = c.ri(90, 101) if c.chance(0.35) else c.ri(41, 86)
    cf, cl = _clin(c)
    site = c.pick(
        ("C50.4", "⟦an|upper outer quadrant of the left breast⟧", "⟦fi|invasive ductal carcinoma⟧, Nottingham grade 2", "⟦me|pT2N1aM0⟧, ⟦lab|ER 95%⟧, ⟦lab|HER2 1+⟧", "⟦pr|lumpectomy with sentinel node biopsy⟧; ⟦dr|anastrozole⟧ ⟦do|1 mg daily⟧"),
        ("C44.5", "⟦an|skin of the upper back⟧", "⟦fi|superficial spreading melanoma⟧, ⟦ep|Breslow depth⟧ ⟦me|1.4 mm⟧, ⟦ep|Clark level⟧ IV", "⟦me|pT2aN0M0⟧", "⟦pr|wide local excision⟧ with 2 cm margins"),
        ("C18.7", "⟦an|sigmoid colon⟧", "⟦fi|adenocarcinoma⟧, moderately differentiated, MSI-high", "⟦me|pT3N1bM0⟧, ⟦lab|CEA 6.8 ng/mL⟧", "⟦pr|laparoscopic sigmoid colectomy⟧; ⟦dr|CAPOX⟧ x 8 cycles"),
        ("C73.9", "⟦an|right thyroid lobe⟧", "⟦fi|papillary thyroid carcinoma⟧ with a ⟦ep|Hürthle cell⟧ component", "⟦me|pT1bN0M0⟧, ⟦lab|thyroglobulin 0.4 ng/mL⟧", "⟦pr|total thyroidectomy⟧; ⟦dr|levothyroxine⟧ ⟦do|112 mcg daily⟧"),
    )
    name = c.pick(f"{la.upper()}, {f.upper()}", f"{la}, {f}", f"{f} {la}")
    d = Doc()
    d.add("STATE CANCER REGISTRY - ABSTRACT EXPORT (pipe-delimited fields)\nReporting facility: {h} | Abstractor: {ab}, CTR\n",
          h=P("HOSPITAL", c.ch(EN_HOSPITALS[:4] + EN_HOSPITALS[8:])), ab=P("NAME_CLINICIAN", " ".join(_clin(c))))
    d.add("REG_NO|{reg}\nNAME|{nm}\nMRN|{mrn}\nSSN|{ssn}\nADDR|{st}, {city}, {state} {z}\nAGE_AT_DX|{age}\nDATE_DX|{dx}\n",
          reg=P("OTHER_ID", f"{c.ri(2021, 2024)}-{c.digits(6)}"), nm=P("NAME_PATIENT", name), mrn=P("MRN", c.digits(8)),
          ssn=P("SSN", ssn(c)), st=P("ADDRESS_STREET", en_street(c)), city=P("CITY", town), state=P("PROVINCE_STATE", st),
          z=P("POSTCODE", zip_(c, z)), age=P("AGE_OVER_89", str(age)) if age > 89 else str(age), dx=P("DATE", en_date(c, dx, "us")))
    d.add("PRIMARY_PAYER|Medicare; MBI {mbi}\nPATH_ACCESSION|{acc}\nMANAGING_MD|{mf} {ml}, MD (NPI {npi})\n",
          mbi=P("INSURANCE", f"{c.ri(1, 9)}{c.letters(2)}{c.ri(0, 9)}-{c.letters(2)}{c.digits(1)}-{c.letters(2)}{c.digits(2)}"),
          acc=P("ACCESSION", c.pick(f"S{dx.year % 100}-{c.ri(1000, 29999)}", f"SP-{dx.year}-{c.digits(6)}")),
          mf=P("NAME_CLINICIAN", cf), ml=P("NAME_CLINICIAN", cl), npi=P("LICENSE", npi(c)))
    d.add(f"PRIMARY_SITE|{site[0]} {site[1]}\nHISTOLOGY|{site[2]}\nSTAGE|{site[3]}\nFIRST_COURSE|{site[4]}\n")
    d.add("FOLLOW_UP|last contact {lc}, alive with no evidence of disease; next review {nx}\nNOTES|{f2} prefers calls to {ph}.{extra}\n",
          lc=P("DATE", en_date(c, plus(dx, c.ri(100, 400)))), nx=P("DATE", en_date(c, plus(dx, c.ri(420, 700)), "long")),
          f2=P("NAME_PATIENT", f), ph=P("PHONE", en_phone(c)),
          extra=[" Patient is ", P("AGE_OVER_89", str(age)), " and lives with daughter ", P("NAME_RELATIVE", " ".join(en_person(c, "F"))), "."] if age > 89 else "")
    return d


def clozapine_rems(c: Ctx) -> Doc:
    f, la = en_person(c)
    pf, pl = _clin(c)
    start = rdate(c, 2022, 2025)
    phar = c.ch(EN_PHARMACIES)
    d = Doc()
    d.add("Clozapine ANC Monitoring Log - {h} outpatient psychiatry\nPatient: {nm}    MRN {mrn}    REMS patient ID {rid}\n",
          h=P("HOSPITAL", c.ch(EN_HOSPITALS[6:9])), nm=P("NAME_PATIENT", c.pick(f"{f} {la}", f"{la}, {f}")),
          mrn=P("MRN", c.pick(f"BB{c.digits(7)}", c.digits(9))), rid=P("OTHER_ID", f"P{c.digits(8)}"))
    d.add("Prescriber: {pf} {pl}, MD   NPI {npi}   DEA {dea}\nDispensing pharmacy: {ph} - fax {fax}\nPlan: Medicaid, recipient ID {mcd}\n",
          pf=P("NAME_CLINICIAN", pf), pl=P("NAME_CLINICIAN", pl), npi=P("LICENSE", npi(c)), dea=P("LICENSE", dea(c, pl)),
          ph=P("HOSPITAL", phar), fax=P("FAX", en_phone(c)), mcd=P("INSURANCE", f"{c.letters(2)}{c.digits(8)}"))
    d.add("Indication: ⟦fi|treatment-resistant schizophrenia⟧ (failed ⟦dr|risperidone⟧ and ⟦dr|olanzapine⟧). Baseline ⟦lab|ANC 2,400/µL⟧; ⟦ep|Duffy-null⟧ phenotype not tested.\n\n")
    d.add("week | date | ANC (/µL) | dose | drawn by\n")
    for w in range(c.ri(3, 5)):
        dd = plus(start, 7 * w)
        dose = c.ch(("12.5 mg qhs", "25 mg bid", "100 mg bid", "150 mg bid", "200 mg qhs"))
        nf, _ = en_person(c)
        d.add("{w} | {dt} | {anc} | ⟦do|{dose}⟧ | {nf}\n", w=str(w + 1), dt=P("DATE", en_date(c, dd, "short2")),
              anc=f"{c.ri(1600, 4200):,}", dose=dose, nf=P("NAME_CLINICIAN", nf.lower()))
    d.add("\nSide effects: ⟦fi|sialorrhea⟧ at night, ⟦fi|constipation⟧ - started ⟦dr|docusate⟧ ⟦do|100 mg bid⟧. ⟦me|HR 104⟧, ⟦me|BP 118/76⟧; ⟦lab|troponin I <0.01 ng/mL⟧ (myocarditis screen). ⟦lab|Clozapine level 412 ng/mL⟧.\n")
    d.add("Mother {mo} ({mph}) picks up the blister packs; {nick} \"won't take it from anyone else\".\n",
          mo=P("NAME_RELATIVE", " ".join(en_person(c, "F"))), mph=P("PHONE", en_phone(c)),
          nick=P("NAME_PATIENT", EN_NICK.get(f, f)))
    return d


def driver_rehab(c: Ctx) -> Doc:
    f, la = en_person(c)
    town, st, _z = en_town(c)
    ot_f, ot_l = _clin(c)
    dd = rdate(c)
    d = Doc()
    d.add("{h} - Driver Rehabilitation Program\nCLINICAL AND BEHIND-THE-WHEEL EVALUATION\n\n",
          h=P("HOSPITAL", c.ch(("Northgate Rehabilitation Institute", "Cascade Valley Hospital"))))
    d.add("Client: {nm}   DOB {dob}   MRN {mrn}   Eval date: {dd}\nDriver's licence: {st} {dl}, class D, expires {exp}\nEmployer: {emp} (drives a route truck)\n",
          nm=P("NAME_PATIENT", f"{f} {la}"), dob=P("DATE", en_date(c, rdate(c, 1948, 1990))), mrn=P("MRN", c.digits(7)), dd=P("DATE", en_date(c, dd)),
          st=st, dl=P("LICENSE", c.pick(f"{c.letters(1)}{c.digits(8)}", c.digits(9), f"{c.letters(2)}{c.digits(6)}")),
          exp=P("DATE", en_date(c, plus(dd, c.ri(200, 1400)), "us")), emp=P("WORKPLACE", c.ch(EN_EMPLOYERS)))
    cond = c.pick(("⟦fi|left MCA ischemic stroke⟧ with mild ⟦fi|right hemiparesis⟧", "⟦pr|left-foot accelerator⟧"),
                  ("⟦fi|right transtibial amputation⟧", "⟦pr|left-foot accelerator⟧"),
                  ("⟦ep|Parkinson's disease⟧, on ⟦dr|carbidopa-levodopa⟧ ⟦do|25/100 mg tid⟧", "no adaptive equipment"),
                  ("⟦fi|C6 incomplete spinal cord injury⟧", "⟦pr|push-right hand controls⟧ and a spinner knob"))
    d.add(f"Referral diagnosis: {cond[0]}.\n\nClinical: visual acuity ⟦me|20/30 OU⟧ on the ⟦ep|Snellen chart⟧; ⟦me|Trail Making B 118 s⟧; ⟦me|MoCA 25/30⟧; reaction time ⟦me|0.71 s⟧; ⟦an|right ankle⟧ dorsiflexion ⟦me|3+/5⟧. Field of view ⟦me|140 degrees⟧ horizontal.\n")
    d.add("Vehicle: client's own {mk}, plate {pl}, VIN {vin}. Recommended: {eq}.\n",
          mk=c.pick("2017 Honda CR-V", "2012 Ford F-150", "2020 Toyota Sienna"), pl=P("VEHICLE", plate_us(c)), vin=P("VEHICLE", vin(c)), eq=cond[1])
    d.add("Road test (45 min) through {town} incl. {road}: two lane-drift errors, late braking at the roundabout; otherwise safe.\n",
          town=P("CITY", town), road=P("ADDRESS_STREET", c.ch(("Hollis Street", "Old Mill Pike", "Sawgrass Blvd"))))
    d.add("Spouse {wf} rode along and said \"{nick} has been driving since sixteen.\"\nEvaluator: {of} {ol}, OTR/L, CDRS   cell {ph}\n",
          wf=P("NAME_RELATIVE", en_person(c, "F")[0]), nick=P("NAME_PATIENT", EN_NICK.get(f, f)),
          of=P("NAME_CLINICIAN", ot_f), ol=P("NAME_CLINICIAN", ot_l), ph=P("PHONE", en_phone(c)))
    return d


def eicu_rounds(c: Ctx) -> Doc:
    d = Doc()
    dd = rdate(c)
    hosp = c.ch(EN_HOSPITALS[:5])
    intf, intl = _clin(c)
    d.add("tele-ICU overnight virtual rounds -- {dt} -- remote site {h}\nintensivist: {i} (eICU hub); bedside RN via cart {ip}\nvideo bridge: {url}\n\n",
          dt=P("DATE", en_date(c, dd, c.pick("iso", "us", "mon"))), h=P("HOSPITAL", hosp), i=P("NAME_CLINICIAN", f"{intf} {intl}"),
          ip=P("IP", ip4(c)), url=P("URL", f"https://vc.{c.pick('telecrit', 'eicuhub')}.net/room/{c.token(10)}"))
    for bed in c.sample(range(1, 17), c.ri(2, 3)):
        f, la = en_person(c)
        age = c.ri(90, 99) if c.chance(0.3) else c.ri(34, 88)
        rn, _ = en_person(c)
        prob = c.ch((
            "⟦fi|septic shock⟧ from ⟦fi|pyelonephritis⟧, ⟦dr|norepinephrine⟧ ⟦do|0.12 mcg/kg/min⟧; ⟦lab|lactate 3.1 mmol/L⟧",
            "⟦fi|COPD exacerbation⟧ on BiPAP, ⟦me|SpO2 89%⟧; ⟦lab|pCO2 68 mmHg⟧; ⟦dr|methylprednisolone⟧ ⟦do|40 mg q8h⟧",
            "⟦fi|subarachnoid hemorrhage⟧, ⟦ep|Hunt and Hess⟧ grade 3, ⟦dr|nimodipine⟧ ⟦do|60 mg q4h⟧",
            "⟦ep|Cheyne-Stokes respiration⟧ after ⟦fi|cardiac arrest⟧; ⟦pr|targeted temperature management⟧ ⟦me|36 C⟧",
        ))
        d.add("bed {b}: {ln}, {fn} ({age}), MRN {mrn}, enc {enc}\n  {prob}.\n", b=str(bed), ln=P("NAME_PATIENT", la.lower()),
              fn=P("NAME_PATIENT", f.lower()), age=P("AGE_OVER_89", str(age)) if age > 89 else str(age), mrn=P("MRN", c.digits(8)),
              enc=P("ACCOUNT", f"E{c.digits(9)}"), prob=prob)
        if c.chance(0.4):
            d.add("  has LVAD, controller serial {sn}; ⟦me|MAP 72 mmHg⟧.\n", sn=P("DEVICE", f"HM3-{c.digits(6)}"))
        d.add("  camera check with {rn}: CXR {acc} reviewed, ⟦fi|no pneumothorax⟧. family ({rel}, {ph}) updated by phone.\n",
              rn=P("NAME_CLINICIAN", rn.lower()), acc=P("ACCESSION", f"CR{c.digits(8)}"), rel=P("NAME_RELATIVE", en_person(c)[0]), ph=P("PHONE", en_phone(c)))
    d.add("\nhandoff to day team 0700. -- {i}\n", i=P("NAME_CLINICIAN", intl))
    return d


def pd_training(c: Ctx) -> Doc:
    f, la = en_person(c)
    town, st, z = en_town(c)
    rn_f, rn_l = _clin(c)
    start = rdate(c)
    age = c.ri(90, 94) if c.chance(0.15) else c.ri(28, 84)
    d = Doc()
    d.add("Home Peritoneal Dialysis Training Record - {h}\n", h=P("HOSPITAL", c.ch(("Tri-County Kidney Center", "Mercy Lakeshore Medical Center"))))
    d.add("Trainee: {nm} ({age} y)   MRN: {mrn}   Helper: {hf} ({rel})\nHome: {stt}, {city}, {state} {z}   Phone {ph}\n",
          nm=P("NAME_PATIENT", f"{la}, {f}"), age=P("AGE_OVER_89", str(age)) if age > 89 else str(age), mrn=P("MRN", c.digits(8)),
          hf=P("NAME_RELATIVE", " ".join(en_person(c))), rel=c.pick("son", "husband", "niece", "partner"), stt=P("ADDRESS_STREET", en_street(c)),
          city=P("CITY", town), state=P("PROVINCE_STATE", st), z=P("POSTCODE", zip_(c, z)), ph=P("PHONE", en_phone(c)))
    d.add("Insurance: member {mem}, group {grp}; supply account {acct}\nCycler serial {sn}; remote-management upload from {ip}, portal {url}\n\n",
          mem=P("INSURANCE", f"{c.letters(3)}{c.digits(9)}"), grp=P("INSURANCE", c.digits(6)), acct=P("ACCOUNT", f"{c.digits(4)}-{c.digits(5)}"),
          sn=P("DEVICE", f"{c.pick('CY', 'HC')}{c.digits(7)}"), ip=P("IP", c.pick(ip4(c), ip6(c))),
          url=P("URL", f"https://sharesource.example-pd.com/p/{c.token(8)}"))
    d.add("Dx: ⟦fi|ESRD⟧ due to ⟦fi|diabetic nephropathy⟧; ⟦ep|Tenckhoff catheter⟧ placed {pl}, exit site ⟦an|left lower quadrant⟧.\n",
          pl=P("DATE", en_date(c, plus(start, -c.ri(14, 30)))))
    for i, skill in enumerate(("hand hygiene and mask", "exit-site care with ⟦dr|mupirocin⟧", "manual exchange with ⟦dr|1.5% dextrose⟧ ⟦do|2 L⟧",
                               "cycler set-up and alarms", "signs of ⟦fi|peritonitis⟧ (cloudy effluent)")):
        d.add("[x] {sk} - {dt} - {rn}\n", sk=skill, dt=P("DATE", en_date(c, plus(start, i), "md")), rn=P("NAME_CLINICIAN", c.pick(rn_f, f"{rn_f[0]}. {rn_l}")))
    d.add("PET: ⟦lab|D/P creatinine 0.71⟧ (high-average). ⟦lab|Kt/V 1.9⟧. ⟦me|Weight 71.4 kg⟧, ⟦me|BP 142/88⟧. Rx: ⟦dr|calcitriol⟧ ⟦do|0.25 mcg daily⟧, ⟦dr|sevelamer⟧ ⟦do|800 mg tid⟧.\n")
    d.add("Trainer: {a} {b}, RN  - home visit booked {hv}\n", a=P("NAME_CLINICIAN", rn_f), b=P("NAME_CLINICIAN", rn_l),
          hv=P("DATE", en_date(c, plus(start, c.ri(10, 21)), "long")))
    return d


def birth_worksheet(c: Ctx) -> Doc:
    mf, ml = en_person(c, "F")
    ff, fl = en_person(c, "M")
    town, st, z = en_town(c)
    bd = rdate(c, 2022, 2025)
    baby = c.ch(("Juniper", "Ezekiel", "Amaya", "Caspian", "Odessa", "Thiago"))
    d = Doc()
    d.add("MOTHER'S WORKSHEET FOR CHILD'S BIRTH CERTIFICATE\n{h} Birth Registration Office   file no. {fn}\n\n",
          h=P("HOSPITAL", c.ch(EN_HOSPITALS[:5])), fn=P("OTHER_ID", f"BR{bd.year % 100}{c.digits(6)}"))
    d.add("1. Child's name: {bf} {bm} {bl}\n2. Date of birth: {bd}   Time: {t}   Sex: {sx}\n",
          bf=P("NAME_RELATIVE", baby), bm=P("NAME_RELATIVE", c.ch(("Rose", "James", "Marie", "Lee"))), bl=P("NAME_RELATIVE", c.pick(ml, fl)),
          bd=P("DATE", en_date(c, bd, c.pick("us", "long"))), t=f"{c.ri(0, 23):02d}:{c.ri(0, 59):02d}", sx=c.pick("F", "M"))
    d.add("3. Mother's current legal name: {mf} {ml}   maiden surname: {mm}\n4. Mother's SSN: {ms}   Mother's MRN: {mrn}\n",
          mf=P("NAME_PATIENT", mf), ml=P("NAME_PATIENT", ml), mm=P("NAME_PATIENT", c.ch(("Okafor", "Lindgren", "Bustamante", "Oakes"))),
          ms=P("SSN", ssn(c)), mrn=P("MRN", c.digits(8)))
    d.add("5. Residence: {stt}, {city}, {state} {z}\n6. Mother's e-mail: {em}   cell {ph}\n7. Mother's employer: {emp}\n",
          stt=P("ADDRESS_STREET", en_street(c)), city=P("CITY", town), state=P("PROVINCE_STATE", st), z=P("POSTCODE", zip_(c, z)),
          em=P("EMAIL", email(c, mf, ml)), ph=P("PHONE", en_phone(c)), emp=P("WORKPLACE", c.ch(EN_EMPLOYERS)))
    d.add("8. Father/parent: {ff} {fl}   SSN {fs}   born in {fc}\n9. Request SSN for the child? Yes\n\n",
          ff=P("NAME_RELATIVE", ff), fl=P("NAME_RELATIVE", fl), fs=P("SSN", ssn(c)), fc=P("CITY", en_town(c)[0]))
    d.add("MEDICAL (completed by nursing): G2P2, ⟦me|39w2d⟧, ⟦pr|spontaneous vaginal delivery⟧ with ⟦pr|epidural anesthesia⟧; ⟦fi|gestational diabetes⟧ on ⟦dr|insulin NPH⟧ ⟦do|12 units qhs⟧. Infant ⟦me|3,310 g⟧, ⟦ep|Ballard score⟧ ⟦me|40 weeks⟧; ⟦dr|hepatitis B vaccine⟧ ⟦do|0.5 mL IM⟧ given; ⟦dr|erythromycin⟧ eye ointment.\n")
    d.add("Certifier: {cf} {cl}, CNM   Prenatal care began {pc}\n", cf=P("NAME_CLINICIAN", c.ch(("Wren", "Paloma", "Odile"))),
          cl=P("NAME_CLINICIAN", en_person(c)[1]), pc=P("DATE", en_date(c, plus(bd, -c.ri(200, 250)))))
    return d


TEMPLATES_1 = [
    ("en17_cancer_registry_abstract", cancer_registry),
    ("en17_clozapine_anc_log", clozapine_rems),
    ("en17_driver_rehab_eval", driver_rehab),
    ("en17_tele_icu_rounds", eicu_rounds),
    ("en17_pd_home_training", pd_training),
    ("en17_birth_cert_worksheet", birth_worksheet),
]

from templates_v17_en2 import TEMPLATES_2  # noqa: E402

TEMPLATES = TEMPLATES_1 + TEMPLATES_2
