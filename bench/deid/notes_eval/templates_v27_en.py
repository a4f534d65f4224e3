# Longer than 450 lines: six whole English document templates, each a literal layout with its own fields.
"""v27 English templates, part 1 (6 of 12; TEMPLATES lists all 12). README.md "v27"."""

# ruff: noqa: E501  (document lines are data)

from __future__ import annotations

import _v27_kit as k
import templates_v27_en2
from _v27_kit import Doc, P

#: v27 names that are ordinary words (none of the hand-written pools; Faker may add some)
V27_EN_WORDLIKE = ("grant", "hope", "rose", "joy", "may", "dawn", "page", "hall", "bell", "king", "wood")


def en27_tattoo_complaint(c):
    """County environmental-health e-mail thread about a tattoo-associated skin infection."""
    d = Doc()
    pl = k.place(c)
    f, last, sex = k.en_person(c)
    ref = k.ddate(c)
    dob = k.dob_for_age(c, c.ri(19, 58), ref)
    insp_f, insp_l, _ = k.en_person(c)
    doc_v, _ = k.clin(c, cred=False)
    hosp = k.hospital(c, pl)
    d.put(
        "From: ",
        P("NAME_CLINICIAN", f"{insp_f} {insp_l}"),
        " <",
        P(
            "EMAIL",
            k.email(c, insp_f, insp_l).split("@")[0] + "@" + pl[0].lower().replace(" ", "") + "county.gov",
        ),
        ">\n",
    )
    d.put("To: infection.prevention@", pl[0].lower().replace(" ", ""), "health.org\n")
    d.put(
        "Date: ",
        c.pick("Mon", "Tue", "Wed", "Thu", "Fri"),
        ", ",
        P("DATE", k.fd(ref, "dmy")),
        " ",
        f"{c.ri(7, 17):02d}:{c.ri(0, 59):02d}",
        " -0600\n",
    )
    d.put(
        "Subject: RE: complaint ",
        P("OTHER_ID", f"EH-{ref.year % 100}-{c.digits(4, False)}"),
        " - ink-associated skin infection\n",
    )
    if c.chance(0.8):
        d.put("X-Originating-IP: [", P("IP", k.ipv4(c)), "]\n")
    d.put(
        "\nHi all,\n\nFollowing up on the complaint phoned in by ",
        P("NAME_PATIENT", f"{f} {last}"),
        " (DOB ",
        P("DATE", k.fd(dob, "us")),
        ", cell ",
        P("PHONE", k.us_phone(c, pl)),
        "). ",
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
        ". ",
    )
    if c.chance(0.5):
        d.put(
            "Works at ",
            P("WORKPLACE", c.ch(k.EMPLOYERS)),
            " and says two coworkers got work from the same artist. ",
        )
    d.put(
        "Tattoo placed on the ",
        P("DATE", k.fd(k.ddate(c, ref.replace(day=1) if ref.day > 1 else ref, ref), "md")),
        " at a walk-in shop on Main (shop name in the inspection file, not here).\n\n",
    )
    org = c.ch(("⟦lab|Mycobacterium chelonae⟧", "⟦lab|Mycobacterium abscessus⟧", "⟦lab|MRSA⟧"))
    d.put(
        "Seen at ",
        P("HOSPITAL", hosp),
        ", MRN ",
        P("MRN", c.digits(8)),
        ", by Dr. ",
        P("NAME_CLINICIAN", doc_v),
        ": ",
    )
    d.put(
        "⟦fi|papulopustular eruption⟧ confined to grey-wash areas of the ⟦an|left forearm⟧, ⟦fi|lymphangitic streaking⟧ absent. "
    )
    d.put(
        "⟦pr|punch biopsy⟧ sent (⟦ep|Ziehl-Neelsen stain⟧ pending), specimen ",
        P("ACCESSION", f"S{ref.year % 100}-{c.digits(5, False)}"),
        "; culture grew ",
        org,
        ". ",
    )
    d.put(
        "Started ",
        c.pick(
            "⟦dr|clarithromycin⟧ ⟦do|500 mg twice daily⟧",
            "⟦dr|doxycycline⟧ ⟦do|100 mg BID⟧",
            "⟦dr|linezolid⟧ ⟦do|600 mg daily⟧",
        ),
        ". ",
    )
    d.put(
        "Lesion count ⟦me|14 papules⟧, largest ⟦me|9 mm⟧.\n\nPhotos are on the share: ",
        P("URL", f"https://share.{pl[0].lower().replace(' ', '')}county.gov/s/{c.token(10)}"),
        "\n\n",
    )
    if c.chance(0.6):
        e2 = k.email(c, f, last)
        d.put("The patient prefers e-mail (", P("EMAIL", e2), ") for the case letter. ")
    if c.chance(0.35):
        rf, _ = k.en_first(c)
        d.put(
            "Partner ",
            P("NAME_RELATIVE", f"{rf} {last}"),
            " had a piece done the same week and is symptom-free.",
        )
    if c.chance(0.3):
        country, pp = k.foreign_passport(c)
        d.put(" Visiting ", country, " national; ID on file was passport ", P("PASSPORT", pp), ".")
    d.put(
        "\n\n-- \n",
        P("NAME_CLINICIAN", f"{insp_f[0]}. {insp_l}"),
        ", REHS\nEnvironmental Health Specialist\nDirect ",
        P("PHONE", k.us_phone(c, pl)),
        " | Fax ",
        P("FAX", k.us_phone(c, pl)),
        "\n",
    )
    return d


def en27_ortho_transfer(c):
    """Orthodontic transfer-of-care letter with treatment summary."""
    d = Doc()
    pl = k.place(c)
    ref = k.ddate(c)
    f, last, sex = k.en_person(c)
    dob = k.dob_for_age(c, c.ri(10, 17), ref)
    rel = c.pick("mother", "father", "guardian")
    pf, _ = k.en_first(c, {"mother": "F", "father": "M"}.get(rel))
    prac = f"{pl[0]} {c.pick('Orthodontics', 'Smile Orthodontic Group', 'Family Orthodontics')}"
    dr_f, dr_l, _ = k.en_person(c)
    d.put(
        P("HOSPITAL", prac),
        "\n",
        c.pick("Tel", "Phone"),
        " ",
        P("PHONE", k.us_phone(c, pl)),
        "   Fax ",
        P("FAX", k.us_phone(c, pl)),
        "\n\n",
    )
    d.put(
        P("DATE", k.fd(ref, "long")),
        "\n\nRE: Transfer of orthodontic care\nPatient: ",
        P("NAME_PATIENT", f"{f} {last}"),
        "    DOB: ",
        P("DATE", k.fd(dob, k.dstyle(c))),
        "\n",
    )
    d.put(
        "Acct #: ",
        P("ACCOUNT", c.digits(6)),
        "   Responsible party: ",
        P("NAME_RELATIVE", f"{pf} {c.pick(last, k.en_last(c))}"),
        f" ({rel})\n",
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
        "\n",
    )
    d.put("Phone: ", P("PHONE", k.us_phone(c, pl)), "   E-mail: ", P("EMAIL", k.email(c, pf, last)), "\n")
    d.put(
        "Dental ins.: subscriber ID ",
        P("INSURANCE", f"{c.letters(3)}{c.digits(9, False)}"),
        ", group ",
        P("INSURANCE", c.digits(6, False)),
        "\n\n",
    )
    d.put(
        "Dear Colleague,\n\n",
        P("NAME_PATIENT", f),
        " is relocating",
        c.pick(" out of state", " overseas", " for a parent's military posting"),
        " and the family asked us to forward records. ",
    )
    d.put(
        "Pre-treatment diagnosis: ⟦fi|Class II division 1 malocclusion⟧ with ⟦me|overjet 7 mm⟧ and ⟦me|overbite 60%⟧, ⟦fi|crowding⟧ of the ⟦an|mandibular anterior segment⟧. "
    )
    d.put(
        "Treatment started ",
        P("DATE", k.fd(k.ddate(c, ref.replace(year=ref.year - 2), ref.replace(year=ref.year - 1)), "us")),
        " with a ⟦ep|Herbst appliance⟧ followed by full fixed appliances (0.022 slot). ",
    )
    d.put(
        "Current wire ⟦me|0.019 x 0.025 SS⟧, ⟦pr|interproximal reduction⟧ done on ⟦an|lower incisors⟧. Oral hygiene fair; mild ⟦fi|gingival hyperplasia⟧. "
    )
    d.put("Rx for ⟦dr|chlorhexidine gluconate⟧ ⟦do|0.12% rinse BID⟧ given.\n\n")
    d.put(
        "CBCT on file, study ",
        P("ACCESSION", f"CB{c.digits(7, False)}"),
        "; records portal link: ",
        P("URL", f"https://records.{c.pick('dolphinshare', 'orthoxfer', 'ceph-cloud')}.com/p/{c.token(12)}"),
        "\n",
    )
    if c.chance(0.4):
        d.put(
            "Parent's note: passport for the patient (",
            P("PASSPORT", k.us_passport(c)),
            ") is needed by the receiving office abroad for registration.\n",
        )
    d.put(
        "\nRemaining fee balance is transferable. Please call with questions.\n\nSincerely,\n\n",
        P("NAME_CLINICIAN", f"{dr_f} {dr_l}"),
        ", DDS, MS\n",
    )
    d.put(
        pl[1],
        " dental license ",
        P("LICENSE", f"{c.pick('DDS', 'D', 'DN')}{c.digits(5, False)}"),
        "  NPI ",
        P("LICENSE", k.npi(c)),
        "\n",
    )
    if c.chance(0.5):
        d.put("cc: ", P("NAME_CLINICIAN", k.clin(c, cred=False)[0]), ", DMD (general dentist)\n")
    return d


def en27_mci_tracking(c):
    """Mass-casualty incident patient tracking sheet (fixed-width columns)."""
    d = Doc()
    pl = k.place(c)
    ref = k.ddate(c)
    inc = c.pick(
        "bus rollover I-",
        "grain elevator explosion",
        "stadium crush",
        "chlorine release at water plant",
        "multi-vehicle pileup I-",
    )
    if inc.endswith("-"):
        inc += str(c.ri(10, 95))
    tc, _ = k.clin(c, cred=False)
    d.put(
        "MCI PATIENT TRACKING - TRANSPORT GROUP\nIncident: ",
        inc,
        "   Date: ",
        P("DATE", k.fd(ref, c.pick("us", "mil"))),
        "   Op period 1\n",
    )
    d.put("Transport officer: ", P("NAME_CLINICIAN", tc), "   EOC fax: ", P("FAX", k.us_phone(c, pl)), "\n")
    if c.chance(0.6):
        d.put("Synced from tracking app, device IP ", P("IP", k.ipv4(c)), "\n")
    d.put("\n", f"{'TAG':<10}{'NAME':<26}{'AGE':<5}{'SEX':<4}{'TRI':<5}{'INJURY':<34}DEST / UNIT\n")
    d.put("-" * 100, "\n")
    hosps = [k.hospital(c, pl) for _ in range(3)]
    for _ in range(c.ri(4, 6)):
        tag = f"{c.pick('AA', 'MC', 'T')}{c.digits(6, False)}"
        f, last, sex = k.en_person(c)
        age = c.ri(90, 101) if c.chance(0.13) else c.ri(4, 84)
        name_v = c.pick(f"{last.upper()}, {f}", f"{f} {last}", f"{f[0]}. {last}")
        tri = c.pick("RED", "YEL", "GRN", "RED")
        inj = c.ch(
            (
                ("⟦fi|open tib-fib fracture⟧", "fx"),
                ("⟦fi|tension pneumothorax⟧", "ptx"),
                ("⟦fi|scalp laceration⟧", "lac"),
                ("⟦fi|chemical inhalation⟧", "inh"),
                ("⟦fi|pelvic fracture⟧", "pel"),
                ("⟦fi|burns⟧ ⟦me|18% TBSA⟧", "burn"),
            )
        )
        d.put(P("OTHER_ID", tag), " " * (10 - len(tag)))
        if c.chance(0.1):
            d.put(f"{'UNKNOWN (est.)':<26}")
        else:
            d.put(P("NAME_PATIENT", name_v), " " * max(1, 26 - len(name_v)))
        a = str(age)
        d.put(
            P("AGE_OVER_89", a) if age > 89 else a, " " * (5 - len(a)), f"{sex:<4}{tri:<5}", inj[0], " " * 6
        )
        dest = c.ch(hosps)
        d.put(P("HOSPITAL", dest), " / ", c.pick(f"Medic {c.ri(1, 40)}", f"Air {c.ri(1, 3)}", "POV"))
        extras = []
        if c.chance(0.15):
            extras.append(["pacer SN ", P("DEVICE", k.device_serial(c))])
        if c.chance(0.15):
            country, pp = k.foreign_passport(c)
            extras.append([f"{country} passport ", P("PASSPORT", pp)])
        if c.chance(0.12):
            extras.append(["self-transported in plate ", P("VEHICLE", k.plate(c))])
        if c.chance(0.12):
            rf, rl, _ = k.en_person(c)
            extras.append(["with spouse ", P("NAME_RELATIVE", f"{rf} {rl}")])
        if extras:
            d.put("   [", [[e, "; "] if i < len(extras) - 1 else e for i, e in enumerate(extras)], "]")
        d.put("\n")
    d.put(
        "\nTreatments in field: ⟦dr|tranexamic acid⟧ ⟦do|1 g IV⟧ x2, ⟦pr|needle decompression⟧ x1, ⟦dr|albuterol⟧ nebs for inhalation pts. "
    )
    d.put(
        "Vitals on RED tags re-checked q5min (⟦me|SBP <90⟧ flagged).\nHospital capacity calls by ",
        P("NAME_CLINICIAN", k.clin(c, cred=False)[0]),
        " at ",
        f"{c.ri(10, 23)}:{c.ri(0, 59):02d}",
        ".\n",
    )
    return d


def en27_coal_xray(c):
    """Coal workers' health surveillance chest radiograph / spirometry classification form."""
    d = Doc()
    pl = c.ch([p for p in k.US_PLACES if p[1] in ("WV", "KY", "PA", "AL", "WY", "UT", "CO")])
    ref = k.ddate(c)
    f, last, _ = k.en_person(c, "M")
    dob = k.dob_for_age(c, c.ri(28, 71), ref)
    fac = k.hospital(c, pl)
    br_f, br_l, _ = k.en_person(c)
    d.put("COAL WORKERS' HEALTH SURVEILLANCE PROGRAM - ROENTGENOGRAPHIC INTERPRETATION\n\n")
    d.put(
        "1. Miner: ",
        P("NAME_PATIENT", f"{last.upper()}, {f.upper()}"),
        "\n2. SSN: ",
        P("SSN", k.ssn(c)),
        "     3. DOB: ",
        P("DATE", k.fd(dob, "us")),
        "\n",
    )
    d.put(
        "4. Mailing address: ",
        P("ADDRESS_STREET", k.street(c)),
        ", ",
        P("CITY", pl[0]),
        ", ",
        P("PROVINCE_STATE", pl[1]),
        " ",
        P("POSTCODE", k.zip_code(c, pl)),
        "\n",
    )
    d.put(
        "5. Phone: ",
        P("PHONE", k.us_phone(c, pl)),
        "\n6. Current employer / mine operator: ",
        P(
            "WORKPLACE",
            c.ch(
                k.EMPLOYERS[:2]
                + (
                    "Pocahontas Fuel Co.",
                    "Big Sandy Mining Corp",
                    "Warrior Met Holdings",
                    "Powder River Coal Partners",
                )
            ),
        ),
        f"   years underground: {c.ri(3, 38)}\n",
    )
    d.put(
        "7. Facility: ",
        P("HOSPITAL", fac),
        "   fax ",
        P("FAX", k.us_phone(c, pl)),
        "\n8. Date of radiograph: ",
        P("DATE", k.fd(k.ddate(c, ref.replace(day=1), ref), "us")),
        "   film/image no. ",
        P("ACCESSION", f"{c.digits(4, False)}-{c.digits(5, False)}"),
        "\n\n",
    )
    q = c.pick("1", "2", "1")
    prof = c.pick("0/1", "1/0", "1/1", "2/1", "0/0")
    d.put(
        f"Film quality: {q}\nParenchymal abnormalities: small opacities, primary/secondary shape p/q, zones ⟦an|right upper⟧ ⟦an|left upper⟧ ⟦an|right middle⟧, profusion ⟦me|{prof}⟧\n"
    )
    d.put(
        "Large opacities: ",
        c.pick("none", "⟦me|size A⟧ (⟦fi|progressive massive fibrosis⟧)", "⟦me|size B⟧"),
        "\nPleural: ",
        c.pick("none", "⟦fi|pleural plaque⟧ chest wall, in profile", "⟦fi|costophrenic angle obliteration⟧"),
        "\n",
    )
    d.put("Symbols: ", c.pick("ax", "em", "hi", "tb?", "none"), "\n\n")
    fvc = c.ri(58, 104)
    d.put(
        f"Spirometry (same visit): ⟦me|FVC {fvc}% predicted⟧, ⟦me|FEV1/FVC 0.{c.ri(55, 82)}⟧ ",
        c.pick(
            "- ⟦fi|obstructive pattern⟧",
            "- ⟦fi|restrictive pattern⟧ suspected, recommend ⟦pr|full PFTs⟧",
            "- normal",
        ),
        ".\n",
    )
    d.put(
        "Symptom questionnaire: ⟦fi|chronic productive cough⟧ ",
        c.pick("yes", "no"),
        "; smoker ",
        c.pick("never", "former", "current"),
        ".\n\n",
    )
    d.put(
        "B Reader: ",
        P("NAME_CLINICIAN", f"{br_f[0]}. {br_l}"),
        ", MD     B Reader cert. no. ",
        P("LICENSE", f"{c.digits(4, False)}"),
        "     NPI ",
        P("LICENSE", k.npi(c)),
        "\n",
    )
    d.put(
        "Date of reading: ",
        P("DATE", k.fd(ref, "us")),
        "\nMiner may view result letter at ",
        P("URL", f"https://cwhsp-results.org/l/{c.token(14)}"),
        " (PIN mailed separately)\n",
    )
    return d


def en27_farm_injury(c):
    """State agricultural-injury surveillance report (tractor, PTO, grain bin) filed by the treating hospital."""
    d = Doc()
    pl = k.place(c)
    ref = k.ddate(c)
    old = c.chance(0.3)
    age = c.ri(90, 96) if old else c.ri(12, 84)
    f, last, sex = k.en_person(c, c.pick("M", "M", "F"))
    dob = k.dob_for_age(c, age, ref)
    hosp = k.hospital(c, pl)
    d.put(
        "AGRICULTURAL INJURY SURVEILLANCE - HOSPITAL CASE REPORT\nReport no. ",
        P("OTHER_ID", f"AG-{ref.year}-{c.digits(5, False)}"),
        "   filed ",
        P("DATE", k.fd(ref, "iso")),
        "\n\n",
    )
    d.put(
        "Name: ",
        P("NAME_PATIENT", c.pick(f"{f} {last}", f"{last.upper()}, {f}")),
        "   Age: ",
        P("AGE_OVER_89", str(age)) if old else str(age),
        "   DOB: ",
        P("DATE", k.fd(dob, "us")),
        "\n",
    )
    d.put(
        "Residence: ",
        P("ADDRESS_STREET", c.pick(k.street(c), f"{c.ri(1000, 38999)} County Road {c.ri(2, 900)}")),
        ", ",
        P("CITY", pl[0]),
        ", ",
        P("PROVINCE_STATE", pl[1]),
        " ",
        P("POSTCODE", k.zip_code(c, pl)),
        "   Phone: ",
        P("PHONE", k.us_phone(c, pl)),
        "\n",
    )
    role = c.pick("owner-operator", "family member", "hired worker", "hired worker")
    d.put("Role on farm: ", role)
    if role == "hired worker":
        d.put(
            "   Employer: ",
            P(
                "WORKPLACE",
                c.pick(
                    f"{k.en_last(c)} Dairy LLC",
                    f"{k.en_last(c)} Family Farms",
                    "Valley Grain Cooperative",
                    "High Plains Feedyard",
                ),
            ),
        )
    d.put("\n")
    ev = c.ch(
        (
            ("tractor rollover, no ROPS", "⟦fi|flail chest⟧, ⟦fi|pneumothorax⟧", "⟦pr|chest tube placement⟧"),
            (
                "PTO shaft entanglement",
                "⟦fi|degloving injury⟧ ⟦an|right upper arm⟧",
                "⟦pr|debridement⟧ and ⟦pr|split-thickness skin graft⟧",
            ),
            (
                "grain bin engulfment",
                "⟦fi|asphyxia⟧, ⟦fi|aspiration pneumonitis⟧",
                "⟦pr|bronchoscopy⟧ with ⟦pr|bronchoalveolar lavage⟧",
            ),
            ("kicked by cow", "⟦fi|splenic laceration⟧ grade III", "⟦pr|splenic artery embolization⟧"),
            (
                "fall from hay loft",
                "⟦fi|distal radius fracture⟧ (⟦ep|Colles fracture⟧)",
                "⟦pr|closed reduction⟧",
            ),
        )
    )
    d.put(
        "\nEvent date: ",
        P("DATE", k.fd(k.ddate(c, ref.replace(day=1), ref), k.dstyle(c))),
        "   Mechanism: ",
        ev[0],
        "\n",
    )
    if c.chance(0.55):
        rf, _ = k.en_first(c)
        d.put(
            "Found by ",
            c.pick("spouse", "son", "daughter", "neighbor"),
            " ",
            P("NAME_RELATIVE", f"{rf} {c.pick(last, k.en_last(c))}"),
            ", who drove the patient in the pickup (plate ",
            P("VEHICLE", k.plate(c)),
            ").\n",
        )
    else:
        d.put("Transported by county EMS; crew chief ", P("NAME_CLINICIAN", k.clin(c, cred=False)[0]), ".\n")
    d.put(
        "Treating facility: ",
        P("HOSPITAL", hosp),
        "   MRN ",
        P("MRN", c.digits(7)),
        "   Encounter ",
        P("ACCOUNT", f"E{c.digits(9, False)}"),
        "\n",
    )
    d.put(
        "Injuries: ",
        ev[1],
        ". ⟦pr|CT chest/abdomen/pelvis⟧ accession ",
        P("ACCESSION", f"{c.digits(9, False)}"),
        ". Treatment: ",
        ev[2],
        ", ⟦dr|cefazolin⟧ ⟦do|2 g IV⟧, ⟦dr|Tdap⟧.\n",
    )
    d.put(f"⟦me|ISS {c.ri(4, 34)}⟧, ⟦me|GCS {c.ri(9, 15)}⟧, ⟦lab|lactate {c.fl(1.1, 6.0)} mmol/L⟧.\n")
    if c.chance(0.3):
        d.put(
            "Comorbidity: ⟦fi|complete heart block⟧, pacemaker serial ",
            P("DEVICE", k.device_serial(c)),
            ".\n",
        )
    if c.chance(0.3):
        d.put(
            "Payer: member ",
            P("INSURANCE", f"{c.letters(3)}{c.digits(8, False)}"),
            c.pick("", ["; SSN ", P("SSN", k.ssn(c))]),
            "\n",
        )
    d.put(
        "\nReported by ",
        P("NAME_CLINICIAN", k.clin(c, cred=False)[0]),
        ", trauma registrar, ",
        P("EMAIL", f"trauma.registry@{pl[0].lower().replace(' ', '')}med.org"),
        "\n",
    )
    return d


def en27_dosimetry(c):
    """Radiation-worker dosimetry investigation (quarterly badge reading above investigation level)."""
    d = Doc()
    pl = k.place(c)
    ref = k.ddate(c)
    f, last, sex = k.en_person(c)
    dob = k.dob_for_age(c, c.ri(24, 66), ref)
    hosp = k.hospital(c, pl)
    rso_f, rso_l, _ = k.en_person(c)
    emp = c.pick(
        f"{hosp} Cardiac Cath Lab",
        f"{hosp} Nuclear Medicine",
        f"{pl[0]} Industrial Radiography Inc.",
        "Tri-State NDT Services",
        f"{pl[0]} Interventional Radiology Associates",
    )
    d.put(
        "RADIATION SAFETY OFFICE - DOSIMETRY INVESTIGATION (ALARA LEVEL II)\nCase ",
        P("OTHER_ID", f"RSO-{ref.year}-{c.digits(3, False)}"),
        "   opened ",
        P("DATE", k.fd(ref, "us")),
        "\n\n",
    )
    d.put(
        f"{'Worker:':<20}",
        P("NAME_PATIENT", f"{last}, {f}"),
        "\n",
        f"{'DOB:':<20}",
        P("DATE", k.fd(dob, "us")),
        f"     sex {sex}\n",
    )
    d.put(
        f"{'SSN:':<20}",
        P("SSN", k.ssn(c)),
        "\n",
        f"{'Badge / wearer ID:':<20}",
        P("OTHER_ID", f"{c.digits(5, False)}-{c.digits(2, False)}"),
        "\n",
    )
    d.put(
        f"{'Employer:':<20}",
        P("WORKPLACE", emp),
        "\n",
        f"{'Home:':<20}",
        P("ADDRESS_STREET", k.street(c)),
        ", ",
        P("CITY", pl[0]),
        ", ",
        P("PROVINCE_STATE", pl[1]),
        " ",
        P("POSTCODE", k.zip_code(c, pl)),
        "\n",
    )
    d.put(
        f"{'Phone / e-mail:':<20}",
        P("PHONE", k.us_phone(c, pl)),
        " / ",
        P("EMAIL", k.email(c, f, last)),
        "\n\n",
    )
    d.put(f"{'quarter':<10}{'DDE (mrem)':>12}{'LDE (mrem)':>12}{'SDE (mrem)':>12}{'ring (mrem)':>13}\n")
    for q in range(1, 5):
        d.put(
            f"Q{q:<9}",
            f"{c.ri(5, 420):>12}{c.ri(10, 1400):>12}{c.ri(10, 1500):>12}{c.ri(20, 9000):>13}",
            "\n",
        )
    d.put(
        "\nInvestigation: ",
        c.pick(
            "badge left on apron in procedure room",
            "high caseload (⟦pr|TAVR⟧ and ⟦pr|chemoembolization⟧)",
            "source handling during ⟦dr|I-131⟧ therapy",
            "camera-source retrieval at field site",
        ),
        ". ",
    )
    d.put(
        "Reading confirmed by processor on ",
        P("DATE", k.fd(k.ddate(c, ref.replace(day=1), ref), "mil")),
        ". Worker interviewed; pregnancy declared: ",
        c.pick("no", "n/a", "yes - fetal badge issued"),
        ".\n",
    )
    d.put(
        "Medical review: ⟦lab|CBC with differential⟧ within normal limits, ⟦lab|absolute lymphocyte count 1.9 x10^9/L⟧; lens exam: ",
        c.pick(
            "no ⟦fi|posterior subcapsular cataract⟧", "early ⟦fi|posterior subcapsular opacity⟧ ⟦an|left eye⟧"
        ),
        ". ",
    )
    d.put("Lab accession ", P("ACCESSION", f"H{c.digits(8, False)}"), ".\n")
    d.put(
        "Dosimetry portal login from ",
        P("IP", k.ipv4(c)),
        "; report link ",
        P("URL", f"https://dose.{c.pick('landauer-link', 'mirion-view', 'rsoportal')}.com/r/{c.token(11)}"),
        "\n\n",
    )
    d.put(
        "Radiation Safety Officer: ",
        P("NAME_CLINICIAN", f"{rso_f} {rso_l}"),
        ", MS, DABR   tel ",
        P("PHONE", k.us_phone(c, pl)),
        "  fax ",
        P("FAX", k.us_phone(c, pl)),
        "\n",
    )
    d.put(
        "Occupational medicine: ",
        P("NAME_CLINICIAN", k.clin(c, cred=False)[0]),
        ", MD, license ",
        P("LICENSE", f"{c.letters(2)}{c.digits(6, False)}"),
        "\n",
    )
    return d


TEMPLATES = [
    ("en27_tattoo_complaint", en27_tattoo_complaint),
    ("en27_ortho_transfer", en27_ortho_transfer),
    ("en27_mci_tracking", en27_mci_tracking),
    ("en27_farm_injury", en27_farm_injury),
    ("en27_coal_xray", en27_coal_xray),
    ("en27_dosimetry", en27_dosimetry),
    *templates_v27_en2.TEMPLATES,
]
