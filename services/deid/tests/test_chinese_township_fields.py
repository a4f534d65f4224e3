"""Chinese township fields: see the module docstrings (chinese_glossed_fields, chinese_procedure_heads,
chinese_month_day).

Every line of ``chinese_township_fields_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"g" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "chinese_township_fields_cases.txt", "zh", minimum=15
)
