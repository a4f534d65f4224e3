"""Chinese names, workplaces and hospitals in shapes the cue rules were not written for, and the
clinical and everyday words that start with a surname character.

Every line of ``chinese_unseen_shapes_cases.txt`` was written for this test from general knowledge
of Chinese hospital documents (none comes from an evaluation set): given names with no surname
opening a sentence (建国诉…), pet names (丫丫, 小胖), names after the workers around a ward (保洁,
村医, 网格员), minority names (扎西, 其其格, 买买提·艾力), community offices and small workplaces
(…街道办, …合作社), and words such as 高血压, 石膏, 文明 that must stay. ``«value»`` marks an
identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"u" * 32


@marked_cases(Path(__file__).parent / "chinese_unseen_shapes_cases.txt", "case")
def test_names_and_places_go_and_terms_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)
