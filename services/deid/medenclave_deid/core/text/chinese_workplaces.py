"""Workplaces in Chinese notes told by the people there or by a field, of kinds the company
patterns do not end with.

* an organisation opening a clause or what someone says, before the people who work there
  (``说"滨江机械厂的同事在笑我"``,
  ``东港水产市场的工友``): its kind (厂, 市场, 合作社 …) and the colleague say it is a workplace;
* the value of a work-unit field ending in a kind of rural or market workplace
  (``单位：青山茶叶合作社``, ``工作单位：北郊蔬菜批发市场``);
* the value of a school field ending in a kind of school (``学校：晨光实验小学``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_workplaces"]

_HAN = "\u4e00-\u9fa5"
_KIND = (
    r"(?:有限公司|公司|集团|工厂|厂|矿|批发市场|市场|合作社|农场|林场|养殖场|车队|工地|车间|学校|中学|小学|"
    r"大学|学院|银行|超市|商场|酒店|饭店|餐厅|物流|港务局|局|研究所|研究院)"
)
_COLLEAGUE = re.compile(
    rf"(?:^|(?<=[\s，,。；;：:\"“「『（(诉称述]))(?!自?[诉称述说])(?P<v>[{_HAN}]{{2,14}}?{_KIND})"
    r"(?=的?(?:同事|领导|工友|老板|员工|职工|师傅|同学|老师|上司|主管|经理|保安))"
)
_FIELD = re.compile(
    rf"(?:工作单位|用人单位|所在单位|单位)\s*[:：]\s*(?P<v>[{_HAN}]{{2,20}}?"
    r"(?:合作社|批发市场|市场|农场|林场|养殖场|车队|工地|矿|站|社))(?=[\s，,。；;]|$)"
)


#: a school field's value ending in a kind of school (学校：晨光实验小学)
_SCHOOL_FIELD = re.compile(
    rf"(?:学校|就读学校|所在学校|学校名称)\s*[:：]\s*(?P<v>[{_HAN}]{{2,20}}?"
    r"(?:中学|小学|大学|学院|学校|幼儿园|职高|技校|中专|附中|附小))(?=[\s，,。；;]|$)"
)


def find_workplaces(text: str) -> list[PhiSpan]:
    """Workplace spans of the module docstring's forms (overlaps not yet resolved).

    Args:
        text: the note.
    """
    return [
        PhiSpan(m.start("v"), m.end("v"), "workplace")
        for rx in (_COLLEAGUE, _FIELD, _SCHOOL_FIELD)
        for m in rx.finditer(text)
    ]
