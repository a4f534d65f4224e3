# Longer than 450 lines: six whole document templates written out as the documents they are, plus the list of all twelve.
"""v29 English templates (1 of 2) and the list of all twelve (README.md "v29").

Document types none of v1-v28 used: a home factor-infusion log of a haemophilia patient (TSV), a
spinal-cord-stimulator trial diary, a first-trimester nuchal-translucency scan report, a sepsis
(SEP-1) chart-abstraction CSV export, a rapid-response-team record with speaker turns and an
animal-assisted-therapy visit roster."""

# ruff: noqa: E501  (template text)

from __future__ import annotations

import _v29_kit as kit
from _core import Doc
from _v29_kit import K, P


def NP(v):
    return P("NAME_PATIENT", v)


def NR(v):
    return P("NAME_RELATIVE", v)


def NC(v):
    return P("NAME_CLINICIAN", v)


def D(v):
    return P("DATE", v)


# --------------------------------------------------------------------------- haemophilia factor log


def en29_factor_log(c) -> Doc:
    d = Doc()
    t = c.ch(kit.TOWNS)
    htc = f"{t.city} Hemophilia Treatment Center"
    pharm = c.ch(
        (
            "Keystone Specialty Pharmacy",
            "Bluestem Home Infusion",
            "Apex Factor Services",
            "Heartland Specialty Rx",
        )
    )
    pt = kit.en_name(c, "M")
    ref = kit.rdate(c)
    child = c.chance(0.5)
    age = c.ri(4, 15) if child else c.ri(19, 68)
    dob = kit.dob_for(c, age, ref)
    nurse = kit.en_name(c)
    sev = c.ch(
        ("severe hemophilia A", "moderate hemophilia A", "severe hemophilia B", "hemophilia A with inhibitor")
    )
    drug = {
        "severe hemophilia A": "antihemophilic factor (recombinant)",
        "moderate hemophilia A": "octocog alfa",
        "severe hemophilia B": "nonacog beta pegol",
        "hemophilia A with inhibitor": "emicizumab",
    }[sev]
    dose = "3 mg/kg" if drug == "emicizumab" else c.ch(("2000 IU", "3000 IU", "1500 IU", "40 IU/kg"))
    d.put("HOME INFUSION LOG\t", P("HOSPITAL", htc), "\n")
    d.put(
        "Patient:\t",
        NP(pt.rev),
        "\tDOB:\t",
        D(kit.us(dob, c.ch(("mdy", "iso", "mdy1")))),
        "\tMRN:\t",
        P("MRN", kit.mrn(c)),
        "\n",
    )
    d.put(
        "Dx:\t",
        K("FINDING", sev),
        "\tProduct:\t",
        K("DRUG", drug),
        "\tPrescribed dose:\t",
        K("DOSE", dose),
        "\n",
    )
    d.put(
        "Specialty pharmacy:\t",
        P("HOSPITAL", pharm),
        "\tph ",
        P("PHONE", kit.phone(c, t.area)),
        "\tfax ",
        P("FAX", kit.phone(c, t.area, "dash")),
        "\n",
    )
    d.put("Member ID:\t", P("INSURANCE", kit.member_id(c)), "\n")
    if child:
        par = kit.en_name(c, c.ch("FM"))
        par = kit.EnName(par.first, pt.last if c.chance(0.6) else par.last, par.sex)
        d.put(
            "Caregiver infusing:\t",
            NR(par.full),
            f" ({'mother' if par.sex == 'F' else 'father'})\tcell ",
            P("PHONE", kit.phone(c, t.area)),
            "\n",
        )
    d.put("\ndate\ttime\treason\tdose\tlot\tsite\tinitials\n")
    day = ref
    for _ in range(c.ri(3, 6)):
        day = kit.plus(day, c.ri(2, 5))
        reason = c.ch(
            (
                "prophylaxis",
                "prophylaxis",
                "⟦fi|left knee hemarthrosis⟧",
                "⟦fi|right ankle bleed⟧",
                "pre-dental",
                "⟦fi|epistaxis⟧",
            )
        )
        who = "mom" if child and c.chance(0.5) else "self"
        d.put(
            D(kit.us(day, c.ch(("md", "mdy", "mdyy")))),
            f"\t{c.ri(6, 21):02d}:{c.ch(('00', '15', '30', '45'))}\t",
            reason,
            "\t",
            K("DOSE", dose),
            f"\t{c.letters(1)}{c.digits(6)}\t",
            c.ch(("L antecubital", "R hand", "port")),
            f"\t{who}\n",
        )
    d.put(
        "\nTrough ",
        K("LAB", f"FVIII activity {c.ri(1, 9)}%"),
        " on ",
        D(kit.us(kit.plus(day, 3), "mdy")),
        "; ",
        K("LAB", "Bethesda inhibitor assay negative"),
        ".\n",
    )
    d.put(
        "Reviewed by ",
        NC(nurse.full),
        ", RN (HTC); questions ",
        P(
            "EMAIL",
            kit.email_for(c, nurse.first, nurse.last, "htc-" + t.city.lower().replace(" ", "") + ".org"),
        ),
        "\n",
    )
    if c.chance(0.5):
        d.put("Uploaded via bleed-diary link ", P("URL", kit.link(c, "mybleedlog.example.org")), "\n")
    return d


# --------------------------------------------------------------------------- spinal-cord-stimulator trial


def en29_scs_trial(c) -> Doc:
    d = Doc()
    t = c.ch(kit.TOWNS)
    hosp = kit.en_hospital(c, t)
    pt, doc, rep = kit.en_names(c, 3)
    ref = kit.rdate(c)
    age = c.ri(34, 79)
    emp = c.ch(kit.EMPLOYERS)
    d.put("SCS TRIAL — DAILY DIARY & REP CHECK-IN\n", P("HOSPITAL", hosp), " Pain Management\n\n")
    d.put(
        "Pt: ",
        NP(pt.full),
        "   DOB ",
        D(kit.us(kit.dob_for(c, age, ref), "mdy")),
        "   MRN ",
        P("MRN", kit.mrn(c)),
        "\n",
    )
    d.put(
        "Work comp: injured at ",
        P("WORKPLACE", emp),
        "; claim # ",
        P("OTHER_ID", "WC" + c.digits(8)),
        "; carrier member id ",
        P("INSURANCE", kit.member_id(c)),
        "\n",
    )
    d.put(
        "Implant date ",
        D(kit.us(ref, c.ch(("mdy", "long", "dmon")))),
        " by ",
        NC(doc.full),
        ", MD (NPI ",
        P("LICENSE", kit.npi(c)),
        ")\n",
    )
    d.put(
        "Leads: two 8-contact percutaneous leads via ",
        K("EPONYM", "Tuohy needle"),
        ", tips at ",
        K("ANATOMY", c.ch(("T8", "T9", "T7-T8"))),
        "; trial stimulator S/N ",
        P("DEVICE", kit.device_serial(c)),
        ", lead S/N ",
        P("DEVICE", kit.device_serial(c)),
        "\n",
    )
    d.put(
        "Rep: ",
        NC(rep.full),
        " ",
        P("PHONE", kit.phone(c, t.area)),
        " / ",
        P("EMAIL", kit.email_for(c, rep.first, rep.last, "neuromodrep.com")),
        "\n\n",
    )
    base = c.ri(6, 9)
    d.put(
        "Baseline ",
        K("MEASUREMENT", f"NRS {base}/10"),
        ", ",
        K("MEASUREMENT", f"ODI {c.ri(38, 64)}%"),
        "; dx ",
        K(
            "FINDING",
            c.ch(("failed back surgery syndrome", "lumbar radiculopathy", "complex regional pain syndrome")),
        ),
        "\n",
    )
    day = ref
    for i in range(c.ri(3, 5)):
        day = kit.plus(day, 1)
        d.put(
            f"Day {i + 1} ",
            D(kit.us(day, c.ch(("md", "mdyy")))),
            ": ",
            K("MEASUREMENT", f"NRS {max(1, base - i - c.ri(0, 2))}/10"),
            c.ch(
                (", walked 20 min", ", slept 6 h", ", paresthesia coverage good", ", reprogrammed program 3")
            ),
            "\n",
        )
    d.put(
        "Meds: ",
        K("DRUG", "gabapentin"),
        " ",
        K("DOSE", "300 mg tid"),
        ", ",
        K("DRUG", "cephalexin"),
        " ",
        K("DOSE", "500 mg qid"),
        " while leads in.\n",
    )
    if c.chance(0.4):
        d.put(
            "Drove self despite instructions (vehicle plate ",
            P("VEHICLE", kit.plate(c)),
            ") — reinforced no driving with stimulator on.\n",
        )
    d.put(
        "Lead pull ",
        D(kit.us(kit.plus(day, 1), "mdy")),
        "; >50% relief → schedule permanent ",
        K("PROCEDURE", "spinal cord stimulator implantation"),
        ".\n",
    )
    return d


# --------------------------------------------------------------------------- NT scan report


def en29_nt_scan(c) -> Doc:
    d = Doc()
    t = c.ch(kit.TOWNS)
    mfm = c.ch((f"{t.city} Maternal-Fetal Medicine", f"Maternal Fetal Center at {kit.en_hospital(c, t)}"))
    pt = kit.en_name(c, "F")
    son, ob, mfmd = kit.en_names(c, 3)
    ref = kit.rdate(c)
    age = c.ri(19, 44)
    lmp = kit.plus(ref, -c.ri(80, 94))
    edd = kit.plus(lmp, 280)
    crl = c.fl(45, 84)
    nt = c.fl(0.9, 3.8)
    d.put(P("HOSPITAL", mfm), "\nFIRST TRIMESTER SCREEN — ULTRASOUND REPORT\n\n")
    d.put(
        "Patient: ",
        NP(pt.rev),
        "     DOB: ",
        D(kit.us(kit.dob_for(c, age, ref), "mdy")),
        f"     Age at EDD: {age}\n",
    )
    d.put(
        "MRN: ",
        P("MRN", kit.mrn(c)),
        "     Accession: ",
        P("ACCESSION", kit.accession(c)),
        "     Exam date: ",
        D(kit.us(ref, c.ch(("mdy", "long")))),
        "\n",
    )
    d.put("LMP: ", D(kit.us(lmp, "mdy")), "     EDD by LMP: ", D(kit.us(edd, "mdy")), "\n")
    d.put(
        "Referring: ",
        NC(ob.full),
        ", MD  fax ",
        P("FAX", kit.phone(c, t.area, c.ch(("dash", "paren")))),
        "\n",
    )
    d.put("Sonographer: ", NC(son.full), ", RDMS (FMF ID ", P("LICENSE", c.digits(6)), ")\n\n")
    d.put(
        "Single live intrauterine pregnancy. ",
        K("MEASUREMENT", f"CRL {crl} mm"),
        " consistent with ",
        K("MEASUREMENT", f"GA {c.ri(11, 13)}w{c.ri(0, 6)}d"),
        ". ",
        K("MEASUREMENT", f"FHR {c.ri(148, 172)} bpm"),
        ".\n",
    )
    d.put(
        K("MEASUREMENT", f"Nuchal translucency {nt} mm"),
        "; ",
        K("ANATOMY", "nasal bone"),
        " present; ",
        K("FINDING", "tricuspid regurgitation"),
        " absent; ",
        K("ANATOMY", "ductus venosus"),
        " a-wave positive.\n",
    )
    d.put(
        "Serum: ",
        K("LAB", f"PAPP-A {c.fl(0.4, 1.8, 2)} MoM"),
        ", ",
        K("LAB", f"free beta-hCG {c.fl(0.5, 2.2, 2)} MoM"),
        ".\n",
    )
    if float(nt) >= 3.0:
        d.put(
            "Impression: ",
            K("FINDING", "increased nuchal translucency"),
            "; offered ",
            K("PROCEDURE", "chorionic villus sampling"),
            " and ",
            K("LAB", "cell-free DNA"),
            " for ",
            K("EPONYM", "Down syndrome"),
            " risk.\n",
        )
    else:
        d.put(
            "Impression: low-risk screen for ",
            K("EPONYM", "Down syndrome"),
            ". Start ",
            K("DRUG", "aspirin"),
            " ",
            K("DOSE", "81 mg daily"),
            " per preeclampsia risk.\n",
        )
    if c.chance(0.45):
        partner = kit.en_name(c, "M")
        d.put(
            "Partner ",
            NR(partner.full),
            " present; ",
            "reachable at ",
            P("PHONE", kit.phone(c, t.area)),
            ".\n",
        )
    if c.chance(0.5):
        d.put("Images for patient: ", P("URL", kit.link(c, "babyscan-view.net")), "\n")
    if c.chance(0.5):
        d.put("Parking validated, plate ", P("VEHICLE", kit.plate(c)), ".\n")
    d.put("\nInterpreted by ", NC(mfmd.full), ", MD (MFM) on ", D(kit.us(ref, "mdy")), "\n")
    return d


# --------------------------------------------------------------------------- SEP-1 abstraction CSV


def en29_sepsis_csv(c) -> Doc:
    d = Doc()
    t = c.ch(kit.TOWNS)
    hosp = kit.en_hospital(c, t)
    ab = kit.en_name(c)
    ref = kit.rdate(c)
    d.put("# SEP-1 abstraction export — ", P("HOSPITAL", hosp), "\n")
    d.put(
        "# exported_by=",
        NC(f"{ab.first[0].lower()}{ab.last.lower()}"),
        " host=",
        P("IP", kit.ipv4(c)),
        " run=",
        D(kit.us(ref, "iso")),
        "\n",
    )
    d.put(
        "case,fin,mrn,patient,age,arrival,severe_sepsis_time_zero,lactate,blood_cx_accession,abx,bundle_met\n"
    )
    for i in range(c.ri(3, 6)):
        p = kit.en_name(c)
        age, _ = kit.age_pair(c, 0.18, 22, 89)
        arr = kit.plus(ref, -c.ri(20, 60))
        lac = c.fl(1.1, 6.8)
        abx = c.ch(("piperacillin-tazobactam", "ceftriaxone", "cefepime", "meropenem", "vancomycin"))
        d.put(
            f"{i + 1},",
            P("ACCOUNT", kit.fin(c)),
            ",",
            P("MRN", kit.mrn(c)),
            ',"',
            NP(p.rev),
            '",',
            kit.age_p(age),
            ",",
            D(kit.us(arr, c.ch(("mdy", "iso")))),
            f" {c.ri(0, 23):02d}:{c.ri(0, 59):02d},",
        )
        d.put(
            D(kit.us(arr, "mdy")),
            f" {c.ri(0, 23):02d}:{c.ri(0, 59):02d},",
            K("LAB", f"lactate {lac}"),
            ",",
            P("ACCESSION", kit.accession(c)),
            ",",
            K("DRUG", abx),
            ",",
            c.ch(("Y", "N", "Y")),
            "\n",
        )
    d.put(
        "# note: ",
        K("FINDING", "septic shock"),
        " rows need ",
        K("DOSE", "30 mL/kg"),
        " crystalloid documented; ",
        K("EPONYM", "Gram stain"),
        " results abstracted; ",
        K("DRUG", "norepinephrine"),
        " start time from MAR.\n",
    )
    return d


# --------------------------------------------------------------------------- rapid-response record


def en29_rrt_record(c) -> Doc:
    d = Doc()
    t = c.ch(kit.TOWNS)
    hosp = kit.en_hospital(c, t)
    pt, rn, rt, md = kit.en_names(c, 4)
    ref = kit.rdate(c)
    age, _ = kit.age_pair(c, 0.3, 45, 89)
    d.put(P("HOSPITAL", hosp), " — RAPID RESPONSE TEAM RECORD\n")
    d.put(
        "Date ",
        D(kit.us(ref, c.ch(("mdy", "dmy", "long")))),
        f"  Called {c.ri(0, 23):02d}:{c.ri(0, 59):02d}  Unit {c.ch(('5 North', '4 West', 'Ortho', 'Tele 3'))} bed {c.ri(1, 30)}\n",
    )
    d.put(
        "Patient ",
        NP(pt.full.upper() if c.chance(0.3) else pt.full),
        ", ",
        kit.age_p(age),
        f"-year-old {'woman' if pt.sex == 'F' else 'man'}, MRN ",
        P("MRN", kit.mrn(c)),
        ", encounter ",
        P("ACCOUNT", kit.fin(c)),
        "\n",
    )
    d.put(
        "Trigger: ",
        K("MEASUREMENT", f"HR {c.ri(121, 148)}"),
        ", ",
        K("MEASUREMENT", f"BP {c.ri(72, 88)}/{c.ri(38, 52)}"),
        ", ",
        K("MEASUREMENT", f"SpO2 {c.ri(82, 89)}%"),
        "\n\n",
    )
    d.put("Transcript (scribe):\n")
    d.put(
        NC(rn.first),
        " (primary RN): ",
        "She" if pt.sex == "F" else "He",
        " was fine at the last check, now mottled knees and confused.\n",
    )
    d.put(
        NC(md.last),
        " (hospitalist): Bolus ",
        K("DOSE", "1 L"),
        " ",
        K("DRUG", "lactated Ringer's"),
        ", send ",
        K("LAB", "blood cultures"),
        " x2 and ",
        K("LAB", "lactate"),
        ".\n",
    )
    d.put(
        NC(rt.first),
        " (RT): Putting ",
        "her" if pt.sex == "F" else "him",
        " on ",
        K("MEASUREMENT", f"HFNC {c.ri(30, 50)} L {c.ri(50, 80)}%"),
        ".\n",
    )
    if c.chance(0.6):
        fam = kit.en_name(c)
        rel = (kit.relation_en_young if age > 70 else kit.relation_en)(c, fam.sex)
        d.put(NR(fam.first), f" ({rel}): Is {'Mom' if pt.sex == 'F' else 'Dad'} going to the ICU?\n")
        d.put("Family contact: ", NR(fam.full), f", {rel}, ", P("PHONE", kit.phone(c, t.area)), "\n")
    d.put(
        "\nLab: ",
        K("LAB", f"lactate {c.fl(2.2, 7.5)} mmol/L"),
        ", specimen ",
        P("ACCESSION", kit.accession(c)),
        "; ",
        K("FINDING", "sepsis"),
        " from ",
        K("FINDING", c.ch(("pneumonia", "urinary tract infection", "cellulitis"))),
        " suspected; ",
        K("EPONYM", "Foley catheter"),
        " placed for strict I/O.\n",
    )
    d.put(
        "Disposition: transfer ICU. Attending ",
        NC(md.full),
        ", MD paged at ",
        P("PHONE", kit.phone(c, t.area, "dash")),
        ". RRT RN ",
        NC(kit.en_name(c).init_last),
        ".\n",
    )
    return d


# --------------------------------------------------------------------------- animal-assisted therapy roster


def en29_pet_roster(c) -> Doc:
    d = Doc()
    t = c.ch(kit.TOWNS)
    hosp = kit.en_hospital(c, t)
    ref = kit.rdate(c)
    coord = kit.en_name(c)
    handlers = kit.en_names(c, 2)
    dogs = c.sample(("Biscuit", "Moose", "Juniper", "Rocket", "Pepper", "Tater", "Olive", "Gus"), 2)
    d.put("paws on rounds — animal-assisted therapy visit roster\n", P("HOSPITAL", hosp.lower()), "\n")
    d.put(
        "visit date: ",
        D(kit.us(ref, c.ch(("mdy1", "iso", "dmon")))),
        "   coordinator: ",
        NC(coord.full.lower()),
        " / ",
        P("PHONE", kit.phone(c, t.area)),
        "\n",
    )
    d.put(
        "teams: ",
        NC(handlers[0].full),
        " & ",
        dogs[0],
        " (golden retriever); ",
        NC(handlers[1].full),
        " & ",
        dogs[1],
        " (standard poodle)\n\n",
    )
    d.put("room | patient | age | screen | notes\n")
    for _ in range(c.ri(3, 5)):
        p = kit.en_name(c)
        age, _ = kit.age_pair(c, 0.2, 8, 89)
        form = c.ch(("firstL", "first", "lower", "rev"))
        name = {"firstL": f"{p.first} {p.last[0]}.", "first": p.first, "lower": p.full.lower(), "rev": p.rev}[
            form
        ]
        nm = [NP(p.first), f" {p.last[0]}."] if form == "firstL" else [NP(name)]
        screen = c.ch(
            (
                "no ⟦fi|dog allergy⟧",
                "⟦fi|MRSA⟧ contact — skip",
                "⟦fi|neutropenia⟧ — skip",
                "cleared",
                "cleared",
            )
        )
        note = c.ch(
            (
                "smiled, ⟦me|HR 96⟧ to ⟦me|HR 84⟧",
                "brushed dog, calmer",
                "asked about own dog",
                "declined today",
                "mom ",
                "cried, then laughed",
            )
        )
        d.put(f"{c.ri(201, 699)} | ", nm, " | ", kit.age_p(age), " | ", screen, " | ", note)
        if note == "mom ":
            d.put(NR(kit.en_name(c, "F").full), " visiting")
        d.put("\n")
    d.put(
        "\nhand hygiene with ",
        K("DRUG", "chlorhexidine"),
        " wipes before/after each room; dogs checked for ",
        K("FINDING", "fleas"),
        ".\n",
    )
    return d


import templates_v29_en2  # noqa: E402  (the other six)

TEMPLATES = [
    ("en29_factor_log", en29_factor_log),
    ("en29_scs_trial", en29_scs_trial),
    ("en29_nt_scan", en29_nt_scan),
    ("en29_sepsis_csv", en29_sepsis_csv),
    ("en29_rrt_record", en29_rrt_record),
    ("en29_pet_roster", en29_pet_roster),
    *templates_v29_en2.TEMPLATES,
]
V29_EN_WORDLIKE = [w.lower() for w in kit.EN_WORDLIKE]
