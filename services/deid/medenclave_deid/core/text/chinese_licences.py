"""Professional licence numbers and table dates in Chinese notes (IPv6 addresses after a Chinese
label are found by the shared address rule).

* **licences**: the number of a clinician's practising or qualification certificate, whatever
  the label's wording: ``医师执业证书编码``, ``执业药师注册证号``, ``资格证书编号``, ``护士执业
  证书``, ``药师注册证``, ``执业证号``, ``乡村医生执业证书``. A *product's* registration number
  (``医疗器械注册证号``) names no one and is left to the product rules: the label must name a
  profession or say 执业/资格.
* **dates in a schedule**: a month and day in figures (``11-24``, ``3/5``) opening the rows of
  a table, alone or after the row's ordinal, before a column gap (``第1次  11-24  2.12Gy``) on
  two rows or more: a range inside prose (``3-5次``, ``1-2 cm``) or a reference range in a
  lab table's later column does not stand there; or in a cell of its own on a row that has a
  full date or a time of day too (an order sheet's stop date: ``2024-02-04  18:10  病重  …  02-15``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_licences_and_table_dates"]

_PROFESSION = (
    "(?:执业药师|执业医师|执业助理医师|执业护士|乡村医生|助理医师|医师|药师|护士|技师|医生|护师|药剂师)"
)
_LICENCE = re.compile(
    rf"(?:{_PROFESSION}(?:执业|资格|注册|职业)*(?:证书|证)?|(?:专业技术)?(?:执业|资格|职业资格)(?:注册)?(?:证书|证))"
    r"(?:编码|编号|号码|注册号|号|码)?"
    r"\s*(?:为|是)?\s*[:：#]?\s*(?:NO\.?|No\.?|№)?\s*"
    r"(?P<v>[A-Za-z]{0,4}\d[0-9A-Za-z-]{4,})(?![0-9A-Za-z])"
)
_M = r"(?:0?[1-9]|1[0-2])"
_D = r"(?:0?[1-9]|[12]\d|3[01])"
#: a schedule's row: the date first, or after the row's ordinal (第3次, 第2天, D5, 3.)
_COLUMN_DATE = re.compile(
    rf"^[ \t]*(?:(?:第\s*\d{{1,3}}\s*[次天日周疗程]|[Dd]\d{{1,3}}|\d{{1,3}}[.、]?)[ \t]+)?"
    rf"(?P<v>{_M}[-/]{_D})(?=  |\t|[ \t]*$)",
    re.M,
)

#: a month and day in a cell of its own (two spaces or a tab around it) …
_CELL_DATE = re.compile(rf"(?:(?<=  )|(?<=\t))(?P<v>{_M}[-/]{_D})(?=  |\t|[ \t]*$)", re.M)
#: … on a row that carries a full date, or a time of day and another such cell (an order
#: sheet's stop date)
_ROW_DATE = re.compile(r"(?:19|20)\d{2}[-/.年]\d{1,2}")
#: a unit in the next cell makes the value a range (血糖  3-5  mmol/L, WBC  4-10  10^9/L)
_UNIT_NEXT = re.compile(r"[ \t]+(?:[A-Za-zμ%×]|\S*[/^])")
_ROW_TIME = re.compile(r"(?<![\d.:])\d{1,2}:\d{2}(?![\d.])")


def find_licences_and_table_dates(text: str) -> list[PhiSpan]:
    """Licence and table-date spans of the module docstring (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for m in _LICENCE.finditer(text):
        if sum(c.isdigit() for c in m.group("v")) >= 5:
            out.append(PhiSpan(m.start("v"), m.end("v"), "licence"))
    rows = list(_COLUMN_DATE.finditer(text))
    if len(rows) >= 2:  # a schedule has rows; one such value alone may be a range
        out += [PhiSpan(m.start("v"), m.end("v"), "date") for m in rows]
    for m in _CELL_DATE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if _UNIT_NEXT.match(text, m.end()):
            continue
        rest = line.replace(m.group("v"), " ", 1)
        if _ROW_DATE.search(rest) or (_ROW_TIME.search(rest) and _CELL_DATE.search(" " * 2 + rest)):
            out.append(PhiSpan(m.start("v"), m.end("v"), "date"))
    return out
