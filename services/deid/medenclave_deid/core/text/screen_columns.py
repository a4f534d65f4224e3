"""Screen columns of a fixed-width export with Chinese in it.

A fixed-width export (an injection schedule, a ward list) pads its cells to line up on screen,
where a Chinese or full-width character takes two columns: counted in characters, a row's cells
after a Chinese cell stand to the left of their header cells. A row is read by screen columns when
more of its cells then start exactly under a header cell than when counted in characters.
"""

from __future__ import annotations

import re

__all__ = ["shown_column", "wide_aligned"]

#: a character a fixed-width export gives two columns (Chinese, full-width forms)
_WIDE = re.compile(
    r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)


def shown_column(line: str, at: int) -> int:
    """The screen column of ``line[at]``: a Chinese character before it takes two."""
    return at + len(_WIDE.findall(line, 0, at))


def wide_aligned(body: str, cells: list[tuple[int, str]], starts: list[int], shown: list[int]) -> bool:
    """Whether the row ``body`` (its cells as ``(offset, cell)``) is lined up with its header by
    screen columns rather than by characters.

    Args:
        body: the row's line.
        cells: the row's cells.
        starts: the header cells' offsets in their line.
        shown: the header cells' screen columns.
    """
    if not _WIDE.search(body) and shown == starts:
        return False
    by_char = sum(at in starts for at, _ in cells)
    return sum(shown_column(body, at) in shown for at, _ in cells) > by_char
