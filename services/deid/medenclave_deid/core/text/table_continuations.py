"""Indented continuation lines inside a delimited table.

A log kept as a pipe, tab or comma table (a ship's medical centre log, a triage board, a ward
census) often carries a remark under a row on a line of its own, indented and without the
delimiter (``      accompanied by … (son), home contact …``), then goes on with more rows::

    time  | cabin | name     | age | complaint
    9:16  | 9619  | R. Quill | 99  | chest pain …
          accompanied by Tomasz Quill (son), cabin phone ext only
    19:29 | 1165  | BRANDT, Ilse | 73 | corneal abrasion …

Such a line belongs to the row above; it does not end the table, so the rows after it are still
read column by column (an age over 89 under ``age``, a name under ``name``). Only a few such lines
in a row are passed over, only after a first row, and only when the line after them is read as a
row again; a blank line, an unindented line without the delimiter or another count of fields still
ends the table.
"""

from __future__ import annotations

__all__ = ["MAX_CONTINUED", "continuation", "resumes_after"]

#: how many indented lines in a row one entry may carry before the table is taken to have ended
MAX_CONTINUED = 4


def continuation(line: str, delimiter: str) -> bool:
    """An indented, non-blank line without the table's delimiter, or with it only as a border before
    the text (``            |   remark: 6 mm nodule``): a remark under the row above."""
    body = line.rstrip("\r\n").strip()
    if body.startswith(delimiter) and delimiter in "|｜":
        body = body[1:].strip()
    return bool(body) and line[:1] in (" ", "\t") and delimiter not in body


def resumes_after(lines: list[str], row: int, delimiter: str) -> int | None:
    """The index of the line that follows the continuation lines starting at ``row``: a
    non-blank line the caller reads as a row again (or finds no row there, and ends the table);
    None when ``row`` is no continuation line, too many follow, or a blank line or the end does."""
    end = row
    while end < len(lines) and end - row <= MAX_CONTINUED and continuation(lines[end], delimiter):
        end += 1
    if end == row or end - row > MAX_CONTINUED or end >= len(lines):
        return None
    return end if lines[end].strip() else None
