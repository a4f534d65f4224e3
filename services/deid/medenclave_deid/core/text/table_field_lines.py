"""A line of Chinese fields that is no table's header.

A form writes its fields on one line, each a label and its value set apart by a space and the
fields by wider gaps (``术者 汪可馨  助手 邱杰  麻醉 薛医生``). Read as a space-aligned table, such a
line has header-like cells — and a cell such as ``麻醉 薛医生`` even reads as a doctor column once its
padding is removed — so its names would be taken for labels. A padded header splits one label
into single characters (``姓  名``, ``性 别``); a label and its value are two words of two or more
characters each. Two such cells make the line a line of fields.

A staff slot and its padded name (``检查医师  余   敏``) split into a role label and two short
cells: a label ending in a person's role (its characters perhaps spaced out in its cell:
``检 查 医 师  余   敏``) followed by one character (or a compound surname: 尉迟) and one or two more that
end the line or a field is a label and a name, not a header of three columns — a padded
header spaces out every label (``姓  名  性  别``), and a name's last cell is no label's last
character (号, 名, 别 …).

A number's label and its number in the next cell (``肾活检病理号<TAB>SP2021-2105``,
``| 门诊号 | 0012-3345 |``) are a field too: a column's name ends in 号 or 编号, but no
column's name carries four digits.
"""

from __future__ import annotations

import re
from itertools import pairwise

from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES

__all__ = ["fields_line"]

_PAIR = re.compile(r"[\u4e00-\u9fff]{2,}[ \u3000]+[\u4e00-\u9fff]{2,}")
#: a label naming a person by role (检查医师, 技师, 报告者, 审核人, 主任) or by name (姓名)
_ROLE = re.compile(r"[\u4e00-\u9fff]*(?:师|医生|护士|者|员|人|主任)[:：]?|姓名[:：]?")
_HAN1 = re.compile(r"[\u4e00-\u9fff]")
_GIVEN = re.compile(r"[\u4e00-\u9fff]{0,1}[^\W\d_号名别龄期断址码编位话式数次]")


_NUMBER_LABEL = re.compile(r"[\u4e00-\u9fff]{1,10}(?:号|号码|编码)[:：]?")


def _numbered(names: list[str]) -> bool:
    """A number's label, then a cell holding four or more digits."""
    return any(
        _NUMBER_LABEL.fullmatch(a.strip()) and sum(c.isdigit() for c in b) >= 4 for a, b in pairwise(names)
    )


def _padded_staff(names: list[str]) -> bool:
    """A role label, then a padded name's surname and given name as two cells, then the line's end or
    a cell of two or more characters."""
    for k in range(len(names) - 2):
        label, first, given = (n.strip() for n in names[k : k + 3])
        label = re.sub(r"[ \u3000]", "", label)  # a label spaced out in its cell (检 查 医 师)
        after = names[k + 3].strip() if k + 3 < len(names) else ""
        if (
            _ROLE.fullmatch(label)
            and len(label) >= 2
            and (_HAN1.fullmatch(first) or first in CN_COMPOUND_SURNAMES)
            and _GIVEN.fullmatch(given)
            and _HAN1.match(given)
            and len(after) != 1
        ):
            return True
    return False


def fields_line(names: list[str]) -> bool:
    """Two or more of a would-be header's cells are a Chinese label and its value, or a role label is
    followed by a padded name, or a number's label by its number.

    Args:
        names: the cells of the line.
    """
    return (
        sum(bool(_PAIR.fullmatch(name.strip())) for name in names) >= 2
        or _padded_staff(names)
        or _numbered(names)
    )
