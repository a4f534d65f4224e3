"""English templates of the v6 holdout (generate_v6.py): document types no earlier set had
(allergy/immunology consult, nephrology clinic, rheumatology follow-up, hospital-at-home daily note,
palliative-care family meeting, utilization review, transfer-center log, blood-bank consult,
dietitian note, EEG/vascular-lab report). Written for v6 with its own pools (_v6_kit.py)."""

# ruff: noqa: E501  (note prose reads better unwrapped)

from __future__ import annotations

from _core import Ctx, Doc, P
from _v6_kit import (
    US_PLACES,
    clin_title,
    day,
    den,
    email_en,
    first_en,
    hospital_en,
    ip,
    last_en,
    later,
    phone_en,
    plate_en,
    street_en,
)

#: v6 town names that are ordinary words (also in _holdout.CITY_WORDS)
V6_WORDLIKE = frozenset({"mobile", "independence"})


def _pt(c: Ctx, sex: str | None = None):
    sex = sex or c.pick("F", "M")
    return sex, first_en(c, sex), last_en(c)


def _age(c: Ctx, old: bool = False):
    if old:
        return P("AGE_OVER_89", str(c.ri(90, 104)))
    return str(c.ri(24, 86))


def _sig(c: Ctx, role: str = "MD") -> list:
    f, ln = first_en(c), last_en(c)
    return [P("NAME_CLINICIAN", c.pick(f"{f} {ln}", f"{f[0]}. {ln}", f"{ln}, {f}")), f", {role}"]


def allergy(c: Ctx) -> Doc:
    sex, f, ln = _pt(c)
    d = day(c)
    mom = first_en(c, "F")
    town = c.ch(US_PLACES)[0]
    ref = last_en(c)
    return (
        Doc()
        .add(
            "ALLERGY & IMMUNOLOGY CONSULT\nPatient: {pt}   MRN {mrn}   SSN on file: {ssn}\nDate of service: {d}\n"
            "Referred by {ref} at {hosp} for recurrent hives and one episode of throat tightness after a bee sting.\n\n"
            "HPI: {first} is a {age} y/o who works as a line cook at {work}. Mother ({mom}) reports she carries an "
            "⟦dr|epinephrine⟧ auto-injector but has never used it. Takes ⟦dr|cetirizine⟧ ⟦do|10 mg⟧ daily.\n"
            "Travel: came from abroad last year, passport {pp}.\n"
            "Testing: ⟦pr|skin prick testing⟧ to venom panel positive for yellow jacket (wheal ⟦me|7 mm⟧). "
            "Baseline serum ⟦lab|tryptase⟧ pending, ⟦lab|total IgE⟧ 412.\n"
            "Plan: venom immunotherapy discussed; return {d2}. Call {phone} with any reactions.\n\n",
            pt=P("NAME_PATIENT", c.pick(f"{f} {ln}", f"{ln.upper()}, {f.upper()}", f"{ln}, {f}")),
            mrn=P(
                "MRN", c.pick(c.digits(8), f"E{c.digits(7)}", f"{c.digits(3)}-{c.digits(2)}-{c.digits(4)}")
            ),
            ssn=P(
                "SSN",
                c.pick(
                    f"{c.ri(100, 665)}-{c.digits(2)}-{c.digits(4)}",
                    f"{c.ri(100, 665)} {c.digits(2)} {c.digits(4)}",
                ),
            ),
            d=den(c, d),
            ref=P("NAME_CLINICIAN", c.pick(f"Dr. {ref}", ref, f"{first_en(c)[0]}. {ref}")),
            hosp=P("HOSPITAL", hospital_en(c, town)),
            first=P("NAME_PATIENT", f),
            age=_age(c),
            work=P(
                "WORKPLACE",
                c.pick(f"{c.fen.last_name()}'s Diner", f"the {c.fen.last_name()} Grill", c.fen.company()),
            ),
            mom=P("NAME_RELATIVE", c.pick(mom, f"{mom} {ln}")),
            pp=P("PASSPORT", c.letters(c.pick(1, 2)) + c.digits(7)),
            d2=den(c, later(d, c.ri(14, 60))),
            phone=P("PHONE", phone_en(c)),
        )
        .put(_sig(c, "MD"))
    )


def nephrology(c: Ctx) -> Doc:
    sex, f, ln = _pt(c)
    city, state, ab, z = c.ch(US_PLACES)
    d = day(c)
    return (
        Doc()
        .add(
            "Nephrology Clinic — Follow-up\n{pt} | DOB {dob} | Acct {acct} | {ins}\n{addr}\n{city}, {st} {zip}\n\n"
            "Seen {d} for CKD stage 4. {last} says swelling is better since the ⟦dr|furosemide⟧ was raised to "
            "⟦do|40 mg twice daily⟧. Home BP log brought in ({bp}). No ⟦ep|Kussmaul respirations⟧.\n"
            "Labs: ⟦lab|creatinine⟧ 3.1, ⟦lab|eGFR⟧ 19, ⟦lab|potassium⟧ 5.4, ⟦lab|bicarbonate⟧ 18.\n"
            "Access: left ⟦an|radiocephalic⟧ fistula created {d0}, good ⟦fi|thrill⟧. Home dialysis cycler serial {dev} "
            "being set up by the vendor.\n"
            "Plan: ⟦dr|sodium bicarbonate⟧ ⟦do|650 mg⟧ tid; transplant referral to {hosp}.\n",
            pt=P("NAME_PATIENT", f"{f} {ln}"),
            dob=den(c, day(c, 1940, 1990)),
            acct=P("ACCOUNT", c.pick(c.digits(10), f"HAR {c.digits(9)}", f"{c.digits(4)}-{c.digits(6)}")),
            ins=[
                c.pick("Medicare ", "Medicaid ID ", "BCBS member "),
                P(
                    "INSURANCE",
                    c.pick(
                        f"{c.digits(1)}{c.letters(2)}{c.digits(1)}-{c.letters(1)}{c.alnum(2)}-{c.alnum(2)}{c.digits(2)}",
                        f"{c.letters(3)}{c.digits(9)}",
                        c.digits(11),
                    ),
                ),
            ],
            addr=P("ADDRESS_STREET", street_en(c)),
            city=P("CITY", city),
            st=P("PROVINCE_STATE", c.pick(ab, state)),
            zip=P("POSTCODE", z + c.digits(2, False)),
            d=den(c, d),
            last=P("NAME_PATIENT", c.pick(f"Mr. {ln}" if sex == "M" else f"Ms. {ln}", ln)),
            bp=c.pick("mostly 130s/80s", "140-150s systolic"),
            d0=den(c, later(d, -c.ri(60, 400))),
            dev=P("DEVICE", c.pick(f"NX{c.digits(7)}", f"SN {c.alnum(10)}", f"{c.letters(2)}-{c.digits(6)}")),
            hosp=P("HOSPITAL", hospital_en(c, city)),
        )
        .put(_sig(c, c.pick("MD", "NP")))
    )


def rheum(c: Ctx) -> Doc:
    sex, f, ln = _pt(c)
    d = day(c)
    doc_last = last_en(c)
    return Doc().add(
        "RHEUMATOLOGY F/U\n{pt}  ({d})\nPortal msg from pt ({email}) re: fatigue, answered by {doc}.\n"
        "{first} has ⟦fi|seropositive rheumatoid arthritis⟧ dx {d0}; also ⟦ep|Raynaud phenomenon⟧. "
        "On ⟦dr|methotrexate⟧ ⟦do|20 mg weekly⟧ + ⟦dr|folic acid⟧ ⟦do|1 mg daily⟧. Enrolled in registry study, ID {sid}.\n"
        "Exam: synovitis of the ⟦an|second MCP joint⟧ bilaterally, ⟦me|28-joint count⟧ 6 tender.\n"
        "⟦lab|ESR⟧ 38, ⟦lab|CRP⟧ 2.1, ⟦lab|ALT⟧ 22.\n"
        "Plan: add ⟦dr|hydroxychloroquine⟧; eye exam ordered. Pt given {url} for the exercise videos. "
        "Next visit {d2} w/ {doc2}.\n",
        pt=P("NAME_PATIENT", c.pick(f"{f} {ln}", f"{f[0]}. {ln}", f"{ln}, {f}")),
        d=den(c, d),
        email=P("EMAIL", email_en(c, f, ln)),
        doc=P("NAME_CLINICIAN", clin_title(c, doc_last)),
        first=P("NAME_PATIENT", f),
        d0=den(c, later(d, -c.ri(300, 3000)), c.pick("mon", "iso", "us")),
        sid=P(
            "OTHER_ID", c.pick(f"RA-{c.digits(5)}", f"CORONA-{c.digits(6)}", f"{c.letters(3)}{c.digits(4)}")
        ),
        url=P(
            "URL",
            c.pick(
                f"https://www.{c.fen.domain_word()}rheum.org/move",
                f"{c.fen.domain_word()}health.com/ra-exercise",
                f"https://mychart.{c.fen.domain_word()}.org/videos/{c.digits(4)}",
            ),
        ),
        d2=den(c, later(d, c.ri(30, 120))),
        doc2=P("NAME_CLINICIAN", c.pick(f"Dr. {doc_last}", doc_last, f"{first_en(c)} {last_en(c)}, PA-C")),
    )


def hospital_at_home(c: Ctx) -> Doc:
    sex, f, ln = _pt(c)
    city, state, ab, z = c.ch(US_PLACES)
    d = day(c)
    rel, rname = c.pick(
        ("daughter", first_en(c, "F")),
        ("son", first_en(c, "M")),
        ("grandson", first_en(c, "M")),
        ("niece", first_en(c, "F")),
    )
    return Doc().add(
        "hospital at home - daily visit note {d} {t}\npt {pt}, {age} yo, day 3 of acute care at home for ⟦fi|cellulitis⟧ of the ⟦an|left lower leg⟧\n"
        "home: {addr}, {city} {st} {zip}. {rel} {rname} lives with pt, cell {ph}, drives a gray sedan plate {plate}.\n"
        "remote monitoring hub online at {ipa}; ⟦me|SpO2⟧ 95% RA overnight. pulse ox serial {dev}.\n"
        "⟦dr|cefazolin⟧ ⟦do|2 g IV q8h⟧ via PIV. erythema receding from the pen marking. "
        "⟦lab|WBC⟧ 9.8 (drawn by RN {rn}).\nplan: continue, recheck tomorrow, escalate to {hosp} if febrile.\n",
        d=den(c, d),
        t=f"{c.ri(7, 18):02d}{c.pick('00', '15', '30', '45')}",
        pt=P("NAME_PATIENT", c.pick(f"{f} {ln}", f"{f.lower()} {ln.lower()}", ln)),
        age=_age(c, old=True),
        addr=P("ADDRESS_STREET", street_en(c)),
        city=P("CITY", city.lower() if c.chance(0.3) else city),
        st=P("PROVINCE_STATE", ab),
        zip=P("POSTCODE", z + c.digits(2, False)),
        rel=rel.capitalize(),
        rname=P("NAME_RELATIVE", rname),
        ph=P("PHONE", phone_en(c)),
        plate=P("VEHICLE", plate_en(c)),
        ipa=P("IP", ip(c)),
        dev=P("DEVICE", c.pick(f"PX{c.digits(8)}", f"{c.alnum(4)}-{c.digits(5)}")),
        rn=P("NAME_CLINICIAN", c.pick(last_en(c), f"{first_en(c)} {last_en(c)}")),
        hosp=P("HOSPITAL", hospital_en(c, city)),
    )


def family_meeting(c: Ctx) -> Doc:
    sex, f, ln = _pt(c)
    town = c.ch(US_PLACES)[0]
    d = day(c)
    son, dau = first_en(c, "M"), first_en(c, "F")
    chap = last_en(c)
    return (
        Doc()
        .add(
            "Palliative Care Family Meeting\nDate: {d}    Location: 5 West conference room, {hosp}\n"
            "Patient: {pt}, {age}-year-old with ⟦fi|metastatic pancreatic cancer⟧.\n"
            "Present: {her} son {son}, daughter {dau} {dlast} (HCPOA, {ph}), chaplain {chap}, "
            "{att} (attending), SW.\n\n"
            "Discussion: family understands the ⟦pr|CT abdomen⟧ showed progression. {son_short} asked about more "
            "⟦dr|gemcitabine⟧; we explained it would not change the course. Pain controlled on ⟦dr|hydromorphone⟧ "
            "⟦do|0.5 mg IV q3h PRN⟧. Goals: comfort, home with hospice if possible.\nCode status changed to DNR/DNI.\n\n",
            d=den(c, d),
            hosp=P("HOSPITAL", hospital_en(c, town)),
            pt=P("NAME_PATIENT", c.pick(f"{'Mrs.' if sex == 'F' else 'Mr.'} {f} {ln}", f"{f} {ln}")),
            age=_age(c, old=True),
            her="her" if sex == "F" else "his",
            son=P("NAME_RELATIVE", son),
            dau=P("NAME_RELATIVE", dau),
            dlast=P("NAME_RELATIVE", last_en(c)),
            ph=P("PHONE", phone_en(c)),
            chap=P("NAME_CLINICIAN", c.pick(f"Rev. {chap}", chap, f"{first_en(c)} {chap}")),
            att=P("NAME_CLINICIAN", c.pick(f"Dr. {last_en(c)}", f"{first_en(c)} {last_en(c)}, MD")),
            son_short=P("NAME_RELATIVE", son),
        )
        .put(_sig(c, c.pick("MD", "NP", "DO")))
    )


def utilization(c: Ctx) -> Doc:
    sex, f, ln = _pt(c)
    town = c.ch(US_PLACES)[0]
    d = day(c)
    payer = c.pick("Aetna", "Humana", "UnitedHealthcare", "Cigna", "Molina")
    return Doc().add(
        "UTILIZATION REVIEW\nMember: {pt}   Member ID: {ins}   SSN: {ssn}\nFacility: {hosp}   MRN: {mrn}   Acct#: {acct}\n"
        "Admit {d}  |  Review {d2}\nPayer: {payer}; reviewer line {ph}, clinical fax {fax}; portal {url}\n\n"
        "Clinical: admitted for ⟦fi|community-acquired pneumonia⟧ with ⟦fi|hypoxemia⟧, ⟦me|SpO2⟧ 87%. "
        "On ⟦dr|ceftriaxone⟧ ⟦do|1 g daily⟧ and ⟦dr|azithromycin⟧. ⟦lab|procalcitonin⟧ 1.9.\n"
        "Criteria met for inpatient. Auth #{auth} issued for 3 days.\nUR nurse: {ur}; physician advisor {pa}.\n",
        pt=P("NAME_PATIENT", c.pick(f"{ln.upper()}, {f.upper()}", f"{ln}, {f}")),
        ins=P("INSURANCE", c.pick(f"W{c.digits(9)}", f"{c.letters(3)}{c.digits(8)}", f"{c.digits(9)}-01")),
        ssn=P("SSN", f"{c.ri(100, 665)}-{c.digits(2)}-{c.digits(4)}"),
        hosp=P("HOSPITAL", hospital_en(c, town)),
        mrn=P("MRN", c.pick(c.digits(7), f"M{c.digits(8)}")),
        acct=P("ACCOUNT", c.digits(c.pick(9, 10, 12))),
        d=den(c, d),
        d2=den(c, later(d, 2)),
        payer=payer,
        ph=P("PHONE", phone_en(c)),
        fax=P("FAX", phone_en(c)),
        url=P("URL", c.pick(f"https://provider.{payer.lower()}.com/auth", f"www.{payer.lower()}portal.com")),
        auth=P("OTHER_ID", c.pick(f"A{c.digits(9)}", f"{c.digits(4)}-{c.alnum(6)}")),
        ur=P("NAME_CLINICIAN", c.pick(f"{first_en(c)} {last_en(c)}, RN", f"{last_en(c)} RN")),
        pa=P("NAME_CLINICIAN", c.pick(f"Dr. {last_en(c)}", f"{first_en(c)[0]}. {last_en(c)}, MD")),
    )


def transfer_log(c: Ctx) -> Doc:
    sex, f, ln = _pt(c)
    (c1, s1, a1, _), (c2, s2, a2, _) = c.sample(US_PLACES, 2)
    d = day(c)
    return Doc().add(
        "TRANSFER CENTER LOG  {d}\n{t1}  Call from {h1} ({c1}, {s1}), Dr {caller} at {ph}, re: {pt}, {age}{sx}, MRN there {mrn}.\n"
        "       Dx: ⟦fi|STEMI⟧, ⟦ep|Killip class⟧ II, s/p ⟦dr|tenecteplase⟧, ongoing chest pain. Cath lab at {h2} accepting ({acc}).\n"
        "{t2}  Face sheet faxed from {fax}. Pt is a {nat} national, passport {pp}.\n"
        "{t3}  Ground unit {unit} (plate {plate}) dispatched from {c2}, {s2}; medic {medic}, EMS lic {lic}.\n"
        "{t4}  Bed 4C-12 assigned. ⟦lab|troponin⟧ at sending site 8.2.\n",
        d=den(c, d),
        t1=f"{c.ri(0, 9):02d}:{c.ri(0, 59):02d}",
        t2=f"{c.ri(10, 12)}:{c.ri(10, 59)}",
        t3=f"{c.ri(13, 16)}:{c.ri(10, 59)}",
        t4=f"{c.ri(17, 23)}:{c.ri(10, 59)}",
        h1=P("HOSPITAL", hospital_en(c, c1)),
        c1=P("CITY", c1),
        s1=P("PROVINCE_STATE", c.pick(a1, s1)),
        caller=P("NAME_CLINICIAN", last_en(c)),
        ph=P("PHONE", phone_en(c)),
        pt=P("NAME_PATIENT", c.pick(f"{f} {ln}", f"{ln}, {f[0]}.")),
        age=c.ri(40, 80),
        sx=sex,
        mrn=P("MRN", c.digits(c.pick(6, 8, 9))),
        h2=P("HOSPITAL", c.pick("the Cleveland Clinic", hospital_en(c, c2))),
        acc=P("NAME_CLINICIAN", c.pick(f"Dr. {last_en(c)}", f"{first_en(c)} {last_en(c)}")),
        fax=P("FAX", phone_en(c)),
        nat=c.pick("Canadian", "Mexican", "German", "Indian"),
        pp=P(
            "PASSPORT",
            c.pick(f"{c.letters(2)}{c.digits(6)}", f"{c.letters(1)}{c.digits(8)}", f"C{c.alnum(8)}"),
        ),
        unit=f"M{c.ri(1, 40)}",
        plate=P("VEHICLE", plate_en(c)),
        c2=P("CITY", c2),
        s2=P("PROVINCE_STATE", c.pick(a2, s2)),
        medic=P("NAME_CLINICIAN", c.pick(f"{first_en(c)} {last_en(c)}", last_en(c))),
        lic=P("LICENSE", c.pick(f"P{c.digits(6)}", f"EMT-{c.digits(5)}", f"{a2}{c.digits(7)}")),
    )


def blood_bank(c: Ctx) -> Doc:
    sex, f, ln = _pt(c)
    town = c.ch(US_PLACES)[0]
    d = day(c)
    return (
        Doc()
        .add(
            "Transfusion Medicine / Blood Bank Consult\n{hosp}\nPt: {pt}  MRN: {mrn}  Specimen accession {acc}\nCollected {d} {t}\n\n"
            "Reason: new ⟦lab|antibody screen⟧ positive before ⟦pr|total hip arthroplasty⟧. ⟦lab|DAT⟧ negative. "
            "Identified ⟦fi|anti-K⟧ and ⟦fi|anti-E⟧. Prior transfusion {d0} at an outside hospital.\n"
            "Two K-negative, E-negative ⟦pr|red cell units⟧ crossmatched: unit {u1}, unit {u2}. "
            "Blood warmer in OR 7 (asset {dev}).\n⟦lab|hemoglobin⟧ 9.4; transfuse if below ⟦me|7 g/dL⟧.\n"
            "Discussed with {surg}'s team. Antibody card given to patient.\n\n",
            hosp=P("HOSPITAL", hospital_en(c, town)),
            pt=P("NAME_PATIENT", c.pick(f"{f} {ln}", f"{ln}, {f}")),
            mrn=P("MRN", c.pick(c.digits(8), f"{c.digits(2)}-{c.digits(6)}")),
            acc=P("ACCESSION", c.pick(f"BB{c.digits(2)}-{c.digits(6)}", f"{c.letters(1)}{c.digits(9)}")),
            d=den(c, d),
            t=f"{c.ri(0, 23):02d}{c.ri(0, 59):02d}",
            d0=den(c, later(d, -c.ri(100, 3000)), c.pick("long", "us", "abbr")),
            u1=P("OTHER_ID", f"W{c.digits(4)} {c.digits(2)} {c.digits(6)}"),
            u2=P("OTHER_ID", f"W{c.digits(4)} {c.digits(2)} {c.digits(6)}"),
            dev=P("DEVICE", c.pick(f"BW-{c.digits(5)}", f"{c.digits(8)}")),
            surg=P("NAME_CLINICIAN", c.pick(f"Dr. {last_en(c)}", last_en(c))),
        )
        .put(_sig(c, "MD, Transfusion Medicine"))
    )


def dietitian(c: Ctx) -> Doc:
    sex, f, ln = _pt(c)
    city, state, ab, z = c.ch(US_PLACES)
    d = day(c)
    wife = first_en(c, "F")
    return Doc().add(
        "Nutrition Assessment - Outpatient\n{d}\n{pt} referred for weight loss after ⟦pr|Whipple procedure⟧.\n"
        "Lives at {addr}, {city} {zip} with wife {wife}, who cooks. Works nights at {work}.\n"
        "Wt 61.2 kg, ⟦me|BMI 19.8⟧, lost 9% in 3 months. ⟦lab|albumin⟧ 3.0, ⟦lab|prealbumin⟧ 14.\n"
        "Diet recall: skips breakfast, steatorrhea. Started ⟦dr|pancrelipase⟧ ⟦do|36,000 units⟧ with meals.\n"
        "Goals: 2200 kcal, ⟦me|90 g protein⟧. Handout emailed to {email}.\n{rd}, RD, LD\n",
        d=den(c, d),
        pt=P("NAME_PATIENT", c.pick(f"{f} {ln}", f"{f[0]}. {ln}")),
        addr=P("ADDRESS_STREET", street_en(c)),
        city=P("CITY", city),
        zip=P("POSTCODE", z + c.digits(2, False)),
        wife=P("NAME_RELATIVE", wife),
        work=P(
            "WORKPLACE",
            c.pick(f"the {c.fen.last_name()} distribution center", c.fen.company(), f"{city} Water Works"),
        ),
        email=P("EMAIL", email_en(c, f, ln)),
        rd=P("NAME_CLINICIAN", f"{first_en(c)} {last_en(c)}"),
    )


def eeg_report(c: Ctx) -> Doc:
    sex, f, ln = _pt(c)
    town = c.ch(US_PLACES)[0]
    d = day(c)
    return Doc().add(
        "ELECTROENCEPHALOGRAM REPORT\n{hosp} Neurodiagnostic Lab   fax {fax}\nName: {pt}   MRN: {mrn}   Study #: {acc}\n"
        "Date: {d}   Tech: {tech}   Amplifier S/N {dev}; review station {ipa}\n\n"
        "Indication: ⟦fi|new-onset seizure⟧. Meds: ⟦dr|levetiracetam⟧ ⟦do|500 mg BID⟧.\n"
        "Background: posterior dominant rhythm ⟦me|9 Hz⟧, reactive. Intermittent ⟦fi|left temporal sharp waves⟧ "
        "in drowsiness. ⟦pr|Photic stimulation⟧ and ⟦pr|hyperventilation⟧ without change.\n"
        "IMPRESSION: abnormal EEG, focal epileptiform discharges over the ⟦an|left temporal lobe⟧.\n"
        "Read by {reader}, MD  Lic# {lic}\n",
        hosp=P("HOSPITAL", hospital_en(c, town)),
        fax=P("FAX", phone_en(c)),
        pt=P("NAME_PATIENT", c.pick(f"{ln.upper()}, {f.upper()}", f"{ln}, {f}")),
        mrn=P("MRN", c.digits(8)),
        acc=P("ACCESSION", c.pick(f"EEG-{d.year % 100}-{c.digits(4)}", f"N{c.digits(7)}")),
        d=den(c, d),
        tech=P("NAME_CLINICIAN", c.pick(last_en(c), f"{first_en(c)} {last_en(c)}")),
        dev=P("DEVICE", c.pick(f"XL{c.digits(6)}", f"{c.alnum(3)}-{c.digits(5)}")),
        ipa=P("IP", ip(c)),
        reader=P("NAME_CLINICIAN", f"{first_en(c)} {last_en(c)}"),
        lic=P("LICENSE", c.pick(f"MD{c.digits(6)}", f"{c.digits(2)}-{c.digits(5)}", f"G{c.digits(5)}")),
    )


def vascular_lab(c: Ctx) -> Doc:
    sex, f, ln = _pt(c)
    town = c.ch(US_PLACES)[0]
    d = day(c)
    return Doc().add(
        "VASCULAR LABORATORY — {hosp}\nARTERIAL DUPLEX, LOWER EXTREMITIES\nPatient {pt}  DOB {dob}  MRN {mrn}\n"
        "Exam date {d}; accession {acc}; scanner {dev}\nOrdering: {ordr}    Sonographer: {son}, RDMS\n\n"
        "Findings: ⟦me|ABI⟧ right 0.62, left 0.91. Monophasic waveforms in the right ⟦an|popliteal artery⟧ with "
        "⟦fi|focal stenosis⟧ of the ⟦an|superficial femoral artery⟧, peak systolic velocity ⟦me|410 cm/s⟧.\n"
        "Impression: ⟦fi|severe SFA stenosis⟧ on the right. Consider ⟦pr|angiography⟧.\n",
        hosp=P("HOSPITAL", hospital_en(c, town)),
        pt=P("NAME_PATIENT", c.pick(f"{f} {ln}", f"{ln}, {f}")),
        dob=den(c, day(c, 1935, 1975), c.pick("us0", "us", "iso")),
        mrn=P("MRN", c.pick(c.digits(7), f"V{c.digits(7)}")),
        d=den(c, d),
        acc=P("ACCESSION", c.pick(f"US{c.digits(8)}", f"{c.digits(4)}{c.letters(2)}{c.digits(3)}")),
        dev=P("DEVICE", c.pick(f"EPIQ-{c.digits(6)}", f"SN{c.digits(9)}")),
        ordr=P("NAME_CLINICIAN", c.pick(f"Dr. {last_en(c)}", f"{first_en(c)} {last_en(c)}, DO")),
        son=P("NAME_CLINICIAN", f"{first_en(c)} {last_en(c)}"),
    )


def pain_dictation(c: Ctx) -> Doc:
    sex, f, ln = _pt(c)
    city = c.ch(US_PLACES)[0]
    d = day(c)
    return Doc().add(
        "pain management clinic dictation. patient {pt} comma date of birth {dob} period new paragraph "
        "{last} drives in from {city} for chronic ⟦fi|lumbar radiculopathy⟧ period {she} had an ⟦pr|epidural steroid injection⟧ "
        "on {d0} with 50 percent relief period current meds ⟦dr|gabapentin⟧ ⟦do|300 mg⟧ three times daily comma ⟦dr|duloxetine⟧ "
        "⟦do|60 mg⟧ period PDMP checked under DEA {dea} comma no other prescribers period insurance {ins} period "
        "new paragraph plan repeat injection at ⟦an|L5-S1⟧ period follow up {d2} period dictated by {doc} "
        "not read end of dictation\n",
        pt=P("NAME_PATIENT", c.pick(f"{f.lower()} {ln.lower()}", f"{f} {ln}")),
        dob=den(c, day(c, 1950, 1995), c.pick("long", "us")),
        last=P(
            "NAME_PATIENT", c.pick(f"ms {ln.lower()}" if sex == "F" else f"mr {ln.lower()}", f"{f.lower()}")
        ),
        city=P("CITY", city),
        she="she" if sex == "F" else "he",
        d0=den(c, later(d, -c.ri(40, 200)), "long"),
        dea=P("LICENSE", f"{c.letters(1, 'ABFM')}{c.letters(1)}{c.digits(7)}"),
        ins=P("INSURANCE", c.pick(f"{c.letters(3)}{c.digits(9)}", c.digits(12))),
        d2=den(c, later(d, 28), "mon"),
        doc=P("NAME_CLINICIAN", c.pick(f"doctor {last_en(c).lower()}", f"{first_en(c)} {last_en(c)}")),
    )


TEMPLATES = [
    ("en6_allergy_consult", allergy),
    ("en6_nephrology_clinic", nephrology),
    ("en6_rheum_followup", rheum),
    ("en6_hospital_at_home", hospital_at_home),
    ("en6_palliative_family_meeting", family_meeting),
    ("en6_utilization_review", utilization),
    ("en6_transfer_center_log", transfer_log),
    ("en6_blood_bank_consult", blood_bank),
    ("en6_dietitian_note", dietitian),
    ("en6_eeg_report", eeg_report),
    ("en6_vascular_lab", vascular_lab),
    ("en6_pain_dictation", pain_dictation),
]
