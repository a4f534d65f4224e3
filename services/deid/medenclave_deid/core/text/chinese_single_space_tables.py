"""Chinese registers typed with one space between the fields of each line.

A clinic's registration list or a screening export pasted as plain text often separates its
columns with a single space (``序号 就诊号 姓名 性别 年龄 体温`` over ``1 FR0012 某某 男 93 38.6``):
the aligned-table reader wants two spaces or a tab and reads no table there, so a row's age over
89 and its record number in a column stay unseen by the label rules (a bare ``93`` has no 岁).

A header here is a line of three to twelve Chinese labels, one space apart, at least one of them
an identifying column (:func:`~medenclave_deid.core.text.delimited_columns.column_category`); a
row is each following line with as many space-separated fields, the first of them a number or a
code. Only the age and record-number columns are read: names and dates have their own rules.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import column_category
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_single_space_cells"]

_HEADER = re.compile(r"^[\u4e00-\u9fffA-Za-z（）()]{1,8}(?: [\u4e00-\u9fffA-Za-z（）()]{1,8}){2,11}$")
_FIELD = re.compile(r"\S+")
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
    out: list[PhiSpan] = []
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
