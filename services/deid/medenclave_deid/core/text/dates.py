"""Dates in notes: find them, shift them by the patient's offset, write them back in their format."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from medenclave_deid.core.text.date_grammar import grammar_dates
from medenclave_deid.core.text.measure_fractions import is_measure_fraction

__all__ = ["DATE_PATTERN", "PARTIAL_DATE_PATTERN", "NoteOffset", "note_offset", "partial_dates", "shift_date"]

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|" \
       r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"

#: Every date form the notes use; named groups say which form matched.
DATE_PATTERN = re.compile(
    r"(?P<zh>(?P<zy>\d{4})\s*年\s*(?P<zm>\d{1,2})\s*月(?:\s*(?P<zd>\d{1,2})\s*[日号])?)"
    r"|(?P<zmd>(?<![\d年])(?P<zm2>\d{1,2})月(?P<zd2>\d{1,2})[日号])"
    r"|(?P<iso>(?<![\d.])(?P<iy>(?:19|20)\d{2})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})"
    r"(?![\d])(?:T(?P<itime>\d{2}:\d{2}(?::\d{2})?)(?![\d:]))?)"
    # a month and a day in either order: tooth numbers (26/36/46) are no date
    r"|(?P<us>(?<![\d./])(?=(?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12]\d|3[01])[/-]"
    r"|(?:0?[1-9]|[12]\d|3[01])[/-](?:0?[1-9]|1[0-2])[/-])"
    r"(?P<um>\d{1,2})(?P<usep>[/-])(?P<ud>\d{1,2})(?P=usep)(?P<uy>\d{4}|\d{2})(?![\d/]))"
    r"|(?P<eu>(?<![\d.])(?P<ed>\d{1,2})\.(?P<em>\d{1,2})\.(?P<ey>\d{4})(?![\d]))"
    rf"|(?P<mdy>\b(?P<mm>{_MON})\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>\d{{4}})\b)"
    rf"|(?P<dmy>\b(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm>{_MON})\s+(?P<dy>\d{{4}})\b)"
    rf"|(?P<my_>\b(?P<ym>{_MON})\s+(?P<yy>\d{{4}})\b)"
    rf"|(?P<dmyh>\b(?P<hd>\d{{1,2}})(?P<hsep>[-/]?)(?P<hm>{_MON})(?P=hsep)(?P<hy>\d{{4}}|\d{{2}})\b)",
    re.IGNORECASE | re.ASCII)

_CUE = (r"(?:on|since|from|until|till|to|by|dated|dates?|DOS|DOB|seen|visit|admitted|admission|"
        r"discharged|discharge|surgery|procedure|performed|done|obtained|drawn|collected|"
        r"started|stopped|began|last|next|through|between|and|of|as\s+of|effective|home|return|"
        r"follow-?up|f/u|appointment|appt|recheck|scheduled)")
#: Dates without a year: a month name with a day (``March 14``, ``14 Mar``), or a numeric
#: month/day after a word that introduces a date (``on 3/14``, ``since 03-14``).
PARTIAL_DATE_PATTERN = re.compile(
    rf"(?P<v>\b{_MON}\s+(?:\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:mg|mcg|ml|cm|mm|%|units?)\b)"
    rf"|\b(?:\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?![a-z]))"
    rf"|\b{_CUE}(?:\s*:\s*|\s+)(?P<md>(?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12]\d|3[01]))(?![\d/-])",
    re.IGNORECASE | re.ASCII)

#: a dose's form after a small fraction ("started 1/2 tab", "received 2/3 doses"): lower case, not "drop-off"
_DOSE_FORM_AFTER = re.compile(r"[ \t]+(?:tabs?|tablets?|caps?|capsules?|doses?|units?|vials?|bottles?|"
                              r"strips?|patch(?:es)?|pills?|puffs?|drops?|sprays?|amps?|ampoules?|syringes?|sachets?|"
                              r"of[ \t]+(?:the|a|an|his|her|their))\b(?!-)")

#: a numeric month/day with no cue (``home 2/9``, ``labs (8/28)``); fractions and scores
#: (``5/5`` strength, ``3/10`` pain, ``1/2 tab``, ``8/8`` match) have small denominators and are left alone
_BARE_MONTH_DAY = re.compile(
    r"(?<![\w./-])(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])(?![\w/-]|\.\d)", re.ASCII)
#: a month and a year (``09/2026``, an expiry or an onset): a date element finer than the year
_MONTH_YEAR = re.compile(r"(?<![\w./-])(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\w/-]|\.\d)", re.ASCII)
_FRACTION_CONTEXT = re.compile(r"(?:pain|strength|scored?|scores|scales?|power|motor|reflex(?:es)?|grades?|"
                               r"rated|of|x|match(?:ed|es)?|apgars?|cervix|ratio|acuity|symptoms?|severity|"
                               # a fax's page count ("P. 5/11", "page 2/14")
                               r"\bp\.|\bpg\.?|\bpages?|"
                               # the questionnaires and scales scored "n/max"
                               r"phq-?\d*|gad-?\d*|mmse|moca|slums|bims|epds|gds(?:-\d+)?|"
                               r"audit(?:-c)?|cage|ciwa(?:-ar)?|cows|nihss|gcs|braden|morse|"
                               r"barthel|katz|ecog|q?sofa|timi|edinburgh|mini-cog)\s*[:=]?\s*$",
                               re.I)
_FRACTION_AFTER = re.compile(r"\s*(?:tab|tabs|tablet|of|strength|pain|power|apgars?|in\s+(?:the\s+)?"
                             r"(?:upper|lower|bilateral|left|right|[LR]?[UL]E)|bilateral|"
                             r"throughout|proximal|distal|dose|units?|vials?|bottles?|cores?|nodes?|lymph|positive|"
                             # a murmur's grade: "2/6 murmur", "3/6 harsh systolic murmur"
                             r"(?:[a-z-]+[ \t]+){0,2}murmurs?|(?:hla |allele )?match(?:ed|es)?)\b", re.I)


#: what says a small month/day is a date after all: a time after it ("11/4 20:35"), a word
#: of sending, calling or sampling before it ("sent 4/2", "labs (6/4)", "call 2/3")
_TIME_AFTER = re.compile(r"[ \t]+(?:@[ \t]*)?(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)"
                         # or a clock time in four digits after "approx", "at", "@" ("6/3 approx 1436")
                         r"|[ \t]+(?i:approx\.?|approximately|around|about|at|@|~)[ \t]*"
                         r"(?:[01]\d|2[0-3])[0-5]\d(?![\d.:/])")
_DATE_WORD_BEFORE = re.compile(r"(?i:\b(?:labs?|sent|faxed|mailed|received|reviewed|signed|ordered|"
                               r"drawn|collected|called|call|note|letter|report|results?|echo|ecg|ekg|"
                               r"ct|mri|cxr|x-?ray|culture|swab|biopsy|inr|a1c|weight|wt|updated|"
                               r"changed|placed|removed|held|resumed|dc'?d|d/c'?d|given|administered|"
                               r"written|prescribed|filled|refilled|dispensed|"
                               # a loan's request and its return ("requested 7/10", "not returned since 3/2")
                               r"requested|req'?d|since|returned|loaned|lent|borrowed|"
                               r"(?:signed|checked)[ \t]+out|(?<=\()out|"
                               r"last|prior|previous|rechecked?|due|expires?|exp|"
                               r"checked|verified|queried|accident|injury|injured|onset|fell|seen|"
                               # a device's check, a unit's issue ("transmission 12/4", "issued 3/4")
                               r"transmi(?:ssion|tted)|interrogat(?:ion|ed)|implant(?:ed)?|issued|"
                               r"transfused|infused|irradiated|delivered|cleared|reported|arrived|arrival|departure|died|check-?(?:in|out)|drop-?off|"
                               r"expired|extubated|intubated|discharged|admitted|"
                               # a protocol's or an order's row switched on or off ("deactivated\t5/2")
                               r"(?:de)?activated|terminated|cancell?ed|revoked|"
                               r"dod|"  # the date of death ("DOD: 3/3")
                               r"(?:planned|scheduled|booked|set|slated)[ \t]+for|"
                               # a meeting, a screen's panel, the last time someone was seen alive
                               # or well ("UDS 11/2:", "last seen alive 4/4", "LKW 6/3", "mtg 2/2")
                               r"mtg|meeting|conference|uds|utox|cbc|bmp|cmp|abg|vbg|trop(?:onin)?|"
                               r"alive|lkw|(?:seen|known)[ \t]+well|"
                               # a booking and the birth date, written or spoken ("tumor board
                               # 3/4", "clinic 11/2", "date of birth um 7/4", "birthday is 2/1")
                               r"board|clinic|appt|appointment|surgery|follow-?up|f/u|rtc|"
                               r"return|review|huddle|birth|born|dob|birthday|"
                               # a revisit and a newborn's weight check ("lactation revisit 11/4")
                               r"re-?visit|(?:weight|wt)[ \t]+check|"
                               r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|"
                               r"satur|sun)day))"
                               # spoken filler between ("date of birth um 7/4", "is uh 2/1")
                               r"(?:[ \t]+(?i:is|was|um+|uh+|er|like|it's))*[ \t]*[:(]?[ \t]*$"
                               # the day a schedule counts from ("day 0 = 3/4", "D1 = 2/2",
                               # "C2D1 = 1/5")
                               r"|(?i:\b(?:day|d|pod|c\d{1,2}d)[ \t]*[-+]?\d{1,2})[ \t]*=[ \t]*$")
#: the person who acted on the day, after it ("5/2 by Ines Moro, MD", "3/4\tby Dr Kay")
_BY_SOMEONE_AFTER = re.compile(r"(?:[ \t]*[,;]|\t)?[ \t]*by[ \t]+(?:[A-Z][a-z]*\.?[ \t]+)?[A-Z][a-z'’-]+")
#: a four-digit clock time and a word after a month/day that opens a line (a log's timed row)
_LOG_ROW_TIME_AFTER = re.compile(r"[ \t]+(?:[01]\d|2[0-3])[0-5]\d[ \t]+[A-Za-z]")
#: a value recorded on the day, after a colon ("Hgb 12/1: 7.1; 12/2: 7.8")
_VALUE_OF_DAY_AFTER = re.compile(r":[ \t]*[<>]?\d")
#: the last or next of a patient's events ("last session 12/4", "next infusion: 1/3")
_LAST_EVENT_BEFORE = re.compile(r"(?i:\b(?:last|next|prior|previous|recent|latest)[ \t]+[a-z]{3,15}"
                                r"(?:[ \t]+(?:check|visit|appt|appointment|session|conference))?)"
                                r"[ \t]*[:(]?[ \t]*$")
#: a device or kit to bring back by the day ("Return recorder 7/10", "bring back the monitor on 4/5")
_RETURN_ITEM_BEFORE = re.compile(r"(?i:\b(?:return|bring[ \t]+back|drop[ \t]+off)[ \t]+(?:the[ \t]+)?"
                                 r"(?:recorder|monitor|device|kit|holter|patch|pump|meter|unit|sensor|"
                                 r"loaner|cooler|container|diary|log)[ \t]*(?:on|by)?[ \t]*:?[ \t]*$)")
#: a lab's result right before a month/day, the day it was drawn ("HbA1c 8.2% 4/5", "INR 2.4 6/3")
_RESULT_BEFORE = re.compile(r"(?i:\b(?:hba1c|a1c|inr|tsh|ldl|hdl|psa|egfr|bnp|hgb|hb|k|na|cr|creat(?:inine)?|"
                            r"glucose|bg|fbg|vit(?:amin)?[ \t]*d))[ \t]*[:=]?[ \t]*[<>]?\d+(?:\.\d+)?[ \t]*%?"
                            r"[ \t]*[,(]?[ \t]*$")
#: a course started, stopped or opened, then the month/day alone in brackets ("Started ATT
#: (4/1)", "Stopped warfarin and enoxaparin (3/2)", "Opened (5/4)")
_EVENT_PAREN_BEFORE = re.compile(r"(?i:\b(?:started|starting|stopped|began|begun|initiated|opened|closed|"
                                 r"discontinued|restarted|switched|completed|finished|resumed|held))"
                                 r"(?:[ \t]+[\w+/-]+){0,4}[ \t]*\([ \t]*$")
#: an interval before a month/day in brackets, the day it ends on ("recheck 2 wks (3/4)",
#: "f/u in 10 days (1/2)", "F/U 12 wks - 12/3")
_INTERVAL_BEFORE = re.compile(r"(?i:\b\d{1,2}[ \t]*(?:d|days?|wks?|weeks?|mos?|months?))"
                              r"[ \t]*[(:=~\u2013-][ \t]*$")
#: a score and its first value right before a month/day cue ("Strength 4/5 to 5/5")
_SCORE_BEFORE = re.compile(r"(?i:\b(?:strength|power|motor|grade|score|murmur|pain)\b)[ \t:]*\d/\d+[ \t]*$")
#: an event at a named place before a month/day that ends its clause ("Discharged from Mercy
#: Valley Hospital 4/3", "transferred to St. Anne 9/2.")
_EVENT_AT_PLACE = re.compile(r"(?i:\b(?:discharged|admitted|transferred|released|treated|hospitali[sz]ed)"
                             r"[ \t]+(?:from|to|at|in))(?:[ \t]+(?:[A-Z][\w.'&-]*|of|the|and)){1,7}[ \t]+$")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;,)]|\n|$)")
#: a month/day set apart at the end of a line, the way a header dates its note
_WIDE_GAP_BEFORE = re.compile(r"(?:[ ]{2,}|\t)$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
#: a diary's numbered day opening its line, then the day's date and its colon or dash
_DIARY_DAY_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?i:day|pod|post-?op[ \t]+day|hd|trial[ \t]+day)"
                               r"[ \t]*#?\d{1,3}[ \t]+$")
_DIARY_AFTER = re.compile(r"[ \t]*(?:[:\u2013\u2014]|-[ \t])")
#: the header of a table: the cells of a line with a "Date" (or "Day", "DOS") cell
_HEADER_DATE_CELL = re.compile(r"(?i)^[ \t]*(?:date|day|dos|visit[ \t]+date|date[ \t]+given|"
                               # a header naming when something happened ("last exposure",
                               # "exposure date", "last contact", "onset", "date seen")
                               r"(?:last|first|latest|most[ \t]+recent)[ \t]+"
                               r"(?:exposure|contact|seen|visit|dose)|"
                               r"(?:exposure|onset|seen)(?:[ \t]+(?:date|day|on))?|"
                               r"(?:[a-z]+[ \t]+)?(?:date|day)(?:[ \t]+[a-z]+)?|when|onset|due|"
                               # a loan register's out, due-back and returned columns
                               r"out|due[ \t]+(?:back|in)|(?:checked|signed)[ \t]+out|"
                               r"returned|ret'?d|back)[ \t]*$")


def _date_column(text: str, m: re.Match) -> bool:
    """Whether ``m`` fills a cell of a pipe or tab table under a header cell "Date"."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start:len(text) if line_end < 0 else line_end]
    sep = "|" if "|" in line else "\t" if "\t" in line else None
    if sep is None:
        return False
    before = text[line_start:m.start()].split(sep)
    after = text[m.end():len(text) if line_end < 0 else line_end].strip(" ")
    if before[-1].strip() or (after and not after.startswith(sep)):
        return False  # not the whole cell
    column = len(before) - 1
    above = text[max(0, line_start - 1500):max(0, line_start - 1)].split("\n")
    for row in reversed(above[-20:]):
        if sep not in row:
            return False  # the table ended above
        cells = row.split(sep)
        if any(_HEADER_DATE_CELL.match(c) for c in cells):
            return column < len(cells) and bool(_HEADER_DATE_CELL.match(cells[column]))
    return False


def _small_day_is_date(text: str, m: re.Match) -> bool:
    """Whether ``m/2``, ``m/4`` or ``m/10`` (a fraction's look) is a date by its context."""
    if _TIME_AFTER.match(text, m.end()) or _VALUE_OF_DAY_AFTER.match(text, m.end()) \
            or _BY_SOMEONE_AFTER.match(text, m.end()) \
            or _DATE_WORD_BEFORE.search(text[max(0, m.start() - 16):m.start()]):
        return True
    before = text[max(0, m.start() - 24):m.start()]
    if _RESULT_BEFORE.search(before) or _INTERVAL_BEFORE.search(before) \
            or _LAST_EVENT_BEFORE.search(before) or _RETURN_ITEM_BEFORE.search(before):
        return True
    if text.startswith(")", m.end()) and _EVENT_PAREN_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return True
    if _CLAUSE_END.match(text, m.end()) and _EVENT_AT_PLACE.search(text, max(0, m.start() - 90), m.start()):
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    if _LOG_ROW_TIME_AFTER.match(text, m.end()) and not text[line_start:m.start()].strip():
        return True  # a log's row opening with its day and a four-digit time: "12/3 1015 jdoe: passed"
    if _DIARY_DAY_BEFORE.search(text, max(0, m.start() - 24), m.start()) \
            and _DIARY_AFTER.match(text, m.end()):
        return True  # a diary's day line: "Day 2 7/1: NRS 6/10", "POD 3 9/4 - walked"
    if _WIDE_GAP_BEFORE.search(text, max(0, m.start() - 4), m.start()) and _LINE_END.match(text, m.end()):
        return True  # a dateline closing a header line: "hd#5  10/2", "student ID 5107   8/1"
    return _date_column(text, m)


#: weeks and sevenths of a week, a gestational age ("39 2/7 weeks", "GA 36 6/7"): no month/day
_WEEKS_BEFORE = re.compile(r"(?<![\w.,/-])(?:[4-9]|[1-3]\d|4[0-4])[ \t]+$", re.ASCII)


def _small_fraction_dose(text: str, start: int, end: int) -> bool:
    """``1/2 tab``, ``2/3 doses``: a fraction (a day of 5 or less, or 10) before a dose's form."""
    month, day = (int(x) for x in text[start:end].replace("-", "/").split("/"))
    return (day <= 5 or day == 10) and month < day and bool(_DOSE_FORM_AFTER.match(text, end))


def _bare_month_days(text: str) -> Iterator[tuple[int, int]]:
    for m in _BARE_MONTH_DAY.finditer(text):
        day = int(m.group("d"))
        if day == 7 and int(m.group("m")) <= 6 \
                and _WEEKS_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue
        if (day <= 5 or day == 10) and (not _small_day_is_date(text, m)
                                        or _small_fraction_dose(text, m.start(), m.end())):
            continue  # x/2, x/4, 5/5, 3/10: fractions and scores
        if _FRACTION_CONTEXT.search(text[max(0, m.start() - 16):m.start()]) \
                or _FRACTION_AFTER.match(text, m.end()):
            continue
        if is_measure_fraction(text, m.start(), m.end()) and not _small_day_is_date(text, m):
            continue  # an acuity ("6/12" aided) or a score ("inattentive 7/9"), not "HbA1c 9.1% 6/12"
        yield m.start(), m.end()


_MD = r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
#: a range of month/days ("week of 3/14-3/18", "3/1 - 3/9"): both ends
_MONTH_DAY_RANGE = re.compile(rf"(?<![\w./-])(?P<a>{_MD})[ \t]*[-\u2013][ \t]*(?P<b>{_MD})(?![\w/-]|\.\d)",
                              re.ASCII)
#: month.day.two-digit year after a date's cue ("Admit date 03.14.23", "DOB: 7.4.61"), alone in
#: parentheses ("Lee, Ann (3.14.23)") or before a clock time ("visit 3.14.23 0915")
_DOTTED_SHORT = re.compile(r"(?i:\b(?:date|dob|dos|d\.o\.b\.|born|admit(?:ted)?|discharged?|seen|"
                           r"collected|drawn|signed|dated|on|visit|appt|appointment|encounter|exam|"
                           r"procedure|surgery|onset|injury|service|seen|note|review|reviewed|return|"
                           r"created|placed|started|since|until)\b[ \t]*[:#-]?[ \t]*"
                           r"|\((?=[\d.]+\)))"
                           r"(?P<v>(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])\.\d{2})(?!\w|\.\d)"
                           r"|(?<![\w.])(?P<t>(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])\.\d{2})"
                           r"(?=[ \t]+(?:[01]\d|2[0-3]):?[0-5]\d(?![\w.:]))",
                           re.ASCII)
#: a dotted, padded month.day.two-digit year with no cue ("Callback 12.04.26 done"), not a
#: version's number ("software 08.01.20", "v10.02.15")
_DOTTED_BARE = re.compile(r"(?<![\w.])(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])\.\d{2}(?![\w.]|\.\d)",
                          re.ASCII)
#: a British day.month.two-digit year whose day (13-31) can be no month ("formed 18.09.25", "to 21.3.24")
_DOTTED_DAY_FIRST = re.compile(r"(?<![\w.])(?:1[3-9]|2\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d{2}(?!\w|\.\d)",
                               re.ASCII)
_VERSION_BEFORE = re.compile(r"(?i:\b(?:v|ver|version|software|firmware|release|rev|build|app|sw|fw|"
                             r"score|section|lot)\b)[^\n]{0,12}$")
#: a holiday with its year names one day ("Christmas 2022", "Thanksgiving Day 2021")
_HOLIDAY = re.compile(r"\b(?:Christmas(?:[ \t]+(?:Eve|Day))?|Thanksgiving(?:[ \t]+Day)?|"
                      r"Easter(?:[ \t]+Sunday)?|"
                      r"New[ \t]+Year'?s(?:[ \t]+(?:Eve|Day))?|Halloween|Independence[ \t]+Day|"
                      r"Memorial[ \t]+Day|Labor[ \t]+Day|Veterans[ \t]+Day|Valentine'?s[ \t]+Day|"
                      r"Mother'?s[ \t]+Day|Father'?s[ \t]+Day|Super[ \t]+Bowl[ \t]+Sunday)"
                      r",?[ \t]+(?:of[ \t]+)?(?:19|20)\d{2}\b", re.ASCII)

#: a day of the month alone, by its ordinal, after a booking ("tumor board on the 3rd", "clinic
#: Tuesday the 14th", "see you the 2nd"); not a floor, a week or a dose ("the 3rd floor", "the 2nd
#: cycle"): the day closes its clause or a time, a place or a reason follows
_ORDINAL_DAY = re.compile(r"(?i:\b(?:board|clinic|visit|appt|appointment|surgery|follow-?up|f/u|rtc|"
                          r"recheck|return|review|meeting|call|see[ \t]+you|booked|scheduled|"
                          r"due|come[ \t]+(?:in|back)|birthday|born))\b[^\n.;]{0,24}?"
                          r"\bthe[ \t]+(?P<v>(?:[12]?\d|3[01])(?:st|nd|rd|th))"
                          r"(?=[ \t]*(?:[.,;:)!?\n]|$|(?i:at|@|in|and|or|if|for|with|to|so|then|please|"
                          r"but|when|because|instead)\b))")


def partial_dates(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every date without a year in ``text`` (:data:`PARTIAL_DATE_PATTERN`).

    Args:
        text: the note.
    """
    for m in PARTIAL_DATE_PATTERN.finditer(text):
        group = "v" if m.group("v") else "md"
        if group == "md" and (_SCORE_BEFORE.search(text, max(0, m.start() - 24), m.start())
                              or _small_fraction_dose(text, m.start("md"), m.end("md"))):
            continue  # "strength 4/5 to 5/5": a score's range, not a date's; "started 1/2 tab"
        yield m.start(group), m.end(group)
    yield from _bare_month_days(text)
    for m in _MONTH_YEAR.finditer(text):
        yield m.start(), m.end()
    for m in _MONTH_DAY_RANGE.finditer(text):
        days = int(m.group("a").split("/")[1]), int(m.group("b").split("/")[1])
        if max(days) > 5 and not _FRACTION_AFTER.match(text, m.end()):
            yield m.start("a"), m.end("a")
            yield m.start("b"), m.end("b")
    for m in _DOTTED_SHORT.finditer(text):
        v = "v" if m.group("v") else "t"
        yield m.start(v), m.end(v)
    for m in _HOLIDAY.finditer(text):
        yield m.start(), m.end()
    for m in (*_DOTTED_BARE.finditer(text), *_DOTTED_DAY_FIRST.finditer(text)):
        if not _VERSION_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            yield m.start(), m.end()
    for m in _ORDINAL_DAY.finditer(text):
        yield m.start("v"), m.end("v")
    yield from grammar_dates(text)


def _month(name: str) -> int:
    key = name.lower().rstrip(".")[:3]
    return [m[:3] for m in _MONTHS].index(key) + 1


def _pad(value: int, like: str) -> str:
    return f"{value:0{len(like)}d}" if len(like) > 1 else str(value)


def _name_like(month: int, like: str) -> str:
    full = _MONTHS[month - 1]
    name = full if len(like.rstrip(".")) > 3 else full[:3]
    if like.endswith(".") and len(name) == 3:
        name += "."
    if like[:1].isupper():
        name = name.upper() if like.rstrip(".").isupper() and len(like) > 1 else name.capitalize()
    return name


def _shift(match: re.Match, offset_days: int) -> str | None:
    g = match.groupdict()
    delta = timedelta(days=offset_days)
    try:
        if g["zh"]:
            day = int(g["zd"]) if g["zd"] else 15
            new = date(int(g["zy"]), int(g["zm"]), day) + delta
            text = f"{new.year}年{new.month}月"
            if g["zd"]:
                text = match.group("zh").replace(" ", "")
                text = f"{new.year}年{_pad(new.month, g['zm'])}月{_pad(new.day, g['zd'])}" + text[-1]
            return text
        if g["zmd"]:
            new = date(2000, int(g["zm2"]), int(g["zd2"])) + delta
            return f"{new.month}月{new.day}" + g["zmd"][-1]
        if g["iso"]:
            new = date(int(g["iy"]), int(g["im"]), int(g["id"])) + delta
            s = g["isep"]
            time = f"T{g['itime']}" if g["itime"] else ""
            return f"{new.year}{s}{_pad(new.month, g['im'])}{s}{_pad(new.day, g['id'])}{time}"
        if g["us"]:
            year = int(g["uy"]) if len(g["uy"]) == 4 else 2000 + int(g["uy"])
            y, s = g["uy"], g["usep"]
            # "22/02/2024", or "04/10/2023" in a note that writes the day first (NoteOffset)
            if int(g["um"]) > 12 or getattr(offset_days, "day_first", False):
                new = date(year, int(g["ud"]), int(g["um"])) + delta
                first, second = _pad(new.day, g["um"]), _pad(new.month, g["ud"])
            else:
                new = date(year, int(g["um"]), int(g["ud"])) + delta
                first, second = _pad(new.month, g["um"]), _pad(new.day, g["ud"])
            return f"{first}{s}{second}{s}" + (str(new.year) if len(y) == 4 else f"{new.year % 100:02d}")
        if g["eu"]:
            new = date(int(g["ey"]), int(g["em"]), int(g["ed"])) + delta
            return f"{_pad(new.day, g['ed'])}.{_pad(new.month, g['em'])}.{new.year}"
        if g["mdy"]:
            new = date(int(g["my"]), _month(g["mm"]), int(g["md"])) + delta
            comma = "," if "," in g["mdy"] else ""
            return f"{_name_like(new.month, g['mm'])} {new.day}{comma} {new.year}"
        if g["dmy"]:
            new = date(int(g["dy"]), _month(g["dm"]), int(g["dd"])) + delta
            return f"{new.day} {_name_like(new.month, g['dm'])} {new.year}"
        if g["dmyh"]:
            year = int(g["hy"]) if len(g["hy"]) == 4 else 2000 + int(g["hy"])
            new = date(year, _month(g["hm"]), int(g["hd"])) + delta
            y = str(new.year) if len(g["hy"]) == 4 else f"{new.year % 100:02d}"
            s = g["hsep"]
            return f"{_pad(new.day, g['hd'])}{s}{_name_like(new.month, g['hm'])}{s}{y}"
        if g["my_"]:
            new = date(int(g["yy"]), _month(g["ym"]), 15) + delta
            return f"{_name_like(new.month, g['ym'])} {new.year}"
    except (ValueError, OverflowError):
        return None
    return None


_MONTH_DAY = re.compile(r"\d{1,2}[/.-]\d{1,2}(?!\d)")
#: a month and day written alone (``due 10/19``)
_YEARLESS = re.compile(r"(?<![\d/.-])\d{1,2}/\d{1,2}(?![\d/])")


def shift_date(match: re.Match, offset_days: int) -> str | None:
    """The matched date moved by ``offset_days``, in the form it was written; None if invalid, or
    if the shifted date writes again a date the note holds (two dates the offset apart: the
    surrogate of the later one would be the earlier one's true value), or begins with a date the note
    writes without its year (a birth date shifted to ``10/19/1936`` beside a loan due ``10/19``).

    Args:
        match: a match of :data:`DATE_PATTERN`.
        offset_days: the patient's date offset (may be negative).
    """
    shifted = _shift(match, offset_days)
    written: frozenset[str] = getattr(offset_days, "written", frozenset())
    if shifted is not None and (shifted in written or shifted.partition("T")[0] in written):
        return None
    yearless = _MONTH_DAY.match(shifted or "")
    if yearless and yearless.group(0) in written:
        return None
    return shifted


class NoteOffset(int):
    """A note's date offset in days, carrying the note's numeric date order: a British or Irish note
    writes the day first ("22/02/2024"), an American one the month. A note whose unambiguous dates
    (a first number over 12) are all day-first reads its ambiguous ones ("04/10/2023") day-first
    too, so each is shifted as the date it is and written back in the note's order; a note with no
    such date, or with dates of both orders, keeps the month-first reading."""

    day_first: bool = False
    #: the dates as the note writes them (an ISO date with a time also without it): no shifted
    #: date may write one of them again
    written: frozenset[str] = frozenset()


def note_offset(text: str, days: int) -> NoteOffset:
    """``days`` as the offset of ``text``, marked day-first where its dates say so (:class:`NoteOffset`).

    Args:
        text: the note.
        days: the patient's date offset.
    """
    offset = NoteOffset(days)
    day_first = month_first = 0
    written: set[str] = set()
    for m in DATE_PATTERN.finditer(text):
        written.add(m.group(0).partition("T")[0] if m.group("iso") else m.group(0))
        if m.group("us"):
            day_first += int(m.group("um")) > 12
            month_first += int(m.group("ud")) > 12
    offset.day_first = day_first > 0 and month_first == 0
    offset.written = frozenset(written) | frozenset(_YEARLESS.findall(text))
    return offset
