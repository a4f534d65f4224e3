"""Chinese logins held by a person (账号：某某   登录IP), a Yi name with its 阿 prefix after a
relation (家长：阿某某), a weekday that a staff title's slot holds as a name (康复治疗师：周一⏎),
and a skin test's or a lesion's word before its size (皮丘 1.2 cm), which stays.

Every line of the ``*_cases.txt`` files read here was invented for this test from general
knowledge of such notes (none comes from an evaluation set). ``«value»`` marks an identifier,
``‹value›`` a clinical word or a label that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import read_cases

SECRET = b"a" * 32
_HERE = Path(__file__).parent
_NAMES = read_cases(_HERE / "chinese_account_names_cases.txt")
_SIZES = read_cases(_HERE / "chinese_lesion_sizes_cases.txt")


@pytest.mark.parametrize("line", _NAMES, ids=[f"acct{i:03d}" for i in range(len(_NAMES))])
def test_account_and_slot_names_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize("line", _SIZES, ids=[f"size{i:03d}" for i in range(len(_SIZES))])
def test_lesion_sizes_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "note",
    [
        "账号：zhangwei01   登录IP：192.0.2.1",
        "银行账号：建英",
        "账号：管理员   导出时间：2021-06-01",
        "家长：阿姨代签",
        "康复治疗：周一",
        "康复治疗师：周一、周三",
    ],
)
def test_no_name_found(note: str) -> None:
    from medenclave_deid.core.text.chinese_account_names import find_account_names

    assert find_account_names(note) == []
