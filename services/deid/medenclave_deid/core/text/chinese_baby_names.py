"""A newborn's or an infant's name in a care log: the field that names the baby, and the given name
the nurses write again in the rows below.

* **the baby's field**: ``宝宝：欣怡``, ``宝宝姓名：董欣怡``, ``婴儿名：昊``, ``新生儿姓名：王小米`` — a short
  Han value (one to four characters) after a label that names the baby, up to a space, a bracket or
  the end of the line. A sex, a term or a state there (``男``, ``足月``, ``未取名``) is no name.
* **a milk name** (乳名, 小名, 昵称): ``（乳名 糖糖）``, ``小名：豆豆``.
* **the given name again**: a swimming or massage log writes the baby's given name in its rows
  (``10-06\\t游泳\\t欣怡反应好``, ``宝宝欣怡哭闹``). The given name (the full name less its surname)
  of two or more characters is a name wherever it stands in the note; a one-character given name
  (``昊``, or the 晗 of ``宝宝：覃晗``) only right after 宝宝 / 宝贝, after a surname (``司马悦``, the
  full name), or at the head of a table cell, where a bare character cannot be taken from a word. A
  mention with Han text on both sides is inside a word (``乳腺小叶增生`` with the milk name 小叶) unless
  a cue of the baby stands before it (``宝宝欣怡哭闹``, ``抱欣怡``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES, cn_surname_pattern
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_baby_names"]

_HAN = "\u4e00-\u9fa5"
_SURNAME = cn_surname_pattern()
_FIELD = re.compile(
    rf"(?:宝宝|婴儿|新生儿|宝贝)(?:姓名|名字|名)?[ \t]*[:：][ \t]*(?P<n>[{_HAN}]{{1,4}})(?![{_HAN}])"
)
_MILK = re.compile(rf"(?:乳名|小名|昵称)[ \t]*[:：]?[ \t]*(?P<n>[{_HAN}]{{1,3}})(?![{_HAN}])")
#: what the baby's field holds when it names no one
_NOT_NAMES = frozenset(
    "男 女 男婴 女婴 男孩 女孩 足月 早产 未取名 未取 无 不详 待定 单胎 双胎 之子 之女 健康 良好 正常 "
    "游泳 抚触 出生 住院".split()
)


#: a mention glued to Han text on both sides (inside a word), unless a person's cue stands before it
_ONE_HAN = re.compile(rf"[{_HAN}]")
_PERSON_BEFORE = re.compile(r"(?:宝宝|宝贝|患儿|婴儿|新生儿|[给与和陪抱带喂叫让])$")


def _given(name: str) -> str:
    """The given name of a full name (three or more characters with a known surname), else the name."""
    if len(name) >= 3 and name[:2] in CN_COMPOUND_SURNAMES:
        return name[2:]
    if len(name) >= 3 and name[0] in CN_SURNAMES:
        return name[1:]
    return name


def find_baby_names(text: str) -> list[PhiSpan]:
    """Name spans of the baby's field, its milk name and its given name's later mentions.

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    given: set[str] = set()
    for rx in (_FIELD, _MILK):
        for m in rx.finditer(text):
            name = m.group("n")
            if name in _NOT_NAMES or name.endswith(("之子", "之女")):
                continue
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
            given.add(_given(name))
            if len(name) == 2 and name[0] in CN_SURNAMES:  # 覃晗: a surname and one character
                given.add(name[1])
    for name in given:
        if len(name) >= 2:
            rx = re.compile(re.escape(name))
        else:  # one character: after 宝宝 / 宝贝, a surname, or at a cell's head, before more Han text
            rx = re.compile(
                rf"(?:(?<=宝宝)|(?<=宝贝)|(?<=[\t|])|{_SURNAME})[ ]?{re.escape(name)}(?=[{_HAN}])"
            )
        for m in rx.finditer(text):
            s = m.start() + (1 if text[m.start()] == " " else 0)
            glued = _ONE_HAN.fullmatch(text[s - 1 : s]) and _ONE_HAN.fullmatch(text[m.end() : m.end() + 1])
            if len(name) >= 2 and glued and not _PERSON_BEFORE.search(text, max(0, s - 3), s):
                continue  # 乳腺小叶增生 with the milk name 小叶: Han text on both sides, no person's cue
            out.append(PhiSpan(s, m.end(), "name"))
    return out
