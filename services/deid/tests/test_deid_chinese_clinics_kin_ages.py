"""A local body's clinic (区疾控中心…门诊) as a letterhead or a 门诊 field; a name before a staff
title (…康复治疗师, …药师); a partner's given name before the relation in brackets (性伴：…（男友）);
a parent's given name after 家长 before 签字; an age over 89 the patient says (“我93了”); a name in
capitals after NAME or 拼音; a work unit in a two-column table row; and a menstrual formula
(初潮，5/28天) that is no date.

Every line of ``chinese_clinics_kin_ages_cases.txt`` was invented for this test from general
knowledge of such notes (none comes from an evaluation set). ``«value»`` marks an identifier,
``‹value›`` a clinical word that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"z" * 32


@marked_cases(Path(__file__).parent / "chinese_clinics_kin_ages_cases.txt", "case")
def test_clinics_kin_ages_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "note",
    [
        "已上报市疾控中心，等待复核。",
        "建议到县医院进一步检查。",
        "县医院门诊随访。",
        "市疾控中心门诊",
        "由康复治疗师指导训练。",
        "请主管药师核对处方。",
        "性伴：无（单身）",
        "性伴：固定（配偶）",
        "家长已签字。",
        "家长本人签字确认。",
        "家长现场签名。",
        "患者说“我80了，还能走”。",
        "我95年参加工作。",
        "NAME: 见上",
        "| 用人单位 | 个体 |",
    ],
)
def test_words_stay(note: str) -> None:
    from medenclave_deid.core.text.chinese_clinics_kin_ages import find_clinics_kin_ages

    assert find_clinics_kin_ages(note) == []


def test_menstrual_formula_stays_but_dates_go(zh_notes) -> None:
    zh_notes.check("月经史：12岁初潮，4-6/26-32天，经量中。\n就诊日期：5/28", kept=("4-6/26-32",), gone=())


@pytest.mark.parametrize("note", ["序列号 见铭牌", "序列号 UNKNOWN", "SN HYPERECHOIC", "序列号 ABC"])
def test_serial_words_stay(note: str) -> None:
    from medenclave_deid.core.text.chinese_documents import find_documents_and_serials

    assert find_documents_and_serials(note) == []
