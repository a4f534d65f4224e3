"""Chinese registers typed one space apart (a fever clinic's list, a triage sheet: an age over
89 and a visit number in their columns), export columns named for whose record they are
(母亲住院号, 新生儿ID), a Latin scale written flush before its score word after 患者 (患者Braden
评分) or after a record number on a form's line, and words that are no name (请及时补缴, 与患者
女儿沟通，女儿…).

Every line of ``chinese_registers_scales_cases.txt`` was invented for this test from general
knowledge of such documents (none comes from an evaluation set). ``«value»`` marks an identifier,
``‹value›`` a clinical word that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"r" * 32


@marked_cases(Path(__file__).parent / "chinese_registers_scales_cases.txt", "case")
def test_registers_and_scales(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "note",
    [
        "序号 项目 结果 单位\n1 白细胞 9.6 10^9/L",
        "序号 姓名 性别 体温\n1 某某 男 38.6",
        "护理等级 一级 二级 三级",
    ],
)
def test_plain_tables_give_nothing(note: str) -> None:
    from medenclave_deid.core.text.chinese_single_space_tables import find_single_space_cells

    assert find_single_space_cells(note) == []
