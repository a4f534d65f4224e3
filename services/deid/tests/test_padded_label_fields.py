"""A name in a padded person field (``技    师  岑 雨桐``, ``病 史 陈 述 者  柏 晓岚``, ``姓名    焦  朗``,
``配偶（丈夫）：皮洋``), taken whole and with no label's character; a role label and a padded name, or a
number's label and its number, are a line of fields, no table's header (``检查医师  卫  峰``,
``肾活检病理号<TAB>SP2022-4418<TAB>病理医师<TAB>柴启航``); a record number in the cell after its label
(``| 肾活检病理号 | 2021-7730 |``), not a bed's or a batch's number.

Every line of ``padded_label_fields_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "padded_label_fields_cases.txt", "zh", minimum=20
)
