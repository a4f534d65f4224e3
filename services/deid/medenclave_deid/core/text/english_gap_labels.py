"""A field's label read into the name before it across a form's wide gap.

A form sets its fields on one line, apart by runs of spaces: ``Attending: Dr. Ada Lind   Fellow:
Dr. ...`` or ``Prescriber: Dr. Ada Lind   NPI 1234567890``. A name rule that reads on across the
gap takes the next label as the last word of the name (``Ada Lind   Fellow``). A name span is cut
before a gap of two or more spaces (or a tab) when all that follows the gap in the span is one word
that is a label: a colon right after it, or a capital acronym before a number (``NPI 1457``).

A label's ``ID`` is no state either: ``Companion ID no.: 6301`` is not a town and Idaho. A place span
``ID`` with a number's label after it (``no.``, ``#``, ``number``, a colon), and the one word
before it read as its town, are dropped.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["drop_id_label_places", "trim_gap_labels"]

_GAP_LABEL = re.compile(r"(?:[ ]{2,}|\t+)(?P<label>[A-Z][A-Za-z-]*|[A-Z]{2,6})$")
_COLON_AFTER = re.compile(r"[ \t]*(?:#|no\.?|number|ID)?[ \t]*:")
_NUMBER_AFTER = re.compile(r"[ \t]*[:#]?[ \t]*\d")


def trim_gap_labels(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` with each person's name cut before a label across a wide gap (module docstring).

    Args:
        text: the note.
        spans: resolved spans.
    """
    out = []
    for span in spans:
        m = _GAP_LABEL.search(text, span.start, span.end) if span.category == "name" else None
        if m and m.start() > span.start:
            label = m.group("label")
            if _COLON_AFTER.match(text, span.end) or (
                label.isupper() and _NUMBER_AFTER.match(text, span.end)
            ):
                span = PhiSpan(span.start, m.start(), span.category)
        out.append(span)
    return out


_ID_LABEL_AFTER = re.compile(r"[ \t]*(?:no\.?|#|number|num\.?)?[ \t]*[:#]")


def drop_id_label_places(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without an ``ID`` label read as Idaho, and its town (module docstring).

    Args:
        text: the note.
        spans: resolved spans.
    """
    drop: set[PhiSpan] = set()
    for i, span in enumerate(spans):
        if (
            span.category == "geo"
            and text[span.start : span.end] == "ID"
            and _ID_LABEL_AFTER.match(text, span.end)
        ):
            drop.add(span)
            before = spans[i - 1] if i else None
            if before and before.category == "geo" and text[before.end : span.start] in (" ", ", "):
                drop.add(before)
    if not drop:
        return spans
    towns = {text[s.start : s.end] for s in drop}  # and the same town spread to other lines
    return [
        s for s in spans if s not in drop and not (s.category == "geo" and text[s.start : s.end] in towns)
    ]
