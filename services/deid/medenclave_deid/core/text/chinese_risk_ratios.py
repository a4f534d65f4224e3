"""Risk figures of a screening report that a month-day reader takes for a date.

A prenatal serum screen, a risk calculator or a screening letter states a risk as one in so many:
``21三体风险：1/25``, ``风险值 1/30 高风险``, ``截断值1/270``, ``高风险（1/156）``. A small
denominator reads like a slashed month-day (1/25 is 25 January). It is a risk, not a date, when a
risk word stands shortly before it on its line (风险, 风险值, 截断值, 切割值, 几率, 概率, cut-off)
or a risk grade follows it (高风险, 低风险, 临界风险).
"""

from __future__ import annotations

import re

__all__ = ["is_risk_ratio"]

_RATIO = re.compile(r"1\s*[/:：]\s*\d{1,6}")
_RISK_BEFORE = re.compile(r"(?:风险|风险值|截断值|切割值|临界值|几率|概率|[Cc]ut-?off)[^\n]{0,6}$")
_GRADE_AFTER = re.compile(r"[\s)）,，;；]{0,3}(?:高|低|临界|中等?)风险")


def is_risk_ratio(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a risk stated as one in so many (see the module docstring).

    Args:
        text: the note.
        start: the span's start.
        end: the span's end.
    """
    if not _RATIO.fullmatch(text[start:end]):
        return False
    return bool(_RISK_BEFORE.search(text, max(0, start - 14), start) or _GRADE_AFTER.match(text, end))
