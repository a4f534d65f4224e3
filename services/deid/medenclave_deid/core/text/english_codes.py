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

__all__ = ["find_codes"]

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
#: unlabelled: a year-prefixed serial, or a group of three or more digits that starts with 0
_SERIAL = re.compile(r"(?<![\w./-])(?:(?:19|20)\d\d-(?:\d{3}|0\d{3}|\d{5,6})"
                     r"|\d{1,6}-0\d{2,6}|0\d{2,6}-\d{2,6})(?![\w/-]|\.\d)", re.ASCII)


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
        if _DECIMAL.fullmatch(value) or not _identifying(value):
            continue  # "index 0.85": a measurement
        if not (value.isdigit() and _UNIT_AFTER.match(text, m.end("v"))):
            out.append(PhiSpan(m.start("v"), m.end("v"), "other_id"))
    for m in _SERIAL.finditer(text):
        if not _UNIT_AFTER.match(text, m.end()):
            out.append(PhiSpan(m.start(), m.end(), "other_id"))
    return out
