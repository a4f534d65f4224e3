"""Hospitals named with a campus, a branch or a county's alliance and a city's hospital cut short
(``core/text/chinese_hospital_branches.py``), and people told by a spoken kinship word, a letter
to a parent, an authorisation, a signature field or a pet name in brackets
(``core/text/chinese_spoken_kin.py``).

Every line of ``chinese_branches_spoken_kin_cases.txt`` was written for this test from general
knowledge of Chinese forms, letters and diaries (none comes from an evaluation set); ``«value»``
marks an identifier, ``‹value›`` a clinical term or an everyday word that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.core.text.chinese_hospital_branches import extend_hospital_branches
from medenclave_deid.core.text.chinese_spoken_kin import find_spoken_kin
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_testing.marked_notes import marked_cases

SECRET = b"k" * 32


@marked_cases(Path(__file__).parent / "chinese_branches_spoken_kin_cases.txt", "case", digits=2)
def test_branches_and_spoken_kin_go_and_terms_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)


def test_a_campus_runs_on_from_a_found_hospital() -> None:
    text = "转至某某市中心医院滨江院区治疗"
    found = [PhiSpan(2, 10, "hospital")]
    spans = extend_hospital_branches(text, found)
    assert "某某市中心医院滨江院区" in {text[s.start : s.end] for s in spans}


def test_a_hospital_label_is_dropped() -> None:
    text = "定点医院：某某医院"
    spans = extend_hospital_branches(text, [PhiSpan(0, 4, "hospital"), PhiSpan(5, 9, "hospital")])
    assert {text[s.start : s.end] for s in spans} == {"某某医院"}


@pytest.mark.parametrize(
    "text",
    ["陪同人：王某（哥哥），电话", "妈妈说今天很好，老公也来了。", "家长签字：", "委托方传真另附"],
)
def test_no_name_without_one(text: str) -> None:
    assert find_spoken_kin(text, []) == []
