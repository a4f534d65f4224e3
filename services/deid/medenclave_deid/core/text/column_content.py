"""A table column's kind read from its cells, where its header names none.

A table pasted into a note may have a header nobody listed (``Attendee``, ``Ref``, ``联系``) or
none the header readers of :mod:`~medenclave_deid.core.text.delimited_columns` know; its cells
still hold one kind of thing a row. When most of a column's cells (at least three, and three in
five of its non-empty cells) are already found as one identifier (names, record numbers,
phones, dates), the column holds that identifier, and so does each of its other cells that has
that identifier's shape: a surname the name rules did not know, a number with no label beside
it. A cell that says nothing (``n/a``, ``—``, 无), a clinical word, a drug or a measurement
(``5 mg``, ``37.2``) keeps its place: the column's kind never reaches it. A column of distinct
letter-prefixed serials (``QZ-448120``) in rows that name people is their reference numbers, though
no rule found one of them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from medenclave_deid.core.text.delimited_columns import NO_VALUE, column_category
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.table_columns import aligned_tables, delimited_tables, header_like

__all__ = ["fill_columns"]

#: the identifiers a column's cells can share
_KINDS = frozenset(
    "name mrn account health_plan other_id accession phone date id_card ssn licence".split()
)
_NUMBERS = _KINDS - {"name", "date"}
#: a cell that says nothing: the column readers' list, and who fills in a form for themselves
_NO_VALUE = NO_VALUE | {"family", "本人", "家属", "自己"}
#: a person written in Latin letters: one to four capitalised words or initials
_LATIN_PERSON = re.compile(r"[A-Z][A-Za-z'’.-]*(?:,? [A-Z][A-Za-z'’.-]*){0,3}")
#: a person written in Chinese characters (a minority's name with a middle dot, a spaced one)
_HAN_PERSON = re.compile(
    r"[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,3}|[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,8}"
)
#: the last character of a clinical or place word, never of a Chinese name
_HAN_NOT_PERSON = re.compile(r"[炎症病癌瘤术药科室院区号床栓痛热咳血尿便]$")
#: a number with no unit or decimal (an identifier's shape): a record number, a phone
_NUMBER = re.compile(r"(?=(?:\D*\d){4})[A-Za-z]{0,4}[-#]?[\dA-Z][\dA-Z ()./+-]{2,24}")
_MEASURE = re.compile(r"(?i)^\d{1,4}(?:\.\d+)?\s*(?:[a-z%/μ°]+.*)?$")
_DATE = re.compile(
    r"(?i)\d{1,4}[-/.年]\d{1,2}(?:[-/.月]\d{1,4}日?)?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|"
    r"\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}"
)


def fill_columns(text: str, spans: list[PhiSpan], kept: Callable[[str], bool]) -> list[PhiSpan]:
    """The cells of ``text``'s tables that share their column's identifier (module docstring)
    and are not among ``spans`` yet.

    Args:
        text: a note, English or Chinese.
        spans: what the engine found, sorted and without overlaps.
        kept: given a lower-case word, whether it is a word that stays (a clinical word, a drug,
            an everyday word that is no name).
    """
    out: list[PhiSpan] = []
    for column in _columns(text):
        out += _fill(column, spans, kept) or _serials(text, column, spans)
    return out


#: a serial with a letter prefix (``QZ-448120``, ``RX0045123``): a reference number's shape
_SERIAL = re.compile(r"[A-Z]{1,4}-?\d{5,10}")


def _serials(text: str, column: list[tuple[int, str]], spans: list[PhiSpan]) -> list[PhiSpan]:
    """A column of distinct letter-prefixed serials beside the people of its rows (``Attendee |
    Ref`` over ``Maria Lopez | QZ-448120``): each row's own reference number, found or not. Not
    where the rows name no one (an implant log's REF and lot numbers are the product's)."""
    cells = [(at, cell) for at, cell in column if cell and cell.lower().strip(" .") not in _NO_VALUE]
    codes = [(at, cell) for at, cell in cells if _SERIAL.fullmatch(cell)]
    if len(codes) < 3 or len(codes) * 5 < len(cells) * 3 or len({c for _, c in codes}) < len(codes):
        return []
    lines = [(text.rfind("\n", 0, at) + 1, text.find("\n", at) % (len(text) + 1)) for at, _ in codes]
    people = sum(any(s.category == "name" and a <= s.start < b for s in spans) for a, b in lines)
    if people * 5 < len(codes) * 3:
        return []
    free = [(at, cell) for at, cell in codes if not _touched(at, at + len(cell), spans)]
    return [PhiSpan(at, at + len(cell), "other_id") for at, cell in free]


def _columns(text: str) -> list[list[tuple[int, str]]]:
    """The cells of each column of ``text``'s tables whose header names no identifier."""
    columns: list[list[tuple[int, str]]] = []
    seen: set[int] = set()
    for head, rows in delimited_tables(text):
        seen.add(head[0][0])
        for k, (_, name) in enumerate(head):
            if not column_category(name):
                columns.append([row[k] for row in rows])
    for head, _, lines in aligned_tables(text, _header, opening=True):
        if head[0][0] in seen:
            continue
        for k, (_, name) in enumerate(head):
            if not column_category(name):
                columns.append([(at, cell) for line in lines for at, cell, n in line if n == k])
    return columns


def _header(names: list[str]) -> list[bool] | None:
    return [True] * len(names) if header_like(names, words=4) else None


def _fill(column: list[tuple[int, str]], spans: list[PhiSpan], kept: Callable[[str], bool]) -> list[PhiSpan]:
    cells = [(at, cell) for at, cell in column if cell and cell.lower().strip(" .") not in _NO_VALUE]
    kinds: list[str | None] = [_kind(at, cell, spans) for at, cell in cells]
    counts = Counter(kind for kind in kinds if kind)
    if not counts:
        return []
    kind, count = counts.most_common(1)[0]
    if kind not in _KINDS or count < 3 or count * 5 < len(cells) * 3:
        return []
    return [
        PhiSpan(at, at + len(cell), kind)
        for (at, cell), found in zip(cells, kinds, strict=True)
        if found is None and not _touched(at, at + len(cell), spans) and _shaped(cell, kind, kept)
    ]


def _kind(at: int, cell: str, spans: list[PhiSpan]) -> str | None:
    """The category of the find inside the cell that covers most of it, or None (a find that
    runs past the cell is no sure read of it: ``Tigrinya  VRI`` across two cells)."""
    end = at + len(cell)
    best = max(((s.end - s.start, s.category) for s in spans if at <= s.start and s.end <= end), default=None)
    return best[1] if best and best[0] * 2 >= len(cell.replace(" ", "")) else None


def _touched(start: int, end: int, spans: list[PhiSpan]) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def _shaped(cell: str, kind: str, kept: Callable[[str], bool]) -> bool:
    """The cell has the shape of the column's identifier and is no word that stays."""
    if kind == "name":
        if _HAN_PERSON.fullmatch(cell):
            return not _HAN_NOT_PERSON.search(cell)
        words = [w.strip(",.").lower() for w in cell.split()]
        if cell.isupper() and len(cell) <= 5:
            return False  # an acronym (ASL, OPI), no one's initials to guess
        return bool(_LATIN_PERSON.fullmatch(cell)) and not any(kept(w) for w in words if len(w) > 1)
    if kind == "date":
        return len(cell) <= 25 and bool(_DATE.fullmatch(cell))
    return kind in _NUMBERS and bool(_NUMBER.fullmatch(cell)) and not _MEASURE.match(cell)
