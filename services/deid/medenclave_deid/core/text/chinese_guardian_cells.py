"""Names in a table's column of guardians or contacts (``监护人/电话``, ``家长``, ``联系人及电话``).

A header row whose cells are parted by ``|``, a comma or a tab names a column of people: its
cells hold a person, often with their phone after a space (``某某某 139-0000-0000``). The header
says a person stands there, so the name is taken whatever its characters: a Yi name of four
characters (clan and given name), a Dai name without a surname, a rare Han surname. A cell that
says no one stands there (无, 不详, 本人), a kinship word or a clinical word is not taken.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_guardian_cells"]

_CJK = "\u4e00-\u9fa5"
#: a header cell of a column of people, with or without their phone
_PERSON_HEADER = re.compile(
    r"(?:监护人|家长|联系人|紧急联系人|陪同人|代理人|父母|抚养人|照护人|看护人)"
    r"(?:姓名)?(?:\s*[/／、及和]\s*(?:联系)?电话|[（(](?:联系)?电话[)）])?"
)
_SEPARATORS = ("|", "\t", ",")
#: a cell: a name, a space and a phone after it, or the name alone
_CELL = re.compile(
    rf"(?P<n>[{_CJK}]{{2,6}}(?:·[{_CJK}]{{2,8}})?)"
    r"(?:[ \t\u3000]*(?:\+?86[ \t]*)?[（(]?\d[\d \-（）()]{6,16}\d)?"
)
_NOT_NAMES = frozenset(
    "无 不详 未知 同上 本人 暂无 家属 父亲 母亲 爸爸 妈妈 爷爷 奶奶 外公 外婆 祖父 祖母 "
    "姐姐 哥哥 弟弟 妹妹 儿子 女儿 丈夫 妻子 配偶 监护人 联系人 同住 独居 孤儿".split()
)
_NOT_IN_NAME = frozenset("的了是有为无不未非否已在于及或和与等病症炎痛科室院部床号岁")


def _cells(line: str, sep: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for part in line.split(sep):
        lead = len(part) - len(part.lstrip())
        out.append((at + lead, part.strip()))
        at += len(part) + 1
    return out


def find_guardian_cells(text: str) -> list[PhiSpan]:
    """Name spans in the cells of a column whose header names a guardian or a contact.

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    lines, offset = [], 0
    for line in text.splitlines(keepends=True):
        lines.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    for k, (_, head) in enumerate(lines):
        sep = next((s for s in _SEPARATORS if head.count(s) >= 2), None)
        if sep is None:
            continue
        header = _cells(head, sep)
        columns = [i for i, (_, cell) in enumerate(header) if _PERSON_HEADER.fullmatch(cell)]
        if not columns:
            continue
        for start, row in lines[k + 1 :]:
            cells = _cells(row, sep)
            if len(cells) != len(header):
                break
            for i in columns:
                at, cell = cells[i]
                m = _CELL.fullmatch(cell)
                if m is None:
                    continue
                name = m.group("n")
                if name in _NOT_NAMES or any(c in _NOT_IN_NAME for c in name):
                    continue
                out.append(PhiSpan(start + at, start + at + len(name), "name"))
    return out
