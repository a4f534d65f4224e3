"""A line of Chinese fields that is no table's header.

A form writes its fields on one line, each a label and its value set apart by a space and the
fields by wider gaps (``术者 汪可馨  助手 邱杰  麻醉 薛医生``). Read as a space-aligned table, such a
line has header-like cells — and a cell such as ``麻醉 薛医生`` even reads as a doctor column once its
padding is removed — so its names would be taken for labels. A padded header splits one label
into single characters (``姓  名``, ``性 别``); a label and its value are two words of two or more
characters each. Two such cells make the line a line of fields.
"""

from __future__ import annotations

import re

__all__ = ["fields_line"]

_PAIR = re.compile(r"[\u4e00-\u9fff]{2,}[ \u3000]+[\u4e00-\u9fff]{2,}")


def fields_line(names: list[str]) -> bool:
    """Two or more of a would-be header's cells are a Chinese label and its value.

    Args:
        names: the cells of the line.
    """
    return sum(bool(_PAIR.fullmatch(name.strip())) for name in names) >= 2
