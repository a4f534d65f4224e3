"""Chinese people told by familiar forms and letters, and the laboratory a form's title names:
老 and a surname in a relative's words (“老某这几天…”, 我家老某今年…); a rare surname before a
title after a clause, a quote or a doctor's kind (治疗后某主任查房, “某老师，…”, 村医某医生); a role's
or a relative's field whose given name holds everyday characters (治疗师：某有财, 家属：某有, 校医：…);
the parent and the child of a school's letter (尊敬的某书棠家长：, 您的孩子某可馨（…）); a testing
laboratory in brackets after a form's title (…送检单（某某基因）).

Every line of ``chinese_familiar_forms_cases.txt`` was invented for this test from general knowledge
of such notes (none comes from an evaluation set). ``«value»`` marks an identifier, ``‹value›`` a
clinical word that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"f" * 32


@marked_cases(Path(__file__).parent / "chinese_familiar_forms_cases.txt", "case")
def test_familiar_forms_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "note",
    [
        "家属说：“老是头痛，老花眼也重了，老毛病又犯了。”",
        "家属说：“他老向我要水喝，老和我吵，血压老高。”",
        "女儿说：“我老公今年60岁了，老家在乡下。”",
        "记录：老李这几天未来复诊。",
        "病理会诊报告（外送检验）",
        "基因检测报告（分子诊断）",
        "检验报告单（临床检验）",
        "送检单（第三方检测）",
    ],
)
def test_words_stay(note: str) -> None:
    from medenclave_deid.core.text.chinese_lab_titles import find_lab_titles
    from medenclave_deid.core.text.chinese_spoken_surnames import find_spoken_surnames

    assert find_spoken_surnames(note) == [] and find_lab_titles(note) == []
