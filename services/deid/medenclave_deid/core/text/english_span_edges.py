"""A span that starts inside a token: a facility or a person a finder read from a unit's last
letter across a column's gap (``BLL 11.8 ug/dL  Prairie Pathology Associates``: "L  Prairie …")
begins after that token and its gap; the unit stays whole.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["trim_glued_starts"]

#: the rest of a token a span cut into, and the gap after it
_TOKEN_REST = re.compile(r"[A-Za-z0-9]{1,3}[ \t]+")


def trim_glued_starts(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` with each facility's or person's span that starts inside a token trimmed.

    Args:
        text: an English note.
        spans: the resolved spans.
    """
    out: list[PhiSpan] = []
    for span in spans:
        rest = _TOKEN_REST.match(text, span.start, span.end)
        if (
            span.category in ("hospital", "name", "workplace")
            and span.start > 0
            and (text[span.start - 1].isalnum() or text[span.start - 1] == "/")
            and text[span.start].isalnum()
            and rest
            and rest.end() < span.end
        ):
            span = PhiSpan(rest.end(), span.end, span.category)
        out.append(span)
    return out
