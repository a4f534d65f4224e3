"""An operation record's staff in layouts beyond a plain team field: role words spaced out
(``主 刀 医 师：``), a name spelt out a character at a time (``邱 桂 英``), the label alone on its line,
roles in brackets or after ``=``, underscores around a name, a role word with the name attached in a
sentence (``术者某某，助手某某``), padded names in a list's next item or in the narrative
(``助手罗 瑞协助``); and the operation's own words after a role (麻醉平稳, 助手牵拉) stay.

Every line of ``chinese_spaced_staff_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "chinese_spaced_staff_cases.txt", "zh", minimum=20
)
