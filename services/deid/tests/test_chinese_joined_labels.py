"""Chinese form fields read by their label's family: two labels joined in one field (用人单位／平台站点：),
a lab's kind as its label (加工所：) and as its name's end (…齿科技术中心), a person label's value
with a rare or minority name (家长：曲比某某), one rare surname before a title after a label
(审核：扎主任), and a label ending in 医院 whose value is a hospital (监测医院：…).

Every line of ``chinese_joined_labels_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"j" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "chinese_joined_labels_cases.txt", "zh", minimum=20
)
