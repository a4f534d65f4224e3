"""Ages over 89 in Chinese words (百岁, 百零三岁, 一〇二岁, 年龄：九十七), device serial columns
(假体编号, 设备序列号, SN over a row) beside model and lot columns that stay, and relatives' name
columns (监护人, 紧急联系人, 配偶, 家长, 法定代理人) of the forms Chinese hospitals export.

Every line of ``chinese_forms_ages_serials_zh10_cases.txt`` was invented for this test from
general knowledge of such forms (none comes from an evaluation set). ``«value»`` marks an
identifier, ``‹value›`` a term, model, lot, size or measurement that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"z" * 32


@marked_cases(Path(__file__).parent / "chinese_forms_ages_serials_zh10_cases.txt", "case")
def test_ages_serials_and_relatives(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "note",
    ["祝老人长命百岁。", "十一二岁的孩子", "第一百零二次会议", "九五折优惠", "患儿9岁，体重30 kg。",
     "今年95例手术", "年龄95%CI", "年龄90-95岁组", "今年90年代",
     "开展高龄（百岁）老人健康体检。", "发放百岁老人补贴。"],
)
def test_no_age_over_89_here(note: str) -> None:
    from medenclave_deid.core.text.chinese_ages_serials_zh10 import find_ages_serials_relatives

    assert [s for s in find_ages_serials_relatives(note) if s.category == "age"] == []


def test_model_and_lot_columns_stay() -> None:
    from medenclave_deid.core.text.chinese_ages_serials_zh10 import find_ages_serials_relatives

    note = "批号,型号,规格\nLOT2308A,ACT-54,54mm\n"
    assert find_ages_serials_relatives(note) == []


@pytest.mark.parametrize(
    "note", ["在某医院（三甲）就诊。", "转至当地医院（外院）。", "诊所（个体）", "医院（门诊楼）"]
)
def test_no_hospital_alias_here(note: str) -> None:
    from medenclave_deid.core.text.chinese_ages_serials_zh10 import find_ages_serials_relatives

    assert find_ages_serials_relatives(note) == []
