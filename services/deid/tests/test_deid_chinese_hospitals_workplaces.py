"""Local hospitals and dispensaries by their short names, workplaces of pupils and miners, account
and case numbers of 工伤 and 退费 paperwork, and the departments that stay
(``core/text/chinese_hospitals.py``, ``chinese_workplaces.py``, ``chinese.py``).

Every line of ``chinese_hospitals_workplaces_cases.txt`` was written for this test from general
knowledge of Chinese ward and insurance paperwork (none comes from an evaluation set);
``«value»`` marks an identifier, ``‹value›`` a clinical term or an everyday word that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.core.text.chinese_hospitals import find_short_hospitals
from medenclave_deid.core.text.chinese_workplaces import find_workplaces
from medenclave_deid.core.text.lexicon import CN_DEPARTMENTS
from medenclave_testing.marked_notes import marked_cases

SECRET = b"p" * 32


@marked_cases(Path(__file__).parent / "chinese_hospitals_workplaces_cases.txt", "case", digits=2)
def test_places_and_numbers_go_and_terms_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize("department", CN_DEPARTMENTS)
def test_a_department_names_no_one(zh_notes, department: str) -> None:
    zh_notes.check(f"患者转{department}继续治疗，{department}医师查房。", kept=[department])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("已上报县疾控中心。", "县疾控中心"),
        ("转市结核病防治所治疗", "市结核病防治所"),
        ("在区妇幼建档", "区妇幼"),
        ("曾报至青山区职业病防治院", "青山区职业病防治院"),
    ],
)
def test_local_dispensaries_are_places_of_care(text: str, value: str) -> None:
    found = {text[s.start : s.end] for s in find_short_hospitals(text)}
    assert value in found, found


@pytest.mark.parametrize(
    "text", ["病情好转出院。", "转上级医院。", "在门诊排队挂号。", "已报告上级。", "建档立卡户"]
)
def test_words_of_care_alone_name_no_place(text: str) -> None:
    assert find_short_hospitals(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("患儿为青禾小学二年级学生", "青禾小学"),
        ("在东岭煤矿井下作业", "东岭煤矿"),
        ("在红岩采石场干活", "红岩采石场"),
        ("在南港物流园卸货时受伤", "南港物流园"),
        ("自己开东街理发店", "东街理发店"),
    ],
)
def test_schools_and_mines_by_what_is_done_there(text: str, value: str) -> None:
    assert value in {text[s.start : s.end] for s in find_workplaces(text)}


@pytest.mark.parametrize(
    "text", ["在本村小学读书", "在一家煤矿干活", "在当地小学三年级", "开车去超市，买菜。", "在附近物流园搬货"]
)
def test_local_schools_and_mines_name_nothing(text: str) -> None:
    assert find_workplaces(text) == []
