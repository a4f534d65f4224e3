"""More of the ways a Chinese duty log names the staff it worked with, and plates it only cues.

Beside the forms of ``chinese_duty_log_staff``, a 住院总 log written between calls names:

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
  ``Vehicle reg. TT 6056``): the two or three letters and the digits.
* **the operator's column of a pipe table** (``| 次 | 日期 | 能量 | 操作 |`` then ``| 1 | … | 郑 |``):
  a cell under a header of 操作 / 操作者 / 医师 / 技师 / 签名 holding a surname and up to two more
  characters.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_duty_log_staff import NOT_A_REPORTER
from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_duty_log_calls"]

_HAN = "\u4e00-\u9fa5"
_CLOCK = r"(?:\d{1,2}[:：]\d{2}|[0-2]\d[0-5]\d|\d{1,2}点\d{1,2}分?)"
_BED = r"[ \t]*(?:\d{1,3}|[A-Z]\d{1,3}|加\d{1,2})床"
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
_NOT_AFTER_SMALL = frozenset("时便于儿心孩腿姐弟妹学组区量剂号板结块样型片米麦伙朋吃菜肠脑数叶管梁关")
_LATIN_PLATE = re.compile(
    r"(?:三者车|对方车辆|对方车|肇事车辆|肇事车|号牌|牌照号|车牌号|车牌|车号"
    r"|(?i:vehicle[ \t]+reg(?:istration)?\.?"
    r"|reg(?:istration)?[ \t]+no\.?|plate(?:[ \t]+no\.?)?)[ \t]*[:：]?)[ \t]*"
    r"(?P<v>[A-Z]{2,3}[ \t-]?\d{3,5})(?![A-Za-z0-9])"
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


def find_duty_log_calls(text: str) -> list[PhiSpan]:
    """Name and plate spans of the forms in the module docstring (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for rx in (_CLOCK_CALLER, _CLOCK_WITH, _NURSE_BRACKET):
        for m in rx.finditer(text):
            name = m.group("n")
            if name in NOT_A_REPORTER or text.startswith(CN_NAME_STOP_WORDS, m.start("n")):
                continue
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _SMALL_RANK.finditer(text):
        g = "n" if m.group("n") else "m"
        if m.group(g) in CN_SURNAMES_AFTER_CUE and m.group(g) not in _NOT_AFTER_SMALL:
            out.append(PhiSpan(m.start(g), m.end(g), "name"))
    for m in _LATIN_PLATE.finditer(text):
        out.append(PhiSpan(m.start("v"), m.end("v"), "vehicle"))
    out.extend(_table_operators(text))
    return out
