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
* a label alone on its line (``手 术 者：⏎某某``): the list is the line under it; the role words
  spaced out (``主 刀 医 师``, ``第 一 助 手``), a name spelt out a character at a time (``邱 桂 英``);
* a role in brackets (``【术者】某某``), after = (``术者=某某``), blanks of underscores around a
  name (``主刀医师：___某某___``); a role word with the name right after it in a sentence
  (``术者某某某，助手某某、某某，麻醉某医生``) where the name starts with a surname;
* a tabbed table's row under a header with two team roles or more among other columns
  (``手术日期⇥手术人员⇥麻醉医师``): the cells under a role;
* a table's row under a header of team roles (``术者  助手  麻醉⏎某某  某某  某医生``):
  each cell.

What the field says when it names no one (同上, 不详, 无) or a word of a procedure or a unit
(全麻, 麻醉科) is not taken.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_spaced_staff import find_spaced_staff
from medenclave_deid.core.text.lexicon import (
    CLINICAL_TERMS_ZH,
    CN_COMPOUND_SURNAMES,
    CN_SURNAMES_AFTER_CUE,
)
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_team_lists"]

_HAN = "\u4e00-\u9fa5"
_SP = "[ \t\u3000]"
#: a team's role words, their characters padded or not (术  者, 助 手); 器械 alone is a device's label
#: (器械：输液泵), not the scrub nurse's
_ROLE = (
    rf"(?:术{_SP}*者|主{_SP}*刀(?:{_SP}*医{_SP}*[师生])?|助{_SP}*手|(?:第{_SP}*)?[一二三]{_SP}*助(?:{_SP}*手)?|"
    rf"器{_SP}*械{_SP}*护{_SP}*士|(?:巡{_SP}*回|洗{_SP}*手)(?:{_SP}*护{_SP}*士)?|手{_SP}*术{_SP}*(?:医{_SP}*[师生]|人{_SP}*员|者)|"
    rf"参加(?:手术)?人员|麻{_SP}*醉{_SP}*(?:医{_SP}*[师生]|师|者))"
)
_HEAD = re.compile(
    rf"(?<![{_HAN}]){_ROLE}(?:{_SP}*[/／、]{_SP}*(?:{_ROLE}|麻醉))*{_SP}*[:：=]{_SP}*"
    rf"|[【\[]{_SP}*(?:{_ROLE}|麻醉){_SP}*[】\]]{_SP}*"
)
_LEAD = "".join(
    sorted(
        s
        for s in CN_SURNAMES_AFTER_CUE
        if len(s) == 1 and s not in "于向和方全应时明从经由与麻成平满能通双后相家强"
    )
)
#: a role word with the name right after it in a sentence (术者某某某，助手某某、某某，麻醉某医生):
#: the name's first character a surname that starts no word there (于 向 成 平 …); after 麻醉
#: only a surname with a doctor's title (麻醉平稳 is no one)
_ATTACHED = re.compile(
    rf"(?:^|(?<=[，,；;。\s]))(?:(?:术者|主刀|助手|[一二]助)(?=[{_LEAD}])|麻醉(?=[{_LEAD}](?:医[生师]|主任)))",
    re.M,
)
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
        spelt = _spelt_out(value, base, runs, i)
        if spelt > i + 1:  # 邱 桂 英: a name with a space after each character
            out.append((start, runs[spelt - 1][1]))
            i = spelt
            continue
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


def _spelt_out(value: str, base: int, runs: list[tuple[int, int]], i: int) -> int:
    """Where a name spelt out a character at a time (``邱 桂 英``, one space apart) from run i ends."""
    j = i
    while j < len(runs) and runs[j][1] - runs[j][0] == 1 and j - i < 4:
        if j > i and value[runs[j - 1][1] - base : runs[j][0] - base] != " ":
            break
        j += 1
    size = j - i
    first = value[runs[i][0] - base : runs[i][0] - base + 1]
    if size == 4 and first + value[runs[i + 1][0] - base] not in CN_COMPOUND_SURNAMES:
        size = j = i + 3
    return j if size == 3 or (size == 4) else i


def _ends_item(text: str, stop: int) -> bool:
    """Whether an item of a sentence's list ends at a list mark, a stop or the line's end."""
    return stop >= len(text) or text[stop] in "，,、；;。\n \t\u3000"


#: a surname with a title right after when in the operation (术中某主任上台, 术后某医生查看): the
#: rarer surnames (花 冼) too; 经 与 和 are the words that bring a person in, 都 也 又 … adverbs
#: (术后都医生交代过了: the doctors all did)
_NOT_SURNAMES = set("经与和由麻都也又均再即就才还已曾皆仍")
_DURING_OP = re.compile(
    rf"(?<=术中|术前|术后)(?P<n>[{''.join(sorted(CN_SURNAMES_AFTER_CUE - _NOT_SURNAMES))}])"
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


_TAB_HEADER = re.compile(r"^[^\n]*\t[^\n]*\n", re.M)
_ROLE_CELL = re.compile(rf"{_SP}*(?:{_ROLE}|麻醉|洗手|巡回)(?:{_SP}*[/／、]{_SP}*(?:{_ROLE}|麻醉))*{_SP}*")


def _tab_rows(text: str) -> list[PhiSpan]:
    """The row under a tabbed header with two team roles or more among other columns
    (``手术日期⇥手术人员⇥麻醉医师⇥洗手``): the names of the cells under a role."""
    out: list[PhiSpan] = []
    for head in _TAB_HEADER.finditer(text):
        roles = [bool(_ROLE_CELL.fullmatch(cell)) for cell in head.group(0)[:-1].split("\t")]
        row = _ROW.match(text, head.end())
        if sum(roles) < 2 or row is None or "\t" not in row.group(0):
            continue
        base = row.start()
        for column, cell in enumerate(row.group(0).split("\t")):
            if column < len(roles) and roles[column] and not _NOT_IN_LIST.search(cell):
                for start, stop in _items(cell, base):
                    span = _name(text, start, stop)
                    if isinstance(span, PhiSpan):
                        out.append(span)
            base += len(cell) + 1
    return out


def find_team_lists(text: str) -> list[PhiSpan]:
    """Name spans of the team fields in the module docstring.

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    heads = [(m, False) for m in _HEAD.finditer(text)] + [(m, True) for m in _ATTACHED.finditer(text)]
    for head, attached in heads:
        begin = head.end()
        line_end = text.find("\n", begin)
        line_end = len(text) if line_end < 0 else line_end
        if line_end < len(text) and not text[begin:line_end].strip(" \t\u3000_"):
            begin = line_end + 1  # 手 术 者：⏎某某: the label alone on its line, the names under it
            line_end = text.find("\n", begin)
            line_end = len(text) if line_end < 0 else line_end
            if _HEAD.match(text, begin):
                continue
        nxt = _NEXT_FIELD.search(text, begin, line_end)
        end = nxt.start() if nxt else line_end
        # brackets hold a title or a role (（主刀）, （主任医师）): blank them, offsets kept
        value = _BRACKETS.sub(lambda m: " " * len(m.group(0)), text[begin:end]).replace("_", " ")
        # the list is all it holds: it stops at what no list holds (。, a digit, Ⅱ), and an item
        # running into that is a clause's word (一助：某某，行毕Ⅱ式…), not a name
        cut = _NOT_IN_LIST.search(value)
        value = value[: cut.start()] if cut else value
        for start, stop in _items(value, begin):
            span = _name(text, start, stop)
            if span is True:
                continue
            ends_clause = cut and cut.group(0) not in "。.!！" and stop - begin == len(value)
            if span is None or ends_clause or (attached and not _ends_item(text, stop)):
                break  # a word no name is, or one running into a clause: the list is over
            if isinstance(span, PhiSpan):
                out.append(span)
    out += [PhiSpan(m.start(), m.end(), "name") for m in _DURING_OP.finditer(text)]
    return out + _table_rows(text) + _tab_rows(text) + find_spaced_staff(text)
