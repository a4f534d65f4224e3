"""Chinese forms that the v5 development set showed the rules missing, in cases written for these
tests (not taken from any evaluation set): month-day dates placed by a field, a time or a
dateline; an age field without 岁; and clinical words that stand where names stand (a drug in
brackets after a doctor, a measured quantity after a label)."""

import pytest

from medenclave_deid.core.text.chinese_dates import find_chinese_dates

SECRET = b"q" * 32


def _dates(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_chinese_dates(text)]


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("门诊号：88231  复诊日期：8.17\n主诉：咳嗽两周。", "8.17"),
        ("报告日期： 12/9\n影像所见：双肺纹理增多。", "12/9"),
        ("探视时间：11.30 16:00\n探视人：患者之子", "11.30"),
        ("末次月经：5.2   孕周：8周", "5.2"),
        ("采 集 日 期：7.6，标本合格。", "7.6"),
    ],
)
def test_a_month_day_is_a_date_as_a_field_value(note: str, date: str) -> None:
    assert date in _dates(note)


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("输液巡视\n5.3 14:20 第1天 滴速正常 护士签名", "5.3"),
        ("（10/14 07:45）患者诉腹痛。", "10/14"),
        ("复测体温，8.29 21:05 37.2℃。", "8.29"),
        ("11.2  06:30 空腹血糖5.6mmol/L", "11.2"),
        ("交班：12.31 23:40 患者安睡。", "12.31"),
    ],
)
def test_a_month_day_before_a_time_of_day_is_a_date(note: str, date: str) -> None:
    assert date in _dates(note)


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("心内科病程记录  某市人民医院\n9.18   副主任医师查房记录\n患者胸闷好转。", "9.18"),
        ("查房记录\n2.27\n患者一般情况可。", "2.27"),
        ("神经内科\n6.3  主任医师查房\n患者言语好转。", "6.3"),
        ("于8.21收入我科", "8.21"),
        ("患者于 3/9 在外院行胃镜检查", "3/9"),
        ("因发热于12.5来诊", "12.5"),
    ],
)
def test_a_month_day_as_a_dateline_or_after_yu_is_a_date(note: str, date: str) -> None:
    assert date in _dates(note)


@pytest.mark.parametrize(
    "note",
    [
        "血钾3.5mmol/L，复查血钾3.8。",
        "体温高于38.5℃时予退热。",
        "肌力降至3/5级。",
        "于3.5小时后复查。",
        "1.2  诊断依据\n2.1 鉴别诊断",
        "日期：3.5周后复诊",
        "肌酐低于1.2，血压等于12.5 kPa。",
    ],
)
def test_values_and_section_numbers_are_no_dates(note: str) -> None:
    assert _dates(note) == []


@pytest.mark.parametrize(
    ("note", "age"),
    [
        ("姓名：某某  年龄：93  性别：男", "93"),
        ("年龄：年龄：101  门诊号：12345", "101"),
        ("年 龄： 96\n主诉：乏力。", "96"),
        ("性别：女，年龄：90，职业：退休。", "90"),
        ("年龄:99  科室：老年科", "99"),
    ],
)
def test_an_age_field_over_89_without_sui_is_removed(zh_notes, note: str, age: str) -> None:
    assert age not in zh_notes.text(note)


@pytest.mark.parametrize(
    "note",
    [
        "年龄：45  性别：男",
        "年龄：92天  出生体重3.1kg",
        "年龄：95个月",
    ],
)
def test_a_young_age_or_an_infant_age_field_stays(zh_notes, note: str) -> None:
    assert zh_notes.text(note) == note


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("麻醉医师：钟晓（咪达唑仑镇静）", "咪达唑仑镇静"),
        ("主刀：谢宏（硬膜外麻醉）", "硬膜外麻醉"),
        ("护士：白雪（利多卡因）局部浸润", "利多卡因"),
        ("接诊医生：龚建（头孢曲松静滴）", "头孢曲松静滴"),
        ("麻醉医师：温宁（七氟烷吸入麻醉）", "七氟烷吸入麻醉"),
    ],
)
def test_a_drug_or_treatment_in_brackets_after_a_doctor_is_no_alias(zh_notes, note: str, kept: str) -> None:
    assert kept in zh_notes.text(note)


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("查体：宫高31cm，腹围98cm", "宫高31cm"),
        ("检查：宫高28cm，胎心140次/分", "宫高28cm"),
        ("测量：臂围24cm，小腿围33cm", "臂围24cm"),
        ("检查：甘油三酯2.3 mmol/L，宫高29 cm", "宫高29 cm"),
        ("产检：宫底高度30厘米", "宫底高度30厘米"),
    ],
)
def test_a_measured_quantity_after_a_label_is_no_name(zh_notes, note: str, kept: str) -> None:
    assert kept in zh_notes.text(note)
