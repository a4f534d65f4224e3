"""English dates as a grammar of parts: the forms :data:`~medenclave_deid.core.text.dates.DATE_PATTERN`
and the partial-date patterns do not spell out one by one.

A date is a day, a month and a year in any order, each in any of its written forms, joined by
any separator; whether a run of numbers is a date is decided by the validity of its month and
day and by its context, never by a list of seen strings:

* **month names glued or slashed** (``14MAR1950``, ``14MAR23``, ``14/Mar/2023``, ``Mar-14``,
  ``2023-Mar-14``), and a month with an apostrophe year (``Mar '23``, ``March 14 '23``);
* **ordinals with "the"** (``March the 3rd``, ``the 3rd of March``);
* **numbers with spaces** (``3 14 2023``, ``2023 03 14``) when month and day are valid and the
  year has four digits; **dotted day-month-short-year** and **compact** ``20230314`` only after a
  word that introduces a date (``DOB``, ``collected``, ``on``);
* **a month and its year** in figures (``2023-03``, ``3-2023``) or with a comma (``March, 2023``);
* **ordinals in words** (``March third``, ``the twenty-first of June``), as dictation writes
  them: with the month capitalised, or after a date's cue (``date of birth march third``);
* **a day alone** (``fell on the 14th``, ``Thursday the 15th``) after an event's word, before the
  clause ends, unless it recurs (``on the 1st of each month``);
* **ranges**: the other end of ``March 3–5``, ``3–5 March``, ``3/4 to 3/9``, where one end alone
  would read as a fraction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["grammar_dates"]

_MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
        r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_ORD = r"(?:st|nd|rd|th)"
_YEAR = r"(?:19|20)\d{2}"
#: the words that introduce a date (the cue before a compact or a dotted short date)
_CUE = (r"(?:on|dated?|dob|d\.o\.b\.|born|dos|collected|drawn|received|reported|signed|seen|"
        r"admit(?:ted)?|discharged?|visit|appt|appointment|surgery|procedure|onset|since|from|"
        r"until|effective|expires?|exp|service)")

_FORMS = re.compile(
    # 14MAR1950, 14-Mar-23, 14/Mar/2023, 14-Mar (a day glued or joined to a month name)
    rf"(?<![\w/-]){_DAY}(?P<s1>[-/]?){_MON}(?:(?P=s1)(?:{_YEAR}|\d{{2}}))?(?![\w/-])"
    # Mar-14, Mar/14/2023, MAR14 (a month name first, joined to its day)
    rf"|(?<![\w/-]){_MON}\.?(?P<s2>[-/]?){_DAY}(?:(?P=s2)(?:{_YEAR}|\d{{2}}))?(?![\w/-]|\.\d)"
    # 2023-Mar-14, 2023/MAR/14
    rf"|(?<![\w/-]){_YEAR}(?P<s3>[-/]){_MON}(?P=s3){_DAY}(?![\w/-])"
    # Mar '23, March 14 '23, March 14th, '23
    rf"|\b{_MON}\.?(?:[ \t]+{_DAY}{_ORD}?,?)?[ \t]+['\u2019]\d{{2}}(?![\w'])"
    # 3/14/'23
    rf"|(?<![\w/]){_MONTH}/{_DAY}/['\u2019]\d{{2}}(?![\w/])"
    # March the 3rd, the 3rd of March (with or without the year)
    rf"|\b{_MON}\.?[ \t]+the[ \t]+{_DAY}{_ORD}?\b(?:,?[ \t]+{_YEAR}\b)?"
    rf"|\bthe[ \t]+{_DAY}{_ORD}[ \t]+of[ \t]+{_MON}\b(?:,?[ \t]+{_YEAR}\b)?"
    # March, 2023 and the day-month-year with a comma: 14 March, 2023
    rf"|\b(?:{_DAY}{_ORD}?[ \t]+)?{_MON}\.?,[ \t]*{_YEAR}\b"
    # 2023-03 and 3-2023, 03.2023 (a month and its year in figures)
    rf"|(?<![\w./-]){_YEAR}-(?:0[1-9]|1[0-2])(?![\w/]|-\d|\.\d)"
    rf"|(?<![\w./-])(?:{_MONTH}-|(?:0[1-9]|1[0-2])\.){_YEAR}(?![\w/-]|\.\d)",
    re.IGNORECASE | re.ASCII)

_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORDINAL_WORD = ("(?:(?:twenty|thirty)[- ])?(?:" + "|".join(_UNITS) + ")|tenth|eleventh|twelfth|thirteenth|"
                 "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth")
#: a month and a day in words: "March third", "the twenty-first of June", "dob march third"
_SPOKEN = re.compile(rf"(?:(?-i:(?=[A-Z])){_MON}|(?:(?<=birth )|(?<=dob )|(?<=on ))(?:the[ \t]+)?{_MON})"
                     rf"[ \t]+(?:the[ \t]+)?(?:{_ORDINAL_WORD})\b"
                     rf"|\bthe[ \t]+(?:{_ORDINAL_WORD})[ \t]+of[ \t]+{_MON}\b", re.IGNORECASE | re.ASCII)
#: three numbers with spaces, one of them a four-digit year: "3 14 2023", "2023 03 14"
_SPACED = re.compile(rf"(?<![\w.,/-])(?:(?P<a>\d{{1,2}})[ ](?P<b>\d{{1,2}})[ ]{_YEAR}"
                     rf"|{_YEAR}[ ](?P<c>\d{{1,2}})[ ](?P<d>\d{{1,2}}))(?![\w/-]|[.,]\d)", re.ASCII)
#: after a cue: a dotted short date either way round (``14.3.23``) or a compact one (``20230314``)
_CUED = re.compile(rf"(?i:\b{_CUE}\b[ \t]*[:#-]?[ \t]*)"
                   rf"(?P<v>(?P<x>\d{{1,2}})\.(?P<y>\d{{1,2}})\.\d{{2}}(?![\w.]|\.\d)"
                   rf"|{_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\w)"
                   rf"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]){_YEAR}(?!\w))", re.ASCII)

#: a day of the month alone, "the 14th", after a word that puts an event on a day ("fell on the
#: 14th", "seen Thursday the 15th", "the evening of the 13th") and before the clause ends, so that
#: "on the 4th floor", "the 5th percentile" and "after the 3rd dose" stay
_WEEKDAY = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
_LONE_DAY = re.compile(
    rf"(?i:\b(?:on|since|by|until|till|before|after|from|through|follow-?up|f/u|return|recheck|due|"
    rf"appt|appointment|scheduled|(?:morning|afternoon|evening|night|"
    rf"day|week|weekend)[ \t]+of|{_WEEKDAY},?)[ \t]+)(?P<v>the[ \t]+{_DAY}{_ORD})\b"
    rf"(?=[ \t]*(?:[.,;:)!?\n]|$|(?:and|or|but|at|@|when|while|around|about|approx|in[ \t]+the|"
    rf"with|to|through|until|morning|afternoon|evening|night)\b))"
    # a day that recurs ("on the 1st and 15th of each month") is a schedule, no date
    rf"(?![^.\n]{{0,24}}?\bof[ \t]+(?:each|every|the)[ \t]+month)",
    re.ASCII)

_DASH = r"[ \t]*(?:-|\u2013|\u2014|to|through|thru|until|till|and)[ \t]*"
#: a range of days with one month name: "March 3–5", "3–5 March"; the month capitalised
#: ("may 1-2 tabs" is no range)
_TO = r"[ \t]*[-\u2013\u2014][ \t]*"
_CAP_MON = rf"(?-i:(?=[A-Z])){_MON}"
_DAY_RANGE = re.compile(rf"\b{_CAP_MON}\.?[ \t]+{_DAY}{_ORD}?{_TO}{_DAY}{_ORD}?\b"
                        rf"|\b{_DAY}{_ORD}?{_TO}{_DAY}{_ORD}?[ \t]+{_CAP_MON}\b",
                        re.IGNORECASE | re.ASCII)
#: two month/days joined as a range ("3/4 to 3/9", "between 3/1 and 3/3")
_MD_RANGE = re.compile(rf"(?<![\w./-])(?P<a>{_MONTH}/{_DAY}){_DASH}(?P<b>{_MONTH}/{_DAY})(?![\w/-]|\.\d)",
                       re.IGNORECASE | re.ASCII)
#: what a pair of fractions is before ("1/2-3/4 tab", "2/6 to 3/6 murmur")
_AMOUNT_AFTER = re.compile(r"[ \t]*(?:tabs?|tablets?|caps?|strength|murmur|of|in|dose|units?)\b", re.I)
_SCORE_BEFORE = re.compile(r"(?i:strength|power|motor|grade|pain|score|reflex\w*|murmur)[ \t:]*$")


def _valid(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _later(a: str, b: str) -> bool:
    """Whether month/day ``b`` comes after ``a`` within about a month (a range, not two scores)."""
    (ma, da), (mb, db) = (tuple(int(x) for x in v.split("/")) for v in (a, b))
    return (ma == mb and db > da) or (mb == ma % 12 + 1 and db < da)


def grammar_dates(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every date in ``text`` written in one of the forms above.

    Args:
        text: the note.
    """
    for m in _FORMS.finditer(text):
        yield m.start(), m.end()
    for m in _SPOKEN.finditer(text):
        yield m.start(), m.end()
    for m in _SPACED.finditer(text):
        first, second = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        if _valid(int(first), int(second)) or _valid(int(second), int(first)):
            yield m.start(), m.end()
    for m in _CUED.finditer(text):
        if not m.group("x") or _valid(int(m.group("x")), int(m.group("y"))) \
                or _valid(int(m.group("y")), int(m.group("x"))):
            yield m.start("v"), m.end("v")
    for m in _LONE_DAY.finditer(text):
        yield m.start("v"), m.end("v")
    for m in _DAY_RANGE.finditer(text):
        yield m.start(), m.end()
    for m in _MD_RANGE.finditer(text):
        if _later(m.group("a"), m.group("b")) and not _AMOUNT_AFTER.match(text, m.end()) \
                and not _SCORE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            yield m.start("a"), m.end("a")
            yield m.start("b"), m.end("b")
