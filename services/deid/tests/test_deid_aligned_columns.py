"""Identifiers in the columns of plain-text tables whose columns are lined up by runs of spaces
(schedules, census lists, order sheets): the same header classification as for delimited exports,
every cell of an identifying column goes; lab tables, flowsheets whose header is times of day and
prose with double spaces stay exactly as they are. The tables were written for this test (no
evaluation set)."""

from __future__ import annotations

import pytest

from medenclave_deid.core.text.delimited_columns import column_category, find_column_values

SECRET = b"a" * 32

SCHEDULE = """Clinic schedule, room B
Slot   Pt Name            MRN        Ins ID          DOB          Provider
0900   Larkin, Rosa       5829103    BCX449201833    02/14/1951   Dr. Ames
0930   Bo Tran            66210934   UHC9928173301   11/02/1944   N. Patel
"""

LABS = """Test        Result   Units    Ref range   Flag
Sodium      138      mmol/L   135-145
Potassium   5.9      mmol/L   3.5-5.1     H
Glucose     11.8     mmol/L   3.9-5.5     H
"""

FLOWSHEET = """Vitals
Time     0800      1200      1600
BP       128/76    134/80    122/70
HR       88        92        84
RN       JS        KL        MP
"""

ZH = """门诊候诊名单
序号  姓名    就诊卡号      身份证号            联系电话      诊断
1     王小明  JZ2024001     110101195001014512  13812345678   高血压
2     欧阳娜  JZ2024002     110101198001014522  13912345678   2型糖尿病
"""

ZH_ORDERS = (
    "长期医嘱单\n"
    "姓名：梅小辉  性别：男  年龄：58岁  床号：60\n"
    "起始日期  时间  医嘱内容  医师签名  护士签名  停止日期\n"
    "2024-02-04  08:15  一级护理  熊志斌  单丽杰  02-21\n"
    "2024-02-04  13:50  头孢曲松钠 2g 静滴 qd  熊志斌  单丽杰  \n"  # 停止日期 left blank
)


@pytest.mark.parametrize(
    ("header", "category"),
    [
        ("医师签名", "name"),
        ("护士签名", "name"),
        ("接种者", "name"),
        ("操舱员", "name"),
        ("序号", ""),
        ("床号", ""),
    ],
)
def test_more_chinese_headers(header: str, category: str) -> None:
    assert column_category(header) == category


def test_every_identifying_cell_of_a_schedule(en_notes) -> None:
    cells = {SCHEDULE[s.start : s.end]: s.category for s in find_column_values(SCHEDULE)}
    assert cells == {
        "Larkin, Rosa": "name",
        "5829103": "mrn",
        "BCX449201833": "health_plan",
        "02/14/1951": "date",
        "Ames": "name",
        "Bo Tran": "name",
        "66210934": "mrn",
        "UHC9928173301": "health_plan",
        "11/02/1944": "date",
        "N. Patel": "name",
    }
    out = en_notes.check(
        SCHEDULE + "\n" + LABS,
        gone=(
            "Larkin",
            "Rosa",
            "5829103",
            "BCX449201833",
            "02/14/1951",
            "Ames",
            "Tran",
            "UHC9928173301",
            "Patel",
        ),
        kept=("0900   ", "0930   ", "Dr. ", LABS),
    )
    assert out.splitlines()[1] == SCHEDULE.splitlines()[1]  # the header stays


def test_lab_tables_and_flowsheets_stay(en_notes) -> None:
    assert find_column_values(LABS) == [] and find_column_values(FLOWSHEET) == []
    assert en_notes.text(LABS) == LABS
    en_notes.check(FLOWSHEET, kept=("128/76    134/80    122/70", "HR       88        92        84"))


def test_a_flowsheet_row_is_no_header() -> None:
    sheet = "Time   0800   1200\nPatient   Name   Initials\nAB   CD   EF\n"
    assert find_column_values(sheet) == []


def test_blank_and_wrapped_cells_stand_under_their_header() -> None:
    table = (
        "Bed   Patient          MRN        Allergies     Attending\n"
        "12    Hal Brody                   PCN           Dr. Oyelaran\n"
        "14    Castellanos-     7710293    NKDA\n"
        "      Whitfield, Imelda\n"
    )
    cells = {table[s.start : s.end]: s.category for s in find_column_values(table)}
    assert cells == {
        "Hal Brody": "name",
        "Oyelaran": "name",
        "Castellanos-": "name",
        "7710293": "mrn",
        "Whitfield, Imelda": "name",
    }


def test_prose_with_double_spaces_stays() -> None:
    prose = (
        "The MRN  and DOB  were verified  with the patient.\n"
        "Patient is stable.  Family at bedside.  Plan discussed.\n"
    )
    assert find_column_values(prose) == []
    table = (
        "Pt Name        MRN        Room\nAda Voss       5512093    4B\n"
        "Pt seen and examined.  Plan as above.\n"
    )
    assert [table[s.start : s.end] for s in find_column_values(table)] == ["Ada Voss", "5512093"]


def test_a_line_after_the_table_is_no_row() -> None:
    table = "MRN      Name          DOB\n4410928  Jo Bright     1/2/1950\nASSESSMENT  Stable  improving\n"
    assert [table[s.start : s.end] for s in find_column_values(table)] == ["4410928", "Jo Bright", "1/2/1950"]


def test_chinese_tables(zh_notes) -> None:
    out = zh_notes.check(
        ZH,
        gone=("王小明", "欧阳娜", "JZ2024001", "110101198001014522", "13812345678"),
        kept=("高血压", "2型糖尿病", "序号  姓名    就诊卡号"),
    )
    assert out.splitlines()[1] == ZH.splitlines()[1]
    cells = {ZH_ORDERS[s.start : s.end] for s in find_column_values(ZH_ORDERS)}
    assert cells == {"2024-02-04", "02-21", "熊志斌", "单丽杰"}
    zh_notes.check(
        ZH_ORDERS, gone=("熊志斌", "单丽杰", "2024-02-04"), kept=("头孢曲松钠 2g 静滴 qd", "一级护理")
    )
