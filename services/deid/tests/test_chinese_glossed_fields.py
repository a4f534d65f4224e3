"""Chinese form fields: a unit label glossed in brackets (参保单位（用人单位）：), a platform worker's
station (所属网点：, …分拨中心分拣员), a companion's field whatever the surname (陪同家属：), a resident's
community (所在社区：), a child's full name after 孩子, a workmate's name before what they did, and
the job between the place and 工作 (在某物业从事护理工作) left out of the place.

Every line of ``chinese_glossed_fields_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"g" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "chinese_glossed_fields_cases.txt", "zh", minimum=15
)
