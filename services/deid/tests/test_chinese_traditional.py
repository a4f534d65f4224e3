"""Traditional-character notes (Hong Kong, Taiwan, Macau): searched in their simplified view
(one character for one, so every span is the note's own), with the regions' identity numbers,
民国 dates, clinics, addresses and names with their romanisation; surrogates in traditional
characters.

Every line of ``chinese_traditional_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_deid.adapters.outbound.opencc_tables import load_script_tables
from medenclave_deid.core.text.chinese_regions import find_regional_phi
from medenclave_testing.marked_notes import case_suite

SECRET = b"t" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "chinese_traditional_cases.txt", "zh", minimum=25
)


def test_view_keeps_length_and_leaves_simplified_notes_alone() -> None:
    tables = load_script_tables()
    note = "主診醫生：黃志明醫生，患者由兒子陳家豪陪同，於臺北榮民總醫院就診。"
    view = tables.simplified_view(note)
    assert view is not None and len(view) == len(note)
    assert "陈家豪" in view and "台北荣民总医院" in view
    assert tables.simplified_view("主治医生：黄志明，患者由儿子陈家豪陪同。") is None
    assert tables.simplified_view("BP 120/80 mmHg") is None


def test_surrogates_of_a_traditional_note_are_traditional(notes) -> None:
    out = notes.deidentify("聯絡人：林志偉（兒子），患者由兒子陳家豪陪同。", lang="zh").text
    assert "林志偉" not in out and "陳家豪" not in out and "兒子" in out
    tables = load_script_tables()
    assert out.translate(tables.to_traditional) == out  # nothing left in simplified-only characters


def test_check_digits() -> None:
    found = {("A123456(3)", "id_card"), ("A123456789", "id_card")}
    text = "A123456(3) A123456789 A123456788 B1234567"
    spans = {(text[s.start : s.end], s.category) for s in find_regional_phi(text)}
    assert spans == found
