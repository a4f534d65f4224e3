"""Workplaces told by colleagues or a work-unit field, and people named by their role before what
they do; cases written for these tests (not taken from any evaluation set)."""

import pytest

from medenclave_deid.core.text.chinese_short_names import find_short_names
from medenclave_deid.core.text.chinese_workplaces import find_workplaces


def _spans(found, text: str) -> list[str]:
    return [text[s.start : s.end] for s in found(text)]


@pytest.mark.parametrize(
    ("note", "place"),
    [
        ('患者称"滨江机械厂的同事在笑我"。', "滨江机械厂"),
        ("诉东港水产市场的工友常来探望。", "东港水产市场"),
        ("单位：青山茶叶合作社  体检日期：略", "青山茶叶合作社"),
        ("工作单位：北郊蔬菜批发市场，电话见上。", "北郊蔬菜批发市场"),
        ("自述红旗农场领导已知情。", "红旗农场"),
        ("称“安达运输公司的老板扣工资”。", "安达运输公司"),
    ],
)
def test_a_workplace_is_told_by_colleagues_or_its_field(note: str, place: str) -> None:
    assert place in _spans(find_workplaces, note)


@pytest.mark.parametrize(
    "note",
    [
        "与同事关系融洽。",
        "单位：无",
        "患者的同事陪同就诊。",
        "家属及领导到场。",
    ],
)
def test_no_workplace_without_its_kind(note: str) -> None:
    assert _spans(find_workplaces, note) == []


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("家长留言：孩子萧文吃了药还是发热。", "萧文"),
        ("患者母亲邓雅琴来电询问病情。", "邓雅琴"),
        ("患儿周小乐昨天开始咳嗽。", "周小乐"),
        ("其丈夫顾林前来探视。", "顾林"),
        ("嘱两周后郑主任门诊复诊。", "郑"),
        ("三天前钱医生已查房。", "钱"),
    ],
)
def test_a_person_named_by_role_before_what_they_do(note: str, name: str) -> None:
    assert name in _spans(find_short_names, note)


@pytest.mark.parametrize(
    "note",
    [
        "孩子吃了药还是发热。",
        "患者母亲来电询问病情。",
        "术后主任查房。",
        "两周后门诊复诊。",
    ],
)
def test_no_name_where_the_role_stands_alone(note: str) -> None:
    assert _spans(find_short_names, note) == []
