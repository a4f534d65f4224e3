"""Everyday words that no finder may take for a person or a place in English notes: a
compound word in lower or upper case (``caseworker``, ``WORKSHEET``), a hyphenated pair of
frequent words (``Read-back``), an assist
level (``contact guard``), a care unit after a hospital's name (``NICU``), ``per`` in lower case;
the people beside them still go, double-barrelled surnames too; and a Chinese notice's heading
(``温馨提示：``) is no one's name.

Every line of the case file was invented for this test (none comes from an evaluation set).
``«value»`` marks an identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"p" * 32


@marked_cases(Path(__file__).parent / "english_plain_words_prec12_cases.txt", "pw")
def test_plain_words_stay_and_people_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(Path(__file__).parent / "chinese_notice_heads_prec12_cases.txt", "zh")
def test_chinese_notice_headings_stay_and_people_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)
