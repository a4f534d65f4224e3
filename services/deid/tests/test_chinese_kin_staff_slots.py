"""Chinese ages said in passing (“过了95就…”), relatives after the relation with a phone in
brackets (长子某某（电话…）), compound surnames (即墨, 公冶) in a list or a slot, a surname before
a title after the act of telling (报告某主任), transliterated names in staff slots (管理员：某某师傅,
主管医师某某某) and an injection table's 注射者 column; and the fixes of name spans that took a
title, a label or a clinical word: 评估护士：缑护士 keeps 评估护士 and 护士, 护士长李某 keeps 护士长,
a herb (白芥子), an IUD brand (吉妮环-like 某某环) and a pain score (VAS 2/6分) stay.

Every line of the ``*_cases.txt`` files read here was invented for this test from general
knowledge of such notes (none comes from an evaluation set). ``«value»`` marks an identifier,
``‹value›`` a clinical word or a label that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"k" * 32
_HERE = Path(__file__).parent


@marked_cases(_HERE / "chinese_kin_staff_slots_cases.txt", "slot")
def test_kin_and_staff_slots_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@marked_cases(_HERE / "chinese_title_trims_cases.txt", "trim")
def test_titles_and_terms_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "note",
    [
        "家属诉老人心率都100了，血糖过了11。",
        "患者称“血压都150了”。",
        "她说“体重快95了”。",
        "家属称“已经住了95天了”。",
        "长子同意手术，长女签字。",
        "患者即墨人，即墨籍。",
        "报告上级医师。",
        "护士长查房，护士执行医嘱。",
        "主管医师查房后。",
    ],
)
def test_words_stay(note: str) -> None:
    from medenclave_deid.core.text.chinese_kin_staff_slots import find_kin_staff_slots

    assert find_kin_staff_slots(note) == []
