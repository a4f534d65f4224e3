"""A relative named after a kinship cue (签字人某某 与患者关系：, 家属：老伴 某某，, 其女某某陪同)
whatever the surname (rare and minority names); a state or kinship word after the cue stays.

Every line of ``chinese_kin_cued_names_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"d" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "chinese_kin_cued_names_cases.txt", "zh", minimum=12
)
