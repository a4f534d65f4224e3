"""Measurements and eponymous clinical terms that must survive de-identification in Chinese
notes: bedside scores (Braden评分12分, Morse跌倒评分45分, Barthel指数60分, 格拉斯哥昏迷评分),
eponymous signs (巴宾斯基征, 克氏征, 布氏征, 墨菲征, 麦氏点), tuberculin tests (PPD试验硬结12 mm,
结核菌素, 卡介苗), eponymous diseases (霍奇金淋巴瘤, 川崎病, 格林-巴利综合征, 史蒂文斯-约翰逊综合征)
and measurements with units (脑脊液压力180 mmH2O, 空腹血糖6.1 mmol/L). A person who carries an
eponym's characters elsewhere in the line still goes.

Every line of ``chinese_kept_terms_cases.txt`` was invented for this test (none comes from an
evaluation set). ``«value»`` marks an identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"k" * 32


@marked_cases(Path(__file__).parent / "chinese_kept_terms_cases.txt", "case")
def test_terms_stay_and_identifiers_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)


def test_a_name_propagates_but_not_into_a_transliterated_eponym(zh_notes) -> None:
    out = zh_notes.check(
        "主治医师巴宾查房。巴宾斯基征阴性，巴宾医师建议复查。",
        gone=["巴宾查房", "巴宾医师"],
        kept=["巴宾斯基征"],
    )
    assert out.count("巴宾") == 1, out
