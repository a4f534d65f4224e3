"""A heading word as a surname after an initial in a staff slot: ``IP notified: J. Ward on call``.

``Ward``, ``Nurse`` and ``Doctor`` are headings as often as surnames, so the
name finders keep them unless a name is already begun beside them; an initial with its full stop
(``J.``) is not taken as such a beginning. An initial and a heading surname are a person's name
where a staff slot introduces them: right after a label's colon or dash (``Infection
preventionist: J. Ward``, ``IP notified: K. Nurse``), after ``by`` (``reviewed by J. Ward``) or
after a role's abbreviation or word (``RN J. Ward``, ``preventionist J. Ward``). A room's or a
ward's number right after it (``C. Ward 4``) is a place, and stays.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import HEADING_SURNAMES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["initialled_heading_surnames"]

#: the heading surnames that are no language or date ("A. English speaking" is a grade and a skill)
_HEADS = "|".join(sorted(w.capitalize() for w in HEADING_SURNAMES & {"ward", "nurse", "doctor"}))
_NAME = re.compile(
    r"(?:[:\u2013\u2014-]|\bby|\b(?:RN|LPN|NP|PA|IP|RT|MA|CNA)|(?i:preventionist|nurse|educator|manager|supervisor))"
    rf"[ \t]*(?P<v>[A-Z]\.[ \t]?(?:{_HEADS}|{_HEADS.upper()}))(?![A-Za-z'’-])(?![ \t]*\d)"
)


def initialled_heading_surnames(text: str) -> list[PhiSpan]:
    """The initial and heading surname pairs of the module docstring, as name spans."""
    return [PhiSpan(m.start("v"), m.end("v"), "name") for m in _NAME.finditer(text)]
