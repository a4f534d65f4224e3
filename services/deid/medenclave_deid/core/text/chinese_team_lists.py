"""The people an operation record's team fields list, whatever their surnames or given names.

An operation record names its team in fields (``术者：某某某  助手：某某、某某某``, ``术 者：``,
``术者 / 助手：某某 / 某某某``, ``器械/巡回护士：某某/某某``, ``手术人员：术者 某某，助手 某某``);
everything such a field holds is people, so each item of its list is taken whatever its surname
(仉 豆 衣 尉 are on no list) and whatever its given name (安静, 春风 are also words):

* items are split at 、，,/；; and spaces; a one-character part and the one or two characters after
  a space (``潘  辉``), or a compound surname and its given name (``端木 梓睿``), are one padded name;
* a title after an item, attached or in brackets (``某某主任医师``, ``某某（一助）``), is not the
  name; an item that is a title or a role alone (``主任医师 某某``, ``术者 某某``) is skipped;
* a surname with a doctor's title (``麻醉：某医生``) is the surname alone;
* the list ends at the line's end or at the next field's label and its colon (``  麻醉：``);
* a surname with a title in the operation (``术中某主任上台``), rare surnames too;
* a table's row under a header of team roles (``术者  助手  麻醉⏎某某  某某  某医生``):
  each cell.

What the field says when it names no one (同上, 不详, 无) or a word of a procedure or a unit
(全麻, 麻醉科) is not taken.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.lexicon import CLINICAL_TERMS_ZH, CN_COMPOUND_SURNAMES, CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_team_lists"]

_HAN = "\u4e00-\u9fa5"
_SP = "[ \t\u3000]"
#: a team's role words, their characters padded or not (术  者, 助 手); 器械 alone is a device's label
#: (器械：输液泵), not the scrub nurse's
_ROLE = (
    rf"(?:术{_SP}*者|主{_SP}*刀(?:医[师生])?|助{_SP}*手|第?[一二三]{_SP}*助(?:手)?|"
    rf"器械护士|(?:巡回|洗手)(?:护士)?|手术(?:医[师生]|人员|者)|参加(?:手术)?人员|麻醉(?:医[师生]|师|者))"
)
_HEAD = re.compile(rf"(?<![{_HAN}]){_ROLE}(?:{_SP}*[/／、]{_SP}*{_ROLE})*{_SP}*[:：]{_SP}*")
#: where the next field starts: a label and its colon after a space or a mark
_NEXT_FIELD = re.compile(
    rf"(?:^|{_SP}|[；;，,。])[{_HAN}]{{1,8}}(?:{_SP}*[/／]{_SP}*[{_HAN}]{{1,8}})*{_SP}*[:：]"
)
_BRACKETS = re.compile(r"[（(][^（()）\n]{0,12}[)）]")
_TITLE = re.compile(
    r"(?:副?主任医师|主治医师|住院医师|进修医师|规培医师|实习医[师生]|医[师生]|副?主任|副?教授|"
    r"主管护师|护师|护士长|护士|大夫)$"
)
_ROLE_ITEM = re.compile(rf"^{_ROLE}$")
_NO_ONE = frozenset({"同上", "不详", "暂无", "见上", "待定", "本人", "空缺", "未定", "全麻", "局麻", "腰麻"})
#: characters of a procedure, a unit, a record or a function word (清点无误, 已核对): an item
#: holding one is no name
_NOT_IN_NAME = frozenset(
    "术科室院床号医护麻醉查录诊疗病症炎痛药针班组详的了着过是有为被把对不没无未非否已在于及或和与等均"
)
_ITEM = re.compile(rf"[{_HAN}]+")
#: a table's header row of team roles, and the row under it, its cells two spaces, a tab or a bar apart
_HEADER_CELL = rf"(?:{_ROLE}|麻醉)"
_HEADER_GAP = rf"(?:[ \u3000]{{2,}}|\t{_SP}*|{_SP}*[|,，]{_SP}*)"
_ROLE_HEADER = re.compile(rf"^[ \t|]*{_HEADER_CELL}(?:{_HEADER_GAP}{_HEADER_CELL})+[ \t|]*\n", re.M)
_ROW = re.compile(r"[^\n]+")
_CELL = re.compile(rf"[{_HAN}][ \u3000]{{1,2}}[{_HAN}]{{1,2}}(?![{_HAN}])|[{_HAN}]+")
#: what a list of names never holds
_NOT_IN_LIST = re.compile(rf"[^{_HAN} \t\u3000、，,/／；;]")


def _items(value: str, base: int) -> list[tuple[int, int]]:
    """The items of a team field's value as (start, end) in the note, padded names joined."""
    runs = [(base + m.start(), base + m.end()) for m in _ITEM.finditer(value)]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(runs):
        start, end = runs[i]
        if i + 1 < len(runs):
            gap = value[end - base : runs[i + 1][0] - base]
            head = value[start - base : end - base]
            nxt = runs[i + 1][1] - runs[i + 1][0]
            padded = (len(head) == 1 or head in CN_COMPOUND_SURNAMES) and nxt <= 2
            if gap and not gap.strip(" \t\u3000") and padded:
                out.append((start, runs[i + 1][1]))
                i += 2
                continue
        out.append((start, end))
        i += 1
    return out


#: a surname with a title right after when in the operation (术中某主任上台, 术后某医生查看): the
#: rarer surnames (花 冼) too; 经 与 和 are the words that bring a person in
_DURING_OP = re.compile(
    rf"(?<=术中|术前|术后)(?P<n>[{''.join(sorted(CN_SURNAMES_AFTER_CUE - set('经与和由麻')))}])"
    r"(?=主任|医生|医师|教授|大夫)"
)


def _name(text: str, start: int, stop: int) -> PhiSpan | bool | None:
    """The name an item holds; True where it is a title or a role to skip, None where no name."""
    item = text[start:stop]
    bare = _TITLE.sub("", item)
    if not bare or _ROLE_ITEM.match(item) or _TITLE.fullmatch(item) or item == "麻醉":
        return True
    flat = bare.replace(" ", "").replace("\t", "").replace("\u3000", "")
    if bare != item and (len(flat) == 1 or flat in CN_COMPOUND_SURNAMES):
        return PhiSpan(start, start + len(bare), "name")  # 某医生: the surname
    # four characters are a compound surname's name (欧阳明珠); else a term (机械通气, 血液透析)
    size = 2 <= len(flat) <= 3 or (len(flat) == 4 and flat[:2] in CN_COMPOUND_SURNAMES)
    if size and flat not in _NO_ONE and flat not in CLINICAL_TERMS_ZH and not set(flat) & _NOT_IN_NAME:
        return PhiSpan(start, start + len(bare), "name")
    return None


def _table_rows(text: str) -> list[PhiSpan]:
    """The row under a header of team roles (``术者  助手  麻醉  器械护士``): each cell a name."""
    out: list[PhiSpan] = []
    for head in _ROLE_HEADER.finditer(text):
        row = _ROW.match(text, head.end())
        if row is None:
            continue
        for cell in _CELL.finditer(row.group(0)):
            span = _name(text, row.start() + cell.start(), row.start() + cell.end())
            if isinstance(span, PhiSpan):
                out.append(span)
    return out


def find_team_lists(text: str) -> list[PhiSpan]:
    """Name spans of the team fields in the module docstring.

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for head in _HEAD.finditer(text):
        line_end = text.find("\n", head.end())
        line_end = len(text) if line_end < 0 else line_end
        nxt = _NEXT_FIELD.search(text, head.end(), line_end)
        end = nxt.start() if nxt else line_end
        # brackets hold a title or a role (（主刀）, （主任医师）): blank them, offsets kept
        value = _BRACKETS.sub(lambda m: " " * len(m.group(0)), text[head.end() : end])
        # the list is all it holds: it stops at what no list holds (。, a digit, Ⅱ), and an item
        # running into that is a clause's word (一助：某某，行毕Ⅱ式…), not a name
        cut = _NOT_IN_LIST.search(value)
        value = value[: cut.start()] if cut else value
        for start, stop in _items(value, head.end()):
            span = _name(text, start, stop)
            if span is True:
                continue
            if span is None or (cut and cut.group(0) not in "。.!！" and stop - head.end() == len(value)):
                break  # a word no name is, or one running into a clause: the list is over
            if isinstance(span, PhiSpan):
                out.append(span)
    out += [PhiSpan(m.start(), m.end(), "name") for m in _DURING_OP.finditer(text)]
    return out + _table_rows(text)
