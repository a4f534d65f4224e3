"""A relative's name that a kinship cue places, whatever its surname or however common its words.

A name finder wants a known surname and no common word (黄金, 钟情 are words too), so a relative named
by a rare or a minority name (扎西, 阿不都热合曼) or by a name that is also a word slips through, though
the cue around it leaves no doubt:

* **a signer's field bounded by its relation field** (``签字人某某 与患者关系：儿子``,
  ``陪护人某某系患者老伴``);
* **a relative's field whose relation comes first** (``家属：老伴 某某，电话…``, ``告知家属（配偶）某某，``,
  ``通知家属 某某 到场``): the value up to a space, a mark, a phone or what the relative did;
* **a relation and a name in prose** (``其女某某陪同``, ``患者之子某某到场``, ``由其孙子某某陪同``,
  ``陪护儿子某某当时在旁``, ``患者兄弟某某告知``): a name
  that is no common word, before what the relative did (``：长子某某在旁`` too, a two-character relation
  opening the clause), or any name before a phone (``患者之女某某，电话``).

A state or kinship word (本人, 在场, 女儿) is no name.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_forms import STATE_STARTS, STATE_WORDS
from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_kin_cued_names", "is_relation_word"]

_HAN = "\u4e00-\u9fa5"
_GAP = r"[ \t\u3000]*"
_REL = (
    r"(?:配偶|妻子|丈夫|爱人|老伴|儿子|女儿|长子|次子|长女|次女|幼子|孙子|孙女|外孙女?|儿媳|女婿|侄子|侄女|外甥女?|"
    r"父亲|母亲|哥哥|姐姐|弟弟|妹妹|兄弟|弟兄|姐妹|兄妹|姐弟|兄长|养子|养女|继子|继女|妻|夫|子|女|孙)"
)
#: a name: two to four Han characters, or a minority name with its middle dot
_NAME = rf"[{_HAN}]{{2,6}}?(?:[·•・][{_HAN}]{{2,8}})?"
_DONE = r"(?:陪同|陪护|到场|在场|在旁|签字|签名|确认|表示|知情|同意|拒绝|前来|赶到|送至|送来|发现|告知|代签)"
_END = rf"(?=[ \t\u3000]|[，,；;。、（(\n]|电话|手机|联系|{_DONE}|$)"
_SIGNER = re.compile(
    rf"(?:签字人|签名人|知情人|委托人|代理人)(?:姓名)?{_GAP}[:：]?{_GAP}(?P<n>{_NAME})"
    rf"(?={_GAP}[，,；;]?{_GAP}(?:与患者(?:的)?关系|关系))"
    # a companion's field that says the relation after the name (陪护人某某系患者老伴)
    rf"|(?:陪护人|陪同人|陪护|家属)(?P<c>{_NAME})(?=[系为是]患者的?{_REL})"
)
_KIN_FIRST = re.compile(
    r"(?:家属|亲属|联系人|陪护人?|陪同人?)"
    rf"(?:{_GAP}[:：]{_GAP}{_REL}[ \t\u3000]+|[（(]{_REL}[)）]{_GAP}[:：]?{_GAP})"
    rf"(?P<n>{_NAME}){_END}"
    rf"|(?:通知|告知|联系)家属[ \t\u3000]+(?P<m>{_NAME})(?=[ \t\u3000]*(?:到场|来院|[，,。]))"
)
#: when a relative did it, between the name and the act (陪护儿子某某当时在旁)
_WHEN = r"(?:当时|一直|始终|全程|正|均|也|亦)?"
_PROSE = re.compile(
    rf"(?:患者之|患者的|患者|由其|其|陪护人?|陪同人?)(?:{_REL})(?P<n>{_NAME})"
    # a phone right after it makes the name sure, a common word too (患者之女某某，电话…)
    rf"(?:(?={_WHEN}{_DONE})|(?P<p>(?=[，,]?{_GAP}(?:电话|手机|联系电话))))"
)
#: a two-character relation opening a clause, a name and what the relative did (：长子某某在旁)
_CLAUSE = re.compile(
    rf"(?:^|(?<=[：:，,。；;\s]))(?=[{_HAN}]{{2}})(?:{_REL})(?P<n>{_NAME})(?={_DONE})",
    re.M,
)


#: when or how a relative does what follows (丈夫某某每日陪护, 其女某某专程来院): never part of the name
_MANNER = re.compile(
    r"每日|每天|每晚|今日|今天|昨日|昨天|明日|全程|一直|定期|专程|轮流|日夜|在家|亲自|随时|经常|长期|均"
)
#: an answer a relative's field holds instead of a name
_NOT_NAME = frozenset("同意 不同意 拒绝 缺席 未到 不详 未知 暂无 无 同上 见上 未填".split())


def is_relation_word(word: str) -> bool:
    """Whether ``word`` is a relation (儿子, 兄弟, 老伴), which a cue may put where a name would stand."""
    return re.fullmatch(rf"{_REL}|子女|儿女|父母|孙辈", word) is not None


def _name_like(name: str, common_ok: bool) -> bool:
    core = name.split("·")[0]
    return (
        core not in STATE_WORDS
        and not core.startswith(STATE_STARTS)
        and not re.fullmatch(_REL, core)
        and core not in _NOT_NAME
        and not _MANNER.search(core)
        and not core.startswith(("患者", "家属", "本人", "其", "之", "子", "女", "儿", "孙", "媳", "婿"))
        and (core[-1] not in CN_NON_GIVEN_CHARS or len(core) > 3)
        and (common_ok or not core.startswith(CN_NAME_STOP_WORDS))
    )


def find_kin_cued_names(text: str) -> list[PhiSpan]:
    """Name spans of the module docstring.

    Args:
        text: the note.
    """
    out = []
    for m in _SIGNER.finditer(text):
        g = "n" if m["n"] else "c"
        if _name_like(m[g], True):
            out.append(PhiSpan(m.start(g), m.end(g), "name"))
    for m in _KIN_FIRST.finditer(text):
        g = "n" if m["n"] else "m"
        if _name_like(m[g], True):
            out.append(PhiSpan(m.start(g), m.end(g), "name"))
    out += [
        PhiSpan(m.start("n"), m.end("n"), "name")
        for m in _PROSE.finditer(text)
        if _name_like(m["n"], m["p"] is not None)
    ]
    out += [
        PhiSpan(m.start("n"), m.end("n"), "name")
        for m in _CLAUSE.finditer(text)
        # a surname and two characters, whatever word they open (哥哥万一鸣在旁)
        if len(m.group(0)) - len(m["n"]) == 2
        and _name_like(m["n"], len(m["n"]) == 3 and m["n"][0] in CN_SURNAMES_AFTER_CUE)
    ]
    return out
