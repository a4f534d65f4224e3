"""A relative named in brackets after a telephone number, and a branch or an outlet filling a
cell of a delimited row, go whatever their surname or column (``core/text/chinese_role_names.py``,
``chinese_workplaces.py``); what such brackets and cells hold when they name no one stays.

Every case was written for this test (none comes from an evaluation set).
"""

from __future__ import annotations

import pytest

from medenclave_deid.core.text.chinese_role_names import find_role_names
from medenclave_deid.core.text.chinese_workplaces import find_workplaces


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("联系电话：13912345678（母亲吉克阿依）", "吉克阿依"),
        ("紧急联系人电话 0834-2236677（丈夫沙马拉且）", "沙马拉且"),
        ("手机 139 1234 5678（女儿买买提·艾力）", "买买提·艾力"),
    ],
)
def test_a_relative_after_a_number_is_a_name(text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in find_role_names(text)] == [name]


@pytest.mark.parametrize(
    "text",
    ["联系电话：13912345678（父亲的手机）", "联系电话：13912345678（母亲已故）", "电话13912345678（母亲）"],
)
def test_brackets_naming_the_line_name_no_one(text: str) -> None:
    assert find_role_names(text) == []


def test_a_branch_cell_is_a_workplace() -> None:
    text = (
        "序号,姓名,单位,样本\n1,某甲,青城圆通快递营业部,咽拭子\n"
        "2,某乙,城西农商银行东街支行,咽拭子\n3,某丙,本网点,咽拭子"
    )
    found = [text[s.start : s.end] for s in find_workplaces(text)]
    assert found == ["青城圆通快递营业部", "城西农商银行东街支行"]


def test_a_branch_word_in_prose_is_no_cell() -> None:
    assert find_workplaces("患者今日到营业部办理业务。") == []
