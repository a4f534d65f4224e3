"""Values that a form or a table pairs with one already found, in a shape no finder reads alone.

* **a second plate after a found one**: ``plate 7BYV417 (IA) / YC 11655``, ``reg AB12 CDE or
  KX 4471``: a permit or a log lists a household's two vehicles in one slot; the value after the
  slash (or "or", "&", "and"), with the first one's state or province in brackets between them,
  has a plate's shape (letters and digits, five to nine characters, maybe one space or hyphen);
* **initials that are words in a staff column**: ``| faint pink | NO`` under ``tech``, where the
  column's other cells name people (``N. O'Sullivan``, ``AN``): two or three capitals that a
  tick column would read as an answer (``NO``, ``OK``, ``YES``) are the person's initials there.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import NO_VALUE, column_category
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.table_columns import delimited_tables

__all__ = ["paired_values"]

#: what may follow a found plate before the next one: a state in brackets, a slash or a joining word
_NEXT_PLATE = re.compile(
    r"(?:[ \t]*\([A-Z]{2,3}\))?[ \t]*(?:/|&|,|(?i:or|and))[ \t]*"
    r"(?P<v>(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,5}(?:[ -][A-Z0-9]{2,5})?)(?![\w-])"
)
#: a cell of capitals that may be initials
_CAPS = re.compile(r"[A-Z]{2,3}")
#: a person's cell: initials, a name, an initial and a surname
_PERSONLIKE = re.compile(r"[A-Z][A-Za-z'’.-]*(?:[ ,]{1,2}[A-Z][A-Za-z'’.-]*){0,3}")
#: a yes/no answer in capitals
_ANSWERS = frozenset({"NO", "YES", "OK"})
#: a tick or an answer in any case
_TICKS = frozenset("y n yes no x done ok ✓ ✔ n/a na".split())


def _plates(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for span in spans:
        if span.category != "vehicle":
            continue
        at = span.end
        while (m := _NEXT_PLATE.match(text, at)) and 5 <= len(m["v"].replace(" ", "").replace("-", "")) <= 9:
            out.append(PhiSpan(m.start("v"), m.end("v"), "vehicle"))
            at = m.end()
    return out


def _column_initials(text: str) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for head, rows in delimited_tables(text, pair=lambda f: bool(column_category(f))):
        for k, (_, name) in enumerate(head):
            if column_category(name) != "name":
                continue
            cells = [row[k] for row in rows if k < len(row) and len(row) == len(head)]
            values = [(at + len(c) - len(c.lstrip()), c.strip()) for at, c in cells]
            people = [v for _, v in values if v.lower() not in _TICKS and v.lower() not in NO_VALUE]
            if not any(_PERSONLIKE.fullmatch(v) for v in people):
                continue  # a column of answers ("MD notified: NO"), no staff column
            out += [
                PhiSpan(at, at + len(v), "name") for at, v in values if v in _ANSWERS and _CAPS.fullmatch(v)
            ]
    return out


def paired_values(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """The plates and the initials of the module docstring.

    Args:
        text: an English note.
        spans: the spans found so far.
    """
    return _plates(text, spans) + _column_initials(text)
