"""Fractions that read as month/day but are measurements: visual acuity and scores out of a maximum.

A bare ``m/d`` without a year is read as a date unless its context says fraction. Two kinds of
measurement share the shape and are kept:

* **Snellen acuity** (``6/9``, ``6/12``, ``6/18``, ``6/24``, ``3/12``): a numerator of 6 (metres)
  or 3, a denominator from the chart's lines, with an acuity word (``acuity``, ``VA``, ``vision``,
  ``aided``, ``glasses``, ``pinhole``, an eye, a near-vision ``N5``-``N48`` line) on the same line
  or the two lines above, and no date's context (``HbA1c 9.1% 6/12``, ``seen 6/12``);
* **a score out of its maximum** right after a subscale, item or plate word (``inattentive 7/9``,
  ``hyperactive/impulsive 5/9``, ``performance items 2/8``, ``Ishihara 12/17``, ``criteria 6/9``),
  or right before ``plates``, ``items``, ``criteria``, ``questions``, ``correct``;
* **a duration in British shorthand** (``repeat in 6/12`` months, ``for 3/7`` days, ``2/12 ago``).
"""

from __future__ import annotations

import re

__all__ = ["is_measure_fraction"]

_SNELLEN = re.compile(r"(?:6|3)/(?:3|4|5|6|7\.5|9|12|18|24|36|60)$")
_ACUITY_CUE = re.compile(
    r"(?i:\b(?:acuity|acuities|vision|visual|VA|snellen|logmar|aided|unaided|corrected|uncorrected|"
    r"glasses|spectacles|specs|pinhole|eyes?|binocular|monocular)\b)"
    r"|\bN(?:5|6|8|10|12|14|18|24|36|48)\b"
)
_SCORE_BEFORE = re.compile(
    r"(?i:\b(?:inattentive|inattention|hyperactive|hyperactivity|impulsive|impulsivity|"
    r"oppositional|conduct|items?|subscales?|domains?|criteria|questions?|plates?|ishihara|"
    r"vanderbilt|snap-?iv|conners|asrs|endorsed|recall|orientation|registration|fluency|"
    r"abstraction|naming|serial[ \t]+7s?|total|scored?|scores|swede|reid|index))[ \t]*[:=(-]?[ \t]*$"
)
_SCORE_AFTER = re.compile(
    r"[ \t]*(?i:plates?|items?|criteria|questions?|correct|symptoms?|endorsed|words?|points?|"
    r"trials?|hits)\b"
)


#: a span of months, days or weeks in British shorthand ("repeat in 6/12", "for 3/7", "2/12 ago")
_DURATION = re.compile(r"(?:[1-9]|1[0-2])/12$|[1-7]/7$")
_DURATION_BEFORE = re.compile(
    r"(?i:\b(?:in|for|after|within|over|every|x|about|approx\.?|around|further|another))[ \t]+~?$"
)
_DURATION_AFTER = re.compile(
    r"[ \t]*(?i:ago|later|previously|post[- ]?op|postpartum|post[- ]?partum|pp|hx)\b"
)


def is_measure_fraction(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a month/day look) is an acuity, a score or a duration, not a date."""
    value = text[start:end]
    if _SCORE_BEFORE.search(text, max(0, start - 40), start) or _SCORE_AFTER.match(text, end):
        return True
    if (
        _DURATION.match(value)
        and not text.startswith("/", end)
        and (_DURATION_BEFORE.search(text, max(0, start - 12), start) or _DURATION_AFTER.match(text, end))
    ):
        return True
    if not _SNELLEN.match(value):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    above = line_start
    for _ in range(2):
        above = text.rfind("\n", 0, max(0, above - 1)) + 1
    return bool(_ACUITY_CUE.search(text, above, line_end))
