"""Dental laboratories on a prosthesis work order (屿光口腔技工所 in a sentence, a letterhead's
义齿制作中心), the dental and optical words a name finder read as names (全瓷冠, 屈光不正, 正畸科),
and a child's pet name before a family word (阿朗爸爸陪同) or after 患儿.

Every line of ``chinese_dental_labs_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"d" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "chinese_dental_labs_cases.txt", "zh", minimum=12
)
