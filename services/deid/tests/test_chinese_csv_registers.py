"""Chinese CSV registers (a kindergarten's hand-foot-mouth list: each child's 小名, the swab's
specimen number, the nursery's 保健医, 门诊ID), a plasma station named as a facility, and
treatments kept: a chemical drug's name (氯法齐明, 谷胱甘肽) and a treatment in brackets after a
hospital (卫生院（阿托品）), which is neither the hospital's short name nor anyone's pet name.

Every line of ``chinese_csv_registers_cases.txt`` was invented for this test from general
knowledge of such documents (none comes from an evaluation set). ``«value»`` marks an identifier,
``‹value›`` a clinical word that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"f" * 32


@marked_cases(Path(__file__).parent / "chinese_csv_registers_cases.txt", "case")
def test_csv_registers(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    ("header", "category"),
    [
        ("肛拭子标本号", "accession"),
        ("咽拭子标本编号", "accession"),
        ("标本条码", "accession"),
        ("门诊ID", "mrn"),
        ("小名", "name"),
        ("园保健医", "name"),
        ("父/母姓名", "name"),
        ("标本类型", ""),
        ("检验项目", ""),
        ("就诊医院", ""),
    ],
)
def test_header_categories(header: str, category: str) -> None:
    from medenclave_deid.core.text.delimited_columns import column_category

    assert column_category(header) == category
