"""The year of a vaccination written alone, as immunisation histories and school or camp health forms
record it: ``Last tetanus 2019``, ``Tdap booster: 2021``, ``Flu shot — 2023``, ``BCG (1998)``,
``Hep B series completed 2004``.

A year alone is a date element like a month/year (``DTaP x5 — 05/2014``, which the date rules take),
so after a vaccine's name, with a few words of dose, booster or series between, the year is a date
(written ``[DATE]``: a bare year has no day to shift). A dose or a count after the number (``Hep B
2000 IU``, ``influenza 2023-24 season``) says it is no year of a dose given.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_vaccine_years"]

#: a vaccine by its disease or its name
_VACCINE = (
    r"tetanus|td|tdap|dtap|dtp|dt|mmr|mmrv|varicella|chicken[ \t]*pox|polio|ipv|opv|hib|"
    r"hep(?:atitis)?[ \t]*[ab]|hpv|gardasil|flu|influenza|pneumo(?:coccal|vax)?|pcv\d{0,2}|ppsv\d{0,2}|"
    r"mening(?:ococcal|itis)?|menacwy|menb|men[ \t]*c|bcg|covid(?:-?19)?|zoster|shingles|shingrix|"
    r"rotavirus|typhoid|yellow[ \t]+fever|rabies|japanese[ \t]+encephalitis|measles|mumps|rubella"
)
#: a dose's words between the vaccine and the year
_BETWEEN = (
    r"(?:[ \t]+(?:booster|boost|shot|jab|vaccine|vaccination|immuni[sz]ation|injection|dose|series|"
    r"completed|complete|given|received|done|last|most[ \t]+recent|up[ \t]+to[ \t]+date|utd|in|on|"
    r"x[ \t]*\d|#\d|\d(?:st|nd|rd|th))){0,3}"
)
_YEAR = re.compile(
    rf"(?i:\b(?:{_VACCINE})){_BETWEEN}[ \t]*(?:[:=(—–-]|,)?[ \t]*(?:[-—–][ \t]*)?"
    r"(?P<y>(?:19[5-9]\d|20[0-3]\d))(?![\d/.-]\d|[-/]\d|\d|['’]?s\b|[ \t]*(?i:iu|units?|mg|mcg|ml)\b)",
    re.ASCII,
)


def find_vaccine_years(text: str) -> list[PhiSpan]:
    """Years written alone after a vaccine's name (module docstring) in an English note."""
    return [PhiSpan(m.start("y"), m.end("y"), "date") for m in _YEAR.finditer(text)]
