"""Chinese registers typed with one space between the fields of each line.

A clinic's registration list or a screening export pasted as plain text often separates its
columns with a single space (``序号 就诊号 姓名 性别 年龄 体温`` over ``1 FR0012 某某 男 93 38.6``):
the aligned-table reader wants two spaces or a tab and reads no table there, so a row's age over
89 and its record number in a column stay unseen by the label rules (a bare ``93`` has no 岁).

A header here is a line of three to twelve Chinese labels, one space apart, at least one of them
an identifying column (:func:`~medenclave_deid.core.text.delimited_columns.column_category`); a
row is each following line with as many space-separated fields, the first of them a number or a
code. Only the age and record-number columns are read: names and dates have their own rules.

A register written with slashes between its fields (a treatment log's ``序号/姓名/性别/年龄/门诊号/就诊卡``
over ``1/某某/女/92/MZ0012/62220011``) is read the same way: a header of such labels joined by
``/`` and each following line with as many ``/``-separated fields; a row with a field more or
less (an optional cell) is not lined up and is left to the other rules.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import column_category
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_single_space_cells"]

_HEADER = re.compile(r"^[\u4e00-\u9fffA-Za-z（）()]{1,8}(?: [\u4e00-\u9fffA-Za-z（）()]{1,8}){2,11}$")
_FIELD = re.compile(r"\S+")
_SLASH_HEADER = re.compile(
    r"^[\u4e00-\u9fffA-Za-z（）()]{1,8}(?:[ \t]*[/／][ \t]*[\u4e00-\u9fffA-Za-z（）()]{1,8}){2,15}$"
)
_SLASH_FIELD = re.compile(r"[^/／]+")
#: an age over 89 in an age column (a row's bare 93, or 93岁)
_OLD = re.compile(r"(?:9\d|1[0-4]\d)(?:岁|周岁)?")
#: a record number: letters, digits and dashes with four digits or more
_NUMBER = re.compile(r"(?=(?:[^\d\n]*\d){4})[A-Za-z0-9][A-Za-z0-9-]*")
_READ = frozenset({"age", "mrn", "account", "health_plan", "other_id"})


def find_single_space_cells(text: str) -> list[PhiSpan]:
    """Age and record-number cells of the single-space registers in ``text`` (module docstring).

    Args:
        text: a Chinese note.
    """
    out: list[PhiSpan] = _slash_cells(text)
    lines = text.split("\n")
    at = 0
    starts = []
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    k = 0
    while k < len(lines):
        line = lines[k].strip()
        if "  " in lines[k] or not _HEADER.fullmatch(line) or not re.search(r"[\u4e00-\u9fff]", line):
            k += 1
            continue
        categories = [column_category(name) for name in line.split(" ")]
        if not any(c in _READ for c in categories):
            k += 1
            continue
        k += 1
        while k < len(lines):
            fields = list(_FIELD.finditer(lines[k]))
            if len(fields) != len(categories) or not fields[0].group()[0].isalnum():
                break
            for field, category in zip(fields, categories, strict=True):
                value = field.group()
                start = starts[k] + field.start()
                if category == "age" and _OLD.fullmatch(value):
                    out.append(PhiSpan(start, start + len(value), "age"))
                elif category in _READ and category != "age" and _NUMBER.fullmatch(value):
                    out.append(PhiSpan(start, start + len(value), category))
            k += 1
    return out


def _fields(line: str) -> list[tuple[int, str]]:
    """A slash row's fields, each with its offset in the line, the spaces around it left out."""
    out = []
    for m in _SLASH_FIELD.finditer(line):
        value = m.group().strip()
        out.append((m.start() + len(m.group()) - len(m.group().lstrip()), value))
    return out


def _category(name: str) -> str:
    """A header cell's column, a card's label without its 号 read with it (就诊卡, 诊疗卡)."""
    return column_category(name) or (column_category(name + "号") if name.endswith("卡") else "")


def _slash_cells(text: str) -> list[PhiSpan]:
    """Age and record-number cells of the slash registers in ``text`` (module docstring)."""
    out: list[PhiSpan] = []
    at = 0
    categories: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if _SLASH_HEADER.fullmatch(stripped) and re.search(r"[\u4e00-\u9fff]", stripped):
            categories = [_category(name.strip()) for name in re.split(r"[/／]", stripped)]
            if not any(c in _READ for c in categories):
                categories = []
        elif categories:
            fields = _fields(line)
            if len(fields) != len(categories) or ("/" not in line and "／" not in line):
                categories = []
            else:
                for (offset, value), category in zip(fields, categories, strict=True):
                    start = at + offset
                    if category == "age" and _OLD.fullmatch(value):
                        out.append(PhiSpan(start, start + len(value), "age"))
                    elif category in _READ and category != "age" and _NUMBER.fullmatch(value):
                        out.append(PhiSpan(start, start + len(value), category))
        at += len(line) + 1
    return out
