# Longer than 450 lines: six document templates, each one function of literal text, kept together.
"""v30 English templates, part 1 (README.md "v30"); TEMPLATES lists all twelve (part 2 in
templates_v30_en2.py).

Document types none of v1-v29 used: a home parenteral nutrition order & referral form, a heparin
nomogram titration log (TSV), a difficult-airway notification letter to the patient, a lower-case
respiratory-therapy ventilator-weaning log, a negative-pressure wound therapy delivery form and a
bedside gastrostomy-tube replacement note."""

# ruff: noqa: E501  (template text)

from __future__ import annotations

import templates_v30_en2 as _en2
from _v30_kit import (
    EMPLOYERS,
    EN_WORDLIKE,
    HOME_HEALTH,
    HOME_INFUSION,
    Doc,
    P,
    accession,
    age_p,
    age_pair,
    device_serial,
    dob_for,
    email_for,
    en_hospital,
    en_names,
    en_town,
    fin,
    his,
    ipv4,
    link,
    member_id,
    mrn,
    npi,
    passport,
    phone,
    plate,
    plus,
    rdate,
    relation_en,
    ssn,
    street,
    timeline,
    us,
    vin,
    zipcode,
)

V30_EN_WORDLIKE = [w.lower() for w in EN_WORDLIKE]


def _addr(c, t):
    return [
        P("ADDRESS_STREET", street(c)),
        ", ",
        P("CITY", t.city),
        ", ",
        P("PROVINCE_STATE", t.state),
        " ",
        P("POSTCODE", zipcode(c, t)),
    ]


def hpn_order(c):
    d = Doc()
    t = en_town(c)
    h, ph = en_hospital(c, t), en_hospital(c, t, HOME_INFUSION)
    p, md, rd, rel = en_names(c, 4)
    age = age_pair(c, 0.08, 24, 86)
    day = rdate(c)
    dob = dob_for(c, age, day)
    d.put("HOME PARENTERAL NUTRITION (HPN) - ORDER & REFERRAL\n")
    d.put("Referring facility: ", P("HOSPITAL", h), "    Fax: ", P("FAX", phone(c, t.area)), "\n")
    d.put("Dispensing pharmacy: ", P("HOSPITAL", ph), "    Tel: ", P("PHONE", phone(c, t.area)), "\n")
    d.put("Order date: ", P("DATE", us(day, c=c)), "    Rx #: ", P("OTHER_ID", f"RX-{c.digits(7)}"), "\n\n")
    d.put("PATIENT\n  Name (last, first): ", P("NAME_PATIENT", p.rev), "\n")
    d.put("  DOB: ", P("DATE", us(dob, c=c)), "   Sex: ", p.sex, "   Age: ", age_p(age), "\n")
    d.put("  MRN: ", P("MRN", mrn(c)), "\n")
    if c.chance(0.5):
        d.put("  SSN: ", P("SSN", ssn(c)), "\n")
    d.put("  Delivery address: ", _addr(c, t), "\n")
    d.put("  Home phone: ", P("PHONE", phone(c, t.area)), "\n")
    d.put("  Member ID: ", P("INSURANCE", member_id(c)), "\n")
    if c.chance(0.65):
        d.put("  Employer: ", P("WORKPLACE", c.ch(EMPLOYERS)), " (cycle infusion overnight around shifts)\n")
    if c.chance(0.3):
        d.put("  Passport no. (supply letter for travel): ", P("PASSPORT", passport(c)), "\n")
    d.put(
        "  Caregiver trained on pump: ",
        P("NAME_RELATIVE", rel.full),
        f" ({relation_en(c, p.sex, age, rel.sex)})  cell ",
        P("PHONE", phone(c, t.area)),
        "\n\n",
    )
    dx = c.ch(
        (
            "⟦fi|short bowel syndrome⟧ after ⟦pr|extensive small bowel resection⟧",
            "⟦fi|chronic intestinal pseudo-obstruction⟧",
            "⟦fi|high-output enterocutaneous fistula⟧",
            "⟦fi|radiation enteritis⟧ with ⟦fi|malabsorption⟧",
        )
    )
    d.put("DIAGNOSIS: ", dx, f"; ⟦me|weight {c.fl(41, 78)} kg⟧, ⟦me|BMI {c.fl(15.5, 21.9)}⟧\n")
    d.put(
        "ACCESS: ",
        c.ch(("⟦ep|Hickman catheter⟧", "⟦pr|PICC⟧", "⟦ep|Broviac catheter⟧", "⟦pr|implanted port⟧")),
        ", ",
        c.ch(("⟦an|right internal jugular vein⟧", "⟦an|left subclavian vein⟧", "⟦an|right basilic vein⟧")),
        ", tip at ⟦an|cavoatrial junction⟧\n",
    )
    d.put("FORMULA (per bag, cycled over 12 h):\n")
    d.put(f"  ⟦dr|dextrose⟧ ⟦do|{c.ch((175, 200, 250, 300))} g⟧\n")
    d.put(f"  ⟦dr|amino acids⟧ ⟦do|{c.ch((70, 85, 100, 110))} g⟧\n")
    d.put(f"  ⟦dr|lipid injectable emulsion⟧ ⟦do|{c.ch((25, 40, 50))} g⟧ 3x/week\n")
    d.put("  ⟦dr|multivitamin infusion⟧ ⟦do|10 mL⟧ daily; ⟦dr|trace elements⟧ ⟦do|1 mL⟧ daily\n")
    d.put(f"  ⟦dr|heparin⟧ ⟦do|{c.ch((100, 300))} units⟧ lock after disconnect\n")
    d.put(
        f"BASELINE LABS: ⟦lab|prealbumin {c.fl(8, 19)} mg/dL⟧, ⟦lab|magnesium {c.fl(1.3, 2.1)} mg/dL⟧, "
        f"⟦lab|triglycerides {c.ri(90, 310)} mg/dL⟧, ⟦lab|ALT {c.ri(14, 88)} U/L⟧\n"
    )
    d.put("Monitor for ⟦fi|refeeding syndrome⟧ and ⟦fi|catheter-related bloodstream infection⟧.\n\n")
    d.put(
        "Dietitian: ",
        P("NAME_CLINICIAN", rd.full),
        ", RD, CNSC   ",
        P("EMAIL", email_for(c, rd.first, rd.last, c.ch(("nutrisupport.org", "hpnteam.net")))),
        "\n",
    )
    if c.chance(0.3):
        d.put("Weekly labs upload: ", P("URL", link(c, "labs.hpnteam.net")), "\n")
    d.put("Prescriber: ", P("NAME_CLINICIAN", md.full), ", MD    NPI ", P("LICENSE", npi(c)), "\n")
    d.put("Signed ", P("DATE", us(day, "mdy")), "\n")
    return d


def heparin_nomogram(c):
    d = Doc()
    t = en_town(c)
    h = en_hospital(c, t)
    ppl = en_names(c, 5)
    p, rns = ppl[0], ppl[1:]
    age = age_pair(c, 0.3, 41, 88)
    day = rdate(c)
    wt = c.ri(52, 128)
    d.put(P("HOSPITAL", h), " - Pharmacy & Therapeutics\n")
    d.put("WEIGHT-BASED UNFRACTIONATED HEPARIN NOMOGRAM - TITRATION LOG\n")
    d.put("Patient:\t", P("NAME_PATIENT", p.rev.upper() if c.chance(0.4) else p.rev), "\n")
    d.put("MRN:\t", P("MRN", mrn(c)), "\tFIN:\t", P("ACCOUNT", fin(c)), "\n")
    d.put("Age:\t", age_p(age), "\tDosing weight:\t", f"⟦me|{wt} kg⟧", "\n")
    ind = c.ch(
        (
            "⟦fi|pulmonary embolism⟧",
            "⟦fi|deep vein thrombosis⟧",
            "⟦fi|NSTEMI⟧",
            "⟦fi|left ventricular thrombus⟧",
        )
    )
    d.put("Indication:\t", ind, "\n")
    d.put(f"Bolus:\t⟦dr|heparin⟧ ⟦do|{80 * wt} units⟧ IV, then ⟦do|18 units/kg/h⟧\n\n")
    d.put("date\ttime\tspecimen\taPTT (s)\trate (units/kg/h)\taction\tRN\n")
    rate = 18
    for cur, hm in timeline(c, day, c.ri(4, 7)):
        aptt = c.ri(38, 112)
        act = (
            "no change"
            if 60 <= aptt <= 85
            else ("increase 2 units/kg/h" if aptt < 60 else "hold 1 h, decrease 2 units/kg/h")
        )
        rate = rate if 60 <= aptt <= 85 else (rate + 2 if aptt < 60 else rate - 2)
        rn = c.ch(rns)
        rnv = c.ch((rn.first, rn.init_last, f"{rn.first} {rn.last[0]}."))
        if rnv.endswith("."):
            rnv = rn.first
        d.put(
            P("DATE", us(cur, c.ch(("mdy", "md", "iso")))),
            f"\t{hm}\t",
            P("ACCESSION", accession(c)),
            f"\t⟦lab|aPTT {aptt} s⟧\t{rate}\t{act}\t",
            P("NAME_CLINICIAN", rnv),
            "\n",
        )
    d.put(
        f"\n⟦lab|platelets {c.ri(150, 340)} K/uL⟧ baseline; recheck on day 3 (⟦fi|heparin-induced thrombocytopenia⟧ watch).\n"
    )
    d.put("Pharmacist verification: ", P("NAME_CLINICIAN", rns[0].full), ", PharmD\n")
    return d


def airway_letter(c):
    d = Doc()
    t = en_town(c)
    h = en_hospital(c, t)
    p, md, pcp, rel = en_names(c, 4)
    age = age_pair(c, 0.2, 24, 88)
    day = rdate(c)
    d.put(P("HOSPITAL", h), "\nDepartment of Anesthesiology\n\n")
    d.put(P("DATE", us(day, c.ch(("long", "long", "mdy")))), "\n\n")
    d.put(P("NAME_PATIENT", p.full), "\n", _addr(c, t), "\n\n")
    d.put("Re: DIFFICULT AIRWAY / INTUBATION NOTIFICATION\n")
    d.put("DOB ", P("DATE", us(dob_for(c, age, day), "mdy")), "   MRN ", P("MRN", mrn(c)), "\n\n")
    d.put(
        "Dear ",
        c.ch(("Mr. " if p.sex == "M" else "Ms. ", "")),
        P("NAME_PATIENT", p.last if c.chance(0.6) else p.first),
        ",\n\n",
    )
    proc = c.ch(
        (
            "⟦pr|laparoscopic cholecystectomy⟧",
            "⟦pr|total knee arthroplasty⟧",
            "⟦pr|cervical spine fusion⟧",
            "⟦pr|emergency laparotomy⟧",
        )
    )
    d.put(
        "During your anesthetic for ",
        proc,
        " on ",
        P("DATE", us(day, c.ch(("mdy", "mon")))),
        ", placing the breathing tube was unexpectedly difficult. This letter explains what happened so that future "
        "anesthesia teams can plan ahead.\n\n",
    )
    d.put(
        f"Findings: ⟦me|Mallampati {c.ch(('III', 'IV'))}⟧, ⟦me|thyromental distance {c.fl(4.0, 6.0)} cm⟧, limited ⟦an|cervical spine⟧ extension. "
        f"Direct laryngoscopy gave a ⟦ep|Cormack-Lehane⟧ grade {c.ch(('3b', '4'))} view. ",
        c.ch(
            (
                "Intubation succeeded with a ⟦pr|video laryngoscope⟧ and a ⟦ep|Eschmann bougie⟧",
                "Intubation succeeded only by ⟦pr|awake fiberoptic intubation⟧",
                "Ventilation was maintained with a ⟦pr|second-generation supraglottic airway⟧ before ⟦pr|fiberoptic intubation⟧ through it",
            )
        ),
        f" (⟦me|{c.ri(2, 4)} attempts⟧, lowest ⟦me|SpO2 {c.ri(78, 93)}%⟧). "
        f"You received ⟦dr|sugammadex⟧ ⟦do|{c.ch((200, 400))} mg⟧ at the end and ⟦dr|dexamethasone⟧ ⟦do|8 mg⟧ for ⟦fi|airway edema⟧.\n\n",
    )
    d.put(
        "Please show this letter before any future surgery and consider registering with a medical alert service; "
        "your registry enrollment number is ",
        P("OTHER_ID", f"DA-{c.digits(6)}"),
        ".",
    )
    if c.chance(0.6):
        d.put(
            f" We also spoke with your {relation_en(c, p.sex, age, rel.sex)}, ",
            P("NAME_RELATIVE", rel.full),
            ", after the operation.",
        )
    d.put("\n\nQuestions: call ", P("PHONE", phone(c, t.area)), ".\n\nSincerely,\n\n")
    d.put(P("NAME_CLINICIAN", md.full), ", MD\nAttending Anesthesiologist   NPI ", P("LICENSE", npi(c)), "\n")
    d.put(
        "cc: ",
        P("NAME_CLINICIAN", f"{pcp.first[0]}. {pcp.last}"),
        ", MD (primary care), fax ",
        P("FAX", phone(c, t.area)),
        "\n",
    )
    return d


def vent_wean(c):
    d = Doc()
    t = en_town(c)
    h = en_hospital(c, t).lower()
    p, r1, r2, md, rel = en_names(c, 5)
    age = age_pair(c, 0.25, 34, 88)
    day = rdate(c)
    d.put("rt wean log -- ", P("HOSPITAL", h), " micu\n")
    d.put(
        "pt: ",
        P("NAME_PATIENT", p.first.lower() + " " + p.last.lower()),
        "  mrn ",
        P("MRN", mrn(c)),
        "  age ",
        age_p(age),
        "\n",
    )
    if c.chance(0.6):
        d.put("vent export pulled from ", P("IP", ipv4(c)), "\n")
    d.put("\n")
    for i, (cur, hm) in enumerate(timeline(c, day, c.ri(3, 5), (2, 9))):
        rt = c.ch((r1, r2))
        rtv = c.ch((rt.first.lower(), rt.last.lower(), f"{rt.first[0].lower()}{rt.last.lower()}"))
        d.put(
            P("DATE", us(cur, c.ch(("md", "mdyy")))),
            f" {hm.replace(':', '')} ",
            P("NAME_CLINICIAN", rtv),
            ": ",
        )
        if i == 0:
            d.put(
                f"sat passed, ⟦dr|propofol⟧ off. sbt on ⟦me|PS 5/PEEP 5⟧ x 30 min, ⟦me|RSBI {c.ri(52, 130)}⟧"
            )
        elif i == 1:
            d.put(
                f"tolerated sbt ⟦me|RR {c.ri(16, 34)}⟧, ⟦me|SpO2 {c.ri(90, 99)}%⟧ on ⟦me|FiO2 40%⟧, ⟦lab|pH {c.fl(7.30, 7.45, 2)}⟧"
            )
        else:
            d.put(
                c.ch(
                    (
                        "failed at 40 min - ⟦fi|tachypnea⟧, back to ⟦me|AC 16/450⟧",
                        "passed, discussed w/ team, ⟦pr|extubation⟧ to ⟦me|HFNC 40 L/min⟧",
                        "cuff leak present, ⟦dr|methylprednisolone⟧ ⟦do|20 mg⟧ q4h x4 before extubation",
                        "⟦fi|stridor⟧ post-extubation, ⟦dr|racemic epinephrine⟧ neb given",
                    )
                )
            )
        d.put("\n")
    if c.chance(0.6):
        d.put(
            "family: ",
            P("NAME_RELATIVE", rel.first.lower()),
            f" ({relation_en(c, p.sex, age, rel.sex)}) called, updated. cb ",
            P("PHONE", phone(c, t.area)),
            "\n",
        )
    d.put("intensivist ok'd plan: dr ", P("NAME_CLINICIAN", md.last.lower()), "\n")
    d.put(
        f"notes: ⟦fi|{c.ch(('ards', 'copd exacerbation', 'aspiration pneumonia', 'septic shock'))}⟧, {his(p.sex)} secretions thin, ⟦pr|chest physiotherapy⟧ bid\n"
    )
    return d


def npwt_delivery(c):
    d = Doc()
    t = en_town(c)
    h = en_hospital(c, t)
    p, md, wn, rel = en_names(c, 4)
    age = age_pair(c, 0.1, 28, 86)
    day = rdate(c)
    d.put("NEGATIVE PRESSURE WOUND THERAPY - ORDER / DELIVERY CONFIRMATION\n")
    d.put("Ordering clinic: ", P("HOSPITAL", h), " Wound Center    Fax ", P("FAX", phone(c, t.area)), "\n")
    d.put("Order #: ", P("ACCOUNT", f"NP{c.digits(8)}"), "    Delivered: ", P("DATE", us(day, c=c)), "\n")
    d.put("-" * 60 + "\n")
    d.put("Patient ............ ", P("NAME_PATIENT", p.full), "\n")
    d.put("DOB ................ ", P("DATE", us(dob_for(c, age, day), c=c)), "\n")
    d.put("Address ............ ", _addr(c, t), "\n")
    d.put("Phone .............. ", P("PHONE", phone(c, t.area)), "\n")
    d.put("Insurance member ... ", P("INSURANCE", member_id(c)), "\n")
    if c.chance(0.5):
        d.put("Employer (RTW form). ", P("WORKPLACE", c.ch(EMPLOYERS)), "\n")
    d.put("Unit serial no. .... ", P("DEVICE", device_serial(c)), "   (model and lot on the rental tag)\n")
    d.put("-" * 60 + "\n")
    loc = c.ch(
        (
            "⟦an|sacrum⟧",
            "⟦an|left heel⟧",
            "⟦an|right lateral malleolus⟧",
            "⟦an|midline abdominal incision⟧",
            "⟦an|left groin⟧",
        )
    )
    d.put(
        "Wound: ",
        c.ch(
            (
                "⟦fi|stage 4 pressure injury⟧",
                "⟦fi|dehisced surgical wound⟧",
                "⟦fi|diabetic foot ulcer⟧",
                "⟦fi|venous leg ulcer⟧",
            )
        ),
        ", ",
        loc,
        f", ⟦me|{c.fl(2, 11)} x {c.fl(1.5, 8)} x {c.fl(0.3, 3.2)} cm⟧\n",
    )
    d.put(
        f"Settings: ⟦me|-125 mmHg⟧ continuous, ⟦pr|dressing change⟧ 3x/week, black ⟦pr|foam dressing⟧; ⟦lab|HbA1c {c.fl(5.6, 10.4)}%⟧\n"
    )
    d.put(
        "Wound nurse: ",
        P("NAME_CLINICIAN", wn.full),
        ", RN, CWOCN  ",
        P("EMAIL", email_for(c, wn.first, wn.last, "woundcare.org")),
        "\n",
    )
    d.put("Ordering physician: ", P("NAME_CLINICIAN", md.rev), " MD  NPI ", P("LICENSE", npi(c)), "\n")
    if c.chance(0.5):
        d.put("Track rental & supplies: ", P("URL", link(c, "track.npwtrental.com")), "\n")
    if c.chance(0.55):
        d.put(
            "Driver note: park behind ",
            c.ch(("the patient's", f"{his(p.sex)}")),
            " vehicle, plate ",
            P("VEHICLE", plate(c)),
            ", side door.\n",
        )
    d.put("Received by: ", P("NAME_RELATIVE", rel.full), f" ({relation_en(c, p.sex, age, rel.sex)})\n")
    return d


def gtube_replace(c):
    d = Doc()
    t = en_town(c)
    h = en_hospital(c, t, c.ch((None, HOME_HEALTH)))
    p, rn, md, rel = en_names(c, 4)
    age = age_pair(c, 0.2, 2, 88)
    day = rdate(c)
    child = age < 18
    d.put(P("HOSPITAL", h), "\nBedside Gastrostomy Tube Replacement\n\n")
    d.put(
        "Patient: ",
        P("NAME_PATIENT", p.rev),
        "   DOB ",
        P("DATE", us(dob_for(c, age, day), c=c)),
        "   MRN ",
        P("MRN", mrn(c)),
        "\n",
    )
    d.put("Date: ", P("DATE", us(day, c=c)), "\n\n")
    who = "boy" if p.sex == "M" else "girl"
    if child:
        d.put(
            P("NAME_PATIENT", p.first),
            f" is a {age}-year-old {who} with ",
            c.ch(
                (
                    "⟦fi|spastic quadriplegic cerebral palsy⟧",
                    "⟦fi|oropharyngeal dysphagia⟧",
                    "⟦ep|Rett syndrome⟧",
                )
            ),
            ". ",
        )
    else:
        d.put(
            P("NAME_PATIENT", p.first),
            " is ",
            age_p(age),
            f" years old ({'M' if p.sex == 'M' else 'F'}) with ",
            c.ch(
                (
                    "⟦fi|ALS⟧",
                    "⟦fi|head and neck cancer⟧",
                    "⟦fi|dysphagia after stroke⟧",
                    "⟦ep|Parkinson's disease⟧",
                )
            ),
            ". ",
        )
    rel_w = relation_en(c, p.sex, age, rel.sex)
    d.put(
        f"The {rel_w}, ",
        P("NAME_RELATIVE", rel.first),
        f", called because the balloon tube came out at home about {c.ri(2, 6)} hours earlier.\n\n",
    )
    fr = c.ch((14, 16, 18, 20))
    d.put(
        f"Stoma inspected: ⟦fi|mild granulation tissue⟧ at the ⟦an|gastrostomy tract⟧, no ⟦fi|cellulitis⟧. "
        f"A {fr} Fr balloon ⟦pr|gastrostomy tube replacement⟧ was done; balloon filled with ⟦do|{c.ch((5, 7, 10))} mL⟧ sterile water. "
        f"Placement confirmed by aspiration of gastric contents (⟦lab|pH {c.ri(2, 5)}⟧).\n"
    )
    d.put(
        f"Resume ⟦dr|{c.ch(('Jevity 1.2', 'PediaSure Peptide', 'Osmolite 1.5'))}⟧ at ⟦do|{c.ri(40, 85)} mL/h⟧; "
        f"⟦dr|zinc oxide⟧ to skin. Consider ⟦pr|silver nitrate cauterization⟧ if granulation grows.\n\n"
    )
    d.put("Caregiver taught reinsertion with spare kit. Callback ", P("PHONE", phone(c, t.area)), ".\n")
    d.put(
        "Next routine change ",
        P("DATE", us(plus(day, c.ri(80, 100)), c.ch(("mdy", "long", "mon")))),
        ".\n\n",
    )
    d.put(P("NAME_CLINICIAN", rn.full), ", RN\n")
    d.put("Reviewed: ", P("NAME_CLINICIAN", md.init_last), ", MD\n")
    return d


TEMPLATES = [
    ("en30_hpn_order", hpn_order),
    ("en30_heparin_nomogram", heparin_nomogram),
    ("en30_difficult_airway_letter", airway_letter),
    ("en30_vent_wean", vent_wean),
    ("en30_npwt_delivery", npwt_delivery),
    ("en30_gtube_replace", gtube_replace),
    *_en2.TEMPLATES,
]

__all__ = ["TEMPLATES", "V30_EN_WORDLIKE", "vin"]
