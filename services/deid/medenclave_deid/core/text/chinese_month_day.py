"""Month-and-day dates written with a dot or a slash (``3.21``, ``12/4``) that no cue word before
them and no event word after them marks, but their place in the note does:

* the value of a date or time field (``检查日期：11.3``, ``沟通时间：10.5 15:30``, ``末次月经：4.16``),
  or of a follow-up's (``复查：4.16``, ``预约：5.3``);
* a month-day before a part of the day (``3.19上午来院``), or bracketed after a session's ordinal
  (``第2次（3.19）``);
* a month-day before a time of day (``2.1 09:14 第1天 巡视正常``, ``（12/20 08:30）``);
* a month-day standing alone at the head of a line, or before a wide gap and the record it dates,
  as a note's dateline (``4.29   主治医师查房记录``);
* a slashed month-day, or a padded one with a hyphen, heading a line before the words it dates
  (``12/2 进食可``, ``9/28 体温正常``, ``10-13 创面愈合``), a bar or a tab between the padded one and
  its words too (``07-17 | 泼尼松 15mg qd``), not a range's unit (``10-12 | 岁组``);
* a month-day after 于 and before words (``于6.14入住我院``), where 于 does not compare
  (高于, 低于, 等于 …) and no unit follows the figure;
* a month-day (with a hyphen too) right before where or how the patient was seen (``本人07-08在某
  医院住院``, ``其母3.5入院``): the hospital named within the clause, or the word for the stay;
* a month-day filling a whole cell of a row that a row number heads (``3\t03.05\tIPL``), cells
  parted by a bar, a tab or a wide gap; a dotted one only with two figures each side (``03.05``),
  a hyphened one padded (``02-27``);
* a month-day right after a session's ordinal word heading the line (``第2次 | 02-27 | 睑板腺按摩``,
  ``第3次 3.26 热脉动治疗``, ``第4次：4/9，IPL``), no unit after it;
* any month-day in the second cell of rows a row number heads (``4  11.3  睑缘清洁``), where
  another such row holds a plain date in that cell (``3 | 2022/1/6 | 热脉动治疗``, ``2  12/27``) or the header
  names it (``次数 | 日期 | 治疗``): the column is the sessions' dates.

Bare figures that could be values (``血钾3.5``, ``降至3/5``) have none of these places.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_month_day_dates"]

_M = r"(?:0?[1-9]|1[0-2])"
_D = r"(?:0?[1-9]|[12]\d|3[01])"
_MD = rf"(?<![\d./\-])(?:{_M})[./](?:{_D})(?![\d./\-%])"
#: a unit after a number says it is a value (于3.5小时后, 日期：3.5周)
_UNIT = (
    r"(?!\s*(?:小时|h\b|天|周|个|年|月|分钟|min|mg|g\b|ml|mL|cm|mm|度|℃|kg|岁|次|倍|级|mmol|"
    r"万|千|百|元|斤|公斤|毫|克|升|米|厘|片|粒|支|滴|单位|U\b|IU|分|秒|J\b|mmHg))"
)
_SP = r"[ \t\u3000]"
#: what a dateline dates: a round, a record, a report, a meeting
_RECORD = r"(?:查房|记录|病程|报告|讨论|会诊|小结|交班|随访|病历)"
_PATTERNS = [
    # the value of a date or time field: 检查日期：11.3, 沟通时间：10.5 15:30, 末次月经：4.16
    # (a follow-up's too: 复查：4.16, 下次复诊：5.3)
    re.compile(
        rf"(?:日{_SP}*期|时{_SP}*间|月{_SP}*经|生{_SP}*日|复{_SP}*[查诊]|随{_SP}*访|预{_SP}*约)\s*[:：]{_SP}*"
        rf"(?P<v>{_MD}){_UNIT}"
    ),
    # before a part of the day (3.19上午来院) or bracketed after a session's ordinal (第2次（3.19）)
    re.compile(
        rf"(?:^|(?<=[\s，,。；;、:：（(于请约定在]))(?P<v>{_MD})(?={_SP}?(?:上午|下午|中午|晚上|早上|凌晨))",
        re.M,
    ),
    re.compile(rf"第{_SP}*[\d一二三四五六七八九十]{{1,3}}{_SP}*次[（(](?P<v>{_MD})[）)]"),
    # before a time of day: 2.1 09:14, 12/20 08:30
    re.compile(
        rf"(?:^|(?<=[\s，,。；;、:：（(\[【]))(?P<v>{_MD})(?={_SP}+(?:[01]?\d|2[0-3])[:：][0-5]\d(?!\d))",
        re.M,
    ),
    # a dateline at the head of a line, alone or before a wide gap and the record it dates
    # (4.29   主治医师查房记录); a section number before its heading (1.2  诊断依据) is none
    re.compile(rf"^{_SP}*(?P<v>{_MD})(?={_SP}*$|{_SP}{{2,}}[^\n]{{0,12}}?{_RECORD})", re.M),
    # a slashed month-day heading a line of a log before its words (12/2 进食可): a section
    # number is written with a dot, never a slash
    # (10-13 进食可, padded month and day with a hyphen, is written the same way); a log kept as a
    # table parts the padded day from its words by a bar or a tab (07-17 | 泼尼松 15mg qd)
    re.compile(
        rf"^{_SP}*(?P<v>{_M}/{_D}|(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?![\d./\-%]){_UNIT}"
        rf"(?={_SP}+[\u4e00-\u9fff]|(?<=-\d\d){_SP}*[|｜\t]{_SP}*(?!岁|周|天|次|个|月|年|kg|cm)[\u4e00-\u9fff])",
        re.M,
    ),
    # after 于 and before words, not after a comparison: 于6.14入住我院
    re.compile(
        rf"(?<![位等大小高低介处属对关基终多少优劣长短早晚快慢强弱重轻宽窄当])于{_SP}*(?P<v>{_MD})"
        rf"{_UNIT}(?={_SP}*[\u4e00-\u9fff])"
    ),
    # before the stay it dates: 本人07-08在某医院住院, 其母3.5入院
    re.compile(
        rf"(?<![第约共\d./\-])(?P<v>{_M}[./\-]{_D})(?![\d./\-%])"
        rf"(?=(?:在|到|去|于)[^\n，,。；;]{{0,16}}?(?:院|门诊|急诊|诊所)|入院|住院|出院|就诊|入住|转院)"
    ),
]


#: a cell's edge: a bar, a tab or a gap of two spaces
_EDGE = rf"(?:{_SP}*[|｜]{_SP}*|{_SP}*\t{_SP}*|{_SP}{{2,}})"
_ORDINAL_ROW = re.compile(
    rf"^{_SP}*(?:No\.?|#)?\d{{1,2}}{_EDGE}"
    rf"(?P<v>{_M}/{_D}|(?:0[1-9]|1[0-2])[.\-](?:0[1-9]|[12]\d|3[01]))"
    rf"(?={_SP}*[|｜]|\t|{_SP}{{2}}|{_SP}*$)",
    re.M,
)
#: a session's ordinal word (第3次 3.26 热脉动治疗), any one edge and any month-day form after it
_SESSION_ROW = re.compile(
    rf"^{_SP}*第{_SP}*[\d一二三四五六七八九十]{{1,3}}{_SP}*(?:次|疗程|周期)(?:{_EDGE}|{_SP}|[:：，,]{_SP}*)"
    rf"(?P<v>{_MD}|(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d./\-%])){_UNIT}"
    rf"(?={_SP}*[|｜，,；;]|\t|{_SP}*[\u4e00-\u9fffA-Za-z]|{_SP}*$)",
    re.M,
)
_PATTERNS += [_ORDINAL_ROW, _SESSION_ROW]


_ROW_HEAD = (
    rf"^{_SP}*(?:第{_SP}*[\d一二三四五六七八九十]{{1,3}}{_SP}*(?:次|疗程|周期)|(?:No\.?|#)?\d{{1,2}})"
    rf"(?:{_EDGE}|{_SP})"
)
_ROW_CELL = re.compile(rf"{_ROW_HEAD}(?P<v>[^\s|｜]+)(?={_EDGE}|{_SP}|$)", re.M)
_HEADER = re.compile(rf"^{_SP}*(?:次数|序号|次序|疗程|No\.?|#){_EDGE}(?:治疗)?日期(?:{_EDGE}|$)", re.M)
#: a cell no value is written as: a full date, 3月5日, a slashed or a padded month-day (3/5, 03-05)
_PLAIN_DATE = re.compile(
    rf"\d{{4}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?|\d{{1,2}}月\d{{1,2}}日|{_M}/{_D}|(?:0[1-9]|1[0-2])[-.](?:0[1-9]|[12]\d|3[01])"
)


def _date_column(text: str) -> list[PhiSpan]:
    """Month-days in the second cell of numbered rows whose column holds dates."""
    cells = list(_ROW_CELL.finditer(text))
    if not (_HEADER.search(text) or any(_PLAIN_DATE.fullmatch(m.group("v")) for m in cells)):
        return []
    md = re.compile(rf"{_MD}|(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])")
    return [PhiSpan(m.start("v"), m.end("v"), "date") for m in cells if md.fullmatch(m.group("v"))]


def find_month_day_dates(text: str) -> list[PhiSpan]:
    """Date spans of the month-day forms in the module docstring.

    Args:
        text: the note, its full-width figures already read as ASCII (offsets unchanged).
    """
    return [
        PhiSpan(m.start("v"), m.end("v"), "date") for rx in _PATTERNS for m in rx.finditer(text)
    ] + _date_column(text)
