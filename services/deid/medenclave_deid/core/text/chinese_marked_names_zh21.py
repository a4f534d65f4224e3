"""Chinese names a note marks as names, where their characters read as words.

* **a name the note says is a home name** (``外孙女乐乐（小名）每周来电``, ``孩子叫法：阿宝（乳名）``):
  the run right before ``（小名）`` / ``（乳名）`` / ``（昵称）``, back to the kinship word or the
  mark before it, whatever its characters (多多, 小米, 果果 are words too);
* **whom a social worker's record serves** (``服务对象：乌日娜``, ``随访对象：其其格``): the slot's
  two to five characters of a transliterated name, or a surname and a given name;
* **a full name in a person's slot that opens with a word** (``家属签收：周一帆``, ``家属：韩国栋，``,
  ``联系人：高明远``): a person label, its colon, a surname and two given characters that fill
  the slot up to a space or a mark. The other rules refuse a name that starts like a word (周一
  is Monday, 韩国 is Korea) wherever a clause could go on; a slot that closes right after the
  three characters holds a person. A word of three characters (何首乌, 金银花) stays.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.chinese_rare_name_slots import TRANSLIT_CHARS
from medenclave_deid.core.text.chinese_role_names import is_person
from medenclave_deid.core.text.lexicon import CN_SURNAMES_AFTER_CUE, cn_surname_pattern
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_marked_names"]

_HAN = "\u4e00-\u9fa5"
_KIN = (
    r"(?:外孙女|外孙子|孙女|孙子|外孙|女儿|儿子|孩子|患儿|宝宝|小孩|侄子|侄女|外甥女|外甥|曾孙女?|"
    r"长子|次子|长女|次女|幼子|幼女|小儿子|小女儿|大儿子|大女儿)"
)
#: what says the run before it is a home name
_HOME_MARK = r"[（(](?:小名|乳名|昵称|爱称|小名儿)[）)]"
_MARKED_HOME_NAME = re.compile(rf"(?P<n>[{_HAN}]{{1,6}}){_HOME_MARK}")
_LAST_KIN = re.compile(rf".*{_KIN}")
_SAID = re.compile(r"(?:名叫|叫做|叫|是|的)")
#: whom a social worker's or a follow-up's record serves: the slot holds the person, whatever
#: the name's characters (服务对象：其其格)
_SERVED = re.compile(
    rf"(?:服务|随访|救助|帮扶|个案|援助)对象[ \t\u3000]*[:：][ \t\u3000]*(?P<n>[{_HAN}]{{2,5}})"
    rf"(?=[ \t\u3000，,。；;、（(\n]|$)"
)
#: a home-name mark's words themselves, and what a bracket may note about a relative
_NOT_HOME_NAME = frozenset("小名 乳名 昵称 爱称 本人 其子 其女 患儿 孩子 宝宝".split())
#: a person's label and its colon
_PERSON_LABEL = (
    r"(?:家属签收|家属签字|家属签名|家属|姓名|患者|病人|患儿|联系人|监护人|陪护人?|委托人|代理人|见证人|"
    r"签收人?|领取人|经办人|服务对象|配偶|丈夫|妻子|儿子|女儿|父亲|母亲|照护者|照顾者)"
)
_SLOT_NAME = re.compile(
    rf"{_PERSON_LABEL}[ \t\u3000]*[:：][ \t\u3000]*(?P<n>(?:{cn_surname_pattern()})[{_HAN}]{{2}})"
    rf"(?=[ \t\u3000，,。；;、（(\n]|$)"
)


def _opens_with_word(text: str, start: int, name: str) -> bool:
    """Whether only a word at its start keeps the other rules from ``name`` (韩国 of 韩国栋)."""
    words = [w for w in CN_NAME_STOP_WORDS if text.startswith(w, start)]
    return bool(words) and max(len(w) for w in words) < len(name)


def find_marked_names(text: str) -> list[PhiSpan]:
    """Name spans of the forms of the module docstring (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for m in _MARKED_HOME_NAME.finditer(text):
        kin = _LAST_KIN.match(m.group("n"))  # 孙女乐乐: the name after the kinship word
        start = m.start("n") + (kin.end() if kin else 0)
        said = _SAID.match(text, start) if kin else None  # 孙女叫乐乐
        start = said.end() if said else start
        name = text[start : m.end("n")]
        whole = m.start("n") == 0 or not re.match(rf"[{_HAN}]", text[m.start("n") - 1])
        if 1 <= len(name) <= 4 and name not in _NOT_HOME_NAME and (kin or whole):
            out.append(PhiSpan(start, m.end("n"), "name"))
    for m in _SERVED.finditer(text):
        name = m.group("n")
        if set(name) <= TRANSLIT_CHARS or (
            name[0] in CN_SURNAMES_AFTER_CUE and is_person(text, m.start("n"), name)
        ):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _SLOT_NAME.finditer(text):
        name = m.group("n")
        if (
            _opens_with_word(text, m.start("n"), name)
            and name[-1] not in CN_NON_GIVEN_CHARS
            and is_person(text, m.start("n"), name, words=False)
        ):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out
