"""Identifiers in the shapes that sign-off checklists, race-day and census logs and county incident
reports write them, which the other finders left:

* **a bare month/day between a log entry's separators** with a sign-off after it (``[x] hand
  hygiene - 9/1 - D. Quill``, ``wound check - 10/2 - Hale``, ``[x] dressing change - 3/4``),
  never a score, a strength, a pressure or a fraction (``strength - 4/5 - Left``, ``1/2 tab``);
* **a race or event number**: a bib after "bib" (``bib 15829``, ``Bib #4417``, ``bib no. 208``)
  and an entry, registration, wristband or participant number after its number word
  (``entry no. 30418``, ``Registration #: 5521``), never a distance (``race 10000 m``);
* **a street in an incident report's place slot** (``LOCATION: TAMARACK COURT``, ``PLACE OF
  INCIDENT: COUNTY ROAD 14``, ``Site: Harrow Lane``) and a street named alone as a place after
  a route's word (``through town incl. Old Mill Pike``, ``via Quarry Road 9``, ``along Fenwick
  Avenue``);
* **a passport number of letters only** (``passport CFEYEAGLJ``), never a word (``passport
  CHECKED``);
* **an age over 89 in brackets after a listed person** (``bed 15: quill, hale (94), MRN ...``,
  ``- Ostrander, Mavis (96)``, ``Hale Quill (93), DOB ...``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_log_lines"]

_MONTH_DAY = r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
_DASH = r"[ \t]+[-\u2013\u2014][ \t]+"
#: who signed an entry: "D. Quill", "DQ", "Hale", "RN", "dq" (a word is judged by its case)
_SIGNER = (
    r"(?P<who>[A-Z]\.[ \t]?[A-Z][A-Za-z'\u2019-]+|[A-Z]{2,3}\b|[A-Z][a-z][A-Za-z'\u2019-]+"
    r"|[a-z]{2,3}\b)(?![ \t]*\d)"
)
#: a checklist's or a log's line opening: "[x]", "[ ]", "- [x]", "✓", "•", "*", "-", "3."
_ITEM_START = re.compile(
    r"^[ \t]*(?:[-*\u2022][ \t]*)?(?:\[[ xX\u2713\u2714]\]|[\u2610\u2611\u2612\u2713\u2714\u2022*-]"
    r"|\d{1,2}[.)])"
)
_LOG_DATE = re.compile(
    rf"(?:(?<=[ \t][-\u2013\u2014|][ \t])|(?<=:[ \t])|(?<=\.\.\.[ \t])|(?<=\())(?P<v>{_MONTH_DAY})"
    rf"(?:{_DASH}{_SIGNER}|[ \t]*(?:,[ \t]*|[ \t]\(|[ \t]\.\.\.[ \t]|[ \t]\|[ \t])(?P<ini>[A-Z]{{2,3}})\b"
    r"|[ \t]*(?P<end>$))",
    re.M,
)
#: a dated log's line: "9/1 - mask teaching - DQ", "9/2: called pt" (a column of them is a log)
_DATED_LINE = re.compile(
    rf"^[ \t]*(?:\[[ xX]\][ \t]*|[-*\u2022][ \t]*)?(?P<v>{_MONTH_DAY})(?:{_DASH}|:[ \t]+)(?=[A-Za-z])", re.M
)
#: the words of a measure or a score before a fraction on its line
_SCORE_BEFORE = re.compile(
    r"(?i:\b(?:strength|power|motor|score|scale|grade|reflex(?:es)?|pain|bp|pressure|ratio|mmt|"
    r"gcs|moca|mmse|apgar|vas|nrs|fraction|dilution|titer|titre|tab|tabs|tablet|dose|of|out|"
    r"taper\w*|wean\w*)\b)"
)
#: a sign-off's everyday word is a direction or a finding, not a person ("- 4/5 - Left")
_NOT_SIGNER = frozenset(
    "left right bilateral normal good fair poor done yes no none pending see per and or with"
    " improved stable same better worse full partial active passive".split()
)

_EVENT_NUMBER = re.compile(
    r"(?<![\w-])(?:(?P<bib>(?i:bib))|(?i:entry|entrant|registration|reg|wristband|participant|"
    r"competitor|athlete|start|race|runner))"
    r"(?P<nw>[ \t]*(?:(?i:no\.?|number|nbr|num|id|#)(?![\w])))?[ \t]*[:#]?[ \t]*#?[ \t]*"
    r"(?P<v>\d{2,6})(?![\w.,/-]|[ \t]*(?i:k|km|m|mi|miles?|meters?|metres?|yards?|yds?|min|hrs?)\b)"
)

#: the street types that name a road even when the street stands alone as a place
_ROAD_TYPES = (
    r"Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Court|Ct|Pike|Terrace|Ter|Boulevard|Blvd|Highway|Hwy|"
    r"Parkway|Pkwy|Circle|Cir|Trail|Trl|Turnpike|Tpke|Crescent|Cres|Drive|Place|Way|Loop|Alley|"
    r"Expressway|Expy|Freeway|Fwy|Route|Rte|Row"
)
_CAPS_TYPES = "|".join(w.upper() for w in _ROAD_TYPES.split("|"))
_NUMBER_ROAD = r"(?:(?:County|COUNTY|Co\.|CO\.|State|STATE|US|U\.S\.)[ \t]+)?"
_NUMBERED_TYPE = r"(?:Road|ROAD|Rd\.?|RD\.?|Highway|HIGHWAY|Hwy|HWY|Route|ROUTE|Rte|RTE)"
#: "Old Mill Pike", "Quarry Road 9", "OLD MILL PIKE", "COUNTY ROAD 14", "Route 9"
_STREET = (
    rf"(?:(?:[A-Z][a-z]+|\d{{1,3}}(?:st|nd|rd|th))(?:[ \t]+[A-Z][a-z]+){{0,2}}[ \t]+(?:{_ROAD_TYPES})\.?"
    r"(?:[ \t]+\d{1,4}[A-Z]?\b)?"
    rf"|[A-Z]{{2,}}(?:[ \t]+[A-Z]{{2,}}){{0,2}}[ \t]+(?:{_CAPS_TYPES})\.?(?:[ \t]+\d{{1,4}}[A-Z]?\b)?"
    rf"|{_NUMBER_ROAD}{_NUMBERED_TYPE}[ \t]+\d{{1,4}}[A-Z]?\b)"
    r"(?![\w'\u2019-])"
)
#: the place slot of an incident report: "LOCATION:", "PLACE OF INCIDENT:", "Site of bite:"
_PLACE_LABEL = re.compile(
    r"(?:^|(?<=[ \t]{2})|(?<=[\t|;]))[ \t]*(?i:(?:incident[ \t]+|event[ \t]+|exposure[ \t]+|bite[ \t]+)?"
    r"(?:location|place|site|scene|address)(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:bite|incident|injury|"
    r"exposure|event|occurrence|accident|crash|collision|fall))?|occurred[ \t]+(?:at|on))"
    rf"[ \t]*:[ \t]*(?:(?i:on|at|near)[ \t]+)?(?P<v>{_STREET})(?=[ \t]*(?:$|[,;.(|]|[ \t]{{2}}))",
    re.M,
)
#: a route's word before a street named alone: "incl. Old Mill Pike", "via Quarry Road 9"
_ROUTE_CUE = re.compile(
    r"(?<![\w.])(?i:incl\.|including|via|along|onto|down|up|across|past|off|on|near)[ \t]+"
    rf"(?P<v>{_STREET})"
)
#: a street cue's word that opens an everyday phrase, not a street's name
_NOT_A_STREET_HEAD = frozenset(
    "the a an this that his her their our my your its one each every same next last first main "
    "left right upper lower".split()
)
#: a court of law is no street ("via Family Court", "at Drug Court")
_LAW_COURT = re.compile(
    r"(?i:(?:family|drug|district|county|superior|juvenile|supreme|probate|traffic|housing|claims|"
    r"tax|mental[ \t]+health|municipal|circuit|appeals?|federal|crown|magistrates?|small)[ \t]+court)\b"
)

_PASSPORT = re.compile(
    r"(?<![\w])(?i:passport)(?:[ \t]+(?i:no\.?|number|nbr|num|#)(?![\w]))?[ \t]*[:#]?[ \t]*"
    r"(?P<v>[A-Z]{6,9})(?![\w-])"
)

#: a census line's bed or room ("bed 15:", "Rm 4B -") or a list's bullet ("-", "3.")
_LIST_LEAD = (
    r"(?P<bed>(?i:bed|rm|room|bay|cot|pt|patient|resident|stretcher|chair|spot|slot)[ \t]*#?[ \t]*"
    r"[A-Za-z]?\d{1,4}[A-Za-z]?[ \t]*[:.)-])|[-*\u2022]|\d{1,3}[.)]"
)
_WORD = r"[A-Za-z][A-Za-z'\u2019-]+"
_PERSON = (
    rf"(?P<p>{_WORD}(?:[ \t]{_WORD})?,[ \t]*{_WORD}"
    rf"|[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z]{_WORD})"
)
#: a listed person however the list writes them: "quill, hale", "Quill, H.", "hale quill", "Mr. Quill"
_LISTED_PERSON = (
    rf"(?:(?i:mr|mrs|ms|miss|mx)\.?[ \t]+{_WORD}"
    rf"|{_WORD}(?:[ \t]+{_WORD})?,[ \t]*(?:{_WORD}|[A-Z]\.)(?:[ \t]+[A-Z]\.)?|{_WORD}[ \t]+{_WORD})"
)
_BRACKET_AGE = r"\([ \t]*(?P<a>9\d|1[01]\d)[ \t]*(?:y|yo|y/o|yrs?|[FM])?[ \t]*\)"
_RECORD_AFTER = r"[ \t]*[,;]?[ \t]*(?i:mrn|dob|enc|acct|csn|fin|id|rm|room|bed|age|sex)\b"
#: "bed 15: quill, hale (94), MRN", "- Ostrander, Mavis (96)", "Hale Quill (93), DOB 1/2/1931"
_LISTED_AGE = re.compile(
    rf"^[ \t]*(?:{_LIST_LEAD})[ \t]*{_LISTED_PERSON}[ \t]*{_BRACKET_AGE}(?P<rec>{_RECORD_AFTER})?"
    r"(?=[ \t]*(?:[,;:|-]|$))",
    re.M,
)
_NAMED_AGE = re.compile(rf"(?<![\w]){_PERSON}[ \t]*{_BRACKET_AGE}(?={_RECORD_AFTER})")


#: a passport's state, not its number ("PASSPORT: EXPIRED")
_PASSPORT_WORDS = frozenset(
    "EXPIRED UNAVAILABLE MISSING STOLEN CHECKED VERIFIED SCANNED COPIED ATTACHED PENDING UNKNOWN "
    "DECLINED REFUSED PRESENTED RENEWED NUMBER ONFILE APPLIED REQUESTED RETAINED RETURNED HOLDER "
    "FOREIGN EXPIRES ISSUED INVALID".split()
)


def find_log_lines(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """Candidate spans of the shapes above (overlaps not yet resolved).

    Args:
        text: an English note.
        is_common: whether a lower-case word is an everyday English word.
    """
    out = _log_dates(text, is_common) + _streets(text)
    for m in _EVENT_NUMBER.finditer(text):
        if m.group("bib") or m.group("nw"):
            out.append(PhiSpan(m.start("v"), m.end("v"), "other_id"))
    for m in _PASSPORT.finditer(text):
        if m.group("v") not in _PASSPORT_WORDS and not is_common(m.group("v").lower()):
            out.append(PhiSpan(m.start("v"), m.end("v"), "passport"))
    for m in _LISTED_AGE.finditer(text):
        # a bed's line or a record number after says who is listed ("- Glucose, fasting (95)"
        # is a lab's line)
        if m.group("bed") or m.group("rec"):
            out.append(PhiSpan(m.start("a"), m.end("a"), "age"))
    out += [PhiSpan(m.start("a"), m.end("a"), "age") for m in _NAMED_AGE.finditer(text)]
    return out


def _log_dates(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _LOG_DATE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()]
        if _SCORE_BEFORE.search(before[-24:]):
            continue
        who = m.group("who") or m.group("ini")
        if who is None and not _ITEM_START.match(before):
            continue  # a line's last M/D is a log's date only on a checklist's line
        if (
            who is not None
            and not _ITEM_START.match(before)
            and (who.islower() or (who[1:].islower() and is_common(who.lower())))
        ):
            continue  # off a checklist, "- 4/5 - Left" or "- 2/3 - stable" is no sign-off
        if who is not None and who.lower() in _NOT_SIGNER:
            continue
        out.append(PhiSpan(m.start("v"), m.end("v"), "date"))
    dated = list(_DATED_LINE.finditer(text))
    for m in dated:
        line_end = text.find("\n", m.end())
        line = text[m.end() : len(text) if line_end < 0 else line_end]
        signed = re.search(rf"{_DASH}{_SIGNER}[ \t]*$", line)
        if (len(dated) >= 2 or signed) and not _SCORE_BEFORE.match(line):
            out.append(PhiSpan(m.start("v"), m.end("v"), "date"))
    return out


def _streets(text: str) -> list[PhiSpan]:
    out = [PhiSpan(m.start("v"), m.end("v"), "address") for m in _PLACE_LABEL.finditer(text)]
    for m in _ROUTE_CUE.finditer(text):
        head = m.group("v").split()[0].lower()
        if head not in _NOT_A_STREET_HEAD and not _LAW_COURT.search(m.group("v")):
            out.append(PhiSpan(m.start("v"), m.end("v"), "address"))
    return out
