"""A printed slip's next field after a wide gap or a tab is no part of the name before it (tray
tickets: ``DAUGHTER MAUREEN  RIGHT HAND WEAK``, ``NOTE: JAW WIRED``, ``CALL ME: TOOTS``), and a
disability form's 就业单位 is a workplace whatever its name (``就业单位：某某物流 （按比例安排就业）``).

Every line of ``slip_field_gaps_en_cases.txt`` and ``slip_field_gaps_zh_cases.txt`` was written for
this test (none comes from an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"g" * 32

test_english_slip_fields, test_english_cases_are_many = case_suite(
    Path(__file__).parent / "slip_field_gaps_en_cases.txt", "en", minimum=12
)
test_chinese_unit_fields, test_chinese_cases_are_many = case_suite(
    Path(__file__).parent / "slip_field_gaps_zh_cases.txt", "zh", minimum=6
)
