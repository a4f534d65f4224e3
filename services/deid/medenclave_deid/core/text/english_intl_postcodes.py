"""Postcodes of the other English-speaking countries, with the town and state written beside them.

The US recognisers know a ZIP code by its five digits and a state; hospitals in Britain, Ireland,
Canada, Australia and New Zealand write their patients' addresses with other codes:

* **alphanumeric codes**: British (``SW1A 1AA``, ``EH3 9HA``, ``B15 2TT``), Canadian (``K1A 0B1``,
  ``M5V3L9``) and Irish Eircodes (``D02 X285``), taken after a postcode label, after a town or a
  province written before them on the line when the code ends the clause, or alone on an address
  block's line under a town or a street;
* **four-digit codes**: after an Australian state (``NSW 2000``, ``Carlton VIC 3053``,
  ``Victoria 3000``), after a postcode label (``Postcode: 2150``), and after a town that follows
  a street address or comes before a country (``12 Kauri Street, Auckland 1010``,
  ``Christchurch 8011, New Zealand``). A four-digit number elsewhere (a dose, a year, a room)
  is never taken.

The town before a code and a Canadian province or Australian state between them are taken too;
so is a street written with a Commonwealth suffix or a unit before its number (``14 Harbour
Parade``, ``3 Elm Close``, ``5/40 Wattle Crescent``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english import STREET_SUFFIXES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_intl_postcodes", "postcode_towns"]


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags | re.ASCII)


def _alt(words) -> str:
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"


_UK = r"(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)[ \t]?\d[ABD-HJLNP-UW-Z]{2}"
_CA = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d"
_EIR = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}"
_CODE = _rx(rf"(?<![\w/-])(?P<pc>{_UK}|{_CA}|{_EIR})(?![\w/-]|\.\w)")
_EIR_DIGITS = _rx(r"[A-Z]\d{2}[ \t]?\d{4}")
_CA_TIGHT = _rx(r"[A-Z]\d[A-Z]\d[A-Z]\d")
_LOWER_CODE = _rx(rf"(?<![\w/-])(?P<pc>{_UK.lower()}|{_CA.lower()}|{_EIR.lower()})(?![\w/-]|\.\w)")
_FOUR = r"(?P<pc>\d{4})(?![\w/-]|[.,]\d|[ \t]*(?i:units?|u\b|mg|mcg|ml|iu|cells|copies|hrs?\b|h\b|%))"

_AU_CODES = ("NSW", "VIC", "QLD", "TAS", "Vic", "Qld", "Tas", "WA", "SA", "NT", "ACT")
_AU_NAMES = (
    "New South Wales",
    "Victoria",
    "Queensland",
    "Western Australia",
    "South Australia",
    "Tasmania",
    "Northern Territory",
    "Australian Capital Territory",
)
_CA_CODES = (
    "AB",
    "BC",
    "MB",
    "NB",
    "NL",
    "NS",
    "NT",
    "NU",
    "ON",
    "PE",
    "QC",
    "SK",
    "YT",
    "PEI",
    "Que",
    "Ont",
)
_CA_NAMES = (
    "Alberta",
    "British Columbia",
    "Manitoba",
    "New Brunswick",
    "Newfoundland and Labrador",
    "Nova Scotia",
    "Ontario",
    "Prince Edward Island",
    "Quebec",
    "Saskatchewan",
    "Yukon",
    "Nunavut",
)
_REGION = _alt([*_AU_CODES, *_AU_NAMES, *_CA_CODES, *_CA_NAMES])
_COUNTRY = (
    r"(?:United Kingdom|U\.?K\.?|England|Scotland|Wales|Northern Ireland|Ireland|Eire|Canada|Australia"
    r"|New Zealand|N\.?Z\.?|Aotearoa)"
)
#: what may follow a code that ends its clause
_END = _rx(rf"[ \t]*(?:$|[,;.)|\]]|[ \t]{{2}}|\t|(?:,[ \t]*)?{_COUNTRY}\b)", re.M)

#: a country after a code, on its line or the next: ", New Zealand", "\nAustralia"
_COUNTRY_AFTER = _rx(rf"[ \t]*,?[ \t]*(?:\n[ \t]*)?{_COUNTRY}(?![\w-])")
_LABEL = _rx(
    r"(?i:\b(?:post[ \t]*code|postal[ \t]*code|postal|eircode|p/code|pcode|zip(?:[ \t]*code)?)"
    r"(?:[ \t]*\([^)\n]{1,20}\))?[ \t]*(?:is[ \t]+)?[:=#|.-]?[ \t]*(?:\|[ \t]*)?)$"
)
_FOUR_LABEL = _rx(
    rf"(?i:\b(?:post[ \t]*code|postal[ \t]*code|p/code|pcode|(?-i:PC)(?=[ \t]*:))"
    rf"(?:[ \t]*\([^)\n]{{1,20}}\))?"
    rf"[ \t]*(?:is[ \t]+)?[:=#|.-]?[ \t]*(?:\|[ \t]*)?){_FOUR}"
)

#: street suffixes of Commonwealth addresses that an American list lacks
_COMMONWEALTH = (
    "Parade",
    "Pde",
    "Close",
    "Quay",
    "Esplanade",
    "Promenade",
    "Rise",
    "Wynd",
    "Chase",
    "Circuit",
    "Cct",
)
_SUFFIX = _alt(
    [
        *STREET_SUFFIXES,
        *_COMMONWEALTH,
        "Crescent",
        "Gate",
        "Grove",
    ]
)
_CAPW = r"(?:[A-Z][a-z'][A-Za-z'-]*|[A-Z]{2,})"
#: the town before a code: capitalised or upper-case words ("Newcastle upon Tyne", "DARWIN", "Dublin 6W")
_TOWN = (
    rf"(?:{_CAPW}(?:[ \t]+(?:upon|on|le|by|sur)(?=[ \t]+[A-Z]))?(?:[ \t]+{_CAPW}){{0,2}}"
    rf"(?:[ \t]+\d{{1,2}}W?)?)"
)
#: what stands between a town, its province or state and its code: a comma, a cell's border, spaces
_SEP = r"[ \t]*(?:[,;.|\t()][ \t]*)?"
_TOWN_BEFORE = _rx(
    rf"(?:^|(?<=[,:|]|\t)|(?<=[,:|.][ \t])|(?<=[ \t]{{2}})|(?<=\bin )|(?<=\bat )|(?<=\bof )|(?<=\bfrom ))"
    rf"[ \t]*(?P<town>{_TOWN})"
    rf"(?:{_SEP}(?P<reg>{_REGION}))?{_SEP}$",
    re.M,
)
_REGION_BEFORE = _rx(rf"(?<![\w-])(?P<reg>{_REGION}){_SEP}$")
#: a line that is a town (and a province or state) alone, above a code
_TOWN_LINE = _rx(rf"[ \t]*(?P<town>{_TOWN})(?:{_SEP}(?P<reg>{_REGION}))?[ \t]*,?[ \t]*$")
_STREET = _rx(
    rf"(?<![\w/-])(?P<unit>\d{{1,4}}[A-Za-z]?/)?\d{{1,5}}[A-Za-z]?(?:[ \t]+{_CAPW}){{1,3}}"
    rf"[ \t]+(?P<suf>{_SUFFIX})\.?(?=[ \t]*(?:,|$|\n))",
    re.M,
)
#: a line (or its start) that is a house number and a street's name alone: "Address: 12 Kingsway,"
_NUMBERED_LINE = _rx(
    r"(?:^[ \t]*(?:[A-Za-z][A-Za-z ]{0,15}:[ \t]*)?|,[ \t]*)"
    r"\d{1,5}[A-Za-z]?(?:[ \t]+[A-Z][a-z]+){1,3}[ \t]*(?:,|$)",
    re.M,
)
_AU_STATE_FOUR = _rx(rf"(?<![\w-])(?P<reg>{_alt(_AU_CODES + _AU_NAMES)}){_SEP}{_FOUR}")
_TOWN_FOUR = _rx(rf"(?<![\w-])(?P<town>{_TOWN})(?:[ \t]*,[ \t]*|[ \t]+){_FOUR}")
#: a province or state field of a form: "Province: MB", "State | NSW"
_REGION_FIELD = _rx(
    rf"(?i:\b(?:province|state|territory|prov)\b)[ \t]*[:|=-][ \t]*"
    rf"(?P<reg>{_alt(_AU_CODES + _AU_NAMES + _CA_CODES + _CA_NAMES)})(?![\w-])"
)
#: words that open or make a label or a date, never a town ("REF", "DOB January 30", "BIN")
_NOT_TOWN = frozenset(
    """Room Rm Bed Bay Ward Unit Suite Level Floor Box PO Apt Flat Lot Station Lab Page Dose
Year Code Ext Tel Phone Fax Cell Mobile Ref Batch Lot Total Score Grade Stage Type Day Week Month
Cycle Session Series Step Table Figure No Number Version Model Serial Kit Sample Tube Bldg ID MRN
Specimen Accession Case Patient Pt Order Account Acct Member Policy Group Claim Block Slide
Cassette Badge Employee Staff DOB BIN PCN SN NPI DEA Age Sex Jan January Feb February Mar March
Apr April May Jun June Jul July
Aug August Sep Sept September Oct October Nov November Dec December""".lower().split()
)


def _line(text: str, i: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return start, len(text) if end < 0 else end


def _prev_line(text: str, line_start: int) -> str:
    if line_start == 0:
        return ""
    s = text.rfind("\n", 0, line_start - 1) + 1
    return text[s : line_start - 1]


def _street_near(text: str, i: int) -> bool:
    """A street address on the line of ``i`` (before it) or on one of the two lines above."""
    start, _ = _line(text, i)
    if _STREET.search(text, start, i) or _NUMBERED_LINE.search(text, start, i):
        return True
    above = _prev_line(text, start)
    if _STREET.search(above) or _NUMBERED_LINE.search(above):
        return True
    return bool(_STREET.search(_prev_line(text, start - len(above) - 1))) if start else False


def _no_town(town: str, tight: bool = False) -> bool:
    """A label, a date or a record's word rather than a town; with ``tight`` (a code without its
    space, a four-digit code) also a short upper-case token ("REF", "LOT") or a number in it."""
    words = town.split()
    if any(w.lower() in _NOT_TOWN for w in words):
        return True
    return tight and (bool(re.search(r"\d", town)) or (len(words) == 1 and town.isupper() and len(town) <= 4))


def _town_spans(m: re.Match, out: list[PhiSpan]) -> None:
    town = m.group("town")
    if _no_town(town) or re.fullmatch(_SUFFIX + r"\.?", town.split()[-1]):
        return
    out.append(PhiSpan(m.start("town"), m.end("town"), "geo"))


def _codes(text: str, out: list[PhiSpan], towns: list[PhiSpan]) -> None:
    for m in _CODE.finditer(text):
        start, _ = _line(text, m.start())
        label = _LABEL.search(text, start, m.start())
        head = label.start() if label else m.start()  # "Halifax, NS  Postal Code: B3H 2Y9"
        town = _TOWN_BEFORE.search(text, start, head)
        if town is not None and _no_town(town.group("town"), " " not in m.group("pc")):
            town = None
        reg = _REGION_BEFORE.search(text, start, head)
        ok = label is not None
        if not ok and town is not None and " " in m.group("pc"):
            ok = True  # "lives in Norwich NR4 7UY with his wife": a spaced code after its town
        if not ok and _END.match(text, m.end()):
            if town is not None or reg is not None:
                ok = True
            elif not text[start : m.start()].strip() and start:
                above = text.rfind("\n", 0, start - 1) + 1
                town = _TOWN_LINE.match(text, above, start - 1)
                if town is not None and _no_town(town.group("town")):
                    town = None
                # alone on an address block's line, under its town or street
                ok = town is not None or _street_near(text, m.start())
        if ok and not label and _EIR_DIGITS.fullmatch(m.group("pc")):
            ok = False  # "Badge E232785": an Eircode's last four mix letters and digits
        if ok and not label and _CA_TIGHT.fullmatch(m.group("pc")):
            # "M5V3L9" only after a province ("ON M5V3L9"): "TNM T2N1M0", "GCS 14 (E4V4M6)" are scores
            ok = reg is not None or (
                town is not None and bool(town.group("reg") or _REGION_BEFORE.search(town[0]))
            )
        if not ok:
            continue
        out.append(PhiSpan(m.start("pc"), m.end("pc"), "geo"))
        if town is not None:
            _town_spans(town, towns)
            if town.group("reg"):
                out.append(PhiSpan(town.start("reg"), town.end("reg"), "geo"))
        elif reg is not None:
            out.append(PhiSpan(reg.start("reg"), reg.end("reg"), "geo"))


def _lower_codes(text: str, out: list[PhiSpan]) -> None:
    """A code written in lower case after its label: "post code: eh9 1hy"."""
    for m in _LOWER_CODE.finditer(text):
        start, _ = _line(text, m.start())
        if _LABEL.search(text, start, m.start()):
            out.append(PhiSpan(m.start("pc"), m.end("pc"), "geo"))


def _four_digit(text: str, out: list[PhiSpan], towns: list[PhiSpan]) -> None:
    for m in _FOUR_LABEL.finditer(text):
        out.append(PhiSpan(m.start("pc"), m.end("pc"), "geo"))
    for m in _AU_STATE_FOUR.finditer(text):
        reg = m.group("reg")
        start, _ = _line(text, m.start())
        town = _TOWN_BEFORE.search(text, start, m.start("reg"))
        if town is not None and _no_town(town.group("town"), tight=True):
            town = None
        if len(reg) <= 3 and reg.upper() not in ("NSW", "VIC", "QLD", "TAS") and town is None:
            continue  # "SA", "WA", "NT", "ACT" only after a town
        if not (_END.match(text, m.end()) or town is not None):
            continue
        out.append(PhiSpan(m.start("pc"), m.end("pc"), "geo"))
        out.append(PhiSpan(m.start("reg"), m.end("reg"), "geo"))
        if town is not None:
            _town_spans(town, towns)
    for m in _TOWN_FOUR.finditer(text):
        if _no_town(m.group("town"), tight=True):
            continue
        end_m = _END.match(text, m.end())
        if not end_m:
            continue
        country = _COUNTRY_AFTER.match(text, m.end())
        if not (country or _street_near(text, m.start())):
            continue
        start, _ = _line(text, m.start())
        if not (_TOWN_BEFORE.search(text, start, m.end("town")) or country):
            continue
        out.append(PhiSpan(m.start("pc"), m.end("pc"), "geo"))
        _town_spans(m, towns)


def _collect(text: str) -> tuple[list[PhiSpan], list[PhiSpan]]:
    out: list[PhiSpan] = []
    towns: list[PhiSpan] = []
    _codes(text, out, towns)
    _lower_codes(text, out)
    _four_digit(text, out, towns)
    return out, towns


def find_intl_postcodes(text: str) -> list[PhiSpan]:
    """British, Irish, Canadian, Australian and New Zealand postcodes of ``text``, with their
    towns and states, and streets written with a Commonwealth suffix."""
    out, towns = _collect(text)
    out += towns
    for m in _REGION_FIELD.finditer(text):
        out.append(PhiSpan(m.start("reg"), m.end("reg"), "geo"))
    for m in _STREET.finditer(text):  # "14 Harbour Parade", "5/40 Wattle Crescent" (unit 5)
        if m.group("unit") or m.group("suf") in _COMMONWEALTH:
            out.append(PhiSpan(m.start(), m.end(), "geo"))
    return out


def postcode_towns(text: str) -> list[PhiSpan]:
    """The towns written before a postcode of ``text`` (``Glasgow G12 8QQ``): a town that is also an
    eponym's word (Glasgow, Hamilton) is the place there."""
    return _collect(text)[1]
