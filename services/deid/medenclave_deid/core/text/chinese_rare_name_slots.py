"""Names of rare shapes in the slots a Chinese note keeps for a person.

Names the surname lists cannot read still stand where only a person does:

* **a transliterated name after a role** (Mongolian, Tibetan, Uyghur, Yi): ``护士巴特尔其木格和小某``,
  ``药师那仁图雅核对``, ``制膏师傅：阿牛木呷``, ``见证：吉克阿依``, a contact's, a consultant's or a
  form's name field (``联系人 萨日娜高娃，``, ``会诊专家：巴特尔其木格主任``, ``姓  名：阿依古丽``), a
  log's or a sheet's staff (``值班：额尔德木图``, ``审核：额尔德木图主任``): four to
  eight of the characters such names are written in, up to the word, the title or the mark that closes
  the slot;
* **a compound surname the lists leave out as an everyday word** (第五 is also "the fifth") with
  its given name, where a role or a department stands right before it and a list's mark, ``和``
  or a role after it: ``护士第五思琪和…``, ``医务科第五家明、…``;
* **a surname that is also a word with the title after it** in a list or after a mark
  (``、洛科长``, ``，达主任``), and a compound one after a label's colon (``上级：第五教授``,
  ``会诊：百里医生``: never ``第五次``, nor ``第五医生`` out of a label's slot);
* **a surname by which a ward calls an old man** (``大家都叫他老司徒``, ``喊她老禤``);
* **a colleague beside a named one** (``和小粘帮他``, ``和粘护士``, ``、粘某某计入表扬``);
* **a form's person label** (``见证：元某某``, ``家长：隰某某``) before a name whose surname is
  also a word;
* **a parent named by the writer of a letter** (``我父亲隰某某今年…``), the surname from the
  longer list (rare surnames that are also words: 粘, 洛).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["TRANSLIT_CHARS", "find_rare_name_slots"]

_HAN = "\u4e00-\u9fa5"
#: the characters transliterated Mongolian, Tibetan, Uyghur and Yi names are written in
_TRANSLIT = (
    "阿巴乌其木格吉尔特古郎苏日娜图布赫达哈斯根朝鲁宝音德力扎西卓玛次仁旦增顿珠央金拉姆措曲桑多杰"
    "尼强白热依买提艾克孜汗丽努帕米吐逊迪拜库班江夏伊合那仓嘎旺索南罗卡穆萨尤素甫麦孟敖腾"
    "额齐策楞呼毕沁满都胡查干雅琪慕云勒吾肉曼别尕敦琴诺敏泽芒"
    # Yi names (阿说某某, 曲比某某, 吉克某某, 沙马某某)
    "说伍沙比果牛呷且俄底各洛惹莫则"
    # Mongolian names ending in 高娃 (萨仁高娃), Yi names opening with 阿西
    "高娃西"
)
TRANSLIT_CHARS = frozenset(_TRANSLIT)
_SURNAME = "".join(sorted(CN_SURNAMES_AFTER_CUE))
_COMPOUND = "|".join(sorted(CN_COMPOUND_SURNAMES | {"第五"}, key=lambda w: (-len(w), w)))
#: a role or a form's person label right before a name
_ROLE = (
    r"(?:护士长|护士|护工|护理员|药师|营养师|技师|制膏师傅|师傅|见证人|见证|经办人|经办|家长|"
    r"监护人|签收人|核对人|复核人|配送员|联系人|会诊专家|专家|来电人|话务员|申请人|申请医生|"
    # a log's or a sheet's staff (``值班：额尔德木图``, ``审核：额尔德木图主任``)
    r"值班(?:医生|医师)?|审核(?:人|者|医师)?|操作(?:者|人|医师)|术者|记录(?:者|人)|主治(?:医师|医生)?|"
    r"姓[ \t\u3000]*名)"
)
#: what closes a name's slot
_CLOSE = r"(?=和|与|及|、|核对|复核|帮|给|为|负责|签字|主任|医生|医师|老师|教授|[ \t，。；;,:：（(）)”\n]|$)"
_TRANSLIT_AFTER_ROLE = re.compile(rf"{_ROLE}[ \t]*[：:]?[ \t]*(?P<n>[{_TRANSLIT}]{{4,8}}?){_CLOSE}")
#: count words after 第五 (第五天, 第五次, 第五腰椎): never a given name
_NOT_GIVEN = set("天日次周年月个例名位期轮批腰颈胸骶肋跖指趾节段层号床章条款项组届代")
_COMPOUND_IN_SLOT = re.compile(
    rf"(?:{_ROLE}|科|部|办|室)[ \t]*[：:]?[ \t]*(?P<n>(?P<s>{_COMPOUND})(?P<g>[{_HAN}]{{1,2}}?))"
    rf"(?=和|与|、|，|核对|帮|[ \t]|护士|医生|科长|主任)"
)
_SURNAME_TITLE = re.compile(
    rf"(?<=[、，,：:\s])(?P<n>[{_SURNAME}])(?=科长|处长|主任|护士长|院长|所长|老师)"
    # a compound surname that is also a word (第五, 东方, 百里) with a title, after a label's colon
    rf"|(?<=[：:])[ \t]*(?P<c>{_COMPOUND})"
    r"(?=(?:老师|主任|医生|医师|大夫|教授|护士长|院长|科长|药师|技师|治疗师)(?:[ \t，,。；;、）)\n]|$))"
)
_OLD_SURNAME = re.compile(
    rf"(?:叫|喊|称|唤)(?:他|她)?(?:作|为|做)?老(?P<n>{_COMPOUND}|[{_SURNAME}])(?=[。，,！!；;”\"\s]|$)"
)
#: a form's label for a person, its colon, then a name whose surname is also a word (见证：元某某)
_LABELLED = re.compile(
    rf"(?:见证人|见证|经办人|家长|签收人|核对人|复核人|制膏师傅)[ \t]*[：:][ \t]*"
    rf"(?P<n>(?:{_COMPOUND}|[{_SURNAME}])[{_HAN}]{{1,2}})(?=[ \t\n，。；;,]|$)"
)
#: a colleague beside a named one: 和小粘帮他, 和粘护士, 、粘某某计入表扬
_BESIDE = re.compile(
    rf"(?<=[和与、])(?:小(?P<a>[{_SURNAME}])(?=帮|给|为|一起|陪|[，。、])"
    rf"|(?P<b>[{_SURNAME}])(?=护士|医生|大夫|师傅)"
    rf"|(?P<c>[{_SURNAME}][{_HAN}]{{1,2}}?)(?=计入|受到表扬|获表扬|获得表扬))"
)
_WRITER_KIN = re.compile(
    rf"我(?:的)?(?:父亲|母亲|爸爸|妈妈|爷爷|奶奶|外公|外婆|丈夫|妻子|爱人|公公|婆婆|岳父|岳母)"
    rf"(?P<n>(?:{_COMPOUND}|[{_SURNAME}])[{_HAN}]{{1,2}}?)(?=今年|已经|已|于|在|因|，|,)"
)


def find_rare_name_slots(text: str) -> list[PhiSpan]:
    """Name spans for the slots of the module docstring."""
    out: list[PhiSpan] = []
    for m in _TRANSLIT_AFTER_ROLE.finditer(text):
        out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _COMPOUND_IN_SLOT.finditer(text):
        if not set(m.group("g")) & _NOT_GIVEN:
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _SURNAME_TITLE.finditer(text):
        group = "n" if m.group("n") else "c"
        out.append(PhiSpan(m.start(group), m.end(group), "name"))
    for rx in (_OLD_SURNAME, _WRITER_KIN, _LABELLED):
        out.extend(PhiSpan(m.start("n"), m.end("n"), "name") for m in rx.finditer(text))
    for m in _BESIDE.finditer(text):
        group = next(g for g in "abc" if m.group(g))
        out.append(PhiSpan(m.start(group), m.end(group), "name"))
    return out
