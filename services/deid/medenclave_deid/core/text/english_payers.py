"""A payer's name, which names who pays, not who is treated.

Safe Harbor lists a health plan's beneficiary and member numbers, not the plan: ``Insurance:
Aetna HMO``, ``Primary ins: Anthem Blue Cross  Member …``, ``Carrier: The Hartford``, ``Bill to:
Cigna Open Access``, ``PBM: CVS Caremark``. The value of such a field, capitalised words up to
a comma, a semicolon, a bracket, a wide gap, an identifier's label or the line's end, is kept; the numbers
after it are still found by their own recognisers.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["drop_payer_names"]

#: a payer's field and its value (words only: a digit ends it)
_PAYER = re.compile(
    r"(?:^|(?<=[ \t]{2})|(?<=\t))[ \t]*(?:(?:primary|secondary|tertiary)[ \t]+)?"
    r"(?:insurance|insurer|ins|payer|payor|carrier|pbm|bill[ \t]+to|health[ \t]+plan|"
    r"insurance[ \t]+on[ \t]+file)[ \t]*:[ \t]*"
    r"(?P<v>(?-i:[A-Z][A-Za-z&'.-]*(?:[ ][A-Z][A-Za-z&'.-]*){0,4}))"
    # and where the value ends: punctuation, a wide gap, the line's end, an identifier's label
    r"(?=[ \t]*(?:[,;(]|[ \t]{2}|\n|$)|[ ](?:id|member|subscriber|group|policy|no\.?|number|#)\b)",
    re.IGNORECASE | re.MULTILINE,
)


def drop_payer_names(text: str, spans: list[PhiSpan], first_names: frozenset[str]) -> list[PhiSpan]:
    """Without the name, place, facility and employer spans inside a payer field's value: every
    word of it capitalised, the first no given name (``Insurance: John Smith`` is a person).

    Args:
        text: the note.
        spans: resolved spans.
        first_names: the given names a word list knows (lower case).
    """
    values = [
        (m.start("v"), m.end("v"))
        for m in _PAYER.finditer(text)
        if m.group("v").split()[0].lower() not in first_names
    ]
    if not values:
        return spans
    return [
        s
        for s in spans
        if s.category not in ("name", "geo", "hospital", "workplace")
        or not any(a <= s.start and s.end <= b for a, b in values)
    ]
