"""Clinical terms in the columns of a table whose header names a kind of term.

A review of systems, a lab panel, a rehabilitation scale or an access log is often a table (set
apart by spaces or by ``|``): ``System | Finding`` over ``Lung | Clear``, ``Item  Score`` over
``Toileting  4``, ``User  Action  Module`` over ``jdoe  EDIT  Orders``, ``Muscle | Side | Units``
over ``Pronator teres | Bilat | 50``. A cell word that is also a surname (``Lung``, ``Clear``,
``Edit``) or no English word (``Brachialis``) is then read as a person. A column whose header
names a kind of term (a system, a finding, a test, an item, an action …) holds no one: a name or place
span that lies inside one of its cells is dropped. Columns that name a person (``Patient``,
``Performed by``) are not of this kind, so their cells stay to the people rules.

An event log's ``Action`` or ``Event`` cell is sometimes a line of prose about someone
(``dantrolene given by j. hale``, ``Dr PENROSE notified``, ``per PENROSE, close``): a name span
there stays where a person's cue stands right before it (``by``, ``per``, ``Dr``) or right after
it (``notified``, ``paged``), or where the same words are found as a name outside the term cells
(the anaesthetist ``Q. Marrow`` of the header, again in ``MH hotline called by Q. Marrow``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.table_columns import aligned_tables, delimited_cells, pipe_cells

__all__ = ["TERM_HEADER", "drop_term_cells", "person_said"]

#: a header cell that names a kind of clinical term or a logged action
TERM_HEADER = re.compile(
    r"(?i)^(?:body[ ])?(?:systems?|findings?|results?|tests?|components?|exams?|sites?|organs?|regions?|"
    r"stains?|items?|domains?|measures?|parameters?|assessments?|scales?|scores?|diagnos[ie]s|"
    r"symptoms?|actions?|events?|status|activit(?:y|ies)|modules?|objects?|procedures?|analytes?|"
    r"specimens?|interventions?|responses?|grades?|criteri(?:on|a)|tasks?|labs?|markers?|"
    r"(?:admit(?:ting)?[ ])?dx|ddx|problems?|impressions?|code(?:[ ]status)?|isolation|precautions?|"
    # a chemodenervation or nerve-block map: the muscle, its side, how it was found
    r"(?:target(?:ed)?[ ]|injected[ ])?muscles?(?:[ ]groups?|[ ]?\(\w+\)|[ ]?/[ ]?sides?|[ ]injected)?|"
    r"(?:injection[ ])?sites?|nerves?|"
    r"sides?|laterality|l/r|guidance|localization|localisation)$"
)
#: a person's cue right before a name in a log's prose cell ("given by", "per", "Dr.")
_CUE_BEFORE = re.compile(
    r"(?:\b(?i:by|per|paged|called|notified|informed|relieved)|\b(?:Dr|Mr|Mrs|Ms|Prof))\.?[ \t]*$"
)
#: and right after it ("Dr PENROSE notified", "Q. Marrow aware")
_CUE_AFTER = re.compile(
    r"^[ \t]*(?:\((?i:surgeon|anaes\w*|anesth\w*|crna|rn|md)\)|(?i:notified|informed|paged|aware|called)\b)"
)
_HEADER_CELL = re.compile(r"#?[ ]?[A-Za-z][A-Za-z0-9 /()#.&'-]{0,30}")


def _term_header(cells: list[str]) -> list[bool] | None:
    if len(cells) < 2 or not all(_HEADER_CELL.fullmatch(c.strip()) for c in cells):
        return None
    terms = [bool(TERM_HEADER.match(c.strip())) for c in cells]
    return terms if any(terms) else None


def drop_term_cells(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without the name and place spans inside a term column's cells (module docstring).

    Args:
        text: an English note.
        spans: resolved spans.
    """
    if not spans or "\n" not in text:
        return spans
    # a row of one cell under an aligned table is a line of prose ("Resulted by Ada Lind, MLS")
    cells = [
        (at, at + len(cell))
        for _, wanted, rows in aligned_tables(text, _term_header)
        for row in rows
        if len(row) >= 2
        for at, cell, k in row
        if wanted[k]
    ]
    cells += [(at, at + len(cell)) for at, cell, _ in delimited_cells(text, _term_header)]
    cells += pipe_cells(text, _term_header)
    if not cells:
        return spans

    def in_cell(span: PhiSpan) -> tuple[int, int] | None:
        return next(((s, e) for s, e in cells if s <= span.start and span.end <= e), None)

    known = {text[s.start : s.end].casefold() for s in spans if s.category == "name" and not in_cell(s)}
    out = []
    for span in spans:
        cell = in_cell(span) if span.category in ("name", "geo") else None
        if cell and not (span.category == "name" and person_said(text, span, cell, known)):
            continue
        out.append(span)
    return out


def person_said(text: str, span: PhiSpan, cell: tuple[int, int], known: set[str]) -> bool:
    """Whether a name span in a term cell names someone (module docstring): a cue beside it in
    its cell, or the same words found as a name outside the term cells."""
    if text[span.start : span.end].casefold() in known:
        return True
    before, after = text[cell[0] : span.start], text[span.end : cell[1]]
    return bool(_CUE_BEFORE.search(before) or _CUE_AFTER.match(after))
