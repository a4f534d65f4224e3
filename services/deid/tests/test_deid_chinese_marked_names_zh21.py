"""Names a Chinese note marks as names though their characters read as words: every cell of an
export's newborn column (婴儿, 新生儿, 患儿), a home name marked （小名）, a name in a person's slot
that opens with a word (周一…, 韩国…), whom a social worker serves (服务对象：); ages over 89 said
in speech without 岁 (“我爸96了”, 我都九十…了); 第五 as a surname before a title in a label's slot;
and Latin eponyms fused to the operation they name (Miles术后).

Every line of ``chinese_marked_names_zh21_cases.txt`` was invented for this test from general
knowledge of such notes (none comes from an evaluation set). ``«value»`` marks an identifier,
``‹value›`` a clinical word that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"m" * 32


@marked_cases(Path(__file__).parent / "chinese_marked_names_zh21_cases.txt", "case")
def test_marked_names_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "note",
    [
        "随访：周一复查血常规。",
        "家属：何首乌煎服后腹泻。",
        "服务对象：独居老人",
        "孩子（小名）",
        "她血压90了，复测。",
        "我都八十九了",
    ],
)
def test_words_stay(note: str) -> None:
    from medenclave_deid.core.text.chinese_clinics_kin_ages import find_clinics_kin_ages
    from medenclave_deid.core.text.chinese_marked_names_zh21 import find_marked_names

    assert find_marked_names(note) == []
    assert find_clinics_kin_ages(note) == []


def test_ordinal_stays_where_no_title_follows(zh_notes) -> None:
    zh_notes.check("督导：第五老师\n第五次随访，第五腰椎无压痛。", kept=("第五次", "第五腰椎"), gone=())


def test_eponym_that_names_the_patient_goes(zh_notes) -> None:
    zh_notes.check("姓名：Nadia Okafor\nOkafor术后第2天，引流通畅。", kept=("术后第2天",), gone=("Okafor",))
