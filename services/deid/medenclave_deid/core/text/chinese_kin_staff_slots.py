"""Ages said in passing, relatives named after their place in the family and staff in their slots.

* **an age over 89 in what someone says** (``家属诉老人“91了还天天下楼”``, ``“我妈过了95就交代过…”``,
  ``“活到102了”``, ``“她都93了”``): a bare figure from 90 to 120 opening a quote or after a word that
  tells a lifetime (过了 活到 活过 年过 都 已经 快 满 今年), before 了, 就, 还, 那年 or the quote's
  end, in a quote or a clause someone says (称 诉 说); never after a measurement's word (心率都100了,
  血糖过了11) or before a unit.
* **a relative after the relation** (``长子孙某某（电话…）``, ``次女某某称``, ``外孙某某签字``): a
  surname (or a compound one) and one or two characters after the family tie, before a bracket,
  a mark or what the relative did.
* **a compound surname's name in a list or a slot** (``参加人员：某某某（伦理委员会）、``,
  ``主管医师某某某、``, ``检验者：某某某　``): a compound surname is no word, so a name after a
  colon, an enumerating comma or a clinician's title that closes at a mark is a person.
* **a surname before a title after the act of telling** (``报告缑主任``, ``请示笪主任``,
  ``通知某护士长``): the surname alone.
* **a transliterated name in a staff slot** (``太平间管理员：苏和巴特尔师傅``, a form's
  ``评估员   某某某某    日期``): the run of a transliterated name's characters after a staff
  label and its colon or a column gap, before 师傅, a mark or a gap.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_kin_staff_slots"]

_HAN = "\u4e00-\u9fa5"
_OPEN = '“"「『‘'
_CLOSE = '”"」』’'
#: compound surnames that are also words (东方, 百里, 长孙, 司空, 西门): no slot makes them a name
_WORDY_COMPOUNDS = frozenset("东方 百里 长孙 司空 西门 东门 南宫 公羊 第五 东郭 南郭".split())
_COMPOUND = "|".join(sorted(CN_COMPOUND_SURNAMES - _WORDY_COMPOUNDS, key=len, reverse=True))
_SINGLE = "".join(sorted(CN_SURNAMES_AFTER_CUE))
_GIVEN = rf"[{_HAN}]"

_AGE_CUE = r"过了|活到|活过|年过|都已经|都已|都|已经|快|满|今年|到了"
_SPOKEN_AGE = re.compile(
    rf"(?:[{_OPEN}]|{_AGE_CUE})"
    rf"(?<![0-9.])(?P<v>9\d|1[01]\d|120)(?![0-9.])"
    rf"(?=了|啦|就|还|那年|以后|之后|以上|[{_CLOSE}，,。！!])"
)
#: a measurement's word before the figure: the figure is the measurement, no age
_MEASURE_BEFORE = re.compile(
    r"(?:率|压|糖|温|氧|度|分|评分|次|床|号|量|值|数|重|高|mg|ml|mmHg|斤|公斤|块|元|"
    r"天|周|月|年)"
    r"(?:都已经|都已|都|已经|快|满|过了|到了|也)?$",
    re.IGNORECASE,
)
#: who the lifetime belongs to: an old person or a relative somewhere before in the sentence
_OLD_PERSON = re.compile(
    r"老人|老太|老爷|老母|老父|奶奶|爷爷|姥姥|姥爷|外婆|外公|婆婆|公公|我妈|我爸|"
    r"母亲|父亲|老伴|患者|病人|她|他|我"
)
_SAYING = re.compile(rf"[{_OPEN}]|称|诉|说|讲|表示|提到|告知|回忆|原话")

_KIN = (
    r"长子|次子|三子|幼子|独子|养子|继子|长女|次女|三女|幼女|独女|养女|继女|"
    r"大儿子|二儿子|小儿子|大女儿|二女儿|小女儿|孙子|孙女|外孙女|外孙|侄子|侄女|外甥女|外甥|儿媳|女婿|长孙女|长孙"
)
_AFTER_KIN = (
    r"(?=[（(，,、；;。：:\s]|称|说|诉|表示|坚持|要求|同意|签|拒绝|认为|希望|代|陪|"
    r"在场|到场|电话|手机|均|都|也|已|一同|$)"
)
#: a given name's character after a relation: none that opens what the relative did or another
#: relation (长子王芳均同意, 长子和女儿, 外孙女某某代签)
_KIN_GIVEN = r"(?:(?![均都也已等和与及在陪称说诉签同表坚要拒认希到电手代子女儿孙媳婿])[\u4e00-\u9fa5])"
_KIN_NAME = re.compile(
    rf"(?:{_KIN})[ \t]*(?P<n>(?:{_COMPOUND})(?!人|籍|区|市|县){_KIN_GIVEN}{{1,2}}"
    rf"|(?![和与及同])[{_SINGLE}]{_KIN_GIVEN}{{1,2}}){_AFTER_KIN}"
)
_SLOT_TITLE = r"医师|医生|护士|护师|主任|技师|药师"
_COMPOUND_SLOT = re.compile(
    rf"(?:(?<=[：:、，,\s])|(?<={_SLOT_TITLE}))(?P<n>(?:{_COMPOUND})(?!人|籍|区|市|县|镇|路|街){_GIVEN}{{1,2}})"
    rf"(?=[（(、，,；;。\s]|$)"
)
_TELL_TITLE = re.compile(
    rf"(?:报告|汇报|请示|通知|呼叫|告知|联系|请)(?![向与和及同对给为让找问])(?P<n>[{_SINGLE}])"
    r"(?=主任|护士长|医生|医师|教授|大夫)"
)
_TRANSLIT = (
    "阿巴乌其木格吉尔特古郎苏日娜图布赫达哈斯根朝鲁宝音德力扎西卓玛次仁旦增顿珠央金拉姆措曲桑多杰"
    "尼强白热依买提艾克孜汗丽努帕米吐逊迪拜库班江夏伊合那仓嘎旺索南罗卡穆萨尤素甫麦孟和敖其腾"
    "额齐策楞呼毕沁满都胡查干雅琪慕云勒吾肉曼别尕敦琴诺敏泽芒"
    # Yi names (阿苏拉则, 沙马伍各, 吉克阿依, 海来木呷)
    "沙马伍各则呷惹比火史说海来莫克且俄底果牛洛"
)
#: (or a form's column gap after the staff word: 评估员   某某某某    日期 …)
_STAFF_TRANSLIT = re.compile(
    rf"(?:管理员|员|者|护士|医师|医生|司机|护工|师|评估人|调查人|记录人|检查人)"
    rf"(?:[ \t]*[:：][ \t]*|[ \t\u3000]{{2,8}})(?P<n>[{_TRANSLIT}]{{4,7}})"
    rf"(?=师傅|老师|[ \t\u3000，,；;。、]|$)",
    re.M,
)
#: a transliterated name right after a clinician's title, closing at a mark (主管医师阿苏拉则、)
_TITLE_TRANSLIT = re.compile(
    rf"(?:医师|医生|护士|护师|技师|药师)(?P<n>[{_TRANSLIT}]{{3,7}})"
    r"(?=[ \t\u3000，,；;。、]|$|到场|在场|查房|签字|执行|核对|陪同)",
    re.M,
)


def _spoken_ages(text: str) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _SPOKEN_AGE.finditer(text):
        start = m.start("v")
        if _MEASURE_BEFORE.search(text, max(0, start - 8), start):
            continue
        clause_start = max(text.rfind(c, 0, start) for c in "。\n；;")
        clause = text[clause_start + 1 : start]
        if _OLD_PERSON.search(clause) and _SAYING.search(clause):
            out.append(PhiSpan(start, m.end("v"), "age"))
    return out


def find_kin_staff_slots(text: str) -> list[PhiSpan]:
    """Spans for spoken ages, relatives after the relation and staff in their slots (the module
    docstring).

    Args:
        text: the note.
    """
    out = _spoken_ages(text)
    for rx in (_KIN_NAME, _COMPOUND_SLOT, _TELL_TITLE, _STAFF_TRANSLIT, _TITLE_TRANSLIT):
        for m in rx.finditer(text):
            name = m.group("n")
            given = name[2:] if name[:2] in CN_COMPOUND_SURNAMES else name[1:]
            if rx is _KIN_NAME and set(given) & CN_NON_GIVEN_CHARS:
                continue
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out
