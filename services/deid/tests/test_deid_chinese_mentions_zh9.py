"""Chinese names, streets and workplaces mentioned in passing: a self-given name in quotes (自称“…”)
and the real name after 真名; a street named alone by what stands near it (（某某路附近）, 停在某某巷边上);
a workplace after the word that ties someone to it (挂靠, 抬头, 供职于); a clinician by surname and
title after a role (督导某老师, 授课：某助产士), and a found name's first character before a title
elsewhere; a dictated name before 逗号; a staff row's number/name; a relative before the relation
in brackets; a transliterated name in a comma-separated cell.

Every line of ``chinese_mentions_zh9_cases.txt`` was invented for this test from general knowledge
of such notes (none comes from an evaluation set). ``«value»`` marks an identifier, ``‹value›`` a
clinical word that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"z" * 32


@marked_cases(Path(__file__).parent / "chinese_mentions_zh9_cases.txt", "case")
def test_mentions_in_passing_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "note",
    ["患者自称“没事”，拒绝复查。", "在马路边上摔倒。", "住在家里附近。", "挂靠公司名下车辆。",
     "心内科主任查房，副主任医师复核。", "县城小学老师。", "报市医保局备案。", "沿高速公路旁行驶时发病。",
     "在这条路旁等车。", "见东方红（东方红）。", "（慕容氏）"],
)
def test_words_stay(note: str) -> None:
    from medenclave_deid.core.text.chinese_mentions_zh9 import find_mentions

    assert find_mentions(note) == []
