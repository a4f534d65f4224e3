"""Eponymous clinical terms that the name rules and the taggers read as people, kept in English
notes (``Auer rods``, ``Greenfield filter``, ``Tinetti POMA``, ``Cockcroft-Gault``) and Chinese
notes (费氏尼古丁依赖量表, Auer小体, 米勒-费舍尔综合征, Jamshidi穿刺针); the same names after a title
(``Dr. Parkinson``, ``Mrs. Barthel``) and a person before a score (护士王丽评分) still go.

Every line of ``english_eponym_terms_cases.txt`` and ``chinese_eponym_terms_cases.txt`` was
invented for this test (none comes from an evaluation set). ``«value»`` marks an identifier,
``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"k" * 32


@marked_cases(Path(__file__).parent / "english_eponym_terms_cases.txt", "en")
def test_english_terms_stay_and_identifiers_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(Path(__file__).parent / "chinese_eponym_terms_cases.txt", "zh")
def test_chinese_terms_stay_and_identifiers_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)
