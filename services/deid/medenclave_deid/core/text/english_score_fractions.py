"""A scale's result written as a fraction, read as a month and day (``Boston Naming 11/15``).

The date rules leave ``x/5`` and ``x/10`` alone and know a few scales by name (``MoCA 22/30``);
a rehabilitation, memory or toxicity note writes many more, each a score over its maximum:
``FAQ 9/30``, ``Eating 6/7`` (a FIM item), ``Lawton IADL 6/8``, ``HGN 6/6``, ``MBS 1/8``, and a
coma scale's later reading (``GCS 14/15 -> 11/15``). A month/day span is such a score when its
first number is at most its second and

* **a scale's acronym** (``FAQ``, ``ICE``, ``FIM``, ``GCS``) or **a functional item or a
  scale's word** (``Eating``, ``Toileting``, ``Naming``, ``Recall``) is right before it, or
* **another fraction on the line has its maximum** and cannot be a date (``14/15`` ... ``11/15``), or
* it is **out of 10 or 5 after a pain rating's word** on its line (``Pain 3/10, improved to 2/10``,
  ``pain improved to 4/5``), unless a date's cue stands between them (``pain clinic on 3/10``,
  ``pain since 2/10``, ``chest pain, seen 3/10 and 4/10``).

Only a scale's acronym counts: a lab's, a study's or a visit's (``INR 4/7``, ``CT 11/15``, ``DOS
11/15``) keeps the date.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["drop_score_fractions"]

_FRACTION = re.compile(r"^(\d{1,2})/(\d{1,2})$")
#: a scale's acronym or word right before the fraction (with a colon, an equals sign or a dash)
_LABEL_BEFORE = re.compile(
    r"(?<![A-Za-z])(?P<w>[A-Z][A-Z0-9]{1,6}(?:-[A-Z0-9]{1,4})?|[A-Z]?[a-z]+)[ \t]*(?:[:=][ \t]*)?$"
)
#: the acronyms of scales scored over a maximum (a lab's acronym, ``INR 4/7``, is dated instead)
_SCALE_ACRONYMS = frozenset(
    """
FAQ ICE FIM GCS MBS PAS HGN CDR IADL ADL MMSE MOCA SLUMS NIHSS CAM BIMS PHQ GAD CIWA COWS RASS CPOT
ESAS DASS EPDS GDS NPI BDI BAI PANSS YMRS ASRS MDQ DAST ODI NDI KOOS WOMAC DASH LEFS BBS POMA FGA DGI
SPPB MRC ASIA AIS CARTOX QSOFA SOFA APGAR AUDIT CAGE BNT WAIS RBANS TMT SDMT CERAD ACE
""".split()
)
#: a functional item's or a scale's own word before its score
_SCORE_WORDS = frozenset(
    """
eating grooming bathing dressing toileting transfers transfer locomotion stairs walk wheelchair
comprehension expression interaction memory recall orientation naming fluency attention
abstraction visuospatial registration language bladder bowel tub toilet shower problem solving
""".split()
)
_OTHER = re.compile(r"(?<![\w./-])(\d{1,2})/(\d{1,2})(?![\w/])")
#: a pain rating's word earlier on the line, and a date's cue between it and the fraction
_PAIN_BEFORE = re.compile(r"(?i)\b(?:pain|nrs|vas|rated|rates|rating)\b[^.\n;]{0,40}$")
_DATE_CUE = re.compile(
    r"(?i)\b(?:on|since|until|till|through|by|dated?|seen|dos|visit|started|began|onset|after|before)\b"
)


def _is_score(text: str, span: PhiSpan, top: int) -> bool:
    line_start = text.rfind("\n", 0, span.start) + 1
    before = _LABEL_BEFORE.search(text, max(line_start, span.start - 40), span.start)
    if before:
        word = before.group("w")
        if word.upper() in _SCALE_ACRONYMS or word.split("-")[0].upper() in _SCALE_ACRONYMS:
            return True
        if word.lower() in _SCORE_WORDS:
            return True
    pain = _PAIN_BEFORE.search(text, line_start, span.start) if top in (5, 10) else None
    if pain:
        return not _DATE_CUE.search(pain.group())
    line_end = text.find("\n", span.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return any(int(m.group(2)) == top and 12 < int(m.group(1)) <= top for m in _OTHER.finditer(line))


def drop_score_fractions(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without the month/day spans that are a scale's score (module docstring).

    Args:
        text: the note.
        spans: resolved spans.
    """
    out = []
    for span in spans:
        m = _FRACTION.match(text[span.start : span.end]) if span.category == "date" else None
        if m and int(m.group(1)) <= int(m.group(2)) and _is_score(text, span, int(m.group(2))):
            continue
        out.append(span)
    return out
