"""The cells of plain-text tables, each with the header cell it stands under.

Logs, flowsheets and handover lists are laid out as tables: columns set apart by runs of two or
more spaces (or tabs), a header line above the rows. A row with as many cells as the header
lines up cell by cell; a row with fewer (blank cells: a continued entry, an empty note) lines up
by position, each cell under the header cell that starts at or just before it. A table ends at
a blank line. The language modules decide which headers matter and what their cells hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

__all__ = ["table_cells"]

_GAP = re.compile(r"[ \t\u3000]{2,}|\t")


def _cells(line: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for part in _GAP.split(line):
        at = line.find(part, pos) if part else pos
        if part.strip():
            out.append((at, part.strip()))
        pos = at + len(part)
    return out


def _column(starts: list[int], at: int) -> int | None:
    """The header cell a cell starting at ``at`` stands under (None: before the first)."""
    under = [k for k, start in enumerate(starts) if start <= at + 2]
    return under[-1] if under else None


def table_cells(text: str, header: Callable[[list[str]], list[bool] | None]
                ) -> Iterator[tuple[int, str, str]]:
    """``(offset of the cell in text, the cell, its header cell)`` for every row cell under a
    header cell that ``header`` marks.

    Args:
        text: a note.
        header: given a line's cells, which of them are wanted header cells, or None when the
            line is no header of a wanted table.
    """
    wanted: list[bool] | None = None
    names: list[str] = []
    starts: list[int] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        cells = _cells(body)
        if not body.strip():
            wanted = None
        elif wanted is None:
            if len(cells) >= 3:
                wanted = header([c for _, c in cells])
                names, starts = [c for _, c in cells], [at for at, _ in cells]
        elif len(cells) <= len(wanted):
            for k, (at, cell) in enumerate(cells):
                column = k if len(cells) == len(wanted) else _column(starts, at)
                if column is not None and wanted[column]:
                    yield offset + at, cell, names[column]
        offset += len(line)
