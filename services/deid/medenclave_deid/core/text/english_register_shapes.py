"""Ages, streets, record numbers and dates in the shapes that registry exports, monitoring logs,
county reports, claim letters and race-day logs write them, which the other finders left:

* **an age over 89 after "now"** where a person's age is meant (``Client: now 102,``,
  ``Patient (now 98)``, ``Age at testing: now 100``), after "turned" in words (``turned
  ninety-one``), in a sex-and-age cell (``F/93``, ``M 91``) and in a run-on log entry
  (``bib 4471, 93F, cramps``); a measure (``HR now 92``, ``sat now 94%``) is no age;
* **a street in a county report's or a form's dress**: a hyphenated or lettered house number
  (``2754-17 Fenwick Dr``, ``28B TAMARACK CT``) in capitals too, a building and its apartment
  (``, Bldg 12, Apt 13``), a hundred block (``the 6062 block of Tamarack Dr``,
  ``ASHGROVE ROAD (4815 BLOCK)``), an intersection of two suffixed streets (``QUENBY COURT &
  LARKSPUR LN``, ``Fenwick St near the Harrow Mill Pike intersection``), a highway-contract or
  rural box (``HC 74 BOX 22``, ``POB 6173``), a numbered highway (``1613 HWY 68``), a lot in a
  mobile home park, and a house number and one name after a mailing cue (``mailed to 785
  Larkspur``);
* **a record number of letters only or of three or four digits** after a record label (``DL #
  YVANZF``, ``Registry # UEQGJJ``, ``Tumor registry accession: 054``, ``Tag 628``), never an
  everyday word (``Case No. PENDING``);
* **a date of a month and a year joined by "of"** (``August of 2021``), a dotted month/day/year
  (``6.18.20``) and a day and month after a date's label or cue (``Date of first contact:
  9/4``, ``due 21/10``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english import STREET_SUFFIXES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_register_shapes"]

_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_WORD_AGE = rf"(?:ninety(?:[- ]{_UNITS})?|(?:a|one)[ -]hundred(?:[ -](?:and[ -])?{_UNITS})?)"
_N = r"(?:9\d|1[0-1]\d)"
#: what a measure's "now" follows on its line ("HR now 92", "sats now 94")
_MEASURE_BEFORE = re.compile(
    r"(?i:\b(?:hr|heart|pulse|rate|bp|sbp|dbp|map|sat\w*|spo2|o2|temp\w*|rr|resp\w*|weight|wt|"
    r"glucose|bg|sugar|score|setting\w*|vent\w*|anc|wbc|plt|hgb|level|dose|pain|fio2|peep|pressure|minutes?|min|"
    r"percent|k|na|cr|bun|lactate|inr|ef|gcs|mmse|moca)\b)[^\n]{0,12}$"
)
_NOW_AGE = re.compile(
    r"(?:(?<=[(:,\u2014\u2013])|(?<=\.\.[ \t])|(?<=[ \t]{2})|(?<=[(:,.\u2014\u2013-][ \t])"
    r"|(?i:\b(?:is|I'm|she's|he's|who's)[ \t]+))"
    rf"(?i:now)[ \t]+(?P<a>{_N}|(?i:{_WORD_AGE}))"
    r"(?=[ \t]*(?:[),;]|\.(?!\d)|$|(?i:years|yrs|yo|y/o|runner|and|with|now|but)\b))",
    re.M,
)
_TURNED_WORDS = re.compile(rf"(?i:\b(?:turned|turns|turning)[ \t]+)(?P<a>(?i:{_WORD_AGE}))\b")
_AGE_WORDS = rf"(?P<a>{_N}|(?i:{_WORD_AGE}))"
#: "At 96 you don't rush", "at ninety-two he", "Now 93, she", "is also 96.", "93 going on 60"
_SAYINGS = [
    re.compile(rx)
    for rx in (
        rf"(?i:\bat)[ \t]+{_AGE_WORDS}(?=,?[ \t]+(?i:you|she|he|I|we|they|my|her|his)\b)",
        rf"(?m:(?:^|(?<=[.!?][ \t])))(?i:now)[ \t]+{_AGE_WORDS}(?=,)",
        rf"(?i:\b(?:is|was|'s)[ \t]+(?:also|still|only|just|already|nearly|almost)[ \t]+){_AGE_WORDS}"
        r"(?=[ \t]*(?:[.,;)]|$))",
        rf"(?i:\bat[ \t]+the[ \t]+age[ \t]+of[ \t]+)(?P<a>(?i:{_WORD_AGE}))\b",
        rf"\b(?P<a>{_N})(?=[ \t]+(?:going[ \t]+on|1/2[ \t]+(?i:years|yrs))\b)",
    )
]
_SEX_AGE_CELL = re.compile(
    rf"(?<=\|)[ \t]*(?:F|M|(?i:female|male))[ \t]*[/, ][ \t]*(?P<a>{_N})[ \t]*(?=\|)"
    rf"|(?<=\|)[ \t]*(?P<b>{_N})[ \t]*[/ ][ \t]*(?:F|M)[ \t]*(?=\|)"
)
_LOG_AGE_SEX = re.compile(rf"(?<=, )(?P<a>{_N})(?:F|M)(?=,)")

_SUFFIXES = sorted(STREET_SUFFIXES, key=lambda w: (-len(w), w))
_NAME = r"(?:[A-Z][a-z]+|[A-Z]{2,})"
#: a street's name and its suffix, in the same case: "Old Quarry Pike", "OLD QUARRY PIKE"
_STREET_NAME = (
    rf"(?:(?:[A-Z][a-z]+[ \t]+){{1,3}}(?:{'|'.join(_SUFFIXES)})\.?"
    rf"|(?:[A-Z]{{2,}}[ \t]+){{1,3}}(?:{'|'.join(w.upper() for w in _SUFFIXES)})\.?)(?![\w])"
)
_CAPS_STREET = rf"(?:[A-Z]{{2,}}[ \t]+){{1,3}}(?:{'|'.join(w.upper() for w in _SUFFIXES)})\.?(?![\w])"
_DIRECTION = r"(?:(?i:[NSEW]\.?|north|south|east|west)[ \t]+)?"
_UNIT = r"(?:,?[ \t]*(?i:apt|apartment|unit|suite|ste|bldg|building|lot|#)\.?[ \t]*#?[ \t]*\d+[A-Za-z]?)"
_ADDRESSES = [
    re.compile(rx)
    for rx in (
        # "2754-17 Fenwick Dr", "28B TAMARACK CT, APT 4", ", Bldg 12, Apt 13", "Unit 5, 14 Oak Way"
        # (a plain "12 Oak St" is the street finders'; "4 Chamber View" is no street)
        rf"(?<![\w/.-])(?:\d{{1,6}}(?:-\d{{1,4}}|[A-Z])[ \t]{_DIRECTION}{_STREET_NAME}{_UNIT}{{0,3}}"
        rf"|\d{{2,6}}[ \t]{_DIRECTION}{_CAPS_STREET}{_UNIT}{{0,3}}"
        rf"|\d{{2,6}}[ \t]{_DIRECTION}{_STREET_NAME}{_UNIT}{{1,3}}"
        rf"|(?i:apt|unit|suite|ste|#)\.?[ \t]*#?\d{{1,4}}[A-Za-z]?[ \t]*[-,\u2013][ \t]*"
        rf"\d{{1,6}}[ \t]{_DIRECTION}{_STREET_NAME})",
        # "BITE AT CORNER OF FENWICK AND MARLOW", "the intersection of Fenwick and 5th"
        r"(?i:\b(?:corner|intersection)[ \t]+of[ \t]+)(?P<v>(?:[A-Z][a-z]+|[A-Z]{3,}|\d{1,3}(?i:st|nd|rd|th))"
        r"(?:[ \t]+[A-Z][a-z]+|[ \t]+[A-Z]{3,})?[ \t]+(?:and|AND|&)[ \t]+"
        r"(?:[A-Z][a-z]+|[A-Z]{3,}|\d{1,3}(?i:st|nd|rd|th))(?:[ \t]+[A-Z][a-z]+|[ \t]+[A-Z]{3,})?)",
        # "P.O. Drawer 71", "Box 442, Star Route", "N4512 County Road K"
        r"(?<![\w])(?i:p\.?[ \t]?o\.?[ \t]*drawer[ \t]*\d{1,6}|box[ \t]*\d{1,5},?[ \t]*"
        r"(?:star|rural)[ \t]+route(?:[ \t]*\d{1,3})?)\b",
        r"(?<![\w/.-])[NSEW]?\d{1,6}[ \t]+(?i:county|co\.?)[ \t]+(?i:road|rd\.?|highway|hwy)"
        r"[ \t]+[A-Z]{1,2}\b",
        r"(?<![\w])\d{2,5}[ \t]+(?i:block[ \t]+of)\b",
        # "the 6062 block of Tamarack Dr", "ASHGROVE ROAD (4815 BLOCK)"
        rf"(?i:\bthe[ \t]+)\d{{2,5}}[ \t]+(?i:block[ \t]+of)[ \t]+{_DIRECTION}{_STREET_NAME}",
        r"(?i:\bthe[ \t]+)\d{2,5}[ \t]+(?i:block)\b",
        rf"{_STREET_NAME}[ \t]*\([ \t]*\d{{2,5}}[ \t]+(?i:block)[ \t]*\)",
        # "QUENBY COURT & LARKSPUR LN", "Fenwick St near the Harrow Mill Pike intersection"
        rf"{_STREET_NAME}[ \t]+(?:&|and|AND|at|AT|/)[ \t]+{_STREET_NAME}",
        rf"{_STREET_NAME}[ \t]+(?i:near|at|by)[ \t]+(?i:the)[ \t]+{_STREET_NAME}[ \t]+(?i:intersection)",
        # "HC 74 BOX 22", "RR 3 Box 12", "POB 6173"
        r"(?<![\w])(?i:hc|h\.c\.|rr|r\.r\.|rural[ \t]+route|star[ \t]+route)[ \t]*\d{1,3},?[ \t]*"
        r"(?i:box)[ \t]*\d{1,5}\b",
        r"(?<![\w])(?:POB|P\.O\.B\.?)[ \t]*#?[ \t]*\d{2,6}\b",
        # "1613 HWY 68", "4410 State Highway 9"
        r"(?<![\w/.-])\d{1,6}[ \t]+(?i:(?:state|county|co\.|us|u\.s\.|farm[ \t]+to[ \t]+market)[ \t]+)?"
        r"(?i:highway|hwy|route|rte|road|rd\.?)[ \t]+\d{1,4}[A-Z]?\b",
        # "LOT 6, OLD QUARRY MOBILE HOME PARK"
        rf"(?i:\blot)[ \t]+\d{{1,4}},?[ \t]+(?:{_NAME}[ \t]+){{1,3}}"
        r"(?i:mobile[ \t]+home[ \t]+park|trailer[ \t]+park|rv[ \t]+park|mhp)\b",
    )
]
#: a house number and one or two names after a mailing or dwelling cue: "mailed to 785 Larkspur"
_CUED_STREET = re.compile(
    r"(?:(?i:\b(?:lives|living|resides|residing|mailed|sent|returned?|started|near|onto)"
    r"(?:[ \t]+(?:this[ \t]+form|alone))?[ \t]+(?:at|to)?)"
    r"|(?i:\b(?:address|residence|location)(?:[ \t]+[a-z]+){0,3}?[ \t]*:))[ \t]+"
    r"(?P<v>\d{2,6}[ \t]+(?:[A-Z][a-z]+|[A-Z]{3,})(?:[ \t]+(?:[A-Z][a-z]+|[A-Z]{3,}))?)"
    r"(?=[ \t]*(?:$|[.,;)]|[ \t]+[a-z]))",
    re.M,
)
#: a record's label (the last word of it) and a value of letters only or a short number
_ID_LABEL = (
    r"(?i:registry|case|claim|tracking|bib|race|accession|chart|report|incident|reference|ref|"
    r"policy|group|member|training|worksheet|file|evaluation|permit|tag|study|photo[ \t]+set|log|"
    r"control|abstract|encounter|visit|rems|pharmacy|dispense|licen[cs]e|DL|certificate|cert|"
    r"patient|client|runner|victim|owner|subscriber)"
)
_ID_VALUE = re.compile(
    rf"(?<![\w])(?P<lab>{_ID_LABEL})\.?(?P<nw>[ \t]+(?i:no\.?|number|nbr|num|#|id)(?![\w]))?"
    r"(?P<sep>[ \t]*(?:[:#]|\.{2,}))?[ \t]*"
    r"(?P<v>[A-Z]{4,8}|\d{3,4}|\d{2,4}[A-Z]{2,4}|[A-Z]{2,4}\d{2,4}|\d{3,5}\.\d{3})(?![\w/-]|\.\w)"
)
#: labels whose bare number is the record's own ("Bib 5208", "Accession 054")
_OWN_NUMBER = re.compile(r"(?i:bib|accession|registry)")
#: a person's word: the number is theirs only with a number word ("Patient ID GRNBUK")
_PERSON_LABEL = re.compile(r"(?i:patient|client|runner|victim|owner|subscriber)")
_NOT_AN_ID = frozenset(
    "NONE PENDING UNKNOWN DECLINED REFUSED ACTIVE VOID SAME NULL YES NO TBD NA UNK NEW OPEN CLOSED "
    "SENT FILED DONE ISSUED VERIFIED DENIED APPROVED REVIEW RABIES DOG CAT BITE CASE CLAIM STAT "
    "MAILED ATTACHED ABOVE BELOW NEGATIVE POSITIVE NORMAL FINAL DRAFT COPY ONLY PAID".split()
)

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
#: a version's words: "software 08.01.20", "firmware v 2.3.19" is no date
_VERSION_BEFORE = re.compile(
    r"(?i:\b(?:version|ver|v|software|firmware|build|release|rev|revision)\b)[^\n]{0,12}$"
)
_DATES = [
    re.compile(rx)
    for rx in (
        rf"(?P<v>(?i:\b{_MONTHS}\.?[ \t]+of[ \t]+)(?:19|20)\d{{2}})\b",
        r"(?<![\w.])(?P<v>(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])\.(?:\d{2}|(?:19|20)\d{2}))(?![\w.])",
        r"(?i:\b(?:date[sd]?(?:[ \t]+of[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)?[ \t]*[:|-]|dated|due|on|"
        r"until|since|through|thru|by))[ \t]+(?P<v>(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2]))"
        r"(?![\w/%-]|\.\d|[ \t]+of\b)",
    )
]


#: a table's header cell that names a record number ("abstract_id", "Bib", "Case no.")
_ID_HEADER = re.compile(r"(?i:(?:[a-z]+[ _])*(?:id|no\.?|num|number|nbr|#|bib|accession|registry[ _]no))")
_ID_CELL = re.compile(r"[ \t]*(?P<v>#?(?=[A-Z0-9.-]*\d)[A-Z0-9][A-Z0-9.-]{2,15}|[A-Z]{5,8})[ \t]*")


_CSV_CELL = re.compile(r'(?:(?<=,)|^)(?:"[^"]*"|[^,]*)')
_PIPE_CELL = re.compile(r"(?:(?<=\|)|^)[^|]*")


def _id_columns(text: str) -> list[PhiSpan]:
    """The cells under a record number's header in a CSV or a pipe table."""
    out: list[PhiSpan] = []
    columns: dict[int, int] = {}
    sep = ""
    at = 0
    for line in text.split("\n"):
        sep_now = "|" if line.count("|") >= 2 else "," if line.count(",") >= 2 else ""
        cells = [m.group() for m in (_CSV_CELL if sep_now == "," else _PIPE_CELL).finditer(line)]
        offsets = [m.start() for m in (_CSV_CELL if sep_now == "," else _PIPE_CELL).finditer(line)]
        if not sep_now:
            cells, offsets = [line], [0]
        headers = {i for i, c in enumerate(cells) if sep_now and _ID_HEADER.fullmatch(c.strip())}
        if headers and not any(_ID_CELL.fullmatch(cells[i]) for i in headers):
            columns, sep = {i: len(cells) for i in headers}, sep_now
        elif not sep_now or sep_now != sep:
            columns = {}
        else:
            for i, width in columns.items():
                m = _ID_CELL.fullmatch(cells[i]) if len(cells) == width else None
                if m and m.group("v") not in _NOT_AN_ID:
                    start = at + offsets[i]
                    out.append(PhiSpan(start + m.start("v"), start + m.end("v"), "other_id"))
        at += len(line) + 1
    return out


def _age_spans(text: str) -> list[PhiSpan]:
    out = []
    for m in _NOW_AGE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not _MEASURE_BEFORE.search(text[line_start : m.start()]):
            out.append(PhiSpan(m.start("a"), m.end("a"), "age"))
    for rx in (_TURNED_WORDS, _LOG_AGE_SEX):
        out += [PhiSpan(m.start("a"), m.end("a"), "age") for m in rx.finditer(text)]
    for rx in _SAYINGS:
        for m in rx.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if not _MEASURE_BEFORE.search(text[line_start : m.start()]):
                out.append(PhiSpan(m.start("a"), m.end("a"), "age"))
    for m in _SEX_AGE_CELL.finditer(text):
        group = "a" if m.group("a") else "b"
        out.append(PhiSpan(m.start(group), m.end(group), "age"))
    return out


def find_register_shapes(text: str) -> list[PhiSpan]:
    """Candidate spans of the shapes above (overlaps not yet resolved).

    Args:
        text: an English note.
    """
    out = _age_spans(text) + _id_columns(text)
    for rx in _ADDRESSES:
        group = "v" if "v" in rx.groupindex else 0
        out += [PhiSpan(m.start(group), m.end(group), "address") for m in rx.finditer(text)]
    out += [PhiSpan(m.start("v"), m.end("v"), "address") for m in _CUED_STREET.finditer(text)]
    for m in _ID_VALUE.finditer(text):
        value, numbered = m.group("v"), bool(m.group("nw"))
        if value.isalpha():
            keep = numbered and value not in _NOT_AN_ID
        elif _PERSON_LABEL.fullmatch(m.group("lab")):
            keep = numbered
        else:
            keep = numbered or bool(m.group("sep")) or bool(_OWN_NUMBER.fullmatch(m.group("lab")))
        if keep:
            out.append(PhiSpan(m.start("v"), m.end("v"), "other_id"))
    for rx in _DATES:
        for m in rx.finditer(text):
            if not _VERSION_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
                out.append(PhiSpan(m.start("v"), m.end("v"), "date"))
    return out
