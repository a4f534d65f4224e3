# Longer than 450 lines: twelve whole documents, each template a note's full text and its slot values, one per line as the formatter lays them out.
"""v8 English templates: twelve document types of an imagined mid-size US health system, written
for v8 alone (README.md "v8"). Each function renders one note from the note's seeded context;
clinical terms are marked inline (⟦kind|term⟧), PHI values are ``P`` spans from ``_v8_kit``.
"""

# ruff: noqa: E501  (documents: one template line is one line of the note)

from __future__ import annotations

from _v8_kit import (
    WORDLIKE,
    Ctx,
    Doc,
    P,
    accession,
    acct,
    address,
    after,
    age,
    age_p,
    clock,
    day,
    den,
    dob_for,
    email,
    employer,
    hospital,
    insurance,
    ip,
    license_no,
    mrn,
    name_form,
    npi,
    passport,
    person,
    phone,
    plate,
    serial,
    ssn,
    town,
    vin,
)

V8_WORDLIKE = WORDLIKE


def en8_audiology(c: Ctx) -> Doc:
    """Audiology: hearing-aid fitting and verification report."""
    pt, doc = person(c), person(c)
    t, d = town(c), day(c)
    a = age(c, 0.3)
    aud = person(c)
    rel = person(c)
    return Doc().add(
        "{hosp} -- AUDIOLOGY & BALANCE\nHEARING AID FITTING / REAL-EAR VERIFICATION\n\n"
        "Pt: {pt}    DOB {dob}    Age {age}\nAcct {acct}   MRN {mrn}\nReferred by: Dr. {doc}\n"
        "Date of service {d}\n\n"
        "{pt2} is here with {relw} {rel} for fitting of bilateral RIC aids. Reports ⟦fi|tinnitus⟧ R>L, "
        "trouble in restaurants, TV loud per family. Hx ⟦fi|noise-induced hearing loss⟧ ({job} x {yrs} yrs), no ⟦fi|otorrhea⟧.\n"
        "Otoscopy: ⟦an|tympanic membrane⟧ intact AU, canals clear.\n"
        "Audiogram: ⟦fi|sensorineural hearing loss⟧ mod-severe sloping, ⟦me|PTA {pta} dB HL⟧ R, "
        "⟦me|word recognition {wr}%⟧ L. Tymps type A. ⟦pr|Real-ear measurement⟧ matched NAL-NL2 within 5 dB.\n\n"
        "Devices\n  R aid  serial {s1}\n  L aid  serial {s2}\n  remote mic  S/N {s3}\n"
        "Warranty registered to {addr}\n\n"
        "Plan: recheck 2 wks ({d2}). Call {ph} w/ problems. Consider ⟦pr|cochlear implant candidacy evaluation⟧ if ⟦me|WRS < 50%⟧.\n"
        "-- {aud}, Au.D., CCC-A   lic {lic}\n",
        hosp=hospital(c, t),
        pt=name_form(c, pt, "NAME_PATIENT", c.pick("caps", "lastfirst", "full")),
        dob=den(c, dob_for(c, a, d)),
        age=age_p(a),
        acct=acct(c),
        mrn=mrn(c),
        doc=P("NAME_CLINICIAN", doc.last),
        d=den(c, d),
        pt2=name_form(c, pt, "NAME_PATIENT", c.pick("title", "full", "init")),
        relw={"F": "daughter", "M": "son"}[rel.sex] if c.chance(0.6) else "neighbor",
        rel=P("NAME_RELATIVE", rel.first),
        job=employer(c),
        yrs=c.ri(8, 40),
        pta=c.ri(45, 75),
        wr=c.ri(40, 92),
        s1=serial(c),
        s2=serial(c),
        s3=serial(c),
        addr=address(c, t, "oneline"),
        d2=den(c, after(d, 14), "md"),
        ph=phone(c, t.area),
        aud=name_form(c, aud, "NAME_CLINICIAN", "full"),
        lic=license_no(c, t.st),
    )


def en8_mtm(c: Ctx) -> Doc:
    """Community pharmacy: comprehensive medication review (MTM) with a prescriber fax."""
    pt, pharm, pres = person(c), person(c), person(c)
    t, d = town(c), day(c)
    a = age(c, 0.15)
    return Doc().add(
        "{pharmacy}\nComprehensive Medication Review (MTM)   {d}\n"
        "patient {pt} | dob {dob} | ph {ph} | delivery zip {zip}\nplan member id {ins}   pt portal {url}\n\n"
        "{a} w/ ⟦fi|type 2 diabetes⟧, ⟦fi|atrial fibrillation⟧, ⟦fi|CKD stage 3a⟧. brought all bottles in a grocery bag lol\n"
        "- ⟦dr|apixaban⟧ ⟦do|5 mg BID⟧ (Rx {rx1}) -> per ⟦lab|creatinine {cr} mg/dL⟧ + age, dose ok\n"
        "- ⟦dr|metformin⟧ ⟦do|1000 mg BID⟧ (Rx {rx2}); ⟦lab|eGFR {egfr}⟧\n"
        "- ⟦dr|glipizide⟧ ⟦do|10 mg daily⟧ -> 2 lows this month, ⟦lab|glucose {glu} mg/dL⟧ at home\n"
        "- ⟦dr|ibuprofen⟧ OTC prn knee  ** interaction w/ apixaban, counseled\n"
        "per {pharmfirst} (tech) pt also fills at a 2nd pharmacy -- called them {ph2}\n\n"
        "Faxed to prescriber {pres}, MD at {fax}: recommend reduce glipizide, stop ibuprofen, ⟦dr|acetaminophen⟧ ⟦do|650 mg q6h prn⟧.\n"
        "Pharmacist: {pharm}, PharmD  NPI {npi}\n",
        pharmacy=hospital(c, t, "Pharmacy"),
        d=den(c, d),
        pt=name_form(c, pt, "NAME_PATIENT", c.pick("lower", "full", "lastfirst")),
        dob=den(c, dob_for(c, a, d), c.pick("us", "iso", "nosep")),
        ph=phone(c, t.area),
        ins=insurance(c),
        zip=P("POSTCODE", t.zip3 + c.digits(2, False)),
        url=P("URL", f"https://rx.{c.pick('mtmconnect', 'carepharm', 'refillhub')}.com/p/{c.token(10)}"),
        a=age_p(a, "yo"),
        rx1=P("OTHER_ID", f"{c.digits(7)}"),
        rx2=P("OTHER_ID", f"RX{c.digits(7)}"),
        cr=c.fl(0.9, 1.8),
        egfr=c.ri(38, 59),
        glu=c.ri(48, 66),
        pharmfirst=P("NAME_CLINICIAN", person(c).first),
        ph2=phone(c, t.area),
        pres=name_form(c, pres, "NAME_CLINICIAN", "full"),
        fax=phone(c, t.area, "FAX"),
        pharm=P("NAME_CLINICIAN", pharm.full),
        npi=npi(c),
    )


def en8_ob_triage(c: Ctx) -> Doc:
    """Labor & delivery triage evaluation."""
    pt, fob, mw = person(c, "F"), person(c, "M"), person(c, "F")
    t, d = town(c), day(c)
    a = c.ri(17, 43)
    edd = after(d, c.ri(3, 60))
    return Doc().add(
        "L&D TRIAGE EVAL          {hosp}\n{pt} ({a}F)  G{g}P{p}  EDD {edd}  MRN {mrn}  FIN {fin}\nArrived {tm} on {d} by private car, "
        "{fobrel} {fob} driving.\nCC: ctx since this am, +LOF? ⟦me|GA {ga} weeks⟧\n"
        "⟦me|BP {sbp}/{dbp}⟧ ⟦me|HR {hr}⟧ afebrile. ⟦pr|Sterile speculum exam⟧: no pooling, ⟦lab|nitrazine negative⟧, ⟦lab|fern negative⟧.\n"
        "SVE 1/50/-3 per {mwfirst}. ⟦me|FHR baseline 135⟧, moderate variability, + accels, no decels = ⟦fi|category I tracing⟧.\n"
        "Toco irregular q8-12 min, c/w ⟦ep|Braxton Hicks contractions⟧.\n"
        "Labs: ⟦lab|hemoglobin {hb} g/dL⟧, ⟦lab|platelets {plt}⟧, ⟦lab|urine protein negative⟧. GBS {gbs}.\n"
        "A/P: ⟦fi|false labor⟧; d/c home, labor precautions, kick counts. OB appt {nextd} w/ Dr. {ob}.\n"
        "Pt cell {ph}, alt ({fobfirst}) {ph2}\n"
        "{mw}, CNM\n",
        hosp=hospital(c, t),
        pt=name_form(c, pt, "NAME_PATIENT", c.pick("caps", "full", "lastfirst")),
        a=a,
        g=c.ri(1, 5),
        p=c.ri(0, 3),
        edd=den(c, edd, c.pick("us", "short")),
        mrn=mrn(c),
        fin=acct(c),
        tm=clock(c),
        d=den(c, d),
        fobrel=c.pick("FOB", "husband", "partner", "boyfriend"),
        fob=P("NAME_RELATIVE", fob.full),
        ga=f"{40 - (edd - d).days // 7}",
        sbp=c.ri(104, 138),
        dbp=c.ri(62, 88),
        hr=c.ri(72, 104),
        mwfirst=P("NAME_CLINICIAN", mw.first),
        hb=c.fl(9.8, 13.2),
        plt=c.ri(150, 330),
        gbs=c.pick("neg", "pos", "unk"),
        nextd=den(c, after(d, c.ri(2, 7)), c.pick("md", "us")),
        ob=P("NAME_CLINICIAN", person(c).last),
        ph=phone(c, t.area),
        fobfirst=P("NAME_RELATIVE", fob.first),
        ph2=phone(c, t.area),
        mw=P("NAME_CLINICIAN", mw.full),
    )


def en8_nicu(c: Ctx) -> Doc:
    """NICU daily progress note for a preterm infant."""
    mom, dad, baby = person(c, "F"), person(c, "M"), person(c)
    t, born = town(c), day(c)
    dol = c.ri(2, 40)
    d = after(born, dol)
    nnp = person(c)
    return Doc().add(
        "NICU Progress Note -- {hosp}\nBaby {bsur} ({bname}) DOB {born} MRN {mrn}\nMother: {mom}, MRN {mmrn}; father {dad}\n"
        "DOL {dol}, ⟦me|GA at birth {gab} wks⟧, ⟦me|birth weight {bw} g⟧. Date {d}\n\n"
        "Resp: on ⟦pr|CPAP⟧ +5, FiO2 21-25%, ⟦dr|caffeine citrate⟧ ⟦do|5 mg/kg daily⟧. 2 brady/desats overnight, self-resolved.\n"
        "FEN: ⟦dr|donor breast milk⟧ ⟦do|150 mL/kg/day⟧ via OG, ⟦lab|sodium {na}⟧. Mom pumping, {mom_first} brings milk daily.\n"
        "ID: ⟦lab|blood culture no growth at 48h⟧, ⟦dr|ampicillin⟧/⟦dr|gentamicin⟧ stopped.\n"
        "Heme: ⟦lab|bilirubin {tb} mg/dL⟧ -> ⟦pr|phototherapy⟧ off.\nNeuro: ⟦pr|head ultrasound⟧ {hus}\n"
        "Apnea monitor for home: serial {sn}\nSocial: parents live at {addr}; dad works at {job}, calls nightly {ph}\n"
        "Primary team: {nnp}, NNP / attending Dr. {att}\n",
        hosp=hospital(c, t),
        bsur=P("NAME_PATIENT", baby.last.upper()),
        bname=P("NAME_PATIENT", baby.first),
        born=den(c, born),
        mrn=mrn(c),
        mom=name_form(c, mom, "NAME_RELATIVE", c.pick("full", "lastfirst")),
        mmrn=mrn(c),
        dad=P("NAME_RELATIVE", dad.full),
        dol=dol,
        gab=c.ri(24, 34),
        bw=c.ri(620, 2100),
        d=den(c, d),
        na=c.ri(131, 146),
        mom_first=P("NAME_RELATIVE", mom.first),
        tb=c.fl(4.0, 11.5),
        hus=c.pick(
            "with grade I ⟦fi|germinal matrix hemorrhage⟧ L", "normal, no ⟦fi|intraventricular hemorrhage⟧"
        ),
        sn=serial(c),
        addr=address(c, t, "comma", ", "),
        job=employer(c),
        ph=phone(c, t.area),
        nnp=P("NAME_CLINICIAN", nnp.full),
        att=P("NAME_CLINICIAN", person(c).last),
    )


def en8_derm(c: Ctx) -> Doc:
    """Dermatology: Mohs surgery day log with photo links and specimen numbers."""
    pt, surg = person(c), person(c)
    t, d = town(c), day(c)
    a = age(c, 0.2)
    site = c.pick("left nasal ala", "right helix", "left temple", "scalp vertex", "right dorsal hand")
    return Doc().add(
        "{hosp} Dermatologic Surgery -- ⟦ep|Mohs micrographic surgery⟧ log\nDate: {d}  Surgeon: {surg}, MD\n\n"
        "{pt}, {age} y/o, MRN {mrn}, ins {ins}\nDx: ⟦fi|basal cell carcinoma⟧, nodular, {site2}, bx {bx} (path acc {acc})\n"
        "Pre-op lesion ⟦me|{sz1} x {sz2} cm⟧. ⟦dr|lidocaine 1% with epinephrine⟧ local.\n"
        "Stage I: 4 blocks, + margin at 2 o'clock. Stage II: clear. Final defect ⟦me|{sz3} x {sz4} cm⟧.\n"
        "Repair: ⟦pr|bilobed flap⟧. ⟦dr|mupirocin⟧ to site.\nPhotos uploaded: {url}\n"
        "Pt {shares} -- driver today is {rel} ({relph}).\nF/u suture removal {d2}; e-mail path letter to {em}\n",
        hosp=hospital(c, t),
        d=den(c, d),
        surg=P("NAME_CLINICIAN", surg.full),
        pt=name_form(c, pt, "NAME_PATIENT"),
        age=age_p(a),
        mrn=mrn(c),
        ins=insurance(c),
        site2=f"⟦an|{site}⟧",
        bx=den(c, after(d, -c.ri(14, 60)), "short"),
        acc=accession(c),
        sz1=c.fl(0.4, 1.5),
        sz2=c.fl(0.3, 1.2),
        sz3=c.fl(1.0, 2.5),
        sz4=c.fl(0.8, 2.0),
        url=P(
            "URL",
            f"https://derm-photos.{c.pick('mercyridge', 'cvhealth', 'triderm')}.org/case/{c.digits(6)}?k={c.token(8)}",
        ),
        shares=c.pick("tolerated well", "anxious, held hand of", "napped between stages"),
        rel=P("NAME_RELATIVE", person(c).full),
        relph=phone(c, t.area),
        d2=den(c, after(d, 7)),
        em=email(c, pt),
    )


def en8_urology(c: Ctx) -> Doc:
    """Urology stone clinic note with sacral neuromodulator."""
    pt, uro = person(c), person(c)
    t, d = town(c), day(c)
    a = age(c, 0.1)
    return Doc().add(
        "UROLOGY CLINIC  {hosp}\n{d}\nRE: {pt}   DOB: {dob}   MRN: {mrn}\n\n"
        "{pt2} is a {age} yo {sex} seen for recurrent ⟦fi|nephrolithiasis⟧. CT ({ctd}, acc# {acc}) shows ⟦me|7 mm⟧ stone at ⟦an|left UVJ⟧ with mild ⟦fi|hydronephrosis⟧. "
        "Also has ⟦pr|sacral neuromodulation⟧ device for ⟦fi|overactive bladder⟧ (IPG serial {ipg}, placed {ipgd} at {outside}).\n"
        "⟦lab|UA: 2+ blood⟧, ⟦lab|urine culture negative⟧. ⟦lab|creatinine {cr}⟧.\n"
        "24h urine: ⟦lab|urine citrate {cit} mg/day⟧ (low).\n"
        "Plan: ⟦pr|ureteroscopy with laser lithotripsy⟧, ⟦dr|tamsulosin⟧ ⟦do|0.4 mg daily⟧ meanwhile, ⟦dr|potassium citrate⟧ ⟦do|15 mEq BID⟧.\n"
        "Scheduler {sched} will call {ph}. Records from {outside} requested by fax {fax}.\n\n{uro}, MD, Urology\n",
        hosp=hospital(c, t),
        d=den(c, d),
        pt=name_form(c, pt, "NAME_PATIENT", "caps"),
        dob=den(c, dob_for(c, a, d)),
        mrn=mrn(c),
        pt2=name_form(c, pt, "NAME_PATIENT", c.pick("title", "full")),
        age=age_p(a),
        sex="female" if pt.sex == "F" else "male",
        ctd=den(c, after(d, -c.ri(2, 20)), "md"),
        acc=accession(c),
        ipg=serial(c),
        ipgd=den(c, after(d, -c.ri(200, 1500)), c.pick("mon", "us")),
        outside=hospital(c),
        cr=c.fl(0.7, 1.6),
        cit=c.ri(120, 310),
        sched=P("NAME_CLINICIAN", person(c).first),
        ph=phone(c, t.area),
        fax=phone(c, None, "FAX"),
        uro=P("NAME_CLINICIAN", uro.full),
    )


def en8_addiction(c: Ctx) -> Doc:
    """Opioid treatment program intake (methadone)."""
    pt, coun = person(c), person(c)
    t, d = town(c), day(c)
    a = c.ri(19, 66)
    return Doc().add(
        "OPIOID TREATMENT PROGRAM -- INTAKE\n{prog}\nclient: {pt}  ssn {ssn}  dob {dob}\nhome: {addr}\ncell {ph}   email {em}\n"
        "ID verified: {idk} {idno}\nemployer: {job}    probation case # {case} (PO line {poph})\n\n"
        "{a} yo w/ ⟦fi|opioid use disorder⟧ severe, IV ⟦dr|fentanyl⟧ daily x {yrs} yrs, last use this am. ⟦fi|hepatitis C⟧ ab+ {hcvd}.\n"
        "COWS {cows}. ⟦lab|UDS positive for fentanyl⟧, ⟦lab|UDS positive for methamphetamine⟧. ⟦lab|QTc {qtc} ms⟧.\n"
        "PDMP checked {pd}: no controlled rx.\nStarted ⟦dr|methadone⟧ ⟦do|30 mg⟧ po observed, ⟦dr|naloxone⟧ ⟦do|4 mg nasal spray⟧ kit given.\n"
        "pt drives -- car {car}, advised no driving first 2 wks of titration.\nemergency contact {rel} {relph}\n"
        "counselor {coun} LCSW; MD Dr. {md} DEA on file\n",
        prog=hospital(c, t, c.pick("Recovery Center", "Clinic")),
        pt=name_form(c, pt, "NAME_PATIENT", c.pick("lower", "lastfirst", "full")),
        ssn=ssn(c),
        dob=den(c, dob_for(c, a, d)),
        addr=address(c, t, None, ", "),
        ph=phone(c, t.area),
        em=email(c, pt),
        idk=c.pick("passport", "US passport", "passport card"),
        idno=passport(c),
        job=employer(c),
        case=P("OTHER_ID", f"{c.ri(18, 25)}-CR-{c.digits(5)}"),
        poph=phone(c, t.area),
        a=a,
        yrs=c.ri(1, 15),
        hcvd=den(c, after(d, -c.ri(100, 900)), "mon"),
        cows=c.ri(8, 18),
        qtc=c.ri(410, 468),
        pd=den(c, d, "md"),
        car=plate(c),
        rel=P("NAME_RELATIVE", person(c).first),
        relph=phone(c, t.area),
        coun=P("NAME_CLINICIAN", coun.full),
        md=P("NAME_CLINICIAN", person(c).last),
    )


def en8_records_request(c: Ctx) -> Doc:
    """A relative's request for copies of medical records (health-care agent), as typed into the web form."""
    pt, rel = person(c), person(c)
    t, d = town(c), day(c)
    t2 = town(c)
    a = age(c, 0.35)
    return Doc().add(
        "REQUEST FOR COPIES OF HEALTH INFORMATION -- web form submission #{sub}\nsubmitted {d} {tm} from IP {ipaddr}\nTo: HIM / Release of Information, {hosp} (fax {hfax})\n\n"
        "PATIENT\n  name: {pt}\n  dob: {dob}   age {age}\n  ssn (last 4 ok): {ssn}\n  MRN if known: {mrn}\n  address: {addr}\n\n"
        "REQUESTOR\n  name: {rel}\n  relationship: {relw} / health care agent\n  mailing address: {raddr}\n  phone {rph}   email {rem}\n\n"
        "RECORDS WANTED: dates {d1} thru {d2}. {reason}\n"
        "Imaging on CD incl. study {acc}. Billing statement for acct {acct}.\n\n"
        "NOTES FROM REQUESTOR: mom is {age2} and in a nursing home now, she cant sign. doctor was Dr {doc} at the {clinic}.\n"
        "HIM use: verified POA doc, id {idk} {idno}; sent to {fax2} on {d3} -- {clerk}\n",
        sub=P("OTHER_ID", c.digits(8)),
        d=den(c, d),
        tm=clock(c),
        ipaddr=ip(c),
        hosp=hospital(c, t),
        hfax=phone(c, t.area, "FAX"),
        pt=name_form(c, pt, "NAME_PATIENT", c.pick("full", "caps", "lower")),
        dob=den(c, dob_for(c, a, d)),
        age=age_p(a),
        ssn=ssn(c),
        mrn=mrn(c),
        addr=address(c, t, None, ", "),
        rel=P("NAME_RELATIVE", rel.full),
        relw=c.pick("daughter", "son", "niece", "spouse"),
        raddr=address(c, t2, "oneline"),
        rph=phone(c, t2.area),
        rem=email(c, rel),
        d1=den(c, after(d, -c.ri(200, 400)), "us"),
        d2=den(c, after(d, -c.ri(10, 190)), "us"),
        reason=c.pick(
            "Need for ⟦fi|dementia⟧ guardianship hearing.",
            "Second opinion re ⟦fi|hip fracture⟧ surgery.",
            "Insurance appeal for ⟦pr|skilled nursing⟧ stay.",
        ),
        acc=accession(c),
        acct=acct(c),
        age2=age_p(a),
        doc=P("NAME_CLINICIAN", person(c).last),
        clinic=hospital(c, t, c.pick("Clinic", "Family Practice")),
        idk=c.pick("passport", "passport #"),
        idno=passport(c),
        fax2=phone(c, t2.area, "FAX"),
        d3=den(c, after(d, c.ri(1, 9)), "short"),
        clerk=P("NAME_CLINICIAN", person(c).first),
    )


def en8_dot_postaccident(c: Ctx) -> Doc:
    """Occupational clinic: DOT post-accident drug and alcohol test, chain of custody."""
    pt, col, mro = person(c), person(c), person(c)
    t, d = town(c), day(c)
    a = c.ri(21, 70)
    return Doc().add(
        "{clinic}\nPOST-ACCIDENT DOT TESTING -- collector worksheet\n\n"
        "Donor: {pt}    SSN/Employee ID: {ssn}\nCDL # {cdl} ({st})   DOB {dob}\nPhoto ID: {idk} {pp}\n"
        "Employer: {job}  DER phone {derph}   DER email {derem}\nUnit {unit} / VIN {vin}\n\n"
        "Accident {dacc} approx {tm}, rear-ended on I-{hw}. Donor c/o ⟦fi|neck strain⟧, no LOC.\n"
        "⟦pr|Breath alcohol test⟧: ⟦lab|BAC 0.000⟧ at {tm2}. ⟦pr|Urine drug screen⟧ collected, ⟦me|temp 33 C⟧ in range.\n"
        "CCF specimen ID {spec}, split bottle sealed, shipped to lab acct {lab}.\n"
        "Exam: ⟦me|BP {sbp}/{dbp}⟧, ⟦an|cervical spine⟧ paraspinal tenderness, neuro intact. ⟦dr|cyclobenzaprine⟧ ⟦do|5 mg qhs⟧ x5d.\n"
        "Collector: {col}   MRO: {mro}, DO\nwork status: modified duty til {rtw}\n",
        clinic=hospital(c, t, c.pick("Occupational Health", "Urgent Care", "Clinic")),
        pt=name_form(c, pt, "NAME_PATIENT", c.pick("caps", "full", "lastfirst")),
        ssn=ssn(c),
        cdl=license_no(c, t.st),
        st=t.st,
        dob=den(c, dob_for(c, a, d), c.pick("us0", "us")),
        idk=c.pick("passport", "passport card"),
        pp=passport(c),
        job=employer(c),
        derph=phone(c, t.area),
        derem=email(c),
        unit=plate(c),
        vin=vin(c),
        dacc=den(c, d, c.pick("md", "us")),
        tm=clock(c),
        hw=c.ri(10, 95),
        tm2=clock(c),
        spec=P("ACCESSION", c.digits(7)),
        lab=acct(c),
        sbp=c.ri(118, 160),
        dbp=c.ri(70, 98),
        col=P("NAME_CLINICIAN", col.full),
        mro=P("NAME_CLINICIAN", mro.full),
        rtw=den(c, after(d, c.ri(3, 14))),
    )


def en8_podiatry(c: Ctx) -> Doc:
    """Podiatry diabetic-foot visit, typed fast in lower case."""
    pt, dpm = person(c), person(c)
    t, d = town(c), day(c)
    a = age(c, 0.3)
    return Doc().add(
        "podiatry f/u {d}  {hosp}\n{pt}  {age}  mrn {mrn}  medicaid {ins}\n"
        "pt here w/ {relw} {rel} for r foot ulcer recheck. hx ⟦fi|diabetic neuropathy⟧ ⟦fi|peripheral arterial disease⟧ ⟦ep|Charcot foot⟧ L\n"
        "ulcer plantar ⟦an|first metatarsal head⟧ ⟦me|{l} x {w} x {dp} cm⟧ (was bigger) granular base no probe to bone\n"
        "⟦lab|HbA1c {a1c}%⟧ {a1cd}. ⟦pr|sharp debridement⟧ to subQ done, ⟦pr|total contact cast⟧ reapplied\n"
        "⟦me|monofilament 0/10⟧ b/l. ⟦me|ABI 0.{abi}⟧\nshoes from {dme} -- order # {ord}\n"
        "rtc 1 wk, call {ph} if fever/red streaks. {rel2} drives him/her, lives {addr}\n-- {dpm} DPM\n",
        d=den(c, d, c.pick("short", "us", "md")),
        hosp=hospital(c, t, c.pick("Foot & Ankle", "Clinic", "Health")),
        pt=name_form(c, pt, "NAME_PATIENT", c.pick("lower", "lower", "init", "full")),
        age=age_p(a, "yo"),
        mrn=mrn(c),
        ins=insurance(c),
        relw=c.pick("dtr", "wife", "son", "grandson"),
        rel=P("NAME_RELATIVE", person(c).first),
        l=c.fl(0.4, 2.5),
        w=c.fl(0.3, 2.0),
        dp=c.fl(0.1, 0.6),
        a1c=c.fl(6.8, 11.9),
        a1cd=den(c, after(d, -c.ri(10, 80)), "md"),
        abi=c.ri(55, 95),
        dme=hospital(c, t, "Pharmacy"),
        ord=P("OTHER_ID", f"{c.letters(2)}{c.digits(6)}"),
        ph=phone(c, t.area),
        rel2=P("NAME_RELATIVE", person(c).full),
        addr=address(c, t, "oneline"),
        dpm=P("NAME_CLINICIAN", dpm.full.lower() if c.chance(0.4) else dpm.full),
    )


def en8_bedside_procedure(c: Ctx) -> Doc:
    """Bedside procedure note: ultrasound-guided paracentesis with a time-out."""
    pt, op, rn = person(c), person(c), person(c)
    t, d = town(c), day(c)
    a = age(c, 0.15)
    return Doc().add(
        "PROCEDURE NOTE -- {hosp}, rm {rm}\nPatient: {pt}   MRN {mrn}   Enc {enc}   {age} y\nDate/time: {d} {tm}\n"
        "Procedure: ⟦pr|ultrasound-guided paracentesis⟧, ⟦an|right lower quadrant⟧\nOperator: {op}, MD (supervising {sup}); RN {rn}\n"
        "Indication: ⟦fi|tense ascites⟧ d/t ⟦fi|alcohol-related cirrhosis⟧, ⟦lab|INR {inr}⟧, ⟦lab|platelets {plt}⟧\n"
        "Consent: signed by {cons} ({consw}), risks incl bleeding, infection, bowel injury.\nTime-out done {tm2}: pt name + DOB {dob} confirmed with wristband.\n"
        "⟦dr|lidocaine 1%⟧ ⟦do|10 mL⟧, ⟦ep|Seldinger technique⟧, 5 Fr catheter, ⟦me|{vol} L⟧ removed straw-colored.\n"
        "⟦dr|albumin 25%⟧ ⟦do|{alb} g⟧ IV. Fluid sent: cell count, culture (acc {acc}), ⟦lab|SAAG⟧.\nEBL minimal, no complications.\n",
        hosp=hospital(c, t),
        rm=c.ri(200, 950),
        pt=name_form(c, pt, "NAME_PATIENT"),
        mrn=mrn(c),
        enc=acct(c),
        age=age_p(a),
        d=den(c, d),
        tm=clock(c),
        op=P("NAME_CLINICIAN", op.full),
        sup=P("NAME_CLINICIAN", person(c).full),
        rn=P("NAME_CLINICIAN", rn.first),
        inr=c.fl(1.2, 2.1),
        plt=c.ri(40, 140),
        cons=P("NAME_PATIENT", pt.full) if c.chance(0.6) else P("NAME_RELATIVE", person(c).full),
        consw=c.pick("self", "self", "wife", "POA"),
        tm2=clock(c),
        dob=den(c, dob_for(c, a, d)),
        vol=c.fl(2.0, 7.5),
        alb=c.pick(25, 37.5, 50),
        acc=accession(c),
    )


def en8_page_log(c: Ctx) -> Doc:
    """Secure-chat / paging thread exported to the chart (clinicians typing fast)."""
    pt, r1, r2, ph_ = person(c), person(c), person(c), person(c)
    t, d = town(c), day(c)
    a = age(c, 0.2)
    return Doc().add(
        "SECURE CHAT EXPORT  {hosp}  thread {thr}  exported {d} by {exp}\nclient IP {ipaddr}\n\n"
        "[{t1}] {r1f}: pt in 14 {pt} {age} {mrn} ⟦lab|K {k}⟧ on am labs, on ⟦dr|lisinopril⟧ + ⟦dr|spironolactone⟧\n"
        "[{t2}] {r2f}: ekg? any ⟦fi|peaked T waves⟧\n[{t3}] {r1f}: no. repeat sent, acc {acc}\n"
        "[{t4}] {r2f}: give ⟦dr|sodium zirconium cyclosilicate⟧ ⟦do|10 g⟧ x1, hold spiro. per {phf} in pharmacy ok w kidney fx (⟦lab|Cr {cr}⟧)\n"
        "[{t5}] {r1f}: done. fyi dtr {rel} wants call back {relph}, she's the HCP\n"
        "[{t6}] {r2f}: ok will call after rounds. also pls fax d/c summary to Dr {pcp} office {fax}\n"
        "[{t7}] {r1f}: 👍\n\nparticipants: {r1} (PGY-2), {r2} (hospitalist), {ph}\nlink: {url}\n",
        hosp=hospital(c, t),
        thr=c.pick("#ward-4", "#green-team", "#gen-med"),
        d=den(c, d),
        exp=P("NAME_CLINICIAN", person(c).full),
        ipaddr=ip(c),
        t1=clock(c),
        t2=clock(c),
        t3=clock(c),
        t4=clock(c),
        t5=clock(c),
        t6=clock(c),
        t7=clock(c),
        r1f=P("NAME_CLINICIAN", r1.first),
        pt=name_form(c, pt, "NAME_PATIENT", c.pick("lower", "full", "init", "caps")),
        age=age_p(a, "yo"),
        mrn=mrn(c),
        k=c.fl(5.6, 6.8),
        r2f=P("NAME_CLINICIAN", r2.first.lower() if c.chance(0.3) else r2.first),
        acc=accession(c),
        phf=P("NAME_CLINICIAN", ph_.first),
        cr=c.fl(1.3, 2.6),
        rel=P("NAME_RELATIVE", person(c, "F").first),
        relph=phone(c, t.area),
        pcp=P("NAME_CLINICIAN", person(c).last),
        fax=phone(c, t.area, "FAX"),
        r1=P("NAME_CLINICIAN", r1.full),
        r2=P("NAME_CLINICIAN", r2.full),
        ph=P("NAME_CLINICIAN", ph_.full),
        url=P("URL", f"https://chat.{c.pick('mercyridge', 'cvhealth', 'tch')}.org/t/{c.token(14)}"),
    )


TEMPLATES = [
    ("en8_audiology", en8_audiology),
    ("en8_mtm_pharmacy", en8_mtm),
    ("en8_ob_triage", en8_ob_triage),
    ("en8_nicu_progress", en8_nicu),
    ("en8_derm_mohs", en8_derm),
    ("en8_urology_stone", en8_urology),
    ("en8_otp_intake", en8_addiction),
    ("en8_records_request", en8_records_request),
    ("en8_dot_postaccident", en8_dot_postaccident),
    ("en8_podiatry", en8_podiatry),
    ("en8_bedside_procedure", en8_bedside_procedure),
    ("en8_secure_chat", en8_page_log),
]
