"""Names that a contact line list ties to a kinship word, in any case.

A health department's household-contact list names people through their relation to the index
case, and writes the names in whatever case the investigator typed:

* **a kinship word, ``of`` and a name**: ``sister of maya``, ``Parent of hollis brandt counselled``,
  ``grandfather of jamie: river, tel ...``: the word after ``of`` is the person the relation is
  counted from; on a contact row (a line with a phone number) the words after the colon are the
  contact (so are those after ``maya's mother``: ``maya's mother kell, ona — 555 201 3344``);
* **a possessive before a kinship word**: ``maya's mother``, ``2. tam's stepfather Rowan Pike``;
* **a contact row**: a line with a phone number, whose name sits next to the relation, as
  ``- river wren (grandfather), 555 201 3344``, ``Contact 2: pike, odile, sister, 15 y``,
  ``BROTHER: kell, anton  555 201 3344`` or in a cell beside a relation cell of a tab or
  pipe table (``hope bush<TAB>mother<TAB>(555) 201-3344``).

The names found here are often everyday words (``hope``, ``will``, ``mark``); the kinship word and
the phone number are what make them people. A descriptor (``mother of twins``, ``the patient's
father``, ``sibling of index case``) or a clinical word stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import is_clinical_word

__all__ = ["find_contact_kin_names"]

_KIN = (
    r"(?:(?:step|half[ -]?|grand|great[ -]grand)?(?:mother|father|parent|sister|brother|sibling|son|daughter)"
    r"|mom|mum|dad|wife|husband|spouse|partner|aunt|uncle|niece|nephew|cousin|guardian|grandson|granddaughter"
    r"|grandparent|fianc[eé]e?|boyfriend|girlfriend)s?"
)
_W = r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)?"
#: who a relation is counted from when no name is given
_NOT_NAMES = frozenset(
    """
the a an his her their my our your its this that these those both all each every one two three four five
six index case patient pt client resident child kid baby infant newborn neonate toddler teen adolescent
twins twin triplets deceased unknown same above below household contact contacts family student
ic ix boy girl man woman lady gentleman someone friend neighbour neighbor caller minor many several few
some long
""".split()
)
#: what a cell beside a relation holds when it is no name
_STATUS = frozenset(
    """
yes no y n na none unknown declined refused pending done given started completed offered accepted
well symptomatic asymptomatic ill sick exposed vaccinated unvaccinated up to date utd home school work
name relation relationship rel phone tel age sex contact rx
""".split()
)
_KIN_OF = re.compile(rf"(?i:\b{_KIN}[ \t]+of[ \t]+)(?P<v>{_W})(?:[ \t]+(?P<w>{_W}))?")
_POSSESSIVE = re.compile(rf"(?<![\w'’-])(?P<v>{_W})['’]s[ \t]+(?i:{_KIN})\b")
_PHONE = re.compile(r"(?<!\d)(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)")
_KIN_OF_ROW = re.compile(
    rf"(?:(?i:\b{_KIN}[ \t]+of[ \t]+){_W}[ \t]*:|{_W}['’]s[ \t]+(?i:{_KIN}))[ \t]*"
    rf"(?P<v>{_W},[ \t]?{_W}|{_W}(?:[ \t]{_W}){{0,2}})"
    r"(?=[ \t]*(?:[,;(|\t—–]|[ \t]-[ \t]|[ \t]{2}|$))"
)
_BRACKET_ROW = re.compile(
    rf"(?m)^[ \t]*(?:[-*•]|\d{{1,2}}[.)])?[ \t]*(?P<v>{_W},[ \t]?{_W}|{_W}(?:[ \t]{_W}){{0,2}})"
    rf"[ \t]*\((?i:{_KIN})\)"
)
#: "Contact 2: fuller, abigail, sister, 15 y, ph ...", "- rusty, grandfather, 555 ..."
_COMMA_KIN_ROW = re.compile(
    rf"(?m)(?:^[ \t]*(?:[-*•]|\d{{1,2}}[.)])?|:)[ \t]*(?P<v>{_W},[ \t]?{_W}|{_W}(?:[ \t]{_W}){{0,2}})"
    rf"[ \t]*,[ \t]*(?i:{_KIN})\b"
)
#: "BROTHER: kilbride, anton  555 ...", "- sibling: penny, 555 ..."
_KIN_LABEL_ROW = re.compile(
    rf"(?m)^[ \t]*(?:[-*•]|\d{{1,2}}[.)])?[ \t]*(?i:{_KIN})[ \t]*[:=][ \t]*"
    rf"(?P<v>{_W},[ \t]?{_W}|{_W}(?:[ \t]{_W}){{0,2}})(?=[ \t]*(?:[,;(|\t—–]|[ \t]-[ \t]|[ \t]{{2}}|$))"
)
_NAME_CELL = re.compile(rf"(?:{_W},[ \t]?{_W}|{_W}(?:[ \t]{_W}){{0,2}})")
_KIN_CELL = re.compile(rf"(?i:{_KIN})(?:[ \t]+of[ \t]+{_W})?")


def _ok(value: str) -> bool:
    words = [w.lower() for w in re.findall(r"[A-Za-z'’-]+", value)]
    return bool(words) and not any(
        w in _NOT_NAMES or w in _STATUS or re.fullmatch(_KIN, w) or is_clinical_word(w) for w in words
    )


def _table_names(line: str, base: int) -> list[PhiSpan]:
    sep = "\t" if "\t" in line else "|" if line.count("|") >= 2 else ""
    if not sep:
        return []
    cells, pos = [], 0
    for cell in line.split(sep):
        lead = len(cell) - len(cell.lstrip())
        cells.append((base + pos + lead, cell.strip()))
        pos += len(cell) + 1
    out = []
    for i, (_, cell) in enumerate(cells):
        if not _KIN_CELL.fullmatch(cell):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(cells) and _NAME_CELL.fullmatch(cells[j][1]) and _ok(cells[j][1]):
                out.append(PhiSpan(cells[j][0], cells[j][0] + len(cells[j][1]), "name"))
    return out


def find_contact_kin_names(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """The people of the shapes above (module docstring).

    Args:
        text: an English note.
        is_common: whether a lower-case word is an everyday English word.
    """
    spans: list[PhiSpan] = []
    for m in _KIN_OF.finditer(text):
        if not _ok(m["v"]):
            continue
        end = m.end("v")
        w = m["w"]
        if w and _ok(w) and not is_common(w.lower()) and w.lower() != "of":
            end = m.end("w")
        spans.append(PhiSpan(m.start("v"), end, "name"))
    spans += [PhiSpan(m.start("v"), m.end("v"), "name") for m in _POSSESSIVE.finditer(text) if _ok(m["v"])]
    pos = 0
    for line in text.split("\n"):
        if _PHONE.search(line):
            for rx in (_KIN_OF_ROW, _BRACKET_ROW, _COMMA_KIN_ROW, _KIN_LABEL_ROW):
                for m in rx.finditer(line):
                    # "hope, tel 555 ...": the name is the part before the comma
                    value = m["v"] if _ok(m["v"]) else m["v"].split(",")[0]
                    if "," in m["v"] and value != m["v"] and _ok(value):
                        spans.append(PhiSpan(pos + m.start("v"), pos + m.start("v") + len(value), "name"))
                    elif value == m["v"] and _ok(value):
                        spans.append(PhiSpan(pos + m.start("v"), pos + m.end("v"), "name"))
            spans += _table_names(line, pos)
        pos += len(line) + 1
    return spans
