"""Identifiers that English notes write by their place rather than by their shape.

:mod:`medenclave_deid.core.text.english` finds identifiers by what they look like; these rules
add the ones whose shape alone says little:

* **facility fields**: the value of a field that names an institution (``Pharmacy: Rite Aid``,
  ``Referring facility: Mercy Regional``, ``EMS agency: …``) is a facility, whatever its words;
* **employers**: the value of an occupation field (``Occupation: machinist (General
  Dynamics)``, ``Employment: cashier at Shop Rite``) and the organisation after "is/as a
  *job* at …";
* **saints**: ``St. Luke's``, ``Saint Agnes`` — a saint's name in a note is an institution (a
  hospital, a parish, a school) or a place, never clinical text (St. John's wort excepted);
* **street forms without a US suffix**: rural routes and boxes (``RR 2 Box 45``), numbered
  roads (``455 County Road 12``, ``12 Route 9``), Spanish, French and Italian street words
  before the name (``1180 Avenida de la Playa``, ``22 Rue Sainte-Catherine``), and Canadian
  postal codes (``H2X 1K4``);
* **number shapes**: identifiers in spaced digit groups after a label (``DL# 44 556 677``),
  after ``No.`` (``No.3301234567``), and upper-case letter-digit strings of any prefix length
  (VINs such as ``LSVNV2182E2123456``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["SERVICE_WORDS", "find_english_fields"]


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags | re.ASCII)


_CAP = r"[A-Z][A-Za-z0-9'&.-]*"
_ORG_WORDS = rf"{_CAP}(?:[ \t]+(?:(?:&|and|of|the|de|du|la)[ \t]+)?{_CAP}){{0,5}}"
#: labels whose value is an institution; the value runs to the end of its clause or to a form's
#: wide gap ("Hospital: Mercy West   Unit: 4 North") or to a next label after two spaces ("Notifier:
#: Acme Medical  Phone: …"), and the label may follow such a gap; a form's item number, "name of",
#: "treating" and a second kind after a slash go with the label ("16. NAME OF TREATING HOSPITAL:",
#: "HOSPITAL/CLINIC:")
_FACILITY_FIELD = _rx(
    r"(?im)(?:^|[;|]|\.[ \t]|\[[ \t]*[x\u2713\u2714*]?[ \t]*\]|"
    r"(?:(?<=\S)[ \t]{3,}|\t)(?!destination|home\b))[ \t]*(?:\d{1,2}[.)][ \t]+)?(?:name[ \t]+of[ \t]+)?"
    r"(?:referring|accepting|sending|receiving|transferring|preferred|treating|"
    r"outside|primary|home|previous|prior|specialty|dispensing)?[ \t]*"
    r"(?:facility|hospital|clinic|pharmacy|agency|"
    r"ems[ \t]+agency|ambulance[ \t]+service|destination|practice|nursing[ \t]+home|snf|"
    r"dialysis[ \t]+(?:unit|center)|imaging[ \t]+center|hospice|place[ \t]+of[ \t]+death|"
    r"(?:dme[ \t]+|appliance[ \t]+)?(?:supplier|vendor|notifier|dispenser)|dme[ \t]+company|"
    r"dispensing[ \t]+(?:appliance[ \t]+)?contractor|home[ \t]+(?:delivery|health[ \t]+agency)|"
    r"sending[ \t]+institution|institution|funeral[ \t]+home|mortuary|crematory|cemetery)"
    r"(?:[ \t]*/[ \t]*(?:clinic|facility|hospital))?[ \t]*(?:name)?[ \t]*[:：][ \t]*"
    r"(?P<v>(?-i:[A-Z])[^\n,;()#|]{1,60}?)[ \t]*(?=$|[\n,;()#|]|\.(?:\s|$)|[ \t]{3}|\t|(?<=\S  )[A-Z]\w+:)"
)
#: a form's line of tab-separated cells whose first cell names an institution's role and the
#: next its name ("Specialty pharmacy<TAB>Acme Infusion<TAB>ph …", "HTC<TAB>Lakes Hemostasis Program")
_FACILITY_CELL = _rx(
    r"(?im)^[ \t]*(?:(?:specialty|dispensing|home[ \t]+infusion|mail[- ]order)[ \t]+pharmacy|pharmacy|"
    r"(?-i:SP|HTC)|"
    r"(?:(?:hemophilia[ \t]+)?treatment[ \t]+|hemophilia[ \t]+)?cent(?:re|er))(?:[ \t]+name)?\t+"
    r"(?P<v>(?-i:[A-Z])[^\n\t,;()#:]{1,60}?)[ \t]*(?=$|\t)"
)
#: a column's heading, not an institution's name
_CELL_HEADS = frozenset("phone fax name address tel telephone contact date dose lot notes npi id".split())
#: a store's number after its name ("Rite Aid #4410", "Thrifty Drug No. 23"): part of the name
_STORE_NUMBER = _rx(r"[ \t]*(?:#|No\.?|Store)[ \t]*\d{1,6}(?:-\d{1,6})?(?![\w-])")
#: where a facility field's value turns into its clause's verb ("Hospice: Evergreen Hospice will
#: visit tomorrow", "Pharmacy: Rite Aid was called"): the facility ends before it
_VALUE_VERB = _rx(
    r"[ \t]+(?:will|would|is|was|are|were|has|have|had|to|can|could|should|may|called|"
    r"faxed|sent|notified|contacted|aware|informed|declined|accepted|agreed|confirmed|"
    r"visits?|visited|reports?|reported|says|said|states?|stated)\b"
)
_OCCUPATION_FIELD = _rx(
    r"(?im)^[ \t]*(?:(?:usual|current|previous|prior|former|primary|main|patient's)"
    r"[ \t]+)?(?:occupation|employment|employer|work|job|profession|"
    r"work[ \t]+history|social[ \t]+history)[ \t]*[:：-][ \t]*(?P<line>[^\n]*)"
)
_ORG_IN_FIELD = _rx(rf"(?:\b(?:at|for|with|from|by)[ \t]+(?:the[ \t]+)?|[(,][ \t]*)(?P<v>{_ORG_WORDS})")
#: "is a bus driver at Metro Transit", "as a cashier for Shop Rite"
_JOB_AT = _rx(
    rf"\b(?:is|was|as)[ \t]+an?[ \t]+(?:[a-z]+[ \t]+){{0,2}}[a-z]+[ \t]+(?:at|for|with)"
    rf"[ \t]+(?:the[ \t]+)?(?P<v>{_ORG_WORDS})"
)
_AT_WORK = _rx(rf"\b(?:at|from|to)[ \t]+work[ \t]*[(,][ \t]*(?P<v>{_ORG_WORDS})")
#: a practice named by its specialty or its church ("Valley Cardiology", "Solis Mammography",
#: "UPMC Presbyterian", "Mass General", "Brigham and Women's"): taken only when no word before
#: the last one is itself a department or clinical word ("Physical Therapy and Cardiology",
#: "Interventional Radiology", "General Surgery" stay)
_PRACTICE = _rx(
    r"\b(?:Cardiology|Orthopedics|Orthopaedics|Oncology|Dermatology|Urology|Pediatrics|"
    r"Mammography|Diagnostics|Radiology|Imaging|Dialysis|Gastroenterology|Pulmonology|"
    r"Neurology|Ophthalmology|Podiatry|Dental|Dentistry|Chiropractic|Optometry|"
    r"General|Presbyterian|Methodist|Baptist|Lutheran|Adventist|Women's)(?![\w'])"
)
#: a therapy or rehabilitation practice named after a place ("at Riverbend Physical Therapy")
_THERAPY_PRACTICE = _rx(
    r"\b(?:at|from|with|to|by)[ \t]+(?:the[ \t]+)?(?P<v>(?P<own>[A-Z][A-Za-z'&.-]*)"
    r"(?:[ \t]+[A-Z][A-Za-z'&.-]*){0,2}?[ \t]+(?:(?:Physical|Occupational|Speech|"
    r"Hand|Sports|Aquatic|Pelvic|Vestibular)[ \t]+)?(?:Therapy|Therapies|"
    r"Rehabilitation|Rehab|Wellness|Chiropractic|Audiology))\b"
)
_WORD_BEFORE = _rx(r"([A-Z][A-Za-z'&.-]*|and|&|of)[ \t]+$")
_DEPARTMENT_WORDS = frozenset(
    """department dept division service services section unit physical occupational
speech therapy internal medicine pediatric pediatrics interventional nuclear general family emergency
surgical surgery consult consults outpatient inpatient radiation medical clinical invasive cardiac
vascular neuro diagnostic diagnostics breast chest abdominal body musculoskeletal head neck
referred refer seen see follow transfer transferred to for with from at by per the a an in on
cardiology oncology radiology neurology urology dermatology imaging dialysis ct mri pet us xr
interventional hematology pulmonary critical care adult child children's women's screening
bilateral unilateral digital diagnostic contrast left right stereotactic""".split()
)
#: the words of a service's name ("Cardiac Rehabilitation", "Sleep Medicine"), not a facility's
SERVICE_WORDS = _DEPARTMENT_WORDS | frozenset(
    """cardiac pulmonary vestibular pelvic floor hand sports pain
wound sleep memory weight bariatric stroke acute subacute geriatric behavioral mental home hospice
palliative preventive preventative occupational integrative maternal fetal reproductive addiction
travel transplant lifestyle community primary rehab rehabilitation""".split()
)
_SAINT = _rx(
    r"\b(?:St|Ste|Saint|Sainte|San|Santa)\.?[ \t]+[A-Z][a-z]+(?:'s|s')?(?![\w'])"
    r"(?![ \t]+(?i:wort|vitus|dance)\b)"
)
#: a hospital named for a devotion, as many church-founded ones are, with its place after "of"
#: ("Sacred Heart of the Valley", "Good Samaritan of Elmhurst", "Our Lady of Fatima"); the
#: devotion alone ("the Holy Spirit") names no hospital
_DEVOTION = _rx(
    r"\b(?:Sacred[ \t]+Heart|Good[ \t]+(?:Samaritan|Shepherd)|Holy[ \t]+(?:Cross|Family|Name|"
    r"Redeemer|Spirit|Trinity|Rosary|Innocents)|Our[ \t]+Lady|Precious[ \t]+Blood|"
    r"Divine[ \t]+(?:Savior|Saviour|Providence|Mercy))[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?"
)
#: an address field: its whole value, to the end of the line or a wide gap, is the address
_ADDRESS_FIELD = _rx(
    r"(?im)^[ \t]*(?:home[ \t]+|mailing[ \t]+|street[ \t]+|permanent[ \t]+|current[ \t]+|"
    r"scene[ \t]+|patient[ \t]+|residential[ \t]+|pt[ \t]+)?(?:address|residence)"
    r"(?:[ \t]+line[ \t]*\d)?[ \t]*[:：][ \t]*(?P<v>[^\n]{3,100}?)"
    r"[ \t]*(?=\n|$|[ \t]{2,}|\t)"
)
#: a nickname or preferred name: 'prefers to be called "Bubba"', "goes by Tee", "aka Jojo", "CALL ME: TOOTS"
_NICKNAME = _rx(
    r"(?i:\b(?:(?:prefers?|likes?|wants?)[ \t]+to[ \t]+be[ \t]+called|goes[ \t]+by|"
    r"known[ \t]+as|nick-?named?|nickname[ \t]*:?|call[ \t]+me[ \t]*:|preferred[ \t]+name[ \t]*:?|"
    r"aka|a\.k\.a\.))"
    r"[ \t]+[\"“'‘]?(?P<n>[A-Z][A-Za-z'’-]+(?:[ ][A-Z][A-Za-z'’-]+)?)"
)
_RURAL = _rx(
    r"\b(?:Rural[ \t]+Route|RR|HC|Star[ \t]+Route|HCR)[ \t]*\d{1,4},?[ \t]*"
    r"(?:Box|Bx)[ \t]*\d{1,6}\b"
)
_ROAD_FIRST = _rx(
    r"(?<![\w-])\d{1,6}[A-Za-z]?[ \t]+(?:Avenida|Calle|Camino|Via|Viale|Rue|Paseo|"
    r"Rua|Strada|Chemin|Route|Rte|County[ \t]+(?:Road|Rd|Route)|State[ \t]+"
    r"(?:Road|Rd|Route|Highway|Hwy)|Farm[ \t]+to[ \t]+Market|Highway|Hwy|CR|SR|FM|"
    r"US|Interstate)\.?[ \t]+(?:(?:de|del|de la|des|du|la|las|los|el|da|do|dos)"
    r"[ \t]+)*[A-Z0-9][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2}"
)
#: the street line of an address whose street has no suffix ("540 N Broadway, Fargo, ND 58102")
_STREET_BEFORE_CITY = _rx(
    r"(?<![\w-])\d{1,6}[A-Za-z]?[ \t]+(?:[NSEW]\.?[ \t]+)?[A-Z][\w'.-]*"
    r"(?:[ \t]+[A-Z0-9][\w'.-]*){0,3}(?=,?[ \t]+(?:[A-Z][\w'-]*[ \t]*){1,3},"
    r"[ \t]*[A-Z]{2}[ \t]+\d{5})"
)
_CA_POSTCODE = _rx(r"(?<![\w-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])")
#: a label, then an identifier in spaced digit groups: "ID card # 88 123 456", "NPI: 1558 4443 21"
_SPACED_DIGITS = _rx(
    r"(?i:\b(?:#|no\.?|number|num|id|npi|dea|licen[cs]e|lic\.?|cdl|dl|card|"
    r"certificate|cert\.?|policy|member|account|acct|mrn|record)[ \t]*"
    r"(?:(?:is|was)[ \t]+)?[:#]?[ \t]*)"
    r"(?P<v>(?:[A-Z]{1,4}[ -]?)?\d{2,5}(?:[ ]\d{2,6}){1,4})(?![\w/-]|\.\d)"
)
#: a licence-like label, then a value with a letter prefix apart or digit groups joined by
#: dashes: "license G 88213", "Lic. RPH 23881", "NREMT-P #1234-5678", "TX lic 4471-3922"
_LICENCE_VALUE = _rx(
    r"(?i:\b(?:licen[cs]e|lic|cert(?:ificate|ification)?|permit|registration|reg|"
    r"credential|NREMT(?:-[A-Z]{1,2})?|DEA|NPI)\b\.?[ \t]*(?:number|no\.?|num|id)?"
    r"[ \t]*(?:is[ \t]+|was[ \t]+)?[:#]?[ \t]*#?[ \t]*)"
    r"(?P<v>(?:[A-Z]{1,4}[ .-]?)?\d[\d-]{2,}\d)(?![\w/-]|\.\d)"
)
#: a credential, then a number: "RN 2231457", "EMT-P #40917" (a licence or registry number)
_CREDENTIAL_NUMBER = _rx(
    r"\b(?:RN|LPN|LVN|NP|APRN|FNP|PA-C|MD|DO|EMT(?:-[BPIA])?|NREMT(?:-[BPIA])?|"
    r"AEMT|RPh|PharmD|CRNA|CNM|LCSW|DDS|DMD|DPM)[ \t]*(?:#|no\.?|lic\.?)?[ \t]*"
    r"(?P<v>[A-Z]{0,3}-?\d{4,}(?:-\d+)?)(?![\w/-]|\.\d)"
)
#: fields that name an employer or a school
#: (a numbered item's too, "8. NAME OF EMPLOYER: ..."; a form's field after another's wide gap
#: too, its value up to the next wide gap:
#: "Student: Ava Lind   School: Lincoln Elementary   Grade 3")
_EMPLOYER_FIELD = _rx(
    r"(?im)(?:^|[;|]|\.[ \t]|(?<=\S)[ \t]{3,}|\t)[ \t]*(?:\d{1,2}[.)][ \t]+)?"
    r"(?:company|(?:current[ \t]+)?employer(?:[ \t]+name)?|name[ \t]+of[ \t]+employer|day[ \t]+job|"
    r"place[ \t]+of[ \t]+"
    r"(?:work|employment)|workplace|work[ \t]+site|business|school|"
    r"occupation[ \t]*/[ \t]*employer|employer[ \t]*/[ \t]*(?:industry|business|company|school)|"
    r"school[ \t]*/[ \t]*(?:employer|work))"
    # a qualifier in brackets before the colon ("Employer (for the rewards scheme): ...")
    r"(?:[ \t]*\([A-Za-z][^()\n:]{0,50}\))?[ \t]*[:：-][ \t]*"
    r"(?P<v>(?-i:[A-Z])[^\n,;()#]{1,60}?)[ \t]*(?=$|[\n,;()#]|\.(?:\s|$)|[ \t]{3}|\t)"
)
#: an employer field's answers that name no workplace
_NO_EMPLOYER = frozenset(
    "retired|none|n/a|na|self|self-employed|unemployed|disabled|disability|student|homemaker|unknown|"
    "not employed|not working|nil|home duties|pensioner".split("|")
)
#: a line about a vehicle: the plate may stand without a cue ("2016 Kia Soul, TX BHZ-821",
#: "by ambulance, transport unit KLM 204", "Unit KLM 204 / VIN …": a VIN's line is a
#: vehicle's); British plates too, two letters, two digits, three letters ("Ford Focus, KT19 WXA");
#: two letters and four or five digits only after a state's code ("van OH KR 40517")
_VEHICLE_WORD = _rx(
    r"(?i)\b(?:vehicle|car|truck|van|suv|sedan|pickup|motorcycle|moped|scooter|"
    r"honda|toyota|ford|chevrolet|chevy|nissan|hyundai|kia|jeep|dodge|subaru|tesla|bmw|"
    r"mercedes|volkswagen|vw|mazda|gmc|buick|lexus|acura|audi|volvo|chrysler|cadillac|"
    r"mitsubishi|ambulance|(?:transport|medic|ems|rescue)[ \t]+unit|tractor|trailer|"
    r"(?-i:VIN))\b"
)
_BARE_PLATE = _rx(
    r"(?<![\w-])(?:[A-Z]{2}[ \t]+)?(?P<v>[A-Z]{3}[ -]?\d{3,4}|\d[A-Z]{3}[ -]?\d{3}|"
    r"\d{3}[ -]?[A-Z]{3}|[A-Z]{2}\d[ -]?[A-Z]{3}|[A-Z]\d{2}[ -]?[A-Z]{3}|\d[A-Z]{2}[ -]?\d{4}|"
    r"\d[A-Z]{1,2}-[A-Z]{3,4}|[A-Z]{2}\d{2}[ ]?[A-Z]{3}|"
    r"(?<=(?<![\w-])[A-Z]{2}[ \t])[A-Z]{2}[ ]\d{4,5})"
    r"(?![\w-]|\.\d)"
)
#: a plate or VIN cue; the plate-shaped token within the next few words is the plate
#: ("License plate: Texas FLX 221", "plate reads 'KJD 90'", "VIN: 1hgcm82633a004352"), also the
#: last part of a field's snake_case name ("visitor_plate: KJD 904")
#: abbreviated on paper forms too: "Lic Plt:", "Lic. Pl.", "LP#", "V.I.N."
_PLATE_CUE = _rx(
    r"(?i:(?:\b|_)(?:licen[cs]e[ \t_]+plates?|plates?|tags?|registration|VIN|lic\.?[ \t]*pl(?:t|\.)|"
    r"(?-i:LP)[ \t]*\#|V\.I\.N\.?)(?!\w))"
)
#: a VIN on a vehicle's line without its cue ("Vehicle 1: KRB-6638, 1FTEW1E50KFA12345")
_BARE_VIN = _rx(
    r"(?<![\w-])(?=[A-HJ-NPR-Z0-9]{0,16}\d)(?=[A-HJ-NPR-Z0-9]{0,16}[A-Z])[A-HJ-NPR-Z0-9]{17}(?![\w-])"
)
_VEHICLE_LICENCE = _rx(r"(?i:\blicen[cs]e\b)[ \t]*(?:#|no\.?|number)?[ \t]*:?")
_PLATE_NEAR = _rx(r"(?<![\w-])(?:[A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,5}|[A-Za-z0-9]{17})(?![\w-])")
_NOT_PLATES = frozenset(
    "SBP DBP MAP HGB WBC PLT BUN LDL HDL TSH INR ALT AST ALP CPK LDH BNP CRP ESR SAT "
    "GCS ETT EBL UOP CVP".split()
)
#: spinal levels and ECG leads ("C5-C6", "L4-5", "V1-V3"): anatomy after a bone plate's cue
_LEVEL = _rx(r"^(?:[CTLS]\d{1,2}(?:-[CTLS]?\d{1,2})?|V\d(?:-V?\d)?)$")
_AMOUNT_AFTER = _rx(r"[ \t]*(?:mL|ml|cc|L|mg|mcg|g|kg|units?|%|mmHg|bpm|mJ|J)\b")
_NO_PREFIX = _rx(
    r"(?<![A-Za-z])(?:NO|No|no|№)\.?[ \t]*[:#]?[ \t]*(?P<v>[A-Za-z]{0,6}[-]?\d[\dA-Za-z-]*)"
    r"(?![\w-])"
)
#: a social security number in spaced groups ("603 35 3464", an HL7 PID-19 or a form's box)
_SPACED_SSN = _rx(r"(?<![\w.,/-])(?<!\d[ ])\d{3}[ ]\d{2}[ ]\d{4}(?![ ]?\d)(?![\w/-]|\.\d)")
#: a device's own code right after its noun ("hub HUB-K2WQZ7", "transmitter TX-8812AB", "pump
#: #PX4Q2M"): upper-case letters and digits, one group or more; a device's serial is an identifier.
#: A code that opens with its noun ("hub HUB-QWXZRT") may be letters only
_DEVICE_CODE = _rx(
    r"(?i:\b(?P<noun>hub|gateway|device|monitor|pump|sensor|transmitter|receiver|glucometer|"
    r"meter|cuff|scale|tablet|modem|router|tracker|pendant|implant|pacemaker|defibrillator|"
    r"controller|headset|handset|watch)s?)"
    r"[ \t]*(?:#|(?i:no\.?|id|sn|serial)[ \t]*[:#]?)?[ \t]*"
    r"(?P<v>[A-Z0-9]+(?:-[A-Z0-9]+)*)(?![\w-])"
)
_UPPER_ID = _rx(r"(?<![\w.,/-])[A-Z][A-Z0-9]{5,24}(?![\w-])")


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def find_english_fields(text: str) -> list[PhiSpan]:
    """Facility and employer fields, saints, street forms and identifier shapes of a note.

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    add: Callable[[PhiSpan], None] = out.append
    for m in _FACILITY_FIELD.finditer(text):
        value = m.group("v").rstrip(" .")
        if value.lower() in _NO_EMPLOYER:
            continue  # "Employer: Retired"
        if verb := _VALUE_VERB.search(value):
            value = value[: verb.start()]
        if value and not value.isdigit():
            end = m.start("v") + len(value)
            if end == m.end("v") and (store := _STORE_NUMBER.match(text, end)):
                end = store.end()
            add(PhiSpan(m.start("v"), end, "hospital"))
    if "\t" in text:
        for m in _FACILITY_CELL.finditer(text):
            if not all(w.lower().strip(".#") in _CELL_HEADS for w in m.group("v").split()):
                add(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    for m in _ADDRESS_FIELD.finditer(text):
        if any(c.isdigit() for c in m.group("v")) or m.group("v")[:1].isupper():
            add(PhiSpan(m.start("v"), m.end("v"), "address"))
    for m in _NICKNAME.finditer(text):
        add(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _OCCUPATION_FIELD.finditer(text):
        for org in _ORG_IN_FIELD.finditer(text, m.start("line"), m.end("line")):
            add(PhiSpan(org.start("v"), org.end("v"), "workplace"))
    for m in (*_JOB_AT.finditer(text), *_AT_WORK.finditer(text)):
        add(PhiSpan(m.start("v"), m.end("v"), "workplace"))
    for m in _PRACTICE.finditer(text):
        start, names = m.start(), 0
        while names < 3 and (w := _WORD_BEFORE.search(text, max(0, start - 40), start)):
            word = w.group(1)
            if word in ("and", "&", "of"):
                if names == 0 and start != m.start():
                    break
                start = w.start()
                continue
            if word.lower().strip(".,") in _DEPARTMENT_WORDS:
                break
            start, names = w.start(), names + 1
        while text[start : m.start()].split()[:1] in (["and"], ["&"], ["of"]):
            start = start + len(text[start : m.start()].split()[0]) + 1
        if names:
            add(PhiSpan(start, m.end(), "hospital"))
    for m in _THERAPY_PRACTICE.finditer(text):
        if m.group("own").lower() not in SERVICE_WORDS:
            add(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    for rx, category in (
        (_SAINT, "hospital"),
        (_DEVOTION, "hospital"),
        (_RURAL, "address"),
        (_ROAD_FIRST, "address"),
        (_STREET_BEFORE_CITY, "address"),
        (_CA_POSTCODE, "geo"),
    ):
        for m in rx.finditer(text):
            add(PhiSpan(m.start(), m.end(), category))
    for m in _SPACED_DIGITS.finditer(text):
        if _digits(m.group("v")) >= 6:
            add(PhiSpan(m.start("v"), m.end("v"), "other_id"))
    for m in _LICENCE_VALUE.finditer(text):
        if _digits(m.group("v")) >= 4:
            add(PhiSpan(m.start("v"), m.end("v"), "licence"))
    for m in _CREDENTIAL_NUMBER.finditer(text):
        add(PhiSpan(m.start("v"), m.end("v"), "licence"))
    for m in _EMPLOYER_FIELD.finditer(text):
        value = m.group("v").rstrip(" .")
        if value.lower() in _NO_EMPLOYER:
            continue  # "Employer: Retired"
        if verb := _VALUE_VERB.search(value):
            value = value[: verb.start()]
        add(PhiSpan(m.start("v"), m.start("v") + len(value), "workplace"))
    lines: set[tuple[int, int]] = set()
    for word in _VEHICLE_WORD.finditer(text):
        end = text.find("\n", word.end())
        lines.add((text.rfind("\n", 0, word.start()) + 1, len(text) if end < 0 else end))
    cues = [cue.end() for cue in _PLATE_CUE.finditer(text)]
    for start, end in sorted(lines):
        for m in _BARE_PLATE.finditer(text, start, end):
            if m.group("v")[:3] not in _NOT_PLATES and not _AMOUNT_AFTER.match(text, m.end()):
                add(PhiSpan(m.start("v"), m.end("v"), "vehicle"))  # not "IVF 1000 mL"
        for m in _BARE_VIN.finditer(text, start, end):
            add(PhiSpan(m.start(), m.end(), "vehicle"))
        # on a vehicle's line, "license" alone is the plate's cue ("Ford F-150, license MN 4GHX12")
        cues = [*cues, *(c.end() for c in _VEHICLE_LICENCE.finditer(text, start, end))]
    for at in sorted(set(cues)):
        end = text.find("\n", at, at + 40)
        for m in _PLATE_NEAR.finditer(text, at, end if end >= 0 else at + 40):
            token = m.group()
            if _LEVEL.match(token):
                continue  # "anterior plate, C5-C6": a spinal level or an ECG lead, no plate
            if any(c.isdigit() for c in token) and any(c.isalpha() for c in token) and len(token) >= 4:
                add(PhiSpan(m.start(), m.end(), "vehicle"))
                break
    for m in _NO_PREFIX.finditer(text):
        if _digits(m.group("v")) >= 4:
            add(PhiSpan(m.start("v"), m.end("v"), "other_id"))
    for m in _SPACED_SSN.finditer(text):
        if m.group()[:3] not in ("000", "666") and not m.group().startswith("9"):
            add(PhiSpan(m.start(), m.end(), "ssn"))
    for m in _DEVICE_CODE.finditer(text):
        code = m.group("v").replace("-", "")
        echo = m.group("v").lower().startswith(m.group("noun").lower() + "-")
        if (
            len(code) >= 6
            and (_digits(code) or echo)
            and sum(c.isalpha() for c in code) >= 2
            and not code[0].isdigit()
        ):
            add(PhiSpan(m.start("v"), m.end("v"), "device"))
    for m in _UPPER_ID.finditer(text):
        if _digits(m.group()) >= 4:
            add(PhiSpan(m.start(), m.end(), "other_id"))
    return out
