"""An operation record's team fields (``术者 / 助手：某某 / 某某、某某``, ``器械/巡回护士：``, ``助  手：``):
every item of the list is a person whatever its surname (仉 豆 衣 尉) or given name (安静, 春风); a
padded name (``潘  辉``, ``端木 梓睿``) is one item; a title after an item is not the name; ``某医生``
is the surname.

Every line of ``chinese_team_lists_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"t" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "chinese_team_lists_cases.txt", "zh", minimum=20
)
