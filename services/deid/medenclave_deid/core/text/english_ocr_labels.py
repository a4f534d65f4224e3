"""The values of a scanned or faxed form's labels that optical character recognition misspelt.

An OCR'd requisition or face sheet reads its labels with the usual glyph confusions: ``O`` as
``0``, ``B`` as ``8``, ``e`` as ``c`` or ``3``, ``g`` as ``q`` or ``9`` (``D0B:``, ``DO8:``,
``Agc:``, ``Aqe:``, ``A9e:``, ``Aqe/Sex: 94/F``). The finders that read ``DOB:`` and ``Age:`` do
not know those spellings, so the value after them goes on as written:

* **an age over 89**: a number from 90 to 119 after a mangled ``Age`` label (``Agc: 98``,
  ``A9e: 91``, ``Aqe/Sex: 94/F``);
* **a birth date**: the date after a mangled ``DOB`` label, its own digits perhaps misread too
  (``D0B: O4/2l/1926``).

A label counts only when it is a whole token, opens with the label's own first letter (or ``4``
for ``A``) and, once each confusable glyph is read back, spells the label exactly: one glyph
or more misread, no letter added or missing. The right spelling is the other finders' business.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_ocr_labels"]

#: a glyph OCR writes for a letter (``c`` for ``e``, ``0`` for ``O``), read back lower-cased
_READ_BACK = str.maketrans(
    {"0": "o", "8": "b", "3": "e", "4": "a", "c": "e", "q": "g", "9": "g", "\u0261": "g"}
)
#: a label of three glyphs, maybe with its sex after a slash ("Aqe/Sex"), then a colon or a stop
_LABEL = re.compile(
    r"(?<![\w.-])(?P<l>[AaDd4][A-Za-z0-9\u0261]{2})(?![\w-])"
    r"(?:[ \t]*/[ \t]*(?i:s[e3c]x|gender))?[ \t]*[:.]?[ \t]*"
)
_AGE = re.compile(r"(?P<v>9\d|1[01]\d)(?![\d.,]\d|\d)")
#: a date whose digits OCR may have read as letters ("O4/2l/1926", "04-21-I926")
_DIGIT = r"[0-9OoIl]"
_DATE = re.compile(rf"(?P<v>{_DIGIT}{{1,2}}(?P<s>[/.-]){_DIGIT}{{1,2}}(?P=s){_DIGIT}{{2,4}})(?![\w/])")


def _mangled(label: str, meant: str) -> bool:
    """``label`` is ``meant`` with at least one glyph misread and nothing else changed."""
    return label.lower() != meant and label.translate(_READ_BACK).lower() == meant


def _digits(value: str) -> int:
    """How many of ``value``'s glyphs are digits (a date OCR misread wholly is no date to read)."""
    return sum(c.isdigit() for c in value)


def find_ocr_labels(text: str) -> list[PhiSpan]:
    """Ages over 89 and birth dates after misread labels (module docstring).

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for m in _LABEL.finditer(text):
        label = m["l"]
        if _mangled(label, "age") and (v := _AGE.match(text, m.end())):
            out.append(PhiSpan(v.start("v"), v.end("v"), "age"))
        elif _mangled(label, "dob") and (v := _DATE.match(text, m.end())) and _digits(v["v"]) >= 4:
            out.append(PhiSpan(v.start("v"), v.end("v"), "date"))
    return out
