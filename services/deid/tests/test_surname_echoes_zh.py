"""A surname written alone where a person signs (after 执行人：/ 操作者 / 签名, or as a table's cell),
once the note names that person in full elsewhere; a surname character that is a cell's clinical
value (皮温：温, 舌苔：白) stays.

Every line of ``surname_echoes_zh_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"e" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "surname_echoes_zh_cases.txt", "zh", minimum=20
)
