"""Ages over 89 in the forms ``english_ages.py`` leaves: age labels with more words than the
bare word (``Age at symptom onset: 91``, ``Age (in years) 93``, ``Family member's age: 96``,
``pt_age=93``, ``"age": 95``), the emergency-services shorthand with the sex letter fused on
(``93 YOF``, ``91yowm``), a person's age in brackets after a kin word (``Relationship: Mother
(94)``, ``self (92), spouse (90)``), an age beside a spelled-out sex (``Female, 93``,
``(95, F)``, ``Jo Ames • 96 • M``), the answer to "How old are you?" in an interview, "being
93", "will turn 95", "lived to 101" and "in her 93rd year".

A label needs its words to say that the number is the age: the words between "age" and the
number are the few that qualify an age (at, of, in years, onset, interview ...), or the whole is a
form's field (at a line's start or after a field gap) closed by a colon. A number with a unit, a
decimal or a range after it is a measure, as in ``english_ages.py``.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_age_forms import MEASURE_LABEL_WORDS, find_age_forms
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_age_fields"]

_N = r"0?(?P<a>9\d|1[0-2]\d)"
_NOT_A_MEASURE = (
    r"(?![\d.,]\d|\+|\s*(?:%|kg|lbs?|mg|mcg|ml|mmhg|bpm|cm|mm|°|deg|/min|/\d|-\d|"
    r"(?:days?|d|wks?|weeks?|months?|mos?|hours?|hrs?|minutes?|min)\b))"
)
#: a bracketed qualifier of an age label, not one of a count in days, weeks or months
_PAREN = r"\((?![^()\n]*\b(?:days?|d|wks?|weeks?|months?|mos?|m|hours?|h|hrs?)\b)[^()\n]{1,32}\)"
_QUALIFIER = (
    r"(?:in|at|on|of|per|the|time|given|today|current|years?|yrs?|y|completed|last|birthday|"
    r"onset|symptom|symptoms|diagnosis|dx|exposure|illness|enrol?ment|consent|interview|"
    r"screening|draw|collection|request|referral|service|visit|admission|admit|death|event|"
    r"patient|pt|subject|case|member|calculated|reported|stated|approx\.?|approximate|"
    r"estimated|est\.?|sex|gender)"
)
#: a qualifier's end: a word's, or a key's next part ("AGE_AT_DX", "AgeAtDx")
_QUALIFIER_END = r"(?:\b|(?-i:(?=[A-Z_])))"
_SEPARATOR = r"(?:[ \t]*(?:[:=|\u2013\u2014-]|\.{2,}:?)[ \t]*|[ \t]+)"
_ABOUT = r"(?:(?:~|approx\.?|about|approximately|\u2248)[ \t]*)?"
#: "Age at onset 91", "AGE (YRS) | 93", "pt_age=93", "PtAge 93", "Age, sex: 93, F"
_LABEL = re.compile(
    r"(?:(?<![A-Za-z])|(?<=_))(?:age|ages)"
    rf"(?:[ \t_,/@-]*(?:{_PAREN}|\[[a-z]{{1,5}}\]|{_QUALIFIER}{_QUALIFIER_END}|(?:19|20)\d\d\b)){{0,6}}"
    rf"[\"']?{_SEPARATOR}{_ABOUT}{_N}\b{_NOT_A_MEASURE}"
    r"|(?<=[a-z])(?-i:Age)[ \t]*[:=]?[ \t]*(?P<c>9\d|1[0-2]\d)\b(?![\d.%])",
    re.IGNORECASE | re.ASCII,
)
#: a form's field, whatever its words, closed by a colon: "Family member's age: 96", "Age of
#: the person needing care: 94" (at a line's start or after a gap, a bar, a tab or a semicolon)
_FIELD = re.compile(
    rf"(?m)(?:^|[|\t;]|  )[ \t]*(?:[A-Za-z'\u2019_-]+[ \t]+){{0,3}}age\b[A-Za-z '\u2019()/,_-]{{0,40}}?"
    rf"[:=][ \t]*{_ABOUT}{_N}\b{_NOT_A_MEASURE}",
    re.IGNORECASE | re.ASCII,
)
#: label words of a measure, a count or a group, not of one person's age in years
_NOT_AN_AGE_LABEL = re.compile(rf"\b(?:{MEASURE_LABEL_WORDS})\b", re.IGNORECASE | re.ASCII)
#: "93 YOF", "91yom", "96 y.o.f.", "92 YOWM", "94 yo BF"
_YO_SEX = re.compile(
    r"(?<![\w.])(?P<a>9\d|1[0-2]\d)[ \t]*(?:yo|y/o|y\.o\.?|yr)[ \t]*(?:[wbah]|aa)?[ \t]*[mf]\.?"
    r"(?![A-Za-z])",
    re.IGNORECASE | re.ASCII,
)
_KIN = (
    r"self|patient|pt|mother|father|mom|dad|wife|husband|spouse|partner|grandmother|grandfather|"
    r"grandma|grandpa|aunt|uncle|sister|brother|son|daughter|caller|resident|subject|client|"
    r"member|decedent|friend|neighbou?r|employee|parent|widow|widower"
)
#: "Relationship: Mother (94)", "caller's father (93 y)", "self (92), spouse (90)"
_KIN_BRACKET = re.compile(
    rf"\b(?:{_KIN})(?:['\u2019]s)?[ \t]*\([ \t]*(?:age[ \t:]*)?(?P<a>9\d|1[0-2]\d)"
    r"(?:[ \t]*(?:y|yo|y/o|yrs?|years?(?:[ \t]+old)?))?[ \t]*\)",
    re.IGNORECASE | re.ASCII,
)
_SEX_WORD = r"(?:female|male|woman|man|F|M)"
#: "Female, 93", "(95, F)", "Jo Ames • 96 • M", "Ames; 91; F;"
_SEX_WORD_AGE = re.compile(
    rf"(?i:\b(?:female|male|woman|man)\b)[ \t]*,[ \t]*(?P<a>9\d|1[0-2]\d)"
    r"(?=[ \t]*(?:[,;)]|$|\.(?!\d)|(?i:yo|y/o|yrs?|years?)\b))"
    rf"|(?:(?<=[(\u2022\u00b7;|])|(?<=[(\u2022\u00b7;|][ \t]))(?P<b>9\d|1[0-2]\d)[ \t]*"
    rf"[,\u2022\u00b7;|/-][ \t]*(?i:{_SEX_WORD})\b(?![ \t]*[/:]?\d)",
    re.MULTILINE | re.ASCII,
)
#: the answer to "How old are you?" on the same or the next line ("A: 93", "I'm 94")
_HOW_OLD = re.compile(
    r"\bhow[ \t]+old\b[^\n?]{0,40}\?[ \t\"\u201d]*(?:\n[ \t]*)?"
    r"(?:(?:A|Ans|Answer|Response|Reply|Case|Pt|Patient|Caller|Resident|R)[ \t]*[:.-][ \t]*)?"
    r"[\"\u201c]?(?:I['\u2019]m[ \t]+|I[ \t]+am[ \t]+|(?:she|he)['\u2019]s[ \t]+|about[ \t]+)?"
    rf"(?P<a>9\d|1[0-2]\d)\b{_NOT_A_MEASURE}",
    re.IGNORECASE | re.ASCII,
)
#: "despite being 93, she", "being 95 years old"
_BEING = re.compile(
    r"\bbeing[ \t]+(?P<a>9\d|1[0-2]\d)(?=[ \t]*(?:,|;|$|\.(?!\d)|(?:years?|yrs?|y/o|yo|and)\b))",
    re.IGNORECASE | re.ASCII | re.MULTILINE,
)

#: "will turn 95 on Friday", "since turning 90,", "in her 93rd year", "lived to 101"
_TURN = re.compile(
    r"(?:\b(?:will|to|would|shall|about[ \t]+to)[ \t]+turn|\bturning|\blived[ \t]+to(?:[ \t]+be)?)"
    r"[ \t]+(?:age[ \t]+)?(?P<a>9\d|1[0-2]\d)\b(?![ \t]*(?:degrees|deg|\u00b0|%|percent))"
    r"(?=[ \t]*(?:[,.;:)!]|$|(?:in|on|next|this|last|soon|years?|yrs?|and|but|before|after)\b))"
    r"|\b(?:his|her|their|my)[ \t]+(?P<b>9\d|1[0-2]\d)(?:st|nd|rd|th)[ \t]+year\b",
    re.IGNORECASE | re.ASCII | re.MULTILINE,
)

#: the age after a birth date whose label has brackets or that a slash or a comma parts from it:
#: "DOB (age): 3/4/1931 (94)", "DOB/Age: 1931-03-04 / 94", "Date of birth 4 Mar 1931, 94 y"
_AFTER_BIRTH_DATE = re.compile(
    r"\b(?:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|birth[ \t]*date|born)\b[^\n]{0,30}?\d{2,4}"
    r"(?:[ \t]*\([ \t]*(?:age[ \t:]*)?(?P<a>9\d|1[0-2]\d)(?:[ \t]*(?:y|yo|y/o|yrs?|years?))?[ \t]*\)"
    r"|(?:[ \t]+/[ \t]+|[ \t]*[,;][ \t]*)(?:age[ \t:]*)?(?P<b>9\d|1[0-2]\d)"
    r"(?![\d.]|[ \t]*(?:%|kg|lbs?|cm|mm|/|-\d)))",
    re.IGNORECASE | re.ASCII,
)
#: "Ives, Nora, 93, F, 4411": a name's cell, the age, the sex letter
_NAME_AGE_SEX = re.compile(
    r"(?<=[A-Za-z.],)[ \t]*(?P<a>9\d|1[0-2]\d)[ \t]*,[ \t]*(?:F|M|female|male)\b(?![ \t]*[/:]?\d)",
    re.ASCII,
)


def find_age_fields(text: str) -> list[PhiSpan]:
    """Ages over 89 after the longer age labels, in the sex-fused shorthand, in brackets after a
    kin word, beside a spelled-out sex, in an interview's answer, after "being" or "turning"."""
    out: list[PhiSpan] = []
    for m in _LABEL.finditer(text):
        g = "a" if m.group("a") else "c"
        if not _NOT_AN_AGE_LABEL.search(text, m.start(), m.start(g)):
            out.append(PhiSpan(m.start(g), m.end(g), "age"))
    for m in _FIELD.finditer(text):
        if not _NOT_AN_AGE_LABEL.search(text, m.start(), m.start("a")):
            out.append(PhiSpan(m.start("a"), m.end("a"), "age"))
    for m in _SEX_WORD_AGE.finditer(text):
        g = "a" if m.group("a") else "b"
        out.append(PhiSpan(m.start(g), m.end(g), "age"))
    for m in _AFTER_BIRTH_DATE.finditer(text):
        g = "a" if m.group("a") else "b"
        out.append(PhiSpan(m.start(g), m.end(g), "age"))
    for m in _TURN.finditer(text):
        g = "a" if m.group("a") else "b"
        out.append(PhiSpan(m.start(g), m.end(g), "age"))
    for rx in (_NAME_AGE_SEX, _YO_SEX, _KIN_BRACKET, _HOW_OLD, _BEING):
        out += [PhiSpan(m.start("a"), m.end("a"), "age") for m in rx.finditer(text)]
    out.extend(find_age_forms(text))  # "Age: 093Y", "Age at exam 93", an "Age/Sex" column
    return out
