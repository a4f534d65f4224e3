"""Chinese insurance numbers of every scheme and shape (医保个人编号, 社会保障卡号, 参保人员编号,
医保电子凭证号, 新农合 / 合作医疗证号, 保单号, 工伤保险个人编号, 异地就医备案号), after a label with or
without a colon, in a key-value pipe row, after a paired label (医保类型/卡号：职工医保/…), after the
scheme itself (医保：职工 …), and under an insurance column of a CSV, pipe or tab export.

Every line of ``chinese_insurance_cases.txt`` was written for this test (none comes from an
evaluation set). ``«value»`` marks an identifier that must go, ``‹value›`` a clinical term that
must stay; a scheme's name (城乡居民医保, 职工医保) and a year alone are left unmarked.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"i" * 32
_HERE = Path(__file__).parent


@marked_cases(_HERE / "chinese_insurance_cases.txt", "zh")
def test_chinese_insurance_numbers_go_and_terms_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)


def test_a_drug_code_and_a_date_are_no_insurance_number() -> None:
    from medenclave_deid.core.text.chinese_insurance import find_insurance_numbers

    assert find_insurance_numbers("药品医保编码：XA01ABD075A002010100000") == []
    assert find_insurance_numbers("参保类型：职工医保 2019.01.05") == []
    assert find_insurance_numbers("医保卡号：2023年办理") == []


@marked_cases(_HERE / "chinese_elder_partner_cases.txt", "zh")
def test_chinese_elders_and_partners_go(zh_notes, line: str) -> None:
    """A full name before 爷爷 / 奶奶 and an age, a partner after 男友 / 女友 (invented lines)."""
    zh_notes.marked(line)
