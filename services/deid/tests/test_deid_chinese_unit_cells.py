"""Sign-in sheets' unit columns, named care homes and parcel stations, a caller's own name and
school, and role words that are no names (``core/text/chinese_unit_cells.py``).

Every line of ``chinese_unit_cells_cases.txt`` was written for this test from general knowledge
of Chinese clinic forms and hotline notes (none comes from an evaluation set); ``«value»`` marks
an identifier, ``‹value›`` a clinical term or an everyday word that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.core.text.chinese_unit_cells import drop_role_words, find_unit_cells
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_testing.marked_notes import marked_cases

SECRET = b"u" * 32


@marked_cases(Path(__file__).parent / "chinese_unit_cells_cases.txt", "case", digits=2)
def test_units_and_callers_go_and_roles_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "text",
    [
        "序号 姓名 单位\n1 无 个体",
        "送本镇敬老院",
        "由快递驿站代收",
        "我叫不出他的名字。",
        "生产厂家 某某药业有限公司 10mg",
    ],
)
def test_generic_units_and_phrases_name_nothing(text: str) -> None:
    assert find_unit_cells(text) == []


def test_a_name_overlapping_a_role_word_is_dropped() -> None:
    text = "签约家庭医生：乡村医生 某某"
    spans = [PhiSpan(0, 4, "name"), PhiSpan(7, 11, "name"), PhiSpan(12, 14, "name")]
    assert drop_role_words(text, spans) == [PhiSpan(12, 14, "name")]
