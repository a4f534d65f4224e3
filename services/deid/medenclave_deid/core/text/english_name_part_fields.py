"""A person's name written in one field per part, as forms and referral proformas do:
``Surname: ASHCROFT``, ``Forename(s): Maud Evelyn``, ``Family name: Lindqvist``, ``First names:
Ola``, ``Given name - Tomasz``, ``Middle name(s): Rhiannon``, ``Preferred name: Bex``, and the
name a fighter or a performer goes by (``Ring name: "The Hammer"``, ``Nickname: Tank``, ``Alias: Jojo``).

The field's label says what the value is, so the value is the name whatever lists hold it: a
surname that is also an eponym ("Surname: Ashworth" beside the Ashworth spasticity scale) or an
everyday word stays a surname there. The value is one to three capitalised words (or words in
capitals) up to the line's end, a wide gap, a comma or a bracket. The label's own words are no
one's name, nor part of one (a name span reaching into the label ends before it, or is dropped
when it opens there; its field's value is found again).

A FHIR resource exported as XML writes the parts as elements of a ``<name>``: ``<family
value="Lindqvist"/>``, ``<given value="Calla"/>``; their values are the name the same way.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan, add_uncovered

__all__ = ["name_part_fields"]

_LABEL = (
    r"(?:(?:sur|fore|family[ \t]+|last[ \t]+|first[ \t]+|given[ \t]+|middle[ \t]+|christian[ \t]+|"
    r"preferred[ \t]+|maiden[ \t]+|nick[ \t]*|ring[ \t]+|fight[ \t]+|stage[ \t]+)names?(?:\(s\))?|alias)"
    r"(?:[ \t]*/[ \t]*(?:alias|a\.?k\.?a\.?|nick[ \t]*name))?"
)
_WORD = r"(?:Mc|Mac|O'|O’|D'|D’)?[A-Z][A-Za-z'’]*(?:-[A-Z][A-Za-z'’]+)?"
_FIELD = re.compile(
    rf"(?im:(?:^|(?<=[ ]{{2}})|(?<=\t)|(?<=[\"”’][ ]))[ \t]*"
    rf"(?P<label>(?:patient'?s?[ \t]+|pt[ \t]+|[a-z]+'s[ \t]+)?{_LABEL})[ \t]*[:=–—-][ \t]*)"
    rf"(?P<q>[\"“‘])?(?P<v>{_WORD}(?:[ ]{_WORD}){{0,2}})"  # or in quotes ('Ring name: "Tank"')
    rf"(?(q)[\"”’]|(?=[ \t]*(?:$|\n)|[ \t]{{2,}}|\t|[ \t]*[,(;|]))"
)
#: FHIR XML: <family value="Lindqvist"/>, <given value="Calla"/>, <prefix>/<suffix> excluded
_XML_PART = re.compile(r"<(?:fhir:)?(?:family|given)[ \t]+value=\"(?P<v>[A-Za-z][A-Za-z'’ .-]{0,40})\"")
_NOT_NAME = frozenset("unknown none n/a not known nk tbc".split())


def name_part_fields(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` with every name-part field's value a name and its label no name."""
    values, labels = [], []
    for m in _FIELD.finditer(text):
        if m["v"].lower() in _NOT_NAME:
            continue
        values.append(PhiSpan(m.start("v"), m.end("v"), "name"))
        labels.append((m.start("label"), m.end("label")))
    values += [
        PhiSpan(m.start("v"), m.end("v"), "name")
        for m in _XML_PART.finditer(text)
        if m["v"].lower() not in _NOT_NAME
    ]
    if not values:
        return spans
    kept = []
    for s in spans:
        into = [a for a, b in labels if s.category == "name" and s.start < b and a < s.end]
        if not into:
            kept.append(s)
        elif s.start < min(into):  # the name before the label stays ("Dixon, Edward<TAB>Preferred")
            end = len(text[: min(into)].rstrip(" \t,;|"))
            if end > s.start:
                kept.append(PhiSpan(s.start, end, s.category))
    return add_uncovered(kept, values, text)
