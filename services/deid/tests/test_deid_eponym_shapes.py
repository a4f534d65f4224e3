"""Eponymous terms kept by their shape, listed or not: an English name right before an eponym's
head noun (``Bennett fracture``, ``Satinsky clamp``, ``Morse Fall Scale``) and a Latin eponym or a
transliteration before a Chinese head (Korotkoff音, Nissen胃底折叠术, 马方综合征); a title, a
person's label, a given name or the note's own person still make the name a person's.

Every line of ``english_eponym_shapes_cases.txt`` and ``chinese_eponym_shapes_cases.txt`` was
invented for this test (none comes from an evaluation set). ``«value»`` marks an identifier,
``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"q" * 32


@marked_cases(Path(__file__).parent / "english_eponym_shapes_cases.txt", "en")
def test_english_eponyms_by_shape(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(Path(__file__).parent / "chinese_eponym_shapes_cases.txt", "zh")
def test_chinese_eponyms_by_shape(zh_notes, line: str) -> None:
    zh_notes.marked(line)
