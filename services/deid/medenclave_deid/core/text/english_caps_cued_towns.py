"""A town after a place cue in an upper-case narrative: ``ROLLED OVER ON HWY 12 NEAR ELLENSBURG.``

An all-capitals report (a faxed first report of injury, a crash narrative, a dispatch log) names
where it happened with the usual cues, but in capitals every word looks alike, so the town finders,
which go by a capitalised word, pass ``NEAR ELLENSBURG`` by. In a line without lower-case letters:

* **after ``NEAR``, ``OUTSIDE (OF)``, ``(5 MILES) NORTH OF``, ``JUST W OF``**: one to three words
  that are a town of the gazetteer of US towns (``NEAR ELLENSBURG``, ``2 MI S OF TWIN BUTTES``);
* **after ``IN`` or ``AT``** only when a road was named before on the line (``ON SR 18 IN
  MOXEE``, ``ON COUNTY ROAD 9 AT LAKEVIEW``).

The town is never a word a clinician writes (``NEAR SYNCOPE``), nor an everyday word (``NEAR
MISS``, ``OUTSIDE WALL``) unless a road was named before it and the clause ends after it (``ON
HWY 60 OUTSIDE HEREFORD.``); the longest run of words that is a town wins.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_us_address import us_city_key
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_caps_cued_towns"]

_SIDE = r"(?:N|S|E|W|NE|NW|SE|SW|NORTH|SOUTH|EAST|WEST|NORTHEAST|NORTHWEST|SOUTHEAST|SOUTHWEST)"
_CUE = re.compile(
    rf"(?<![A-Z0-9])(?:NEAR|OUTSIDE(?:[ \t]+OF)?|JUST[ \t]+{_SIDE}[ \t]+OF"
    rf"|(?:\d+(?:\.\d+)?[ \t]*)?(?:MILES?|MI\.?)[ \t]+{_SIDE}[ \t]+OF|{_SIDE}[ \t]+OF)[ \t]+"
)
_ROAD_CUE = re.compile(r"(?<![A-Z0-9])(?:IN|AT)[ \t]+")
#: a road named on the line before an ``IN``/``AT`` cue
_ROAD = re.compile(
    r"(?<![A-Z0-9])(?:HWY|HIGHWAY|ROUTE|RTE?|SR|US|I-?\d+|INTERSTATE|COUNTY[ \t]+R(?:OA)?D|CR|FM|"
    r"FARM[ \t]+(?:TO[ \t]+MARKET[ \t]+)?ROAD|RANCH[ \t]+R(?:OA)?D|TURNPIKE|FREEWAY|PARKWAY)(?![A-Z])"
)
_WORD = re.compile(r"[A-Z][A-Z'.-]*[A-Z.]|[A-Z]")


def find_caps_cued_towns(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The towns after place cues in ``text``'s upper-case lines (module docstring)."""
    out: list[PhiSpan] = []
    pos = 0
    for line in text.split("\n"):
        if any(c.islower() for c in line) or not line.strip():
            pos += len(line) + 1
            continue
        cues = list(_CUE.finditer(line))
        if _ROAD.search(line):
            cues += [m for m in _ROAD_CUE.finditer(line) if _ROAD.search(line, 0, m.start())]
        for cue in cues:
            road = _ROAD.search(line, 0, cue.start()) is not None
            if (span := _town_at(line, cue.end(), vocab, road)) is not None:
                out.append(PhiSpan(pos + span[0], pos + span[1], "geo"))
        pos += len(line) + 1
    return out


def _town_at(line: str, start: int, vocab: TextVocabulary, road: bool) -> tuple[int, int] | None:
    """Where the longest run of one to three words at ``start`` that is a town ends, if one is;
    after a road, a town that is an everyday word too when the sentence or clause ends there."""
    words: list[re.Match] = []
    at = start
    while len(words) < 3 and (m := _WORD.match(line, at)):
        words.append(m)
        at = m.end()
        if line[at : at + 1] != " ":
            break
        at += 1
    for k in range(len(words), 0, -1):
        name = line[start : words[k - 1].end()].rstrip(".")
        lowers = [w.lower().strip(".'") for w in name.split()]
        if us_city_key(name) not in vocab.us_cities or len(name) < 3:
            continue
        if is_clinical_word(lowers[0]) and len(lowers) == 1:
            continue
        ends = re.match(r"[ \t]*(?:[.,;]|$)", line[start + len(name) :]) is not None
        if len(lowers) == 1 and vocab.is_common(lowers[0]) and not (road and ends):
            continue
        if any(w in vocab.clinical for w in lowers):
            continue
        return start, start + len(name)
    return None
