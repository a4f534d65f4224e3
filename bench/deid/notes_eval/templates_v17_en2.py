"""v17 English templates, part 2 (six document types). README.md "v17"."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

from _core import Ctx, Doc, P
from _v17_kit import (
    EN_EMPLOYERS,
    EN_HOSPITALS,
    email,
    en_date,
    en_person,
    en_phone,
    en_street,
    en_town,
    ip4,
    ip6,
    plate_us,
    plus,
    rdate,
    ssn,
    vin,
    zip_,
)


def animal_bite(c: Ctx) -> Doc:
    f, la = en_person(c)
    of, ol = en_person(c)
    town, st, z = en_town(c)
    dd = rdate(c)
    age = c.ri(90, 98) if c.chance(0.3) else c.ri(4, 80)
    md_f, md_l = en_person(c)
    d = Doc()
    d.add("ANIMAL BITE / EXPOSURE REPORT - COUNTY ENVIRONMENTAL HEALTH\nFAX TO {fax} WITHIN 24 HOURS     CASE # {case}\n\n",
          fax=P("FAX", en_phone(c)), case=P("OTHER_ID", f"AB-{dd.year}-{c.digits(5)}"))
    d.add("VICTIM: {ln}, {fn}    AGE: {age}    DOB: {dob}\nADDRESS: {stt}, {city}, {state} {z}\nPHONE: {ph}\n",
          ln=P("NAME_PATIENT", la.upper()), fn=P("NAME_PATIENT", f.upper()), age=P("AGE_OVER_89", str(age)) if age > 89 else str(age),
          dob=P("DATE", en_date(c, rdate(c, 1926, 2018), "mon")), stt=P("ADDRESS_STREET", en_street(c).upper()),
          city=P("CITY", town.upper()), state=P("PROVINCE_STATE", st), z=P("POSTCODE", zip_(c, z)), ph=P("PHONE", en_phone(c)))
    d.add("DATE OF BITE: {db}    LOCATION: {loc}\nANIMAL: {an}, NAME \"{pet}\", OWNER {own} ({rel}), OWNER PHONE {oph}\n",
          db=P("DATE", en_date(c, dd, "us")), loc=P("ADDRESS_STREET", c.ch(("TAMARACK COURT", "COTTONWOOD AVE", "COUNTY ROAD 14"))),
          an=c.pick("DOG, PIT MIX", "CAT, STRAY", "DOG, GERMAN SHEPHERD", "RACCOON (KILLED)"), pet=c.pick("BISCUIT", "MAJOR", "PEPPER", "UNKNOWN"),
          own=P("NAME_RELATIVE", f"{of.upper()} {ol.upper()}"), rel=c.pick("DAUGHTER", "GRANDSON", "SON-IN-LAW"), oph=P("PHONE", en_phone(c)))
    d.add("WOUND: ⟦fi|PUNCTURE WOUNDS⟧ X3 ⟦an|LEFT FOREARM⟧, LARGEST ⟦me|1.5 CM⟧; ⟦fi|CELLULITIS⟧ NOT PRESENT\n"
          "TREATMENT: ⟦pr|IRRIGATION⟧ WITH ⟦me|500 ML⟧ SALINE; ⟦dr|AMOXICILLIN-CLAVULANATE⟧ ⟦do|875 MG BID⟧ X 5 DAYS (⟦ep|PASTEURELLA⟧ COVERAGE); ⟦dr|TDAP⟧ ⟦do|0.5 ML IM⟧\n")
    d.add("RABIES PEP: {pep}\nSEEN AT: {h}   MRN {mrn}   BY {mf} {ml}, MD  ({mph})\n",
          pep=c.pick("⟦dr|HUMAN RABIES IMMUNE GLOBULIN⟧ ⟦do|20 IU/KG⟧ + ⟦dr|RABIES VACCINE⟧ DAY 0", "NOT INDICATED - 10-DAY ANIMAL QUARANTINE"),
          h=P("HOSPITAL", c.ch(EN_HOSPITALS[:4]).upper()), mrn=P("MRN", c.digits(7)), mf=P("NAME_CLINICIAN", md_f.upper()), ml=P("NAME_CLINICIAN", md_l.upper()),
          mph=P("PHONE", en_phone(c)))
    d.add("QUARANTINE ENDS: {qe}\n", qe=P("DATE", en_date(c, plus(dd, 10), "mon")))
    return d


def cob_subrogation(c: Ctx) -> Doc:
    f, la = en_person(c)
    town, st, z = en_town(c)
    dd = rdate(c)
    d = Doc()
    d.add("{hosp} Patient Financial Services\n{dt}\n\n{f} {la}\n{stt}\n{city}, {state} {z}\n\n",
          hosp=P("HOSPITAL", c.ch(EN_HOSPITALS[:5])), dt=P("DATE", en_date(c, plus(dd, c.ri(20, 60)), "long")), f=P("NAME_PATIENT", f),
          la=P("NAME_PATIENT", la), stt=P("ADDRESS_STREET", en_street(c)), city=P("CITY", town), state=P("PROVINCE_STATE", st), z=P("POSTCODE", zip_(c, z)))
    d.add("Re: Accident questionnaire - account {acct}, claim {clm}\nDear {t} {la2},\n\n",
          acct=P("ACCOUNT", c.digits(10)), clm=P("OTHER_ID", f"{c.letters(2)}{c.digits(9)}"), t=c.pick("Mr.", "Ms.", "Mx."), la2=P("NAME_PATIENT", la))
    d.add("Your health plan (member ID {mem}, group {grp}) asked us to confirm whether the care on {dos} was for an accident. Please complete and return by fax to {fax} or e-mail {em2}.\n\n",
          mem=P("INSURANCE", c.pick(f"W{c.digits(9)}", f"{c.letters(3)}{c.digits(8)}")), grp=P("INSURANCE", f"{c.digits(5)}-{c.digits(3)}"),
          dos=P("DATE", en_date(c, dd, "us")), fax=P("FAX", en_phone(c)), em2=P("EMAIL", f"pfs.cob@{c.pick('stbrendan', 'mercylakeshore')}.org"))
    d.add("Patient answers (returned {rt}):\n- Type: motor vehicle, driver. Your plate: {pl1}. Other vehicle: plate {pl2}, VIN {vn}, passenger (spouse) {od}.\n",
          rt=P("DATE", en_date(c, plus(dd, c.ri(61, 90)), "short2")), pl1=P("VEHICLE", plate_us(c)), pl2=P("VEHICLE", plate_us(c)), vn=P("VEHICLE", vin(c)),
          od=P("NAME_RELATIVE", " ".join(en_person(c))) if c.chance(0.5) else "none")
    d.add("- At work at the time? {yn}; employer {emp}.\n- SSN {ssn}; contact {ph}, {em}\n",
          yn=c.pick("No", "Yes"), emp=P("WORKPLACE", c.ch(EN_EMPLOYERS)), ssn=P("SSN", ssn(c)), ph=P("PHONE", en_phone(c)), em=P("EMAIL", email(c, f, la)))
    d.add("- Injuries treated: ⟦fi|anterior shoulder dislocation⟧ with a ⟦ep|Hill-Sachs lesion⟧ and ⟦ep|Bankart lesion⟧ of the ⟦an|right glenoid⟧; ⟦pr|closed reduction⟧ under ⟦dr|propofol⟧ ⟦do|60 mg IV⟧; ⟦lab|CK 412 U/L⟧; sling, ⟦dr|ibuprofen⟧ ⟦do|600 mg q6h⟧.\n\nSincerely,\n{cf} {cl}, Subrogation Analyst, ext. {ext}\n",
          cf=P("NAME_CLINICIAN", en_person(c)[0]), cl=P("NAME_CLINICIAN", en_person(c)[1]), ext=str(c.ri(2000, 4999)))
    return d


def marathon_tent(c: Ctx) -> Doc:
    dd = rdate(c)
    d = Doc()
    lead_f, lead_l = en_person(c)
    d.add("{race} MARATHON - MEDICAL TENT 3 (mile 24) PATIENT LOG - {dt}\nTent lead: Dr. {lf} {ll} - radio ch 6 - cell {ph}\nTransport hospital: {h}\n\n",
          race=P("CITY", en_town(c)[0]), dt=P("DATE", en_date(c, dd, c.pick("us", "long"))), lf=P("NAME_CLINICIAN", lead_f), ll=P("NAME_CLINICIAN", lead_l),
          ph=P("PHONE", en_phone(c)), h=P("HOSPITAL", c.ch(EN_HOSPITALS[:5])))
    d.add("in | bib | runner | age | ID checked | complaint / care | out\n")
    for _ in range(c.ri(3, 4)):
        f, la = en_person(c)
        foreign = c.chance(0.4)
        age = c.ri(22, 74)
        care = c.ch((
            "⟦fi|exercise-associated hyponatremia⟧, ⟦lab|Na 128 mmol/L⟧, ⟦dr|3% saline⟧ ⟦do|100 mL IV⟧",
            "⟦fi|heat exhaustion⟧, ⟦me|rectal temp 40.1 C⟧, ⟦pr|ice-water immersion⟧",
            "⟦fi|muscle cramps⟧ of the ⟦an|gastrocnemius⟧, ⟦dr|oral rehydration solution⟧ ⟦do|500 mL⟧",
            "⟦fi|Achilles tendinopathy⟧ flare, ⟦an|left Achilles tendon⟧, ice",
            "⟦fi|hypoglycemia⟧, ⟦lab|glucose 52 mg/dL⟧, ⟦dr|glucose gel⟧ ⟦do|15 g⟧",
        ))
        d.add("{t} | {bib} | {nm} | {age} | {idc} | {care}{dev} | {o}\n", t=f"{c.ri(10, 13)}:{c.ri(10, 59)}", bib=P("OTHER_ID", str(c.ri(1000, 38999))),
              nm=P("NAME_PATIENT", c.pick(f"{f} {la}", f"{la.upper()} {f}", f"{f[0]}. {la}")), age=str(age),
              idc=["passport ", P("PASSPORT", c.pick(f"{c.letters(2)}{c.digits(7)}", f"{c.digits(9)}", f"C{c.alnum(8)}"))] if foreign else "bib only",
              care=care, dev=["; pump serial ", P("DEVICE", f"NG{c.digits(7)}")] if c.chance(0.15) else "",
              o=c.pick("finished race", "to hospital", "walked out", "family pickup"))
    f, la = en_person(c)
    d.add("\nEmergency contact called for bib {bib}: {rel} at {ph}.\nLog scanned by {s}.\n", bib=P("OTHER_ID", str(c.ri(1000, 38999))),
          rel=P("NAME_RELATIVE", f), ph=P("PHONE", en_phone(c)), s=P("NAME_CLINICIAN", c.ch(("marguerite", "deshawn", "tova")).lower()))
    return d


def media_consent(c: Ctx) -> Doc:
    f, la = en_person(c)
    dd = rdate(c)
    age = c.ri(90, 103) if c.chance(0.25) else c.ri(19, 85)
    wf, wl = en_person(c)
    cond = c.pick("⟦ep|Dupuytren contracture⟧ of the ⟦an|right ring finger⟧ before and after ⟦pr|needle aponeurotomy⟧",
                  "⟦ep|Bell's palsy⟧ with ⟦fi|incomplete eye closure⟧; ⟦dr|prednisone⟧ ⟦do|60 mg daily⟧ x 7 days",
                  "⟦fi|pyoderma gangrenosum⟧ of the ⟦an|left shin⟧, ⟦me|4.2 x 3.0 cm⟧, on ⟦dr|infliximab⟧ ⟦do|5 mg/kg⟧")
    d = Doc()
    d.add("CONSENT FOR CLINICAL PHOTOGRAPHY, VIDEO AND USE IN EDUCATION / PUBLICATION\n{h}   Consent ID {cid}\n\n",
          h=P("HOSPITAL", c.ch(EN_HOSPITALS)), cid=P("OTHER_ID", f"MC-{c.digits(7)}"))
    d.add("I, {nm}, age {age}, MRN {mrn}, agree that images of my {cond} may be taken by {pf} {pl}, MD.\n",
          nm=P("NAME_PATIENT", f"{f} {la}"), age=P("AGE_OVER_89", str(age)) if age > 89 else str(age), mrn=P("MRN", c.digits(8)), cond=cond,
          pf=P("NAME_CLINICIAN", en_person(c)[0]), pl=P("NAME_CLINICIAN", en_person(c)[1]))
    d.add("[x] medical record   [{a}] teaching   [{b}] journal, face masked   [ ] social media\n", a=c.pick("x", " "), b=c.pick("x", " "))
    d.add("Copies sent to me at {em}; the private gallery link is {url}\nIdentity verified with {idk} {idn}.\n",
          em=P("EMAIL", email(c, f, la)), url=P("URL", f"https://photos.{c.pick('mercylakeshore', 'cascadevalley')}.org/g/{c.token(12)}"),
          idk="passport" if (pp := c.chance(0.7)) else "driver's licence",
          idn=P("PASSPORT", c.pick(f"{c.digits(9)}", f"{c.letters(2)}{c.digits(7)}")) if pp else P("LICENSE", f"{c.letters(1)}{c.digits(8)}"))
    d.add("Signed electronically {dt} from {ip}. Witness: {wf} {wl} ({rel}).\nI may withdraw by calling {ph}.\n",
          dt=P("DATE", en_date(c, dd)), ip=P("IP", c.pick(ip4(c), ip6(c))), wf=P("NAME_RELATIVE", wf), wl=P("NAME_RELATIVE", wl),
          rel=c.pick("daughter", "husband", "friend"), ph=P("PHONE", en_phone(c)))
    return d


def stroboscopy(c: Ctx) -> Doc:
    f, la = en_person(c)
    dd = rdate(c)
    slp_f, slp_l = en_person(c)
    d = Doc()
    d.add("{h}\nLARYNGEAL VIDEOSTROBOSCOPY REPORT\n\nPatient: {nm}   MRN {mrn}   Visit acct {acct}\nStudy no. {st}   Date: {dt}\n",
          h=P("HOSPITAL", "Fenwick Voice & Swallow Center"), nm=P("NAME_PATIENT", f"{la}, {f}"), mrn=P("MRN", c.digits(8)),
          acct=P("ACCOUNT", f"V{c.digits(9)}"), st=P("ACCESSION", f"VS{dd.year % 100}-{c.digits(5)}"), dt=P("DATE", en_date(c, dd)))
    d.add("Occupation: {job} at {emp}; voice use about 6 h/day. E-mail for exercise videos: {em}\n",
          job=c.pick("choir director", "call-centre agent", "teacher", "auctioneer"), emp=P("WORKPLACE", c.ch(EN_EMPLOYERS)), em=P("EMAIL", email(c, f, la)))
    find = c.pick("⟦fi|bilateral vocal fold nodules⟧ at the junction of the anterior and middle thirds",
                  "⟦ep|Reinke's edema⟧, worse on the ⟦an|left vocal fold⟧",
                  "⟦fi|left vocal fold paralysis⟧ in the paramedian position after ⟦pr|thyroidectomy⟧")
    d.add(f"Findings: {find}. Mucosal wave reduced; closure pattern hourglass. ⟦me|MPT 9 s⟧, ⟦me|s/z ratio 1.6⟧, ⟦me|VHI-10 24⟧. ⟦fi|Laryngopharyngeal reflux⟧ signs present.\n")
    d.add("Plan: voice therapy x 8 with {sf} {sl}, CCC-SLP; ⟦dr|omeprazole⟧ ⟦do|20 mg bid⟧; repeat exam {rx}.\nRecording: {url}\n",
          sf=P("NAME_CLINICIAN", slp_f), sl=P("NAME_CLINICIAN", slp_l), rx=P("DATE", en_date(c, plus(dd, 84), "long")),
          url=P("URL", f"https://voicelab.fenwick.example/v/{c.token(9)}"))
    d.add("Laryngologist: {lf} {ll}, MD - dictated, not read.\n", lf=P("NAME_CLINICIAN", en_person(c)[0]), ll=P("NAME_CLINICIAN", en_person(c)[1]))
    return d


def neuropsych(c: Ctx) -> Doc:
    f, la = en_person(c)
    age = c.ri(90, 99) if c.chance(0.6) else c.ri(62, 88)
    dd = rdate(c)
    df, dl = en_person(c, "F")
    psy_f, psy_l = en_person(c)
    d = Doc()
    d.add("NEUROPSYCHOLOGICAL EVALUATION\n{h} Memory & Aging Service\nExaminee: {nm}   MRN {mrn}   Date(s) of testing: {d1} and {d2}\nReferral: {rf} {rl}, MD (fax {fax})\n\n",
          h=P("HOSPITAL", c.ch(EN_HOSPITALS[:4])), nm=P("NAME_PATIENT", f"{f} {la}"), mrn=P("MRN", c.digits(8)),
          d1=P("DATE", en_date(c, dd, "us")), d2=P("DATE", en_date(c, plus(dd, 7), "md")), rf=P("NAME_CLINICIAN", en_person(c)[0]),
          rl=P("NAME_CLINICIAN", en_person(c)[1]), fax=P("FAX", en_phone(c)))
    agestr = P("AGE_OVER_89", str(age)) if age > 89 else str(age)
    d.add("Background: {t} {la} is a {age}-year-old retired {job}. Asked about age, the examinee said, \"I'll be {a2} come spring, if the Lord allows.\" Daughter {df} {dl} ({ph}) reports two years of ⟦fi|short-term memory loss⟧ and getting lost on {road}.\n",
          t=c.pick("Mr.", "Ms."), la=P("NAME_PATIENT", la), age=agestr, job=c.pick("postmaster", "machinist", "nurse", "farmer"),
          a2=P("AGE_OVER_89", str(age + 1)) if age + 1 > 89 else str(age + 1), df=P("NAME_RELATIVE", df), dl=P("NAME_RELATIVE", dl),
          ph=P("PHONE", en_phone(c)), road=P("ADDRESS_STREET", c.ch(("Larkspur Lane", "Ridgecrest Dr", "Hollis Street"))))
    d.add("Tests: ⟦ep|Wechsler Adult Intelligence Scale⟧ subtests, ⟦ep|Rey Complex Figure⟧ copy ⟦me|28/36⟧, delayed recall ⟦me|6/36⟧; ⟦ep|Stroop⟧ interference impaired; ⟦me|MMSE 21/30⟧.\n")
    if c.chance(0.4):
        d.add("Has a deep-brain stimulator for ⟦fi|essential tremor⟧ (IPG serial {sn}); stimulation was left on.\n", sn=P("DEVICE", f"NJV{c.digits(6)}"))
    d.add("Impression: ⟦fi|major neurocognitive disorder⟧, amnestic, most consistent with ⟦ep|Alzheimer's disease⟧; ⟦fi|vascular contribution⟧ possible. Meds: ⟦dr|donepezil⟧ ⟦do|10 mg qhs⟧.\n")
    d.add("{pf} {pl}, PhD, ABPP   Licensed psychologist no. {lic}\n", pf=P("NAME_CLINICIAN", psy_f), pl=P("NAME_CLINICIAN", psy_l),
          lic=P("LICENSE", c.pick(f"PSY{c.digits(5)}", f"{c.digits(6)}")))
    return d


TEMPLATES_2 = [
    ("en17_animal_bite_report", animal_bite),
    ("en17_accident_cob_letter", cob_subrogation),
    ("en17_marathon_tent_log", marathon_tent),
    ("en17_clinical_photo_consent", media_consent),
    ("en17_videostroboscopy", stroboscopy),
    ("en17_neuropsych_eval", neuropsych),
]
