"""Ages over 89 in the value shapes that a systematic crossing of age labels, value forms and
layouts found ``english_ages.py`` and ``english_age_fields.py`` leaving:

* **a field's value in another dress**: zero-padded (``093``, the imaging header's ``093Y``),
  with a decimal (``Age (y): 92.6``), in brackets (``Age: (94)``, ``[95]``), approximate
  (``PatientAge: ~96``), after the group it falls in (``Age: >89 (97)``), after the sex letter
  (``Age/Sex: F 98``, ``F - 91``), or in words (``Age/Sex: ninety-two``);
* **a label with an "at" or "on" clause of any words** (``Age at exam 93``, ``Age on arrival 95``),
  a doubled separator (``Age:: 94``, ``Age: - 96``), a key-value CSV row (``Age,97``);
* **the label alone on its line** and the value on the next (``Age (y)`` / ``95``);
* **a table's age column** whose header names more than the age (``Age/Sex``, ``Pt age (y)``) or
  whose cell carries more than the number (``93 (F)``, ``94?``, ``96 (approx)``, ``~91``);
* **the age in markup**: ``"age": "93"``, ``<age>94</age>``, ``<PatientAge>095Y</PatientAge>``;
* **a sentence's age**: "her age is 92", "celebrated her 93rd", "Mrs. Ames is 94".

A field's label needs the word "age" (never "Page", "Dosage" or "Stage") and none of a measure's
or a group's words (``english_age_fields._NOT_AN_AGE_LABEL``); a value with a unit after it is a
measure.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.table_continuations import resumes_after

__all__ = ["find_age_forms"]

_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
#: an age over 89 in figures (zero-padded, a decimal allowed) or in words
_VALUE = (
    r"(?:(?P<a>0?(?:9\d|1[0-2]\d)(?:\.\d{1,2})?)(?![\d/])(?:[ \t]*Y\b)?"
    rf"|(?P<w>(?i:ninety(?:[- ]{_UNITS})?|(?:a|one)[ -]hundred(?:[ -](?:and[ -])?{_UNITS})?))\b)"
)
#: what may stand between a field's separator and its age
_LEAD = (
    r"(?:(?:[(\[][ \t]*|[~\u2248][ \t]*|(?i:approx\.?|about|circa|ca\.)[ \t]+"
    r"|(?:>|\u2265|&gt;)[ \t]*(?:89|90)[ \t]*\(?[ \t]*|90\+[ \t]*\(?[ \t]*"
    r"|(?:F|M|(?i:female|male))[ \t]*[-/,]?[ \t]*)){0,2}"
)
_NOT_A_MEASURE = (
    r"(?![ \t]*(?i:%|kg|lbs?|mg|mcg|ml|mmhg|bpm|cm|mm|\u00b0|deg|/min|-\d|[.,/]\d|[gu]?mol|[gm]?g/d?l|iu|"
    r"(?:days?|d|wks?|weeks?|months?|mos?|hours?|hrs?|minutes?|min|percent|points?|x|l|units?|u)\b))"
)
#: a label: a few words with "age" among them (not "Page", "Dosage"; "PatientAge" allowed)
_LABEL_WORDS = (
    r"(?:[A-Za-z'\u2019_.()-]+[ \t/]+){0,3}?"
    r"(?:(?<![A-Za-z])(?i:age)|[A-Za-z]*[a-z]Age|[A-Za-z]+_(?i:age))s?\b"
    r"(?:[ \t]*(?:\([^()\n]{1,20}\)|/[ \t]*(?i:sex|gender|dob)|,[ \t]*(?i:years|yrs)))*"
)
_SEP = (
    r"(?:(?:[ \t]*(?:[:=|]|\.{2,}|[-\u2013\u2014](?=[ \t]))[ \t]*){1,3}|\t+|[ \t]{2,}"
    r"|[ \t]+(?=[(\[~\u2248>]|(?:F|M)[ \t]*[-/,]?[ \t]*\d))"
)
#: a form's age field: at a line's or a cell's start, the label, a separator, the value
_FIELD = re.compile(
    rf"(?m)(?:^|[|\t;]|  )[ \t]*(?:\([0-9A-Fa-f]{{4}},[0-9A-Fa-f]{{4}}\)[ \t]*)?(?P<lab>{_LABEL_WORDS}"
    r"(?:[ \t]+(?i:at|on|per|by|from|in|of)[ \t]+(?:[A-Za-z'\u2019-]+[ \t]+){0,2}?[A-Za-z'\u2019-]+)?)"
    rf"{_SEP}{_LEAD}{_VALUE}{_NOT_A_MEASURE}"
)
#: "Age at exam 93": an "at"/"on" clause and a plain space before the value
_AT_CLAUSE = re.compile(
    r"(?<![A-Za-z])(?i:age)[ \t]+(?i:at|on)[ \t]+(?:[A-Za-z'\u2019-]+[ \t]+){0,2}?[A-Za-z'\u2019-]+"
    rf"[ \t]+{_VALUE}{_NOT_A_MEASURE}"
)
#: "Age,97" in a key-value CSV row
_CSV_PAIR = re.compile(
    rf"(?m)^[ \t]*(?P<lab>{_LABEL_WORDS})[ \t]*,[ \t]*{_VALUE}"
    r"(?=[ \t]*(?:[,.]|$|\((?:F|M)\)|(?i:y|yo|yrs?|years?|F|M)\b))"
)
#: the label alone on its line, the value on the next non-blank one
_NEXT_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<lab>{_LABEL_WORDS})[ \t]*:?[ \t]*\n(?:[ \t]*\n)?[ \t]*{_LEAD}{_VALUE}"
    r"(?=[ \t]*(?:$|[/,(]|(?i:y|yo|yrs?|years?|F|M)\b))"
)
#: markup: JSON, XML
_MARKUP = [
    re.compile(rf"\"(?i:age|patient_?age|pt_?age)\"[ \t]*:[ \t]*\"?[ \t]*{_VALUE}"),
    re.compile(rf"<(?i:age|patientage|pt_?age)>[ \t]*{_VALUE}[ \t]*</"),
]
#: "her age is 92", "celebrated her 93rd", "Mrs. Ames is 94"
_SENTENCE = [
    re.compile(
        r"\b(?i:(?:his|her|their|my|your|patient['\u2019]?s|pt['\u2019]?s)[ \t]+age[ \t]+(?:is|was)"
        rf"(?:[ \t]+now)?)[ \t]+{_VALUE}{_NOT_A_MEASURE}"
    ),
    re.compile(rf"\b(?i:celebrat\w*[ \t]+(?:his|her|their|my|your))[ \t]+{_VALUE}(?i:st|nd|rd|th)?\b"),
    re.compile(
        r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+[A-Z][\w'\u2019-]+(?<!['\u2019]s)"
        r"(?:[ \t]+[A-Z][\w'\u2019-]+)?[ \t]+"
        rf"(?i:is|was|turned|turns)(?:[ \t]+now)?[ \t]+{_VALUE}{_NOT_A_MEASURE}"
        r"(?![ \t]*(?i:times|steps|pounds|inches|feet|ft|in)\b)"
    ),
]
#: a DICOM age string anywhere: "093Y"
_PADDED = re.compile(r"(?<![\w.])(?P<a>0(?:9\d|1[0-2]\d)[ ]?Y)\b")
#: "DOB/Age: 3/4/1931/93", "Age (y/m): 94/2", "95 (ninety-five)"
_MORE = [
    re.compile(
        r"(?i:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth)[ \t]*/[ \t]*(?i:age)[ \t]*:?[ \t]*"
        rf"[^\n]{{0,12}}?\d{{2,4}}[ \t]*/[ \t]*{_VALUE}"
    ),
    re.compile(
        r"(?i:age)[ \t]*\((?i:y|yrs?|years?)[ \t]*/[ \t]*(?i:m|mos?|months?)\)[ \t]*:?[ \t]*"
        r"(?P<a>(?:9\d|1[0-2]\d))[ \t]*/[ \t]*\d{1,2}\b(?P<w>)"
    ),
    re.compile(
        r"(?<![\d.])(?:9\d|1[0-2]\d)(?:[ \t]*(?i:y|yo|yrs?|years?(?:[ \t]+old)?))?[ \t]*\([ \t]*"
        rf"(?P<w>(?i:ninety(?:[- ]{_UNITS})?|(?:a|one)[ -]hundred(?:[ -](?:and[ -])?{_UNITS})?))"
        r"[ \t]*\)(?P<a>)"
    ),
]
#: label words of a measure, a count or a group, not of one person's age in years (shared with
#: :mod:`english_age_fields`)
MEASURE_LABEL_WORDS = (
    r"dos\w*|weight\w*|wt|hr|bp|rr|rate|score|count|pulse|temp\w*|sats?|level|range|group|"
    r"days?|d|weeks?|wks?|months?|mos?|hours?|hrs?|minutes?|min|percent\w*|cohort|mean|average|"
    r"median|gestational|corrected|bone|adjusted|predicted"
)
#: and a pregnancy's or a mother's age, not the patient's
_NOT_AN_AGE_LABEL = re.compile(
    rf"\b(?:{MEASURE_LABEL_WORDS}|gest|ga|mother['\u2019]?s|maternal)\b",
    re.IGNORECASE,
)
_HEAD = re.compile(
    r"(?i)(?:(?:pt|patient|subject|donor|client|resident|current|stated)\.?[ \t_]+)?age"
    r"(?:[ \t]*/[ \t]*(?:sex|gender)|[ \t]*\([^()]{1,12}\)|[ \t_]+(?:yrs?|years?)"
    r"|[ \t_]+(?:at|on)[ \t_]+[a-z]{2,12})?"  # "AGE_AT_DX", "Age at onset"
)
_CELL = re.compile(rf"[ \t]*{_LEAD}{_VALUE}{_NOT_A_MEASURE}(?![ \t]*[-\u2013]?[ \t]*\d)")


def _span(m: re.Match[str]) -> PhiSpan:
    g = "a" if m.group("a") else "w"
    return PhiSpan(m.start(g), m.end(g), "age")


def _table(text: str) -> list[PhiSpan]:
    """Ages over 89 in the column under an age header of a delimited table."""
    out: list[PhiSpan] = []
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    for k, head in enumerate(lines):
        for sep in ("|", "\t", ";", ","):
            names = [c.strip() for c in head.rstrip("\r\n").split(sep)]
            cols = [i for i, n in enumerate(names) if _HEAD.fullmatch(n)]
            if len(names) < 2 or not cols:
                continue
            row = k
            while (row := row + 1) < len(lines):
                if row > k + 1 and (resumed := resumes_after(lines, row, sep)) is not None:
                    row = resumed  # an indented remark under the row above: the table goes on
                cells = lines[row].rstrip("\r\n").split(sep)
                if len(cells) != len(names):
                    break
                for col in cols:
                    m = _CELL.match(cells[col])
                    if m:
                        at = starts[row] + sum(len(c) + 1 for c in cells[:col])
                        g = "a" if m.group("a") else "w"
                        out.append(PhiSpan(at + m.start(g), at + m.end(g), "age"))
            break
    return out


def find_age_forms(text: str) -> list[PhiSpan]:
    """Ages over 89 in the value shapes, label shapes and layouts the module docstring lists."""
    out = _table(text)
    for rx in (_FIELD, _CSV_PAIR, _NEXT_LINE):
        for m in rx.finditer(text):
            if not _NOT_AN_AGE_LABEL.search(m.group("lab")):
                out.append(_span(m))
    for rx in (_AT_CLAUSE, *_MARKUP, *_SENTENCE, *_MORE):
        for m in rx.finditer(text):
            value = m.start("a" if m.group("a") else "w")
            if not _NOT_AN_AGE_LABEL.search(text, max(0, m.start() - 12), value):
                out.append(_span(m))
    out += [PhiSpan(m.start("a"), m.end("a"), "age") for m in _PADDED.finditer(text)]
    return out
