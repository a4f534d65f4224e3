"""People in the columns of a plain-text table whose header names them.

Logs and flowsheets are laid out as tables, their columns set apart by runs of two or more
spaces, a header line above the rows ("Start  MRN  Patient  Language  Interpreter (ID)
Requested by / reason", "Dive#  Date  Pre BG  Tender"). A column whose header names a person
(patient, interpreter, requested by, tender, initials, nurse, tech …) holds one in every row,
whatever the cell looks like: a first name alone ("Jun"), an initial and a surname ("R. Johnston"),
dotted initials ("B.P."). The cell's person is what comes before a colon or a bracket ("Jun:
family meeting", "Sara (CMI838594)"): the rest is the reason or an ID that other rules read.

A row with as many cells as the header lines up cell by cell; a row with fewer (blank cells:
a continued entry, an empty note) lines up by position, each cell under the header cell that
starts at or just before it; the table ends at a blank line. A cell that
says no one (``n/a``, ``self``, ``family``, ``—``) or holds digits stays to the other rules.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_table_people"]

_GAP = re.compile(r"[ \t]{2,}|\t")
#: a header cell that names a person
_PERSON_HEADER = re.compile(
    r"(?i)^(?:patient(?:[ ]name)?|name|pt[ ]name|interpreter|requested[ ]by|ordered[ ]by|"
    r"[a-z]+[ ]by|"
    r"tender|inside[ ]tender|tech|technician|operator|nurse|rn|initials|staff|clinician|provider|"
    r"caller|attendant|driver|escort|guardian|contact|next[ ]of[ ]kin|witness|pharmacist)\b")
#: a header cell: a few words, no digits beyond a trailing "#"
_HEADER_CELL = re.compile(r"[A-Za-z][A-Za-z /()#.&'-]{0,30}")
#: the person in a cell: before a colon, a bracket or a comma's reason
_PERSON = re.compile(r"(?P<v>[A-Z][A-Za-z'’.-]*(?:[ ,]{1,2}[A-Z][A-Za-z'’.-]*){0,3})(?=[ \t]*(?:[:(]|$))")
_NO_ONE = frozenset("n/a na none self family unknown same pt patient staff -- — - tbd".split())


def _cells(line: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for part in _GAP.split(line):
        at = line.find(part, pos) if part else pos
        if part.strip():
            out.append((at, part.strip()))
        pos = at + len(part)
    return out


def _header(cells: list[tuple[int, str]]) -> list[bool] | None:
    """Which columns name a person, if the line is a table's header with one that does."""
    if len(cells) < 3 or not all(_HEADER_CELL.fullmatch(c) for _, c in cells):
        return None
    people = [bool(_PERSON_HEADER.match(c)) for _, c in cells]
    return people if any(people) else None


def _column(starts: list[int], at: int) -> int | None:
    """The header cell a cell starting at ``at`` stands under (None: before the first)."""
    under = [k for k, start in enumerate(starts) if start <= at + 2]
    return under[-1] if under else None


def find_table_people(text: str) -> list[PhiSpan]:
    """The people of the person-naming columns of every plain-text table in ``text``.

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    people: list[bool] | None = None
    starts: list[int] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        cells = _cells(body)
        if not body.strip():
            people = None
        elif people is None:
            people, starts = _header(cells), [at for at, _ in cells]
        elif len(cells) <= len(people):
            for k, (at, cell) in enumerate(cells):
                column = k if len(cells) == len(people) else _column(starts, at)
                named = column is not None and people[column]
                m = _PERSON.match(cell)
                if named and m and m.group("v").lower().strip(" .") not in _NO_ONE:
                    start = offset + at
                    out.append(PhiSpan(start + m.start("v"), start + m.end("v"), "name"))
        offset += len(line)
    return out
