"""Measurements, doses, lab values and scores in the cells of Chinese tables (issue 11,
precision in tables): 血糖监测记录单, 生命体征记录, 出入量记录, 压力性损伤评估 (Braden评分, 分期,
面积), 腰穿记录, 化验结果表 (项目 结果 单位 参考范围), 用药记录 with English drug names, 心电监护,
运动平板试验, 生长发育评估, 结核密切接触者筛查, 呼吸机参数, 血气分析, 输血 and 透析记录, in CSV,
TSV, pipe, full-width ``｜`` and space-aligned layouts. The people, dates and record numbers in
the same tables still go.

Every line of ``chinese_table_precision_cases.txt`` was invented for this test (none comes
from an evaluation set); a tab inside a line is a TSV table's delimiter. ``«value»`` marks an
identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"u" * 32


@marked_cases(Path(__file__).parent / "chinese_table_precision_cases.txt", "case")
def test_table_measurements_stay_and_identifiers_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)
