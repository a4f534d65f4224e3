"""Staff initials in the rows of an eye irrigation's pH log.

A chemical splash record checks the eye's pH again and again and each check carries the initials
of the nurse who read the strip, written beside the reading in many ways: in brackets (``pH 8.5 at
10:20 (KT)``), after a slash or a dash (``10:05 pH 8.0 / KT``, ``8.5 JT / 7.8 JT``), or in a pipe
table's cell under a header naming the pH (``| 10:10 | 8.0 | DH |``). Found here: two or three
capitals standing alone on a line that reads a pH value (a number from 4.0 to 14.0 with one or two
decimals) and either names the pH itself or sits in a block whose header names it, followed by
the line's end, a bracket, a slash, a bar, a comma, an arrow or a number. Clinical
abbreviations (``OD``, ``OU``, ``LR``, ``NS``, ``RN``, ``BSS``) and a label before a colon are no
one's initials (written with dots, ``R.L.``, they are), and only a record that washes an eye out
(``irrigation``, ``splash``) has such a log: a blood gas's ``pH 7.31, CO poisoning`` names no one.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["ph_row_initials"]

_PH = re.compile(r"(?<![A-Za-z])(?:pH|PH)(?![A-Za-z])")
_VALUE = re.compile(r"(?<![\d.])(?:[4-9]|1[0-4])\.\d{1,2}(?![\d.])")
_INITIALS = re.compile(
    r"(?<![A-Za-z0-9.'’/-])(?:[A-Z]{2,3}|[A-Z]\.[A-Z]\.)(?![A-Za-z0-9]|\.[A-Za-z0-9]|[ \t]*:)"
    r"(?=[ \t]*(?:$|[)\]|/,;]|[-–—>]+|\d))",
    re.M,
)
#: a record of an eye washed out: what makes its pH readings an irrigation's
_IRRIGATION = re.compile(r"irrigat|eye[ \t]?wash|splash|Morgan[ \t]+lens", re.I)
#: abbreviations of an eye, a fluid, a unit, a clock, a credential, a field (``DO`` alone is someone's
#: initials: an osteopath signs a log with a name)
_NOT_INITIALS = frozenset(
    """
OD OS OU RE LE BE LR RL NS NSS BSS LRS RN LPN MD PA NP EMT RT MA ED ER OR AM PM CC ML WNL NL OK PH
YES NO EST EDT CST CDT MST MDT PST PDT UTC
""".split()
)


def ph_row_initials(text: str) -> list[PhiSpan]:
    """The name spans of the initials of the module docstring in ``text``."""
    out: list[PhiSpan] = []
    if not _IRRIGATION.search(text):
        return out  # a blood gas's "pH 7.31, OH group": no eye wash
    pos, header = 0, False
    for line in text.splitlines(keepends=True):
        if not line.strip():
            header = False
        elif _PH.search(line) and not _VALUE.search(line):
            header = True  # "Time | pH | RN", "pH checks:"
        if _VALUE.search(line) and (header or _PH.search(line)):
            for m in _INITIALS.finditer(line):
                if "." in m.group() or m.group() not in _NOT_INITIALS:  # "R.L.", "P.H.": initials
                    out.append(PhiSpan(pos + m.start(), pos + m.end(), "name"))
        pos += len(line)
    return out
