"""Kept terms of a laboratory-exposure form and a casualty sheet, and the findings and the export
users of Chinese dispatch records and CSV registers.

* a method's hyphenated capitals (``MALDI-TOF``, ``LC-MS``) are no double-barrelled surname;
* a number before a column's gap is a cell, not a house number (``SBP 88    Mercy General Hospital``);
* a symptom after a relative or the patient is no given name (其父昏迷, 患者休克, 患者言语不清);
* an export's or a print's user holds a person (导出用户：建英, 导出人,海燕).

Every line of the ``*_cases.txt`` files read here was invented for this test from general
knowledge of such notes (none comes from an evaluation set). ``«value»`` marks an identifier,
``‹value›`` a clinical word or a label that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import read_cases

SECRET = b"a" * 32
_HERE = Path(__file__).parent
_EN = read_cases(_HERE / "abbreviations_vitals_cells_en_cases.txt")
_ZH = read_cases(_HERE / "symptoms_export_users_zh_cases.txt")


@pytest.mark.parametrize("line", _EN, ids=[f"en{i:03d}" for i in range(len(_EN))])
def test_english_forms(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize("line", _ZH, ids=[f"zh{i:03d}" for i in range(len(_ZH))])
def test_chinese_records(zh_notes, line: str) -> None:
    zh_notes.marked(line)
