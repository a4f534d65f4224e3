"""The people heading the columns of a typing table, and the typings under them.

An exported or pasted table's header fields are labels (:mod:`.delimited_columns`): no rule may
read a name in them. Tissue-typing and donor work-up reports break that twice:

* **a relative heads a column by name**: the table compares the recipient with each family
  member typed, and each column is headed by who was typed, often a first name alone with the
  kinship beside it (``Locus | Recipient | Priya (sibling)``, ``Gene  Patient  Sister: Oona``,
  ``Mateo/brother``, ``Donor Ilse (haplo, mother)``). A typing table (its first header field
  names the locus: ``Locus``, ``HLA``, ``Gene``, ``Antigen``, ``Allele``; or a person column
  holds typings) heads every further column with a person, so none of its header fields is
  shielded from the name rules (``Locus | Recipient | Priya``: they judge ``Priya``), and a
  capitalised word beside a kinship word (in brackets, after a colon or a dash, after a slash)
  is a name outright. Other tables' headers stay labels (``Mother (Deceased)``);
* **a person column holds typings**: under ``Recipient``, ``Patient``, ``Donor`` or ``Mother``
  a typing table writes alleles (``A*02:01, A*24:02``, ``DRB1*15:01``), no name. A name cell
  whose every word carries a digit is a result, and it stays.

The kinship word, the locus and the allele stay; only the name goes.
"""

from __future__ import annotations

import bisect
import re

from medenclave_deid.core.text.column_field_lines import drop_field_lines
from medenclave_deid.core.text.delimited_columns import Columns
from medenclave_deid.core.text.delimited_columns import read_columns as _read_columns
from medenclave_deid.core.text.english_pipe_role_cells import drop_label_lines
from medenclave_deid.core.text.english_words import KINSHIP
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["Columns", "read_columns"]

#: the kinship words a typing report heads a relative's column with
_KIN = KINSHIP | frozenset(
    """sib sibs sibling siblings twin haplo haploidentical parent child
relative brother sister mom dad""".split()
)
#: words of a header field that are no one's name (roles, typing words)
_NOT_NAME = _KIN | frozenset(
    """donor recipient patient pt proband full half hla identical
matched match mismatch related unrelated potential candidate typing result results allele alleles
locus antigen the of and or no not first second third""".split()
)
#: a typing table's first header field
_LOCUS = re.compile(
    r"(?i)(?:hla(?:[ -]?(?:locus|loci|genes?|antigens?|alleles?))?|locus|loci|genes?|antigens?|alleles?)"
    r"(?:[ ]*\(.*\))?"
)
#: a capitalised word (a name) of a header field
_WORD = re.compile(r"[A-Z][A-Za-z'’-]+")
#: capitals of an abbreviation (``ABO``, ``CMV``, ``DOB``), no one's name
_ACRONYM = re.compile(r"[A-Z]{2,4}")
_TOKEN = re.compile(r"[^\s,;/]+")


def read_columns(text: str) -> Columns:
    """:func:`.delimited_columns.read_columns`, with the relatives heading a typing table's
    columns named and its typings kept (module docstring)."""
    # "Surgeon | PENROSE | Circulator | KD": a line of labels and values, no table's header
    columns = drop_label_lines(text, _read_columns(text))
    columns = drop_field_lines(text, columns)  # 查体：VAS评分 6分 below a dated table: a form's field
    cells = [cell for cell in columns.cells if not _typing(text, cell)]
    lines = sorted({text.count("\n", 0, start) for start, _ in columns.headers})
    typing_lines = {
        text.count("\n", 0, start)
        for start, end in _first_fields(columns.headers, text)
        if _LOCUS.fullmatch(text[start:end].strip())
    }
    for cell in columns.cells:  # the header line above a typing
        if _typing(text, cell) and (at := bisect.bisect_right(lines, text.count("\n", 0, cell.start) - 1)):
            typing_lines.add(lines[at - 1])
    headers: list[tuple[int, int]] = []
    for start, end in columns.headers:
        if text.count("\n", 0, start) in typing_lines:
            cells += _kin_names(text, start, end)  # a typing table's column: who was typed
        else:
            headers.append((start, end))
    return Columns(cells, headers)


def _typing(text: str, cell: PhiSpan) -> bool:
    """Whether a name cell holds a result: every word a typing (``A*02:01, A*24:02``, ``A2, B44``),
    with a digit and an allele's star or colon or at most four characters (a long number, a
    patient's id under ``Patient``, is no typing)."""
    tokens = _TOKEN.findall(text[cell.start : cell.end])
    return (
        cell.category == "name"
        and bool(tokens)
        and all(re.search(r"\d", t) and (re.search(r"[*:]", t) or len(t) <= 4) for t in tokens)
    )


def _first_fields(headers: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The first header field of each header line."""
    firsts: dict[int, tuple[int, int]] = {}
    for start, end in headers:
        firsts.setdefault(text.count("\n", 0, start), (start, end))
    return list(firsts.values())


def _kin_names(text: str, start: int, end: int) -> list[PhiSpan]:
    """The names in a header field that also holds a kinship word (``Priya (sibling)``)."""
    field = text[start:end]
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", field)]
    if not any(w in _KIN for w in words) or not re.search(r"[():/–-]", field):
        return []
    names = [
        m
        for m in _WORD.finditer(field)
        if m.group().lower() not in _NOT_NAME and not _ACRONYM.fullmatch(m.group())
    ]
    if not names or len(names) > 2:
        return []
    return [PhiSpan(start + m.start(), start + m.end(), "name") for m in names]
