"""A hospital named by its bare acronym, or by a name with a campus joined by a hyphen.

* **an acronym in a place's slot**: an all-capital token of three to five letters that ends the
  way a facility's initials end (``…MC`` medical center, ``…MH``/``…GH``/``…CH``/``…RH``
  hospital) is the hospital when it stands where a place stands: alone on its own line (a
  letterhead), after ``at``/``to``/``from``/``via`` ("last ED visit at KVMC"), at a line's end
  after a form's wide gap ("license 12.345   KVMC"), or opening a line of capitalised words
  ("KVMC Wound Care"). Once one is found, its other bare mentions in the note go too. Clinical
  acronyms of the same ending (``CMC`` joint, ``PMH`` history, ``ICH`` bleed, ``MCH`` index)
  and any word of the clinical or drug vocabulary stay.
* **a name with its campus**: a line of capitalised words whose name joins two capitalised words
  by a hyphen, the second an uncommon one (``Mercy Grove-Eastfield Cardiac Rehab``), names the
  facility up to the hyphenated word; what follows is its service.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_campus_names", "find_hospital_acronyms"]

_ACR = r"[A-Z]{1,3}(?:MC|MH|GH|CH|RH)"
#: the slots a place stands in
_SLOTS = (
    re.compile(rf"(?m)^[ \t]*(?P<v>{_ACR})[ \t]*$"),
    re.compile(rf"\b(?:at|to|from|via)[ \t]+(?:the[ \t]+)?(?P<v>{_ACR})(?![\w/-])"),
    re.compile(rf"(?m)\S[ \t]{{3,}}(?P<v>{_ACR})[ \t]*$"),
    re.compile(
        rf"(?m)^[ \t]*(?P<v>{_ACR})[ \t]+[A-Z][a-z]+(?:[ \t]+(?:&|and|of|[A-Z][a-z]+)){{0,4}}"
        r"[ \t]*$"
    ),
)
_BARE = re.compile(rf"(?<![\w/-])(?:{_ACR})(?![\w/-])")
#: clinical acronyms of a facility's ending
_CLINICAL = frozenset("CMC DMC IMC SMC PMC HMC AMC PMH FMH MCH ICH LCH DCH PCH OCH".split())


def find_hospital_acronyms(text: str, is_clinical: Callable[[str], bool]) -> list[PhiSpan]:
    """Bare hospital acronyms in a place's slot, and their other mentions (module docstring).

    Args:
        text: the note.
        is_clinical: whether a lower-case word is a clinical word or a drug.
    """
    found: set[str] = set()
    for rx in _SLOTS:
        for m in rx.finditer(text):
            v = m.group("v")
            if len(v) <= 5 and v not in _CLINICAL and not is_clinical(v.lower()):
                found.add(v)
    if not found:
        return []
    return [PhiSpan(m.start(), m.end(), "hospital") for m in _BARE.finditer(text) if m.group() in found]


_CAP = r"(?:St\.|[A-Z][a-z'’]+)"
#: a line of capitalised words with a hyphen-joined pair among the name's words
_CAMPUS_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<v>(?:{_CAP}[ \t]+){{0,3}}{_CAP}-(?P<c>[A-Z][a-z]{{3,}}))"
    rf"(?:[ \t]+(?:&|and|of|{_CAP})){{1,4}}[ \t]*$"
)


def find_campus_names(
    text: str, is_common: Callable[[str], bool], is_clinical: Callable[[str], bool]
) -> list[PhiSpan]:
    """Facility names with a hyphen-joined campus on a line of their own (module docstring)."""
    out: list[PhiSpan] = []
    for m in _CAMPUS_LINE.finditer(text):
        campus = m.group("c").lower()
        if not is_common(campus) and not is_clinical(campus):
            out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    return out
