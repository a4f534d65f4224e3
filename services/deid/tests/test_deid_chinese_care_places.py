"""A hospital named short where a kind of care was had (产检在…, 透析于…); cases written for these
tests (not taken from any evaluation set)."""

import pytest

from medenclave_deid.core.text.chinese_hospitals import find_short_hospitals


def _hospitals(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_short_hospitals(text)]


@pytest.mark.parametrize(
    ("note", "place"),
    [
        ("前几次产检在仁济。", "仁济"),
        ("规律透析于中大附一，每周三次。", "中大附一"),
        ("孕早期建档于市妇幼；", "市妇幼"),
        ("既往化疗都在肿瘤医大，末次3周前。", "肿瘤医大"),
        ("上次体检于省立，未见异常。", "省立"),
        ("平时复诊在南医二附，", "南医二附"),
    ],
)
def test_the_place_of_care_closing_its_clause_is_a_hospital(note: str, place: str) -> None:
    assert place in _hospitals(note)


@pytest.mark.parametrize(
    "note",
    [
        "住院在即。",
        "复查在门诊。",
        "产检在老家，",
        "就诊于我院，",
        "透析在家中。",
        "化疗于术后，",
        "分娩于孕晚期。",
        "体检于外院；",
    ],
)
def test_times_and_generic_places_are_no_hospitals(note: str) -> None:
    assert _hospitals(note) == []
