"""Rules that find PHI in English notes (regular expressions, dictionaries, context cues)."""

from __future__ import annotations

import re

from medenclave_deid.core.text.dates import DATE_PATTERN
from medenclave_deid.core.text.lexicon import EN_CITIES, EN_FIRST_NAMES, EN_LAST_NAMES, US_STATES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_english_phi"]


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    """ASCII word boundaries: a name or number right next to Chinese text still has a boundary."""
    return re.compile(pattern, flags | re.ASCII)


_CAP = r"[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?"
_NAME_TAIL = rf"{_CAP}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{_CAP})?"
_TITLED = _rx(rf"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Nurse|Dr\.[ \t]*med)\.?[ \t]+(?P<n>{_NAME_TAIL})")
_CUED = _rx(
    rf"(?:\b(?:[Pp]atient(?:[ \t]+name)?|[Nn]ame|[Ss]igned(?:[ \t]+by)?|[Ss]een[ \t]+by|[Rr]eferred[ \t]+by|"
    rf"[Ee]lectronically[ \t]+signed[ \t]+by|[Aa]ttending|[Rr]esident|[Ss]pouse|[Dd]aughter|[Ss]on|"
    rf"[Ww]ife|[Hh]usband|[Mm]other|[Ff]ather|[Cc]ontact|[Gg]uardian|NOK|[Cc]c|[Pp]hysician|"
    rf"PCP|[Ss]urgeon|[Rr]adiologist)\b[:,]?[ \t]+(?:is[ \t]+)?)(?P<n>{_NAME_TAIL})")
_INVERTED = _rx(rf"\b(?P<n>(?P<last>{_CAP}),[ \t]+(?P<first>{_CAP}))\b")
_PAIR = _rx(rf"\b(?P<n>(?P<first>{_CAP})(?:[ \t]+[A-Z]\.)?[ \t]+(?P<last>{_CAP}))\b")
_SUFFIXED = _rx(rf"\b(?P<n>{_CAP}(?:[ \t]+{_CAP})?),?[ \t]+(?:MD|M\.D\.|RN|DO|PA-C|NP|PhD)\b")

_AGE = _rx(
    r"(?:\b(?:age[ds]?|aged)\s*:?\s*(?P<a1>9\d|1[0-4]\d)\b)"
    r"|(?:\b(?P<a2>9\d|1[0-4]\d)\s*(?:-|\s)?(?:years?|yrs?|y/?o|yo)\b(?:[- ]old)?)"
    r"|(?:\b(?P<a3>9\d|1[0-4]\d)\s*(?:-|\s)?(?:year|yr)-old)", re.IGNORECASE)
_PHONE = _rx(
    r"(?<![\w-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?"
    r"(?![\w-])")
_FAX_CUE = _rx(r"\bfax\b[^\n\d]{0,12}$", re.IGNORECASE)
_EMAIL = _rx(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
_URL = _rx(r"\b(?:https?://|www\.)[^\s<>\"')\]]+[^\s<>\"').,;\]]", re.IGNORECASE)
_IPV4 = _rx(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?!\.?\d)")
_IPV6 = _rx(r"(?<![:\w])(?:[0-9A-Fa-f]{1,4}:){2,7}(?::|[0-9A-Fa-f]{1,4})(?![:\w])")
_SSN = _rx(r"(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])")
_SSN_CUE = _rx(r"\b(?:SSN|social security(?: number| no\.?)?)\s*[:#]?\s*(?P<v>\d{9}|\d{3}[ -]\d{2}[ -]\d{4})\b",
                      re.IGNORECASE)
_ID_VALUE = r"(?P<v>[A-Z0-9][A-Z0-9-]{3,}[0-9A-Z])"
_LABELLED = [
    ("mrn", r"MRN|medical record(?: number| no\.?| #)?|record number|hospital number|chart(?: number| no\.?| #)"),
    ("account", r"account(?: number| no\.?| #)?|acct\.?(?: no\.?| #)?|billing(?: number| no\.?| #| id)"),
    ("health_plan", r"health plan(?: number| no\.?| id| #)?|member(?: id| number| no\.?| #)|"
                    r"insurance(?: id| number| no\.?| #)|policy(?: number| no\.?| #)|beneficiary(?: number| id)|"
                    r"medicare(?: number| id)?|medicaid(?: number| id)?"),
    ("licence", r"licen[cs]e(?: number| no\.?| #)|DEA(?: number| no\.?| #)?|NPI|certificate(?: number| no\.?| #)"),
    ("device", r"serial(?: number| no\.?| #)|S/N|device(?: id| identifier| number| no\.?| #)|UDI|"
               r"implant(?: id| serial)|pacemaker serial"),
    ("vehicle", r"VIN|vehicle identification number|licen[cs]e plate(?: number| no\.?)?|plate(?: number| no\.?)"),
]
_LABELLED_RE = [(cat, _rx(rf"\b(?:{cue})(?:\s+(?:number|no\.?|#|id|identifier))?\s*(?:is|was)?\s*[:#=]?\s*{_ID_VALUE}", re.IGNORECASE))
                for cat, cue in _LABELLED]
_STREET_TYPES = (r"Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|"
                 r"Terrace|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Row")
_STREET = _rx(
    rf"\b\d{{1,6}}\s+(?:[NSEW]\.?\s+)?(?:{_CAP}\s+){{0,3}}(?:{_STREET_TYPES})\.?"
    rf"(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|#)\.?\s*[\w-]+)?"
    rf"(?:,\s+{_CAP}(?:\s+{_CAP})?)?"
    rf"(?:,\s+(?:{'|'.join(sorted(US_STATES))}))?(?:\s+\d{{5}}(?:-\d{{4}})?)?\b")
_CITY_STATE = _rx(
    rf"\b(?P<city>{_CAP}(?:\s+{_CAP})?),\s+(?:{'|'.join(sorted(US_STATES))})\b(?:\s+(?P<zip>\d{{5}}(?:-\d{{4}})?))?")
_COUNTY = _rx(rf"\b(?P<v>{_CAP}(?:[ \t]+{_CAP})?[ \t]+(?:County|Parish|Borough|Township))\b")
_ZIP_CUE = _rx(r"\b(?:zip(?:\s*code)?|postal code)\s*[:#]?\s*(?P<v>\d{5}(?:-\d{4})?)\b", re.IGNORECASE)
_CITY_CUE = _rx(rf"\b(?:lives in|living in|resident of|from|moved to|city of|in)\s+(?P<v>{_CAP}(?:\s+{_CAP})?)")
#: Words after a surname that make it an eponym (Bell palsy, Wood lamp), not a person.
_EPONYM_NEXT = _rx(r"(?:'s)?[ -](?:palsy|lamp|disease|syndrome|sign|test|score|catheter|"
                          r"classification|criteria|lymphoma|procedure|operation|fracture|maneuver|"
                          r"reflex|tube|scale|index|phenomenon)\b", re.IGNORECASE)
_CAP_WORD = _rx(rf"\b{_CAP}\b")
_WORD_NOT_NAME = frozenset({"The", "This", "That", "He", "She", "They", "His", "Her", "Patient",
                            "No", "Yes", "Mild", "Severe", "Left", "Right", "History", "Plan",
                            "Assessment", "Impression", "Findings", "Follow", "Continue", "Dr", "Mr",
                            "Mrs", "Ms", "Miss", "Prof", "Nurse"})


def _name_ok(value: str) -> bool:
    return value.split()[0] not in _WORD_NOT_NAME


def find_english_phi(text: str) -> list[PhiSpan]:
    """Candidate PHI spans in an English note (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    add = out.append
    for m in DATE_PATTERN.finditer(text):
        add(PhiSpan(m.start(), m.end(), "date"))
    for m in _AGE.finditer(text):
        g = next(k for k in ("a1", "a2", "a3") if m.group(k))
        add(PhiSpan(m.start(g), m.end(g), "age"))
    for m in _EMAIL.finditer(text):
        add(PhiSpan(m.start(), m.end(), "email"))
    for m in _URL.finditer(text):
        add(PhiSpan(m.start(), m.end(), "url"))
    for rx in (_IPV4, _IPV6):
        for m in rx.finditer(text):
            if rx is _IPV6 and not any(c.isdigit() for c in m.group(0)):
                continue
            add(PhiSpan(m.start(), m.end(), "ip"))
    for m in _SSN.finditer(text):
        add(PhiSpan(m.start(), m.end(), "ssn"))
    for m in _SSN_CUE.finditer(text):
        add(PhiSpan(m.start("v"), m.end("v"), "ssn"))
    for m in _PHONE.finditer(text):
        cat = "fax" if _FAX_CUE.search(text[max(0, m.start() - 24):m.start()]) else "phone"
        add(PhiSpan(m.start(), m.end(), cat))
    for cat, rx in _LABELLED_RE:
        for m in rx.finditer(text):
            if any(c.isdigit() for c in m.group("v")):
                add(PhiSpan(m.start("v"), m.end("v"), cat))
    for m in _STREET.finditer(text):
        add(PhiSpan(m.start(), m.end(), "address"))
    for m in _CITY_STATE.finditer(text):
        add(PhiSpan(m.start("city"), m.end("city"), "geo"))
        if m.group("zip"):
            add(PhiSpan(m.start("zip"), m.end("zip"), "geo"))
    for m in _COUNTY.finditer(text):
        add(PhiSpan(m.start("v"), m.end("v"), "geo"))
    for m in _ZIP_CUE.finditer(text):
        add(PhiSpan(m.start("v"), m.end("v"), "geo"))
    for m in _CITY_CUE.finditer(text):
        if m.group("v").split()[0] in EN_CITIES:
            add(PhiSpan(m.start("v"), m.end("v"), "geo"))
    _names(text, add)
    return out


def _names(text: str, add) -> None:
    for rx in (_TITLED, _CUED, _SUFFIXED):
        for m in rx.finditer(text):
            if _name_ok(m.group("n")):
                start, end = m.start("n"), m.end("n")
                add(PhiSpan(start, end, "name"))
    for rx in (_PAIR, _INVERTED):
        for m in rx.finditer(text):
            if m.group("first") in EN_FIRST_NAMES or m.group("last") in EN_LAST_NAMES:
                if _name_ok(m.group("n")):
                    add(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _CAP_WORD.finditer(text):
        word = m.group(0)
        if word in EN_LAST_NAMES and word not in _WORD_NOT_NAME and m.start() > 0:
            before = text[max(0, m.start() - 2):m.start()]
            after = text[m.end():m.end() + 16]
            if _EPONYM_NEXT.match(after):
                continue
            if not before.endswith((". ", "\n", ": ")) and before.strip():
                add(PhiSpan(m.start(), m.end(), "name"))

