"""People called 小X or 老X (``小韦每天耐心换药``, ``老鲍和我们一起``) and a surname before a
dietitian's or a therapist's title (``谭营养师建议``), while 小时, 小于, 血小板, 老年 and 老伴 stay.

Every line of ``chinese_familiar_surnames_cases.txt`` was invented for this test (none comes from
an evaluation set). ``«value»`` marks an identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"f" * 32


@marked_cases(Path(__file__).parent / "chinese_familiar_surnames_cases.txt", "case")
def test_familiar_surnames(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "note",
    [
        "每小时尿量30ml，小于正常。",
        "血小板减少，",
        "老年人，老伴陪同。",
        "肾小管，一小段肠管，",
        "由营养师制定。",
    ],
)
def test_no_familiar_surname_here(note: str) -> None:
    from medenclave_deid.core.text.chinese_familiar_surnames import find_familiar_surnames

    assert find_familiar_surnames(note) == []
