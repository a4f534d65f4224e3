"""Chinese names placed by the list or the person field they stand in, a home name in brackets
and a long name told again; cases written for these tests (not taken from any evaluation set)."""

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text.chinese import find_chinese_phi
from medenclave_deid.core.text.chinese_person_lists import find_person_lists

SECRET = b"r" * 32


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_person_lists(text)]


@pytest.mark.parametrize(
    ("note", "names"),
    [
        ("经我院蒋立平、贾思远两名主治医师会诊，同意手术。", ["蒋立平", "贾思远"]),
        ("处置：保安严国栋、符俊到场，家属离开。", ["严国栋", "符俊"]),
        ("保安图门巴雅尔、邹红梅到场劝离", ["图门巴雅尔", "邹红梅"]),
        ("评估员：柯莉、朝鲁门\n", ["柯莉", "朝鲁门"]),
        ("参加人员：顾明哲、苏日娜、韦倩等", ["顾明哲", "苏日娜", "韦倩"]),
    ],
)
def test_every_item_of_a_list_of_people_is_a_name(note: str, names: list[str]) -> None:
    assert set(names) <= set(_names(note))


@pytest.mark.parametrize(
    "note",
    [
        "护士：测血压、翻身，患者安静。",
        "家属：儿子、女儿到场。",
        "我院心内科、呼吸科两名医师会诊。",
        "护士予吸氧、心电监护，病情平稳。",
    ],
)
def test_a_list_of_acts_or_kin_is_no_list_of_names(note: str) -> None:
    assert _names(note) == []


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("责任护士：斯琴高娃    值班医生：某某", "斯琴高娃"),
        ("报告人：额尔敦（电话略）", "额尔敦"),
        ("男方：巴图孟和  38岁  职业：司机", "巴图孟和"),
        ("委托代理人：其木格（外甥女）  电话略", "其木格"),
        ("经过：患者阿拉坦仓（病案号略）因胸痛就诊", "阿拉坦仓"),
        ("家属情绪激动，推搡护士雨欣。", "雨欣"),
        ("家属双立新情绪激动，大声喧哗。", "双立新"),
        ("其子冼建军拒绝签字。", "冼建军"),
    ],
)
def test_a_name_without_a_surname_in_a_person_field_is_a_name(note: str, name: str) -> None:
    assert name in _names(note)


@pytest.mark.parametrize(
    "note",
    [
        "报告人：不详\n",
        "男方：体健  女方：正常\n",
        "委托代理人：女儿（已签字）",
        "联系人：本人，电话略",
        "推搡护士后离开。",
        "家属情绪激动，拒绝签字。",
        "其女表示理解。",
    ],
)
def test_a_person_field_holding_no_name_is_kept(note: str) -> None:
    assert _names(note) == []


def test_a_home_name_in_brackets_is_a_name_without_its_label() -> None:
    note = "患儿：祝明轩（小名乐乐），男，5岁。\n主诉：乐乐近半年挑食。"
    spans = [note[s.start : s.end] for s in find_chinese_phi(note)]
    assert "乐乐" in spans
    out = make_note_deidentifier(SECRET).deidentify(note, lang="zh").text
    assert "乐乐" not in out
    assert "小名" in out


def test_a_long_name_without_a_surname_is_replaced_where_told_again() -> None:
    note = "责任护士：斯琴高娃    值班医生：某某\n输液顺利。斯琴高娃  7月2日"
    out = make_note_deidentifier(SECRET).deidentify(note, lang="zh").text
    assert "斯琴高娃" not in out


def test_the_other_cells_of_a_headerless_column_of_names_are_names() -> None:
    note = (
        "血糖随访：\n"
        "2022-03-01  空腹 6.1  二甲双胍0.5g bid  孔令辉\n"
        "2022-03-15  空腹 7.4  二甲双胍0.5g bid  孟和巴雅尔\n"
        "2022-03-29  空腹 6.8  二甲双胍1g bid  蔡文静\n"
        "2022-04-12  空腹 6.5  二甲双胍1g bid  和建新\n"
    )
    names = {note[s.start : s.end] for s in find_chinese_phi(note) if s.category == "name"}
    assert {"孟和巴雅尔", "和建新"} <= names


def test_a_column_without_found_names_is_no_column_of_names() -> None:
    note = (
        "2022-03-01  空腹 6.1  二甲双胍  稳定\n"
        "2022-03-15  空腹 7.4  二甲双胍  好转\n"
        "2022-03-29  空腹 6.8  胰岛素  复查\n"
    )
    assert [s for s in find_chinese_phi(note) if s.category == "name"] == []
