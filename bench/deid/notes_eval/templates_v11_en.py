# Longer than 450 lines: twelve English document kinds with their own scenario pools; splitting them would scatter one set's templates.
"""v11 English templates: twelve document kinds no earlier version used (call-centre triage script,
dialysis transport schedule, CPAP download, autopsy request, hearing-aid fitting, coding query,
SBAR text thread, donor-milk record, prosthetics fitting, lost-property CSV, patient-relations
complaint letter, remote-monitoring alert digest)."""

# ruff: noqa: E501  (document text; wrapping it would change what the notes look like)

from __future__ import annotations

import datetime as dt

from _v11_kit import (
    EN_EMPLOYERS,
    EN_HOSPITALS,
    WORDLIKE,
    Ctx,
    Doc,
    K,
    P,
    Place,
    date_en,
    email,
    ip,
    name_variants,
    person,
    phone,
    plate_en,
    rdate,
    ssn,
    url,
)

V11_WORDLIKE = WORDLIKE
KINDS = ("DRUG", "DOSE", "LAB", "ANATOMY", "FINDING", "PROCEDURE", "EPONYM", "MEASUREMENT")


def scen(c: Ctx, pool) -> dict:
    return {k: K(k, v) for k, v in zip(KINDS, c.ch(pool), strict=True)}


def D(c: Ctx, d: dt.date) -> P:
    return P("DATE", date_en(c, d))


def mrn(c: Ctx) -> str:
    return c.ch((c.digits(8), f"M{c.digits(7)}", f"{c.digits(3)}-{c.digits(2)}-{c.digits(3)}"))


def old(c: Ctx) -> P:
    return P("AGE_OVER_89", str(c.ri(90, 104)))


TRIAGE = [
    (
        "acetaminophen",
        "650 mg",
        "blood glucose",
        "right lower quadrant",
        "rebound tenderness",
        "urgent care referral",
        "McBurney's point",
        "101.8 F",
    ),
    (
        "ibuprofen",
        "400 mg",
        "home INR",
        "left calf",
        "unilateral swelling",
        "compression ultrasound",
        "Homans sign",
        "2 cm larger",
    ),
    (
        "albuterol inhaler",
        "2 puffs",
        "peak flow",
        "chest",
        "audible wheeze",
        "nebulizer treatment",
        "Kussmaul breathing",
        "180 L/min",
    ),
    (
        "loperamide",
        "2 mg",
        "urine ketones",
        "abdomen",
        "bloody diarrhea",
        "stool culture",
        "Rovsing sign",
        "8 episodes",
    ),
]


def triage(c: Ctx) -> Doc:
    p, nurse, caller = person(c), person(c), person(c)
    pl, s, d = Place(c), scen(c, TRIAGE), rdate(c)
    doc = Doc()
    doc.put(
        "NURSE ADVICE LINE - CALL SCRIPT LOG\nCall ID ",
        P("OTHER_ID", f"NAL-{c.digits(9)}"),
        "   Received ",
        D(c, d),
        " ",
        f"{c.ri(0, 23):02d}:{c.ri(0, 59):02d}",
        "\nCaller: ",
        P("NAME_RELATIVE", caller.full),
        " (",
        c.pick("daughter", "son", "spouse", "neighbor"),
        ") calling about ",
        P("NAME_PATIENT", name_variants(c, p)),
        ", callback ",
        P("PHONE", phone(c, pl.area)),
        "\n",
    )
    doc.put(
        "Patient DOB ",
        D(c, dt.date(d.year - c.ri(20, 80), c.ri(1, 12), c.ri(1, 28))),
        "; plan on file: ",
        P("INSURANCE", f"{c.ch(('BCBS', 'Medica', 'Humana'))} {c.letters(3)}{c.digits(9)}"),
        "\nLives at ",
        P("ADDRESS_STREET", pl.street),
        ", ",
        P("CITY", pl.city),
        " ",
        P("PROVINCE_STATE", pl.st),
        " ",
        P("POSTCODE", pl.zip),
        "\n",
    )
    doc.put(
        "Q1 Any chest pain or trouble breathing? caller says no. Q2 Where is the pain? -> ",
        s["ANATOMY"],
        ", with ",
        s["FINDING"],
        ". Q3 Meds taken: ",
        s["DRUG"],
        " ",
        s["DOSE"],
        " about 3 h ago. Caller read out ",
        s["LAB"],
        "; measured ",
        s["MEASUREMENT"],
        ".\n",
    )
    doc.put(
        "Protocol mentions ",
        s["EPONYM"],
        "; disposition: ",
        s["PROCEDURE"],
        " within 4 hours at ",
        P("HOSPITAL", c.ch(EN_HOSPITALS)),
        ". ",
        P("NAME_PATIENT", p.first + c.pick("'s", "")),
        " ride is the caller; told to call 911 if worse.\n",
    )
    return doc.put(
        "RN: ", P("NAME_CLINICIAN", f"{nurse.first} {nurse.last[0]}."), ", RN  ext ", c.digits(4), "\n"
    )


DIALYSIS = [
    (
        "heparin",
        "1000 units",
        "potassium",
        "left forearm fistula",
        "weak thrill",
        "fistulogram",
        "Allen test",
        "3.5 h",
    ),
    (
        "epoetin alfa",
        "4000 units",
        "hemoglobin",
        "right IJ catheter",
        "exit-site redness",
        "catheter exchange",
        "Trendelenburg position",
        "250 mL/h",
    ),
    (
        "sevelamer",
        "800 mg",
        "phosphorus",
        "upper arm graft",
        "prolonged bleeding",
        "thrombectomy",
        "Kt/V by Daugirdas",
        "2.1 kg",
    ),
]


def transport(c: Ctx) -> Doc:
    """Dialysis transport schedule: a pipe table, names last-first, vans by plate."""
    pl, s = Place(c), scen(c, DIALYSIS)
    d = rdate(c)
    doc = Doc().put(
        "TRI-COUNTY DIALYSIS  |  TRANSPORT SCHEDULE FOR ",
        D(c, d),
        "\nDispatcher line ",
        P("PHONE", phone(c, pl.area)),
        "   fax ",
        P("FAX", phone(c, pl.area)),
        "\n\n| chair | patient | pickup address | van | RN escort | notes |\n|---|---|---|---|---|---|\n",
    )
    for i in range(c.ri(2, 3)):
        p, drv = person(c), person(c)
        q = Place(c)
        doc.put(
            f"| {c.ri(1, 18)} | ",
            P("NAME_PATIENT", f"{p.last.upper()}, {p.first}"),
            " | ",
            P("ADDRESS_STREET", q.street),
            ", ",
            P("CITY", q.city),
            " | ",
            P("VEHICLE", plate_en(c, q.st)),
            " | ",
            P("NAME_CLINICIAN", drv.first),
            " | ",
            c.pick("wheelchair", "walker", "stretcher"),
            (", age " if i == 0 else ""),
            old(c) if i == 0 else "",
            " |\n",
        )
    doc.put(
        "\nChair 4 run note: ",
        s["DRUG"],
        " ",
        s["DOSE"],
        " bolus; pre ",
        s["LAB"],
        " pending; access ",
        s["ANATOMY"],
        " with ",
        s["FINDING"],
        " - charge RN to page vascular re ",
        s["PROCEDURE"],
        ". ",
        s["EPONYM"],
        " documented. UF goal ",
        s["MEASUREMENT"],
        ".\n",
    )
    return doc.put(
        "Medicaid transport auth ",
        P("OTHER_ID", f"NEMT-{c.digits(7)}"),
        "; broker contact ",
        P("EMAIL", email(c, person(c))),
        "\n",
    )


CPAP = [
    (
        "zolpidem",
        "5 mg",
        "AHI",
        "oropharynx",
        "mask leak",
        "titration study",
        "Mallampati class",
        "11.2 events/h",
    ),
    (
        "modafinil",
        "100 mg",
        "ferritin",
        "nasal bridge",
        "pressure sore",
        "mask refit",
        "Epworth score",
        "62 L/min",
    ),
    (
        "fluticasone nasal",
        "50 mcg",
        "serum bicarbonate",
        "upper airway",
        "central apneas",
        "BiPAP trial",
        "Cheyne-Stokes respiration",
        "12 cm H2O",
    ),
]


def cpap(c: Ctx) -> Doc:
    p, doc_, pl, s = person(c), person(c), Place(c), scen(c, CPAP)
    d0 = rdate(c)
    d1 = d0 + dt.timedelta(days=30)
    doc = Doc().put(
        "PAP COMPLIANCE DOWNLOAD\nDevice SN ",
        P("DEVICE", f"{c.ch(('AS10', 'DS2'))}{c.digits(9)}"),
        "  modem ",
        P("IP", ip(c)),
        "\nPatient: ",
        P("NAME_PATIENT", name_variants(c, p)),
        "   MRN ",
        P("MRN", mrn(c)),
        "\nUsage window ",
        D(c, d0),
        " to ",
        D(c, d1),
        "\n",
    )
    doc.put(
        "Days used >= 4 h: ",
        c.ri(12, 30),
        "/30. Download value ",
        s["MEASUREMENT"],
        "; ",
        s["LAB"],
        " reviewed. Notable ",
        s["FINDING"],
        " at the ",
        s["ANATOMY"],
        ".\n",
    )
    doc.put(
        "Interpretation: ",
        s["EPONYM"],
        " reviewed; on ",
        s["DRUG"],
        " ",
        s["DOSE"],
        ". Recommend ",
        s["PROCEDURE"],
        ".\n",
    )
    doc.put(
        "DME: Lakeshore Home Medical",
        " will call ",
        P("NAME_PATIENT", p.first),
        " at ",
        P("PHONE", phone(c, pl.area)),
        ".\n",
    )
    return doc.put(
        "Read by ",
        P("NAME_CLINICIAN", doc_.full),
        ", MD",
        " ",
        D(c, d1 + dt.timedelta(days=c.ri(1, 5))),
        "\n",
    )


AUTOPSY = [
    (
        "warfarin",
        "5 mg",
        "troponin",
        "left anterior descending artery",
        "sudden collapse",
        "coronary dissection",
        "Virchow triad",
        "450 g heart",
    ),
    (
        "oxycodone",
        "10 mg",
        "postmortem toxicology",
        "liver",
        "pulmonary edema",
        "vitreous sampling",
        "Tardieu spots",
        "1850 g liver",
    ),
    (
        "insulin glargine",
        "30 units",
        "vitreous glucose",
        "brain",
        "subdural hematoma",
        "neuropathology review",
        "Duret hemorrhages",
        "1320 g brain",
    ),
]


def autopsy(c: Ctx) -> Doc:
    p, nok, att, pl, s = person(c), person(c), person(c), Place(c), scen(c, AUTOPSY)
    d = rdate(c)
    doc = Doc().put(
        "REQUEST FOR AUTOPSY / AUTHORIZATION\n",
        P("HOSPITAL", c.ch(EN_HOSPITALS)),
        " Decedent Affairs\n\nDecedent: ",
        P("NAME_PATIENT", p.full.upper()),
        "  Age ",
        old(c),
        "  SSN ",
        P("SSN", ssn(c)),
        "\nDate of death ",
        D(c, d),
        "  Acc# ",
        P("ACCESSION", f"A{d.year % 100}-{c.digits(4)}"),
        "\n",
    )
    doc.put(
        "Authorizing next of kin: ",
        P("NAME_RELATIVE", nok.full),
        " (",
        c.pick("son", "daughter", "niece", "husband"),
        "), ",
        P("ADDRESS_STREET", pl.street),
        ", ",
        P("CITY", pl.city),
        ", ",
        P("PROVINCE_STATE", pl.state),
        " ",
        P("POSTCODE", pl.zip),
        "; tel ",
        P("PHONE", phone(c, pl.area)),
        "\n",
    )
    doc.put(
        "Clinical question: ",
        s["FINDING"],
        " on ",
        s["DRUG"],
        " ",
        s["DOSE"],
        "; last ",
        s["LAB"],
        " abnormal. Please examine ",
        s["ANATOMY"],
        " and consider ",
        s["PROCEDURE"],
        "; comment on ",
        s["EPONYM"],
        ". Expected ",
        s["MEASUREMENT"],
        ".\nLimitations: none. Funeral home: ",
        P(
            "WORKPLACE",
            c.ch(("Hollister & Sons Funeral Home", "Greenlawn Mortuary", "Peaceful Pines Chapel")),
        ),
        "\n",
    )
    return doc.put("Requesting physician Dr. ", P("NAME_CLINICIAN", att.last), "  pager ", c.digits(4), "\n")


HEARING = [
    (
        "ciprofloxacin otic",
        "4 drops",
        "tympanometry",
        "right ear canal",
        "cerumen impaction",
        "real-ear measurement",
        "Weber test",
        "45 dB HL",
    ),
    (
        "prednisone",
        "60 mg",
        "speech recognition score",
        "cochlea",
        "sudden sensorineural loss",
        "intratympanic injection",
        "Rinne test",
        "68 %",
    ),
    (
        "carbamide peroxide",
        "5 drops",
        "otoacoustic emissions",
        "left pinna",
        "feedback squeal",
        "vent modification",
        "Stenger test",
        "30 dB gain",
    ),
]


def hearing(c: Ctx) -> Doc:
    p, aud, fam, _pl, s = person(c), person(c), person(c), Place(c), scen(c, HEARING)
    d = rdate(c)
    doc = Doc().put(
        "Hearing aid fitting & orientation - ",
        D(c, d),
        "\nPt ",
        P("NAME_PATIENT", name_variants(c, p)),
        ", ",
        old(c) if c.chance(0.5) else str(c.ri(60, 89)),
        " yo, accompanied by ",
        P("NAME_RELATIVE", fam.first),
        ".\nAids: L serial ",
        P("DEVICE", f"{c.letters(2)}{c.digits(8)}"),
        ", R serial ",
        P("DEVICE", f"{c.letters(2)}{c.digits(8)}"),
        "\n",
    )
    doc.put(
        s["LAB"],
        " today ",
        s["MEASUREMENT"],
        "; ",
        s["EPONYM"],
        " lateralizes. Noted ",
        s["FINDING"],
        " of the ",
        s["ANATOMY"],
        ", completed ",
        s["PROCEDURE"],
        ". Uses ",
        s["DRUG"],
        " ",
        s["DOSE"],
        " weekly.\n",
    )
    doc.put(
        "App pairing: account ",
        P("EMAIL", email(c, p)),
        ", remote-care link ",
        P("URL", url(c, p)),
        "\nBilling acct ",
        P("ACCOUNT", c.digits(10)),
        ", warranty to ",
        D(c, d + dt.timedelta(days=1095)),
        "\n",
    )
    return doc.put(
        P("NAME_CLINICIAN", f"{aud.first} {aud.last}"), ", Au.D., ", P("LICENSE", f"AUD{c.digits(5)}"), "\n"
    )


CODING = [
    (
        "vancomycin",
        "1.25 g",
        "lactate",
        "left lower lobe",
        "acute hypoxic respiratory failure",
        "bronchoscopy",
        "Gram stain",
        "SpO2 84 %",
    ),
    (
        "furosemide",
        "40 mg IV",
        "BNP",
        "left ventricle",
        "acute on chronic systolic failure",
        "right heart catheterization",
        "Starling curve",
        "EF 25 %",
    ),
    (
        "ceftriaxone",
        "2 g",
        "albumin",
        "sacrum",
        "stage 3 pressure injury",
        "excisional debridement",
        "Braden scale",
        "4 x 3 cm",
    ),
]


def coding_query(c: Ctx) -> Doc:
    """CDI / coding query sent to the attending through the inbox."""
    p, att, cdi, s = person(c), person(c), person(c), scen(c, CODING)
    d = rdate(c)
    doc = Doc().put(
        "CLINICAL DOCUMENTATION QUERY\nTo: ",
        P(
            "NAME_CLINICIAN",
            c.pick(att.last, att.full, f"{att.first[0]}{att.last[0]}".upper() + " " + att.last),
        ),
        "   From: ",
        P("NAME_CLINICIAN", cdi.first),
        " (CDI)\nRe: ",
        P("NAME_PATIENT", f"{p.last}, {p.first}"),
        "  Enc ",
        P("ACCOUNT", f"{c.digits(11)}"),
        "  Adm ",
        D(c, d),
        "\n\n",
    )
    doc.put(
        "Dr. ",
        P("NAME_CLINICIAN", att.last),
        ", the record of ",
        P("NAME_PATIENT", p.first),
        " ",
        P("NAME_PATIENT", p.last + "'s"),
        " stay notes ",
        s["MEASUREMENT"],
        ", ",
        s["LAB"],
        " elevated, ",
        s["DRUG"],
        " ",
        s["DOSE"],
        " given, and ",
        s["PROCEDURE"],
        " of the ",
        s["ANATOMY"],
        ". ",
        s["EPONYM"],
        " was cited. Can the diagnosis be further specified?\n",
    )
    doc.put(
        "[ ] ",
        s["FINDING"],
        "\n[ ] other: ______\n[ ] unable to determine\nPayer ",
        P(
            "INSURANCE",
            f"MCR {c.digits(1)}{c.letters(2)}{c.digits(1)}-{c.letters(2)}{c.digits(1)}-{c.letters(2)}{c.digits(2)}",
        ),
        "  MRN ",
        P("MRN", mrn(c)),
        "\nReply by ",
        D(c, d + dt.timedelta(days=c.ri(3, 9))),
        " via ",
        P("URL", f"https://cdi.{c.ch(('bluestemhealth', 'kmgeneral'))}.org/q/{c.digits(6)}"),
        "\n",
    )
    return doc


SBAR = [
    (
        "metoprolol",
        "25 mg",
        "troponin I",
        "abdomen",
        "new atrial fibrillation",
        "12-lead ECG",
        "Valsalva maneuver",
        "HR 142",
    ),
    (
        "morphine",
        "2 mg IV",
        "hemoglobin",
        "surgical incision",
        "saturated dressing",
        "wound check",
        "Cullen sign",
        "BP 86/50",
    ),
    (
        "haloperidol",
        "0.5 mg",
        "sodium",
        "scalp",
        "acute delirium",
        "CAM-ICU screen",
        "Glasgow coma scale",
        "RR 28",
    ),
]


def sbar_thread(c: Ctx) -> Doc:
    """Nurse-to-nurse / nurse-to-resident secure text thread, first names, lower case."""
    p, rn1, rn2, md, s = person(c), person(c), person(c), person(c), scen(c, SBAR)
    d = rdate(c)
    doc = Doc().put("[thread] 4 West charge  ", D(c, d), "\n")
    doc.put(
        f"{c.ri(0, 23):02d}:{c.ri(10, 59)} ",
        P("NAME_CLINICIAN", rn1.first.lower()),
        ": S - rm ",
        c.ri(401, 430),
        " ",
        P("NAME_PATIENT", p.last.lower()),
        " has ",
        s["FINDING"],
        ", ",
        s["MEASUREMENT"],
        "\n",
    )
    doc.put(
        f"{c.ri(0, 23):02d}:{c.ri(10, 59)} ",
        P("NAME_CLINICIAN", rn1.first.lower()),
        ": B - POD1 s/p surgery, got ",
        s["DRUG"],
        " ",
        s["DOSE"],
        " at 1400\n",
    )
    doc.put(
        f"{c.ri(0, 23):02d}:{c.ri(10, 59)} ",
        P("NAME_CLINICIAN", rn2.first),
        ": A? ",
        s["ANATOMY"],
        " ok? ",
        s["EPONYM"],
        "?\n",
    )
    doc.put(
        f"{c.ri(0, 23):02d}:{c.ri(10, 59)} ",
        P("NAME_CLINICIAN", rn1.first.lower()),
        ": R - paged ",
        "dr ",
        P("NAME_CLINICIAN", md.last.lower()),
        ", wants ",
        s["PROCEDURE"],
        " + stat ",
        s["LAB"],
        ". wife ",
        P("NAME_RELATIVE", person(c, "F").first),
        " at bedside, her cell ",
        P("PHONE", phone(c, Place(c).area)),
        "\n",
    )
    doc.put(
        f"{c.ri(0, 23):02d}:{c.ri(10, 59)} ",
        P("NAME_CLINICIAN", rn2.first),
        ": ok. also pls fix ",
        P("NAME_PATIENT", p.first + "'s"),
        " armband, MRN says ",
        P("MRN", mrn(c)),
        "\n",
    )
    return doc.put("-- sent from workstation ", P("IP", ip(c)), "\n")


MILK = [
    (
        "domperidone",
        "10 mg",
        "HIV serology",
        "breast",
        "mastitis",
        "Holder pasteurization",
        "Montgomery glands",
        "850 mL",
    ),
    (
        "nifedipine",
        "30 mg",
        "hepatitis B surface antigen",
        "nipple",
        "blanching vasospasm",
        "bacterial culture of pool",
        "Raynaud phenomenon",
        "1.2 L",
    ),
    (
        "sertraline",
        "50 mg",
        "syphilis RPR",
        "axillary tail",
        "engorgement",
        "creamatocrit",
        "Cooper ligaments",
        "22 kcal/oz",
    ),
]


def donor_milk(c: Ctx) -> Doc:
    p, baby, rn, pl, s = person(c, "F"), person(c), person(c), Place(c), scen(c, MILK)
    d = rdate(c)
    doc = Doc().put(
        "DONOR HUMAN MILK BANK - DONOR RECORD\nDonor # ",
        P("OTHER_ID", f"D{c.digits(5)}"),
        "\nName ",
        P("NAME_PATIENT", p.full),
        "   DOB ",
        D(c, dt.date(d.year - c.ri(19, 41), c.ri(1, 12), c.ri(1, 28))),
        "\nHome ",
        P("ADDRESS_STREET", pl.street),
        ", ",
        P("CITY", pl.city),
        ", ",
        P("PROVINCE_STATE", pl.st),
        " ",
        P("POSTCODE", pl.zip),
        "\nEmail ",
        P("EMAIL", email(c, p)),
        "\n",
    )
    doc.put(
        "Infant ",
        P("NAME_RELATIVE", baby.first),
        " born ",
        D(c, d),
        " at ",
        P("HOSPITAL", c.ch(EN_HOSPITALS)),
        "\nEmployer ",
        P("WORKPLACE", c.ch(EN_EMPLOYERS)),
        " (pumps at work)\n",
    )
    doc.put(
        "Screening: ",
        s["LAB"],
        " negative. Meds: ",
        s["DRUG"],
        " ",
        s["DOSE"],
        " - acceptable. History of ",
        s["FINDING"],
        " of the ",
        s["ANATOMY"],
        " resolved. Lot processed by ",
        s["PROCEDURE"],
        "; note ",
        s["EPONYM"],
        " normal. Shipment ",
        s["MEASUREMENT"],
        ".\nDriver's licence on file ",
        P("LICENSE", f"{c.letters(1)}{c.digits(3)}-{c.digits(3)}-{c.digits(2)}-{c.digits(3)}-{c.digits(1)}"),
        "\n",
    )
    return doc.put(
        "Approved ",
        D(c, d + dt.timedelta(days=c.ri(20, 90))),
        " - ",
        P("NAME_CLINICIAN", f"{rn.first} {rn.last}"),
        ", IBCLC",
        "\n",
    )


PROSTHESIS = [
    (
        "gabapentin",
        "300 mg",
        "HbA1c",
        "residual limb",
        "distal end breakdown",
        "socket check",
        "Syme amputation",
        "6 ply",
    ),
    (
        "duloxetine",
        "60 mg",
        "CRP",
        "transtibial stump",
        "verrucous hyperplasia",
        "gait analysis",
        "Ertl procedure",
        "42 cm",
    ),
    (
        "pregabalin",
        "75 mg",
        "serum creatinine",
        "knee",
        "phantom limb pain",
        "liner casting",
        "Thomas test",
        "15 degrees",
    ),
]


def prosthetics(c: Ctx) -> Doc:
    p, cpo, pl, s = person(c), person(c), Place(c), scen(c, PROSTHESIS)
    d = rdate(c)
    doc = Doc().put(
        "Prosthetic clinic fitting note, ",
        D(c, d),
        ". ",
        P("NAME_PATIENT", p.full),
        " came in from ",
        P("CITY", pl.city),
        " for the check socket; ",
        "works at ",
        P("WORKPLACE", c.ch(EN_EMPLOYERS)),
        " and is back on light duty. Foot serial ",
        P("DEVICE", f"{c.letters(3)}-{c.digits(6)}"),
        ", knee unit ",
        P("DEVICE", f"SN {c.digits(4)}{c.letters(2)}{c.digits(2)}"),
        ".\n",
    )
    doc.put(
        "History of ",
        s["EPONYM"],
        ". Today ",
        s["FINDING"],
        " of the ",
        s["ANATOMY"],
        "; sock ply ",
        s["MEASUREMENT"],
        ". ",
        s["LAB"],
        " reviewed. Takes ",
        s["DRUG"],
        " ",
        s["DOSE"],
        " at night. Next: ",
        s["PROCEDURE"],
        ".\n",
    )
    doc.put(
        "Medicare ",
        P(
            "INSURANCE",
            f"{c.digits(1)}{c.letters(2)}{c.digits(1)}{c.letters(2)}{c.digits(1)}{c.letters(2)}{c.digits(2)}",
        ),
        ", MRN ",
        P("MRN", mrn(c)),
        ". ",
        P("NAME_PATIENT", p.first),
        " drives a modified truck, plate ",
        P("VEHICLE", plate_en(c, pl.st)),
        ".\n",
    )
    return doc.put(
        "-- ",
        P("NAME_CLINICIAN", f"{cpo.first} {cpo.last}"),
        ", CPO   lic. ",
        P("LICENSE", f"PO-{c.digits(4)}"),
        "\n",
    )


LOST = [
    (
        "hydrocodone",
        "5/325 mg",
        "INR",
        "upper denture",
        "missing hearing aid",
        "property inventory",
        "Foley catheter",
        "17 tablets",
    ),
    (
        "lorazepam",
        "1 mg",
        "fingerstick glucose",
        "dental bridge",
        "missing glasses",
        "search of unit",
        "Yankauer suction",
        "2 vials",
    ),
    (
        "tramadol",
        "50 mg",
        "A1c meter log",
        "prosthetic eye",
        "wallet not found",
        "security escort",
        "Hoyer lift",
        "30 capsules",
    ),
]


def lost_property(c: Ctx) -> Doc:
    """Lost-and-found property log exported as CSV."""
    s = scen(c, LOST)
    doc = Doc().put("log_id,date_found,owner,owner_phone,unit,item,finder,status\n")
    for _ in range(c.ri(3, 4)):
        p, f = person(c), person(c)
        doc.put(
            P("OTHER_ID", f"LF{c.digits(6)}"),
            ",",
            D(c, rdate(c)),
            ',"',
            P("NAME_PATIENT", f"{p.last}, {p.first}"),
            '",',
            P("PHONE", phone(c, Place(c).area)),
            f",{c.pick('4W', 'ED', 'ICU', 'L&D')},",
            c.pick("phone", "ring", "keys", "coat"),
            ",",
            P("NAME_CLINICIAN", f.first),
            ",",
            c.pick("held", "returned", "to security"),
            "\n",
        )
    doc.put(
        "\nComment: pharmacy logged patient's own ",
        s["DRUG"],
        " ",
        s["DOSE"],
        ", count ",
        s["MEASUREMENT"],
        "; also ",
        s["ANATOMY"],
        " (",
        s["FINDING"],
        ") and a ",
        s["EPONYM"],
        " left in bay. ",
        s["LAB"],
        " found in bag. ",
        s["PROCEDURE"],
        " done.\n",
    )
    return doc.put(
        "Security contact ",
        P(
            "EMAIL",
            f"{c.ch(('security', 'lostfound'))}{c.ri(1, 9)}@{c.ch(('bluestemhealth.org', 'riverbend.org'))}",
        ),
        "\n",
    )


COMPLAINT = [
    (
        "apixaban",
        "5 mg",
        "D-dimer",
        "right leg",
        "missed pulmonary embolism",
        "CT angiography",
        "Wells score",
        "9 hours",
    ),
    (
        "amoxicillin",
        "500 mg",
        "rapid strep",
        "throat",
        "peritonsillar abscess",
        "needle aspiration",
        "Centor criteria",
        "4 visits",
    ),
    (
        "oxycodone",
        "5 mg",
        "urine drug screen",
        "lumbar spine",
        "cauda equina syndrome",
        "MRI lumbar spine",
        "Lasegue sign",
        "3 days",
    ),
]


def complaint(c: Ctx) -> Doc:
    """Patient-relations complaint letter, free prose, written by a family member."""
    p, w, md, pl, s = person(c), person(c), person(c), Place(c), scen(c, COMPLAINT)
    d = rdate(c)
    doc = Doc().put(
        P("ADDRESS_STREET", pl.street),
        "\n",
        P("CITY", pl.city),
        ", ",
        P("PROVINCE_STATE", pl.st),
        " ",
        P("POSTCODE", pl.zip),
        "\n",
        D(c, d + dt.timedelta(days=12)),
        "\n\nPatient Relations\n",
        P("HOSPITAL", c.ch(EN_HOSPITALS)),
        "\n\nTo whom it may concern,\n\n",
    )
    doc.put(
        "I am writing about my ",
        c.pick("father", "mother", "grandmother", "husband"),
        ", ",
        P("NAME_PATIENT", p.full),
        ", who is ",
        old(c),
        " and was seen in your emergency department on ",
        D(c, d),
        ". Dr. ",
        P("NAME_CLINICIAN", md.last),
        " gave him ",
        s["DRUG"],
        " ",
        s["DOSE"],
        " and sent him home without a ",
        s["LAB"],
        " even though his ",
        s["ANATOMY"],
        " was swollen. We waited ",
        s["MEASUREMENT"],
        ". Two days later he had ",
        s["PROCEDURE"],
        " elsewhere and it showed ",
        s["FINDING"],
        ". Nobody mentioned ",
        s["EPONYM"],
        ".\n",
    )
    doc.put(
        "His account number is ",
        P("ACCOUNT", c.digits(9)),
        " and his Social is ",
        P("SSN", ssn(c)),
        " if you need it. You can reach me at ",
        P("PHONE", phone(c, pl.area)),
        " or ",
        P("EMAIL", email(c, w)),
        ".\n\nSincerely,\n",
        P("NAME_RELATIVE", w.full),
        "\n",
    )
    return doc


RPM = [
    (
        "lisinopril",
        "20 mg",
        "potassium",
        "ankles",
        "weight gain",
        "diuretic titration",
        "Korotkoff sounds",
        "3.1 lb",
    ),
    (
        "insulin lispro",
        "6 units",
        "glucose",
        "finger",
        "hypoglycemia",
        "CGM review",
        "Somogyi effect",
        "48 mg/dL",
    ),
    (
        "carvedilol",
        "12.5 mg",
        "NT-proBNP",
        "lungs",
        "crackles",
        "telehealth visit",
        "Cheyne-Stokes breathing",
        "SpO2 88 %",
    ),
]


def rpm_digest(c: Ctx) -> Doc:
    """Remote patient monitoring alert digest e-mail, one line per alert."""
    nurse, s = person(c), scen(c, RPM)
    d = rdate(c)
    doc = Doc().put(
        "From: alerts@",
        c.ch(("vitalbridge.io", "carelinq.io")),
        "\nTo: ",
        P("EMAIL", email(c, nurse)),
        "\nSubject: RPM digest ",
        D(c, d),
        "\n\n",
    )
    for _ in range(c.ri(2, 3)):
        p = person(c)
        doc.put(
            "* ",
            P("NAME_PATIENT", name_variants(c, p)),
            " (hub ",
            P("DEVICE", f"HUB-{c.alnum(8)}"),
            ", ",
            P("IP", ip(c)),
            ") - ",
            c.pick("red", "amber"),
            " alert\n",
        )
    doc.put(
        "\nTop alert: ",
        s["FINDING"],
        " (",
        s["MEASUREMENT"],
        "); on ",
        s["DRUG"],
        " ",
        s["DOSE"],
        "; last ",
        s["LAB"],
        " normal; ",
        s["ANATOMY"],
        " edema noted; ",
        s["EPONYM"],
        " not assessable remotely. Suggest ",
        s["PROCEDURE"],
        ".\nOpen dashboard: ",
        P("URL", url(c, person(c))),
        "\n",
    )
    return doc.put(
        "Enrolled through ",
        P("HOSPITAL", c.ch(EN_HOSPITALS)),
        " | program ID ",
        P("OTHER_ID", f"RPM-{c.digits(6)}"),
        " | passport-verified enrollee ",
        P("PASSPORT", f"{c.digits(9)}"),
        "\n",
    )


TEMPLATES = [
    ("en11_triage_call_script", triage),
    ("en11_dialysis_transport_schedule", transport),
    ("en11_cpap_download", cpap),
    ("en11_autopsy_request", autopsy),
    ("en11_hearing_aid_fitting", hearing),
    ("en11_coding_query", coding_query),
    ("en11_sbar_text_thread", sbar_thread),
    ("en11_donor_milk_record", donor_milk),
    ("en11_prosthetics_fitting", prosthetics),
    ("en11_lost_property_csv", lost_property),
    ("en11_complaint_letter", complaint),
    ("en11_rpm_alert_digest", rpm_digest),
]
