"""Postcodes the address recognisers leave: the code right after a town already found, partial
codes, combined place labels and a ZIP before its county, as distribution logs, outreach registers
and surveillance lists write a client's place of residence without a street:

* after a town (``Leeds LS11``, ``Vancouver V6A``, ``Sheffield S2 4QH — issued by``,
  ``Stonebridge / 46201``, ``Fitzroy 3065 |``): a ZIP, a British full or outward code, a Canadian
  code or its forward sortation area, a four-digit code (never a year);
* after a postcode label, the partial codes (``Postcode district: EH7``, ``FSA: M5V``,
  ``Outcode CF24``, ``Postal code (first 3): V3T``, ``Eircode routing key D08``, a US ZIP's
  first three digits: ``ZIP3: 462``, ``zip (first 3): 462xx``);
* after a combined label (``City/ZIP: Stonebridge/46201``, ``Suburb/Postcode: Fitzroy 3065``,
  ``Zip / County: 46201 / Marion``): the code and the town;
* a ZIP before its county (``46201 - Marion County``, ``46201 (Marion Co.)``).

``PLACE_KEYS`` is the header of a table's column of towns and codes (``Res ZIP``, ``FSA``,
``Postcode district``, ``ZIP of residence``, ``recipient_zip``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["PLACE_KEYS", "codes_after_towns", "find_partial_postcodes"]

_ONE_KEY = (
    r"(?:city|town|suburb|zip ?\d?|zip ?code|postal(?: code)?|p(?:ost)? ?code|eircode|county|fsa|outcode|"
    r"outward code|forward sortation area)"
)
PLACE_KEYS = (
    r"(?:(?:res|residence|residential|recipient|client|participant|person|individual|resident|home) )*"
    rf"{_ONE_KEY}(?: (?:and |or )?{_ONE_KEY})*(?: (?:of )?(?:res|residence|residency|home))?"
    r"(?: (?:district|sector|area|prefix|partial|outward|first (?:3|three|half|part)(?: \w+)?))?"
)
_US = r"\d{5}(?:-\d{4})?"
_UK = r"(?:[A-Z]{1,2}\d[A-Z\d]?(?:[ \t]?\d[ABD-HJLNP-UW-Z]{2})?)"
_CA = r"(?:[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z](?:[ \t]?\d[ABCEGHJ-NPRSTV-Z]\d)?)"
_FOUR = r"(?!19\d\d|20[0-3]\d)\d{4}"
_CODE = rf"(?P<pc>{_US}|{_UK}|{_CA}|{_FOUR})"
#: what closes a code: the line or the clause, a cell's border, a dash or a bracket set off
_END = (
    r"(?=[ \t]*(?:$|[,;.)|/\]]|\t|[ \t]{2}|[ \t]+[-–—][ \t]|[ \t]+\(|[ \t]+(?i:county|co\.|area|district)\b))"
)
_AFTER_TOWN = re.compile(
    rf"(?:[ \t]*[,/(][ \t]*|[ \t]+)(?:(?:[A-Z]{{2,3}})[ \t]*,?[ \t]+)?{_CODE}(?![\w-]){_END}", re.M
)
#: what a name's span may have after it: a whole code, or a partial one no spinal level or sequence
#: ("T2", "L4", "C7") could be ("Hamilton (L8L)", "Regina S4R")
_WHOLE = re.compile(
    rf"{_US}|[A-Z]{{1,2}}\d[A-Z\d]?[ \t]?\d[A-Z]{{2}}|[A-Z]\d[A-Z](?:[ \t]?\d[A-Z]\d)?|[A-Z]{{2}}\d[A-Z\d]?"
)
_TOWN_TEXT = re.compile(r"[A-Za-z][A-Za-z ,.'’-]*")
_PARTIAL_LABEL = re.compile(
    r"(?i:\b(?:post[ \t]*code|postal[ \t]*code|zip(?:[ \t]*code|3)?)[ \t]*(?:\([^)\n]{1,24}\))?[ \t]*"
    r"(?:district|sector|area|prefix|outward|\(?(?:first|1st)[ \t]+(?:half|part|3|three)[^:\n]{0,16})?"
    r"|\([ \t]*(?:post[ \t]*code|postal[ \t]*code|zip)[^)\n]{0,20}\)|\bout(?:ward)?[ \t]*code|\bFSA\b"
    r"|\bforward[ \t]+sortation[ \t]+area|\beircode[ \t]+routing[ \t]+key)"
    rf"[ \t]*(?:\([^)\n]{{1,24}}\))?[ \t]*[:=#-]?[ \t]*"
    rf"(?P<pc>(?-i:[A-Z]{{1,2}}\d[A-Z\d]?|{_CA}|\d{{3}}(?:[xX*]{{2}})?))(?![\w-])"
)
_KEY = (
    r"(?:city|town|suburb|locality|community|area|zip(?:[ \t]*code)?|post[ \t]*code|postal[ \t]*code"
    r"|county)"
    r"(?:[ \t]+(?:district|sector|area|prefix))?"
)
_COMBINED = re.compile(
    rf"(?i:\b{_KEY}(?:[ \t]*(?:/|&|\+|and|,)[ \t]*{_KEY})+)[ \t]*(?:\([^)\n]{{1,24}}\))?[ \t]*[:=|-][ \t]*"
    r"(?P<v>[^\n;|]{1,60})"
)
_IN_VALUE = re.compile(rf"(?<![\w-]){_CODE}(?![\w-])")
_TOWN_IN_VALUE = re.compile(r"(?<![\w-])(?P<t>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2})")
_NOT_TOWN = frozenset("County Co Parish Borough Unknown None Homeless Declined NFA".split())
_ZIP_COUNTY = re.compile(
    rf"(?<![\w-])(?P<pc>{_US})[ \t]*(?:[-–—/,(][ \t]*|[ \t])(?:[A-Z][a-z]+[ \t]+){{1,2}}"
    r"(?:County|Co\.|Parish|Borough)(?![\w])"
)


def find_partial_postcodes(text: str) -> list[PhiSpan]:
    """Partial codes after a postcode label, codes and towns after a combined label, a ZIP before
    its county."""
    out = [PhiSpan(m.start("pc"), m.end("pc"), "geo") for m in _PARTIAL_LABEL.finditer(text)]
    out += [PhiSpan(m.start("pc"), m.end("pc"), "geo") for m in _ZIP_COUNTY.finditer(text)]
    for m in _COMBINED.finditer(text):
        at = m.start("v")
        codes = list(_IN_VALUE.finditer(m.group("v")))
        if not codes:
            continue
        out += [PhiSpan(at + c.start("pc"), at + c.end("pc"), "geo") for c in codes]
        for t in _TOWN_IN_VALUE.finditer(m.group("v")):
            if not any(w in _NOT_TOWN for w in t.group("t").split()):
                out.append(PhiSpan(at + t.start("t"), at + t.end("t"), "geo"))
    return out


def codes_after_towns(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """The code right after a town the recognisers found: ``Leeds LS11``, ``Vancouver V6A``."""
    out: list[PhiSpan] = []
    for s in spans:
        if s.category not in ("geo", "name") or not _TOWN_TEXT.fullmatch(text[s.start : s.end]):
            continue
        m = _AFTER_TOWN.match(text, s.end)
        # after a name (a town read as one: "Toledo 43604") only a whole ZIP or a whole code
        if m and (s.category == "geo" or _WHOLE.fullmatch(m.group("pc"))):
            out.append(PhiSpan(m.start("pc"), m.end("pc"), "geo"))
    return out
