"""Rarer surnames of the south-west and centre (庹 粟 蹇 淦 旷 郄 禚 泮 菅 …) in a name's slot: after a
field's label (学生：, 家属：, 联系人：), after the patient's word, before a title in a chat line
(``[10:05] 庹护士：``); 粟 in 粟粒 (miliary) stays a clinical word.

Every line of ``chinese_more_rare_surnames_cases.txt`` was written for this test (none comes from
an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases, read_cases

SECRET = b"r" * 32
_CASES_FILE = Path(__file__).parent / "chinese_more_rare_surnames_cases.txt"
_CASES = read_cases(_CASES_FILE)


@marked_cases(_CASES_FILE, "case")
def test_identifier_goes_and_clinical_words_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)


def test_cases_are_many_and_marked() -> None:
    assert len(_CASES) >= 12
