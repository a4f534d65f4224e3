"""The day a signer wrote after their credential: ``Rosa Jimenez, MD 12/5``, ``— K. Obi RN 3/14/24
0910``. A month and day (a year allowed) right after a licensed clinician's credential that ends a
signature (a comma or a capitalised word before the credential; the line's end, a clock time, a
comma or a semicolon after the day) is the day it was signed, not a score or a ratio.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_signature_dates"]

_CREDENTIAL = r"(?:MD|DO|RN|NP|PA-C|PA|CRNA|LPN|LVN|APRN|FNP|PharmD|RPh|LCSW|MSW|DPM|DDS|DMD|CNM|RRT)"
_DATE = re.compile(
    rf"(?:,|[A-Za-z][a-z'’]+\.?)[ \t]*{_CREDENTIAL}[ \t]{{1,3}}"
    r"(?P<v>(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?:/(?:\d{4}|\d{2}))?)"
    r"(?=[ \t]*(?:$|[,;]|@?[ \t]*(?:[01]?\d|2[0-3]):?[0-5]\d\b))",
    re.M,
)


def find_signature_dates(text: str) -> list[PhiSpan]:
    """The signing days of the shape above (module docstring)."""
    return [PhiSpan(m.start("v"), m.end("v"), "date") for m in _DATE.finditer(text)]
