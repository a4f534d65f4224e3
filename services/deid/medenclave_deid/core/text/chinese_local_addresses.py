"""Addresses written below the street: a village's group and an estate's flat.

Country registers (rabies-exposure clinics, elders' health files, charity applications) place a
family by its village and the village's group, team or commune (``白沙村五组``, ``大河乡双龙村
二社``, ``团结村6队``), with no label and no province, often in brackets or after the verb that
says where something happened (``在白沙村五组被犬咬伤``). A delivery slip or a courier's note
names a housing estate only by its name and the flat (``锦绣华庭3号楼1单元602``), with no
小区 or 花园 after the name. The number after the village or the flat's building and unit is
what makes each an address; the name before it is taken back to the word that brings it in
(在, 住, 送至, a bracket, a colon). "本村", "同村", "邻村" and the like name no village.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_local_addresses"]

_CJK = "\u4e00-\u9fa5"
_NUM = "0-9一二三四五六七八九十"
#: a village's group, team or commune after the village (and its township, if written)
_VILLAGE_GROUP = re.compile(
    rf"[{_CJK}]{{1,8}}?村(?:委会)?[{_NUM}]{{1,3}}(?:村民小组|组|社|队)"
    rf"(?:[0-9]{{1,4}}号)?"
)
#: an estate's building, unit and flat (3号楼1单元602, 7栋2单元1203室, 12幢502)
_FLAT = re.compile(
    rf"[{_CJK}]{{2,10}}?(?=[0-9]{{1,3}}(?:号楼|栋|幢))"
    rf"[0-9]{{1,3}}(?:号楼|栋|幢)(?:[0-9]{{1,2}}单元[0-9]{{3,4}}室?|[0-9]{{1,2}}单元|-?[0-9]{{3,4}}室?)"
)
#: a hospital's or a campus's own building (住院部3号楼502, 门诊楼2栋): no one's home
_OWN_BUILDING = re.compile(r"(?:院|部|区|楼|科|病房|中心|大学|学院|学校)$")
#: the words that bring a place in: the name starts after the last of them
_LEAD = re.compile(
    r"^.*(?:家住|住在|居住于|居住在|居住|现住|住址|地址|送至|送到|寄至|寄到|送往|来自|位于|"
    r"户籍|籍贯|附近|旁边|隔壁|在|于|住|到|至|从|往|是|为|系|的|被|由|经)"
)
#: a "village" that is no one's: this one, the same, the next, any
_GENERIC = re.compile(r"(?:本|该|同|邻|全|各|每|外|其|我|他|她|某|附近|隔壁|农|乡)+村")


def _trim(text: str, start: int, end: int) -> int:
    """Where the place's own name starts in ``text[start:end]``."""
    head = text[start:end]
    lead = _LEAD.match(head)
    if lead is not None and end - (start + lead.end()) >= 4:
        return start + lead.end()
    return start


def find_local_addresses(text: str) -> list[PhiSpan]:
    """A village's group (``双龙村二社``) and an estate's flat (``锦绣华庭3号楼1单元602``).

    Args:
        text: a Chinese note (half-width digits).
    """
    out: list[PhiSpan] = []
    for m in _VILLAGE_GROUP.finditer(text):
        start = _trim(text, m.start(), m.end())
        if _GENERIC.match(text, start):
            continue
        out.append(PhiSpan(start, m.end(), "address"))
    for m in _FLAT.finditer(text):
        start = _trim(text, m.start(), m.end())
        name = re.sub(rf"[^{_CJK}].*", "", text[start : m.end()])
        if len(name) < 2 or _OWN_BUILDING.search(name):
            continue
        out.append(PhiSpan(start, m.end(), "address"))
    return out
