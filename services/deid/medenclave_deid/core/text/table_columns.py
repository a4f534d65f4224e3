"""The cells of plain-text tables, each with the header cell it stands under.

Logs, flowsheets and handover lists are laid out as tables: columns set apart by runs of two or
more spaces (or tabs), a header line above the rows. A row with as many cells as the header
lines up cell by cell; a row with fewer (blank cells: a continued entry, an empty note) lines up
by position, each cell under the header cell that starts at or just before it; a row with one
cell too many because a two-character Chinese name is spaced out (``李  莉``) reads that name as
one cell. A table ends at a blank line. The language modules decide which headers matter and
what their cells hold.

Exports pasted into notes (work lists, waitlists, registers) are *delimited* instead
(:func:`delimited_cells`): a header row of three or more short header-like fields set apart by
``,``, a tab, ``|`` or ``;`` (a Chinese export's ``｜`` and ``，`` too), then rows with as many
fields. A field may be quoted (``"Van Dyke, Jr."``, its commas no delimiter), a pipe table's row
may open and close with ``|`` and carry a markdown separator row (``|---|---|``). The table ends
at the first line with another count of fields (an indented remark under a row, without the
delimiter, is passed over: :mod:`.table_continuations`); prose with commas has no header of short fields
above a row of the same count.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from medenclave_deid.core.text.screen_columns import shown_column as _shown
from medenclave_deid.core.text.screen_columns import wide_aligned as _wide_aligned
from medenclave_deid.core.text.table_continuations import resumes_after
from medenclave_deid.core.text.table_field_lines import fields_line

__all__ = [
    "aligned_tables",
    "delimited_cells",
    "delimited_tables",
    "header_like",
    "pipe_cells",
    "table_cells",
]

_GAP = re.compile(r"[ \t\u3000]{2,}|\t")


def _labelled(cell: str) -> bool:
    return bool(re.search(r"\D[:：]|[:：]\D|[:：]$", cell))


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


def table_cells(
    text: str, header: Callable[[list[str]], list[bool] | None]
) -> Iterator[tuple[int, str, str]]:
    """``(offset of the cell in text, the cell, its header cell)`` for every row cell under a
    header cell that ``header`` marks.

    Args:
        text: a note.
        header: given a line's cells, which of them are wanted header cells, or None when the
            line is no header of a wanted table.
    """
    for head, wanted, rows in aligned_tables(text, header):
        for row in rows:
            yield from ((at, cell, head[k][1]) for at, cell, k in row if wanted[k])


def aligned_tables(
    text: str, header: Callable[[list[str]], list[bool] | None], *, opening: bool = False
) -> Iterator[tuple[list[tuple[int, str]], list[bool], list[list[tuple[int, str, int]]]]]:
    """Every plain-text table of ``text`` (module docstring) whose header ``header`` marks: its
    header cells as ``(offset in text, cell)``, the marks, and its rows, each a list of
    ``(offset in text, cell, index of its header cell)``.

    Args:
        text: a note.
        header: as for :func:`table_cells`.
        opening: only the first line of three or more cells after a blank line, a line of
            fewer cells or a line of labelled fields can be a header (a flowsheet's row is no
            header of the rows below it).
    """
    wanted: list[bool] | None = None
    head: list[tuple[int, str]] = []
    starts: list[int] = []
    shown: list[int] = []
    rows: list[list[tuple[int, str, int]]] = []
    closed = False  # opening: this block's first line of cells was no header
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        cells = _cells(body)
        if not body.strip() or (opening and len(cells) < 3 and wanted is None):
            if wanted is not None:
                yield head, wanted, rows
            wanted, closed = None, False
        elif wanted is None:
            if len(cells) >= 3 and not closed:
                wanted = header([c for _, c in cells])
                head, rows = [(offset + at, c) for at, c in cells], []
                starts = [at for at, _ in cells]
                shown = [_shown(body, at) for at, _ in cells]
                # a line of labelled fields (姓名：梅辉  性别：男 ...) is no row of a table
                closed = opening and wanted is None and 2 * sum(_labelled(c) for _, c in cells) < len(cells)
        elif len(cells) <= len(wanted) or (
            len(cells) == len(wanted) + 1 and (cells := _spaced_name(body, cells))
        ):
            row = []
            wide = _wide_aligned(body, cells, starts, shown)
            for k, (at, cell) in enumerate(cells):
                if len(cells) == len(wanted):
                    column: int | None = k
                else:
                    column = _column(shown, _shown(body, at)) if wide else _column(starts, at)
                if column is not None:
                    row.append((offset + at, cell, column))
            rows.append(row)
        offset += len(line)
    if wanted is not None:
        yield head, wanted, rows


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _spaced_name(line: str, cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The row's cells with a two-character Chinese name spaced out to fill its cell (``李  莉``)
    read as one cell, when exactly one pair of adjacent one-character cells is in the row;
    else no cells."""
    pairs = [
        k for k in range(len(cells) - 1) if all(len(c) == 1 and _HAN.match(c) for _, c in cells[k : k + 2])
    ]
    if len(pairs) != 1:
        return []
    (at, _), (last, _) = cells[pairs[0]], cells[pairs[0] + 1]
    return cells[: pairs[0]] + [(at, line[at : last + 1])] + cells[pairs[0] + 2 :]


_DELIMITERS = ("\t", "|", "｜", ",", ";", "，")  # a Chinese export's full-width pipe and comma too
#: a header field: a few words (``MRN``, ``last_name``, ``Ins ID #``, ``出生日期``), no sentence
#: a field opens with a letter, a number glued to a letter (``6MWT``, ``24h BP``), or a count's
#: or a share's sign (``#``, ``%MT``, ``% MSO``: a session log's columns); a unit may follow in
#: brackets (``Dose [mJ/cm2]``, ``Time [mm:ss]``, ``Incr +/-``); no comma: "Lund, Ana" is a name, not a header
_HEADER_FIELD = re.compile(
    r"(?:[A-Za-z\u4e00-\u9fff]|\d{1,2}[A-Za-z]|[#%])"
    r"(?:[\w\u4e00-\u9fff /#.()&'’%?（）\[\]+^*-]|(?<=[A-Za-z]):(?=[A-Za-z])){0,39}"
)
#: (an upper-case ``OR`` is the operating room: ``OR Date``, ``OR Time`` are headers)
_PROSE_WORD = re.compile(r"(?i)(?:and|(?-i:or|Or)|but|then|with|was|were|is|are|had|has)\b")
_SEPARATOR_ROW = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?)+[ \t]*")


#: quoted parts after a field's closing quote, before the next delimiter
_MORE_QUOTED = re.compile(r'(?:[ \t]+"[^"]*")+[ \t]*')


def _fields(line: str, delimiter: str) -> list[tuple[int, str]] | None:
    """``(offset, field)`` of a delimited line, fields stripped and unquoted (a doubled quote
    kept as written); None when a quote is left open."""
    out: list[tuple[int, str]] = []
    pos, end = 0, len(line)
    if delimiter in "|｜":  # | a | b |: no empty field before the first pipe or after the last
        body = line.rstrip()
        if body.lstrip().startswith(delimiter):
            pos = line.index(delimiter) + 1
        if body.endswith(delimiter) and len(body) - 1 >= pos:
            end = len(body) - 1
    while True:
        while pos < end and line[pos] in " \t" and line[pos] != delimiter:
            pos += 1
        if pos < end and line[pos] == '"':
            close = pos + 1
            while True:
                close = line.find('"', close)
                if close < 0 or close >= end:
                    return None
                if line.startswith('""', close):
                    close += 2
                    continue
                break
            nxt = line.find(delimiter, close + 1, end)
            rest = line[close + 1 : nxt if nxt >= 0 else end]
            if rest.strip() and not _MORE_QUOTED.fullmatch(rest):
                return None
            # a second quoted part glued on by a careless export ("on Suboxone" "email ..."): one cell
            out.append((pos + 1, line[pos + 1 : close + len(rest.rstrip())]))
        else:
            nxt = line.find(delimiter, pos, end)
            raw = line[pos : nxt if nxt >= 0 else end]
            out.append((pos, raw.rstrip()))
        if nxt < 0:
            return out
        pos = nxt + 1


def _header_like(fields: list[tuple[int, str]]) -> bool:
    """Three or more short header-like fields (an export's unnamed columns left empty); not a
    signature's name and credentials ("Ana Lund, MD, PhD" over "Cardiology, NPI ...")."""
    names = [f for _, f in fields if f]
    return header_like(names) and not all(_CREDENTIAL_FIELD.fullmatch(f.strip()) for f in names[1:])


#: a credential after a signature's name
_CREDENTIAL_FIELD = re.compile(
    r"(?:MD|DO|PhD|RN|BSN|MSN|NP|PA-C|DNP|PharmD|MPH|MBA|MS|FAC[PSC]|FAAP|MBBS|"
    r"FRCP[CS]?|DDS|DMD|PsyD|LCSW|CRNA|APRN)\.?"
)


def header_like(names: list[str], words: int = 5) -> bool:
    """Three or more short fields (at most ``words`` words, none opening with prose), no line of fields."""
    if fields_line(names):  # a Chinese label and its value, twice: ``术者 汪可馨  助手 邱杰``
        return False
    return len(names) >= 3 and all(
        _HEADER_FIELD.fullmatch(f)
        and len(f.split()) <= words
        and not _PROSE_WORD.match(f)
        and not _VALUE_NUMBER.search(f)
        for f in names
    )


#: a run of five or more digits, a decimal or a full date: a field's value (a passport's ``P7071…``, a
#: contract's ``HT2023…``, ``体重3.2kg``, ``DOB 5/6/2018``), never a column's name: a line of labelled values
#: set apart by gaps is no header
_VALUE_NUMBER = re.compile(r"\d{5}|\d\.\d|\d[A-Za-z]{3}\d{2}|\d/\d{1,2}/\d{2}|\d-\d\d-\d")  # "22FEB2024"


def delimited_cells(
    text: str, header: Callable[[list[str]], list[bool] | None]
) -> Iterator[tuple[int, str, str]]:
    """``(offset of the cell in text, the cell, its header field)`` for every non-empty cell of a
    delimited table (module docstring) under a header field that ``header`` marks.

    Args:
        text: a note.
        header: given a header row's fields, which of them are wanted, or None when the table
            is no wanted one.
    """
    for head, rows in delimited_tables(text):
        names = [name for _, name in head]
        wanted = header(names) or []
        for row in rows if wanted else []:
            yield from ((at, cell, names[k]) for k, (at, cell) in enumerate(row) if wanted[k] and cell)


_PIPE_ROWS = {
    False: re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$", re.M),
    True: re.compile(r"^[ \t]*[|｜](?P<cells>.*)[|｜][ \t]*$", re.M),
}
_PIPE_RULES = {False: re.compile(r"[ \t:|-]*"), True: re.compile(r"[ \t:|｜-]*")}


def pipe_cells(
    text: str, header: Callable[[list[str]], list[bool] | None], *, fullwidth: bool = False
) -> list[tuple[int, int]]:
    """``(start, end)`` of every cell under a wanted column of a ``|`` table of any width, a rule
    row under the header or not; ``fullwidth`` also takes ``｜`` for a bar.

    Args:
        text: a note.
        header: given a header row's cells, which of them are wanted, or None when the table is
            no wanted one.
        fullwidth: whether ``｜`` separates cells too (Chinese tables).
    """
    out: list[tuple[int, int]] = []
    wanted: list[bool] | None = None
    last_end = -2
    for m in _PIPE_ROWS[fullwidth].finditer(text):
        cells = m.group("cells")
        parts, at = (re.split(r"[|｜]", cells) if fullwidth else cells.split("|")), m.start("cells")
        if m.start() != last_end + 1:
            wanted = header(parts)
        elif wanted is not None and not _PIPE_RULES[fullwidth].fullmatch(cells) and len(parts) == len(wanted):
            for part, keep in zip(parts, wanted, strict=True):
                if keep:
                    out.append((at, at + len(part)))
                at += len(part) + 1
        last_end = m.end()
    return out


def delimited_tables(
    text: str, joins: Callable[[str, str], bool] | None = None, pair: Callable[[str], bool] | None = None
) -> Iterator[tuple[list[tuple[int, str]], list[list[tuple[int, str]]]]]:
    """Every delimited table of ``text`` (module docstring): its header fields and its rows' cells,
    each as ``(offset in text, field)``.

    Args:
        text: a note.
        joins: given a header field and a run of adjacent fields joined back with their
            delimiters, whether the run is one unquoted cell of that column (``February 10,
            2024`` under a date, ``Ballard, Chip`` under a name): a row with more fields than the
            header is read when exactly one such run gives it the header's count.
        pair: given a header field, whether it names an identifying column: a header of two
            short fields, one of them such (``zip,kits``, ``Name|Phone``), is a table too when
            two or more rows of two short cells follow.
    """
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    k = 0
    while k < len(lines):
        table = _table_at(lines, k, joins, pair)
        if table is None:
            k += 1
            continue
        head, rows = table
        yield (
            [(starts[k] + at, name) for at, name in head],
            [[(starts[row] + at, cell) for at, cell in cells] for row, cells in rows],
        )
        k = rows[-1][0] + 1


def _table_at(
    lines: list[str], k: int, joins: Callable[[str, str], bool] | None, pair: Callable[[str], bool] | None
) -> tuple[list[tuple[int, str]], list[tuple[int, list[tuple[int, str]]]]] | None:
    """The header fields and the rows (line index, cells) of a delimited table whose header is
    line ``k``, or None."""
    head = lines[k].rstrip("\r\n").replace("\ufeff", " ")  # a byte-order mark: no letter
    for delimiter in _DELIMITERS:
        two = pair is not None and head.count(delimiter) == 1 and _pair_header(head, delimiter, pair)
        if head.count(delimiter) < 2 and not two:
            continue
        fields = _fields(head, delimiter)
        if fields is None or not (two or _header_like(fields)):
            continue
        if delimiter in "｜，" and any(re.search(r"[\d\s]", name) for _, name in fields):
            continue  # a line of labelled values (探视人 李红｜电话 139…), no Chinese header

        rows: list[tuple[int, list[tuple[int, str]]]] = []
        row = k + 1
        while row < len(lines):
            body = lines[row].rstrip("\r\n")
            if delimiter == "|" and not rows and _SEPARATOR_ROW.fullmatch(body):
                row += 1
                continue
            resumed = resumes_after(lines, row, delimiter) if rows else None
            if resumed is not None:  # a remark indented under the row above: the table goes on
                row = resumed
                body = lines[row].rstrip("\r\n")
            cells = _fields(body, delimiter) if body.strip() else None
            if cells is not None and len(cells) > len(fields) and joins is not None:
                cells = _rejoined(body, cells, [name for _, name in fields], joins)
            if cells is not None and len(cells) == len(fields) - 1 and _open_end(head, body, delimiter):
                cells.append((len(body.rstrip()), ""))  # "a | b | ": an empty last cell, no border
            short = cells is not None and rows and 2 < len(cells) < len(fields)
            if short and _rows_on(lines, row, delimiter, fields):
                row += 1  # a log's shorter event line between full rows: not read, the table goes on
                continue
            if cells is None or len(cells) != len(fields) or _new_header(rows, cells):
                break
            rows.append((row, cells))
            row += 1
        if (
            two
            and pair
            and (
                len(rows) < 2
                or any(_key_cell(c, pair) for _, cells in rows for _, c in cells)
                or any(_ZH_KEY.fullmatch(cells[0][1].strip()) for _, cells in rows)
            )
        ):
            continue  # "Name, DOB" above prose; "exported_by,ana" over "run_date,2021-03-04": keys and values
        if rows:
            return fields, rows
    return None


#: a Chinese field label in the first column of a two-column block (邮编, 诊断, 出生日期, 工作单位):
#: the block is a form's labelled values ("联系地址<TAB>…", "邮编<TAB>…"), no table whose header
#: is its first line
_ZH_KEY = re.compile(r"[\u4e00-\u9fffA-Za-z]{0,6}[\u4e00-\u9fff](?:号|码|编|期|断|址|位|别|龄|话|箱|址|式)")


def _key_cell(cell: str, pair: Callable[[str], bool]) -> bool:
    """A row cell of a two-column header that is no cell: prose, or another key (``run_date``)."""
    return len(cell) > 40 or bool(re.fullmatch(r"[A-Za-z]+_[A-Za-z_]+", cell)) or pair(cell)


def _pair_header(head: str, delimiter: str, pair: Callable[[str], bool]) -> bool:
    """A header of two short header fields, one naming an identifying column (``zip,kits``)."""
    names = [f.strip() for f in head.strip().split(delimiter)]
    return (
        len(names) == 2
        and header_like([*names, names[0]], words=3)  # three fields' test on the two
        and any(pair(f) for f in names)
    )


def _rows_on(lines: list[str], row: int, delimiter: str, fields: list[tuple[int, str]]) -> bool:
    """Whether the line after ``row`` is a full row of the table again."""
    after = lines[row + 1].rstrip("\r\n") if row + 1 < len(lines) else ""
    cells = _fields(after, delimiter) if after.strip() else None
    return cells is not None and len(cells) == len(fields)


def _new_header(rows: list[tuple[int, list[tuple[int, str]]]], cells: list[tuple[int, str]]) -> bool:
    """A second table's header row right under the first's rows ("Role | Name | Arrived" rows, then
    "Time | Event | Initials"): header-like fields without a digit, where every row above has a
    digit in one column (a time, a date, a count)."""
    if not rows or any(ch.isdigit() for _, f in cells for ch in f) or not _header_like(cells):
        return False
    return any(all(any(ch.isdigit() for ch in r[k][1]) for _, r in rows) for k in range(len(cells)))


def _open_end(head: str, body: str, delimiter: str) -> bool:
    """A row ending in a pipe under a header without one: its last cell is empty."""
    return delimiter == "|" and body.rstrip().endswith("|") and not head.rstrip().endswith("|")


def _rejoined(
    line: str, cells: list[tuple[int, str]], names: list[str], joins: Callable[[str, str], bool]
) -> list[tuple[int, str]] | None:
    """The row's cells with runs of adjacent unquoted fields that ``joins`` reads as one cell of
    their column joined back (a date or a "Last, First" name written with the delimiter and left
    unquoted), or None when no way or more than one way of joining gives the header's count."""
    ways: list[list[tuple[int, str]]] = []

    def walk(done: list[tuple[int, str]], j: int) -> None:
        k = len(done)
        if len(ways) > 1 or len(cells) - j < len(names) - k:
            return
        if k == len(names):
            if j == len(cells):
                ways.append(done)
            return
        walk([*done, cells[j]], j + 1)
        for last in range(j + 1, j + 1 + len(cells) - j - (len(names) - k)):
            run = cells[j : last + 1]
            if any(at > 0 and line[at - 1] == '"' for at, _ in run):
                break  # a quoted field is whole already
            joined = line[run[0][0] : run[-1][0] + len(run[-1][1])]
            if joins(names[k], joined):
                walk([*done, (run[0][0], joined)], last + 1)

    walk([], 0)
    return ways[0] if len(ways) == 1 else None
