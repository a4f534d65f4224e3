"""Ages over 89 written the ways forms and sentences write an age, beyond "92-year-old".

Safe Harbor folds every age above 89 into one group, so such a number is an identifier wherever
it stands for a person's age. What says so is not one layout but a few kinds of neighbour: an age
field (``Age (yrs): 92``, ``Age/Sex: 95/F``, ``Sex/Age: M/92``, ``Ages: patient 91, spouse 94``),
a sex letter beside the number (``F, 93,``, ``93 M``), a person and a verb of age (``she is 92``,
``he turned 93``, ``at 96, she``), or a birthday (``her 100th birthday``). A number with a unit
or a vital sign's label (``SpO2 is 92%``, ``HR 92``) is none of these.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_ages"]

_N = r"(?P<a>9\d|1[0-2]\d)"
#: what may follow an age: not a unit, a decimal or a range
_NOT_A_MEASURE = r"(?!\.\d|\s*(?:%|kg|lbs?|mg|mcg|ml|mmhg|bpm|cm|mm|°|deg|/min|-\d|/\d{2,}))"
_PEOPLE = (r"she|he|patient|pt|the\s+patient|resident|client|mother|father|mom|dad|wife|husband|"
           r"spouse|grandmother|grandfather|aunt|uncle|sister|brother|who|decedent|member")
_AGE_FIELD = re.compile(
    rf"\b(?:age|ages)\b(?:[ \t]*\((?:yrs?|years?|y)\))?(?:[ \t]*/[ \t]*(?:sex|gender))?[ \t]*[:=][ \t]*"
    rf"(?:at[ \t]+death[ \t]*[:=]?[ \t]*)?{_N}\b{_NOT_A_MEASURE}",
    re.IGNORECASE | re.ASCII)
_SEX_AGE_FIELD = re.compile(
    rf"\b(?:sex|gender)[ \t]*/[ \t]*age[ \t]*[:=][ \t]*(?:M|F|male|female)[ \t]*[/,][ \t]*{_N}\b",
    re.IGNORECASE | re.ASCII)
#: later ages in an "Ages:" list: "Ages: patient 91, spouse 94"
_AGES_LIST = re.compile(r"\bages[ \t]*:[^\n]*", re.IGNORECASE | re.ASCII)
_LIST_ITEM = re.compile(rf"(?<![\d.])\b{_N}\b{_NOT_A_MEASURE}", re.ASCII)
_SEX_BESIDE = re.compile(
    rf"(?<![\w/.-])(?:(?:M|F)[ \t]*[,/][ \t]*{_N}(?=[ \t]*[,;)]|[ \t]+(?:y|yo|yrs?|with|w/|presents|"
    rf"presenting|who|s/p|h/o|admitted)\b)|{_N.replace('?P<a>', '?P<b>')}[ \t]*/[ \t]*(?:M|F)\b"
    rf"|{_N.replace('?P<a>', '?P<c>')}[ \t]+(?:M|F)(?=[ \t]+(?:with|w/|presents|presenting|s/p|h/o|"
    rf"who|admitted|here|c/o)\b))", re.ASCII)
_PERSON_VERB = re.compile(
    rf"\b(?:{_PEOPLE})\s+(?:is|was|turned|turns|turning|will\s+be|had\s+just\s+turned|is\s+now|"
    rf"died\s+at|passed\s+away\s+at)\s+(?:age\s+)?{_N}\b{_NOT_A_MEASURE}(?!\s*(?:times|days|hours|weeks))",
    re.IGNORECASE | re.ASCII)
_AT_AGE = re.compile(rf"\bat\s+(?:age\s+)?{_N}\s*,\s*(?:{_PEOPLE})\b", re.IGNORECASE | re.ASCII)
_PLACE_BEFORE = re.compile(r"\b(?:room|rm|bed|unit|suite|apt|ward)\.?[ \t]*$", re.IGNORECASE | re.ASCII)
_BIRTHDAY = re.compile(rf"\b{_N}(?:st|nd|rd|th)\s+birthday\b", re.IGNORECASE | re.ASCII)


def find_ages(text: str) -> list[PhiSpan]:
    """Ages above 89 in an age field, beside a sex letter, after a person and a verb of age, or
    before "birthday"."""
    out = []
    for rx in (_AGE_FIELD, _SEX_AGE_FIELD, _PERSON_VERB, _AT_AGE, _BIRTHDAY):
        out += [PhiSpan(m.start("a"), m.end("a"), "age") for m in rx.finditer(text)]
    for m in _SEX_BESIDE.finditer(text):
        g = next(k for k in ("a", "b", "c") if m.group(k))
        if _PLACE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "Room 95/F": a room, not a 95-year-old woman
        out.append(PhiSpan(m.start(g), m.end(g), "age"))
    for line in _AGES_LIST.finditer(text):
        out += [PhiSpan(line.start() + m.start("a"), line.start() + m.end("a"), "age")
                for m in _LIST_ITEM.finditer(line.group())]
    return out
