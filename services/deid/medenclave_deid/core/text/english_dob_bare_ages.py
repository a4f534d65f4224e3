"""An age printed bare after the date of birth, as a tray ticket or a wristband prints it.

Thermal tickets and labels print the date of birth and the age side by side with no label: ``DOB:
03/11/1927 96``, ``BD 1926-05-02 97 F``, ``BD 9/18/1931 (91)``. A number of 90 to 125 that follows a
date of birth after a gap, ending its line or standing before a wide gap or a sex letter, is the age
when the year of birth and the age together land in this century's calendar (1927 + 96 = 2023): the
birth year says the number counts years, not a room or a weight.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_dob_bare_ages"]

_DOB_AGE = re.compile(
    r"(?i:\b(?:dob|d\.o\.b\.?|bd|birth[ \t]*date|date[ \t]+of[ \t]+birth|born)[ \t]*[:#-]?[ \t]*)"
    r"(?P<date>[0-9A-Za-z][0-9A-Za-z/.,-]*(?:[ ][0-9A-Za-z,]+){0,2}?)"
    r"(?:[ \t]{2,}|\t|[ \t]*,[ \t]*|[ \t]*/[ \t]*|[ \t]*\([ \t]*)(?P<age>\d{2,3})"
    r"(?=[ \t]*(?:$|\n|[ \t]{2}|\t|/?[ \t]*[MFmf]\b|[|;,)]))"
)


def find_dob_bare_ages(text: str) -> list[PhiSpan]:
    """Ages over 89 printed bare after a date of birth (module docstring).

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for m in _DOB_AGE.finditer(text):
        age = int(m["age"])
        years = re.findall(r"(?<!\d)(?:18|19|20)\d{2}(?!\d)", m["date"])
        if not 90 <= age <= 125 or not years:
            continue
        if 2000 <= int(years[-1]) + age <= 2040:
            out.append(PhiSpan(m.start("age"), m.end("age"), "age"))
    return out
