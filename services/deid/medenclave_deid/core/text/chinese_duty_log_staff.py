"""Staff a Chinese duty log or a records office names the way colleagues do, without a full name.

A 住院总 or night-shift log is written fast, between calls: the nurse who phoned is written by her
given name alone, a junior by 小 and the surname, a clerk by name after the office that did the
work, and a form's attending by the surname and a spaced title. Each stands where only a person
does:

* **the one who reports a bed** at the start of a timed entry, or after a nurse's role: a run of
  one to three characters right after the entry's clock time, or after 护士 / 责任护士 / 夜班护士
  (with 护士 after it or not), before a verb of reporting and a bed number (``23:40 秀英打电话说
  12床…``, ``01:10 护士雅琴反映6床…``, ``02:05 丽华护士报告9床…``, ``03:15 晓岚（护士）报告2床…``,
  ``20:16 一诺报：神外25床…``: a colon and the ward may stand before the bed).
  Role words (护士, 家属, 患者, 陪护) in that place name no one.
* **a junior called by 小 and the surname** after a word that calls, asks or joins someone (叫, 让,
  请, 喊, 找, 通知, 与, 和, 同, 跟) and before what they do together (一起, 去, 来, 查看, 处理,
  医生 …) or a mark: ``叫小郑一起去看``, ``通知小柯处理``, or opening a clause before what the junior
  did (``小詹说病人已睡``). The surname alone is taken; 小 and a character it makes a word with (小时,
  小便, 小于, 小儿) are no such form, and 小叶, 小管, 小梁, 小关 one only before a word or a bracket.
* **the nurse whose call the writer took** (``接护士晓薇电话称…``, ``接到翠屏来电：``).
* **a clerk after the office that did the work** (``病案室邝秋云办理``, ``档案室郝立新负责寄出``,
  ``病案室喻晓峰（分机…）``): a surname and a one- or two-character given name between a records or
  admin office and the act, a bracket or 老师.
* **a surname, one space, then the title** after a field's colon (``Attending: 欧 医生``,
  ``主治：蔺 医师``): the surname alone.

More of the ways such a log names people, and plates it only cues:

* **the nurse who called, after the entry's clock time** in any clock form (``0219``, ``2点15分``,
  ``23:40``) and before a call and a bed: ``0219 晓岚叫我看12床``, ``3点05分 雅琴来叫，6床…``,
  ``23:40 秀英呼：9床``; or as the one the writer went with or heard it from: ``01:10 跟晓岚一起看，
  12床…``, ``02:30 据雅琴说，6床…``.
* **a nurse's given name in brackets after her role**: ``护士（晓岚）``, ``护士站（雅琴）电话``.
* **a junior by 小 and the surname after a trainee's rank** (``规培小郑处理``, ``一线小柯在场``,
  ``进修小詹看过``), or opening what was done after ``处理：`` (``处理：小郑补钾``),
  or after a mark before what they did
  (``。小郑拉了心电图``).
* **a plate with Latin letters only after a vehicle's cue** (``三者车HK 4761``, ``号牌AB 5397``,
  ``Vehicle reg. TT 6056``): the two or three letters and the digits; and a Chinese plate of a
  shorter shape or with the dot after the province (``小客车津SDWAY``, ``本人车辆津·D3HK9J``).
* **the operator's column of a pipe table** (``| 次 | 日期 | 能量 | 操作 |`` then ``| 1 | … | 郑 |``):
  a cell under a header of 操作 / 操作者 / 医师 / 技师 / 签名 holding a surname and up to two more
  characters.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_duty_log_staff"]

_HAN = "\u4e00-\u9fa5"
_CJK_CHAR = re.compile(f"[{_HAN}（(]")
_REPORT = (
    r"(?:护士|[（(]护士[）)])?(?:电话[：:]|打电话说|打电话|电话告知|电话说|电话报告|电话称|来电|来报|报告|反映|汇报|告知|"
    r"诉|说|报|呼叫)"
)
_BED = r"[ \t]*(?:\d{1,3}|[A-Z]\d{1,3}|加\d{1,2})床"
#: the reporter right after a timed entry's clock time
_TIMED_REPORTER = re.compile(
    rf"(?:^|(?<=\s))\d{{1,2}}[:：]\d{{2}}[ \t\u3000]*(?P<n>[{_HAN}]{{1,3}}?)"
    # maybe a colon and the ward before the bed (``20:16 一诺报：神外25床``)
    rf"(?={_REPORT}(?:[：:][ \t]*(?:[{_HAN}]{{1,4}}|[A-Z]{{2,4}})?)?{_BED})",
    re.M,
)
#: a nurse by her given name after her role
_NURSE_GIVEN = re.compile(
    rf"(?:责任|夜班|值班|当班|白班|小夜班|大夜班|主班)?护士[ \t]?(?P<n>[{_HAN}]{{1,2}}?)"
    rf"(?=(?:打电话说|打电话|电话告知|电话说|电话报告|电话称|来电|来报|报告|反映|汇报|告知|诉|报|呼叫)"
    rf"(?:{_BED}|[：:，,]|患者|病人)|电话[：:])"
)
#: the nurse whose call the writer took (接护士某某电话称…, 接到某某来电：)
_CALL_TAKEN = re.compile(
    rf"接(?:到|听)?(?:病房|病区|\d{{1,2}}楼)?(?:护士)?(?P<n>[{_HAN}]{{1,3}}?)(?=的?(?:电话|来电)(?:称|说|[：:，,]|{_BED}))"
)
#: words that stand where the reporter does but name no one
_NOT_A_REPORTER = frozenset(
    "护士 护工 家属 患者 病人 陪护 值班 夜班 白班 主班 责任 病房 我 他 她 其 又 再 再次 刚 刚才 已 前 后 "
    "今 今晚 晚 早 凌晨 突然 后来 随后 病区 科室 医生 总值班 住院总 电话 急诊 护理".split()
)
_CALL = r"(?:(?<=[叫让请喊找与和同跟及带])|(?<=通知|呼叫))"
_SMALL_SURNAME = re.compile(
    rf"{_CALL}小(?P<n>[{_HAN}])(?=一起|一同|同去|去|来|过来|过去|先|再|查看|看|处理|帮|协助|到|说|给|"
    r"医生|大夫|护士|复查|抽|做|[，,。、；;（()）\s]|$)"
)
#: 小 and the surname opening a clause, before what the junior did (小郑说病人已睡, 小柯回报…)
_SMALL_SURNAME_OPENS = re.compile(
    rf"(?:^|(?<=[。；;，,\s]))小(?P<n>[{_HAN}])(?=说|回报|汇报|报告|已|记录|去|来|过来|过去|一起|查看|处理|帮忙|复查)",
    re.M,
)
#: characters 小 makes a word with (小时, 小便, 小于, 小儿, 小叶 …): never 小 and a surname here
_NOT_AFTER_SMALL = frozenset("时便于儿心孩腿姐弟妹学组区量剂号板结块样型片米麦伙朋吃菜便肠脑剂数")
#: surnames 小 makes an anatomical word with (小叶, 小管, 小梁, 小关节): a junior only before what
#: they do, never before a mark
_ANATOMY_AFTER_SMALL = frozenset("叶管梁关")
#: a clerk's given name may hold what a word's name would not (秋花, 卫东, 书瑶)
_CLERK_NOT_GIVEN = CN_NON_GIVEN_CHARS - frozenset("花卫书")
_OFFICE = r"(?:病案室|病案科|病案管理科|档案室|病历复印室|医务科|医务处|信息科|收费处|住院处|入院处)"
_CLERK = re.compile(
    rf"{_OFFICE}(?:工作人员|同事)?[ \t]?(?P<n>[{_HAN}]{{2,4}}?)"
    r"(?=办理|负责|整理|经办|寄出|邮寄|复印|签收|核对|联系|已|会|将|处理|老师|[，,。；;（(\s])"
)
_SPACED_TITLE = re.compile(
    rf"(?:(?<=[:：])|(?<=[A-Za-z.)]))[ \t]*(?P<n>[{_HAN}]{{1,2}}?)[ \t](?=医生|医师|主任|大夫|护士|老师)"
)


_CLOCK = r"(?:\d{1,2}[:：]\d{2}|[0-2]\d[0-5]\d|\d{1,2}点\d{1,2}分?)"
_CALLS = r"(?:叫我看|叫我去看|喊我去看|喊去看|喊我看|叫我|喊我|来叫|来喊|呼叫|呼|call我|Call我|打电话|电话)"
#: after the clock: the nurse and her call, before a bed
_CLOCK_CALLER = re.compile(
    rf"(?:^|(?<=\s)){_CLOCK}[ \t\u3000]*(?P<n>[{_HAN}]{{1,3}}?)(?={_CALLS}[：:，,]?{_BED})", re.M
)
#: after the clock: the one the writer went with, or heard it from, before a bed
_CLOCK_WITH = re.compile(
    rf"(?:^|(?<=\s)){_CLOCK}[ \t\u3000]*(?:跟|和|与|同|据|听|经)(?P<n>[{_HAN}]{{1,3}}?)"
    rf"(?=(?:一起|一同|同去)[{_HAN}]?[，,：:]?{_BED}|(?:说|讲|反映|报告|告知)[，,：:]?{_BED})",
    re.M,
)
_NURSE_BRACKET = re.compile(rf"(?:护士站|护士|夜班|值班护士|责任护士)[（(](?P<n>[{_HAN}]{{1,2}})[）)]")
_SMALL_RANK = re.compile(
    rf"(?:(?<=规培|进修|实习|一线|二线|住培|轮转|见习)|(?<=处理[：:])|(?<=叫了|喊了|让了))小(?P<n>[{_HAN}])"
    rf"(?=[{_HAN}]|[，,。；;（(])"
    rf"|(?:(?<=[。；;，,])|(?<=[让叫喊]))小(?P<m>[{_HAN}])(?=拉了|先处理|抽血|开医嘱|补钾|推|在场|看过|复查)"
)
_NOT_AFTER_SMALL_RANK = frozenset("时便于儿心孩腿姐弟妹学组区量剂号板结块样型片米麦伙朋吃菜肠脑数叶管梁关")
_LATIN_PLATE = re.compile(
    r"(?:三者车|对方车辆|对方车|肇事车辆|肇事车|号牌|牌照号|车牌号|车牌|车号"
    r"|(?i:vehicle[ \t]+reg(?:istration)?\.?"
    r"|reg(?:istration)?[ \t]+no\.?|plate(?:[ \t]+no\.?)?)[ \t]*[:：]?)[ \t]*"
    r"(?P<v>[A-Z]{2,3}[ \t-]?\d{3,5})(?![A-Za-z0-9])"
)
#: a plate with fewer characters than the full shape, or a dot after the province (``小客车津SDWAY``,
#: ``本人车辆津·D3HK9J``), right after a vehicle's word
_CUED_PLATE = re.compile(
    r"(?:小客车|小汽车|轿车|货车|面包车|出租车|车辆|车牌号?|号牌|肇事车辆?|对方车辆?|三者车|本车|车号)"
    r"[ \t]*[:：]?[ \t]*(?P<v>[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼黔]"
    r"[ \t]?[·•・.]?[ \t]?[A-HJ-NP-Z][ \t]?[·•・.]?[ \t]?[A-HJ-NP-Z0-9]{4,6})(?![A-Za-z0-9])"
)
_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)
_OPERATOR_HEAD = re.compile(r"^(?:操作|操作者|操作人|操作医师|医师|医生|技师|签名|签字|治疗者)$")


def _is_name(cell: str) -> bool:
    k = 2 if cell[:2] in CN_COMPOUND_SURNAMES else 1 if cell[:1] in CN_SURNAMES_AFTER_CUE else 0
    return bool(k) and len(cell) <= k + 2 and not set(cell[k:]) & CN_NON_GIVEN_CHARS


def _table_operators(text: str) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    col = None
    for m in _ROW.finditer(text):
        line = m.group()
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        heads = [i for i, c in enumerate(cells) if _OPERATOR_HEAD.match(c)]
        if heads:
            col = heads[0]
            continue
        if col is None or col >= len(cells) or not re.fullmatch(f"[{_HAN}]{{1,4}}", cells[col]):
            continue
        if not _is_name(cells[col]):
            continue
        bars = [i for i, ch in enumerate(line) if ch == "|"]
        start = m.start() + bars[col] + 1 if line.lstrip().startswith("|") else None
        if start is None or col + 1 >= len(bars):
            continue
        seg = text[start : m.start() + bars[col + 1]]
        off = start + seg.index(cells[col])
        out.append(PhiSpan(off, off + len(cells[col]), "name"))
    return out


def _duty_log_calls(text: str) -> list[PhiSpan]:
    """The calls, ranks, cued plates and operators' cells (the module docstring's second list)."""
    out: list[PhiSpan] = []
    for rx in (_CLOCK_CALLER, _CLOCK_WITH, _NURSE_BRACKET):
        for m in rx.finditer(text):
            name = m.group("n")
            if name in _NOT_A_REPORTER or text.startswith(CN_NAME_STOP_WORDS, m.start("n")):
                continue
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _SMALL_RANK.finditer(text):
        g = "n" if m.group("n") else "m"
        if m.group(g) in CN_SURNAMES_AFTER_CUE and m.group(g) not in _NOT_AFTER_SMALL_RANK:
            out.append(PhiSpan(m.start(g), m.end(g), "name"))
    for m in (*_LATIN_PLATE.finditer(text), *_CUED_PLATE.finditer(text)):
        out.append(PhiSpan(m.start("v"), m.end("v"), "vehicle"))
    out.extend(_table_operators(text))
    return out


def _surname_len(name: str) -> int:
    return 2 if name[:2] in CN_COMPOUND_SURNAMES else 1 if name[0] in CN_SURNAMES_AFTER_CUE else 0


def find_duty_log_staff(text: str) -> list[PhiSpan]:
    """Name spans of the forms in the module docstring (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for rx in (_TIMED_REPORTER, _NURSE_GIVEN, _CALL_TAKEN):
        for m in rx.finditer(text):
            name = m.group("n")
            if name in _NOT_A_REPORTER or text.startswith(CN_NAME_STOP_WORDS, m.start("n")):
                continue
            # 敏花 after the clock and before 报告12床 is a nurse whatever its characters
            if rx is not _TIMED_REPORTER and set(name) & CN_NON_GIVEN_CHARS and not _surname_len(name):
                continue
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in (*_SMALL_SURNAME.finditer(text), *_SMALL_SURNAME_OPENS.finditer(text)):
        if m.group("n") in _ANATOMY_AFTER_SMALL and not _CJK_CHAR.match(text, m.end()):
            continue
        if m.group("n") in CN_SURNAMES_AFTER_CUE and m.group("n") not in _NOT_AFTER_SMALL:
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _CLERK.finditer(text):
        name = m.group("n")
        k = _surname_len(name)
        if k and len(name) > k and not set(name[k:]) & _CLERK_NOT_GIVEN:
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _SPACED_TITLE.finditer(text):
        name = m.group("n")
        if len(name) == _surname_len(name):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    out.extend(_duty_log_calls(text))
    return out
