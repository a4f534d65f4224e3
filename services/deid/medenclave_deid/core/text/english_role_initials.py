"""Clinicians written as initials where a register or a report has no room for a name.

* **dotted initials after a role's label**: ``Physicist: J.L.``, ``Radiologist: G.G.``,
  ``Urology consult: J.G.``, ``Ordered by C.C. on 04 Dec``, ``Injecting ophthalmologist: M.K.``:
  after a specialist's title, a specialty or a verb of ordering or doing, capitals each with a
  full stop are a person; a dotted abbreviation (``Surgeon: N.A.``, ``Provider: P.O.``) stays;
* **initials heading a tick column**: a table whose header cell is two or three capitals (or
  several joined by ``/``: ``AP/PC``) over a column that holds only ticks, crosses or blanks
  (``Patient | Eye | Agent | AP/PC`` then ``May, Jo | OD | faricimab | x``): a register gives each
  injector or checker a column to tick, headed by their initials. A header of a known abbreviation
  (``OD/OS``, ``BP``) stays.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import SPECIALTY
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import is_clinical_word

__all__ = ["find_role_initials"]

_ROLE = (
    r"(?i:[a-z]+ologist|[a-z]+icist|technologist|technician|surgeon|physician|attending|consultant|"
    r"provider|operator|injector|(?:ordered|performed|placed|requested|implanted|inserted|injected)[ \t]+by|"
    r"consult(?:ation)?)"
)
_DOTTED = re.compile(
    rf"(?:\b{_ROLE}|(?m:^[ \t]*{SPECIALTY}))[ \t]*(?:[:-][ \t]*)?"
    r"(?P<v>[A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?)(?![\w.])"
)
#: dotted letters that abbreviate a word, not a person
_ABBREVIATIONS = frozenset("NA NB PO PR IV IM SC OD OS OU AM PM ED ER OR AD AS AU DC MD DO RN NP PA".split())
_HEADER_INITIALS = re.compile(r"[A-Z]{2,3}(?:[ \t]*/[ \t]*[A-Z]{2,3})*")
_TICKS = frozenset({"", "x", "X", "✓", "✔", "√", "y", "Y", "yes", "Yes", "-", "–", "+"})
#: capitals a header holds as a heading, not as someone's initials
_NOT_INITIALS = frozenset(
    """
OD OS OU BP HR RR MAP ICU ED OR PO IV IM SC PR NA ID MRN DOB AM PM RN MD DO NP PA VA IOP OCT CST BCVA
LOT EXP QTY DOSE LT RT BIL OK YES NO
""".split()
)


def _cells(line: str) -> list[tuple[int, str]]:
    sep = "\t" if "\t" in line else "|"
    out, pos = [], 0
    for cell in line.split(sep):
        lead = len(cell) - len(cell.lstrip())
        out.append((pos + lead, cell.strip()))
        pos += len(cell) + 1
    return out


def _is_row(line: str) -> bool:
    return "\t" in line or line.count("|") >= 2


def _tick_headers(text: str) -> list[PhiSpan]:
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    out: list[PhiSpan] = []
    for i, line in enumerate(lines):
        if not _is_row(line) or (i and _is_row(lines[i - 1])):
            continue  # only the first row of a table is its header
        head = _cells(line)
        body = []
        for below in lines[i + 1 :]:
            cells = _cells(below) if _is_row(below) else []
            if len(cells) != len(head):
                break
            body.append(cells)
        if len(body) < 2:
            continue
        for j, (at, cell) in enumerate(head):
            if not _HEADER_INITIALS.fullmatch(cell):
                continue
            column = [row[j][1] for row in body]
            if not all(c in _TICKS for c in column) or all(c == "" for c in column):
                continue
            for m in re.finditer(r"[A-Z]{2,3}", cell):
                if m.group() not in _NOT_INITIALS and not is_clinical_word(m.group().lower()):
                    out.append(PhiSpan(starts[i] + at + m.start(), starts[i] + at + m.end(), "name"))
    return out


def find_role_initials(text: str) -> list[PhiSpan]:
    """The initials of the shapes above (module docstring)."""
    spans = [
        PhiSpan(m.start("v"), m.end("v"), "name")
        for m in _DOTTED.finditer(text)
        if re.sub(r"[^A-Z]", "", m["v"]) not in _ABBREVIATIONS
    ]
    return spans + _tick_headers(text)
