"""A facility's upper-case name, found in its field, said again elsewhere in the note.

An all-capitals form names the treating facility in its field (``TREATING HOSPITAL: PROVIDENCE
MARLOWE, MARLOWE, WA``) and again in its narrative (``TAKEN BY COWORKER TO PROVIDENCE MARLOWE.``).
The field is found by its label; the narrative's mention has no label and its capitals words look
like a town (``PROVIDENCE``) and a word, so only part of it goes. Every other place the found
name stands as a whole (two words or more, in capitals, no word of it clinical) is that facility.
Title-case names have their own propagation (english_facility_titles); this is the capitals case.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_facility_titles import facility_mentions
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import is_clinical_word

__all__ = ["caps_facility_echoes"]

_CAPS_NAME = re.compile(r"[A-Z][A-Z'’.&-]*(?:[ \t]+[A-Z][A-Z'’.&-]*){1,5}")


def caps_facility_echoes(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """The other whole mentions of the note's found upper-case facility names (module docstring)."""
    names = set()
    for s in spans:
        value = text[s.start : s.end]
        if (
            s.category == "hospital"
            and _CAPS_NAME.fullmatch(value)
            and len(value) >= 8
            and not any(is_clinical_word(w.lower()) for w in value.split())
        ):
            names.add(value)
    return facility_mentions(text, names, edge="\\w'’-")
