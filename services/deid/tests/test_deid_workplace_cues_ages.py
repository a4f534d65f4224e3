"""Workplaces after the cues of an occupational history that are not "works at" (an exposure at
work, a lay-off, coworkers, an employer's label with a dash, a business the person owns or runs),
and Chinese ages over 89 in an age field whose label carries its unit after a slash, in square
brackets or after an underscore (年龄/岁：92, 年龄[岁]：96, 年龄_岁=93, a table's 年龄/岁 column), or
said the literary way (九十有二); a lower-case surname after a lower-case title (``pt is mrs.
goldberg``); a Chinese name that is also a word right after a clinician's title (心理治疗师宁静访谈).

Every line of the ``*_cases.txt`` files read here was invented for this test from general
knowledge of such notes (none comes from an evaluation set).
``«value»`` marks an identifier, ``‹value›`` a clinical word that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"w" * 32
_HERE = Path(__file__).parent


@marked_cases(_HERE / "english_workplace_cues_cases.txt", "en")
def test_english_workplaces_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(_HERE / "chinese_age_unit_labels_cases.txt", "zh")
def test_chinese_ages_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "note",
    [
        "He owns a home in town.",
        "She runs Lasix 40 mg IV.",
        "He manages Type 2 diabetes.",
        "He runs Marathons.",
    ],
)
def test_no_business_no_workplace(note: str) -> None:
    from medenclave_deid.core.text.english_workplace_cues import find_workplace_cues

    assert find_workplace_cues(note, lambda w: w.isalpha()) == []


@pytest.mark.parametrize(
    "note",
    ["年龄/岁：89", "年龄/岁：45", "体重/kg：92", "心率/次：96", "病例数/例：95", "年龄/性别：女"],
)
def test_small_ages_and_measures_stay(zh_notes, note: str) -> None:
    zh_notes.check(note, kept=(note,), gone=())


@marked_cases(_HERE / "english_lower_titles_cases.txt", "lower")
def test_lower_titled_surnames_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(_HERE / "chinese_titled_word_names_cases.txt", "titled")
def test_word_names_after_titles_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize("note", ["医师查看。", "护士长不在", "药师 华法林", "医生 同意。", "主治医师意见："])
def test_title_words_stay(note: str) -> None:
    from medenclave_deid.core.text.chinese_titled_word_names import find_titled_word_names

    assert find_titled_word_names(note) == []
