"""A form's line opened by a person with the sex and age after it, a surname alone between a
hospital's word and a title, rarer compound surnames, more Tibetan name parts and plates written
with a province's other abbreviation. Lines written for these tests (not taken from any evaluation
set)."""

import pytest

SECRET = b"h" * 32


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("转运记录单\n原立新  男  67岁  住院号 ZY0000001", "原立新"),
        ("床旁交接\n檀晓  女  45岁  床号 12", "檀晓"),
        ("病例：\n- 区宁，女，66岁，标本已送", "区宁"),
    ],
)
def test_a_name_opening_a_row_before_sex_and_age_goes(zh_notes, note: str, name: str) -> None:
    zh_notes.gone(note, name)


@pytest.mark.parametrize(
    "note", ["交接单\n患者  女  70岁  住院号 12345678", "登记\n老年  男  81岁  陪同 无"])
def test_a_word_for_the_patient_opening_the_row_stays(zh_notes, note: str) -> None:
    assert note.split("\n")[1][:2] in zh_notes.text(note)


@pytest.mark.parametrize(
    ("note", "name"),
    [("本院仝主任同意会诊。", "仝"), ("外院联系人宾医生，电话另附。", "宾")],
)
def test_a_surname_between_a_hospital_word_and_a_title_goes(zh_notes, note: str, name: str) -> None:
    zh_notes.gone(note, name)


@pytest.mark.parametrize("note", ["本院科主任同意。", "我院副主任医师查房。"])
def test_a_title_word_after_the_hospital_stays(zh_notes, note: str) -> None:
    assert zh_notes.text(note) == note


@pytest.mark.parametrize(
    ("note", "name"),
    [("主持：淳于立平    记录：某某", "淳于立平"), ("会诊：鲜于敏", "鲜于敏"),
     ("陪护人 梅朵拉姆｜姐姐", "梅朵拉姆"), ("其母索南卓嘎今年70岁", "索南卓嘎")],
)
def test_rarer_compound_surnames_and_tibetan_parts_go(zh_notes, note: str, name: str) -> None:
    zh_notes.gone(note, name)


@pytest.mark.parametrize(
    ("note", "plate"),
    [("接送车辆 黔A·1234B，已到门诊", "黔A·1234B"), ("家属车 滇K52C31 停放地下", "滇K52C31")],
)
def test_a_plate_with_the_other_province_abbreviation_goes(zh_notes, note: str, plate: str) -> None:
    zh_notes.gone(note, plate)
