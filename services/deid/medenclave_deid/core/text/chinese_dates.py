"""Dates in Chinese notes that the shared date pattern does not read.

The shared pattern (:data:`~medenclave_deid.core.text.dates.DATE_PATTERN`) finds ``2023年3月5日``,
``3月5日``, ``2023-3-5``, ``2023/03/05`` and ``2023.3.5``; it shifts them in their own format.
Chinese records also write dates

* in full-width digits (``２０２３年３月５日``): read as ASCII digits, same offsets;
* in Chinese numerals (``二〇二三年三月五日``, ``二零二三年三月``, ``三月五日``) and by the lunar
  calendar (``农历八月十五``, ``阴历正月初三``);
* relative to the year or month of the note (``今年3月5日``, ``本月5日``, ``上月12号``);
* as a year and a month in figures (``2019.10``, ``1956-07``), as a two-digit year
  (``23.3.5``), or as a bare month and day where a cue word or an event word
  says it is a date (``于3-5日``, ``3.5入院``, ``3/12出院``, ``03-05 08:00``);
* as a padded month-day standing alone in a note that dates something with a year elsewhere: an
  approval flow's or a comment's stamp (``● 某某（药学部） 已同意 03-14``, ``…已上传附件。 03-15``,
  ``· 03-14 · 审批通过``), not a range with its unit (``10-12 次``) nor one joined to letters;
* as the second end of a range or list after a date (``3月5日至12日``, ``5月18日、19日``);
* as the value of a date field whatever its shape (``出生日期：56.7.12``).

These are replaced by the date placeholder (they have no one format to shift in). A year alone
is kept (Safe Harbor allows it), and so are times of day (not identifiers by themselves).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_month_day import find_month_day_dates
from medenclave_deid.core.text.dates import DATE_PATTERN
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_chinese_dates"]

#: full-width figures and the other dashes (‐ ‑ ‒ – —) read as ASCII, one character for one
_FULL_WIDTH = str.maketrans("０１２３４５６７８９／－．：‐‑‒–—", "0123456789/-.:-----")
_CN_DIGIT = "〇零○Ｏ一二三四五六七八九"
_CN_MONTH = "(?:十[一二]|[一二三四五六七八九十]|正|冬|腊)"
_CN_DAY = ("(?:初[一二三四五六七八九十]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅|"
           "[一二三四五六七八九])")
_M = r"(?:0?[1-9]|1[0-2])"
_D = r"(?:0?[1-9]|[12]\d|3[01])"
#: words after which a bare number is a date (于3-5日, 自3/5起); after 至/到 only with 日 or 号
#: (降至3/5 is a muscle grade, 至3-5日 a date); 位于, 大于, 介于, 存在 are no cues
_CUE = (r"(?:(?<![位等大小高低介处属对关基终])于|(?<![存正现实所])在|自|从|截至|截止|直至|日期|时间|当日|"
        r"(?:至|到)(?=\s*\d{1,2}[./\-]\d{1,2}\s*[日号]))")
#: what happens on a date in a note (3.5入院, 3/12出院, 3-5行胃镜)
_EVENT = (r"(?:入院|出院|转入|转出|转院|手术|术后|术前|复查|复诊|就诊|门诊|急诊|发病|起病|发热|开始|停药|"
          r"加用|改用|给予|行|死亡|分娩|出生|随访|住院|拔管|"
          r"插管|拆线|换药|化疗|放疗|透析|输血|送检|采血|报告|签字|会诊|查房)")

#: a unit after a number says it is no date (在3-5天内, 于3.5小时后)
_UNIT = r"\s*(?:小时|h|天|周|个|年|月|分钟|min|mg|g|ml|mL|cm|mm|%|度|℃|kg|岁|次|倍|级|cm|mmol)"

_PATTERNS = [
    # Chinese numerals: 二〇二三年三月五日, 二零二三年三月, 三月五日 / 三月五号
    re.compile(rf"[{_CN_DIGIT}]{{4}}\s*年(?:\s*{_CN_MONTH}\s*月(?:\s*{_CN_DAY}\s*[日号])?)?"),
    re.compile(rf"(?<![{_CN_DIGIT}十])(?:{_CN_MONTH})月(?:{_CN_DAY}[日号]|[初廿][一二三四五六七八九十])"),
    # a two-digit year with the day: 23年3月5日 (病程10年3月 has no day)
    re.compile(rf"(?<![\d年])\d{{2}}\s*年\s*{_M}\s*月\s*{_D}\s*[日号]"),
    # days as a range inside a month: 2023年3月5-7日, 3月5至7日
    re.compile(rf"(?<=月)\s*{_D}\s*(?:-|~|～|—|－|至|到)\s*{_D}\s*[日号]"),
    # the lunar calendar: 农历八月十五, 阴历正月初三, 农历2023年八月十五
    re.compile(rf"(?:农历|阴历|旧历)\s*(?:[\d{_CN_DIGIT}]{{2,4}}\s*年\s*)?(?:闰)?(?:{_CN_MONTH}|\d{{1,2}})\s*月"
               rf"(?:\s*(?:{_CN_DAY}|\d{{1,2}})\s*[日号]?)?"),
    # relative to the note's year or month: 今年3月5日, 本月5日, 上月12号, 同年3月
    re.compile(rf"(?:(?<=年)(?<!\d年)(?<![每半多数几近一两十百千]年)(?<![^〇零○一二三四五六七八九][二三四五六七八九]年)|(?<=[今去前明同当该次]年))(?:{_M}\s*月\s*{_D}\s*[日号]|{_M}\s*月(?!份?余))"),
    re.compile(rf"(?:本|上|下|次|同|当|该|是)月\s*{_D}\s*[日号]"),
    # two-digit year, dotted or dashed: 23.3.5, 56-07-12
    re.compile(rf"(?<![\d.\-/])\d{{2}}([./])(?:{_M})\1(?:{_D})(?![\d./\-])"),
    # a bare month and day after a cue (于3-5日, not 于2-3日后) or, dotted or slashed, before an
    # event (3.5入院, 3/12出院)
    re.compile(rf"{_CUE}\s*[:：]?\s*(?P<v>(?<![\d.\-/])(?:{_M})(?:[/\-](?:{_D})(?:\s*[日号])?|\.(?:{_D})\s*[日号]))"
               rf"(?![\d./\-%])(?!{_UNIT})(?![日号]?[后内前左余])"),
    re.compile(rf"(?<![\d.\-/])(?:{_M})[./](?:{_D})(?![\d./\-%])(?=\s*{_EVENT})"),
    # a year and a month in figures: 2019.10起, 出生年月：1956.07, 2019-10外院诊断
    re.compile(rf"(?<![\d./\-])(?:19|20)\d{{2}}([./\-])(?:0?[1-9]|1[0-2])(?!\d|\1\d|\.\d)(?!{_UNIT})"),
    # a day alone after a cue and before a time of day: 于5日晨, 至12日下午3时
    re.compile(rf"(?:于|在|自|从|至|到|截至|直至)\s*(?P<v>(?<!\d){_D}\s*[日号])(?=\s*(?:晨|早|上午|下午|中午|晚|夜|凌晨|傍晚|"
               r"\d{1,2}\s*[:：时点]))"),
    # a day alone after a cue and before what happens on it: 于5日行PCI, 于12号入院
    re.compile(rf"(?:于|在|自|从|截至|直至)\s*(?P<v>(?<!\d){_D}\s*[日号])(?=\s*{_EVENT})"),
    # a month and day opening a clause, before 于/在 or a time of day (，1.7于急诊就诊, 。3.6晨);
    # a value after a test name (血钾3.5于…, 血糖7.8晨起) does not open one
    re.compile(rf"(?:^|(?<=[，。；;,、（(\n]))(?:{_M})[./](?:{_D})(?![\d./\-%])"
               r"(?=[于在予起查测]|晨|晚|夜|凌晨|上午|下午|中午)", re.M),
    # a month-day with a time: 03-05 08:00
    re.compile(rf"(?<![\d.\-/])(?:{_M})-(?:{_D})(?=\s+\d{{1,2}}:\d{{2}})"),
]
#: a month-day alone in a table cell (a stop date column: ``…  熊斌  王杰  02-21``), in a note
#: that dates its rows with a year elsewhere
_CELL_MONTH_DAY = re.compile(r"(?:^|(?<=[ \t\u3000]{2}))(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
                             r"(?=[ \t\u3000]{2}|[ \t\u3000]*$)", re.M)
#: a padded month-day between spaces, punctuation or an approval's verb and the line's end or words
#: (a stamp in an approval flow or a comment), never before a unit (``10-12 次``, ``03-05 mg``)
_STAMP_MONTH_DAY = re.compile(r"(?:^|(?<=[\s·•|｜（(\[【，,。：:])"
                              r"|(?<=同意|通过|审批|审核|驳回|已阅|退回|转交))"
                              r"(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d\-./])"
                              rf"(?![ \t\u3000]*(?:{_UNIT[3:]}|[次分点时份号级度个天周]))"
                              r"(?=[ \t\u3000]*(?:$|[·•|｜）)\]】，,；;。（(]|[\u4e00-\u9fff])"
                              r"|[ \t\u3000]+\S)", re.M)
_YEAR_DATE = re.compile(r"(?<!\d)(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}")
#: the second end of a range or a list after a date (至12日, 、19日, -3月12日)
_AFTER_DATE = re.compile(rf"\s*(?:至|到|~|～|—|－|-|、|及|和|与|或)\s*(?P<v>(?:{_M}\s*月\s*)?{_D}\s*[日号]"
                         rf"|{_M}[./]{_D}(?![\d./]))(?![后内前左余])")
#: a date field's value, whatever its shape (出生日期：56.7.12, 出 生 日 期：56-7-12)
_FIELD = re.compile(r"(?:日\s*期|生\s*日|出\s*生|时\s*间|DOB)\s*[:：]\s*"
                    r"(?P<v>\d{2,4}\s*[./\-年]\s*\d{1,2}\s*[./\-月]\s*\d{1,2}(?:[ \t\u3000]*日)?)(?!\d)")


def find_chinese_dates(text: str) -> list[PhiSpan]:
    """Date spans of the forms in the module docstring (overlaps with other finds not resolved).

    Args:
        text: the note.
    """
    ascii_text = text.translate(_FULL_WIDTH)  # one character for one: offsets stay
    spans: list[PhiSpan] = []
    if ascii_text != text:
        spans += [PhiSpan(m.start(), m.end(), "date") for m in DATE_PATTERN.finditer(ascii_text)]
    for rx in _PATTERNS:
        group = "v" if "v" in rx.groupindex else 0
        spans += [PhiSpan(m.start(group), m.end(group), "date") for m in rx.finditer(ascii_text)]
    spans += [PhiSpan(m.start("v"), m.end("v"), "date") for m in _FIELD.finditer(ascii_text)]
    spans += find_month_day_dates(ascii_text)
    if _YEAR_DATE.search(ascii_text):
        spans += [PhiSpan(m.start(), m.end(), "date") for m in _CELL_MONTH_DAY.finditer(ascii_text)]
        spans += [PhiSpan(m.start(), m.end(), "date") for m in _STAMP_MONTH_DAY.finditer(ascii_text)]
    ends = {m.end() for m in DATE_PATTERN.finditer(ascii_text)} | {s.end for s in spans}
    for end in sorted(ends):
        while (m := _AFTER_DATE.match(ascii_text, end)) is not None:
            spans.append(PhiSpan(m.start("v"), m.end("v"), "date"))
            end = m.end()
    return spans
