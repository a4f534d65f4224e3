"""A duty log's reporter before 报 and the ward, a log's or a sheet's staff with a transliterated
name, a single-character surname after a glossed attending's label, a records clerk with 书 in the
given name, a relative whose name opens like a word (万一鸣), plates of a short shape or with the
dot after the province, a message's signature line, and an employer's surrogate that holds no
character of the note's names.

Every line of ``log_slots_plates_zh_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"z" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "log_slots_plates_zh_cases.txt", "zh", minimum=16
)
