"""New Zealand National Health Index (NHI) numbers and the suburbs, towns and postcodes of
New Zealand and Australian address blocks.

* **an NHI number after its label**: ``NHI ABC1234``, ``NHI: ZKT12AB``, ``NHI no. QWE 4821``,
  ``(NHI# HJK88LM)``: three letters (never I or O) and four digits, or, in the newer shape, three
  letters, two digits and two letters; with the label only, as the letters-and-digits shape alone
  is a model or a code as often as a patient's.
* **a two-word suburb between a street and a town**: ``14 Kauri Street, Bell Block, New Plymouth
  4312``: a street (a number and two to four capitalised words), a comma, one or two capitalised
  words, a comma, a capitalised town and a four-digit postcode; the suburb is part of the street
  address.
* **an address block whose last line is a town and its four-digit postcode** (New Zealand,
  Australia): ``130 Maungatere Bypass, Mosgiel`` / ``Timaru 3239``, with or without a suburb's
  line between (``Hillcrest`` / ``Hastings  7947``) or before the town (``Bell Block, Dunedin
  7068``): the street line (a number and one to four capitalised words), the suburb, the town and
  the code; a street's line must come first, so a heading over a year (``Clinic Report 2024``) is
  none.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_nhi_numbers"]

_L = "[A-HJ-NP-Z]"
_NHI = re.compile(
    r"(?<![A-Za-z])NHI(?:[ \t]*(?i:no\.?|number|#))?[ \t]*[:=#-]?[ \t]*"
    rf"(?P<v>{_L}{{3}}[ \t]?\d{{4}}|{_L}{{3}}[ \t]?\d{{2}}{_L}{{2}})(?![A-Za-z0-9])"
)
#: a capitalised word, Māori macrons included (``Ōtara``, ``Kōwhai``); a street's first word and
#: the group of each further word (the quantifier written after ``_ST_WORDS`` counts those)
_CAP = r"[A-ZĀĒĪŌŪ][a-zāēīōū'-]+"
_ST_WORDS = r"[A-ZĀĒĪŌŪ][A-Za-zāēīōū'-]+(?:[ \t]+[A-ZĀĒĪŌŪ][A-Za-zāēīōū'-]+)"
_SUBURB = re.compile(
    rf"\d{{1,5}}[A-Za-z]?[ \t]+{_ST_WORDS}{{1,3}}\.?,[ \t]*"
    rf"(?P<v>{_CAP}(?:[ \t]+{_CAP})?),[ \t]*{_CAP}(?:[ \t]+{_CAP})?,?[ \t]+\d{{4}}\b"
)
_W = rf"{_CAP}(?:[ \t]+{_CAP})?"
_BLOCK = re.compile(
    rf"^[ \t]*(?:[A-Za-z]+:[ \t]*)?(?P<st>\d{{1,5}}[A-Za-z]?(?:/\d{{1,4}})?[ \t]+{_ST_WORDS}{{0,3}}\.?)"
    rf"(?:,[ \t]*(?P<sub1>{_W}))?[ \t]*,?\n"
    rf"(?:[ \t]*(?P<sub2>{_W})[ \t]*,?\n)?[ \t]*(?:(?P<sub3>{_W}),[ \t]*)?"
    rf"(?P<town>{_W}),?[ \t]+(?P<pc>\d{{4}})[ \t]*$",
    re.M,
)
_BLOCK_PARTS = tuple((g, "address") for g in ("st", "sub1", "sub2", "sub3")) + (
    ("town", "geo"),
    ("pc", "geo"),
)


def find_nhi_numbers(text: str) -> list[PhiSpan]:
    """Spans of the NHI numbers (``mrn``) and the address parts of the module docstring."""
    out = [PhiSpan(m.start("v"), m.end("v"), "mrn") for m in _NHI.finditer(text)]
    out += [PhiSpan(m.start("v"), m.end("v"), "address") for m in _SUBURB.finditer(text)]
    for m in _BLOCK.finditer(text):
        out += [PhiSpan(m.start(g), m.end(g), c) for g, c in _BLOCK_PARTS if m.group(g) is not None]
    return out
