# Longer than 450 lines: fourteen whole English document templates with their clinical pools; one file keeps a version's templates together.
"""English (US) templates of the notes evaluation set v2 (holdout only).

Written for v2 without reading the v1 templates or any de-identifier's rules: document types and
layouts v1 does not list (ICU flowsheet, radiology addendum, medication reconciliation, home
health, dental, ophthalmology, physical therapy, patient discharge instructions, insurance appeal,
court-ordered evaluation, sports pre-participation form, clinician e-mail, HL7 lab messages,
genetic counselling pedigree, DME order). Only the plumbing of _core.py is shared with v1.
"""

# ruff: noqa: E501  (document templates; wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt

from _core import (
    CRED_MD,
    NAME_BLOCK,
    STATE_NAMES,
    Ctx,
    Doc,
    K,
    P,
    PersonEN,
    accession_en,
    acct_en,
    addr_en,
    city_en,
    company_en,
    dea,
    dob_for,
    email_en,
    fmt_en,
    group_no,
    hhmm,
    hosp_domain,
    hospital_en,
    insurance_en,
    ip_addr,
    join,
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

# --------------------------------------------------------------------------- v2's own pools

# Names v2 adds (Haitian, Filipino, Somali, Polish, Armenian, Navajo, Samoan, Ethiopian, Greek):
V2_NAMES = [
    ("Wislande", "Pierre-Louis", "F"), ("Jean-Robert", "Desir", "M"), ("Maricel", "Dela Rosa", "F"),
    ("Rodrigo", "Bautista", "M"), ("Hodan", "Warsame", "F"), ("Abdirahman", "Farah", "M"),
    ("Agnieszka", "Wojciechowska", "F"), ("Tomasz", "Kowalczyk", "M"), ("Anahit", "Petrosyan", "F"),
    ("Aram", "Hovhannisyan", "M"), ("Shandiin", "Begay", "F"), ("Delbert", "Yazzie", "M"),
    ("Malia", "Faleolo", "F"), ("Tavita", "Leota", "M"), ("Selamawit", "Tesfaye", "F"),
    ("Dawit", "Haile", "M"), ("Eleni", "Papadopoulos", "F"), ("Nikos", "Karagiannis", "M"),
    ("Nneka", "Eze", "F"), ("Lakshmi", "Venkataraman", "F"), ("Vikram", "Subramanian", "M"),
    ("Bao", "Vang", "F"), ("Tou", "Xiong", "M"), ("Esperanza", "Villalobos", "F"),
]
# First names that are also words a note uses otherwise; none of them occurs inside a keep term.
V2_TRICKY_FIRST = {"F": ["Bliss", "Honor", "Journey", "Haven", "Sage", "Blessing", "Harmony"],
                   "M": ["Rock", "Sonny", "Ace", "Judge", "Ransom", "Tank", "Lucky"]}


def person2(c: Ctx, sex: str | None = None, tricky: float = 0.15, own: float = 0.2) -> PersonEN:
    """A person from the v2 pools now and then, else from Faker via _core."""
    sex = sex or c.pick("F", "M")
    roll = c.r.random()
    if roll < own:
        first, last, sx = c.ch([n for n in V2_NAMES if n[2] == sex])
        middle = c.fen.first_name_female() if sx == "F" else c.fen.first_name_male()
        if middle.lower() not in NAME_BLOCK:
            return PersonEN(first, middle, last, sx)
    elif roll < own + tricky / 2:
        p = person_en(c, sex=sex, tricky=0.0, other=0.0)
        return PersonEN(c.ch(V2_TRICKY_FIRST[sex]), p.middle, p.last, sex)
    return person_en(c, sex=sex, tricky=tricky, other=0.12)


V2_DATE_STYLES = ("mdy", "mdy", "mdy_short", "iso", "long", "abbr", "DMY_UP", "mdyy", "ord",
                  "compact_up", "dash_short", "slash_iso", "mon_dash")


def d2(c: Ctx, d: dt.date, style: str | None = None) -> P:
    style = style or c.ch(V2_DATE_STYLES)
    mon = fmt_en(d, "long").split()[0]
    extra = {
        "compact_up": f"{d.day:02d}{mon[:3].upper()}{d.year}",
        "dash_short": f"{d.month}-{d.day}-{d.year % 100:02d}",
        "slash_iso": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "mon_dash": f"{mon[:3]}-{d.day:02d}-{d.year}",
        "hl7": f"{d.year}{d.month:02d}{d.day:02d}",
    }
    return P("DATE", extra[style] if style in extra else fmt_en(d, style))


def age2(c: Ctx, age: int) -> list:
    style = c.ch(("{}-year-old", "{} y.o.", "{} yo", "{} year-old", "{}-y/o", "aged {}"))
    pre, post = style.split("{}")
    return [pre, P("AGE_OVER_89", str(age)) if age > 89 else str(age), post]


def relative(c: Ctx, female: tuple, male: tuple) -> tuple[str, PersonEN]:
    """(kinship word, person) with the word matching the person's sex."""
    p = person2(c, own=0.1)
    return c.ch(female if p.sex == "F" else male), p


def sex_word(p: PersonEN) -> str:
    return "female" if p.sex == "F" else "male"


def doc_name(c: Ctx) -> PersonEN:
    return person2(c, tricky=0.1, own=0.12)


def ext_phone(c: Ctx, area: str | None = None) -> str:
    return phone_en(c, area) + c.pick("", "", f" ext. {c.ri(100, 9999)}", f" x{c.ri(1000, 9999)}")


def base(c: Ctx, p_old: float = 0.12, lo: int = 24, hi: int = 88):
    """patient, age, visit date, dob, city, hospital, mrn"""
    pt = person2(c)
    age = pick_age(c, p_old, lo, hi)
    vd = rdate(c)
    dob = dob_for(c, age, vd)
    city = city_en(c)
    return pt, age, vd, dob, city, hospital_en(c, city), mrn_en(c)


# ICU / inpatient problems: (finding, drugs with doses, procedure or device term)
ICU_SCEN = [
    ("septic shock", "community-acquired pneumonia", [("norepinephrine", "0.12 mcg/kg/min"), ("vasopressin", "0.03 units/min"), ("piperacillin-tazobactam", "4.5 g IV q6h")]),
    ("cardiogenic shock", "anterior STEMI", [("dobutamine", "5 mcg/kg/min"), ("heparin", "12 units/kg/h"), ("amiodarone", "1 mg/min")]),
    ("ARDS", "aspiration pneumonitis", [("propofol", "30 mcg/kg/min"), ("fentanyl", "50 mcg/h"), ("cisatracurium", "3 mcg/kg/min")]),
    ("diabetic ketoacidosis", "insulin omission", [("insulin regular", "0.1 units/kg/h"), ("potassium chloride", "20 mEq IV"), ("dextrose 5%", "150 mL/h")]),
    ("upper GI bleed", "duodenal ulcer", [("pantoprazole", "8 mg/h"), ("octreotide", "50 mcg/h"), ("ceftriaxone", "1 g IV daily")]),
    ("status epilepticus", "subtherapeutic levetiracetam", [("levetiracetam", "1500 mg IV q12h"), ("midazolam", "4 mg/h"), ("lacosamide", "200 mg IV q12h")]),
]
DRUGS_OUT = [("metformin", "1000 mg BID"), ("lisinopril", "20 mg daily"), ("atorvastatin", "40 mg nightly"),
             ("apixaban", "5 mg BID"), ("levothyroxine", "75 mcg daily"), ("sertraline", "100 mg daily"),
             ("gabapentin", "300 mg TID"), ("tamsulosin", "0.4 mg daily"), ("furosemide", "40 mg daily"),
             ("carvedilol", "12.5 mg BID"), ("omeprazole", "20 mg daily"), ("insulin glargine", "22 units at bedtime"),
             ("amlodipine", "10 mg daily"), ("warfarin", "5 mg daily"), ("donepezil", "10 mg nightly"),
             ("carbidopa-levodopa", "25/100 mg TID"), ("albuterol HFA", "2 puffs q4h PRN"),
             ("prednisone", "10 mg daily"), ("hydrochlorothiazide", "25 mg daily"), ("clopidogrel", "75 mg daily")]
CHRONIC = ["type 2 diabetes mellitus", "hypertension", "atrial fibrillation", "COPD", "CKD stage 3b",
           "heart failure with reduced ejection fraction", "hypothyroidism", "major depressive disorder",
           "Parkinson's disease", "osteoarthritis", "benign prostatic hyperplasia", "obstructive sleep apnea"]
EPONYM_DX = ["Parkinson's disease", "Hodgkin lymphoma", "Crohn's disease", "Graves' disease", "Hashimoto thyroiditis",
             "Alzheimer's disease", "Sjogren syndrome", "Raynaud phenomenon", "Barrett's esophagus", "Bell's palsy"]


EPONYM_WORDS = ("Parkinson", "Hodgkin", "Crohn", "Graves", "Hashimoto", "Alzheimer", "Sjogren", "Raynaud", "Barrett",
                "Bell's", "Lynch", "Marfan")


def fe(term: str) -> K:
    """A finding as a keep span; one named after a person is EPONYM."""
    return K("EPONYM", term) if any(w in term for w in EPONYM_WORDS) else K("FINDING", term)


def kd(name: str, dose: str) -> list:
    return [K("DRUG", name), " ", K("DOSE", dose)]


def med_list(c: Ctx, n: int, but: str = "") -> list:
    meds = c.sample([m for m in DRUGS_OUT if m[0] != but], n)
    return join([kd(a, b) for a, b in meds], sep="\n- ")


def sign(c: Ctx, who: PersonEN, cred: str | None = None) -> list:
    cred = cred or c.ch(CRED_MD)
    return [c.pick("Electronically signed by ", "Signed: ", "Authenticated by ", "e-signed: "),
            P("NAME_CLINICIAN", who.v(c.ch(("full", "fml", "lf")))), ", ", cred]


# --------------------------------------------------------------------------- templates


def en_icu_flowsheet(c: Ctx) -> Doc:
    pt, age, vd, dob, city, hosp, mrn = base(c, 0.18, 45, 88)
    dx, src, drips = c.ch(ICU_SCEN)
    rn, md = doc_name(c), doc_name(c)
    rel, fam = relative(c, ("wife", "daughter", "sister", "niece"), ("husband", "son", "brother", "nephew"))
    d = Doc()
    d.add("MICU NURSING FLOWSHEET SUMMARY - {h}\nBed 14  |  {name}  |  MRN {mrn}  |  DOB {dob}  |  ",
          h=P("HOSPITAL", hosp), name=P("NAME_PATIENT", pt.v(c.ch(("LF", "lf", "LFM")))), mrn=P("MRN", mrn), dob=d2(c, dob))
    d.put(age2(c, age), " ", sex_word(pt), "\nShift: ", d2(c, vd), " 0700-1900   Primary RN: ", P("NAME_CLINICIAN", rn.v("full")),
          ", RN   Intensivist: Dr. ", P("NAME_CLINICIAN", md.v("last")), "\n\n")
    d.add("Dx: ⟦fi|{dx}⟧ secondary to ⟦fi|{src}⟧.\n", dx=dx, src=src)
    hr, sbp, dbp, t = c.ri(88, 128), c.ri(82, 112), c.ri(40, 66), c.fl(37.6, 39.4)
    d.put("VS 0800: ", K("MEASUREMENT", f"HR {hr}"), " ", K("MEASUREMENT", f"BP {sbp}/{dbp}"), " MAP ",
          K("MEASUREMENT", str((sbp + 2 * dbp) // 3)), " ", K("MEASUREMENT", f"T {t} C"), " ",
          K("MEASUREMENT", f"SpO2 {c.ri(88, 97)}%"), " on ", K("MEASUREMENT", f"FiO2 {c.ch((40, 50, 60, 80))}%"), ", ",
          K("MEASUREMENT", f"PEEP {c.ch((8, 10, 12, 14))}"), "\n")
    d.put(K("EPONYM", "Swan-Ganz catheter"), " readings: ", K("MEASUREMENT", f"CVP {c.ri(6, 16)} mmHg"), ", ",
          K("MEASUREMENT", f"PCWP {c.ri(12, 28)} mmHg"), ", ", K("MEASUREMENT", f"CI {c.fl(1.6, 3.2)} L/min/m2"), "\n")
    d.put("Drips: ", join([kd(a, b) for a, b in drips], sep="; "), "\n")
    d.put("Lines/tubes: R IJ triple-lumen (day ", str(c.ri(2, 9)), "), ", K("EPONYM", "Foley catheter"), " to gravity, ",
          K("PROCEDURE", "OG tube"), " to LIWS. ", K("MEASUREMENT", f"UOP {c.ri(15, 60)} mL/h"), ".\n")
    d.put("Labs: ", K("LAB", f"lactate {c.fl(1.2, 6.5)} mmol/L"), ", ", K("LAB", f"creatinine {c.fl(0.9, 3.8)} mg/dL"), ", ",
          K("LAB", f"K {c.fl(3.1, 5.6)}"), ", ", K("LAB", f"Hgb {c.fl(6.8, 12.5)} g/dL"), ".\n")
    if c.chance(0.5):
        d.put("Monitor data feed: bedside gateway ", P("IP", ip_addr(c)), " (auto-validated q1h).\n")
    d.put(K("EPONYM", "Richmond Agitation-Sedation Scale"), " ", K("MEASUREMENT", f"RASS {c.ch(('-1', '-2', '-3', '0'))}"),
          ". ", K("EPONYM", "Braden"), " score ", K("MEASUREMENT", str(c.ri(9, 15))), ".\n\n")
    d.put("Family: ", rel, " ", P("NAME_RELATIVE", fam.v(c.ch(("full", "first")))), " called at ", hhmm(c, 9, 17),
          " from ", P("PHONE", phone_en(c, city.area)), "; updated by ", P("NAME_CLINICIAN", rn.v("first")),
          ". Code status full code per ", rel, ".\n")
    if c.chance(0.4):
        d.put("Patient's home LVAD controller serial ", P("DEVICE", f"HM3-{c.digits(6)}"), " stored in locker.\n")
    d.put("\n", sign(c, rn, "RN"), " ", d2(c, vd), " ", hhmm(c, 18, 19), "\n")
    return d


def en_rad_addendum(c: Ctx) -> Doc:
    pt, age, vd, dob, city, hosp, mrn = base(c, 0.15)
    rad, ref = doc_name(c), doc_name(c)
    exam = c.ch((("CT ABDOMEN/PELVIS WITH CONTRAST", "appendix", "acute appendicitis", "CT"),
                 ("MRI BRAIN WITHOUT AND WITH CONTRAST", "left frontal lobe", "ring-enhancing lesion", "MR"),
                 ("CT ANGIOGRAPHY CHEST", "right lower lobe segmental artery", "pulmonary embolism", "CT"),
                 ("US RIGHT UPPER QUADRANT", "gallbladder", "acute cholecystitis", "US"),
                 ("XR LEFT HIP 2 VIEWS", "left femoral neck", "nondisplaced fracture", "XR")))
    acc = accession_en(c, exam[3])
    d = Doc()
    d.put("*** ADDENDUM ***\n", P("HOSPITAL", hosp), " Department of Radiology\n")
    d.put("Patient: ", P("NAME_PATIENT", pt.v(c.ch(("LF", "LFM", "lf")))), "    MRN: ", P("MRN", mrn),
          "    DOB: ", d2(c, dob), "\nAccession #: ", P("ACCESSION", acc), "    Exam date: ", d2(c, vd), "\n")
    d.put("Exam: ", exam[0], "\nOrdering: ", P("NAME_CLINICIAN", ref.v(c.ch(("LF", "lf")))), ", ", c.ch(CRED_MD), "\n\n")
    d.put("ADDENDUM (", d2(c, plus(vd, c.ri(0, 2))), " ", hhmm(c), "):\n")
    d.put("On re-review with the prior study of ", d2(c, plus(vd, -c.ri(30, 700))), " (accession ",
          P("ACCESSION", accession_en(c, exam[3])), "), there is a ")
    d.put(K("MEASUREMENT", f"{c.fl(0.4, 3.5)} cm"), " ", fe(exam[2]), " involving the ", K("ANATOMY", exam[1]),
          " that was not described in the original report.\n")
    if c.chance(0.5):
        d.put("Incidental ", fe("hepatic steatosis"), " and ", fe("simple renal cyst"),
              " (", K("EPONYM", "Bosniak I"), ") unchanged.\n")
    d.put("Critical result communicated by telephone to Dr. ", P("NAME_CLINICIAN", ref.v("last")), " at ",
          P("PHONE", ext_phone(c, city.area)), " on ", d2(c, plus(vd, c.ri(0, 2))), " at ", hhmm(c),
          ", read back and confirmed.\n")
    if c.chance(0.4):
        d.put("Images available on the patient portal share link ", P("URL", f"https://imageshare.{hosp_domain(c)}/s/{c.token(10)}"), "\n")
    d.put("\nAddendum by: ", P("NAME_CLINICIAN", rad.v(c.ch(("full", "fml")))), ", ", c.ch(CRED_MD), "\n")
    d.put("Workstation ", P("IP", ip_addr(c)) if c.chance(0.3) else "RR-4", "\n")
    return d


PHARMACIES = ["CVS Pharmacy #{n}", "Walgreens #{n}", "Rite Aid #{n}", "Walmart Pharmacy {n}", "Kroger Pharmacy #{n}",
              "Costco Pharmacy #{n}", "Express Scripts Mail Order", "Optum Home Delivery"]


def pharmacy(c: Ctx, city) -> str:
    s = c.ch(PHARMACIES).format(n=c.ri(1000, 19999))
    return s + (f" - {city.city}" if c.chance(0.3) and "Mail" not in s and "Delivery" not in s else "")


def en_med_rec(c: Ctx) -> Doc:
    pt, age, vd, dob, city, hosp, mrn = base(c, 0.2, 55, 88)
    ph, pcp = doc_name(c), doc_name(c)
    plan, mem = insurance_en(c)
    phar = pharmacy(c, city)
    d = Doc()
    d.put("ADMISSION MEDICATION RECONCILIATION\n", P("HOSPITAL", hosp), "\n")
    d.put("Patient: ", P("NAME_PATIENT", pt.v("LF")), "  (", age2(c, age), " ", pt.sex, ")  MRN ", P("MRN", mrn),
          "  FIN ", P("ACCOUNT", acct_en(c)), "\nDate: ", d2(c, vd), "   Source of history: patient, ")
    word, who = relative(c, ("daughter", "wife", "caregiver"), ("son", "husband", "caregiver"))
    d.put(word, " ", P("NAME_RELATIVE", who.v("full")), ", and pharmacy fill history\n")
    d.put("Preferred pharmacy: ", P("HOSPITAL", phar), ", ph ", P("PHONE", phone_en(c, city.area)), ", fax ",
          P("FAX", phone_en(c, city.area)), "\n")
    d.put(plan, " member ID ", P("INSURANCE", mem), "\n\nHOME MEDICATIONS (verified):\n- ", med_list(c, c.ri(4, 7)), "\n")
    rx = c.digits(7)
    d.put("- ", K("DRUG", "oxycodone"), " ", K("DOSE", "5 mg q6h PRN"), " (Rx #", P("OTHER_ID", rx), ", last filled ",
          d2(c, plus(vd, -c.ri(3, 40))), ", prescriber Dr. ", P("NAME_CLINICIAN", pcp.v("full")), ", DEA ",
          P("LICENSE", dea(c, pcp.last)), ")\n")
    d.put("\nDiscrepancies: patient stopped ", K("DRUG", "metoprolol succinate"), " ", d2(c, plus(vd, -c.ri(5, 60)), "md_long"),
          " because of ", fe("bradycardia"), " (", K("MEASUREMENT", f"HR {c.ri(44, 52)}"), "). Allergies: ",
          K("DRUG", c.ch(("penicillin", "sulfamethoxazole", "codeine", "lisinopril"))), " (", fe(c.ch(("hives", "angioedema", "rash"))), ").\n")
    d.put("PDMP query ", d2(c, vd), ": no other controlled prescriptions.\n\nReconciled by ", P("NAME_CLINICIAN", ph.v("full")),
          ", PharmD, pager ", P("PHONE", f"{c.ri(200, 989)}-{c.ri(200, 989)}-{c.digits(4, False)}"), "\n")
    return d


def en_home_health(c: Ctx) -> Doc:
    pt, age, vd, dob, city, hosp, mrn = base(c, 0.3, 68, 88)
    rn = doc_name(c)
    cg_word, cg = relative(c, ("daughter", "granddaughter", "neighbor"), ("son", "grandson", "neighbor"))
    agency = c.ch(("{c} Home Health", "Visiting Nurse Association of {c}", "Amedisys Home Health of {c}",
                   "BAYADA Home Health Care - {c}", "Interim HealthCare of {c}")).format(c=city.city)
    d = Doc()
    d.put(P("HOSPITAL", agency), "  -  SKILLED NURSING VISIT NOTE\n")
    d.put("Patient: ", P("NAME_PATIENT", pt.v("full")), "   DOB: ", d2(c, dob), "   Agency ID: ", P("MRN", mrn), "\n")
    d.put("Visit date: ", d2(c, vd), "  Time in ", hhmm(c, 8, 11), " / out ", hhmm(c, 11, 13), "\nAddress: ", addr_en(c, True, city, two_lines=False), "\n")
    d.put("Directions: gate code 4410; park by the garage behind ", c.ch(("the blue", "a white", "the silver")), " ",
          c.ch(("Buick", "Ford pickup", "Honda minivan")), ", plate ", P("VEHICLE", plate_en(c, city.state)), ".\n")
    d.put("Medicare ", P("INSURANCE", insurance_en(c)[1]) if c.chance(0.2) else "episode", ", start of care ", d2(c, plus(vd, -c.ri(5, 50))), "\n\n")
    d.put("S: ", pt.title, " ", P("NAME_PATIENT", pt.last), " reports ", fe("dyspnea on exertion"), " walking to the mailbox. ",
          "Caregiver ", P("NAME_RELATIVE", cg.v("first")), " (", cg_word, ", cell ",
          P("PHONE", phone_en(c, city.area)), ") manages the pillbox.\n")
    d.put("O: ", K("MEASUREMENT", f"BP {c.ri(104, 168)}/{c.ri(58, 94)}"), ", ", K("MEASUREMENT", f"HR {c.ri(58, 104)}"), ", ",
          K("MEASUREMENT", f"weight {c.fl(110, 230)} lb"), " (up ", K("MEASUREMENT", f"{c.fl(1.5, 4.5)} lb"), "), ",
          fe("2+ pitting edema"), " to mid-shin bilaterally. ")
    d.put(K("LAB", f"INR {c.fl(1.6, 3.8)}"), " by home meter (serial ", P("DEVICE", f"CS{c.digits(8)}"), ").\n")
    d.put("Home O2 concentrator serial ", P("DEVICE", f"{c.letters(2)}{c.digits(7)}"), " at ", K("MEASUREMENT", f"{c.ri(2, 3)} L/min"), ".\n")
    d.put("A: ", fe("heart failure exacerbation"), " risk. Meds reviewed: ", kd("furosemide", "40 mg daily"), ", ",
          kd("warfarin", f"{c.ch(('2.5', '5', '7.5'))} mg"), ".\n")
    d.put("P: called Dr. ", P("NAME_CLINICIAN", doc_name(c).v("last")), "'s office (fax ", P("FAX", phone_en(c, city.area)),
          ") re diuretic increase. Next visit ", d2(c, plus(vd, c.ri(2, 7)), c.ch(("md", "mdy_short", "abbr"))), ".\n")
    d.put(sign(c, rn, "RN"), "\n")
    return d


TEETH = [("#3", "MOD"), ("#14", "DO"), ("#19", "MO"), ("#30", "OB"), ("#12", "MODL"), ("#18", "DO")]


def en_dental(c: Ctx) -> Doc:
    pt, age, vd, dob, city, hosp, mrn = base(c, 0.06)
    dds = doc_name(c)
    hyg = doc_name(c)
    tooth, surf = c.ch(TEETH)
    practice = c.ch(("{l} Family Dentistry", "{c} Dental Arts", "Smile Center of {c}", "{l} & Associates DDS")).format(
        l=c.fen.last_name(), c=city.city)
    d = Doc()
    d.put(P("HOSPITAL", practice), "\nTREATMENT NOTE  ", d2(c, vd), "\n")
    d.put("Pt: ", P("NAME_PATIENT", pt.v("lf")), "  Chart# ", P("MRN", c.digits(6)), "  Birthdate ", d2(c, dob), "\n")
    plan_ = c.ch(("Delta Dental PPO", "MetLife Dental", "Guardian DentalGuard", "Cigna Dental"))
    d.put("Ins: ", plan_, "  Subscriber ID ", P("INSURANCE", c.digits(9) if c.chance(0.5) else c.letters(1) + c.digits(8)),
          "  Group ", P("INSURANCE", group_no(c)), "  Employer: ", P("WORKPLACE", company_en(c)), "\n\n")
    d.put("CC: ", fe("sensitivity to cold"), " UR. Med hx: ", fe(c.ch(CHRONIC)), "; takes ",
          kd(*c.ch(DRUGS_OUT)), ". ", fe("No MRONJ risk"), ".\n")
    d.put("Exam: ", fe("recurrent caries"), " tooth ", K("ANATOMY", tooth), " under existing restoration; ",
          K("MEASUREMENT", f"probing depths {c.ri(2, 3)}-{c.ri(4, 6)} mm"), "; ", fe("generalized gingivitis"), ".\n")
    d.put("Radiographs: 2 ", K("PROCEDURE", "bitewings"), ", 1 PA. Anesthesia: ", K("DRUG", "lidocaine 2% with epinephrine 1:100,000"),
          " ", K("DOSE", f"{c.ch(('1.7', '3.4'))} mL"), " ", K("PROCEDURE", "inferior alveolar nerve block"), ".\n")
    d.put("Tx: ", K("PROCEDURE", f"{surf} composite restoration"), " ", tooth, ". Rx ", kd("chlorhexidine 0.12%", "15 mL rinse BID"), ".\n")
    d.put("Hygienist: ", P("NAME_CLINICIAN", hyg.v("first")), " ", P("NAME_CLINICIAN", hyg.last), ", RDH\n")
    d.put("Dentist: ", P("NAME_CLINICIAN", dds.v("full")), ", DDS  Lic. ", P("LICENSE", state_license(c, city.state)),
          "  NPI ", P("LICENSE", npi(c)), "\nNext appt ", d2(c, plus(vd, c.ri(14, 180)), "md"), "; reminder text to ",
          P("PHONE", phone_en(c, city.area)), "\n")
    return d


def en_ophtho(c: Ctx) -> Doc:
    pt, age, vd, dob, city, hosp, mrn = base(c, 0.2, 50, 88)
    md = doc_name(c)
    d = Doc()
    d.put(P("HOSPITAL", c.ch(("{c} Eye Institute", "{c} Retina Consultants", "{l} Eye Associates")).format(
        c=city.city, l=c.fen.last_name())), "  |  Ophthalmology Progress Note\n")
    d.put(P("NAME_PATIENT", pt.v("FULLUP")), "   DOB ", d2(c, dob), "   MRN ", P("MRN", mrn), "   DOS ", d2(c, vd), "\n\n")
    d.put("HPI: ", age2(c, age), " with ", fe("primary open-angle glaucoma"), " OU and ",
          fe("nonexudative age-related macular degeneration"), ", here for IOP check.\n")
    d.put("Meds: ", kd("latanoprost 0.005%", "1 gtt OU qhs"), "; ", kd("timolol 0.5%", "1 gtt OU BID"), "; AREDS2.\n")
    d.put("VA cc: OD ", K("MEASUREMENT", f"20/{c.ch((25, 30, 40, 50, 70))}"), "  OS ", K("MEASUREMENT", f"20/{c.ch((20, 25, 40, 60, 100))}"), "\n")
    d.put("IOP (", K("EPONYM", "Goldmann applanation"), "): OD ", K("MEASUREMENT", f"{c.ri(12, 28)} mmHg"), "  OS ",
          K("MEASUREMENT", f"{c.ri(12, 28)} mmHg"), "\nC/D ", K("MEASUREMENT", f"0.{c.ri(5, 9)}"), " OU; ",
          K("ANATOMY", "macula"), " with ", fe("soft drusen"), "; ", K("ANATOMY", "lens"), " ", fe("2+ nuclear sclerosis"), ".\n")
    d.put("OCT RNFL: ", fe("inferior thinning"), " OS. HVF 24-2: ", fe("superior arcuate defect"), ".\n")
    d.put("Plan: ", K("PROCEDURE", "selective laser trabeculoplasty"), " OS; RTC 6 wk.\n")
    d.put("\nDMV Vision Report completed at patient request. Driver license no. ", P("LICENSE", c.letters(1) + c.digits(7)),
          " (", STATE_NAMES[city.state] if c.chance(0.5) else city.state, "). Patient advised ", fe("not to drive at night"), ".\n")
    d.put("Contact: ", P("EMAIL", email_en(c, pt)), " / ", P("PHONE", phone_en(c, city.area)), "\n")
    d.put(sign(c, md), "\n")
    return d


def en_pt(c: Ctx) -> Doc:
    pt, age, vd, dob, city, hosp, mrn = base(c, 0.04, 22, 64)
    th = doc_name(c)
    emp = company_en(c)
    d = Doc()
    d.put(P("HOSPITAL", c.ch(("{c} Physical Therapy", "Athletico Physical Therapy - {c}", "{c} Spine & Sports Rehab")).format(c=city.city)),
          "\nPHYSICAL THERAPY DAILY NOTE - Visit ", str(c.ri(2, 11)), " of ", str(c.ri(12, 24)), "\n")
    d.put("Patient: ", P("NAME_PATIENT", pt.v("lf")), "   DOB: ", d2(c, dob), "   Acct: ", P("ACCOUNT", acct_en(c)), "\n")
    d.put("Date of injury: ", d2(c, plus(vd, -c.ri(20, 120))), "   Employer: ", P("WORKPLACE", emp), "\n")
    d.put("Workers' comp claim #", P("OTHER_ID", f"{c.digits(2)}-{c.digits(6)}-{c.letters(2)}"), "  Adjuster ",
          P("PHONE", ext_phone(c)), "\n\n")
    inj = c.ch((("lumbar strain", "L4-5", "lumbar stabilization"), ("rotator cuff tendinopathy", "right supraspinatus", "scapular stabilization"),
                ("ACL reconstruction", "left knee", "quadriceps strengthening"), ("lateral epicondylitis", "right elbow", "eccentric wrist extension")))
    d.put("Dx: ", fe(inj[0]), " (", K("ANATOMY", inj[1]), ").\n")
    d.put("S: pain ", K("MEASUREMENT", f"{c.ri(2, 7)}/10"), "; ", pt.he, " wants to return to work at ", P("WORKPLACE", emp), " by ",
          d2(c, plus(vd, c.ri(14, 60)), c.ch(("md_long", "md"))), ".\n")
    d.put("O: ", K("MEASUREMENT", f"flexion {c.ri(80, 150)} deg"), "; ", K("MEASUREMENT", f"MMT {c.ch(('4-', '4', '4+'))}/5"), "; ",
          K("EPONYM", c.ch(("Lachman test", "Hawkins-Kennedy test", "Cozen test", "Trendelenburg sign"))), " ", c.ch(("negative", "positive")), ".\n")
    d.put("Tx: ", K("PROCEDURE", inj[2]), ", ", K("PROCEDURE", "manual therapy"), " 15 min, ", K("PROCEDURE", "TENS"), " 10 min.\n")
    if c.chance(0.35):
        d.put("Pt drove self (", c.ch(("truck", "car")), " lic. plate ", P("VEHICLE", plate_en(c, city.state)), ", handicap placard requested).\n")
    d.put("\n", P("NAME_CLINICIAN", th.v("full")), ", PT, DPT   Lic # ", P("LICENSE", state_license(c, city.state)), "\n")
    return d


def en_dc_instructions(c: Ctx) -> Doc:
    pt, age, vd, dob, city, hosp, mrn = base(c, 0.12)
    md = doc_name(c)
    dx = c.ch((("pneumonia", "amoxicillin-clavulanate", "875 mg twice a day for 5 days"),
               ("kidney stone", "tamsulosin", "0.4 mg once daily"),
               ("cellulitis of the left leg", "cephalexin", "500 mg four times a day"),
               ("new atrial fibrillation", "apixaban", "5 mg twice a day"),
               ("gout flare", "colchicine", "0.6 mg twice a day")))
    d = Doc()
    d.put("Your Discharge Instructions - ", P("HOSPITAL", hosp), "\n\n")
    d.put("Dear ", P("NAME_PATIENT", pt.v(c.ch(("first", "full")))), ",\nYou were in the hospital from ", d2(c, plus(vd, -c.ri(1, 6)), "long"),
          " to ", d2(c, vd, "long"), " for ", fe(dx[0]), ".\n\n")
    d.put("Your new medicine: ", K("DRUG", dx[1]), " ", K("DOSE", dx[2]), ".\nKeep taking: ", med_list(c, 2, dx[1]), "\n\n")
    d.put("Call us or go to the emergency room if you have ", fe("fever over 101"), ", ", fe("chest pain"),
          " or ", fe("shortness of breath"), ".\n\n")
    d.put("Follow-up appointments:\n- Dr. ", P("NAME_CLINICIAN", md.v("full")), ", ", c.ch(("Mon", "Tue", "Wed", "Thu", "Fri")), " ",
          d2(c, plus(vd, c.ri(5, 14)), c.ch(("abbr", "mdy_short", "md_long"))), " at ", hhmm(c, 8, 16), ", phone ",
          P("PHONE", phone_en(c, city.area)), "\n")
    d.put("- Lab draw (", K("LAB", "BMP"), ") at ", P("HOSPITAL", hospital_en(c, city, "clinic")), ", ",
          P("ADDRESS_STREET", addr_en(c, False, city)[0].value), "\n\n")
    d.put("Your prescriptions were sent to ", P("HOSPITAL", pharmacy(c, city)), ".\n")
    d.put("See your results on MyChart: ", P("URL", f"https://mychart.{hosp_domain(c)}/patient/{c.token(8)}"), " (activation code ",
          P("OTHER_ID", f"{c.alnum(5)}-{c.alnum(5)}-{c.alnum(5)}"), ")\n")
    if c.chance(0.5):
        d.put("We will also e-mail a copy to ", P("EMAIL", email_en(c, pt)), ".\n")
    d.put("Your visit number: ", P("ACCOUNT", acct_en(c)), "\nNurse who went over this with you: ", P("NAME_CLINICIAN", doc_name(c).v("first")), ", RN\n")
    return d


def en_appeal(c: Ctx) -> Doc:
    pt, age, vd, dob, city, hosp, mrn = base(c, 0.1)
    md = doc_name(c)
    plan, mem = insurance_en(c)
    drug = c.ch((("adalimumab", "40 mg subcutaneously every 14 days", "Crohn's disease", "mesalamine", "azathioprine", f"CRP {c.fl(8, 60)} mg/L"),
                 ("dupilumab", "300 mg every 2 weeks", "severe atopic dermatitis", "triamcinolone 0.1% cream", "cyclosporine", f"EASI {c.ri(24, 52)}"),
                 ("semaglutide", "1 mg weekly", "type 2 diabetes mellitus", "metformin", "glipizide", f"HbA1c {c.fl(8.1, 11.9)}%"),
                 ("evolocumab", "140 mg every 2 weeks", "heterozygous familial hypercholesterolemia", "atorvastatin", "ezetimibe", f"LDL {c.ri(160, 260)} mg/dL"),
                 ("brentuximab vedotin", "1.8 mg/kg every 3 weeks", "Hodgkin lymphoma", "ABVD", "ICE", f"LDH {c.ri(260, 620)} U/L")))
    clinic = hospital_en(c, city, "clinic")
    d = Doc()
    d.put(P("HOSPITAL", clinic), "\n", addr_en(c, False, city, two_lines=True), "\nTel ", P("PHONE", phone_en(c, city.area)),
          "  Fax ", P("FAX", phone_en(c, city.area)), "\n\n", d2(c, vd, "long"), "\n\n")
    d.put(plan, " - Appeals Department\nVIA FAX\n\nRE: Level ", c.ch(("1", "2")), " appeal of denial\nMember: ",
          P("NAME_PATIENT", pt.v("full")), "\nDOB: ", d2(c, dob), "\nMember ID: ", P("INSURANCE", mem), "   Group: ",
          P("INSURANCE", group_no(c)), "\nClaim/Reference #: ", P("OTHER_ID", f"{c.letters(2)}{c.digits(10)}"), "\n")
    d.put("Member address: ", addr_en(c, True, None, two_lines=False), "\n\n")
    d.put("To whom it may concern:\n\nI am writing to appeal the denial dated ", d2(c, plus(vd, -c.ri(7, 30))), " of ",
          K("DRUG", drug[0]), " ", K("DOSE", drug[1]), " for my patient, ", pt.title, " ", P("NAME_PATIENT", pt.last),
          ", who has ", fe(drug[2]), ". ")
    d.put(pt.He, " has failed ", K("DRUG", drug[3]), " and ", K("DRUG", drug[4]), ". Most recent ", K("LAB", drug[5]), ".\n")
    d.put("Delay risks ", fe("disease progression"), " and hospitalization.\n\nSincerely,\n\n", P("NAME_CLINICIAN", md.v("full")),
          ", ", c.ch(CRED_MD), "\nNPI ", P("LICENSE", npi(c)), "\n")
    if c.chance(0.5):
        d.put("cc: patient, ", P("EMAIL", email_en(c, pt)), "\n")
    return d


def en_court_eval(c: Ctx) -> Doc:
    pt, age, vd, dob, city, hosp, mrn = base(c, 0.05, 19, 70)
    ev = doc_name(c)
    mo = person2(c, sex="F", own=0.1)
    d = Doc()
    d.put("COURT-ORDERED COMPETENCY EVALUATION\nCONFIDENTIAL - FORENSIC REPORT\n\n")
    d.put("Defendant: ", P("NAME_PATIENT", pt.v(c.ch(("FULLUP", "LF")))), "\nCase No.: ", P("OTHER_ID", f"{c.ri(18, 24)}CR{c.digits(6)}"),
          "\nDOB: ", d2(c, dob), "   SSN: ", P("SSN", ssn_en(c)), "\nBooking #: ", P("OTHER_ID", c.digits(8)), "\n")
    d.put("Evaluation site: ", P("HOSPITAL", c.ch(("{c} County Detention Center Infirmary", "{c} State Hospital Forensic Unit")).format(c=city.city)),
          "\nDates of contact: ", d2(c, vd), " and ", d2(c, plus(vd, c.ri(3, 10))), "\n\n")
    d.put("Reason for referral: ordered by the court on ", d2(c, plus(vd, -c.ri(10, 40)), "long"), " to assess competency to stand trial.\n")
    d.put("Background: ", pt.title, " ", P("NAME_PATIENT", pt.last), " was arrested after driving a ", c.ch(("2009 Chevrolet", "2014 Nissan", "2012 Dodge")),
          " (plate ", P("VEHICLE", plate_en(c, city.state)), ", VIN ", P("VEHICLE", vin(c)), ") into a storefront. Driver license ",
          P("LICENSE", c.letters(1) + c.digits(8)), " was suspended.\n")
    d.put("Last known address: ", addr_en(c, True, city, two_lines=False), ". Mother, ", P("NAME_RELATIVE", mo.v("full")),
          ", reachable at ", P("PHONE", phone_en(c, city.area)), ", reports prior hospitalization at ", P("HOSPITAL", hospital_en(c)), ".\n")
    d.put("Psychiatric history: ", fe(c.ch(("schizophrenia", "bipolar I disorder", "schizoaffective disorder"))), "; treated with ",
          kd(c.ch(("risperidone", "olanzapine", "aripiprazole")), f"{c.ch(('2', '10', '15'))} mg daily"), " and ",
          kd("paliperidone palmitate", "234 mg IM monthly"), ". ", fe("Alcohol use disorder"), ".\n")
    d.put("MSE: ", fe("disorganized thought process"), ", ", fe("auditory hallucinations"), ". ",
          K("MEASUREMENT", f"MoCA {c.ri(16, 27)}/30"), ".\n")
    d.put("Opinion: ", c.ch(("not competent at this time; restoration recommended.", "competent to proceed.")), "\n\n")
    d.put(P("NAME_CLINICIAN", ev.v("full")), ", ", c.ch(("PhD, ABPP", "MD", "PsyD")), "\nLicensed Psychologist/Psychiatrist, lic. ",
          P("LICENSE", state_license(c, city.state)), "\n")
    return d


def en_sports_physical(c: Ctx) -> Doc:
    vd = rdate(c)
    age = c.ri(12, 18)
    par = person2(c, own=0.1)
    pt = person2(c, own=0.15)
    if c.chance(0.7):
        pt = PersonEN(pt.first, pt.middle, par.last, pt.sex)
    dob = dob_for(c, age, vd)
    city = city_en(c)
    par2 = person2(c, sex="M" if par.sex == "F" else "F", own=0.0)
    md = doc_name(c)
    d = Doc()
    d.put("PREPARTICIPATION PHYSICAL EVALUATION - HISTORY & PHYSICAL EXAMINATION FORM\n")
    d.put("Name: ", P("NAME_PATIENT", pt.v("full")), "   Sex: ", pt.sex, "   Age: ", str(age), "   Date of birth: ", d2(c, dob, "mdy"), "\n")
    d.put("Grade: ", str(age - 5), "   School: ", c.ch(("Lincoln", "Roosevelt", "Central", "Westview")), " High School" if age >= 14 else " Middle School", "   Sport(s): ",
          c.ch(("football", "soccer", "basketball", "wrestling", "cross-country")), "\n")
    d.put("Home address: ", addr_en(c, True, city, two_lines=False), "\n")
    d.put("Parent/guardian: ", P("NAME_RELATIVE", par.v("full")), "  Cell: ", P("PHONE", phone_en(c, city.area)), "  Employer: ",
          P("WORKPLACE", company_en(c)), "\nSecond contact: ", P("NAME_RELATIVE", par2.v("first")), " ", P("NAME_RELATIVE", par.last),
          "  ", P("PHONE", phone_en(c, city.area)), "\n")
    d.put("Insurance: ", P("INSURANCE", insurance_en(c)[1]), "\n\nHistory: ", fe("exercise-induced bronchospasm"),
          "; uses ", kd("albuterol HFA", "2 puffs 15 min before exercise"), ". No syncope. Family history: no sudden death under 50; no ",
          K("EPONYM", "Marfan syndrome"), ".\n")
    d.put("Exam: ", K("MEASUREMENT", f"Height {c.ri(58, 74)} in"), "  ", K("MEASUREMENT", f"Weight {c.ri(95, 230)} lb"), "  ",
          K("MEASUREMENT", f"BP {c.ri(100, 138)}/{c.ri(58, 86)}"), "  Vision ", K("MEASUREMENT", "R 20/20"), " ", K("MEASUREMENT", f"L 20/{c.ch((20, 25, 30))}"), "\n")
    d.put("Heart: no murmur supine or with ", K("EPONYM", "Valsalva maneuver"), ". ", K("ANATOMY", "Spine"), ": no ", fe("scoliosis"), ".\n")
    d.put("Clearance: cleared for all sports without restriction.\n\nName of health care professional: ", P("NAME_CLINICIAN", md.v("full")),
          ", ", c.ch(("MD", "DO", "PA-C", "NP")), "   Date: ", d2(c, vd, "mdy_short"), "\nAddress: ", P("HOSPITAL", hospital_en(c, city, "clinic")),
          ", ", P("ADDRESS_STREET", addr_en(c, False, city)[0].value), "   Phone: ", P("PHONE", phone_en(c, city.area)), "\nLicense #: ",
          P("LICENSE", state_license(c, city.state)), "\n")
    return d


def en_clinician_email(c: Ctx) -> Doc:
    pt, age, vd, dob, city, hosp, mrn = base(c, 0.15)
    a, b = doc_name(c), doc_name(c)
    dom = hosp_domain(c)
    d = Doc()
    d.put("From: ", P("NAME_CLINICIAN", a.v("full")), " <", P("EMAIL", work_email(c, a, dom)), ">\nTo: ", P("NAME_CLINICIAN", b.v("lf")),
          " <", P("EMAIL", work_email(c, b, dom)), ">\nSent: ", c.ch(("Monday", "Tuesday", "Wednesday", "Thursday")), ", ",
          d2(c, vd, "long"), " ", hhmm(c), "\nSubject: RE: ", P("NAME_PATIENT", pt.v("init") if c.chance(0.4) else pt.v("last")),
          " - MRN ", P("MRN", mrn), " - ", c.ch(("curbside", "f/u", "heads up")), "\nX-Originating-IP: [", P("IP", ip_addr(c)), "]\n\n")
    d.put("Hi ", P("NAME_CLINICIAN", b.v("first")), ",\n\nThanks for seeing ", P("NAME_PATIENT", pt.v("first")), " last week. ")
    scen = c.ch(((fe("Hodgkin lymphoma"), K("DRUG", "ABVD"), K("LAB", "LDH 412 U/L")),
                 (fe("Parkinson's disease"), K("DRUG", "carbidopa-levodopa"), K("MEASUREMENT", "UPDRS III 32")),
                 (fe("pancreatic adenocarcinoma"), K("PROCEDURE", "Whipple procedure"), K("LAB", "CA 19-9 880 U/mL")),
                 (fe("Graves' disease"), K("DRUG", "methimazole"), K("LAB", "free T4 3.1 ng/dL"))))
    d.put("Path confirmed ", scen[0], "; plan is ", scen[1], ". Latest ", scen[2], " on ", d2(c, plus(vd, -c.ri(1, 10)), c.ch(("md", "mdy_short"))), ".\n")
    word, r = relative(c, ("a daughter", "a sister", "his wife" if pt.sex == "M" else "a niece"), ("a son", "a brother", "her husband" if pt.sex == "F" else "a nephew"))
    d.put("Age ", P("AGE_OVER_89", str(age)) if age > 89 else str(age), ", lives with ", word, " ", P("NAME_RELATIVE", r.v("first")), " in ",
          P("CITY", city.city), ".\n")
    d.put("Slides are on the shared drive: ", P("URL", f"https://pacs.{dom}/viewer?study={c.digits(10)}"), "\nCan you call me at ",
          P("PHONE", ext_phone(c, city.area)), "?\n\n", P("NAME_CLINICIAN", a.v("first")), "\n\n")
    d.put("-- \n", P("NAME_CLINICIAN", a.v("fml")), ", ", c.ch(CRED_MD), "\n", P("HOSPITAL", hosp), "\nPager ", P("PHONE", phone_en(c, city.area)),
          " | Fax ", P("FAX", phone_en(c, city.area)), "\nCONFIDENTIALITY NOTICE: this e-mail may contain protected health information.\n")
    return d


HL7_TESTS = [("2345-7", "Glucose", "mg/dL", (70, 99), (60, 380)), ("2160-0", "Creatinine", "mg/dL", (0.6, 1.3), (0.5, 4.2)),
             ("718-7", "Hemoglobin", "g/dL", (12.0, 17.5), (6.5, 17.9)), ("2823-3", "Potassium", "mmol/L", (3.5, 5.1), (2.8, 6.4)),
             ("4548-4", "Hemoglobin A1c", "%", (4.0, 5.6), (4.8, 13.5)), ("777-3", "Platelets", "10*3/uL", (150, 400), (40, 620)),
             ("1920-8", "AST", "U/L", (10, 40), (12, 480)), ("33762-6", "NT-proBNP", "pg/mL", (0, 125), (30, 9800))]


def _hl7_name(p: PersonEN) -> str:
    return f"{p.last.upper()}^{p.first.upper()}^{p.middle[0].upper()}"


def en_hl7(c: Ctx) -> Doc:
    pt, age, vd, dob, city, hosp, mrn = base(c, 0.15)
    oc = doc_name(c)
    lab = c.ch(("{c} Regional Lab", "Quest Diagnostics {c}", "LabCorp {c}", "{c} Core Laboratory")).format(c=city.city)
    ts = f"{vd.year}{vd.month:02d}{vd.day:02d}{hhmm(c, sep='')}"
    acc = f"{c.letters(2)}{c.digits(8)}"
    d = Doc()
    d.put("MSH|^~\\&|LIS|", P("HOSPITAL", lab), "|EHR|", P("HOSPITAL", hosp), "|", P("DATE", ts), "||ORU^R01|", c.alnum(10), "|P|2.5.1\n")
    d.put("PID|1||", P("MRN", mrn), "^^^MR||", P("NAME_PATIENT", _hl7_name(pt)), "||", d2(c, dob, "hl7"), "|", pt.sex, "|||")
    a = addr_en(c, True, city, two_lines=False)
    d.put(P("ADDRESS_STREET", a[0].value), "^^", P("CITY", city.city), "^", a[4], "^", a[6], "||", P("PHONE", phone_en(c, city.area, "paren")),
          "|||||", P("ACCOUNT", acct_en(c)), "|", P("SSN", ssn_en(c)), "\n")
    d.put("PV1|1|O|", c.ch(("ED", "ONC", "MED3")), "^^^||||", P("LICENSE", npi(c)), "^", P("NAME_CLINICIAN", oc.last.upper()), "^",
          P("NAME_CLINICIAN", oc.first.upper()), "\n")
    d.put("ORC|RE|", P("OTHER_ID", c.digits(9)), "|", P("ACCESSION", acc), "\nOBR|1||", P("ACCESSION", acc), "|80053^CMP^L|||", d2(c, vd, "hl7"), "\n")
    for i, (loinc, name, unit, (lo, hi), (a0, a1)) in enumerate(c.sample(HL7_TESTS, c.ri(3, 6)), 1):
        nd = 1 if isinstance(lo, float) or hi < 20 else 0
        val = c.fl(a0, a1, nd)
        flag = "H" if float(val) > hi else ("L" if float(val) < lo else "N")
        d.put(f"OBX|{i}|NM|{loinc}^", K("LAB", name), "^LN||", K("MEASUREMENT", val), f"|{unit}|{lo}-{hi}|{flag}|||F\n")
    if c.chance(0.5):
        d.put("NTE|1||Critical value called to ", P("NAME_CLINICIAN", doc_name(c).v("full")), ", RN at ", hhmm(c), " by tech ",
              P("NAME_CLINICIAN", doc_name(c).v("init")), ".\n")
    if age > 89 or c.chance(0.2):
        d.put("NTE|2||Pt age ", P("AGE_OVER_89", str(age)) if age > 89 else str(age), "; ", fe("hemolyzed specimen"), " recollect.\n")
    return d


def en_genetics(c: Ctx) -> Doc:
    pt, age, vd, dob, city, hosp, mrn = base(c, 0.0, 24, 55)
    gc = doc_name(c)
    mo, fa = person2(c, sex="F", own=0.1), person2(c, sex="M", own=0.1)
    sib_word, sib = relative(c, ("Sister", "Half-sister"), ("Brother", "Half-brother"))
    gm_age = c.ri(90, 101)
    gene = c.ch((("BRCA2", "hereditary breast and ovarian cancer syndrome", "breast cancer"),
                 ("MLH1", "Lynch syndrome", "colorectal cancer"),
                 ("LRRK2", "familial Parkinson's disease", "Parkinson's disease"),
                 ("HFE C282Y", "hereditary hemochromatosis", "cirrhosis")))
    d = Doc()
    d.put(P("HOSPITAL", hosp), " Cancer Genetics Program\nGENETIC COUNSELING NOTE\n")
    d.put("Patient: ", P("NAME_PATIENT", pt.v("full")), "   DOB ", d2(c, dob), "   MRN ", P("MRN", mrn), "   Visit ", d2(c, vd), "\n\n")
    d.put("Indication: family history of ", fe(gene[2]), ".\nPedigree (3 generations):\n")
    d.put("- Mother ", P("NAME_RELATIVE", mo.v("first")), ", ", fe(gene[2]), " dx at 4", str(c.ri(1, 9)), ", alive.\n")
    d.put("- Father ", P("NAME_RELATIVE", fa.v("full")), ", ", fe(c.ch(CHRONIC)), ".\n")
    d.put("- Maternal grandmother died at age ", P("AGE_OVER_89", str(gm_age)), " of ", fe("stroke"), ".\n")
    d.put("- ", sib_word, " ", P("NAME_RELATIVE", sib.v("first")), " (lives in ", P("CITY", city_en(c).city),
          ") tested positive for ", K("LAB", f"{gene[0]} pathogenic variant"), " on ", d2(c, plus(vd, -c.ri(30, 400))), ".\n\n")
    d.put("Discussed ", fe(gene[1]), ", autosomal dominant inheritance, 50% risk to offspring, GINA protections.\n")
    d.put("Testing: multigene panel sent, requisition ", P("OTHER_ID", f"{c.letters(3)}-{c.digits(7)}"), "; saliva kit barcode ",
          P("ACCESSION", c.digits(12)), ".\nResults portal: ", P("URL", f"https://results.{c.ch(('invitae.com', 'ambrygen.com', 'myriad.com'))}/p/{c.token(12)}"), "\n")
    d.put("Patient e-mail ", P("EMAIL", email_en(c, pt)), ", phone ", P("PHONE", phone_en(c, city.area)), ".\n\n")
    d.put(P("NAME_CLINICIAN", gc.v("full")), ", MS, CGC\n")
    return d


DME_ITEMS = [("CPAP", "E0601", "obstructive sleep apnea", "AHI 38"), ("hospital bed, semi-electric", "E0260", "Parkinson's disease", "Hoehn and Yahr stage 4"),
             ("power wheelchair", "K0823", "amyotrophic lateral sclerosis", "ALSFRS-R 22"), ("home oxygen concentrator", "E1390", "COPD", "SpO2 86% on room air"),
             ("continuous glucose monitor", "E2103", "type 1 diabetes mellitus", "HbA1c 9.1%")]


def en_dme(c: Ctx) -> Doc:
    pt, age, vd, dob, city, hosp, mrn = base(c, 0.25, 60, 88)
    md = doc_name(c)
    item = c.ch(DME_ITEMS)
    dword, dperson = relative(c, ("daughter", "wife"), ("son", "husband"))
    plan, mem = insurance_en(c)
    d = Doc()
    d.put("DETAILED WRITTEN ORDER - DURABLE MEDICAL EQUIPMENT\nSupplier: ", P("HOSPITAL", c.ch(("Apria Healthcare", "Lincare", "AdaptHealth", "{c} Medical Supply")).format(c=city.city)),
          "  Fax ", P("FAX", phone_en(c, city.area)), "\n\n")
    d.put("Beneficiary: ", P("NAME_PATIENT", pt.v(c.ch(("LF", "full")))), "   DOB: ", d2(c, dob), "   Age: ", P("AGE_OVER_89", str(age)) if age > 89 else str(age), "\n")
    d.put("Address: ", addr_en(c, True, city), "\nPhone: ", P("PHONE", phone_en(c, city.area)), "\n", plan, " ID: ", P("INSURANCE", mem), "\n\n")
    d.put("Item: ", item[0], " (HCPCS ", item[1], ")   Length of need: 99 months\nDiagnosis: ", fe(item[2]), "; ", K("MEASUREMENT", item[3]), "\n")
    if item[0] == "CPAP":
        d.put("Settings: ", K("MEASUREMENT", f"auto-CPAP {c.ri(5, 8)}-{c.ri(12, 18)} cm H2O"), ". Replacing unit serial ", P("DEVICE", f"{c.digits(11)}"), ".\n")
    else:
        d.put("Replacing unit serial ", P("DEVICE", f"{c.letters(3)}{c.digits(7)}"), " (", fe("malfunction"), ").\n")
    d.put("Face-to-face visit ", d2(c, plus(vd, -c.ri(3, 30))), " at ", P("HOSPITAL", hospital_en(c, city, "clinic")), ".\n\n")
    d.put("Ordering physician: ", P("NAME_CLINICIAN", md.v("full")), ", ", c.ch(CRED_MD), "   NPI ", P("LICENSE", npi(c)), "\nSignature date: ",
          d2(c, vd), "\nDelivery contact: ", dword, " ", P("NAME_RELATIVE", dperson.v("full")), " ",
          P("PHONE", phone_en(c, city.area)), "\n")
    if c.chance(0.4):
        d.put("Patient holds a US passport ", P("PASSPORT", passport_en(c)), " for travel with the device (letter provided).\n")
    return d


def en_travel_letter(c: Ctx) -> Doc:
    """A 'fit to fly' / medication carriage letter for customs (passport-heavy)."""
    pt, age, vd, dob, city, hosp, mrn = base(c, 0.15, 30, 88)
    md = doc_name(c)
    d = Doc()
    d.put(P("HOSPITAL", hospital_en(c, city, "clinic")), "\n", addr_en(c, False, city, two_lines=True), "\n\n", d2(c, vd, c.ch(("long", "ord"))), "\n\n")
    d.put("TO WHOM IT MAY CONCERN - MEDICAL CERTIFICATE FOR AIR TRAVEL\n\nThis is to certify that ", P("NAME_PATIENT", pt.v(c.ch(("fmlfull", "full")))),
          ", born ", d2(c, dob, "long"), ", passport no. ", P("PASSPORT", passport_en(c)), ", is under my care for ")
    cond = c.ch((("type 1 diabetes mellitus", "insulin lispro", "per sliding scale"), ("type 1 diabetes mellitus", "insulin aspart", "6-10 units with meals"),
                 ("Parkinson's disease", "apomorphine", "2 mg subcutaneously PRN"), ("multiple sclerosis", "interferon beta-1a", "30 mcg IM weekly"),
                 ("severe hemophilia A", "emicizumab", "3 mg/kg weekly")))
    d.put(fe(cond[0]), ".\n")
    d.put(pt.He, " must carry ", kd(cond[1], cond[2]),
          ", needles and a sharps container in the cabin.")
    if c.chance(0.6):
        d.put(" ", pt.He, " also wears ", c.ch(("an insulin pump", "a continuous glucose monitor", "a portable infusion pump")), " (serial ",
              P("DEVICE", f"{c.letters(2)}{c.digits(7)}{c.letters(1)}"), ") that must not pass through the X-ray scanner.")
    d.put("\n")
    d.put("Travel: departing ", d2(c, plus(vd, c.ri(5, 30)), "abbr"), " on ", c.ch(("United", "Delta", "American")), " flight ", str(c.ri(100, 2999)),
          "; frequent-flyer/known traveler no. ", P("OTHER_ID", c.digits(9)), ".\n")
    d.put("Emergency contact abroad: ", P("NAME_RELATIVE", person2(c, own=0.15).v("full")), ", ", P("PHONE", f"+44 20 {c.digits(4)} {c.digits(4)}"), ".\n\n")
    d.put("Yours faithfully,\n", P("NAME_CLINICIAN", md.v("fml")), ", ", c.ch(CRED_MD), "\nPhone ", P("PHONE", phone_en(c, city.area)), "  ",
          P("EMAIL", work_email(c, md, hosp_domain(c))), "\nLicense ", P("LICENSE", state_license(c, city.state)), "\n")
    return d


TEMPLATES = [
    ("en2_icu_flowsheet", en_icu_flowsheet),
    ("en2_rad_addendum", en_rad_addendum),
    ("en2_med_rec", en_med_rec),
    ("en2_home_health", en_home_health),
    ("en2_dental", en_dental),
    ("en2_ophtho", en_ophtho),
    ("en2_pt", en_pt),
    ("en2_dc_instructions", en_dc_instructions),
    ("en2_appeal", en_appeal),
    ("en2_court_eval", en_court_eval),
    ("en2_sports_physical", en_sports_physical),
    ("en2_clinician_email", en_clinician_email),
    ("en2_hl7_labs", en_hl7),
    ("en2_genetics", en_genetics),
    ("en2_dme_order", en_dme),
    ("en2_travel_letter", en_travel_letter),
]
