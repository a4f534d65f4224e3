"""Chinese patient and clinician names that no label stands before: ward chat messages, aligned
form headers, names inside running sentences, after 兹有/患者/患儿/之母 with no separator, in
signature grids and headerless rows, with a title or kinship word after them (王主任, 李姨), minority
and one-character given names, childhood names in brackets, names beside bed and telephone numbers,
surgical-safety checklists, lumbar-puncture records and admission slips.

Every line of ``chinese_bare_patients_cases.txt`` was invented for this test from general knowledge
of such documents (none comes from an evaluation set). ``«value»`` marks an identifier, ``‹value›``
a clinical word or department that must stay (张力, 高压, 常规, 白细胞, 石膏, 马来酸, 黄疸, 包块 …).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"p" * 32


@marked_cases(Path(__file__).parent / "chinese_bare_patients_cases.txt", "case")
def test_bare_names_go_and_clinical_words_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    ("note", "surname"),
    [
        ("张大爷家属来了，在护士站等", "张"),  # 张大 is a word, 张大爷 a patient
        ("请张大爷家属到护士站", "张"),
        ("李姨下午转ICU", "李"),
        ("5床孙姨拒绝抽血", "孙"),
        ("冯嫂今晨进食少", "冯"),
    ],
)
def test_surname_with_kinship_address_goes(zh_notes, note: str, surname: str) -> None:
    zh_notes.gone(note, surname)


@pytest.mark.parametrize(
    ("note", "pet"),
    [
        ("3床小宝体温38.5℃", "小宝"),
        ("12床豆豆今晨哭闹", "豆豆"),
        ("5床阿强诉头痛", "阿强"),
        ("10床老李今晨血压正常", "老李"),
        ("9床范小军术后第1天", "范小军"),
    ],
)
def test_patient_named_right_after_the_bed_goes(zh_notes, note: str, pet: str) -> None:
    zh_notes.gone(note, pet)


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("3床小便，量少", "3床小便，量少"),
        ("3床老年患者，夜间睡眠差", "3床老年患者"),
        ("瞳孔张大，对光反射迟钝", "瞳孔张大"),
        ("家属到护士站", "护士站"),
        ("前往国家/地区：安哥拉  出境事由：务工", "安哥拉"),  # 安 and 哥 open a country's name
        ("墨西哥籍，王哥陪同", "墨西哥"),
        ("请来护士站签字，护士台已备好", "护士站签字"),
    ],
)
def test_ward_words_stay(zh_notes, note: str, kept: str) -> None:
    zh_notes.check(note, kept=[kept])


def test_form_line_of_labels_and_values_heads_no_name_column(zh_notes) -> None:
    out = zh_notes.check(
        "姓名  黄建设    性别  男    年龄  63\n收治科室  普外科    开证医师  梁勇", gone=["黄建设", "梁勇"]
    )
    assert "收治科室" in out


def test_tagged_name_stops_before_the_patients_state(zh_notes) -> None:
    zh_notes.check("今晨查房见刘桂兰神志清，精神可", gone=["刘桂兰"], kept=["神志清"])


def test_last_listed_name_before_a_count_goes(zh_notes) -> None:
    zh_notes.check("马丽、王芳、韦妹三人为同一病房", gone=["马丽", "王芳", "韦妹"], kept=["三人为同一病房"])
