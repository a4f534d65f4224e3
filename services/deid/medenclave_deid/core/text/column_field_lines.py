"""A Chinese form's labelled field below a plain-text table is no row of that table.

A follow-up form often sets a small table (a header such as ``日期  血尿酸  肌酐  用药`` and
dated rows) among its labelled fields, and the fields resume right below the last row with no
blank line between (``查体：VAS评分 6分``, ``处理：非布司他 20mg qd``). Read as the table's next
row, such a line is one cell, and a one-cell row stands under the first column: under a date or
a name column the whole field would be taken for that column's identifier and the clinical
terms in it lost. A row's cell never carries its own label; a line that is nothing but a
Chinese label, a colon and its value is a field of the form, and the other rules judge its
value as they judge any labelled field.

For the same reason a cell under a date column holds a date only where it has a date's shape (a
day and a month in figures, ``3月14日``, ``03-14`` opening the cell, a month's name, a run of six
to eight digits): a line of prose run on below the dated rows (``本次随访腰围 96 cm，继续秋水仙碱
0.5mg bid。``, ``LVEF（Simpson双平面法）32%``) is no date, whatever figures it carries; a line that
opens with a full date and runs on in Chinese words (``2024-09-01 复诊 VAS评分 2分 痛风石形成``) is
a date and a remark, and only the date is the cell's.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import Columns
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["drop_field_lines"]

#: a whole line that is one labelled field: a Chinese label, a colon, a value
_FIELD_LINE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,8}[ \u3000]*[:：][ \t\u3000]*\S[^\n]*")


#: what a date written in any usual form carries
_DATE_SHAPE = re.compile(
    r"(?<![\d.])(?:\d{4}\s*[-/.年]\s*\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}/\d{1,2}(?![\d.])"
    r"|\d{1,2}\s*月\s*\d{1,2}|\d{1,2}\s*[日号]|\d{6,8}(?!\d))"
    r"|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
#: a month and a day (or a day and a month) opening the cell (03-14, 3.14 08:00, 14.03)
_MONTH_DAY = re.compile(r"\s*\d{1,2}[-.]\d{1,2}(?![\d.%])")

#: a full date opening a cell, then the Chinese words of a remark
_DATE_THEN_WORDS = re.compile(
    r"\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?:\s*日)?(?=[^\n]*?[\u4e00-\u9fff]{2})(?!\d)"
)


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    head = text.rfind("\n", 0, start) + 1
    tail = text.find("\n", end)
    return head, len(text) if tail < 0 else tail


def drop_field_lines(text: str, columns: Columns) -> Columns:
    """``columns`` without the cells that are a whole line of one labelled Chinese field and
    without the date cells with no date's shape, a date cell running on into a remark cut to its
    date (module docstring).

    Args:
        text: the note.
        columns: the identifying cells and header fields read from its tables.
    """
    kept: list[PhiSpan] = []
    for cell in columns.cells:
        head, tail = _line(text, cell.start, cell.end)
        line = text[head:tail].rstrip("\r")
        if cell.category == "date" and not (
            _DATE_SHAPE.search(text, cell.start, cell.end) or _MONTH_DAY.match(text, cell.start, cell.end)
        ):
            continue
        if (
            text[head : cell.start].strip(" \t\u3000") == ""
            and line[cell.end - head :].strip() == ""
            and _FIELD_LINE.fullmatch(line)
        ):
            continue
        lead = _DATE_THEN_WORDS.match(text, cell.start, cell.end) if cell.category == "date" else None
        if lead and lead.end() < cell.end:
            cell = PhiSpan(cell.start + len(lead[0]) - len(lead[0].lstrip()), lead.end(), "date")
        kept.append(cell)
    return columns if kept == columns.cells else Columns(kept, columns.headers)
