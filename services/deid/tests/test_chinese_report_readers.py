"""The reader of a report named in its narrative (``病理由某某医师阅片``, ``，某 某读片。``,
``经某某会诊确认``), with a single or a compound surname (单于, 太叔 included) and padding spaces;
a 片 after a title or in 阅片 / 读片 is a film, not a tablet, so the name before it is no drug's.
Findings after 由 / 经 (由高血压诊断, 经皮肾穿刺), a reading with no one named (请上级医师阅片,
胸片阅片) and tablets (阿司匹林肠溶片) stay.

Every line of ``chinese_report_readers_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "chinese_report_readers_cases.txt", "zh", minimum=20
)
