"""Rarer surnames of the south-west and centre (庹 粟 蹇 淦 旷 郄 禚 泮 菅 …) in a name's slot: after a
field's label (学生：, 家属：, 联系人：), after the patient's word, before a title in a chat line
(``[10:05] 庹护士：``); 粟 in 粟粒 (miliary) stays a clinical word.

Every line of ``chinese_more_rare_surnames_cases.txt`` was written for this test (none comes from
an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"r" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "chinese_more_rare_surnames_cases.txt", "zh", minimum=12
)
