"""v31 English templates, part 1 (README.md "v31"): an epidural-blood-patch procedure note, a
botulinum-toxin spasticity injection map (pipe table), a lower-case programmable-shunt
reprogramming log, a penicillin-allergy delabeling form with dotted leaders, a hip-fracture
registry CSV export and a bloodless-medicine (transfusion refusal) letter. TEMPLATES lists all 12
English v31 templates (part 2: templates_v31_en2.py)."""

# ruff: noqa: E501  (template text)

from __future__ import annotations

import templates_v31_en2 as en2
from _v31_kit import (
    EMPLOYERS,
    EN_WORDLIKE,
    HOSPITALS,
    Doc,
    P,
    accession,
    add,
    age,
    age_p,
    born,
    day,
    email,
    fin,
    hospital,
    ipv4,
    kin,
    link,
    member,
    mrn,
    npi,
    passport,
    people,
    person,
    phone,
    plate,
    serial,
    ssn,
    street,
    times,
    town,
    us,
    vin,
    zipc,
)

V31_EN_WORDLIKE = [w.lower() for w in EN_WORDLIKE]


def blood_patch(c) -> Doc:
    t = town(c)
    pat, md, rn = people(c, 3)
    a = age(c, 0.2, 19, 88)
    d = day(c)
    lp = add(d, -c.ri(2, 9))
    rel, kp = kin(c, pat, a)
    D = Doc()
    D.add(
        "{h}\nAnesthesiology / Acute Pain Service\nPROCEDURE NOTE - EPIDURAL BLOOD PATCH\n\n",
        h=P("HOSPITAL", hospital(c, t)),
    )
    D.add(
        "Patient: {n}   MRN: {m}   FIN: {f}\nDate of service: {d}\n\n",
        n=P("NAME_PATIENT", c.pick(pat.full, pat.lf)),
        m=P("MRN", mrn(c)),
        f=P("ACCOUNT", fin(c)),
        d=P("DATE", us(d, c.pick("mdy", "long", "dmy"))),
    )
    D.add(
        "Indication: {a}-year-old {s} with ⟦fi|orthostatic headache⟧ and ⟦fi|neck stiffness⟧ since a diagnostic "
        "⟦pr|lumbar puncture⟧ on {lp}. Failed conservative care (⟦dr|caffeine⟧ ⟦do|300 mg⟧ PO, ⟦dr|acetaminophen⟧ ⟦do|1 g q6h⟧).\n",
        a=age_p(a),
        s=c.pick("woman", "female") if pat.sex == "F" else c.pick("man", "male"),
        lp=P("DATE", us(lp, c.pick("md", "mdy", "mon"))),
    )
    if c.chance(0.5):
        D.add(
            "CT myelogram {acc}: no CSF leak at the ⟦an|cervicothoracic junction⟧.\n",
            acc=P("ACCESSION", accession(c, c.pick("CT", "RAD"))),
        )
    D.add(
        "Pre-procedure: ⟦me|BP 124/78⟧, ⟦lab|platelets 212 K/uL⟧, ⟦lab|INR 1.0⟧. Consent signed by {p}.\n\n",
        p=P("NAME_PATIENT", pat.last if c.chance(0.5) else pat.full),
    )
    D.add(
        "Procedure: sitting position, ⟦an|L3-4⟧ interspace, 18G ⟦ep|Tuohy needle⟧, loss of resistance to saline at 5 cm. "
        "{rn} drew ⟦do|20 mL⟧ autologous blood from the ⟦an|left antecubital vein⟧ under sterile technique; injected slowly "
        "until back pressure. No ⟦fi|paresthesia⟧.\n",
        rn=[P("NAME_CLINICIAN", c.pick(rn.full, rn.first)), ", RN,"],
    )
    D.add(
        "Post: supine 1 hour, headache 8/10 -> 2/10. Discharged with {r} {k} driving",
        r=rel,
        k=P("NAME_RELATIVE", c.pick(kp.full, kp.first)),
    )
    if c.chance(0.6):
        D.add(" ({v})", v=c.pick(["plate ", P("VEHICLE", plate(c))], ["VIN ", P("VEHICLE", vin(c))]))
    D.add(
        "; callback number {ph}.\nReturn precautions: fever, ⟦fi|back pain⟧, new weakness.\n\n",
        ph=P("PHONE", phone(c, t.area)),
    )
    D.add("{md}, MD - Anesthesiology\n", md=P("NAME_CLINICIAN", c.pick(md.full, md.init)))
    return D


def botox_map(c) -> Doc:
    t = town(c)
    pat, inj, ma = people(c, 3)
    d = day(c)
    a = age(c, 0.08, 24, 84)
    D = Doc()
    D.add(
        "{h} | Neurology Spasticity Clinic | fax {fx}\n",
        h=P("HOSPITAL", hospital(c, t)),
        fx=P("FAX", phone(c, t.area, "dash")),
    )
    D.add(
        "BOTULINUM TOXIN INJECTION RECORD\npatient | {n} | DOB {dob} | MRN {m}\nplan member | {mb} | PA case {pa}\n",
        n=P("NAME_PATIENT", pat.lf.upper() if c.chance(0.4) else pat.lf),
        dob=P("DATE", us(born(c, a, d), "mdy")),
        m=P("MRN", mrn(c)),
        mb=P("INSURANCE", member(c)),
        pa=P("OTHER_ID", f"PA-{c.digits(8)}"),
    )
    D.add(
        "date | {d} | age {a} | dx ⟦fi|post-stroke spasticity⟧, ⟦me|Modified Ashworth 3⟧ elbow flexors\n\n",
        d=P("DATE", us(d, "iso")),
        a=age_p(a),
    )
    D.add("muscle | side | units | guidance\n")
    rows = [
        ("⟦an|biceps brachii⟧", "⟦do|100 units⟧"),
        ("⟦an|brachioradialis⟧", "⟦do|50 units⟧"),
        ("⟦an|flexor carpi radialis⟧", "⟦do|40 units⟧"),
        ("⟦an|flexor digitorum superficialis⟧", "⟦do|60 units⟧"),
        ("⟦an|gastrocnemius medial head⟧", "⟦do|75 units⟧"),
        ("⟦an|tibialis posterior⟧", "⟦do|50 units⟧"),
    ]
    side = c.pick("L", "R")
    for m_, u in c.sample(rows, c.ri(3, 5)):
        D.add(f"{m_} | {side} | {u} | {c.pick('⟦pr|EMG guidance⟧', '⟦pr|ultrasound guidance⟧', 'e-stim')}\n")
    D.add(
        "\nproduct | ⟦dr|onabotulinumtoxinA⟧ 200-unit vial, lot {lot}, diluted in ⟦do|4 mL⟧ saline\n",
        lot=f"C{c.digits(4)}C{c.digits(1)}",
    )
    D.add(
        "injector | {i} MD NPI {np}\nassist | {ma}\nnext | {nx} (12 wk) - re-check ⟦ep|Tardieu scale⟧\n",
        i=P("NAME_CLINICIAN", c.pick(inj.full, inj.lf)),
        np=P("LICENSE", npi(c)),
        ma=P("NAME_CLINICIAN", c.pick(ma.first, ma.login)),
        nx=P("DATE", us(add(d, 84), c.pick("md", "mdy"))),
    )
    return D


def shunt_log(c) -> Doc:
    t = town(c)
    pat, np_, rn = people(c, 3)
    a = age(c, 0.15, 3, 88)
    rel, kp = kin(c, pat, a)
    d = day(c)
    tm = times(c, 4, 8)
    D = Doc()
    D.add(
        "{h} neurosurgery - shunt valve check after mri\n", h=P("HOSPITAL", hospital(c, t, HOSPITALS).lower())
    )
    D.add(
        "pt {n} / mrn {m} / {a} yo\n", n=P("NAME_PATIENT", pat.full.lower()), m=P("MRN", mrn(c)), a=age_p(a)
    )
    D.add(
        "{d} {t0} mri brain done ({acc}) - programmable ⟦pr|ventriculoperitoneal shunt⟧ valve sn {sn}\n",
        d=P("DATE", us(d, c.pick("md", "short"))),
        t0=tm[0],
        acc=P("ACCESSION", accession(c, "MR")),
        sn=P("DEVICE", serial(c, c.pick("CM", "PSV"))),
    )
    D.add(
        "{t1} {who}: xray shunt series, setting read at ⟦me|1.5⟧ (was ⟦me|1.0⟧) - magnet shift\n",
        t1=tm[1],
        who=P("NAME_CLINICIAN", c.pick(np_.login, np_.first.lower())),
    )
    D.add(
        "{t2} reprogrammed back to 1.0 w/ ⟦ep|Strata⟧ tool, confirmed on repeat film. no ⟦fi|papilledema⟧, ⟦fi|headache⟧ 2/10\n",
        t2=tm[2],
    )
    D.add(
        "{t3} {r} {k} at bedside, teach done, call {ph} if vomiting / ⟦fi|lethargy⟧. ",
        t3=tm[3],
        r=rel,
        k=P("NAME_RELATIVE", kp.first.lower()),
        ph=P("PHONE", phone(c, t.area)),
    )
    D.add("rn {rn} ok'd dc\n", rn=P("NAME_CLINICIAN", c.pick(rn.first.lower(), rn.login)))
    if c.chance(0.7):
        D.add("(entry synced from tablet {ip})\n", ip=P("IP", ipv4(c)))
    D.add(
        "plan: ⟦dr|acetazolamide⟧ not needed. f/u {fu} ⟦pr|shunt series⟧ if sx.\n",
        fu=P("DATE", us(add(d, c.ri(20, 40)), "md")),
    )
    return D


def delabel(c) -> Doc:
    t = town(c)
    pat, alg, ph_ = people(c, 3)
    a = age(c, 0.25, 18, 88)
    d = day(c)
    D = Doc()
    D.add("{h}\nPENICILLIN ALLERGY EVALUATION & DELABELING\n", h=P("HOSPITAL", hospital(c, t)))
    if c.chance(0.5):
        D.add("Fax ........................ {f}\n", f=P("FAX", phone(c, t.area, "dash")))
    D.add(
        "Patient name ............... {n}\nDate of birth .............. {dob}   Age .. {a}\nMRN ........................ {m}\n",
        n=P("NAME_PATIENT", pat.lf),
        dob=P("DATE", us(born(c, a, d), "mdy")),
        a=age_p(a),
        m=P("MRN", mrn(c)),
    )
    D.add(
        "Address .................... {st}\n                             {ci}, {s} {z}\nPhone ...................... {ph}\n",
        st=P("ADDRESS_STREET", street(c)),
        ci=P("CITY", t.city),
        s=P("PROVINCE_STATE", t.state),
        z=P("POSTCODE", zipc(c, t)),
        ph=P("PHONE", phone(c, t.area)),
    )
    if c.chance(0.5):
        D.add("E-mail ..................... {e}\n", e=P("EMAIL", email(c, pat)))
    D.add("Plan member ID ............. {mb}\n", mb=P("INSURANCE", member(c)))
    if c.chance(0.4):
        D.add("Employer ................... {w}\n", w=P("WORKPLACE", c.ch(EMPLOYERS)))
    if c.chance(0.3):
        D.add("SSN ........................ {s}\n", s=P("SSN", ssn(c)))
    D.add(
        "\nReported reaction .......... {r}\n",
        r=c.pick(
            "⟦fi|urticaria⟧ as a child", "⟦fi|maculopapular rash⟧ 20+ yrs ago", "unknown, 'family told me'"
        ),
    )
    D.add("⟦ep|PEN-FAST⟧ score ......... ⟦me|1⟧ (low risk)\n")
    D.add(
        "Test date .................. {d}\nStep 1 ..................... ⟦dr|amoxicillin⟧ ⟦do|50 mg⟧ PO, observed 30 min\n"
        "Step 2 ..................... ⟦dr|amoxicillin⟧ ⟦do|500 mg⟧ PO, observed 60 min\n",
        d=P("DATE", us(d, c.pick("mdy", "long"))),
    )
    D.add(
        "Vitals ..................... ⟦me|SpO2 98%⟧, ⟦me|BP 118/72⟧; ⟦lab|tryptase 4.1 ng/mL⟧ baseline\nResult ..................... negative - "
        "no ⟦fi|wheeze⟧, no ⟦fi|angioedema⟧\n"
    )
    D.add(
        "Pharmacist ................. {p}, PharmD\nAllergist .................. {al}, MD   NPI {np}\n",
        p=P("NAME_CLINICIAN", c.pick(ph_.full, ph_.init)),
        al=P("NAME_CLINICIAN", alg.full),
        np=P("LICENSE", npi(c)),
    )
    D.add("Allergy list updated: penicillin label REMOVED on {d2}.\n", d2=P("DATE", us(d, "md")))
    return D


def hipfx_csv(c) -> Doc:
    t = town(c)
    exp = person(c)
    d = day(c)
    h = hospital(c, t)
    D = Doc()
    D.add(
        "# hip fracture registry export | site: {h} | run {d} | user {u} | host {ip}\n",
        h=P("HOSPITAL", h),
        d=P("DATE", us(d, "iso")),
        u=P("NAME_CLINICIAN", exp.login),
        ip=P("IP", ipv4(c)),
    )
    D.add("mrn,patient,age,admit,surgery,procedure,implant_sn,surgeon,xray_acc,delirium\n")
    pts = people(c, c.ri(3, 6))
    surg = people(c, 2)
    for p in pts:
        a = age(c, 0.4, 62, 89)
        ad = add(d, -c.ri(5, 60))
        D.add(
            '{m},"{n}",{a},{ad},{sd},',
            m=P("MRN", mrn(c)),
            n=P("NAME_PATIENT", p.lf),
            a=age_p(a),
            ad=P("DATE", us(ad, "iso")),
            sd=P("DATE", us(add(ad, c.ri(0, 2)), "iso")),
        )
        D.add(
            c.pick(
                "⟦pr|hemiarthroplasty⟧",
                "⟦pr|cephalomedullary nail⟧",
                "⟦pr|sliding hip screw⟧",
                "⟦pr|total hip arthroplasty⟧",
            )
            + ","
        )
        if c.chance(0.5):
            D.put(P("DEVICE", serial(c, c.pick("ST", "ZB", "DP"))))
        D.add(",{s},", s=P("NAME_CLINICIAN", c.ch(surg).init))
        if c.chance(0.5):
            D.put(P("ACCESSION", accession(c, "XR")))
        D.add("," + c.pick("N", "Y (⟦ep|4AT⟧ 6)", "N") + "\n")
    D.add(
        "# footnote: ⟦an|femoral neck⟧ vs ⟦an|intertrochanteric⟧ from coded dx; ⟦dr|cefazolin⟧ ⟦do|2 g⟧ on-time rate, ⟦lab|hemoglobin⟧ nadir in the QI extract\n"
    )
    return D


def bloodless(c) -> Doc:
    t = town(c)
    pat, md, liaison = people(c, 3)
    a = age(c, 0.15, 24, 88)
    rel, kp = kin(c, pat, max(a, 18))
    d = day(c)
    op = add(d, c.ri(7, 30))
    D = Doc()
    D.add(
        "{h}\nCenter for Bloodless Medicine and Surgery\n\n{d}\n\n",
        h=P("HOSPITAL", hospital(c, t)),
        d=P("DATE", us(d, "long")),
    )
    D.add(
        "{n}\n{st}\n{ci}, {s} {z}\n\n",
        n=P("NAME_PATIENT", pat.full),
        st=P("ADDRESS_STREET", street(c)),
        ci=P("CITY", t.city),
        s=P("PROVINCE_STATE", t.state),
        z=P("POSTCODE", zipc(c, t)),
    )
    D.add(
        "RE: DOB {dob}, MRN {m}\n\nDear {sal},\n\n",
        dob=P("DATE", us(born(c, a, d), "mdy")),
        m=P("MRN", mrn(c)),
        sal=c.pick(
            [c.pick("Mr. " if pat.sex == "M" else "Ms. ", "Mx. "), P("NAME_PATIENT", pat.last)],
            P("NAME_PATIENT", pat.first),
        ),
    )
    D.add(
        "This confirms our discussion of your wishes before your "
        + c.pick(
            "⟦pr|total knee arthroplasty⟧",
            "⟦pr|coronary artery bypass grafting⟧",
            "⟦pr|hip revision arthroplasty⟧",
            "⟦pr|partial nephrectomy⟧",
        )
        + " on {op}. You decline "
        "transfusion of ⟦dr|packed red blood cells⟧, ⟦dr|fresh frozen plasma⟧ and platelets; you accept ⟦pr|acute normovolemic hemodilution⟧ "
        "and ⟦pr|cell salvage⟧ in a continuous circuit. ",
        op=P("DATE", us(op, c.pick("long", "md"))),
    )
    D.add(
        "To raise your ⟦lab|hemoglobin 10.9 g/dL⟧ we started ⟦dr|ferric carboxymaltose⟧ ⟦do|750 mg⟧ IV and ⟦dr|epoetin alfa⟧ ⟦do|40,000 units⟧ weekly.\n\n"
    )
    D.add(
        "Your signed advance directive names your {r}, {k}, as your agent",
        r=rel,
        k=P("NAME_RELATIVE", kp.full),
    )
    if c.chance(0.3):
        D.add(
            "; a copy of your passport ({pp}) was kept for identity as you asked",
            pp=P("PASSPORT", passport(c)),
        )
    D.add(
        ". Questions: our coordinator {l}, {ph}, {e}.",
        l=P("NAME_CLINICIAN", liaison.full),
        ph=P("PHONE", phone(c, t.area)),
        e=P("EMAIL", email(c, liaison, c.pick("bloodless.org", "mvh-health.org"))),
    )
    if c.chance(0.5):
        D.add(
            " Pre-visit video: {u}",
            u=P("URL", link(c, c.pick("visit.prairiecare.net", "tele.bloodlesscenter.org"))),
        )
    D.add("\n\nSincerely,\n\n{md}, MD, NPI {np}\n", md=P("NAME_CLINICIAN", md.full), np=P("LICENSE", npi(c)))
    return D


TEMPLATES = [
    ("en31_blood_patch_note", blood_patch),
    ("en31_botox_map_table", botox_map),
    ("en31_shunt_reprogram_log", shunt_log),
    ("en31_penicillin_delabel_form", delabel),
    ("en31_hipfx_registry_csv", hipfx_csv),
    ("en31_bloodless_medicine_letter", bloodless),
    *en2.TEMPLATES,
]
