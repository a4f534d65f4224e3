"""Chinese names no surname list knows: a quoted nickname after the words that give one (叫她,
喊他, 管她叫, 外号, 人称, 乳名 …) and its later bare uses; a Mongolian, Tibetan or Uyghur name at a
bed (before the record number, or written in transliteration characters); a relative named before
what he does (家属某某在/说/电话/签字); a named unit someone goes back to or works at (回…合作社上班).

Every line of ``chinese_nicknames_beds_cases.txt`` was invented for this test from general knowledge
of such notes (none comes from an evaluation set). ``«value»`` marks an identifier, ``‹value›`` a
clinical word that must stay (instructions in quotes, drugs and diagnoses after a bed, 家属均在场).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"k" * 32


@marked_cases(Path(__file__).parent / "chinese_nicknames_beds_cases.txt", "case")
def test_nicknames_bed_names_and_relatives_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "note",
    ["医生叫他“少喝酒”。", "护士叫她“深呼吸”。", "家属均在场。", "陪护阿姨说患者未睡。",
     "5床新入院，住院号2231452。", "护士叫他抬头。"],
)
def test_instructions_and_words_stay(zh_notes, note: str) -> None:
    from medenclave_deid.core.text.chinese_nicknames import find_nicknames_and_bed_names

    assert find_nicknames_and_bed_names(note) == []
