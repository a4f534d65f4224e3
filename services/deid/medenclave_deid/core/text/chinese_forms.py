"""People in the layout of Chinese forms and tables rather than in sentences.

* **padded names standing alone**: forms and tables pad a two-character name to the width of a
  three-character one (``周  飞``, ``接收人：武  杰（值班医师）``, a signature column
  ``10:36  152/95  71  吴  强``); a surname, spaces, one or two characters, between cell
  boundaries, is a name. A letter-spaced title (``长 期 医 嘱 单``) is not: its neighbours are
  single characters too.
* **role cells without a colon** (``科主任 谈红  主任(副主任)医师 李兰华``, ``编码员 杨敏``,
  ``联系人姓名 其其格  关系 母亲``): a role label, one or two spaces, and a value that ends the
  cell (two spaces or the line's end) holds a name whatever its surname.
* **a signature row** (``评估员   某某某某    日期 …``): a role label, a column gap and a value
  before the date's or the signature's label holds a name of any shape (a Yi name, no surname).
* **a relative's cell in a contact block** (``【家属】丈夫 某某某  电话 …``): the relation, a space
  and a value filling its cell, after a family or contact section or before a contact's field.
* **role labels with a colon** beyond 医生/医师 (``营养师：糜建波``, ``调配：夏可馨``,
  ``团队长王华，``, ``医务科审批：吴丽丽``).
* **the signature at the end of a table row** of numbers (``12:36  108/94  91  冼婷``).
* **a person after the office they speak for** (``医方：医务部洪建平、科主任…``).
* **a doctor before the rank** (``苗建国主治医师查房记录``).
* **a bed line of a handover** (``54床 区振华 男 50岁``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import (
    CN_NAME_STOP_WORDS,
    CN_NAME_WORD_CHARS,
    CN_NON_GIVEN_CHARS,
    is_shift_or_time,
)
from medenclave_deid.core.text.lexicon import (
    CN_COMPOUND_SURNAMES,
    CN_SURNAMES_AFTER_CUE,
    cn_surname_pattern,
)
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["STATE_STARTS", "STATE_WORDS", "find_form_people", "in_spaced_title"]

_CJK = "\u4e00-\u9fa5"
_SP = "[ \t\u3000\u00a0]"
_ANY_SURNAME = cn_surname_pattern(CN_SURNAMES_AFTER_CUE)
_SURNAME = cn_surname_pattern()
#: where a cell starts and ends
_CELL_START = (r"(?:^|(?<=[\s:：，,、；;（(【\[])|(?<=家属|患方|医方|老伴|配偶|丈夫|妻子|儿子|女儿|护工)"
               r"|(?<=联系人))")
_CELL_END = r"(?=$|\s|[，,。；;、（(）)：:】\]])"
#: (a colon after it makes it a padded label: 费  别：, 金  额：)
_PADDED = re.compile(rf"{_CELL_START}(?P<n>{_ANY_SURNAME}{_SP}{{1,3}}[{_CJK}](?:{_SP}{{0,3}}[{_CJK}])?)"
                     rf"{_CELL_END}(?!{_SP}*[:：])")
#: a single character alone in its cell, before or after (the rest of a letter-spaced title)
_LONE_BEFORE = re.compile(rf"(?:^|\s)[{_CJK}]{_SP}+$")
_LONE_AFTER = re.compile(rf"{_SP}+[{_CJK}](?:\s|$)")
#: a field's label padded to its column's width (护　　士, 姓  名), then a column gap
_PADDED_LABEL_BEFORE = re.compile(rf"(?:^|\n)[ \t\u3000]*[{_CJK}](?:{_SP}{{1,4}}[{_CJK}]){{1,3}}{_SP}{{2,}}$")
#: a name whose given part is written whole after the padding (蒯 晓冬), no letter-spaced word
_WHOLE_GIVEN = re.compile(rf"{_SP}[{_CJK}]{{2}}$")
#: what a role label ends with
_ROLE_END = ("人|者|员|医生|医师|护士|护师|技师|药师|治疗师|营养师|咨询师|师|主任|护士长|院长|团队长|"
             "校医|村医|队医|厂医|军医|"
             "组长|科长|姓名|签名|签字|审批|审核|调配|核对|复核|发药|医护|经办|接收|接班|交班")
_ROLE_CELL = re.compile(rf"(?:^|(?<=\s))[{_CJK}]{{0,6}}(?:{_ROLE_END})"
                        rf"(?:[(（][{_CJK}]{{1,6}}[)）][{_CJK}]{{0,4}})?{_SP}{{1,2}}"
                        rf"(?P<n>[{_CJK}]{{2,4}}(?:[·•・][{_CJK}]{{2,8}})?)(?=$|\n|{_SP}{{2}}|[（(])", re.M)
#: a signature row: a role label, a column gap, the value, a gap and the date's or the signature's
#: label (评估员   某某某某    日期 …): the value is a name whatever its shape
_SIGN_ROW = re.compile(rf"(?:^|(?<=\s))[{_CJK}]{{0,6}}(?:{_ROLE_END}){_SP}{{3,10}}"
                       rf"(?P<n>[{_CJK}]{{2,5}}(?:[·•・][{_CJK}]{{2,8}})?){_SP}{{2,}}"
                       rf"(?=(?:评估|检查|记录|签名|签字|审核)?(?:日期|时间)|签名|签字|工号|电话)", re.M)
_KIN = "父亲|母亲|丈夫|妻子|儿子|女儿|配偶|爱人|老伴|儿媳|女婿|孙子|孙女|哥哥|姐姐|弟弟|妹妹|家属"
#: a relative's cell in a contact block: the relation, a space, the name filling its cell
#: (【家属】丈夫 某某某  电话 …, 紧急联系人：女儿 某某  手机 …)
_KIN_CELL = re.compile(rf"(?:^|(?<=[\s】\]:：]))(?:{_KIN}|老公|老婆|儿媳妇|外孙|外孙女|侄子|侄女|监护人)"
                       rf"{_SP}{{1,3}}(?P<n>[{_CJK}]{{2,4}}(?:[·•・][{_CJK}]{{2,8}})?)(?=$|\n|{_SP}{{2}}|[（(])",
                       re.M)
#: what says the line is a contact block: a family or contact section before the relation, or a
#: contact's field after the name
_KIN_BLOCK_BEFORE = re.compile(r"(?:家属|亲属|联系人|监护人|陪护人|陪同人)(?:信息|资料|姓名)?[】\]]?"
                               r"[ \t\u3000]*[:：]?[ \t\u3000]*$")
_KIN_FIELD_AFTER = re.compile(rf"{_SP}*(?:联系)?(?:电话|手机|联系方式|身份证|证件|住址|地址|工作单位|单位|"
                              rf"微信)")
#: a relative's state or a disease of a family history (父亲 体健, 母亲 高血压), never a name
_KIN_STATE = re.compile(r"[病症癌炎瘤压史伤痛血亡逝故世健在陪护同住独居签知]")
_ROLE_COLON = re.compile(rf"[{_CJK}]{{0,6}}(?:{_ROLE_END}|{_KIN})\s*[:：]{_SP}*"
                         rf"(?P<n>[{_CJK}]{{2,4}}?)(?=$|\s|[，,。；;、（(]|您好|你好)", re.M)
#: a team or unit head named right after the title, no colon (团队长王华，)
_HEAD_NAME = re.compile(rf"(?:团队长|组长|队长|站长|所长|科长|院长|主任|医师|医生|护士|药师|技师|治疗师|"
                        rf"营养师)"
                        rf"(?P<n>{_SURNAME}(?:{_SP}{{0,3}}[{_CJK}]){{1,2}}?)"
                        rf"(?=[，,、；;（(]|{_SP}{{2}})")
#: an office speaking for the hospital, then its person (医务部洪建平、, 质控办李娜，)
_OFFICE_NAME = re.compile(rf"(?:医务部|医务处|医务科|护理部|质控科|质控办|院办|客服部|患者服务中心|保卫科)"
                          rf"(?P<n>{_ANY_SURNAME}[{_CJK}]{{1,2}}?)(?=[、，,；;（(]|{_SP}{{2}}|$)")
#: the last cell of a row whose other cells are numbers (a signature column)
_ROW_END = re.compile(rf"(?m)^(?=[^\n]*\d)[^\n]*?{_SP}{{2,}}(?P<n>{_ANY_SURNAME}[{_CJK}]{{1,2}})$")
#: a doctor named before the rank (苗建国主治医师查房记录, 今日冯卫东副主任医师查房)
_BEFORE_RANK = re.compile(rf"(?:^|(?<=[\s，,、；;：:（(])|(?<=今日|今天|昨日)|(?<=[由请经与和及向]))"
                          rf"(?P<n>{_SURNAME}[{_CJK}]{{1,2}}?)"
                          rf"(?=副?主任医师|主治医师|住院医师|主管医师|副?主任护师|主管护师|实习医师|进修医师|规培医师)")
_BED_STATE = set("入出转危病重新术诊护级")
_BED_LINE = re.compile(rf"(?m)(?:^|(?<=\s))\d{{1,3}}床{_SP}+(?P<n>[{_CJK}]{{2,4}}){_SP}+[男女]{_SP}")
#: what fills a role cell when it holds no name, and labels read as values in a header row
_NOT_NAMES = frozenset("不详 同意 不同意 拒绝 确认 知情 本人 同上 见上 已签 未签 签名 签字 日期 时间 "
                       "本院 无误 正确 通过 合格 家属 患者 病人 女儿 儿子 妻子 丈夫 父亲 母亲 配偶 老伴 "
                       "亲属".split())
#: words that say how someone is or what was done, where a field could hold a name
STATE_WORDS = frozenset("良好 正常 异常 稳定 清醒 好转 缺席 暂无 待定 阴性 阳性 平稳 安静 合作".split())
_CONSENT = ("同意", "不同意", "拒绝", "确认", "知情", "本人", "已", "未", "无")
_VALUE_STOP = set("无未不已见详性别龄期间号码院科室床的了和是为")
#: how a state or an action starts, in a field where a name could stand (患者：神志清楚)
STATE_STARTS = ("神志", "意识", "表示", "情绪", "电话", "在场", "暂", "理解", "签字", "签名", "配合", "一般",
                "精神", "继续", "安静", "遵", "待", "某", "要求", "知情", "不", "见", "详", "由", "经", "请",
                "自行", "自动", "训练", "用药", "同前", "建议", "治疗", "指导", "复查", "随访", "值班",
                "质控")
#: the patient's own label: what follows is their state; their name is found by other rules
_PATIENT_LABEL = re.compile(r"(?:患者|病人|患儿|伤者|病员)\s*[:：]?[ \t\u3000]*$")
#: the value fills its cell: two spaces, the line's end or the text's end after it
_CELL_CLOSE = re.compile(r"[ \t\u3000]{2}|[ \t\u3000]*(?:\n|$)")
_LABEL_LIKE = re.compile(rf"(?:{_ROLE_END}|药房|科|部|组|站|办|中心|日期|时间|号|码|期|别|型|量|率|数|值|"
                         rf"方式|关系|电话|结果)$")


#: titles after a surname (慕容医生): the title is no given name
_TITLES = ("医生", "医师", "主任", "护士", "大夫", "教授", "老师", "药师", "技师", "院长", "科长", "先生",
           "女士")


#: characters of everyday words that given names do use (翠花, 可馨, 书瑶, 有财): where the layout
#: says a person stands, a name of two given characters with them is still a name, and so is one
#: of a single one in a role's field (家属：某有)
_LAYOUT_GIVEN = CN_NAME_WORD_CHARS


def in_spaced_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is characters of a letter-spaced title (居 民 健 康 档 案): a
    single character stands alone in its cell right before or right after it."""
    return bool(_LONE_BEFORE.search(text, max(0, start - 4), start) or _LONE_AFTER.match(text, end))


def _given_ok(name: str, *, surname_len: int, field: bool = False) -> bool:
    given = name[surname_len:]
    allowed = _LAYOUT_GIVEN if len(given) == 2 or (field and len(given) == 1) else frozenset()
    return not any(c in CN_NON_GIVEN_CHARS and c not in allowed for c in given) \
        and not given.startswith(_TITLES)


def _surname_len(name: str) -> int:
    return 2 if name[:2] in CN_COMPOUND_SURNAMES else 1


def _cell_value_ok(text: str, start: int, name: str) -> bool:
    return name not in _NOT_NAMES and name not in STATE_WORDS and not name.startswith(_CONSENT) \
        and not (set(name) & _VALUE_STOP) and not _LABEL_LIKE.search(name) \
        and not text.startswith(CN_NAME_STOP_WORDS, start) and not is_shift_or_time(name)


def _field_value_ok(text: str, m: re.Match[str]) -> bool:
    """A role field's value is a name when it starts with a surname and reads like one, or,
    without a surname (其其格, 娜仁图雅), when it fills its cell alone and is no state or
    action word (患者：神志清楚, 家属：表示理解)."""
    name, start = m.group("n"), m.start("n")
    if not _cell_value_ok(text, start, name) or text.startswith(STATE_STARTS, start) \
            or _PATIENT_LABEL.search(text, max(0, m.start() - 1), start):
        return False
    surname_len = _surname_len(name)
    if (surname_len == 2 or name[0] in CN_SURNAMES_AFTER_CUE) and _given_ok(name, surname_len=surname_len,
                                                                            field=True):
        return True
    return _CELL_CLOSE.match(text, m.end("n")) is not None


def find_form_people(text: str) -> list[PhiSpan]:
    """Name spans of the forms and tables listed in the module docstring.

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for m in _PADDED.finditer(text):
        name = re.sub(_SP, "", m.group("n"))
        # a lone character before: a letter-spaced title (长 期 医 嘱 单), unless it closes a padded
        # label across a column gap and the given name is written whole (护　　士  蒯 晓冬)
        if (_LONE_BEFORE.search(text, max(0, m.start() - 4), m.start())
                and not (_PADDED_LABEL_BEFORE.search(text, max(0, m.start() - 12), m.start())
                         and _WHOLE_GIVEN.search(m.group("n")))) or _LONE_AFTER.match(text, m.end()) \
                or text.startswith(CN_NAME_STOP_WORDS, m.start()) or name.startswith(CN_NAME_STOP_WORDS) \
                or not _given_ok(name, surname_len=_surname_len(name)):
            continue
        out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for rx in (_ROLE_CELL, _ROLE_COLON, _SIGN_ROW):
        for m in rx.finditer(text):
            if _field_value_ok(text, m):
                out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for rx in (_HEAD_NAME, _OFFICE_NAME, _ROW_END, _BEFORE_RANK):
        for m in rx.finditer(text):
            name = re.sub(_SP, "", m.group("n"))
            if not text.startswith(CN_NAME_STOP_WORDS, m.start("n")) \
                    and _given_ok(name, surname_len=_surname_len(name)) and name not in _NOT_NAMES:
                out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _KIN_CELL.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        in_block = _KIN_BLOCK_BEFORE.search(text, line_start, m.start()) is not None
        if (in_block or _KIN_FIELD_AFTER.match(text, m.end("n"))) \
                and not _KIN_STATE.search(m.group("n")) and _field_value_ok(text, m):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _BED_LINE.finditer(text):
        name = m.group("n")
        # 5床 手术 女, 8床 危重 男: the bed's state, not its patient
        if _cell_value_ok(text, m.start("n"), name) and not set(name) & _BED_STATE:
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out
