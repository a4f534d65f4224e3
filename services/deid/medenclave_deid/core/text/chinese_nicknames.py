"""Names a Chinese note gives without a surname a list would know: nicknames, minority names at
a bed, relatives named by what they do.

* **a quoted nickname** after the words that give one (``家里人叫她“豆豆”``, ``大家都喊他‘虎子’``,
  ``外号“大刘”``, ``人称「王大胆」``, ``乳名“团子”``): the quoted word is the person's name, and
  :func:`~medenclave_deid.core.text.propagation.propagate_names` takes every later bare use of it
  (``豆豆近一月睡眠可``). An instruction in quotes (``叫他“少喝酒”``) names no one.
* **a patient at a bed** whose name no surname list holds: a run right after ``N床`` up to the
  record number that follows it (``16床某某某，住院号…``), or a run of three to seven
  characters of the transliterations Mongolian, Tibetan and Uyghur names are written in
  (``3床巴特尔``, ``2床其木格 腹痛``, ``9床次仁卓玛，``), before punctuation or what a handover says.
* **a relative named before what he does** (``家属某某某在护士站``, ``陪护某某说``,
  ``监护人某某电话…``, ``家属某某签字``): two to four characters between the role and the act,
  unless they are a word (``家属均在场``, ``家属本人签字``) or hold a clinical character.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_kin_cued_names import is_relation_word
from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import CLINICAL_TERMS_ZH
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_nicknames_and_bed_names"]

_HAN = "\u4e00-\u9fa5"
_OPEN = "“\"「『‘'《"
_CLOSE = "”\"」』’'》"
#: the words that give someone another name
_NICK_CUE = (
    r"(?:[叫喊唤称](?:呼)?(?:他|她)(?:作|做|为|是)?|管(?:他|她)叫(?:做|作)?|称呼(?:他|她)?为?|"
    r"(?:小名|乳名|昵称|外号|绰号|诨名|诨号|人称|爱称|别名|别号|网名|艺名)(?:叫做?|是|为|作)?|"
    r"(?:都|平时|一直|常|习惯)(?:叫|喊|称)(?:做|作|为)?)"
)
_QUOTED_NICKNAME = re.compile(
    rf"{_NICK_CUE}\s*[{_OPEN}](?P<v>[{_HAN}]{{1,4}}|[A-Za-z][A-Za-z'-]{{1,14}})[{_CLOSE}]"
)
#: a home name's shape said without quotes after 叫她 / 喊他 (家里都叫她妞妞，, 喊他小虎。, 叫他石头）):
#: one character twice, 小 / 阿 and one, or one and a home name's ending (蛋, 娃, 妞, 丫, 子, 头, 宝)
_BARE_NICKNAME = re.compile(
    rf"(?:[叫喊唤](?:他|她)(?:作|做)?|管(?:他|她)叫)(?P<v>(?P<c>[{_HAN}])(?P=c)|[小阿][{_HAN}]"
    rf"|[{_HAN}][蛋娃妞丫子头宝])(?=[，,。；;）)\s]|$)"
)
#: characters of an instruction or a thing in quotes, not a name (叫他“少喝酒”, 叫她“别吃药”)
_NOT_IN_NICKNAME = frozenset(
    "别不勿没要请吃喝服药去来走睡戒停病痛癌症术检查治疗诊院医护针吸咳躺坐站动练做用看放松忍慢快"
)
#: who says 叫他 when it is an instruction (医生叫他“少喝酒”, 护士叫她“深呼吸”)
_INSTRUCTOR = re.compile(r"(?:医|护|师|大夫|嘱|主任|我们)[^，,。；;\n]{0,2}$")
#: the record number a bed line gives after the name (16床某某，住院号…)
_RECORD_NEXT = r"\s*[，,、:：]?\s*(?:住院号|病案号|病历号|登记号|门诊号|ID|住院ID)"
_BED = r"(?<!\d)\d{1,3}\s*(?:床|号床)\s*[:：]?\s*"
_BED_BEFORE_NUMBER = re.compile(rf"{_BED}(?P<n>[{_HAN}]{{2,6}}(?:·[{_HAN}]{{2,6}})?)(?={_RECORD_NEXT})")
#: characters the transliterated Mongolian, Tibetan and Uyghur names are written in (巴特尔,
#: 乌云其木格, 次仁卓玛, 阿依古丽, 买买提): a run made of them alone is rarely a Chinese word
_TRANSLIT = (
    "阿巴乌其木格吉尔特古郎苏日娜图布赫达哈斯根朝鲁宝音德力扎西卓玛次仁旦增顿珠央金拉姆措曲桑多杰"
    "尼强白热依买提艾克孜汗丽努帕米吐逊迪拜库班江夏伊合那仓嘎旺索南罗卡穆萨尤素甫麦孟和敖其腾"
    "额齐策楞呼毕沁满都胡查干雅琪慕云勒"
)
_AFTER_BED = (
    r"[，,。；;、\s（(:：]|$|夜间|今日|今晨|今天|昨夜|昨晚|昨天|诉|自诉|主诉|血压|体温|心率|血糖|术后|入院|"
    r"出院|拒绝|家属|要求|神志|腹痛|胸痛|头痛|发热|咳嗽"
)
_BED_TRANSLIT = re.compile(rf"{_BED}(?P<n>[{_TRANSLIT}]{{3,7}}?)(?={_AFTER_BED})")
#: a relative, then a name, then what he does (家属某某在护士站, 陪护某某说, 监护人某某签字)
_RELATIVE_ACT = re.compile(
    rf"(?:家属|陪护人?|监护人|联系人|护工)\s*[:：]?\s*(?P<n>[{_HAN}]{{2,4}}?)"
    r"(?=在|说|讲|称|问|询问|电话|手机|签字|签名|来|到|打电话|反映|要求|表示|陪同|陪护)"
)
_NOT_A_RELATIVE_NAME = frozenset("均都也已本及和与等们者属人在说来到要")
#: a relative addressed, not named (陪护阿姨说, 家属大哥在)
_KIN_TAIL = tuple("姨叔婶爷奶妈爸哥姐伯婆傅")
#: how or when the relative does it, between the role and the verb (家属建华专程来院, 家属一直在)
_ADVERB = re.compile(
    r"专程|特意|特地|亲自|一直|刚刚|刚才|现在|正在|按时|准时|今天|昨天|[上下晚]午|晚上|"
    r"多次|再次|经常|随时|每天|每日|主动|马上|立即|随后|先后|陆续|轮流|共同|一起|同时|前来"
)


def _word(name: str) -> bool:
    return any(name.startswith(w) for w in CN_NAME_STOP_WORDS if len(w) >= 2) or any(
        t in name for t in CLINICAL_TERMS_ZH
    )


def find_nicknames_and_bed_names(text: str) -> list[PhiSpan]:
    """Name spans of the module docstring's forms (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for m in _QUOTED_NICKNAME.finditer(text):
        value = m.group("v")
        if m.group(0)[0] in "叫喊唤称" and _INSTRUCTOR.search(text, max(0, m.start() - 6), m.start()):
            continue
        if not set(value) & _NOT_IN_NICKNAME:  # quoted: a word (石头, 黄金) is a nickname too
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _BARE_NICKNAME.finditer(text):
        if not _INSTRUCTOR.search(text, max(0, m.start() - 6), m.start()) and not set(m.group("v")) & (
            _NOT_IN_NICKNAME | set("心些点会儿抬低回摇转扭磕孩妻孙侄鼻舌")
        ):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _BED_BEFORE_NUMBER.finditer(text):
        name = m.group("n").replace("·", "")
        if set(name) & CN_NON_GIVEN_CHARS and not set(name) <= set(_TRANSLIT):
            continue
        if not _word(name):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _BED_TRANSLIT.finditer(text):
        if not _word(m.group("n")):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _RELATIVE_ACT.finditer(text):
        name = m.group("n")
        odd = set(name) & (_NOT_A_RELATIVE_NAME | CN_NON_GIVEN_CHARS) and not set(name) <= set(_TRANSLIT)
        if name.endswith(_KIN_TAIL) or _ADVERB.search(name) or odd or is_relation_word(name):
            continue
        if not _word(name):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out
