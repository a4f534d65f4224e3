"""Two cells of a register's row that carry no label beside them, told by their shape:

* **a card number in digit groups** (``| 5212 0360 0187 85 |``, ``| 229 7929 4782 / 护照 …``): a
  clinic card, a bank or an insurance card written in groups of digits split by one or two spaces,
  at the head of a table cell (after ``|`` or a tab) or after the cell's own short label
  (``| 卡号 498  2051  8287 |``, ``| 就诊卡/证件 …``), ten digits or more in at least three groups,
  one of them of four digits or more. A blood pressure, a dose or a count is never so long, and a
  date never has ten digits.
* **a great age beside the sex** (``| 男 | 96 |``, ``女\\t102岁``): a bare number from 90 to 120 in
  the cell right after a cell holding only 男 or 女 (tabs may be doubled to align the columns) is
  the patient's age, whether or not the table has a header row.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_grouped_cells"]

#: digit groups at a cell's head, after the cell's own short label (卡号, 就诊卡/证件) if any
_GROUPS = re.compile(
    r"(?:^|(?<=[|\t]))[ \t]*(?:[\u4e00-\u9fa5]{0,5}[号卡码](?:[/／][\u4e00-\u9fa5]{1,4})?[ \t]*[:：]?[ \t]*)?"
    r"(?P<v>\d{2,6}(?: {1,2}\d{2,6}){2,7})(?![\d.%/:])"
)
#: a bare 90 to 120 in the cell after a cell of 男 or 女
_AGE = re.compile(
    r"(?:^|[|\t])[ ]*[男女][ ]*[|\t]+[ ]*(?P<v>(?:9\d|1[01]\d|120))(?:[ ]*岁)?(?=[ ]*(?:[|\t]|$))", re.M
)


def find_grouped_cells(text: str) -> list[PhiSpan]:
    """Account and age spans of the cells in the module docstring.

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for m in _GROUPS.finditer(text):
        groups = m.group("v").split()
        if sum(map(len, groups)) >= 10 and max(map(len, groups)) >= 4:
            out.append(PhiSpan(m.start("v"), m.end("v"), "account"))
    out.extend(PhiSpan(m.start("v"), m.end("v"), "age") for m in _AGE.finditer(text))
    return out
