"""Numbers in a table's cabin, room or bed column: where someone sleeps on board or on the ward.

A ship's medical log, a ward census or a hotel-quarantine list has a ``cabin``, ``stateroom``,
``berth``, ``room`` or ``bed`` column; its cells are bare numbers (``11665``, ``4210``, ``12B``),
no identifier of the person, and no name or place either, though a five-digit one looks like a
ZIP code to the learned tagger and may be taken for a name. Such a cell stays as written when a
name or place span covers nothing else.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.table_columns import delimited_tables

__all__ = ["keep_cabin_numbers"]

_HEADER = re.compile(
    r"(?i)(?:cabin|stateroom|berth|bunk|bed|room|rm|cot|cubicle|bay)(?: ?(?:no\.?|#|number|num|nbr))?"
)
_NUMBER = re.compile(r"[A-Z]?\d{1,6}[A-Z]?")
#: the categories a bare number is wrongly taken for
_MISREAD = frozenset({"name", "geo"})


def keep_cabin_numbers(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without the name or place spans that lie inside a number cell of a cabin, room
    or bed column of a delimited table."""
    if not any(s.category in _MISREAD for s in spans):
        return spans
    cells: list[tuple[int, int]] = []
    for head, rows in delimited_tables(text):
        cols = [k for k, (_, name) in enumerate(head) if _HEADER.fullmatch(name.strip())]
        for row in rows if cols else []:
            cells += [(row[k][0], row[k][0] + len(row[k][1])) for k in cols if _NUMBER.fullmatch(row[k][1])]
    if not cells:
        return spans
    return [
        s
        for s in spans
        if s.category not in _MISREAD or not any(a <= s.start and s.end <= b for a, b in cells)
    ]
