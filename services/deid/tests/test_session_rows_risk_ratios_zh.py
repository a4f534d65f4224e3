"""Chinese records' session rows, Latin eponyms of body spaces, bare links and screening risks.

A treatment register's session rows whose date cell is a bare month-day (``第2次 | 03-26 |
睑板腺按摩``, ``第3次 3.19 热脉动治疗``, ``2  11-18  IPL``); an operation note's ``Reinke间隙`` /
``Reinke水肿`` that is an eponym, not a foreign patient's name; a link written without its scheme
(``h5.example.cn/yuyue/…``); a prenatal screen's risk ``1/25`` that is no 25 January.

Every line of ``session_rows_risk_ratios_zh_cases.txt`` was written for this test (none comes from
an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "session_rows_risk_ratios_zh_cases.txt", "zh", minimum=20
)
