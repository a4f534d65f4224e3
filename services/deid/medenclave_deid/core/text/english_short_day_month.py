"""Dates without a year written day first or with dots, after a word that introduces one, as
British and Commonwealth contraception, sexual-health and clinic notes write them: ``LMP 2/3``,
``UPSI 12/3 and 13/3``, ``Insertion: 14/3``, ``Review w/c 22/4``, ``Depo due 26.03``,
``Inserted 14.3.24``; a targeted temperature management flowsheet's events (``arrest 12/3``,
``date of arrest 12/5``, ``cooling initiated 12/5``); and a date with its month in Roman
numerals (``14/iii/24``, ``14 III 2024``).

A fraction or a dose after such a word (``given 1/2 tab``, ``removed 2/3 of``, ``24/7``, ``positive
2/2 bottles``) is no date.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_short_day_months"]

_CUE = (
    r"(?:lmp|lnmp|upsi|upt|ept|inserted|insertion|insert|removed|removal|remove|fitted|fitting|refitted|"
    r"replaced|replacement|due|w/?c|week[ \t]+commencing|given|review(?:ed)?|seen|expires?|exp|expiry|"
    r"started|stopped|tested|test|neg|negative|pos|positive|smear|screened|screening|sent|booked|"
    r"rebooked|taken|done|last|next|since|on|from|until|till|by|dated?|reminder|appt|"
    r"appointment|consent(?:ed)?|counsell?ed|bleeding|bled|period|menses|intercourse|sex|ec|ulipristal|"
    r"levonorgestrel|depo|injection|inj|pill|coil|iud|ius|implant|nexplanon|implanon|"
    # a resuscitation's and a cooling protocol's events ("arrest 12/3", "cooling initiated 12/5")
    r"arrest|rosc|cooling|rewarming|initiated|intubated|extubated|admitted|onset)"
)
#: a day and a month (either first) by slash or dot, a two- or four-digit year allowed after a dot
_DM = (
    r"(?P<v>(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])(?:\.(?:\d{2}|\d{4}))?"
    r"|(?:0?[1-9]|[12]\d|3[01])\.(?:[1-9])\.(?:\d{2}|\d{4}))"
)
_CUED = re.compile(
    rf"(?i:\b{_CUE})(?:[ \t]*[:=-][ \t]*|[ \t]+)(?:(?i:on|of|dated|approx\.?|~|c\.)[ \t]+)?{_DM}"
    r"(?![\w/-]|\.\w|[ \t]*(?i:of|tabs?|tablets?|caps?|mg|mcg|ml|units?|puffs?|strength|power|pain|"
    r"doses?|x\b|times|hrs?|hours|days|weeks|months|years|bottles?|sets?|cultures?|%))",
    re.ASCII,
)
#: a following date of a pair: "UPSI 12/3 and 13/3", "12/3, 13/3"
_NEXT = re.compile(rf"[ \t]*(?:and|&|or|\+)[ \t]*{_DM}(?![\w/-]|\.\w)", re.ASCII)
_ROMAN = r"(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})"
_ROMAN_DATE = re.compile(
    rf"(?<![\w/.-])(?P<v>(?:0?[1-9]|[12]\d|3[01])(?P<s>[ /.-])(?P<r>{_ROMAN})(?P=s)(?:19|20)?\d{{2}})"
    r"(?![\w/.-])",
    re.ASCII | re.IGNORECASE,
)

#: what goes on after a size's factor ("10 x 10 x 7 mm", "12 x 12 cm") or comes before one ("3 x ")
_SIZE_NEAR = re.compile(r"[ \t]*(?:[x\u00d7*][ \t]*\d|(?i:mm|cm|m|in|inches|ml|mls|fr)\b)")
_SIZE_BEFORE = re.compile(r"[x\u00d7*][ \t]*$")


def find_short_day_months(text: str) -> list[PhiSpan]:
    """Day-month dates after a word that introduces a date, and dates with Roman-numeral months."""
    out: list[PhiSpan] = []
    for m in _CUED.finditer(text):
        if m.group("v") == "24/7":
            continue  # round the clock
        out.append(PhiSpan(m.start("v"), m.end("v"), "date"))
        end = m.end("v")
        while (n := _NEXT.match(text, end)) is not None:
            out.append(PhiSpan(n.start("v"), n.end("v"), "date"))
            end = n.end("v")
    for m in _ROMAN_DATE.finditer(text):
        if (
            _SIZE_NEAR.match(text, m.end())
            or _SIZE_BEFORE.search(text, max(0, m.start() - 4), m.start())
            or (m.group("s") == " " and m.group("r") in ("x", "X") and len(m.group("v")) < 9)
        ):
            continue  # "10 x 10 x 7 mm", "10 x 12 cm": a size, not the 10th of October
        out.append(PhiSpan(m.start("v"), m.end("v"), "date"))
    return out
