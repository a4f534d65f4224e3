"""Hospitals called by a colloquial abbreviation (川医附院, 城东中医, 宜州中心, 沙湾医), and the
Latin grades, water pressures and acronyms in brackets that stay in Chinese notes
(``core/text/chinese_hospital_abbrevs.py``, ``chinese_keep.py``, ``english.py``).

Every line of ``chinese_hospital_abbrevs_cases.txt`` was written for this test from general
knowledge of Chinese ward paperwork (none comes from an evaluation set); ``«value»`` marks an
identifier, ``‹value›`` a clinical term or an everyday word that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.core.text.chinese_hospital_abbrevs import find_abbreviated_hospitals
from medenclave_testing.marked_notes import marked_cases

SECRET = b"h" * 32


@marked_cases(Path(__file__).parent / "chinese_hospital_abbrevs_cases.txt", "case", digits=2)
def test_abbreviated_hospitals_go_and_terms_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("（川中附院植入，", "川中附院"),
        ("报120送红山中医急诊", "红山中医"),
        ("能不能转卫生院\n", "卫生院"),
        ("送东湖医急诊", "东湖医"),
        ("既往在大理中心住院", "大理中心"),
    ],
)
def test_abbreviations_placed_by_care(text: str, value: str) -> None:
    assert value in {text[s.start : s.end] for s in find_abbreviated_hospitals(text)}


@pytest.mark.parametrize(
    "text",
    ["建议中医治疗。", "转内镜中心行胃镜", "在透析中心透析", "去看中医", "找老中医调理", "转中西医结合科",
     "在卒中中心溶栓", "中心静脉置管", "及时送医就诊", "在本院住院"],
)
def test_departments_and_kinds_of_medicine_name_no_hospital(text: str) -> None:
    assert find_abbreviated_hospitals(text) == []
