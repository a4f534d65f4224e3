"""Employers named in the Spanish labels of bilingual forms and in letters that address them.

* **a Spanish label** of a community-health-worker's or a clinic's bilingual form, alone or paired
  with its English one by a slash (``Empleador / Employer:``, ``Trabajo:``, ``Lugar de trabajo /
  Workplace:``, ``Work / Trabajo:``), then a capitalised value up to the line's end, a bracket, a
  dash, a comma or a wide gap (``Empleador: Harvest Valley Packing (temporada)``);
* **Spanish prose**: ``trabaja en`` / ``trabaja para`` / ``labora en`` then a capitalised run
  (``Trabaja en Ridgeway Poultry desde hace años``);
* **a letter to a donor or a patient** that names their employer after the word itself: ``your
  employer, Dunmore Freight, ...``, ``lists your employer as Kessler Tile.``, ``employer is Acme``:
  a capitalised run of up to five words ending the clause.

A value that names no workplace (``Retired``, ``Desempleado``, ``N/A``, ``Self``) is left.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_bilingual_employers"]

_ES_LABEL = (
    r"(?:empleador(?:a)?|patr[oó]n|trabajo|lugar[ \t]+de[ \t]+trabajo|centro[ \t]+de[ \t]+trabajo|empleo|"
    r"empresa|compa[nñ][ií]a)"
)
_EN_LABEL = r"(?:employer|work(?:[ \t]*place|[ \t]+site)?|job(?:[ \t]+site)?|company|place[ \t]+of[ \t]+work)"
_LABEL = re.compile(
    rf"(?im)(?:^|(?<=[ \t]{{2}})|(?<=[;|]))[ \t]*(?:{_ES_LABEL}(?:[ \t]*/[ \t]*{_EN_LABEL})?|"
    rf"{_EN_LABEL}[ \t]*/[ \t]*{_ES_LABEL})[ \t]*[:：][ \t]*"
    r"(?P<v>(?-i:[A-Z0-9])[^\n,;()|]{0,60}?)[ \t]*(?=$|[,;(|]|[ \t]+[-–—][ \t]|[ \t]{2}|\.(?:[ \t]|$))"
)
_RUN = r"(?P<v>[A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z0-9][\w'’&-]*|&|de|del|la|of|and)){0,5})"
_PROSE = re.compile(
    rf"\b(?:(?i:trabaja|trabajaba|labora|laboraba)[ \t]+(?i:en|para)|(?i:employer)(?:,|[ \t]+(?:is|was|as)))"
    rf"[ \t]+{_RUN}"
)
_NO_WORKPLACE = frozenset(
    """retired none n/a na self self-employed unemployed disabled student homemaker unknown
    desempleado desempleada jubilado jubilada ninguno ninguna hogar estudiante the a an his her their
    your our""".split()
)
#: where a prose employer's name ends: the clause, or a word that goes on past it
_CLAUSE_END = re.compile(r"[ \t]*(?:$|[,.;:)\n]|[ \t](?:desde|since|and|y|para|for|we|which|who|where)\b)")
_TAIL = re.compile(r"(?:[ \t]+(?:de|del|la|of|and|&))+$")


def find_bilingual_employers(text: str) -> list[PhiSpan]:
    """The workplaces of the module docstring in an English (or bilingual) note.

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for m in _LABEL.finditer(text):
        value = m["v"].rstrip(" .")
        if value and value.lower() not in _NO_WORKPLACE:
            out.append(PhiSpan(m.start("v"), m.start("v") + len(value), "workplace"))
    for m in _PROSE.finditer(text):
        value = _TAIL.sub("", m["v"]).rstrip(".")
        first = value.split()[0].lower() if value else ""
        if not value or first in _NO_WORKPLACE or value.lower() in _NO_WORKPLACE:
            continue
        end = m.start("v") + len(value)
        if not _CLAUSE_END.match(text, end):
            continue  # the run goes on into the sentence: no name of a workplace alone
        out.append(PhiSpan(m.start("v"), end, "workplace"))
    return out
