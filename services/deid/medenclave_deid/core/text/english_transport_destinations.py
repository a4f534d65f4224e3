"""Where a patient was taken: a treatment log's transport column and "transported to …".

A medical unit's, an event's or an EMS crew's log says where each patient went, under a column
(``Transport``, ``Transported to``, ``Destination``, ``Receiving facility``, ``Transport hospital``,
``Dest facility``) or in the remarks ("transported to bitterroot regional healthcare by ground").
The hospital finders read a facility by its capitalised name; a log exported in lower or upper
case, or a facility named by its place and a short last word (``Kern ED``, ``Plumas Regional``,
``Salmon Urgent Care``) slips past them. So:

* **a transport column** of a delimited table: each cell that names a place is the hospital,
  after a mode of transport (``ALS to …``); ``RTD``, ``released``, ``refused``, ``n/a`` stay;
* **after "transport(ed) to"**: up to six words that end in a facility's last word (hospital,
  medical center/centre, health, healthcare, regional, ED, urgent care, clinic, infirmary, a
  saint's ``'s``), in any case, and open with a name ("transported to the ED" stays).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.table_columns import delimited_tables

__all__ = ["find_transport_destinations"]

_COLUMN_RX = (
    r"(?:disposition )?(?:transport(?:ed)?|xport|dest|destination)"
    r"(?: (?:to|hospital|facility|dest|destination))?"
    r"|(?:receiving|transport|destination|dest) (?:hospital|facility|ed)|hospital(?: name)?"
)
_COLUMN = re.compile(_COLUMN_RX)
#: a labelled line of a log ("Transport<TAB>kern ed", "Receiving facility: …")
_LINE = re.compile(
    rf"(?im)^[ \t]*(?:{_COLUMN_RX.replace(' ', r'[ _/]+')})[ \t]*(?::[ \t]*|\t[ \t]*)"
    r"(?P<v>(?:(?![ ]{2})[^\t\n;:]){2,80}?)(?=[ \t.]*$|[ ]{2}|[ \t]*[;:])"
)
_PUNCT = re.compile(r"[_/\-.()]+")
#: a cell that names no place: the patient stayed, went back or went by some means
_STAYED = re.compile(
    r"(?i)(?:(?:rtd|rtw|ama)\b.*|none|no|n|y|yes|released|refused|declined|returned.*|return to .*|"
    r"released .*|back to .*|not transported|no transport|nt|pov|als|bls|ground|air|self|—|-|\W*|home|"
    r"(?:discharged|private|family|walked|left|by|via|own|see|per) .*"
    r"|(?:\w+ )?(?:vehicle|car|ambulance|helicopter))"
)
_MODE = re.compile(
    r"(?i)^(?:(?:als|bls|ground|air|helo|medevac|amb(?:ulance)?|pov|by [a-z]+)[ \t]+)+to[ \t]+"
)
_WORD = r"(?!(?i:by|via|for|with|and|on|at|after|in|then|from|per|the|a|an)\b)[A-Za-z][\w'.&-]*"
_LAST = (
    r"(?i:hospital|medical[ ]cent(?:er|re)|health(?:care)?(?:[ ](?:cent(?:er|re)|service|system))?"
    r"|regional|ed|emergency[ ]department|urgent[ ]care|clinic|infirmary)"
)
_CUE = re.compile(
    rf"\b(?i:transport(?:ed)?|taken|evacuated|medevac(?:ed)?|flown)(?:[ ]+(?i:by|via)[ ]+\w+)?[ ]+(?i:to)[ ]+"
    rf"(?P<v>(?:{_WORD}[ ]){{1,5}}{_LAST}|(?i:st\.?|saint)[ ][A-Za-z]+['\u2019]s)(?![\w'-])"
)
#: a labelled line's facility: its last word says so
_NAMED = re.compile(rf"(?:{_LAST}|['\u2019]s)$")
#: words before a facility's last word that name none in particular ("nearest hospital")
_GENERIC = frozenset("nearest local closest receiving our this main same another their his her".split())


def _place(at: int, cell: str) -> PhiSpan | None:
    value = _MODE.sub("", cell)
    if _STAYED.fullmatch(value.strip()) or value.lower().strip(" .") in NO_VALUE:
        return None
    start = at + len(cell) - len(value)
    return PhiSpan(start, start + len(value.rstrip(" .")), "hospital")


def find_transport_destinations(text: str) -> list[PhiSpan]:
    """The hospitals of the module docstring in an English note (overlaps not resolved).

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for head, rows in delimited_tables(text):
        wanted = [
            bool(_COLUMN.fullmatch(" ".join(_PUNCT.sub(" ", name).lower().split()))) for _, name in head
        ]
        for row in rows if any(wanted) else []:
            out += [
                span
                for (at, cell), want in zip(row, wanted, strict=False)
                if want and (span := _place(at, cell))
            ]
    lines = [m for m in _LINE.finditer(text) if _NAMED.search(m["v"].rstrip(" ."))]  # "Transport: intubated"
    out += [span for m in lines if (span := _place(m.start("v"), m["v"]))]
    for m in _CUE.finditer(text):
        if m["v"].split()[0].lower() not in _GENERIC:
            out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    return out
