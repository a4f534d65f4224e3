"""A town found once in an address is that town everywhere in the note.

An address line gives a town its strongest context ("4410 Hwy 61 S, Hazard, KY 41701"); further
down the same town may stand alone ("notarized at Hazard", "commission no. 1234, Hazard"), where
a town named by an everyday word cannot be told from the word. So every other occurrence of a town
the rules found, written exactly as it was (same case), is the town too, unless a lower-case word
follows it, as in a sentence that uses the word ("Hazard ratio 0.8"), and no preposition of place
("drives over from Welcome on weekends") comes before it.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.prefixed_matches import bounded_matches
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["propagate_towns"]

#: a town's name: one to three capitalised Latin words (no state code, no number)
_TOWN = re.compile(r"[A-Z][a-z'’.-]{2,}(?:[ ][A-Z][a-z'’.-]+){0,2}")
_WORD_NEXT = re.compile(r"[ \t]+[a-z]")
#: a town's edges: no word character or hyphen beside it
_TOWN_BEFORE = re.compile(r"(?<![\w-])")
_TOWN_AFTER = re.compile(r"(?![\w-])")
_PLACE_BEFORE = re.compile(r"(?i:\b(?:in|from|at|to|near|of|around|outside|toward|towards)[ \t]+)$")


def propagate_towns(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Spans for the other occurrences of the towns among ``spans`` (category ``geo``).

    Args:
        text: the note.
        spans: the spans found so far (any order, overlaps allowed).
    """
    towns = {text[s.start : s.end] for s in spans if s.category == "geo"}
    out: list[PhiSpan] = []
    for town in sorted(t for t in towns if _TOWN.fullmatch(t)):
        for start, end in bounded_matches(town, text, _TOWN_BEFORE, _TOWN_AFTER):
            if not _WORD_NEXT.match(text, end) or _PLACE_BEFORE.search(text, max(0, start - 12), start):
                out.append(PhiSpan(start, end, "geo"))
    return out
