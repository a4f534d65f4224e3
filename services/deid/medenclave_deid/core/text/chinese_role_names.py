"""People in Chinese notes told by the role around them, whatever their surname.

The surname-led rules miss rare surnames (仉, 笪), the names of China's minorities, written
without a Han surname (朝克图, 萨仁图雅), and names whose given name is also a word (卫国, 桂花).
Where the words around a run say it is a person, the run is taken:

* a name right before the relation in brackets (``由某某某（老伴）陪同``, ``某某（患者之妻）``), or
  after it in brackets after a telephone number (``138…（父亲阿苏拉则）``);
* the value of a shift handover's field (``交班：某某某　接班：某某某``) and a cell of an operation's
  team written with spaces (``术者 某某某 助手 …``);
* a name between a title and the act of signing or a ward round (``护士长某某某签字``, ``上级医师
  某某某查房``);
* a name right before a title after a word that turns to a person or opens a clause (``请某某某
  医师会诊``, ``今日某某某护士长查房``, ``，某某某医生查房后``);
* the one a doctor reports to, closing the clause (``如有变化请示某某某。``), or a surname before a
  title there (``请示笪主任``).

A run with no listed surname must have three or four characters and none of a heading, a unit or
a clinical word, so ``请示上级医师``, ``请临床营养医师`` or ``交班：同上`` name no one.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_role_names", "is_person"]

_HAN = "\u4e00-\u9fa5"
_KIN = (
    "配偶|妻子|丈夫|爱人|老伴|儿子|女儿|[长次幼独养继][子女]|孙[子女]|外孙女?|女婿|儿媳|父亲|母亲|"
    "哥哥|姐姐|弟弟|妹妹|侄[子女]|外甥女?|朋友|同事|邻居|护工"
)
#: the relation in brackets may be the patient's (（患者之妻）) or written with one character
_KIN_IN_BRACKETS = rf"(?:患者|病人)?之?(?:{_KIN}|[妻夫父母兄姐弟妹]|监护人|联系人|委托人|代理人)"
#: a name before its relation in brackets, after a word or a mark that opens a person
_BEFORE_KIN = re.compile(
    rf"(?:^|(?<=[由与和及向请让、，,：:；;。\s]))(?![由与和及向请让])(?P<n>[{_HAN}]{{2,4}}?)"
    rf"(?=[（(]{_KIN_IN_BRACKETS}[，,、）)])",
    re.M,
)
_HANDOVER = re.compile(
    rf"(?:交班|接班)(?:人|者|医师|医生|护士)?[ \t\u3000]*[:：][ \t\u3000]*(?P<n>[{_HAN}]{{2,4}})"
    r"(?=[ \t\u3000，,；;。、]|$)",
    re.M,
)
_TITLE = "护士长|主任医师|主治医师|住院医师|主管护师|医师|医生|护士|护师|主任|药师|技师|组长"
_SIGNING = re.compile(rf"(?:{_TITLE})(?P<n>[{_HAN}]{{2,4}}?)(?=签字|签名|签署|确认|复核|查房|会诊)")
#: the words that turn to a person (通知, 汇报): never inside the name after them (嘱通知向主任)
_TURN = "通知|报告|汇报|联系|呼叫|请示|请教"
#: a name right before a title, after a word that turns to a person or opens a clause (请某某某医师
#: 会诊, 今日某某某护士长查房, 汇报某某某主任后, ，某某某医生查房)
_BEFORE_A_TITLE = re.compile(
    rf"(?:^|(?<=[，,。；;：:、\s（(请由与经向])|(?<=今日|今天|昨日|昨天|通知|报告|汇报|联系|呼叫))"
    rf"(?![请由与经向]|今日|今天|昨日|昨天|通知|报告|汇报|联系|呼叫)"
    rf"(?P<n>(?:(?!{_TURN})[{_HAN}]){{3,4}}?)(?<!副)(?=副?(?:医生|医师|主任|护士长|护士|教授|大夫))",
    re.M,
)
#: a name in an operation's team written with spaces (术者 某某某 助手 …)
#: a relative named in brackets after a telephone number (…0712（父亲阿苏拉则）): the contact
#: the number reaches, whatever the name's script or surname
_KIN_AFTER_PHONE = re.compile(
    rf"\d[\d \-]{{5,}}\d[ \t]*[（(][ \t]*{_KIN_IN_BRACKETS}[ \t]*[:：]?[ \t]*"
    rf"(?P<n>[{_HAN}·]{{2,6}}?)[ \t]*[)）]"
)
#: what a bracket after a number holds when it names the line, not the person (（父亲的手机）)
_LINE_WORDS = frozenset("的电话手机微信号码座机固定方式单位家")
_TEAM_CELL = re.compile(
    rf"(?:术者|主刀|助手|一助|二助|麻醉医师|器械护士|巡回护士)[ \t\u3000]+(?P<n>[{_HAN}]{{3,4}}?)"
    r"(?=[ \t\u3000]|$)",
    re.M,
)
_REPORTED_TO = re.compile(rf"(?:请示|请教|汇报给|报告给)(?P<n>[{_HAN}]{{2,4}}?)(?=[。；;，,\n]|$)")
_SURNAME_BEFORE_TITLE = re.compile(
    rf"(?:请示|请教|汇报给|报告给|通知|呼叫|联系)(?P<n>[{''.join(sorted(CN_SURNAMES_AFTER_CUE))}])"
    r"(?=主任|医生|医师|护士长|教授|老师|大夫)"
)
#: characters that open a clause or name a role, never a name's first (其老伴, 患者女儿, 上级医师,
#: 交班：已完成)
_NOT_FIRST = frozenset("其患病家亲本该此各上下值主副正科院全"
                       "已未均都也再又不没将要在于及和与对被把向让给请自从到为是有无很更最亦仍")
#: characters of a heading, a title, a unit or a clinical word: a run holding one names no one
#: (请示上级医师, 请示总值班, 交班：同上); transliterated names (斯琴, 格日勒, 阿拉坦) use many
#: characters the surname-led rules refuse, so only these are refused without a surname
_NOT_IN_NAME = frozenset("录告单书表班记房查病症炎痛术检药疗诊科室院号床"
                         "医师护士长任级同上无略领导部线值总处组")
#: characters of a service or a unit (伤口造口护士, 临床营养医师, 信息中心主任, 居委会主任):
#: refused in a run with no listed surname
_NOT_IN_UNLISTED = _NOT_IN_NAME | frozenset("伤口造营养感染管控护理复麻醉影像超放射介入心委会办质"
                                            "每今昨明当次")
#: given names that are everyday words (卫国, 桂花) are taken after a listed surname here
_NOT_GIVEN = (CN_NON_GIVEN_CHARS - frozenset("花卫")) | _NOT_IN_NAME
_NOT_A_SURNAME_HERE = frozenset("上本该各大小老副正科值")


def is_person(
    text: str, start: int, name: str, *, words: bool = True, allow: frozenset[str] = frozenset()
) -> bool:
    """Whether ``name``, placed by its role at ``start``, is a person's name; with ``words``
    false, a name that starts like an everyday word (殷红霞: 殷红) is one too; ``allow``: the
    characters of words a surname's given name may hold there all the same (书棠, 可馨)."""
    if name[0] in _NOT_FIRST or re.search(_KIN, name):
        return False
    if words and text.startswith(CN_NAME_STOP_WORDS, start):
        return False
    surname = 2 if name[:2] in CN_COMPOUND_SURNAMES else 1 if name[0] in CN_SURNAMES_AFTER_CUE else 0
    if surname and len(name) > surname:
        return not set(name[surname:]) & (_NOT_GIVEN - allow)
    return len(name) >= 3 and not set(name) & _NOT_IN_UNLISTED


def find_role_names(text: str) -> list[PhiSpan]:
    """Name spans of the forms in the module docstring (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for rx in (_BEFORE_KIN, _HANDOVER, _SIGNING, _REPORTED_TO, _TEAM_CELL, _BEFORE_A_TITLE):
        for m in rx.finditer(text):
            if is_person(text, m.start("n"), m.group("n")):
                out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _KIN_AFTER_PHONE.finditer(text):
        name = m.group("n").replace("·", "")
        if set(name) & _LINE_WORDS or name[0] in _NOT_FIRST:
            continue
        # a listed surname's given name may hold any character here (沙马拉且: a Yi name)
        if is_person(text, m.start("n"), name) or (len(name) >= 3 and not set(name) & _NOT_IN_UNLISTED):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _SURNAME_BEFORE_TITLE.finditer(text):
        if m.group("n") not in _NOT_A_SURNAME_HERE:
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out
