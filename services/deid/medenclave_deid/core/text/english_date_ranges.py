"""The open end of a date range, and compact dates beside one.

A range is often written with its first date cut short and its second in full ("3/14-4/2/2023",
"9/30-11-6-2020", "1/5 - March 2nd, 2021"): the month and day before the dash are a date because a
full date follows the dash, though alone they could be a ratio or a score. The second half may be
compact, as a scheduling system prints it: eight digits of year, month and day ("20230402") or a
day, a month's abbreviation and a two-digit year ("02APR23").
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.dates import DATE_PATTERN
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_date_ranges"]

_MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
#: compact dates: yyyymmdd, ddMONyy
_COMPACT = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
                      rf"|(?:0?[1-9]|[12]\d|3[01])(?i:{_MONTHS})\d\d(?!\d)")
#: a month and a day, then a range's dash
_OPEN_END = re.compile(r"(?<![\w/.-])(?P<v>(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))[ \t]*[-–][ \t]*")


def find_date_ranges(text: str) -> list[PhiSpan]:
    """The month and day opening a range whose other end is a full or compact date, and that end
    when compact.

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for m in _OPEN_END.finditer(text):
        full = DATE_PATTERN.match(text, m.end())
        compact = _COMPACT.match(text, m.end())
        if full and full.start() == m.end():
            out.append(PhiSpan(m.start("v"), m.end("v"), "date"))
        elif compact:
            out.append(PhiSpan(m.start("v"), m.end("v"), "date"))
            out.append(PhiSpan(compact.start(), compact.end(), "date"))
    return out
