"""Identifier forms of record layouts the general English recognisers miss.

Each pattern is a *form* (how a layout writes a value), not a value:

* **upper-case address blocks**: ``4843 BIRCH HOLLOW TRL`` / ``ASPEN FALLS ,CO 81611`` (a printed
  face sheet writes the street and the town in capitals, sometimes with a space before the comma);
* **ages beside a name**: ``Pt: Jo Ames (93)``, ``patient - Jo Ames, 101, MRN …``;
* **licence numbers after ``lic``**: ``(PharmD, lic 12.345678)``;
* **compressed IPv6 addresses**: ``2001:db8:a1::7f``;
* **social security numbers after a cue with words between**: ``SSN on file: 123 45 6789``;
* **month/day dates after what is planned for a day**: ``disconnect 3/14``, ``d/c: 7/2``,
  ``nights -> days 9/1``;
* **a town named by its police or fire service**: ``Maple Grove PD``, ``City of Maple Grove``;
* **facilities named by a brand word alone or by a specialty pair**: ``at Mercy``,
  ``Alder Hearing & Balance``, ``Pine Bluff Veterans Home``, ``via Alder ED``.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_words import (
    CLINICAL_HEADS,
    CREDENTIAL_WORDS,
    LAB_ELEMENTS,
    LAB_VALUE,
    NEVER,
)
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import is_clinical_word

__all__ = [
    "drop_field_labels",
    "drop_identifier_labels",
    "drop_words_and_scores",
    "extend_facilities",
    "find_record_forms",
]

_SUFFIXES = """
ALY AVE AV AVENUE BLVD BOULEVARD BND BR BRG BYP CIR CIRCLE CT COURT CTR CV CRES CRK CRST DR DRIVE
EXPY EXT FWY GLN GRN GRV HTS HWY HIGHWAY HOLW JCT KNL LN LANE LNDG LOOP MNR MDW MDWS ML PASS PATH
PIKE PKWY PARKWAY PL PLACE PLZ PT RD ROAD RDG RUN SQ ST STREET TER TERRACE TRCE TRL TRAIL TPKE WAY
XING VW VLG
""".split()
_CODES = """
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY
NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR
""".split()
_ALT_SUFFIX = "|".join(sorted(_SUFFIXES, key=lambda w: (-len(w), w)))
_ALT_CODE = "|".join(_CODES)
#: a street in capitals: number, 1-4 words, a USPS suffix, a route number or a unit after it; one
#: space between its words ("83  F  GRN" is a table's age, sex and triage cells, no street)
_UPPER_STREET = re.compile(
    rf"(?<![\w-])\d{{1,6}}[ ]{{1,2}}(?:[NSEW]\.?[ ])?(?:[A-Z0-9][A-Z0-9'.-]*[ ]){{1,4}}"
    rf"(?:{_ALT_SUFFIX})(?:[ \t]+\d{{1,4}})?(?![\w-])"
    rf"(?:,?[ \t]*(?:APT|UNIT|STE|SUITE|LOT|RM|BLDG|#)\.?[ \t]*#?[ \t]*[A-Z0-9-]+)?",
    re.ASCII,
)
#: a town in capitals before its state and ZIP: ``ASPEN FALLS ,CO 81611``
_UPPER_TOWN = re.compile(
    rf"(?m:^|(?<=[|\t,]))[ \t]*(?P<v>[A-Z][A-Z'.-]+(?:[ ][A-Z][A-Z'.-]+){{0,2}})[ \t]*,[ \t]*"
    rf"(?P<st>{_ALT_CODE})[ \t]+\d{{5}}(?:-\d{{4}})?(?![\w-])",
    re.ASCII,
)
#: ``at our Riverbend clinic``: a place's name before a lower-case facility word, after a
#: possessive (``the Methadone clinic`` names what is given there)
_LOWER_FACILITY = re.compile(
    r"\b(?:our|their|your)[ \t]+(?P<v>[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2})"
    r"[ \t]+(?:clinic|hospital|medical[ \t]+center|health[ \t]+center|urgent[ \t]+care|nursing[ \t]+home|"
    r"rehab|surgery[ \t]+center|office|practice)\b"
)
_LICENCE = re.compile(
    r"(?i:\blic(?:\.|en[cs]e)?[ \t]*(?:no\.?|num(?:ber)?|#)?[ \t]*[:#]?[ \t]*)"
    r"(?P<v>[A-Z]{0,3}[ -]?\d[\d.-]{3,}\d)(?![\w-])",
    re.ASCII,
)
_HEX = r"[0-9A-Fa-f]{1,4}"
_IPV6_SHORT = re.compile(
    rf"(?<![:\w])(?:{_HEX}:){{1,6}}(?::{_HEX}){{1,6}}(?![:\w])"
    rf"|(?<![:\w])(?:{_HEX}:){{2,7}}:(?![:\w])",
    re.ASCII,
)
_SSN_WORDS = re.compile(
    r"(?i:\b(?:SSN|SS#|social(?:[ \t]+security)?(?:[ \t]+(?:number|no\.?|#))?)"
    r"(?:[ \t]+\(?[a-z/]+\)?){0,4}[ \t]*[:#=][ \t]*)"
    r"(?P<v>\d{3}[ .-]?\d{2}[ .-]?\d{4})(?![\w-])",
    re.ASCII,
)
_MONTH_DAY = (
    r"(?P<v>(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9]))"
    r"(?![/\d]|\.\d|[ \t]*(?i:mg|ml|tab|dose|strength|motor|power|bilat|apgar))"
)
_DAY_CUE = re.compile(
    rf"(?i:\b(?:d/c|disconnect(?:ed|ion)?|discharged?|due|until|thru|through|"
    rf"nights[ \t]*(?:->|to|→)[ \t]*days|days[ \t]*(?:->|to|→)[ \t]*nights|"
    rf"f/u|follow[ \t-]?up|dated|expected|expires?|planned|scheduled|removal|"
    rf"returns?|start(?:ed|s)?|stop(?:ped|s)?|last[ \t]+dose|last[ \t]+seen|seen|appt|appointment|"
    rf"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|weds|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
    rf"sat(?:urday)?|sun(?:day)?)\.?"
    rf"[ \t]*(?:on|by|date)?[ \t]*[:=,-]?[ \t]*~?){_MONTH_DAY}",
    re.ASCII,
)
_TOWN_WORD = r"[A-Z][a-z][a-z'-]+"
#: ``Maple Grove PD officer``, ``Maple Grove Police Department``
_POLICE = re.compile(
    rf"(?<![\w-])(?!(?:The|A|An|At|By|From|To|In|Per|Called|Local|State|County|Circumstances)\b)"
    rf"(?P<v>{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}})[ \t]+(?P<k>PD|FD|Police|Sheriff'?s?|"
    rf"Fire[ \t]+(?:Department|Dept|Rescue)|EMS)\b(?P<tail>[ \t]+(?:Department|Dept\.?|Office))?",
    re.ASCII,
)
_CITY_OF = re.compile(rf"\bCity[ \t]+of[ \t]+(?P<v>{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}})", re.ASCII)
#: hospital systems known by one word, capitalised and not before a lower-case word
_BRAND = re.compile(
    r"(?<![\w-])(?:(?P<strong>Mercy|Sutter|Geisinger|Sentara|Novant|Intermountain|Ochsner|Beaumont|"
    r"Baylor|Dartmouth-Hitchcock|Allina|Fairview|Essentia|Sanford|Avera|Bronson|Parkland|Bellevue|"
    r"Cedars-Sinai|Scripps|Wellstar|Piedmont|Christus|Prisma|Carilion|Inova)"
    # words of other meanings (a denomination, a city, a virtue): a hospital only after a place cue
    r"|Providence|Methodist|Presbyterian|Baptist|Adventist|Lutheran|Ascension|Trinity|Covenant)"
    r"(?![\w-])(?![ \t]+(?:Church|Chapel|Parish|Cemetery|church|chapel|"
    r"Preschool|School|Academy|Ministries|minister|pastor)\b)"
)
_TOWN_AFTER = re.compile(rf"[ ]{_TOWN_WORD}(?![\w-])(?![ \t]*(?:&|and\b))", re.ASCII)
#: a department, not a town, after a hospital's name ("… Medical Center Echocardiography Laboratory")
_DEPARTMENT = re.compile(
    r"(?i:.*(?:ology|ography|graphy|scopy|atory|iatrics|ics|surgery|delivery|nursery|unit|"
    r"services?|labor|center|centre|department|dept|division|program|team))$"
)
_BRAND_CUE = re.compile(r"(?i:\b(?:at|to|from|via|facility|hospital|transferred|admitted)\b[ \t:]*$)")
#: or where a header puts a facility: first on a line, after a comma
_BRAND_PLACE = re.compile(r"^|,[ \t]*$|\n[ \t]*$")
_SPECIALTY_PAIR = re.compile(
    rf"(?<![\w-])(?:{_TOWN_WORD}[ \t]+){{1,3}}(?:Hearing|Vision|Eye|Sleep|Foot|Spine|Vein|Skin|"
    rf"Speech|Allergy|Sinus|Joint|Bone)[ \t]+(?:&|and)[ \t]+(?:Balance|Speech|Hearing|Ankle|"
    rf"Vascular|Wellness|Laser|Audiology|Allergy|Sinus|Asthma|Sleep|Spine|Joint|Cosmetic|"
    rf"Surgery)\b",
    re.ASCII,
)
_VETERANS = re.compile(
    rf"(?<![\w-])(?:{_TOWN_WORD}[ \t]+){{1,3}}Veterans[ \t]+(?:Home|Hospital|"
    rf"Center|Medical[ \t]+Center|Clinic)\b",
    re.ASCII,
)
#: ``via Alder ED``: a place name before an emergency department
_BEFORE_ED = re.compile(
    rf"(?i:\b(?:via|at|to|from|in|through|thru|presented[ \t]+to)[ \t]+)"
    rf"(?P<v>{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}})[ \t]+(?:ED|ER|"
    rf"Emergency[ \t]+(?:Department|Dept|Room))\b",
    re.ASCII,
)


def _clinical(value: str) -> bool:
    """Whether some word of ``value`` is clinical or plain English (not a place's name)."""
    return any(
        _DEPARTMENT.match(w)
        or w.lower() in CLINICAL_HEADS
        or w.lower() in CLINICAL_WORDS_EN
        or w.lower() in NEVER
        for w in re.findall(r"[A-Za-z]{2,}", value)
    )


def find_record_forms(text: str) -> list[PhiSpan]:
    """Candidate spans of the record-layout forms above (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for m in _UPPER_STREET.finditer(text):
        out.append(PhiSpan(m.start(), m.end(), "address"))
    for m in _UPPER_TOWN.finditer(text):
        out.append(PhiSpan(m.start("v"), m.end("v"), "geo"))
    for m in _LICENCE.finditer(text):
        if sum(c.isdigit() for c in m.group("v")) >= 5:
            out.append(PhiSpan(m.start("v"), m.end("v"), "licence"))
    for m in _IPV6_SHORT.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 2 and m.group().count(":") >= 3:
            out.append(PhiSpan(m.start(), m.end(), "ip"))
    for m in _SSN_WORDS.finditer(text):
        out.append(PhiSpan(m.start("v"), m.end("v"), "ssn"))
    for m in _DAY_CUE.finditer(text):
        out.append(PhiSpan(m.start("v"), m.end("v"), "date"))
    for m in _POLICE.finditer(text):
        if all(_clinical(w) for w in m.group("v").split()):
            continue
        if m.group("tail") or "Department" in m.group("k") or "Dept" in m.group("k"):
            out.append(PhiSpan(m.start(), m.end(), "workplace"))
        else:
            out.append(PhiSpan(m.start("v"), m.end("v"), "geo"))
    for m in _CITY_OF.finditer(text):
        if not _clinical(m.group("v")):
            out.append(PhiSpan(m.start("v"), m.end("v"), "geo"))
    for m in _BRAND.finditer(text):
        if (
            _BRAND_CUE.search(text, max(0, m.start() - 24), m.start())
            or (
                m.group("strong")
                and not re.match(r"[ \t]+[a-z]", text[m.end() : m.end() + 2])  # "Mercy killing"
                and (
                    _BRAND_PLACE.search(text, max(0, m.start() - 24), m.start())
                    or re.match(r"[ \t]+[A-Z]", text[m.end() : m.end() + 2])
                )
            )
        ):
            end = _town_end(text, m.end())  # "Mercy Alder Falls": its town too
            out.append(PhiSpan(m.start(), end, "hospital"))
    for m in _LOWER_FACILITY.finditer(text):
        if not any(_clinical(w) or w.lower() in SERVICE_WORDS for w in m.group("v").split()):
            out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    for rx in (_SPECIALTY_PAIR, _VETERANS):
        for m in rx.finditer(text):
            out.append(PhiSpan(m.start(), m.end(), "hospital"))
    for m in _BEFORE_ED.finditer(text):
        if not _clinical(m.group("v")):
            out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    return out


def _town_end(text: str, end: int) -> int:
    """The end of the town words written right after a facility's name that ends at ``end``."""
    for town in _TOWN_AFTER.finditer(text, end):
        following = _TOWN_AFTER.match(text, town.end())
        if (
            town.start() != end
            or _clinical(town.group())
            or re.match(r"[ \t]+[a-z]", text[town.end() : town.end() + 2])
            or (following and _DEPARTMENT.match(following.group().strip()))
        ):
            break  # "… Transfusion Service": a department's name, not a town
        end = town.end()
    return end


def extend_facilities(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Hospital spans stretched over the town written after the name (``Mercy Hospital Alder
    Falls``, ``St. Jude's Easton:``).

    Args:
        text: the note.
        spans: resolved spans.
    """
    out: list[PhiSpan] = []
    for span in spans:
        if span.category == "hospital":
            end = _town_end(text, span.end)
            span = PhiSpan(span.start, end, span.category)
        out.append(span)
    return out


#: one facility word (after a credential that ends the previous sentence) before a colon
_LABEL_WORDS = re.compile(
    r"(?:(?P<c>[A-Za-z-]{2,6})\.?[ \t]+)?(?:Pharmacy|Hospice|Clinic|Hospital|Rehab|Infirmary|"
    r"Laboratory|Laboratories|Labs?|Imaging|Dialysis|EMS|Ambulance|Practice|Associates)"
)


def drop_field_labels(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Without the facility spans that are a field's label: ``PCP: Jo Ames, NP. Pharmacy: …``
    (``NP.`` ends a sentence, ``Pharmacy:`` labels the next field).

    Args:
        text: the note.
        spans: resolved spans.
    """
    out: list[PhiSpan] = []
    for span in spans:
        if span.category == "hospital" and re.match(r"[ \t]*:", text[span.end : span.end + 3]):
            m = _LABEL_WORDS.fullmatch(text, span.start, span.end)
            if m and (not m.group("c") or m.group("c").lower() in CREDENTIAL_WORDS):
                continue
        out.append(span)
    return out


#: the categories of a value a field's label is written before
_ID_CATEGORIES = frozenset(
    {
        "mrn",
        "accession",
        "account",
        "health_plan",
        "licence",
        "device",
        "vehicle",
        "passport",
        "other_id",
        "ssn",
    }
)
_ONE_WORD = re.compile(r"[A-Z][A-Za-z]{1,13}")
_LABEL_GAP = re.compile(r"[ \t]*[:#]?[ \t]*(?:#[ \t]*)?")
#: a name's span that ran over a field's gap onto the next field's label: ``Mojica, Sessa  Enc``
_TAIL_LABEL = re.compile(r"(?:[ ]{2,}|\t)(?P<w>[A-Z][A-Za-z]{1,13})$")


#: a role written as a field's label: ``Charge RN:``, ``Treating MD:``, ``Discharging Resident:``
_ROLE_LABEL = re.compile(
    r"[ \t]+(?:RN|MD|NP|PA|DO|CNA|LPN|RT|PT|OT|SW|Nurse|Physician|Resident|Attending|Surgeon|"
    r"Provider|Fellow|Intern|Therapist|Tech|Technician|Pharmacist|Clinician)[ \t]*:",
    re.ASCII,
)


def drop_identifier_labels(text: str, spans: list[PhiSpan], vocab) -> list[PhiSpan]:
    """Without the one-word name spans that are a field's label, not a person: the label of the
    identifier written right after it (``Acct V916506740``, ``Enc V772979333``), an everyday word
    before a role's label (``Charge RN:``, ``Treating MD:``), and such a label a name's span ran
    onto over a field's gap (``Mojica, Sessa  Enc V772979333``, ``Rebekah F.   Treating MD:``).
    A word known as a given name or a surname stays a name, and so do a word after a patient's cue
    (``pt KARAMANLIS 998-37-351``, ``troponin 0.82 on GRIGORYAN 88486696``) and a word of six
    letters or more that no list knows (an unlisted surname, no label).

    Args:
        text: the note.
        spans: resolved spans.
        vocab: what is known about words (``is_name``, ``is_common``).
    """
    starts = {s.start: s for s in spans}

    def label(word: str, end: int) -> bool:
        key = word.lower()
        before = max(0, end - len(word) - 24), end - len(word)
        if vocab.is_name(key) or _BADGE_HOLDER.search(text, *before) or _PATIENT_BEFORE.search(text, *before):
            return False
        if len(key) >= 6 and vocab.zipf(key) < 1.5 and key not in vocab.drugs and not is_clinical_word(key):
            return False  # a word no list knows ("KARAMANLIS 998-37-351"): an unlisted surname
        if _labels_identifier(text, end, starts):
            return True
        everyday = vocab.is_common(key, threshold=3.0) or key.endswith("ing")
        return everyday and _ROLE_LABEL.match(text, end) is not None

    out: list[PhiSpan] = []
    for span in spans:
        bic = _BANK_CODE.match(text, span.start) if span.category == "name" else None
        if bic and bic.end("w") == span.end:
            continue  # "SWIFT: NWBKGB2L": the label of a bank's code, not the surname Swift
        tail = _TAIL_LABEL.search(text, span.start, span.end) if span.category == "name" else None
        if tail and label(tail.group("w"), span.end):
            span = PhiSpan(span.start, tail.start(), span.category)
        if (
            span.category == "name"
            and _ONE_WORD.fullmatch(text, span.start, span.end)
            and label(text[span.start : span.end], span.end)
        ):
            continue
        out.append(span)
    return out


#: a bank's SWIFT/BIC code after its label ("SWIFT: NWBKGB2L", "Swift code BOFAUS3N")
_BANK_CODE = re.compile(
    r"(?P<w>(?i:swift))(?:[ \t]*/?[ \t]*(?i:bic|code))?[ \t]*[:#]?[ \t]*"
    r"[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b"
)
#: the patient's surname a page writes before the record number ("pt KARAMANLIS 998-37-351", "troponin
#: 0.82 on GRIGORYAN 88486696")
_PATIENT_BEFORE = re.compile(r"\b(?i:pt\.?|patient|pat\.|on|re:?)[ \t]+$")
#: an officer's or a guard's surname before the badge number ("Officer Burris #412")
_BADGE_HOLDER = re.compile(r"\b(?i:officer|guard|deputy|detective|sergeant|sgt\.?|trooper|agent)[ \t]+$")


def _labels_identifier(text: str, end: int, starts: dict[int, PhiSpan]) -> bool:
    gap = _LABEL_GAP.match(text, end)  # matches always (every part optional)
    value = starts.get(gap.end() if gap else end)
    return value is not None and value.category in _ID_CATEGORIES


#: the auxiliaries and modals that go before a verb, never a name there (``neighbor will collect``)
_AUXILIARIES = frozenset("will may can must shall should would could might did does do".split())
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]", re.ASCII)
#: a score's or an index's value after its acronym: ``PASI 23.1``, ``NIHSS score 4``
_SCORE_AFTER = re.compile(
    r"[ \t]*(?:(?i:score|index)\b[ \t]*(?:of[ \t]+)?[:=]?[ \t]*\d|(?:of[ \t]+|[:=][ \t]*)?\d+\.\d)", re.ASCII
)
_ACRONYM = re.compile(r"[A-Z]{3,6}")
_TITLE_END = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]*$")


def drop_words_and_scores(text: str, spans: list[PhiSpan], vocab) -> list[PhiSpan]:
    """Without the one-word name spans that are words of a sentence or a score's name: a
    lower-case auxiliary before a lower-case word (``neighbor will collect``), a lower-case
    everyday word after a label's colon that a lower-case word follows (``receiver: read back
    done``), an acronym before a score's value (``PASI 23.1``, ``NIHSS score 4``): a decimal or a
    score's word, which no name in capitals is written before; an element's symbol before its
    level (``Li 0.6``) unless a title stands before it.

    Args:
        text: the note.
        spans: resolved spans.
        vocab: what is known about words (``is_name``, ``is_common``).
    """
    out: list[PhiSpan] = []
    for span in spans:
        word = text[span.start : span.end]
        if span.category == "name" and (
            (word in _AUXILIARIES and _LOWER_NEXT.match(text, span.end))
            or (
                word.islower()
                and word.isalpha()
                and vocab.is_common(word, threshold=5.0)
                and re.search(r":[ \t]*$", text[max(0, span.start - 3) : span.start])
                and _LOWER_NEXT.match(text, span.end)
            )
            or (_ACRONYM.fullmatch(word) and _SCORE_AFTER.match(text, span.end))
            or (
                word.lower() in LAB_ELEMENTS
                and LAB_VALUE.match(text, span.end)
                and not _TITLE_END.search(text, max(0, span.start - 6), span.start)
            )
        ):
            continue
        out.append(span)
    return out
