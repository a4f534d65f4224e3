"""Numbers and codes that point at a record of this patient, found by what they are, not by a
list of forms seen.

Safe Harbor's last item is "any other unique identifying number, characteristic, or code". A
writer names such a number with a noun of record-keeping (a ticket, a report, a card, a form, a
confirmation) and the value follows; a new document type brings a new noun, not a new shape. So:
any code after such a noun is removed when it carries digits enough to single something out, and
two shapes of number are identifiers even without a label: a year-prefixed serial (``2023-0412``)
and a group with a leading zero (``17-0442``), which no range or measurement is written as.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_codes", "is_coded_term", "is_threshold", "item_codes"]

#: nouns of record-keeping a code follows (singular; an "s" may follow)
_NOUNS = (r"ref(?:erence)?|ticket|report|case|card|log|record|file|form|registry|registration|"
          r"confirmation|tracking|voucher|receipt|claim|event|incident|request|order|"
          r"authori[sz]ation|auth|approval|permit|kit|badge|locker|certificate|cert|control|"
          r"enrol(?:l)?ment|program(?:me)?|application|transaction|booking|appointment|referral|"
          r"episode|submission|code|pin|token|folio|docket|dossier|chart|"
          r"bracelet|wristband|barcode|label|envelope|package|parcel|shipment|donor|recipient|"
          r"candidate|enrollee|subject|participant|household|family|member|beneficiary|client|customer|resident|unit")
#: the label: a noun, maybe "number"/"no."/"#"/"ID"/"code" after it, maybe ":", "#", "=" or "is"
_LABELLED_CODE = re.compile(
    rf"\b(?:{_NOUNS})s?\b(?:[ \t]+(?:(?:number|num|id|code|identifier)\b|no\.))?"
    r"(?:[ \t]*[:#=][ \t]*#?[ \t]*|[ \t]+(?:(?:is|was)[ \t]+)?#?[ \t]*)"
    r"(?P<v>(?=[A-Za-z0-9./-]*\d)[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+)*)(?![\w-])",
    re.IGNORECASE | re.ASCII)
#: what a number right after such a noun may be instead: a measurement or a time
_UNIT_AFTER = re.compile(r"[ \t]*(?:%|mg|mcg|g|kg|ml|l|mm|cm|mmhg|bpm|units?|iu|mmol|hours?|hrs?|"
                         r"min(?:utes?)?|days?|weeks?|months?|years?|times|x)\b|[ \t]*[:.]\d",
                         re.IGNORECASE | re.ASCII)
_DECIMAL = re.compile(r"\d+\.\d+", re.ASCII)
#: a word OCR read with a zero for each O (``C0NTACT``, ``T0DAY``): four letters or more, no "00"
_OCR_WORD = re.compile(r"(?=(?:[A-Za-z]0?){4})[A-Za-z]*(?:0[A-Za-z]+)+", re.ASCII)
#: a reference range after "ref" (``[ref 12.0-16.0]``, ``ref 150-400``): two ascending numbers,
#: neither written with a leading zero the way a serial's group is
_RANGE = re.compile(r"(?P<a>0\.\d+|[1-9]\d*(?:\.\d+)?)-(?P<b>0\.\d+|[1-9]\d*(?:\.\d+)?)", re.ASCII)
#: a form's type, not a filled form's number: ``I-693``, ``W-2``, ``DS-2019``
_FORM_TYPE = re.compile(r"(?-i:[A-Z]{1,3})-\d{1,4}(?-i:[A-Z])?", re.ASCII)
_REF = re.compile(r"ref(?:erence)?\b", re.IGNORECASE | re.ASCII)
#: a clock range (``Shift 0700-1900``): two four-digit times of day
_CLOCK_RANGE = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d", re.ASCII)
#: unlabelled: a year-prefixed serial, or a group of three or more digits that starts with 0
_SERIAL = re.compile(r"(?<![\w./-])(?:(?:19|20)\d\d-(?:\d{3}|0\d{3}|\d{5,6})"
                     r"|\d{1,6}-0\d{2,6}|0\d{2,6}-\d{2,6})(?![\w/-]|\.\d)", re.ASCII)


#: a code system's name before a code names a service, a supply or a test, not a patient
#: ("CPT 99285", "HCPCS code E0601", "LOINC: 2160-0", "Form I-693")
_CODE_SYSTEM = re.compile(
    r"(?<![\w-])(?:CPT(?:-?4)?|HCPCS|LOINC|SNOMED(?:[ \t]+CT)?|ICD-?(?:9|10|11)(?:-CM|-PCS)?|NDC|DRG|"
    r"MS-DRG|RxNorm|revenue|modifier|(?-i:Form))[ \t]*(?:codes?|#|no\.)?[ \t]*[:#=(]?[ \t]*$",
    re.IGNORECASE | re.ASCII)
#: an HL7 coded element: code^text^coding system (``33762-6^NT-proBNP^LN``)
_HL7_CODED = re.compile(r"\^[^|^\n]*\^(?:LN|LNC|SCT|SNM|I9C?|I10|CPT4?|HCPCS|NDC|RXNORM)\b", re.ASCII)
#: a form's own item number before its field's label: ``M0040 Patient:``, ``M1860 Ambulation:``,
#: ``M0050/M0060 Residence:`` (OASIS, MDS and such forms number their items so)
_ITEM = r"[A-Z]{1,2}\d{4}[A-Z]?"
_ITEM_CODE = re.compile(
    rf"(?m:^|(?<=[ \t]{{2}})|(?<=\t)|(?<=;[ \t])|(?<=\.[ \t]))(?P<v>{_ITEM})(?:/{_ITEM})*"
    rf"[ \t]+[A-Za-z][A-Za-z/ .'-]{{0,28}}:", re.ASCII)
#: where another item of the form starts: a line's start, a wide gap, after a semicolon
_ITEM_PLACE = re.compile(rf"(?m:^|(?<=[ \t]{{2}})|(?<=\t)|(?<=;[ \t])|(?<=/))(?P<v>{_ITEM})(?![\w-])",
                         re.ASCII)


def is_coded_term(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a code of a coding system (named before it, or an HL7
    coded element), not a number of a patient's record."""
    return bool(_CODE_SYSTEM.search(text, max(0, start - 24), start) or _HL7_CODED.match(text, end))


#: a comparison right before a number: a threshold or a limit (``TMP > 250``, ``ICP >= 20``)
_COMPARED = re.compile(r"(?:[<>=≤≥]|[<>]=)[ \t]*$")


def is_threshold(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a comparison (``TMP > 250``): a measured limit, no
    street number and no ZIP code."""
    return bool(_COMPARED.search(text, max(0, start - 4), start))


def item_codes(text: str) -> set[int]:
    """Where a form's item numbers start: each one before a field's label, and every other
    token of the same shape (letter, digit count) where an item starts, once two are seen."""
    proven = list(_ITEM_CODE.finditer(text))
    found = {m.start("v") for m in proven}
    shapes = [_shape(m.group("v")) for m in proven]
    for m in _ITEM_PLACE.finditer(text):
        if shapes.count(_shape(m.group("v"))) >= 2:
            found.add(m.start("v"))
    return found


def _shape(code: str) -> tuple[str, int]:
    caps = len(code) - len(code.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    return code[:caps], len(code)


def _identifying(value: str) -> bool:
    """Enough to single a record out: three digits, or letters and digits in five characters."""
    digits = sum(c.isdigit() for c in value)
    letters = sum(c.isalpha() for c in value)
    return digits >= 3 or (letters >= 1 and digits >= 1 and len(value) >= 5)


def find_codes(text: str) -> list[PhiSpan]:
    """Codes after a noun of record-keeping, and unlabelled serial-shaped numbers."""
    out = []
    for m in _LABELLED_CODE.finditer(text):
        value = m.group("v")
        if _DECIMAL.fullmatch(value) or not _identifying(value) or _OCR_WORD.fullmatch(value):
            continue  # "index 0.85": a measurement; "FAMILY C0NTACT": a word read with 0 for O
        if is_coded_term(text, m.start("v"), m.end("v")) or (
                m.group().lower().startswith("form") and _FORM_TYPE.fullmatch(value)):
            continue  # "CPT code 99285", "Form I-693": a code system's code, a form's type
        if _REF.match(m.group()) and _ascending_range(value):
            continue  # "[ref 12.0-16.0]": a lab's reference range
        if not (value.isdigit() and _UNIT_AFTER.match(text, m.end("v"))):
            out.append(PhiSpan(m.start("v"), m.end("v"), "other_id"))
    for m in _SERIAL.finditer(text):
        if _CLOCK_RANGE.fullmatch(m.group()):
            continue  # "Shift 0700-1900": from seven to seven
        if not _UNIT_AFTER.match(text, m.end()):
            out.append(PhiSpan(m.start(), m.end(), "other_id"))
    return out


def _ascending_range(value: str) -> bool:
    m = _RANGE.fullmatch(value)
    return m is not None and float(m.group("a")) < float(m.group("b"))
