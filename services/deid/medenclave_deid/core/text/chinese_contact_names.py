"""Chinese names told by a contact given with a phone, and a found name's surname in address forms.

* **a person to contact, then the phone** (``可在当地医院维护，联系某某某（139 …）``,
  ``术后交代家属某某（电话 …）``, ``已告知某某（138…）``, ``致电某某，电话 …``): the two to four
  characters between a contact verb (联系, 联系人, 联络, 致电, 告知, 通知, 交代, 转告) and a
  phone number (in brackets, after 电话 / 手机, or the number itself) are the person, whatever
  their surname list says, when they open with a surname or are written in the characters of
  transliterated names, and are no word (联系家属, 通知病房, 联系客服, 联系社区医院).
* **a found name's surname in an address form** (``老某``, ``小某``, ``阿某``, ``小欧阳``;
  ``某师傅``, ``某阿姨``, ``某大爷``): once ``某建国`` is a name in the note, its surname with
  the prefix or the title of familiar address is the same person, where the form stands alone
  (punctuation, a space or what a person does follows: ``老某诉…``, ``小某今日复诊``). A surname
  that makes a word with the prefix (``小时``, ``老年``, ``小于5 mm``) is kept: a digit, a
  letter or a character outside that short list may not follow.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.prefixed_matches import matches_after
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_contact_names", "surname_address_forms"]

_HAN = "\u4e00-\u9fa5"
#: the characters transliterated (Mongolian, Tibetan, Uyghur) names are written in
_TRANSLIT = frozenset(
    "阿巴乌其木格吉尔特古郎苏日娜图布赫达哈斯根朝鲁宝音德力扎西卓玛次仁旦增顿珠央金拉姆措"
    "曲桑多杰尼强白热依买提艾克孜汗丽努帕米吐逊迪拜库班江夏伊合那仓嘎旺索南罗卡穆萨尤素甫麦"
    "孟和敖其腾额齐策楞呼毕沁满都胡查干雅琪慕云勒"
)
_KIN = (
    r"(?:(?:患者的?|病人的?|其|之)?(?:儿子|女儿|丈夫|妻子|爱人|配偶|老伴|父亲|母亲|哥哥|姐姐|弟弟|妹妹|儿媳|女婿|"
    r"孙子|孙女|监护人|陪护人?)|家属|患者|病人)"
)
_PHONE = r"(?:\+?86[ -]?)?1\d{2}[ -]?\d{4}[ -]?\d{4}|0\d{2,3}[ -]?\d{7,8}|\(0\d{2,3}\)\d{7,8}"
_PHONE_WORD = r"(?:联系电话|电话|手机号?码?|手机|Tel|TEL|tel)\s*[:：]?\s*"
#: a contact verb, maybe the relation, 2–4 characters, then a phone
_CONTACT = re.compile(
    rf"(?:电话联系|联系人|联系|联络|致电|告知|通知|交代|交待|转告)\s*[:：]?\s*"
    rf"(?:{_KIN}[:：\s]?)?"
    rf"(?P<n>[{_HAN}]{{2,4}}?)\s*"
    rf"(?=[（(]\s*(?:{_PHONE_WORD})?(?:{_PHONE})|[，,]?\s*{_PHONE_WORD}(?:{_PHONE})|(?:{_PHONE}))"
)
#: what a contact reaches when it is no person: a place, a service, a role, a relation
_NOT_A_PERSON_END = tuple(
    "科 室 院 站 部 处 所 中心 办 组 队 台 线 方 服 人 者 生 士 师 长 员 属 子 女 儿 父 母 妻 夫".split()
)
_NOT_A_PERSON = frozenset(
    "家属 病房 客服 本人 医生 护士 主任 社区 门诊 急诊 值班 病区 病案 随访 患者 病人 单位 "
    "电话 手机 监护人 联系人 家人 亲属 子女 对方 上级 当地 其女 其子 其夫 其妻 总机 前台 "
    "120 110".split()
)


def _names_no_word(name: str) -> bool:
    if name in _NOT_A_PERSON or name.endswith(_NOT_A_PERSON_END):
        return False
    if any(name.startswith(w) for w in CN_NAME_STOP_WORDS if len(w) >= 2):
        return False
    return not any(c in CN_NON_GIVEN_CHARS for c in name[1:])


def find_contact_names(text: str) -> list[PhiSpan]:
    """Name spans for the person a contact verb names before a phone number."""
    out: list[PhiSpan] = []
    for m in _CONTACT.finditer(text):
        name = m.group("n")
        surname = name[:2] in CN_COMPOUND_SURNAMES or name[0] in CN_SURNAMES_AFTER_CUE
        if (surname or all(c in _TRANSLIT for c in name)) and _names_no_word(name):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out


#: the prefixes of familiar address before a surname (老王, 小李, 阿陈)
_PREFIX = "老小阿"
#: the titles of familiar address after a surname (王师傅, 李阿姨)
_TITLE = "师傅|阿姨|大爷|大妈|大娘|大姐|大哥|奶奶|爷爷|叔叔|伯伯|婶婶|阿婆|阿伯|女士|先生|小姐|太太"
#: what may follow an address form that stands for a person: an act or a time of the person
_PERSON_NEXT = re.compile(
    rf"[^{_HAN}0-9A-Za-z.．%％×*/~～\-+]|$|诉|自诉|自述|述|说|称|表示|反映|讲|问|答|今|昨|近|已|仍|又|也|"
    r"在|来|到|因|于|的|家|爱人|妻子|丈夫|儿子|女儿|要求|拒绝|同意|签|未|曾|再|每|平时|主诉|复诊|就诊|入院|出院"
)
#: what may stand before the prefix of an address form: no character that makes a word with it
#: (大小, 古老, 肾小管), no digit (24小时)
_OPENS_AFTER = frozenset("询问：叫喊称和与及、同给让请向对把被由跟找")
#: no Han character before (compiled once: the per-note surname pattern goes behind it)
_NO_HAN_BEFORE = re.compile(rf"(?<![{_HAN}])")


def surname_address_forms(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Name spans for the surname of a found Chinese name in an address form (老某, 某师傅).

    Args:
        text: the note.
        spans: the resolved spans found so far; the new spans are only where none lies.
    """
    surnames: set[str] = set()
    for span in spans:
        value = text[span.start : span.end]
        if span.category != "name" or not 2 <= len(value) <= 4 or not re.fullmatch(rf"[{_HAN}]+", value):
            continue
        if value[:2] in CN_COMPOUND_SURNAMES and len(value) >= 3:
            surnames.add(value[:2])
        elif value[0] in CN_SURNAMES_AFTER_CUE:
            surnames.add(value[0])
    if not surnames:
        return []
    taken = [(s.start, s.end) for s in spans]

    def free(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in taken)

    out: list[PhiSpan] = []
    alternatives = "|".join(sorted(map(re.escape, surnames), key=len, reverse=True))
    before = re.compile(rf"(?<=[{_PREFIX}])(?P<s>{alternatives})")
    after = re.compile(rf"(?P<s>{alternatives})(?={_TITLE})")  # behind _NO_HAN_BEFORE
    for m in before.finditer(text):
        start, end = m.start("s"), m.end("s")
        # the prefix opens the form: no character of a word stands before it (大小, 古老)
        prior = text[start - 2] if start >= 2 else ""
        opens = not prior or prior in _OPENS_AFTER or not re.match(rf"[{_HAN}0-9]", prior)
        if opens and _PERSON_NEXT.match(text, end) and free(start - 1, end):
            out.append(PhiSpan(start, end, "name"))
    for m in matches_after(_NO_HAN_BEFORE, after, text):
        if free(m.start("s"), m.end("s")):
            out.append(PhiSpan(m.start("s"), m.end("s"), "name"))
    return out
