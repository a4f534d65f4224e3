"""Chinese patient and relative names in the people of document kinds seen little so far: death
certificates (死者, 申报人, 家属签名), chronic-disease benefit forms (申请人, 代办人, 经办人),
occupational and food-worker health checks, 120 pre-hospital records (呼救人, 随车医生, 现场联系人),
port-maintenance logs, pathology requests, contrast-consent forms (委托人, 监护人), international
clinic notes (Latin names, transliterations with ·, Japanese and Korean names in Han characters),
postpartum visits (产妇, 丈夫, 新生儿 某某之子, 乳名), tumour follow-up lists and escort registers.

Every line of ``chinese_patient_kinds_cases.txt`` was invented for this test (none comes from an
evaluation set): names in headerless table rows, after roles with or without a colon, before
先生/女士/老人/大爷, after 之子/之女, long Uyghur names, Tibetan and Mongolian given names alone,
Japanese surnames after an interpreter's or a patient's word. ``«value»`` marks an identifier,
``‹value›`` a term that must stay (森田疗法 keeps its Japanese surname).
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"k" * 32


@marked_cases(Path(__file__).parent / "chinese_patient_kinds_cases.txt", "case")
def test_names_and_places_go_and_terms_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)
