"""Recognisers of the identifiers HIPAA's Safe Harbor lists, in English notes.

Each recogniser is a pattern for one kind of identifier, written for the forms clinical notes
use (not for one corpus): dates in every common form, ages over 89, telephone and fax numbers,
e-mail and web addresses, IP addresses, social security numbers, labelled identifiers (record,
account, plan, licence, device, vehicle, passport numbers), any other long identifier-like
token, street addresses, cities with their state, postcodes, hospitals and clinics, employers.
Names and places that are written as plain words are left to
:mod:`medenclave_deid.core.text.english_names`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.dates import DATE_PATTERN, partial_dates
from medenclave_deid.core.text.english_age_fields import find_age_fields
from medenclave_deid.core.text.english_ages import find_ages
from medenclave_deid.core.text.english_codes import find_codes, is_coded_term, item_codes
from medenclave_deid.core.text.english_date_ranges import find_date_ranges
from medenclave_deid.core.text.english_exposures import find_exposure_employers
from medenclave_deid.core.text.english_fields import SERVICE_WORDS, find_english_fields
from medenclave_deid.core.text.english_geo import find_english_geo
from medenclave_deid.core.text.english_messages import find_message_forms
from medenclave_deid.core.text.english_name_forms import find_name_forms
from medenclave_deid.core.text.english_person_frames import find_person_frames
from medenclave_deid.core.text.english_person_lines import find_person_lines
from medenclave_deid.core.text.english_places import find_english_places, places_beside_facilities
from medenclave_deid.core.text.english_practices import find_practices
from medenclave_deid.core.text.english_records import find_record_forms
from medenclave_deid.core.text.english_shorthand import find_shorthand_names
from medenclave_deid.core.text.english_signoffs import find_signoffs_and_name_parts
from medenclave_deid.core.text.english_table_columns import find_table_people
from medenclave_deid.core.text.english_vehicles import find_vehicle_numbers
from medenclave_deid.core.text.english_words import CLINICAL_HEADS, NEVER
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.network_addresses import find_network_addresses
from medenclave_deid.core.text.payment_numbers import find_payment_numbers
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["STREET_SUFFIXES", "US_STATE_NAMES", "find_english_phi"]


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    """ASCII word boundaries: a name or number right next to Chinese text still has a boundary."""
    return re.compile(pattern, flags | re.ASCII)


#: The USPS street suffixes (Publication 28, C1) and their usual abbreviations.
STREET_SUFFIXES = tuple("""
Alley Aly Annex Anx Arcade Arc Avenue Ave Av Bayou Byu Beach Bch Bend Bnd Bluff Blf Bluffs Blfs
Bottom Btm Boulevard Blvd Branch Br Bridge Brg Brook Brk Brooks Brks Burg Bg Burgs Bgs Bypass
Byp Camp Cp Canyon Cyn Cape Cpe Causeway Cswy Center Ctr Centers Ctrs Circle Cir Circles Cirs
Cliff Clf Cliffs Clfs Club Clb Common Cmn Commons Cmns Corner Cor Corners Cors Course Crse Court
Ct Courts Cts Cove Cv Coves Cvs Creek Crk Crescent Cres Crest Crst Crossing Xing Crossroad Xrd
Crossroads Xrds Curve Curv Dale Dl Dam Dm Divide Dv Drive Dr Drives Drs Estate Est Estates Ests
Expressway Expy Extension Ext Extensions Exts Fall Falls Fls Ferry Fry Field Fld Fields Flds
Flat Flt Flats Flts Ford Frd Fords Frds Forest Frst Forge Frg Forges Frgs Fork Frk Forks Frks
Fort Ft Freeway Fwy Garden Gdn Gardens Gdns Gateway Gtwy Glen Gln Glens Glns Green Grn Greens
Grns Grove Grv Groves Grvs Harbor Hbr Harbors Hbrs Haven Hvn Heights Hts Highway Hwy Hill Hl
Hills Hls Hollow Holw Inlet Inlt Island Is Islands Iss Isle Junction Jct Junctions Jcts Key Ky
Keys Kys Knoll Knl Knolls Knls Lake Lk Lakes Lks Land Landing Lndg Lane Ln Light Lgt Lights Lgts
Loaf Lf Lock Lck Locks Lcks Lodge Ldg Loop Mall Manor Mnr Manors Mnrs Meadow Mdw Meadows Mdws
Mews Mill Ml Mills Mls Mission Msn Motorway Mtwy Mount Mt Mountain Mtn Mountains Mtns Neck Nck
Orchard Orch Oval Overpass Opas Park Parks Parkway Pkwy Parkways Pass Passage Psge Path Pike
Pine Pne Pines Pnes Place Pl Plain Pln Plains Plns Plaza Plz Point Pt Points Pts Port Prt Ports
Prts Prairie Pr Radial Radl Ramp Ranch Rnch Rapid Rpd Rapids Rpds Rest Rst Ridge Rdg Ridges Rdgs
River Riv Road Rd Roads Rds Route Rte Row Rue Run Shoal Shl Shoals Shls Shore Shr Shores Shrs
Skyway Skwy Spring Spg Springs Spgs Spur Spurs Square Sq Squares Sqs Station Sta Stravenue Stra
Stream Strm Street St Streets Sts Summit Smt Terrace Ter Throughway Trwy Trace Trce Track Trak
Trafficway Trfy Trail Trl Trailer Trlr Tunnel Tunl Turnpike Tpke Underpass Upas Union Un Unions
Uns Valley Vly Valleys Vlys Viaduct Via Vista Vis View Vw Views Vws Village Vlg Villages Vlgs
Ville Vl Walk Walks Wall Way Ways Well Wl Wells Wls
""".split())

US_STATE_NAMES = tuple("""
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii
Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
""".split()) + ("New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
                "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia",
                "District of Columbia", "Puerto Rico")
_STATE_CODES = """
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY
NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP AA AE AP PW MH FM
""".split()
_STATE = "(?:" + "|".join(sorted([*US_STATE_NAMES, *_STATE_CODES], key=lambda w: (-len(w), w))) + ")"
_CAPW = r"[A-Z][a-zA-Z'.-]*"
_SUFFIX = "(?:" + "|".join(sorted(STREET_SUFFIXES, key=lambda w: (-len(w), w))) + r")\.?"
_UNIT = r"(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Rm|Room|Fl|Floor|Bldg|Building|#)\.?\s*#?\s*[\w-]+)"
#: a ZIP code, not an amount ("Insulin IN 10000 units")
_ZIP = r"\d{5}(?:-\d{4})?(?![ \t]*(?:units?|u|mg|mcg|ml|mL|IU|cells|copies)\b)"

#: a house number is no date's tail ("11/17/24  Lakes Health"), and a street's name does not
#: run across a line's end nor a column's gap ("SBP 80   Mercy Medical Center": a cell, a hospital)
_STREET = _rx(
    rf"(?<![\w/.-])(?:(?<![A-Za-z] )\d{{1,6}}[A-Za-z]?  |\d{{1,6}}[A-Za-z]?[ \t])(?![ \t])(?:[NSEW]\.?[ \t]+|"
    rf"(?:North|South|East|West)[ \t]+)?(?:(?:\d{{1,3}}(?:st|nd|rd|th)|{_CAPW})[ \t]+){{1,4}}"
    rf"{_SUFFIX}(?!\w)(?:[ \t]+(?:[NSEW]|NE|NW|SE|SW)\b\.?)?{_UNIT}?")
#: "925 Avenue of the Americas": the street's name after its suffix
_AVENUE_OF = _rx(rf"(?<![\w-])\d{{1,6}}\s+(?:Avenue|Ave\.?|Boulevard|Blvd\.?|Street|Road)\s+of\s+the\s+"
                 rf"{_CAPW}(?:\s+{_CAPW})?{_UNIT}?")
_PO_BOX = _rx(r"\b(?:P\.?\s?O\.?\s*Box|Post Office Box|PO Box)\s*#?\s*\d{1,6}\b", re.IGNORECASE)
_TITLEW = r"[A-Z][a-z][a-zA-Z'.-]*"
#: state codes that are also credentials or clinical abbreviations (MD, PA, OR, CT, MA …):
#: taken for a state only with a ZIP code after them
_AMBIGUOUS_STATES = ("MD", "PA", "OR", "IN", "ME", "OK", "DE", "LA", "CO", "MA", "MS", "CT", "SC",
                     "NE", "HI", "AL", "ID", "GA", "VA", "DC", "PR", "MO", "NP", "RN",
                     # and the clinical abbreviations: myocardial infarction, ventricular
                     # tachycardia, aortic stenosis/regurgitation, nasal cannula, cancer …
                     "MI", "VT", "AS", "AR", "NC", "CA", "SD", "GU", "NM", "AE", "AP", "MP", "UT",
                     "ND", "NV", "AK", "VI", "TN",
                     # the freely associated states: pulsed wave, mental health, FM radio
                     "PW", "MH", "FM")
_CLEAR_STATE = "(?:" + "|".join(sorted([*US_STATE_NAMES, *(c for c in _STATE_CODES
                                                           if c not in _AMBIGUOUS_STATES)],
                                       key=lambda w: (-len(w), w))) + ")"
_CITY_STATE = _rx(
    rf"(?P<city>{_TITLEW}(?:[ \t]+{_TITLEW}){{0,3}})(?:,\s*(?:(?P<state>{_CLEAR_STATE})(?![A-Za-z])"
    rf"(?:,?\s+(?P<zip>{_ZIP}))?|(?P<state3>{_STATE}),?\s+(?P<zip3>{_ZIP})\b)"
    rf"|\s+(?P<state2>{_STATE})\s+(?P<zip2>{_ZIP})\b)")
_ZIP_AFTER_STATE = _rx(rf"\b{_STATE}\s+(?P<zip>{_ZIP})\b")
_ZIP_CUE = _rx(rf"\b(?:zip(?:\s*code)?|postal\s+code|postcode)\s*[:#]?\s*(?P<v>{_ZIP})\b",
               re.IGNORECASE)
_COUNTY = _rx(rf"\b(?P<v>{_CAPW}(?:\s+{_CAPW})?\s+(?:County|Parish|Borough|Township))\b")

_PHONE = _rx(
    r"(?<![\w/.-])(?:(?:\+|00)\d{1,3}[\s.-]?|1[\s.-])?(?:\(\d{2,4}\)\s?|\d{3}[\s.-]|\d{3}/(?=\d{3}[.-]))\d{3}[\s.-]?\d{4}"
    r"(?:\s?(?:x|ext\.?|extension)\s?\d{1,6})?(?![\w-])", re.IGNORECASE)
_PHONE_PLAIN = _rx(r"(?<![\w/.-])(?:\+?1)?\d{10}(?:x\d{1,6})?(?![\w-])")
_PHONE_INTL = _rx(r"(?<![\w/.-])\+\d{1,3}(?:(?:[^\S\n]|[.-])\d{1,5}){2,5}(?![\w-])")  # not over a line's end
_FAX_CUE = _rx(r"\bfax\b[^\n\d]{0,14}$", re.IGNORECASE)
_EMAIL = _rx(r"\b[A-Za-z0-9À-ÖØ-öø-ÿĀ-ž._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
#: a URL ends before Chinese text or full-width punctuation (…/room/AbC）：建议…)
_URL = _rx(r"\b(?:(?:https?|ftp)://|www\.)[^\s<>\"'),\]|\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+"
           r"[^\s<>\"').,;:\]|\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
           r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|io|info|biz|health|med)"
           r"(?:/[^\s<>\"'),\]|\u3000-\uffef]*[^\s<>\"').,;:\]|\u3000-\uffef])?\b", re.IGNORECASE)
_IPV4 = _rx(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?!\.?\d)")
#: full (eight groups) or compressed with "::"; a clock time (14:30:00) is neither
_IPV6 = _rx(r"(?<![:0-9A-Za-z])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,6}:"
            r"(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?|::[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})"
            r"(?![:0-9A-Za-z])")
#: also in dotted groups ("123.45.6789"), a form no date or version number takes
_SSN = _rx(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])|(?<![\d.])\d{3}\.\d{2}\.\d{4}(?!\d|\.\d)")
_SSN_CUE = _rx(r"\b(?:SSN|SS#|social\s+security(?:\s+(?:number|no\.?|#))?)\s*[:#]?\s*"
               r"(?P<v>\d{9}|\d{3}[ .-]\d{2}[ .-]\d{4})\b", re.IGNORECASE)
_ID_VALUE = r"(?P<v>[A-Za-z0-9][A-Za-z0-9./-]{2,}[A-Za-z0-9])"
_LABELLED = [
    ("mrn", r"MRN|MR#|medical\s+record(?:\s+(?:number|no\.?|#))?|record\s+(?:number|no\.?|#)|"
            r"hospital\s+(?:number|no\.?)|chart(?:\s+(?:number|no\.?|#))?|patient\s+(?:id|number)|"
            r"pt\s+id|encounter(?:\s+(?:number|no\.?|#|id))?|visit(?:\s+(?:number|no\.?|#|id))"),
    ("accession", r"accession(?:\s+(?:number|no\.?|#))?|acc(?:ession)?\.?\s*#|study\s+(?:id|number)|"
                  r"order(?:\s+(?:number|no\.?|#|id))|requisition(?:\s+(?:number|no\.?|#))?"),
    ("account", r"account(?:\s+(?:number|no\.?|#))?|acct\.?(?:\s*(?:no\.?|#))?|"
                r"billing(?:\s+(?:number|no\.?|#|id))?|invoice(?:\s+(?:number|no\.?|#))?|claim(?:\s+(?:number|no\.?|#|id))?|"
                r"HAR|CSN|txn|transaction(?:\s+(?:number|no\.?|#|id))?|receipt(?:\s+(?:number|no\.?|#))?|"
                r"refund(?:\s+(?:number|no\.?|#|id))?"),
    ("health_plan", r"health\s+plan(?:\s+(?:number|no\.?|id|#))?|member(?:\s+(?:id|number|no\.?|#))|"
                    r"insurance(?:\s+(?:id|number|no\.?|#))?|policy(?:\s+(?:number|no\.?|#|id))?|"
                    r"beneficiary(?:\s+(?:number|id|no\.?))?|subscriber(?:\s+(?:id|number))?|"
                    r"group(?:\s+(?:number|no\.?|#))|grp\.?(?:\s*(?:no\.?|#))?|medicare(?:\s+(?:number|id|#))?|"
                    r"medicaid(?:\s+(?:number|id|#))?|MBI|HICN"),
    ("licence", r"licen[cs]e(?:\s+(?:number|no\.?|#))?|C?DL\s*#|CDL(?:\s+(?:number|no\.?))?|"
                r"DEA(?:\s+(?:number|no\.?|#))?|NPI|"
                r"CDS|CLIA|CAQH(?:\s+ID)?|(?:state\s+)?bar\s*(?:number|no\.?|#)|"
                r"certificate(?:\s+(?:number|no\.?|#))?|board\s+certification|UPIN|state\s+licen[cs]e"),
    ("device", r"serial(?:\s+(?:number|no\.?|#))?|S/N|SN|device(?:\s+(?:id|identifier|number|no\.?|#))|"
               r"UDI|implant(?:\s+(?:id|serial|number))|model(?:\s+(?:number|no\.?|#))|lot(?:\s+(?:number|no\.?|#))"),
    ("vehicle", r"VIN|vehicle\s+identification(?:\s+number)?|licen[cs]e\s+plates?(?:\s+(?:number|no\.?))?|"
                r"plates?(?:\s+(?:number|no\.?|#))?|(?:licen[cs]e\s+)?tags?(?:\s+(?:number|no\.?|#))?|"
                r"registration(?:\s+(?:number|no\.?|#))?|reg\.?\s*(?:no\.?|#)"),
    ("passport", r"passport(?:\s+(?:number|no\.?|#))?"),
    # "DL" after a slash or a number is the unit decilitre ("212 mg/dL 70-99": a reference range)
    ("other_id", r"(?:consent|study|trial|subject|participant|case|specimen|sample|badge|employee|"
                 r"driver'?s?\s+licen[cs]e|(?<![/\d])(?<!\d\s)DL|ID)\s*(?:number|no\.?|#|id)?"),
]
#: a licence plate may be written in two groups (``ABC 1234``, ``7-XYZ-123``); a VIN has 17 characters
_PLATE_VALUE = r"(?P<v>(?-i:[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,5}){1,2}|[A-Z0-9]{4,8}|[A-Z\d]{17}))(?![\w-])"
#: any other numbered thing with a label: "Randomization #: 9292-38", "Locker No. A-1127"
_NUMBERED = _rx(r"\b[A-Z][A-Za-z]+(?:[ \t][A-Za-z]+)?[ \t]*(?:#|No\.|Number|ID)[ \t]*[:：]?[ \t]*"
                r"(?P<v>[A-Za-z0-9]*\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?![\w-])")
_LABELLED_RE = [(cat, _rx(rf"\b(?:{cue})(?!(?<=[A-Za-z])[A-Za-z]+\b)\s*(?:is|was|of)?\s*[:#=]?\s*"
                          rf"{_PLATE_VALUE if cat == 'vehicle' else _ID_VALUE}", re.IGNORECASE))
                for cat, cue in _LABELLED]
#: any other identifier-like token: letters and at least 4 digits, or 6+ digits (not a measurement)
_ID_TOKEN = _rx(r"(?<![\w.,/-])(?!0x[\dA-F]{4}\b)(?=[A-Za-z0-9-]*\d)(?:[A-Za-z]{1,4}[-#]){0,2}"
                r"(?:[A-Za-z]{1,4}[-#]?)?\d[\dA-Za-z]*(?:-[\dA-Za-z]+)*(?![\w-])")  # no hex tag: 0x0010
_UNIT_AFTER = _rx(r"\s*(?:%|mg|mcg|ug|g|kg|lb|lbs|ml|mL|l|L|dl|dL|cc|mm|cm|m|in|mmhg|mmHg|bpm|/min|"
                  r"units?|u|IU|mEq|mmol|umol|µmol|ng|pg|x|times|hrs?|hours?|min|days?|weeks?|kcal|kJ|"
                  r"months?|years?|cells|/uL|/µL|/mm3|k/uL|K|mg/dL|g/dL|copies|IU/mL)\b", re.IGNORECASE)
_WATER_PRESSURE = _rx(r"\d+(?:[.-]\d+)*(?:mm|cm)?H2O", re.IGNORECASE)  # 280mmH2O: the unit holds a digit
_COUNT_BEFORE = _rx(r"(?i:\b(?:plt|platelets?|platelet\s+count|viral\s+load|rna|dna|copies|"
                    r"cd4(?:\s+count)?|anc|wbc|count|titer|titre)\s*[:=]?\s*[<>]?\s*)$")
_CLINICAL_CODE = _rx(r"(?:BI-?RADS|LI-?RADS|PI-?RADS|Lung-?RADS|TI-?RADS|[TNM]\d[a-c]?[NM]\d|"
                     r"[CTLS]\d{1,2}(?:-[CTLS]?\d{1,2})?|G\d+P\d+|ICD-?\d+|CPT|HbA1c|SpO2|FiO2|"
                     r"PaO2|PaCO2|COVID-19|SARS-CoV-2|HER2|BRCA\d|EGFR|T\d+N\d+M\d+)$", re.IGNORECASE)

_HOSPITAL_WORDS = (r"Hospital|Hospitals|Medical\s+Center|Medical\s+Centre|Health\s+Center|"
                   r"Health\s+Centre|Clinic|Clinics|Infirmary|Health\s+System|Health\s+Systems|"
                   r"Healthcare|Health\s+Care|Medical\s+Group|Cancer\s+Center|Cancer\s+Institute|"
                   r"Heart\s+Institute|Children's|Rehabilitation\s+(?:Center|Hospital)|Nursing\s+Home|"
                   r"Hospice|Surgery\s+Center|Surgical\s+Center|Urgent\s+Care|Imaging\s+Center|"
                   r"Dialysis\s+Center|Care\s+Center|Physicians|Medical\s+Associates|Health|"
                   r"Associates|Specialists|Consultants|Practice|Institute|Medicine|"
                   r"Senior[ \t]+Living|Assisted[ \t]+Living|Primary[ \t]+Care|Gardens|Manor|"
                   r"Residence|Village|Commons|Care[ \t]+Home|Rehab|Rehabilitation|Hospice[ \t]+House|"
                   r"Memorial|Sanatorium|Polyclinic|Pharmacy|Laboratories|Labs|Regional|"
                   r"Medical[ \t]+Ctr|Med[ \t]+Ctr|Ctr|Fire[ \t]+Rescue|Rescue|Ambulance|EMS|"
                   r"Fire[ \t]+Department|Fire[ \t]+District")
_HOSPITAL = _rx(rf"(?:(?:St\.?|Saint|Mount|Mt\.?)[ \t]+)?"
                rf"(?:{_CAPW} (?:(?:of|and|&)[ \t]+(?:the[ \t]+)?)?){{1,5}}"
                rf"(?:{_HOSPITAL_WORDS})(?:[ \t]+(?:of|at)[ \t]+{_CAPW}(?: {_CAPW}){{0,2}})?(?![a-z])")
#: a facility named "The Gardens at Nashville", "Sunrise Senior Living of Buffalo"
_FACILITY_AT = _rx(rf"\b(?:The[ \t]+)?(?:{_CAPW}[ \t]+){{0,3}}(?:Gardens|Manor|Village|Commons|Terrace|"
                   rf"Pointe|Residence|Living|Care|Home|House)[ \t]+(?:at|of)[ \t]+"
                   rf"{_CAPW}(?: {_CAPW}){{0,2}}")
#: a street named without its number: "a lot off Harbor Blvd", "on Main St"
_BARE_STREET = _rx(rf"\b(?:on|off|at|near|along|down|up|onto|to|from|of|corner\s+of|and|&)[ \t]+"
                   rf"(?P<v>(?:[NSEW]\.?[ \t]+)?(?:(?:{_TITLEW}|\d{{1,3}}(?:st|nd|rd|th))[ \t]+){{1,3}}"
                   rf"(?:Street|St|Avenue|Ave|"
                   rf"Boulevard|Blvd|Road|Rd|Lane|Ln|Drive|Parkway|Pkwy|Highway|Hwy|Court|Ct|Place|"
                   rf"Terrace|Circle|Square|Way|Pike|Turnpike)\b\.?)")
_HOSPITAL_OF = _rx(rf"\b(?:University|Hospital|Clinic|Institute)[ \t]+of[ \t]+"
                   rf"{_CAPW}(?: {_CAPW}){{0,3}}")  # a tab or a wide gap ends the town: a cell's end
# one space between its words: a form's wide gap and a label ("Ava Lind   School:") end it
_ORG_SUFFIX = _rx(rf"\b(?:{_CAPW}[ \t]){{1,4}}(?:Inc|LLC|Ltd|Corp|Corporation|Company|Co(?!-(?!op\b)[a-z])|"
                  rf"Group|Partners|Industries|Enterprises|Foundation|Bank|University|College|School|"
                  rf"Academy|Elementary|High\s+School|Church|Factory|Mills|Logistics|Solutions|"
                  rf"Services|Systems|Technologies|Consulting|Manufacturing|Construction|Motors|"
                  rf"Foods|Farms|Airlines|Department\s+Store|PLC|LLP|Fabrication|Transportation|"
                  rf"Distribution|Productions?|Automation|Innovations?|Association|Federation|"
                  rf"Installation|Excavation|Insulation|Sanitation|Aviation|Trucking|Roofing|Paving|"
                  rf"Plumbing|Landscaping|Builders|Contractors|Freight|Shipping|Warehouse|Markets?|"
                  rf"Restaurant|Grill|Bakery|Cafe|Diner|Salon|Auto\s+Body|Hardware|Supply|"
                  rf"(?:and|&)\s+Sons)\b\.?")
_EMPLOYER_CUE = _rx(rf"(?i:\b(?:(?:works?|worked|working|employed|volunteers?|volunteered|drives|drove|"
                    rf"driving|delivers|delivered|teaches|taught|contracts|cleans|cooks)"
                    rf"(?:\s+[\w'-]+){{0,6}}?\s+(?:at|for|with|by)|(?:job|position|internship|shift|career)\s+(?:at|with)|"
                    rf"employed\s+(?:at|by)|employer(?:\s*:|(?=[ \t]))|retired(?:\s+[a-z]+){{0,2}}\s+from|"
                    rf"(?:teacher|nurse|engineer|clerk|manager|driver|mechanic|accountant|technician|worker|cashier|chef|cook)\s+at|"
                    rf"works\s+as\s+an?\s+\w+(?:\s+\w+)?\s+(?:at|for)))\s+(?:the\s+)?"
                    rf"(?P<v>{_CAPW}(?:[ \t]+(?:&[ \t]+|and[ \t]+|of[ \t]+)?{_CAPW}){{0,4}})")

#: the town after a street line: ", Tunica" at the end of the line or before a state or a ZIP
_CITY_AFTER_STREET = _rx(rf",[ \t]*(?P<v>{_TITLEW}(?:[ \t]+{_TITLEW}){{0,2}})"
                         rf"(?=[ \t]*(?:$|\n|[,;]|\.(?:\s|$)|[ \t]+{_STATE}\b|[ \t]+\d{{5}}))"
                         rf"(?:,?[ \t]+(?P<st>(?-i:[A-Z]{{2}}))(?![\w-]))?", re.M)
#: an insurance group number: "Group 77120", "Group: 0044812-01"
_GROUP = _rx(r"\bgroup[ \t]*(?:#|no\.?|number|id)?[ \t]*[:#]?[ \t]*(?P<v>[A-Z0-9-]*\d{4,}[A-Z0-9-]*)"
             r"(?![\w-])", re.IGNORECASE)

_FINDERS: list[tuple[str, re.Pattern, str | None]] = [
    ("email", _EMAIL, None), ("url", _URL, None), ("ip", _IPV4, None), ("ssn", _SSN, None),
    ("ssn", _SSN_CUE, "v"), ("address", _STREET, None), ("address", _AVENUE_OF, None),
    ("address", _PO_BOX, None),
    ("geo", _ZIP_AFTER_STATE, "zip"), ("geo", _ZIP_CUE, "v"), ("geo", _COUNTY, "v"),
    ("hospital", _HOSPITAL, None), ("hospital", _HOSPITAL_OF, None),
    ("hospital", _FACILITY_AT, None), ("address", _BARE_STREET, "v"),
    ("workplace", _ORG_SUFFIX, None), ("workplace", _EMPLOYER_CUE, "v"),
]


def find_english_phi(text: str) -> list[PhiSpan]:
    """Candidate identifier spans in an English note ``text`` (overlaps not yet resolved)."""
    out: list[PhiSpan] = []
    add = out.append
    for m in DATE_PATTERN.finditer(text):
        add(PhiSpan(m.start(), m.end(), "date"))
    for start, end in partial_dates(text):
        add(PhiSpan(start, end, "date"))
    for category, rx, group in _FINDERS:
        for m in rx.finditer(text):
            if rx is _HOSPITAL and _generic_service(m.group()):
                continue  # "Cardiac Rehabilitation", "Internal Medicine": a service, not a place
            hit = _past_lead_words(m) if rx is _HOSPITAL else m
            if hit is None:
                continue  # "Dr. Ashworth. Labs drawn": a sentence's end, then a service word
            m = hit
            if rx is _ORG_SUFFIX and _EPONYM_AFTER.match(text, m.end()):
                continue  # "New York Heart Association class III": a society's classification
            if rx is _ORG_SUFFIX and _TITLE_BEFORE_LAST.search(m.group()):
                continue  # "Dr Church", "Mrs Bank": a title before the suffix word names a person
            if rx is _STREET and _CLINICAL_SUFFIX.search(m.group()) and _clinical_words(m.group()):
                continue  # "3 Vessel Bypass", "4 Chamber View": a number before a clinical term
            add(PhiSpan(m.start(group or 0), m.end(group or 0), category))
    for m in _IPV6.finditer(text):
        if any(c.isdigit() for c in m.group(0)):
            add(PhiSpan(m.start(), m.end(), "ip"))
    _phones(text, add)
    for cat, rx in _LABELLED_RE:
        for m in rx.finditer(text):
            if any(c.isdigit() for c in m["v"]) or (cat == "vehicle" and len(m["v"]) == 17):  # a VIN
                add(PhiSpan(m.start("v"), m.end("v"), cat))
    for m in _CITY_STATE.finditer(text):
        if _clinical_words(m.group("city")):
            continue  # "Pleural Effusion, GU normal": a finding before an abbreviation
        add(PhiSpan(m.start("city"), m.end("city"), "geo"))
        for group in ("state", "state2", "state3"):  # the state of an address goes with it
            if m.group(group):
                add(PhiSpan(m.start(group), m.end(group), "geo"))
        for group in ("zip", "zip2", "zip3"):
            if m.group(group):
                add(PhiSpan(m.start(group), m.end(group), "geo"))
    for m in _GROUP.finditer(text):
        add(PhiSpan(m.start("v"), m.end("v"), "health_plan"))
    for m in _NUMBERED.finditer(text):
        if sum(c.isdigit() for c in m.group("v")) >= 3:
            add(PhiSpan(m.start("v"), m.end("v"), "other_id"))
    _id_tokens(text, add)
    out.extend(find_payment_numbers(text))  # cards, IBANs, grouped accounts, processors' ids
    out.extend(find_codes(text))
    out.extend(find_ages(text))
    out.extend(find_age_fields(text))  # "Age at onset 91", "93 YOF", "Mother (94)"
    out.extend(find_network_addresses(text))  # padded quads, 。 separators, ::ffff:1.2.3.4
    out.extend(find_english_fields(text))
    out.extend(find_vehicle_numbers(text))
    out.extend(find_english_geo(text))
    out.extend(find_english_places(text))
    out.extend(places_beside_facilities(text, out))
    out.extend(find_record_forms(text))
    out.extend(find_name_forms(text))
    out.extend(find_message_forms(text))
    out.extend(find_signoffs_and_name_parts(text))
    out.extend(find_table_people(text))
    out.extend(find_person_frames(text))
    out.extend(find_person_lines(text))
    out.extend(find_shorthand_names(text))
    out.extend(find_practices(text))
    out.extend(find_exposure_employers(text))
    out.extend(find_date_ranges(text))
    for span in [s for s in out if s.category == "address"]:
        town = _CITY_AFTER_STREET.match(text, span.end)
        if town:  # "4410 Hwy 61 S, Tunica": the town after a street line, and its state
            add(PhiSpan(town.start("v"), town.end("v"), "geo"))
            if town.group("st") in _STATE_CODES:
                add(PhiSpan(town.start("st"), town.end("st"), "geo"))
    return out


_TITLE_BEFORE_LAST = _rx(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]+\w+\.?$")
#: what a society's or a clinic's name is before when it names a classification or a rule
_EPONYM_AFTER = _rx(r"[ \t]+(?:functional[ \t]+)?(?:class(?:ification)?|criteria|guidelines?|score|"
                    r"stag(?:e|ing)|scale|protocol|grade|risk[ \t]+score)\b", re.IGNORECASE)


#: street suffixes that are also words of clinical English
_CLINICAL_SUFFIX = _rx(r"\b(?:Bypass|Byp|View|Views|Loop|Pass|Path|Point|Track|Junction|Station|Ring|"
                       r"Center|Field)\.?$")


def _clinical_words(value: str) -> bool:
    """Whether a word of ``value`` is a head noun or a listed word of clinical English."""
    return any(w.lower() in CLINICAL_HEADS or w.lower() in CLINICAL_WORDS_EN
               for w in re.findall(r"[A-Za-z]{4,}", value))


#: words that open a sentence or a clause before a facility's name, never a word of it ("Called
#: Mercy Home Health", "To Valley Infusion Pharmacy", "Per Harmon Clinic")
_LEAD_WORDS = _rx(r"(?:(?:To|From|At|Per|Via|By|With|For|Called|Call|Seen|Sent|Faxed|Referred|Refer|"
                  r"Transferred|Admitted|Discharged|Spoke|Contacted|Notified|Paged|Attn|Re|Cc)[ \t]+)+")
#: a sentence's end inside a run of capitalised words ("Dr. Ashworth. Labs"): not a title's,
#: a saint's or an initial's period
_SENTENCE_END = _rx(r"\b(?!(?:St|Mt|Ft|Ste|Dr|Mr|Mrs|Ms)\.)[A-Za-z]{2,}\.[ \t]+")


def _past_lead_words(m: re.Match) -> re.Match | None:
    """A facility's match without the sentence or the opening words before its name, or None
    where no name is left before the facility word."""
    start = m.start()
    ends = list(_SENTENCE_END.finditer(m.group()))
    if ends:
        start += ends[-1].end()
    lead = _LEAD_WORDS.match(m.string, start)
    if lead:
        start = lead.end()
    if start == m.start():
        return m
    return _HOSPITAL.fullmatch(m.string, start, m.end())


def _generic_service(value: str) -> bool:
    """Every word before the facility word says what is done, none who or where."""
    words = re.findall(r"[A-Za-z']+", value)
    return len(words) >= 2 and all(w.lower() in SERVICE_WORDS or w.lower() in NEVER
                                   for w in words[:-1]) \
        and (words[-1].lower() in ("rehabilitation", "rehab", "medicine", "health", "practice",
                                   "care", "specialists", "consultants", "associates")
             or (words[-1].lower() in ("center", "centre")  # "Breast Imaging Center"
                 and all(w.lower() in SERVICE_WORDS and w.lower() not in _PLACE_LIKE for w in words[:-1])))


#: service words that also begin facilities' own names ("Community Medical Center")
_PLACE_LIKE = frozenset("medical community general family primary home women's children's".split())


def _phones(text: str, add: Callable[[PhiSpan], None]) -> None:
    for rx in (_PHONE, _PHONE_PLAIN, _PHONE_INTL):
        for m in rx.finditer(text):
            digits = sum(c.isdigit() for c in m.group(0))
            if digits < 10 and rx is not _PHONE:
                continue
            cat = "fax" if _FAX_CUE.search(text[max(0, m.start() - 26):m.start()]) else "phone"
            add(PhiSpan(m.start(), m.end(), cat))


#: units of one capital letter ("12 K", "2 L") that read as the next word's initial after a
#: number no measurement is written with
_ONE_LETTER_UNIT = _rx(r"\s*[A-Z]\b")


def _measured(text: str, end: int, token: str) -> bool:
    """Whether a unit follows the number: a long run of digits (seven or more) or a number in
    three dashed groups ("805-13-418") is no count of thousands or units before a one-letter
    word ("77864161 K 6.6" is a record number, then a potassium)."""
    unit = _UNIT_AFTER.match(text, end)
    if unit is None:
        return False
    long_run = sum(c.isdigit() for c in token) >= 7 or token.count("-") >= 2
    return not (long_run and _ONE_LETTER_UNIT.fullmatch(unit.group()))


def _id_tokens(text: str, add: Callable[[PhiSpan], None]) -> None:
    """Identifier-like tokens without a label: letters with 4+ digits, or 6+ digits in a row,
    unless a unit follows (a measurement) or it is a clinical code (T2N0M0, BI-RADS 4, CPT 99285)
    or a form's item number (M0040 Patient:)."""
    items = item_codes(text)
    for m in _ID_TOKEN.finditer(text):
        token = m.group(0)
        if m.start() in items or is_coded_term(text, m.start(), m.end()):
            continue
        digits = sum(c.isdigit() for c in token)
        letters = sum(c.isalpha() for c in token)
        if _CLINICAL_CODE.match(token):
            continue
        if letters == 0 and (digits < 6 or _measured(text, m.end(), token)
                             or _COUNT_BEFORE.search(text, max(0, m.start() - 20), m.start())):
            continue  # a count: "PLT 250000", "viral load 1200000"
        groups = token.split("-")
        if letters == 0 and len(groups) == 2 and all(len(g) <= 4 for g in groups):
            continue  # a range: "250-300", "1000-1500"
        if letters and digits < 4:
            continue
        number = token.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        if _WATER_PRESSURE.fullmatch(token) or (letters and _UNIT_AFTER.match(token, len(number))
                                                and re.fullmatch(r"\d+(?:[.-]\d+)*", number)):
            continue  # 500mg, 20mL, 120-130mmHg, 280mmH2O: a dose, a range, a pressure without a space
        add(PhiSpan(m.start(), m.end(), "other_id"))
