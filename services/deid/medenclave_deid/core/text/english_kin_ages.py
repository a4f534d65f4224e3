"""Ages over 89 of relatives in a family history, the way lipid, cardiac and genetics letters
write them: an event or a death and the age after it inside a relative's clause ("father MI at
91", "Father: deceased at 94", "Father (d. 93, MI)", "mother alive 91", "Grandfather lived until
96"), the age set off by commas or brackets after the relative ("Mother: living, 92, on a
statin", "Father - deceased (95)"), a relative's table row whose cell is the age alone
(``Father | MI | 92``), and a sentence opening on the age ("At 91, statin benefit is ...").

A number with a unit, a time word or a decimal after it is a measure, never an age; ages up to
89 are not identifiers and are left alone.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["ages_after_names", "find_kin_ages"]

_N = r"(?P<a>9\d|1[0-2]\d)"
_NOT_MEASURE = (
    r"(?![\d.,]\d|[ \t]*(?:%|/|-[ \t]*\d|(?:kg|lbs?|mg|mcg|ml|mmol|mmhg|bpm|cm|mm|units?|"
    r"percent|times|x\b|days?|hours?|hrs?|weeks?|wks?|months?|minutes?|mins?|seconds?|"
    r"secs?|pounds|beats|degrees|°|points?)\b))"
)
_KIN = (
    r"(?:(?:(?:paternal|maternal)[ \t]+)?(?:great[ -])?(?:grand)?(?:father|mother|parent)s?|dad|mum|mom|"
    r"(?:half[ -])?(?:brother|sister|sibling)s?|(?:(?:paternal|maternal)[ \t]+)?(?:aunt|uncle)s?|"
    r"cousins?|sons?|daughters?|husband|wife|spouse|partner|twin|grand(?:ma|pa|son|daughter)|"
    r"nan|nana|granny|pgf|pgm|mgf|mgm)"
)
#: a relative's clause: the kin word, then up to 70 characters without a sentence or line break
#: or a semicolon, then a cue of age and the number
_CUE = (
    r"(?:\bat(?:[ \t]+age)?|\baged?|\bdied(?:[ \t]+(?:at|aged?))?|\bd\.|\bdec(?:eased|\.)"
    r"(?:[ \t]+(?:at|aged?))?|\b(?:alive|living|well)(?:[ \t]+(?:at|aged?))?|\buntil|"
    r"\blived[ \t]+(?:to|until|till)|\bage[ \t]+of|\baod|\bdeath[ \t]+(?:at|aged?))"
)
_KIN_CLAUSE = re.compile(
    rf"\b{_KIN}\b(?:[^\n;.]|\.(?=[ \t]*\d)|(?<=\bd)\.|(?<=\bdec)\.){{0,80}}", re.IGNORECASE | re.ASCII
)
_CUE_AGE = re.compile(rf"{_CUE}[ \t:]*\(?[ \t]*{_N}\b{_NOT_MEASURE}", re.IGNORECASE | re.ASCII)
#: the age set off after the relative: "Mother: living, 92, on", "Father - deceased (95)"
_KIN_SET_OFF = re.compile(
    rf"\b{_KIN}\b[ \t]*[:,(–—-]?[^\n;.\d]{{0,30}}?(?:,[ \t]*{_N}[ \t]*(?=[,;)]|\.(?!\d)|$)"
    rf"|\([ \t]*{_N.replace('?P<a>', '?P<b>')}[ \t]*(?:y|yo|yrs?|years?)?[ \t]*[,;)])",
    re.IGNORECASE | re.ASCII | re.MULTILINE,
)
#: a row of a family-history table that opens on the relative; a cell that is the age alone
_KIN_ROW = re.compile(
    rf"(?im)^(?:[^\n:|\t]{{0,30}}:|[^\n]*?\b(?:history|fh|fhx|relatives?)[ \t]*:)?[ \t|*•-]*{_KIN}\b[^\n]*$",
    re.ASCII,
)
_CELL = re.compile(
    rf"(?:(?<=[|\t])|(?<=[ \t]{{2}}))[ \t]*(?:(?i:age|aged|d\.|died)[ \t:]*)?{_N}"
    r"(?:[ \t]*(?:y|yo|yrs?|years))?[ \t]*(?=[|\t]|[ \t]{2}|$)",
    re.ASCII,
)
#: a letter's subject line, the age after the name: "Re: Ilse Raftery (90)", "RE: Mr Jo Ames, 93 yrs,"
_RE_LINE = re.compile(
    r"(?m)(?:^|\b)(?i:re|subject|regarding)[ \t]*[:-][ \t]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?"
    r"[A-Z][\w'’.-]*(?:,?[ \t]+[A-Z][\w'’.-]*){0,3}"
    rf"(?:[ \t]*\([ \t]*{_N}(?:[ \t]*(?:y|yo|yrs?|years?))?[ \t]*[),;]"
    rf"|[ \t]*,[ \t]*{_N.replace('?P<a>', '?P<b>')}(?:[ \t]*(?:y|yo|yrs?|years?))?[ \t]*(?=[,;]|$))"
)
#: "At 91, statin benefit is uncertain": a sentence opening on an age
_AT_OPENING = re.compile(rf"(?:(?<=[.!?][ \t])|(?<=^)|(?<=\n))[ \t]*At[ \t]+{_N}[ \t]*,", re.ASCII)


def find_kin_ages(text: str) -> list[PhiSpan]:
    """Ages over 89 of relatives in family-history clauses, set-off numbers and table rows."""
    out: list[PhiSpan] = []
    out += [PhiSpan(m.start("a"), m.end("a"), "age") for m in _AT_OPENING.finditer(text)]
    for m in _RE_LINE.finditer(text):
        g = "a" if m.group("a") else "b"
        out.append(PhiSpan(m.start(g), m.end(g), "age"))
    for c in _KIN_CLAUSE.finditer(text):
        out += [
            PhiSpan(c.start() + m.start("a"), c.start() + m.end("a"), "age")
            for m in _CUE_AGE.finditer(c.group())
        ]
    for m in _KIN_SET_OFF.finditer(text):
        g = "a" if m.group("a") else "b"
        out.append(PhiSpan(m.start(g), m.end(g), "age"))
    for row in _KIN_ROW.finditer(text):
        if "|" not in row.group() and "\t" not in row.group() and "  " not in row.group():
            continue
        out += [
            PhiSpan(row.start() + m.start("a"), row.start() + m.end("a"), "age")
            for m in _CELL.finditer(row.group())
        ]
    return out


#: an age right after a person's name: "Edith Palmer (92) was", "Palmer, 93, attended", "Edith is 92 and",
#: "Palmer (F 92)", "PALMER, Edith — 92 — cabin 7012"
_AFTER_NAME = re.compile(
    rf"(?:[ \t]*\([ \t]*{_N}(?:[ \t]*(?:y|yo|yrs?|years?|M|F))?[ \t]*\)"
    rf"|[ \t]*\([ \t]*(?:M|F)[ \t]*[,/]?[ \t]*{_N.replace('?P<a>', '?P<d>')}(?:[ \t]*(?:y|yo|yrs?))?[ \t]*\)"
    rf"|[ \t]+[-–—][ \t]+{_N.replace('?P<a>', '?P<e>')}(?:[ \t]*(?:y|yo|yrs?|years?))?"
    r"(?=[ \t]+[-–—][ \t]|[ \t]*[,;|]|[ \t]*$)"
    rf"|[ \t]*,[ \t]*(?:aged[ \t]+|now[ \t]+)?{_N.replace('?P<a>', '?P<b>')}"
    r"(?:[ \t]*(?:y|yo|yrs?|years?))?[ \t]*,"
    rf"|[ \t]+(?:is|was|turned|turns|is[ \t]+now)[ \t]+{_N.replace('?P<a>', '?P<c>')}{_NOT_MEASURE}"
    r"(?=[ \t]*(?:[.,;)]|$|and\b|but\b|with\b|today\b|this\b|next\b|years?\b|yrs?\b)))",
    re.ASCII | re.MULTILINE,
)


def ages_after_names(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Ages over 89 right after a found name: in brackets, set off by commas, or after "is"."""
    out: list[PhiSpan] = []
    for s in spans:
        if s.category != "name":
            continue
        m = _AFTER_NAME.match(text, s.end)
        if m:
            g = next(k for k in ("a", "b", "c", "d", "e") if m.group(k))
            out.append(PhiSpan(m.start(g), m.end(g), "age"))
    return out
