"""Rare surnames and transliterated names in the slots a Chinese note keeps for a person (a
family's praise letter, a record-sealing form, a herbal paste's maker), a pharmacy chain's
street branch, a device serial of capitals with its maker's prefix, and the acronym scores and
energy doses that stay.

Every line of ``chinese_rare_slots_cases.txt`` was invented for this test (none comes from an
evaluation set). ``«value»`` marks an identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"r" * 32


@marked_cases(Path(__file__).parent / "chinese_rare_slots_cases.txt", "case")
def test_rare_slots(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "note", ["他去路边店买了药。", "在街角店买水。", "护士第五天拆线。", "口腔粘膜光滑。"]
)
def test_no_rare_slot_here(note: str) -> None:
    from medenclave_deid.core.text.chinese_rare_name_slots import find_rare_name_slots
    from medenclave_deid.core.text.chinese_shop_branches import find_shop_branches

    assert find_rare_name_slots(note) == [] and find_shop_branches(note) == []
