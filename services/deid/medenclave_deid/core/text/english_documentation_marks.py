"""A month/day after a documentation verb, and an employer after a qualified employer's label.

* **the day a note was dictated or signed**: ``Dictated 3/14, signed March 15th``, ``seen 11/2
  and again ...``: a bare month/day (no year) after ``dictated``, ``transcribed``, ``signed``,
  ``co-signed``, ``dated``, ``typed``, ``seen``, ``given``, ``reviewed`` is a date. After ``seen``,
  ``given`` or ``reviewed`` it must end a clause (a comma, a full stop, a line's end, ``by``/``at``/
  ``and``/``on``/``in``) and not be a fraction of a dose (``given 1/2``, ``3/4``). After a result
  ``released``/``posted`` to the patient's portal or chart it is a date whatever its look
  (``Results released to portal 1/2.``). After a report or a release sent on its way (``Reported
  to state newborn screening program 5/2``, ``Body released 8/2``, ``faxed to the PCP office 3/4``)
  it is a date where it ends the clause, and no score, scale or pain word stands between
  (``reported pain 7/10``, ``reported to be 4/5``); with no addressee it must be no fraction of a
  dose (``released 1/2``).
* **an employer after a qualified label**: ``Prior employer in US (H-2B): Northway Freight.``,
  ``Employer (seasonal): Bluewater Cannery``: the label's word ``employer``/``workplace``/
  ``company`` with a place or a bracket between it and the colon; the capitalised value to a
  full stop, a comma or the line's end goes (``none``, ``N/A``, ``self``, ``retired`` stay).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_documentation_dates", "find_qualified_employers"]

_MD = r"(?P<v>(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9]))(?![/\d]|\.\d)"
_FIRM = re.compile(
    rf"(?i)\b(?:dictated|transcribed|(?:co-?|e-?)?signed|dated|typed)[ \t]+"
    rf"(?:on[ \t]+)?{_MD}"
)
_LOOSE = re.compile(
    rf"(?i)\b(?:seen|given|reviewed)[ \t]+(?:on[ \t]+)?{_MD}"
    r"(?=[ \t]*(?:[,;]|\.(?:\s|$)|$)|[ \t]+(?:by|at|and|on|in)\b)",
    re.M,
)
#: a result released or posted to the patient's portal on a day ("Results released to portal 3/1")
_RELEASED = re.compile(
    rf"(?i)\b(?:released|posted|uploaded|published)[ \t]+(?:to|on|in)[ \t]+(?:the[ \t]+)?"
    rf"(?:patient[ \t]+)?(?:portal|mychart|chart)[ \t]+(?:on[ \t]+)?{_MD}"
)
_FRACTIONS = frozenset("1/2 1/3 1/4 2/3 3/4 1/8 3/8 5/8 7/8".split())
#: a report or a release sent on its way, then the day (up to five words for where it went)
_SENT_ON = re.compile(
    r"(?i)\b(?:released|reported|notified|faxed|submitted|sent|mailed|forwarded)"
    rf"(?P<w>[ \t]+(?:to|with)[ \t]+(?:[A-Za-z'’&-]+[ \t]+){{1,5}}?)?[ \t]*(?:on[ \t]+)?{_MD}"
    r"(?=[ \t]*(?:[,;]|\.(?:\s|$)|$))",
    re.M,
)
_NOT_SENT = re.compile(r"(?i)\b(?:be|been|pain|score|scale|strength|rated?|grade|out|of|scored?)\b")


def find_documentation_dates(text: str) -> list[PhiSpan]:
    """Bare month/days after a documentation verb (module docstring)."""
    out = [PhiSpan(m.start("v"), m.end("v"), "date") for m in _FIRM.finditer(text)]
    out += [PhiSpan(m.start("v"), m.end("v"), "date") for m in _RELEASED.finditer(text)]
    out += [
        PhiSpan(m.start("v"), m.end("v"), "date")
        for m in _SENT_ON.finditer(text)
        if (m["w"] or m.group("v") not in _FRACTIONS) and not (m["w"] and _NOT_SENT.search(m["w"]))
    ]
    out += [
        PhiSpan(m.start("v"), m.end("v"), "date")
        for m in _LOOSE.finditer(text)
        if m.group("v") not in _FRACTIONS
    ]
    return out


_VALUE_WORD = r"[A-Z][\w&'’.-]*[\w&]"
_QUALIFIED_EMPLOYER = re.compile(
    r"(?im)\b(?:employer|workplace|company)"
    r"(?=[ \t]*\(|[ \t]+(?:in|at|of|for)[ \t])"
    r"(?:[ \t]+(?:in|at|of|for)[ \t]+[\w.-]+(?:[ \t]+[\w.-]+)?|[ \t]*\([^()\n]{1,24}\)){1,3}"
    r"(?:[ \t]*:|\t|[ \t]+[-\u2013][ \t]+)[ \t]*"
    rf"(?P<v>(?-i:{_VALUE_WORD}|[A-Z])(?:[ ]+(?:&|and|of|(?-i:{_VALUE_WORD}))){{0,5}})"
    r"[ \t]*(?=$|[,;(\t]|\.(?:\s|$))"
)
_NO_EMPLOYER = frozenset(
    "none n/a na self self-employed retired unemployed unknown not applicable "
    "disabled student homemaker".split()
)


def find_qualified_employers(text: str) -> list[PhiSpan]:
    """Employers after a label with a place or a bracket before its colon (module docstring)."""
    return [
        PhiSpan(m.start("v"), m.end("v"), "workplace")
        for m in _QUALIFIED_EMPLOYER.finditer(text)
        if m.group("v").lower() not in _NO_EMPLOYER
    ]
