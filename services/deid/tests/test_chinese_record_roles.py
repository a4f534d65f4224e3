"""Chinese names told by a record's role without a colon (导出人某某), a staff list's line before a
licence label, or a relative's act (家属某某某陪同); and an electrocardiogram's finding (ST段抬高),
which stays.

Every line of the ``*_cases.txt`` files read here was invented for this test from general
knowledge of such notes (none comes from an evaluation set). ``«value»`` marks an identifier,
``‹value›`` a clinical word or a label that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import read_cases

SECRET = b"r" * 32
_HERE = Path(__file__).parent
_NAMES = read_cases(_HERE / "chinese_record_roles_cases.txt")
_ECG = read_cases(_HERE / "chinese_ecg_findings_cases.txt")


@pytest.mark.parametrize("line", _NAMES, ids=[f"role{i:03d}" for i in range(len(_NAMES))])
def test_record_role_names_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize("line", _ECG, ids=[f"ecg{i:03d}" for i in range(len(_ECG))])
def test_ecg_findings_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "note",
    [
        "家属均已签字。",
        "记录人员培训。",
        "操作员签名：",
        "经办人姓名：",
        "诊断医师  执业证书编号",
        "其子每日陪同",
    ],
)
def test_no_name_found(note: str) -> None:
    from medenclave_deid.core.text.chinese_record_roles import find_record_role_names

    assert find_record_role_names(note) == []
