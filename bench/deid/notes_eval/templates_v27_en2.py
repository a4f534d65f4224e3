# Longer than 450 lines: six whole English document templates, each a literal layout with its own fields.
"""v27 English templates, part 2 (6 of 12). README.md "v27"."""

# ruff: noqa: E501  (document lines are data)

from __future__ import annotations

import _v27_kit as k
from _v27_kit import Doc, P


def en27_sar_evac(c):
    """County search-and-rescue mission log with medical evacuation narrative (lower-case field notes)."""
    d = Doc()
    pl = k.place(c)
    ref = k.ddate(c)
    f, last, sex = k.en_person(c)
    old = c.chance(0.25)
    age = c.ri(90, 97) if old else c.ri(16, 78)
    rp_f, rp_l, _ = k.en_person(c)
    rel = c.pick("wife", "husband", "daughter", "son", "sister", "brother")
    d.put(
        "SEARCH AND RESCUE MISSION LOG   mission # ",
        P("OTHER_ID", f"{ref.year % 100}-SAR-{c.digits(3, False)}"),
        "\n",
    )
    d.put(
        "callout ",
        P("DATE", k.fd(ref, c.pick("us", "mil"))),
        f" {c.ri(0, 23):02d}{c.ri(0, 59):02d}h via dispatch\n\n",
    )
    d.put(
        "reporting party: ",
        P("NAME_RELATIVE", f"{rp_f} {c.pick(last, rp_l)}"),
        f" ({rel}), cb ",
        P("PHONE", k.us_phone(c, pl)),
        "\n",
    )
    d.put(
        "subject: ",
        P("NAME_PATIENT", c.pick(f"{f} {last}", f"{f.lower()} {last.lower()}", f"{last}, {f}")),
        ", ",
    )
    d.put(
        P("AGE_OVER_89", str(age)) if old else str(age),
        c.pick(" yo", " y/o", " years"),
        f" {sex.lower()}, home ",
        P("ADDRESS_STREET", k.street(c)),
        ", ",
        P("CITY", pl[0]),
        ", ",
        P("PROVINCE_STATE", pl[1]),
        " ",
        P("POSTCODE", k.zip_code(c, pl)),
        "\n",
    )
    d.put("subject cell ", P("PHONE", k.us_phone(c, pl)), " (pinged last at ridge, battery dead)\n")
    if c.chance(0.3):
        country, pp = k.foreign_passport(c)
        d.put("visitor from ", country, ", passport ", P("PASSPORT", pp), " left in rental\n")
    d.put(
        "vehicle at trailhead: plate ",
        P("VEHICLE", k.plate(c)),
        (["  vin ", P("VEHICLE", k.vin(c))] if c.chance(0.4) else ""),
        "\n",
    )
    if c.chance(0.5):
        cf, cl, _ = k.en_person(c)
        d.put(
            "companion ", P("NAME_RELATIVE", f"{cf.lower()} {cl.lower()}"), " walked out and met hasty team\n"
        )
    t1, _ = k.clin(c, cred=False)
    t2f, _ = k.en_first(c)
    d.put(
        "\nteam: ",
        P("NAME_CLINICIAN", t1.lower()),
        " (IC), ",
        P("NAME_CLINICIAN", t2f.lower()),
        " (WEMT), dog team\n\n",
    )
    d.put(
        f"{c.ri(10, 23):02d}{c.ri(0, 59):02d} subject located in drainage below trail, alert, ",
        c.pick(
            "⟦fi|hypothermic⟧, shivering",
            "⟦fi|ankle deformity⟧ right",
            "c/o ⟦fi|chest pain⟧",
            "⟦fi|confused⟧, ⟦fi|dehydrated⟧",
        ),
        ". ",
    )
    d.put(
        f"⟦me|HR {c.ri(52, 128)}⟧, ⟦me|RR {c.ri(12, 28)}⟧, ⟦me|SpO2 {c.ri(84, 98)}%⟧, core temp not obtained. "
    )
    d.put(
        "⟦ep|Ottawa ankle rules⟧ positive; ⟦an|right ankle⟧ splinted with SAM, ⟦pr|hypothermia wrap⟧, ⟦dr|acetaminophen⟧ ⟦do|1 g PO⟧",
        c.pick(", ⟦dr|aspirin⟧ ⟦do|324 mg⟧ chewed", "", ", ⟦dr|ondansetron⟧ ⟦do|4 mg ODT⟧"),
        ". ",
    )
    if c.chance(0.4):
        d.put(
            "wears ",
            c.pick("insulin pump", "pacemaker card in wallet", "CGM"),
            ", serial ",
            P("DEVICE", k.device_serial(c)),
            ", ",
            c.pick("⟦lab|BG 61 mg/dL⟧ - glucose gel given", "device interrogation deferred to ED"),
            ". ",
        )
    d.put("litter carry 1.2 mi to LZ.\n")
    d.put(
        f"{c.ri(10, 23):02d}{c.ri(0, 59):02d} handed to ",
        c.pick("air ambulance", "county EMS"),
        " for ",
        P("HOSPITAL", k.hospital(c, pl)),
        ".\n\n",
    )
    d.put(
        "debrief ",
        P("DATE", k.fd(k.ddate(c, ref, ref.replace(day=28) if ref.day < 28 else ref), "md")),
        ". log by ",
        P("NAME_CLINICIAN", t2f.lower()),
        ".\n",
    )
    return d


def en27_fire_camp(c):
    """Wildland-fire incident medical unit treatment log (TSV export of the unit's e-log, several firefighters)."""
    d = Doc()
    pl = k.place(c)
    ref = k.ddate(c)
    fire = f"{c.pick('Juniper', 'Elk Horn', 'Dry Fork', 'Copper Canyon', 'Bitter Creek', 'Pine Gulch')} Fire"
    mul, _ = k.clin(c, cred=False)
    d.put(
        "# ",
        fire,
        " - Medical Unit treatment log (ICS 206 annex)   op period ",
        P("DATE", k.fd(ref, "us")),
        "\n",
    )
    d.put(
        "# MEDL ",
        P("NAME_CLINICIAN", mul),
        "; exported by ",
        P("NAME_CLINICIAN", k.en_first(c)[0].lower()),
        " from ",
        P("IP", k.ipv4(c)),
        "; med unit fax ",
        P("FAX", k.us_phone(c, pl)),
        "\n",
    )
    d.put(
        "time\tpatient\tdob\tagency/crew\thome_phone\tid_doc\tcomplaint\ttreatment\tdisposition\tprovider\n"
    )
    rows = (
        ("⟦fi|heat exhaustion⟧", "oral rehydration, ⟦dr|ondansetron⟧ ⟦do|4 mg ODT⟧", "RTW"),
        ("⟦fi|poison oak dermatitis⟧", "⟦dr|triamcinolone⟧ ⟦do|0.1% cream⟧", "RTW"),
        ("⟦fi|smoke inhalation⟧, ⟦me|SpO2 91%⟧", "⟦dr|albuterol⟧ ⟦do|2.5 mg neb⟧", "transport"),
        (
            "⟦fi|ankle sprain⟧, ⟦ep|Ottawa ankle rules⟧ negative",
            "ACE wrap, ⟦dr|ibuprofen⟧ ⟦do|600 mg⟧",
            "light duty",
        ),
        (
            "⟦fi|corneal abrasion⟧ ⟦an|right eye⟧",
            "⟦pr|fluorescein staining⟧, ⟦dr|erythromycin ointment⟧",
            "RTW",
        ),
        (
            "⟦fi|chainsaw laceration⟧ ⟦an|left thigh⟧, ⟦me|6 cm⟧",
            "⟦pr|wound irrigation⟧, pressure dressing",
            "transport",
        ),
    )
    for _ in range(c.ri(3, 5)):
        f, last, sex = k.en_person(c)
        dob = k.dob_for_age(c, c.ri(19, 58), ref)
        comp, tx, dispo = c.ch(rows)
        crew = c.pick(
            f"{pl[0]} Hotshots",
            f"{k.en_last(c)} Contract Crew 7",
            "USFS Engine 642",
            "BLM Helitack",
            f"{pl[1]} DNR Hand Crew 3",
            "NSW RFS (AU) strike team",
            "BC Wildfire Service unit crew",
        )
        d.put(
            f"{c.ri(6, 21):02d}{c.ri(0, 59):02d}\t",
            P("NAME_PATIENT", c.pick(f"{last}, {f}", f"{f} {last}", f"{f[0]}. {last}")),
            "\t",
            P("DATE", k.fd(dob, "iso")),
            "\t",
            P("WORKPLACE", crew),
            "\t",
            P("PHONE", k.us_phone(c)),
            "\t",
        )
        if "AU" in crew or "BC" in crew:
            d.put(
                "AU" if "AU" in crew else "CA",
                " passport ",
                P("PASSPORT", f"{c.letters(1, 'NPRE')}{c.digits(7, False)}"),
                "\t",
            )
        elif c.chance(0.2):
            d.put("DL ", P("LICENSE", f"{c.letters(1)}{c.digits(7, False)}"), "\t")
        else:
            d.put("-\t")
        d.put(comp, "\t", tx, "\t", dispo)
        if dispo == "transport":
            d.put(" to ", P("HOSPITAL", k.hospital(c, pl)))
        d.put("\t", P("NAME_CLINICIAN", c.pick(k.en_first(c)[0].lower(), k.clin(c, cred=False)[0])), "\n")
    if c.chance(0.5):
        rf, rl, _ = k.en_person(c)
        d.put(
            "# note: transported FF's emergency contact ",
            P("NAME_RELATIVE", f"{rf} {rl}"),
            " notified at ",
            P("PHONE", k.us_phone(c)),
            " by crew boss\n",
        )
    d.put("# daily totals reported to Finance (comp claims) and Safety Officer\n")
    return d


def en27_hunting_incident(c):
    """State wildlife agency hunting-incident medical report, completed by the treating hospital."""
    d = Doc()
    pl = k.place(c)
    ref = k.ddate(c)
    f, last, _ = k.en_person(c, "M")
    dob = k.dob_for_age(c, c.ri(14, 80), ref)
    son_f, _ = k.en_first(c, "M")
    rel = c.pick("son", "brother", "nephew", "father-in-law")
    d.put(
        "HUNTING INCIDENT REPORT - MEDICAL SECTION (Form HI-3)\nIncident no. ",
        P("OTHER_ID", f"HI{ref.year}-{c.digits(4, False)}"),
        "    Date of incident: ",
        P("DATE", k.fd(ref, "us")),
        "\n\n",
    )
    d.put(
        "Injured hunter: ",
        P("NAME_PATIENT", f"{f} {c.pick('', c.letters(1) + '. ')}{last}".replace("  ", " ")),
        "    DOB ",
        P("DATE", k.fd(dob, k.dstyle(c))),
        "\n",
    )
    d.put(
        "Hunting license no. ",
        P("LICENSE", f"{c.digits(3, False)}-{c.digits(6, False)}"),
        "   ",
        c.pick("resident", "non-resident"),
        "\n",
    )
    d.put(
        "Address: ",
        P("ADDRESS_STREET", k.street(c)),
        ", ",
        P("CITY", pl[0]),
        ", ",
        P("PROVINCE_STATE", pl[1]),
        " ",
        P("POSTCODE", k.zip_code(c, pl)),
        "    Phone ",
        P("PHONE", k.us_phone(c, pl)),
        "\n",
    )
    if c.chance(0.3):
        country, pp = k.foreign_passport(c)
        d.put("Guided non-resident from ", country, "; passport ", P("PASSPORT", pp), "\n")
    if c.chance(0.5):
        d.put("Employer: ", P("WORKPLACE", c.ch(k.EMPLOYERS)), "\n")
    d.put(
        "Shooter (per warden): the patient's ",
        rel,
        " ",
        P("NAME_RELATIVE", f"{son_f} {last}"),
        ", same party. Truck at the gate: ",
        P("VEHICLE", k.plate(c)),
        "\n\n",
    )
    hosp = k.hospital(c, pl)
    d.put(
        "Receiving facility: ",
        P("HOSPITAL", hosp),
        "   MRN ",
        P("MRN", c.digits(7)),
        "   acct ",
        P("ACCOUNT", f"{c.digits(9, False)}"),
        "\n",
    )
    d.put("Payer: member ID ", P("INSURANCE", f"{c.letters(3)}{c.digits(9, False)}"), "\n")
    if c.chance(0.3):
        d.put("Guarantor SSN ", P("SSN", k.ssn(c)), "\n")
    sc = c.ch(
        (
            (
                "⟦fi|birdshot wound⟧ at ~30 yards",
                "multiple pellets ⟦an|left face⟧ and ⟦an|left orbit⟧, ⟦fi|hyphema⟧",
                "⟦pr|open globe repair⟧",
            ),
            (
                "fall from tree stand, ⟦me|14 ft⟧",
                "⟦fi|L1 burst fracture⟧, ⟦fi|calcaneal fracture⟧",
                "⟦pr|posterior spinal fusion⟧",
            ),
            (
                "⟦fi|rifle gunshot wound⟧, through-and-through",
                "⟦an|right thigh⟧ wound, ⟦fi|femoral artery injury⟧",
                "⟦pr|femoral artery repair⟧ and ⟦pr|fasciotomy⟧",
            ),
        )
    )
    d.put("\nMechanism: ", sc[0], ".\n")
    d.put("Injuries: ", sc[1], ". ")
    d.put("⟦pr|CT angiography⟧ accession ", P("ACCESSION", f"CT{c.digits(8, False)}"), ". ")
    d.put("Treated with ", sc[2], ", ⟦dr|cefazolin⟧ ⟦do|2 g IV⟧, ⟦dr|tetanus toxoid⟧. ")
    d.put(f"⟦me|GCS 15⟧ on arrival, ⟦me|BP {c.ri(88, 150)}/{c.ri(50, 92)}⟧.\n")
    if c.chance(0.4):
        d.put(
            "Note: pacemaker (serial ",
            P("DEVICE", k.device_serial(c)),
            ") interrogated post-op, no ⟦fi|lead dislodgement⟧.\n",
        )
    d.put(
        "⟦ep|Glasgow Coma Scale⟧ documented hourly. Hunter orange worn: ",
        c.pick("yes", "no", "cap only"),
        ". Alcohol: ⟦lab|serum ethanol <10 mg/dL⟧.\n\n",
    )
    sg_f, sg_l, _ = k.en_person(c)
    d.put(
        "Completed by ",
        P("NAME_CLINICIAN", f"{sg_f} {sg_l}"),
        ", MD, trauma surgery, ",
        P("DATE", k.fd(k.ddate(c, ref, ref.replace(day=28) if ref.day < 28 else ref), "us")),
        "   E-mail ",
        P("EMAIL", k.email(c, sg_f, sg_l)),
        "\n",
    )
    return d


NOISE = {"l": "1", "O": "0", "rn": "m", "S": "5", "e": "c"}


def ocr(c, s):
    """OCR-like noise in non-PHI text: a few character swaps."""
    out = s
    for a, b in NOISE.items():
        if c.chance(0.35):
            out = out.replace(a, b, 1)
    return out


def en27_ocr_requisition(c):
    """OCR'd faxed outpatient laboratory requisition (noise in printed labels)."""
    d = Doc()
    pl = k.place(c)
    ref = k.ddate(c)
    f, last, sex = k.en_person(c)
    old = c.chance(0.2)
    age = c.ri(90, 98) if old else c.ri(20, 85)
    dob = k.dob_for_age(c, age, ref)
    clin_f, clin_l, _ = k.en_person(c)
    office = c.pick(
        f"{pl[0]} Internal Medicine", f"{clin_l} Family Practice", f"{pl[0]} Anticoagulation Clinic"
    )
    d.put(
        P("DATE", k.fd(ref, "us")),
        f" {c.ri(7, 18):02d}:{c.ri(0, 59):02d}  FROM: ",
        P("FAX", k.us_phone(c, pl, "dash")),
        "  TO: ",
        P("FAX", k.us_phone(c, pl, "dash")),
        "  P. 001/00",
        c.ri(1, 3),
        "\n",
    )
    if c.chance(0.5):
        d.put("[efax gateway ", P("IP", k.ipv4(c)), "]\n")
    d.put(ocr(c, "~~ LABORATORY REQUISITION ~~"), "  ", P("HOSPITAL", office), "\n")
    d.put(
        ocr(c, "Patient Name:"),
        " ",
        P("NAME_PATIENT", f"{last.upper()}, {f.upper()}"),
        "   ",
        ocr(c, "Sex:"),
        f" {sex}   ",
        ocr(c, "DOB:"),
        " ",
        P("DATE", k.fd(dob, "us")),
        "  ",
        ocr(c, "Age:"),
        " ",
        P("AGE_OVER_89", str(age)) if old else str(age),
        "\n",
    )
    d.put(
        ocr(c, "Address:"),
        " ",
        P("ADDRESS_STREET", k.street(c).upper()),
        "  ",
        P("CITY", pl[0].upper()),
        " ",
        P("PROVINCE_STATE", pl[1]),
        " ",
        P("POSTCODE", k.zip_code(c, pl)),
        "\n",
    )
    d.put(
        ocr(c, "Home Phone:"),
        " ",
        P("PHONE", k.us_phone(c, pl)),
        "   ",
        ocr(c, "Acct#"),
        " ",
        P("ACCOUNT", f"A{c.digits(8, False)}"),
        "\n",
    )
    d.put(
        ocr(c, "Bill to: Insurance   Member ID"),
        " ",
        P("INSURANCE", f"{c.letters(1)}{c.digits(2)}{c.letters(1)}{c.digits(6, False)}"),
        "   ",
        ocr(c, "Group #"),
        " ",
        P("INSURANCE", c.digits(7)),
        "\n",
    )
    if c.chance(0.45):
        d.put(ocr(c, "Subscriber SSN"), " ", P("SSN", k.ssn(c)), "\n")
    d.put(
        ocr(c, "Ordering Provider:"),
        " ",
        P("NAME_CLINICIAN", f"{clin_l}, {clin_f}"),
        " ",
        ocr(c, "NPI"),
        " ",
        P("LICENSE", k.npi(c)),
        "\n",
    )
    d.put(
        ocr(c, "Diagnosis:"),
        " ",
        c.pick(
            "I48.91 ⟦fi|atrial fibrillation⟧",
            "E11.65 ⟦fi|type 2 diabetes with hyperglycemia⟧",
            "N18.4 ⟦fi|CKD stage 4⟧",
        ),
        "\n",
    )
    d.put(
        "[X] ⟦lab|PT/INR⟧  [X] ⟦lab|CMP⟧  [ ] ⟦lab|lipid panel⟧  [X] ⟦lab|HbA1c⟧  [X] ⟦lab|CBC w/ diff⟧  [ ] ⟦lab|TSH⟧\n"
    )
    d.put(
        ocr(c, "Current meds:"),
        " ",
        c.pick(
            "⟦dr|warfarin⟧ ⟦do|5 mg⟧ daily",
            "⟦dr|apixaban⟧ ⟦do|2.5 mg BID⟧",
            "⟦dr|metformin⟧ ⟦do|1000 mg BID⟧, ⟦dr|glipizide⟧",
        ),
        "\n",
    )
    if c.chance(0.4):
        d.put(
            ocr(c, "Home INR meter serial"),
            " ",
            P("DEVICE", k.device_serial(c)),
            " - ",
            ocr(c, "patient self-tests weekly"),
            "\n",
        )
    d.put(
        ocr(c, "Collection date:"),
        " ",
        P("DATE", k.fd(k.ddate(c, ref, ref.replace(day=28) if ref.day < 28 else ref), "us2")),
        "  ",
        ocr(c, "Specimen #"),
        " ",
        P("ACCESSION", f"{c.digits(2)}{c.letters(1)}{c.digits(7, False)}"),
        "\n",
    )
    d.put(
        ocr(c, "Fasting: Y   Drawn by:"),
        " ",
        P("NAME_CLINICIAN", f"{k.en_first(c)[0][0]}. {k.en_last(c)}"),
        "\n",
    )
    d.put(ocr(c, "CONFIDENTIALITY NOTICE: this fax contains protected health information..."), "\n")
    return d


def en27_audio_sts(c):
    """Occupational hearing-conservation standard threshold shift notice with audiogram table."""
    d = Doc()
    pl = k.place(c)
    ref = k.ddate(c)
    f, last, sex = k.en_person(c)
    base = k.ddate(c, ref.replace(year=ref.year - 4), ref.replace(year=ref.year - 1))
    emp = c.ch(k.EMPLOYERS)
    aud_f, aud_l, _ = k.en_person(c)
    clinic = c.pick(
        f"{pl[0]} Hearing & Occupational Health",
        f"{pl[0]} Mobile Audiometric Services",
        f"{pl[0]} Industrial Clinic",
    )
    d.put(
        P("HOSPITAL", clinic),
        "  tel ",
        P("PHONE", k.us_phone(c, pl)),
        "  fax ",
        P("FAX", k.us_phone(c, pl)),
        "\n\n",
    )
    d.put("NOTICE OF STANDARD THRESHOLD SHIFT (29 CFR 1910.95(g)(8))\n\n")
    d.put(
        "Employee: ",
        P("NAME_PATIENT", f"{f} {last}"),
        "   Employee no.: ",
        P("OTHER_ID", c.digits(6)),
        "\nDOB: ",
        P("DATE", k.fd(k.dob_for_age(c, c.ri(22, 64), ref), "us")),
        "   Employer: ",
        P("WORKPLACE", emp),
        "\n",
    )
    d.put(
        "Home: ",
        P("ADDRESS_STREET", k.street(c)),
        ", ",
        P("CITY", pl[0]),
        ", ",
        P("PROVINCE_STATE", pl[1]),
        " ",
        P("POSTCODE", k.zip_code(c, pl)),
        "\n",
    )
    if c.chance(0.5):
        d.put("E-mail for results: ", P("EMAIL", k.email(c, f, last)), "\n")
    d.put(
        "Baseline audiogram: ",
        P("DATE", k.fd(base, "us")),
        "   Annual audiogram: ",
        P("DATE", k.fd(ref, "us")),
        "   Retest: ",
        P("DATE", k.fd(k.ddate(c, ref, ref.replace(day=28) if ref.day < 28 else ref), "us")),
        "\n\n",
    )
    freqs = (500, 1000, 2000, 3000, 4000, 6000)
    d.put(f"{'Hz':<10}" + "".join(f"{x:>7}" for x in freqs) + "\n")
    for lab in ("R base", "R now", "L base", "L now"):
        vals = [c.ri(0, 25) if "base" in lab else c.ri(5, 55) for _ in freqs]
        d.put(f"{lab:<10}" + "".join(f"{v:>7}" for v in vals) + "\n")
    shift = c.ri(10, 22)
    d.put(
        f"\nAverage shift at 2000/3000/4000 Hz: ⟦me|{shift} dB⟧ ",
        c.pick("right", "left", "both ears"),
        " (age-corrected). ",
    )
    d.put(
        "Otoscopy: ",
        c.pick(
            "clear canals",
            "⟦fi|cerumen impaction⟧ left, ⟦pr|cerumen removal⟧ before retest",
            "⟦fi|tympanic membrane scarring⟧ right",
        ),
        ". ",
    )
    d.put(
        "Pattern consistent with ⟦fi|noise-induced hearing loss⟧ (⟦fi|4 kHz notch⟧). ⟦ep|Weber test⟧ midline, ⟦ep|Rinne test⟧ positive bilaterally. ⟦pr|tympanometry⟧ ⟦me|type A⟧. "
    )
    d.put(
        "Ototoxic exposure: ", c.pick("none", "⟦dr|gentamicin⟧ course", "solvents (toluene) at work"), ".\n"
    )
    d.put(
        "Action: refitted with ",
        c.pick("foam plugs ⟦me|NRR 33⟧", "earmuffs ⟦me|NRR 27⟧", "custom molded plugs"),
        "; referral to ENT if persists.\n\n",
    )
    d.put(
        "Audiologist: ",
        P("NAME_CLINICIAN", f"{aud_f} {aud_l}"),
        ", AuD   license ",
        P("LICENSE", f"AUD{c.digits(5, False)}"),
        "\nTechnician (CAOHC): ",
        P("NAME_CLINICIAN", k.clin(c, cred=False)[0]),
        "\n",
    )
    return d


def en27_brucella_exposure(c):
    """Laboratory Brucella exposure risk assessment for a microbiology employee (occupational health)."""
    d = Doc()
    pl = k.place(c)
    ref = k.ddate(c)
    f, last, sex = k.en_person(c)
    dob = k.dob_for_age(c, c.ri(23, 66), ref)
    hosp = k.hospital(c, pl)
    oh_f, oh_l, _ = k.en_person(c)
    d.put(
        "EMPLOYEE HEALTH - LABORATORY EXPOSURE TO BRUCELLA SPP.\n",
        P("HOSPITAL", f"Employee Health Services, {hosp}"),
        "\n\n",
    )
    d.put(
        "Employee: ",
        P("NAME_PATIENT", f"{last}, {f}"),
        "   Badge/ID ",
        P("OTHER_ID", c.digits(7)),
        "   DOB ",
        P("DATE", k.fd(dob, "us")),
        "\n",
    )
    d.put("Employer/department: ", P("WORKPLACE", f"{hosp} Microbiology Laboratory"), "\n")
    d.put(
        "Home: ",
        P("ADDRESS_STREET", k.street(c)),
        ", ",
        P("CITY", pl[0]),
        ", ",
        P("PROVINCE_STATE", pl[1]),
        " ",
        P("POSTCODE", k.zip_code(c, pl)),
        "   Cell ",
        P("PHONE", k.us_phone(c, pl)),
        "   ",
        P("EMAIL", k.email(c, f, last)),
        "\n\n",
    )
    d.put(
        "Source isolate: blood culture accession ",
        P("ACCESSION", f"M{ref.year % 100}-{c.digits(6, False)}"),
        " from patient MRN ",
        P("MRN", c.digits(8)),
        " (",
        c.pick("rancher with raw-milk exposure", "hunter who field-dressed feral swine", "dairy worker"),
        "), identified ",
        P("DATE", k.fd(ref, "us")),
        " as ⟦lab|Brucella melitensis⟧ by ⟦pr|MALDI-TOF⟧.\n",
    )
    risk = c.pick(
        "high risk (manipulated isolate on open bench, sniffed plate)",
        "high risk (within 5 ft, no BSC)",
        "low risk (present in lab, >5 ft)",
    )
    d.put(
        "Exposure date ",
        P("DATE", k.fd(k.ddate(c, ref.replace(day=1), ref), "us")),
        "; classification: ",
        risk,
        ".\n",
    )
    d.put(
        "Plan: ⟦dr|doxycycline⟧ ⟦do|100 mg BID⟧ + ⟦dr|rifampin⟧ ⟦do|600 mg daily⟧ x 3 weeks",
        c.pick("", " (pregnant: ⟦dr|trimethoprim-sulfamethoxazole⟧ instead)"),
        "; ⟦lab|Brucella SAT⟧ baseline and at weeks 2, 4, 6, 24.\n\n",
    )
    d.put("| week | date | SAT titre | symptoms | reviewed by |\n|---|---|---|---|---|\n")
    for wk in (0, 2, 4, 6):
        dd = ref.fromordinal(ref.toordinal() + wk * 7)
        d.put(
            f"| {wk} | ",
            P("DATE", k.fd(dd, "md")),
            " | ",
            c.pick("⟦lab|<1:20⟧", "⟦lab|<1:20⟧", "⟦lab|1:40⟧"),
            " | ",
            c.pick("none", "⟦fi|fever⟧", "⟦fi|arthralgia⟧", "none"),
            " | ",
            P("NAME_CLINICIAN", c.pick(oh_f.lower(), oh_l)),
            " |\n",
        )
    d.put(
        "\nSymptom survey link (weekly): ",
        P("URL", f"https://redcap.{pl[0].lower().replace(' ', '')}health.org/surveys/?s={c.token(10)}"),
        "; last response from ",
        P("IP", k.ipv4(c)),
        "\n",
    )
    d.put(
        "Occupational health physician: ",
        P("NAME_CLINICIAN", f"{oh_f} {oh_l}"),
        ", MD  NPI ",
        P("LICENSE", k.npi(c)),
        "  phone ",
        P("PHONE", k.us_phone(c, pl)),
        "\n",
    )
    d.put("Lab supervisor notified: ", P("NAME_CLINICIAN", k.clin(c, cred=False)[0]), ", MLS(ASCP)\n")
    return d


TEMPLATES = [
    ("en27_sar_evac", en27_sar_evac),
    ("en27_fire_camp", en27_fire_camp),
    ("en27_hunting_incident", en27_hunting_incident),
    ("en27_ocr_requisition", en27_ocr_requisition),
    ("en27_audio_sts", en27_audio_sts),
    ("en27_brucella_exposure", en27_brucella_exposure),
]
