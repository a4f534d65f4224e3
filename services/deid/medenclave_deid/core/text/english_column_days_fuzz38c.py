"""Month/days that look like fractions ("3/5", "4/2", "8/10") but are dates by their table or cue.

A bare ``m/d`` whose day is 5 or less (or 10) reads as a score unless its context says "date".
Two more contexts say it here:

* a column of a comma-separated (quotes respected; a row one cell longer than its header, an
  unquoted "ROSS, IDA", is aligned on the right), pipe or tab table whose cells are all
  month/days (perhaps with a clock time, "12/3 0800"), when the column is headed by a date's
  word ("Dose 2", "applied", "Date given"), holds a day no fraction has ("12/23") or one found a
  date already, or when two columns are one course's numbered days ("Permethrin #1",
  "Permethrin #2"); then every all-month/day column of that table whose header is no score's
  is a date column too::

      resident,age,mrn,dose1,dose2,applied by
      "Ross, Ida",91,3598658,11/5,12/4,JT

* an event's word right before the day: "Admit: 11/2", "index case identified 7/1",
  "returned from Peru 6/5", "diagnosed on 3/2", "exposed 4/1 at the party"; the day closes its
  clause or a place, a time or a reason follows; "RSV+ 3/1", "weaned 3/4", "swab 3/2 positive";
* a day's count and the day in brackets ("Hospital day 2 (3/2)"); a row's month/day cell right
  before its clock time's cell ("| 3/2 | 0800 | 8 L |"), with or without the table's header.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["column_days"]

_MD = r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
#: a cell's month/day, perhaps with its clock time ("12/3 0800", "4/2 14:30")
_CELL_MD = re.compile(rf"({_MD})(?:[ \t]+(?:[01]?\d|2[0-3]):?[0-5]\d)?", re.ASCII)
#: a header cell naming a day or a dose given on one
_DATE_HEADER = re.compile(
    r"(?i)\b(?:dates?|days?|dose|dosed|doses|dose\d|given|applied|application|applic\w*|"
    r"treated|treatment|tx|admin\w*|start(?:ed)?|stop(?:ped)?|onset|seen|visit|due|"
    r"done|collected|sent|received|placed|removed)\b|(?i:dose|date|day)\d\b"
)
#: a header cell naming a score, a ratio or a strength: its fractions stay
_SCORE_HEADER = re.compile(
    r"(?i)\b(?:score|strength|power|pain|ratio|grade|nrs|vas|gcs|apgar|motor|"
    r"scale|rating|fraction|frac|acuity|va|vision|bp|murmur|reflex\w*)\b|/[ \t]*\d"
)
#: an event's word before a month/day
_CUED_DAY = re.compile(
    r"(?i:\b(?:admit|admission|identified|diagnosed|dx'?d|exposed|exposure|weaned|swabbed|swab|"
    r"tested|positive|negative|(?:rsv|flu|covid|hmpv)[ \t]*\+|"
    r"travell?ed|flew|(?:returned|back|home)[ \t]+from(?:[ \t]+[A-Za-z]+){1,2}?))"
    r"[ \t]*(?:on[ \t]+)?[:#-]?[ \t]*(?P<v>" + _MD + r")(?![\w/%]|\.\d)"
    # the day closes its clause, or a place, a time or a reason follows (not "exposed 1/2 dose")
    r"(?=[ \t]*(?:$|[.,;:)|\n]|(?i:at|in|on|and|with|to|from|by|after|before|when|while|for|"
    r"pos|neg|positive|negative|-)\b))",
    re.ASCII,
)

#: a day in brackets after a day's count ("Hospital day 2 (3/2)", "illness day 4 (11/3)")
_COUNTED_DAY = re.compile(r"(?i:\bday)[ \t]*#?\d{1,2}[ \t]*\((?P<v>" + _MD + r")\)", re.ASCII)
#: a row's month/day cell right before its clock time's cell ("| 3/2 | 0800 |", "3/2\t14:30\t")
_DAY_THEN_TIME = re.compile(
    r"(?m)(?:^|[|\t])[ \t]*(?P<v>" + _MD + r")[ \t]*[|\t][ \t]*(?:[01]?\d|2[0-3]):?[0-5]\d[ \t]*(?=[|\t]|$)",
    re.ASCII,
)


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of ``line``, its blanks stripped; commas inside quotes join."""
    cells, start, quoted = [], 0, False
    for i, ch in enumerate(line + sep):
        if ch == '"' and sep == ",":
            quoted = not quoted
        elif (ch == sep and not quoted) or i == len(line):
            a, b = start, i
            while a < b and line[a] in ' \t"':
                a += 1
            while b > a and line[b - 1] in ' \t"':
                b -= 1
            cells.append((a, b))
            start = i + 1
    return cells


def _blocks(text: str) -> list[tuple[str, list[tuple[int, list[tuple[int, int]]]]]]:
    """Runs of consecutive lines cut by one separator into the same number (3 or more) of cells."""
    blocks: list[tuple[str, list[tuple[int, list[tuple[int, int]]]]]] = []
    pos = 0
    lines = []
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    for sep in ("|", "\t", ","):
        run: list[tuple[int, list[tuple[int, int]]]] = []
        for offset, line in lines + [(len(text) + 1, "")]:
            cells = _cells(line, sep) if sep in line else []
            # a row's unquoted "ROSS, IDA" splits one cell more than its header: align on the right
            if len(cells) >= 3 and (not run or 0 <= len(cells) - len(run[0][1]) <= (sep == ",")):
                run.append((offset, cells))
                continue
            if len(run) >= 2:
                blocks.append((sep, run))
            run = [(offset, cells)] if len(cells) >= 3 else []
    return blocks


def _day_columns(text: str, rows: list[tuple[int, list[tuple[int, int]]]], dated: set[int]) -> list[PhiSpan]:
    head_offset, head = rows[0]
    header = [text[head_offset + a : head_offset + b] for a, b in head]
    columns: dict[int, list[tuple[int, int]]] = {}
    for offset, cells in rows[1:]:
        shift = len(cells) - len(head)
        for col, (a, b) in enumerate(cells[shift:]):
            columns.setdefault(col, []).append((offset + a, offset + b))
    candidates, stems, sure = [], [], False
    for col, cells in columns.items():
        filled = [(a, b) for a, b in cells if a < b]
        if not filled or not all(_CELL_MD.fullmatch(text, a, b) for a, b in filled):
            continue
        filled = [(a, a + len(text[a:b].split()[0])) for a, b in filled]
        if _SCORE_HEADER.search(header[col]) or _CELL_MD.fullmatch(header[col]):
            continue
        candidates.append(filled)
        stems.append(re.sub(r"[\d\W_]+", "", header[col].lower()))
        days = [int(text[a:b].split("/")[1]) for a, b in filled]
        sure = (
            sure
            or bool(_DATE_HEADER.search(header[col]))
            or any(day > 10 for day in days)
            or any(a in dated for a, _b in filled)
        )
    # "Permethrin #1,Permethrin #2": the same course's numbered days
    sure = sure or any(stem and stems.count(stem) > 1 for stem in stems)
    if not sure:
        return []
    return [PhiSpan(a, b, "date") for filled in candidates for a, b in filled]


def column_days(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Month/days in a table's date columns and after an event's word (see the module's doc).

    Args:
        text: the note.
        spans: the spans found so far (a column with a found date is a date column).
    """
    dated = {s.start for s in spans if s.category == "date"}
    found = [
        PhiSpan(m.start("v"), m.end("v"), "date")
        for rx in (_CUED_DAY, _COUNTED_DAY, _DAY_THEN_TIME)
        for m in rx.finditer(text)
    ]
    for _sep, rows in _blocks(text):
        found += _day_columns(text, rows, dated)
    return found
