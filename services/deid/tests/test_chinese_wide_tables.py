"""Chinese tables: a key-value block in TSV ("联系地址<TAB>…" over "邮编<TAB>…") is no two-column
table whose header is its first line; a fixed-width export lined up by screen columns (a Chinese
character two wide) is read under its header; the header word after 姓名 (年龄) is no name.

Every line of ``chinese_wide_tables_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"w" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "chinese_wide_tables_cases.txt", "zh", minimum=12
)
