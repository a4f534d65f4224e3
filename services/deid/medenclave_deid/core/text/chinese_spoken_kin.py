"""Relatives and patients in Chinese notes told by a spoken kinship word, a letter to a parent,
an authorisation or a signature field with its instruction in brackets.

* a surnamed name after the kinship words people speak and write in diaries and calls
  (``老公某某打呼噜``, ``妈妈某某来看我``, ``我爸某某``, ``外婆某某``, ``家长某某带孩子``);
* the parent a school's or a screening's letter opens with (``某某家长：``, ``尊敬的某某同学家长，``)
  or the family a hospital's notice is sent to (``致某某家属：``),
  and the child it then names (``您的孩子某某（小名…）``), given names of everyday characters too
  (书棠, 可馨);
* the one an authorisation or a commission names (``本人…授权某某（受托人…）``, ``委托某某代为办理``);
* the value of a signature field whose label carries the instruction in brackets
  (``受托人（签字）：某某``, ``家属（签名）：Anna Smith``, ``监护人(手印)：某某·某某``);
* a child's pet name in brackets right after the name found (``某某同学（豆豆）``, ``某某（小石头）``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NAME_WORD_CHARS
from medenclave_deid.core.text.chinese_role_names import is_person
from medenclave_deid.core.text.lexicon import CN_SURNAMES_AFTER_CUE, cn_surname_pattern
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_spoken_kin"]

_HAN = "\u4e00-\u9fa5"
_SURNAME = cn_surname_pattern(CN_SURNAMES_AFTER_CUE)
#: characters that end a name here: marks, function words and the verbs that follow a relative
_AFTER = "，。、；：,.;:！？!?（）() \t\n说讲打来去看陪带送叫让给在也都又还就才已把被和跟替帮问回是的了要会"
_NAME = rf"{_SURNAME}[^{_AFTER}\W\d]{{1,2}}"
_SPOKEN_KIN = (
    "老公|老婆|媳妇|妈妈|爸爸|我妈|我爸|外婆|外公|奶奶|爷爷|姥姥|姥爷|婆婆|公公|岳父|岳母|"
    "舅舅|姨妈|姑姑|叔叔|婶婶|伯伯|大伯|孩子他爸|孩子他妈|孩子爸爸|孩子妈妈|家长|老伴儿"
)
#: and the diarist naming themself (我是某某, 我叫某某)
_AFTER_SPOKEN_KIN = re.compile(rf"(?:(?:{_SPOKEN_KIN})[ \t]*[:：]?|我是|我叫)[ \t]*(?P<n>{_NAME})")
#: the parent (or the family: 致某某家属：, a deposit notice) a letter opens with, at the start of a
#: line or after 尊敬的 / 亲爱的 / 致
_PARENT_SALUTATION = re.compile(
    rf"(?:^|(?<=尊敬的|亲爱的)|(?<=致))[ \t\u3000]*(?P<n>{_NAME}|[{_HAN}]{{2,4}}·[{_HAN}]{{2,6}})"
    rf"(?:同学|小朋友|学生|幼儿)?(?:的)?(?:家长|父母|监护人|家属)[ \t]*(?:[：:，,！!]|您好|你好)",
    re.M,
)
#: the child such a letter names (您的孩子某某（小名…，学籍号…）, 贵子女某某同学)
_CHILD = re.compile(
    rf"(?:您的|你的|您家|你家|贵)(?:孩子|子女|小孩|宝宝|女儿|儿子|孙子|孙女)[ \t]*"
    rf"(?P<n>{_NAME})(?=[（(，,、；;。 \t]|同学|小朋友|本次|经|参加|在|的)"
)
_AUTHORISED = re.compile(
    rf"(?:授权|委托)(?![方人书期])(?P<n>{_NAME})(?=[（(，,]|前往|代为|代理|代我|办理|向|为|作为|到|去)"
)
#: a signature field, the instruction in brackets (受托人（签字）：, 家属(签名/手印)：)
_SIGNED_FIELD = re.compile(
    rf"(?:人|者|员|属|妇|生|师|方)[ \t]*[（(](?:本人)?(?:签字|签名|签章|手签|盖章|手印|按手印)"
    rf"(?:[/／、或](?:签名|签字|手印|盖章))?[)）][ \t]*[:：][ \t\u3000]*"
    rf"(?P<n>[A-Z][a-z'-]+(?:[ -][A-Z][a-z'-]+)+|[{_HAN}]{{2,6}}·[{_HAN}]{{2,8}}|[{_HAN}]{{2,4}})"
    rf"(?=[ \t\u3000]|[，,。；;（(]|$)",
    re.M,
)
#: a pet name's shapes: a doubled character, or 小 / 阿 and one or two characters
_PET = re.compile(
    rf"[（(](?:小名|乳名|昵称)?[:：]?(?P<n>(?P<a>[{_HAN}])(?P=a)|[小阿][{_HAN}]{{1,2}}"
    rf"|[大二三幺][毛丫妞宝娃蛋]|[{_HAN}][蛋娃妞])[)）]"
)
_NAME_BEFORE = re.compile(rf"{_SURNAME}[{_HAN}]{{1,2}}$")
#: pet-name shapes that are words of kinship, age or time
_NOT_PET = frozenset(
    "小姨 小叔 小舅 小姑 小孩 小儿 小便 小时 小组 小学 小于 小结 小姐 "
    "小名 小妹 小弟 小孙 阿姨 阿婆 阿公 阿爸 阿妈 常常 渐渐 刚刚 偶偶 天天 每每 "
    "小时候 小孩子 小儿子 小女儿 小叔子 小学生 "
    # a relation written doubled (某某（哥哥）): no pet name
    "哥哥 姐姐 妹妹 弟弟 爸爸 妈妈 爷爷 奶奶 姥姥 婆婆 公公 叔叔 舅舅 伯伯 "
    "婶婶 姑姑 嫂嫂 宝宝 太太 舅妈 阿哥 阿姐 阿妹 阿弟 小姨子 二姐 二哥 大姐 大哥 大爷 大妈 大娘 大嫂".split()
)


def find_spoken_kin(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Name spans of the forms in the module docstring (overlaps not yet resolved).

    Args:
        text: the note.
        spans: the spans found so far (a pet name in brackets follows one of their names).
    """
    out: list[PhiSpan] = []
    for rx in (_AFTER_SPOKEN_KIN, _PARENT_SALUTATION, _CHILD, _AUTHORISED):
        allow = CN_NAME_WORD_CHARS if rx in (_PARENT_SALUTATION, _CHILD) else frozenset()
        for m in rx.finditer(text):
            name = m.group("n")
            if "·" in name or is_person(text, m.start("n"), name, words=False, allow=allow):
                out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _SIGNED_FIELD.finditer(text):
        name = m.group("n")
        if name.isascii() or "·" in name or is_person(text, m.start("n"), name, words=False):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    name_ends = {s.end for s in spans if s.category == "name"} | {s.end for s in out}
    for m in _PET.finditer(text):
        before = m.start()
        if text.endswith(("同学", "小朋友"), 0, before):
            before -= 2 if text.endswith("同学", 0, before) else 3
        named = (
            before in name_ends
            or m.start() in name_ends
            or before < m.start()
            or _NAME_BEFORE.search(text, max(0, before - 4), before) is not None
        )
        # a facility's bracket (卫生院（阿托品）) is what was done there, no pet name: 卫 opens no name here
        named = named and not text.endswith(("院", "站", "所", "中心", "门诊", "诊所", "科", "室"), 0, before)
        if named and m.group("n") not in _NOT_PET:
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out
