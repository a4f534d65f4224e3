"""Chinese person slots a name without a Han surname stands in: a name before its kinship in
brackets (指示病例：某某（兄长）, 家属某某（儿子）代述), a list after a staff label (评估师：某某、某某),
a table's guardian column (监护人/电话: 某某某 139…); a district's dispensary (某区…防治门诊); and a
disease after its subtype (多菌型麻风) kept.

Every line of ``chinese_minority_slots_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"m" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "chinese_minority_slots_cases.txt", "zh", minimum=12
)
