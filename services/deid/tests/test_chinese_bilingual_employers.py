"""An employer in a bilingual form (``Employer 雇主:``, ``工作单位/Company:``, ``投保单位: <English firm>``):
the whole value, spaces, brackets and "Co., Ltd." included; a state word or a unit of measure stays.

Every line of ``chinese_bilingual_employers_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"d" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "chinese_bilingual_employers_cases.txt", "zh", minimum=12
)
