"""Staff a Chinese duty log names as colleagues do (the nurse who reports a bed by her given name,
小 and a junior's surname, a records clerk after the office, a surname spaced from its title), a
Chinese form's dotted leaders, eponyms fused to evidence or disease words (Micromedex有效性等级,
韦格纳肉芽肿, 贝尔麻痹) and CT densities in Hounsfield units.

Every line of ``duty_log_staff_zh31_cases.txt`` was invented for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"d" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "duty_log_staff_zh31_cases.txt", "zh", minimum=24
)
