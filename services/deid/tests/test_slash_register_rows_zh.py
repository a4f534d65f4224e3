"""A Chinese register written with slashes between its fields, and a rehabilitation record's Latin
eponyms: a TCM clinic's treatment log (``1/某某/女/92/门诊号…/颈肩综合征/拔罐/治疗师…``) puts the
age as a bare figure beside the sex cell and the diagnosis in the cell after a name or a number,
where the second-signer and staff-number rules read a name; a header of slash-joined labels
(``序号/姓名/性别/年龄/门诊号/就诊卡``) names the columns of the rows below it; a postpartum
pelvic-floor record writes its exercise and assessment with a Latin eponym (``Kegel训练``,
``Glazer 评估``, ``Kegel exercise``), often twice. A pressure (``90/60mmHg``), a young patient's
age and a second signer of one slash stay as they were read.

Every line of ``slash_register_rows_zh_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "slash_register_rows_zh_cases.txt", "zh", minimum=20
)
