# ruff: noqa: E501
# fmt: off
"""v22 English templates, part 2 (six document types)."""

from __future__ import annotations

from _v22_kit import (
    EMPLOYERS,
    HOSPITALS,
    NICKNAMES,
    PHARMACIES,
    STATE_NAMES,
    Doc,
    P,
    email,
    en_first,
    en_last,
    en_person,
    fd,
    ipv4,
    ipv6,
    mrn,
    npi,
    plate,
    plus,
    rdate,
    ssn,
    street,
    town,
    us_phone,
    zip_code,
)


def _state(c, abbr: str) -> str:
    return abbr if c.chance(0.7) else STATE_NAMES[abbr]


def snakebite(c) -> Doc:
    """Snake envenomation antivenom record: vial log as a pipe table, a traveller's passport."""
    d = Doc()
    f, l_ = en_person(c)
    day = rdate(c)
    d.add("ENVENOMATION / ANTIVENOM RECORD\n{h}\n", h=P("HOSPITAL", c.ch(HOSPITALS)))
    d.add("Name: {l}, {f}   MRN: {m}   FIN: {fin}\n", l=P("NAME_PATIENT", l_), f=P("NAME_PATIENT", f), m=P("MRN", mrn(c)), fin=P("ACCOUNT", c.digits(10)))
    d.add("Visitor from abroad - passport {pp}; hotel phone {ph}.\n", pp=P("PASSPORT", c.ch((f"{c.letters(2)}{c.digits(7)}", f"X{c.digits(8)}", f"{c.digits(9)}"))), ph=P("PHONE", us_phone(c)))
    if c.chance(0.5):
        d.add("Working for {w} clearing brush when bitten.\n", w=P("WORKPLACE", c.ch(EMPLOYERS)))
    d.add("Bitten {dt} by a ⟦fi|rattlesnake⟧ on the ⟦an|right lateral malleolus⟧; swelling marked every 30 min.\n", dt=P("DATE", fd(c, day)))
    d.add("Labs (acc {acc}): ⟦lab|fibrinogen {fib} mg/dL⟧, ⟦lab|platelets {plt} K/uL⟧, ⟦lab|INR 1.4⟧.\n", acc=P("ACCESSION", f"L{c.digits(9)}"), fib=str(c.ri(62, 140)), plt=str(c.ri(48, 120)))
    d.add("\n| time | product | vials | by |\n|---|---|---|---|\n")
    for _ in range(c.ri(2, 3)):
        nf, nl = en_person(c)
        d.add("| {t} | ⟦dr|CroFab⟧ | ⟦do|6 vials⟧ | {nf} {nl} |\n", t=f"{c.ri(0, 23):02d}:{c.ri(0, 59):02d}", nf=P("NAME_CLINICIAN", nf), nl=P("NAME_CLINICIAN", nl))
    d.add("\nAssessment: ⟦fi|coagulopathy⟧ improving, no ⟦fi|compartment syndrome⟧; ⟦me|calf circumference 41 cm⟧.\n")
    d.add("Toxicologist consulted by phone: {tf} {tl}, MD. Follow-up labs {fu}.\n", tf=P("NAME_CLINICIAN", en_first(c)), tl=P("NAME_CLINICIAN", en_last(c)), fu=P("DATE", fd(c, plus(day, 5), "md")))
    return d


def frostbite(c) -> Doc:
    """Frostbite admission H&P for a man sleeping in his car; lower-case dictation style."""
    d = Doc()
    f, l_ = en_person(c)
    tn, st, z = town(c)
    day = rdate(c)
    d.add("frostbite admission h&p - {h}\n", h=P("HOSPITAL", c.ch(HOSPITALS).lower()))
    d.add("pt: {f} {l}, mrn {m}, ssn {s}, dob on file.\n", f=P("NAME_PATIENT", f.lower()), l=P("NAME_PATIENT", l_.lower()), m=P("MRN", mrn(c)), s=P("SSN", ssn(c)))
    d.add("found {dt} by police asleep in his car (plate {pl}) in the lot behind {w} where he works nights.\n",
          dt=P("DATE", fd(c, day)), pl=P("VEHICLE", plate(c)), w=P("WORKPLACE", c.ch(EMPLOYERS)))
    d.add("last stable address: {s}, {t}, {st} {z}. sister {sf} {sl} reachable at {ph}.\n",
          s=P("ADDRESS_STREET", street(c)), t=P("CITY", tn), st=P("PROVINCE_STATE", _state(c, st)), z=P("POSTCODE", zip_code(c, z)),
          sf=P("NAME_RELATIVE", en_first(c)), sl=P("NAME_RELATIVE", l_), ph=P("PHONE", us_phone(c)))
    d.add("exam: ⟦fi|deep frostbite⟧ of ⟦an|bilateral toes⟧ with ⟦fi|hemorrhagic blisters⟧, ⟦me|temp 34.9 C⟧.\n")
    d.add("⟦pr|rapid rewarming⟧ in 38 C water bath; ⟦pr|Tc-99m bone scan⟧ shows absent uptake in digits 2-5 left.\n")
    d.add("plan: ⟦dr|alteplase⟧ ⟦do|0.15 mg/kg⟧ bolus then infusion per protocol, ⟦dr|ibuprofen⟧ ⟦do|400 mg⟧ q12h, ⟦dr|iloprost⟧ considered.\n")
    d.add("burn/frostbite team: {cf} {cl} np; social work {sw}.\n", cf=P("NAME_CLINICIAN", en_first(c).lower()), cl=P("NAME_CLINICIAN", en_last(c).lower()), sw=P("NAME_CLINICIAN", en_first(c)))
    return d


def drowning(c) -> Doc:
    """Paediatric submersion (drowning) ED note: narrative with quoted parent speech."""
    d = Doc()
    kid = en_first(c)
    sur = en_last(c)
    mom, dad = en_first(c), en_first(c)
    nick = c.ch(NICKNAMES)
    day = rdate(c)
    tn, st, z = town(c)
    d.add("PEDIATRIC EMERGENCY NOTE - SUBMERSION\n{h}, {dt}\n", h=P("HOSPITAL", c.ch(HOSPITALS)), dt=P("DATE", fd(c, day)))
    d.add("Patient {k} {s} (MRN {m}; visit {v}), age {a}.\n", k=P("NAME_PATIENT", kid), s=P("NAME_PATIENT", sur), m=P("MRN", mrn(c)), v=P("ACCOUNT", c.digits(11)), a=c.ri(2, 9))
    d.add('Per mother {mo} {s}: "We only looked away for a minute, {n} was by the steps of the pool." Father {fa} arrived later.\n',
          mo=P("NAME_RELATIVE", mom), s=P("NAME_RELATIVE", sur), n=P("NAME_PATIENT", nick), fa=P("NAME_RELATIVE", dad))
    d.add("Event at the apartment pool, {ad}, {t}. Bystander ⟦pr|CPR⟧ about 2 min; ⟦fi|ROSC⟧ before EMS.\n", ad=P("ADDRESS_STREET", street(c, False)), t=P("CITY", tn))
    d.add("Arrival: ⟦me|SpO2 91%⟧ on room air, ⟦fi|crackles⟧ at ⟦an|right lung base⟧, ⟦me|GCS 13⟧.\n")
    d.add("⟦pr|chest radiograph⟧: ⟦fi|bilateral perihilar opacities⟧. ⟦lab|pH 7.29⟧, ⟦lab|lactate 3.4 mmol/L⟧.\n")
    d.add("Plan: ⟦pr|high-flow nasal cannula⟧, observe 8 h, no ⟦dr|antibiotics⟧ unless fever. Parents' cell {ph}.\n", ph=P("PHONE", us_phone(c)))
    d.add("Home address for CPS courtesy notice: {s2}, {t}, {st} {z}\n", s2=P("ADDRESS_STREET", street(c)), t=P("CITY", tn), st=P("PROVINCE_STATE", _state(c, st)), z=P("POSTCODE", zip_code(c, z)))
    d.add("Seen with Dr. {cf} {cl}; scribe {sc}.\n", cf=P("NAME_CLINICIAN", en_first(c)), cl=P("NAME_CLINICIAN", en_last(c)), sc=P("NAME_CLINICIAN", f"{en_first(c)[0]}{en_last(c)[0]}".upper()))
    return d


def keto_letter(c) -> Doc:
    """Ketogenic diet clinic letter to a child's school: a letter with a VNS serial and a log link."""
    d = Doc()
    kid, sur = en_first(c), en_last(c)
    par = en_first(c)
    day = rdate(c)
    df, dl = en_person(c)
    d.add("{h}\nKetogenic Diet Program\n{dt}\n\n", h=P("HOSPITAL", c.ch(HOSPITALS)), dt=P("DATE", fd(c, day, "long")))
    d.add("To the school nurse,\n\nRe: {k} {s} (MRN {m}; plan member {mem})\n\n", k=P("NAME_PATIENT", kid), s=P("NAME_PATIENT", sur), m=P("MRN", mrn(c)),
          mem=P("INSURANCE", f"{c.letters(3)}{c.digits(9)}"))
    d.add("{k} has ⟦fi|drug-resistant epilepsy⟧ (⟦ep|Lennox-Gastaut syndrome⟧) and follows a ⟦pr|classic 4:1 ketogenic diet⟧. "
          "Lunch is packed at home; please offer no other food. Target ⟦lab|beta-hydroxybutyrate 2-5 mmol/L⟧.\n", k=P("NAME_PATIENT", kid))
    d.add("Current medicines: ⟦dr|clobazam⟧ ⟦do|10 mg⟧ twice daily and ⟦dr|cannabidiol⟧ ⟦do|5 mg/kg/day⟧. For a seizure over 5 min give ⟦dr|midazolam⟧ ⟦do|5 mg⟧ intranasal.\n")
    d.add("A vagus nerve stimulator (generator serial {sn}) is implanted; swiping the magnet over the ⟦an|left chest⟧ delivers an extra stimulation.\n",
          sn=P("DEVICE", f"{c.digits(6)}{c.ch(('', 'B', 'X'))}"))
    d.add("Ketone readings may be logged at {url} (uploads from {ip} were last seen {ld}).\n",
          url=P("URL", f"https://ketolog.example-health.org/p/{c.token(10)}"), ip=P("IP", ipv4(c)), ld=P("DATE", fd(c, plus(day, -c.ri(1, 9)), "md")))
    d.add("Questions: call {ph} or e-mail the family ({pf} {s}) at {em}.\n\nSincerely,\n{df} {dl}, RD, LD\n",
          ph=P("PHONE", us_phone(c)), pf=P("NAME_RELATIVE", par), s=P("NAME_RELATIVE", sur), em=P("EMAIL", email(c, par, sur)), df=P("NAME_CLINICIAN", df), dl=P("NAME_CLINICIAN", dl))
    return d


def lethal_means(c) -> Doc:
    """Firearm lethal-means safety counselling note (telehealth), SOAP layout."""
    d = Doc()
    f, l_ = en_person(c)
    day = rdate(c)
    sp = en_first(c)
    d.add("LETHAL MEANS SAFETY COUNSELING (video visit)\nDate: {dt}   Clinic: {h}\n", dt=P("DATE", fd(c, day)), h=P("HOSPITAL", c.ch(HOSPITALS)))
    d.add("Patient: {f} {l}   MRN: {m}\nVideo room: {url}   patient IP {ip}\n", f=P("NAME_PATIENT", f), l=P("NAME_PATIENT", l_), m=P("MRN", mrn(c)),
          url=P("URL", f"https://visit.telecare-{c.letters(3).lower()}.com/room/{c.token(8)}"), ip=P("IP", ipv6(c) if c.chance(0.3) else ipv4(c)))
    d.add("S: ⟦fi|major depressive disorder⟧, recurrent; ⟦fi|passive suicidal ideation⟧ since losing a job. ⟦me|PHQ-9 score 17⟧. Two handguns and a rifle at home.\n")
    d.add('Spouse {sp} {l} joined: "I can take them to my brother\'s, {f2} never goes there."\n', sp=P("NAME_RELATIVE", sp), l=P("NAME_RELATIVE", l_), f2=P("NAME_PATIENT", f))
    d.add("O: ⟦me|C-SSRS screen positive⟧ for ideation without plan. On ⟦dr|sertraline⟧ ⟦do|100 mg⟧ daily; ⟦dr|trazodone⟧ ⟦do|50 mg⟧ at night.\n")
    d.add("A/P: ⟦pr|safety planning intervention⟧ done; firearms to off-site storage with family; gun locks given. Crisis line and clinic {ph}.\n", ph=P("PHONE", us_phone(c)))
    d.add("Safety plan copy e-mailed to {em}. Follow-up {fu}.\n", em=P("EMAIL", email(c, f, l_)), fu=P("DATE", fd(c, plus(day, 7))))
    d.add("{cf} {cl}, LCSW\n", cf=P("NAME_CLINICIAN", en_first(c)), cl=P("NAME_CLINICIAN", en_last(c)))
    return d


def naloxone_bridge(c) -> Doc:
    """ED opioid overdose bridge-clinic referral with a naloxone leave-behind kit (key: value)."""
    d = Doc()
    f, l_ = en_person(c)
    day = rdate(c)
    d.add("OPIOID OVERDOSE - BRIDGE REFERRAL\nED: {h}\nVisit date: {dt}\n", h=P("HOSPITAL", c.ch(HOSPITALS)), dt=P("DATE", fd(c, day)))
    d.add("Patient: {f} {l}\nMRN: {m}\nMedicaid ID: {mc}\n", f=P("NAME_PATIENT", f), l=P("NAME_PATIENT", l_), m=P("MRN", mrn(c)), mc=P("INSURANCE", f"{c.letters(2)}{c.digits(8)}"))
    d.add("Event: ⟦fi|opioid overdose⟧ (⟦dr|fentanyl⟧), EMS gave ⟦dr|naloxone⟧ ⟦do|4 mg intranasal⟧ x2; ⟦me|RR 6⟧ on arrival.\n")
    d.add("⟦lab|urine fentanyl positive⟧, ⟦lab|xylazine test strip positive⟧; ⟦fi|opioid use disorder⟧, severe.\n")
    d.add("Started ⟦dr|buprenorphine-naloxone⟧ ⟦do|8 mg/2 mg SL⟧ after ⟦me|COWS 13⟧.\n")
    pf, pl = en_person(c)
    d.add("Prescriber: {pf} {pl}, MD, NPI {n}; Rx {rx} sent to {ph}.\n", pf=P("NAME_CLINICIAN", pf), pl=P("NAME_CLINICIAN", pl), n=P("LICENSE", npi(c)),
          rx=P("OTHER_ID", f"RX{c.digits(7)}"), ph=P("HOSPITAL", c.ch(PHARMACIES)))
    d.add("Peer recovery coach: {cf} (cell {cp})\n", cf=P("NAME_CLINICIAN", en_first(c)), cp=P("PHONE", us_phone(c)))
    d.add("Telehealth intake link {url}, connected from {ip}\n", url=P("URL", f"https://bridge.example-clinic.net/intake/{c.token(9)}"), ip=P("IP", ipv4(c)))
    d.add("Bridge clinic appointment: {ap}. Pt agrees; text reminders to {mob}.\n", ap=P("DATE", fd(c, plus(day, c.ri(1, 3)))), mob=P("PHONE", us_phone(c)))
    return d


TEMPLATES = [
    ("en22_snakebite_antivenom", snakebite),
    ("en22_frostbite_hp", frostbite),
    ("en22_pediatric_submersion", drowning),
    ("en22_keto_school_letter", keto_letter),
    ("en22_lethal_means_counsel", lethal_means),
    ("en22_opioid_bridge_referral", naloxone_bridge),
]
