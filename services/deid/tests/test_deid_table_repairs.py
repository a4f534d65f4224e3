"""Tables nobody here wrote: an unquoted date or "Last, First" name split by the CSV's commas, a
Chinese two-character name spaced out to fill its cell, a person with a staff number in brackets,
and the people of registers and studies (student, donor, volunteer, 登记人, 陪诊员 …). The tables
were written for this test (no evaluation set)."""

from __future__ import annotations

import pytest

from medenclave_deid.core.text.column_content import fill_columns
from medenclave_deid.core.text.delimited_columns import column_category, find_column_values
from medenclave_deid.core.text.english_table_columns import find_table_people
from medenclave_deid.core.text.spans import PhiSpan

SECRET = b"r" * 32

UNQUOTED = """tag,lost_date,owner_name,contact_phone,ward,item
KT-1102,March 3, 2023,Pelham, Odette,555-310-2211,3E,wallet
KT-1103,"April 9, 2022","Quist, Bram",555-310-2212,ICU,keys
KT-1104,11 Jan, 2021,Yarrow, Tamsin J.,555-310-2213,ED,glasses
KT-1105,2021-06-30,Fenwick,555-310-2214,ED,ring
"""

AMBIGUOUS = """tag,owner,escort,ward
KT-1,Pelham, Odette, Ives,3E
"""

ZH_SPACED = """床号  姓名      年龄  住院号      诊断
12    罗  敏    93    7730215     肺炎
14    钟晓峰    67    7730288     心衰
"""

ZH_STAFF = """序号  患者      陪诊员(工号)      服务内容
1     冼嘉禾    乔慕云(QT5521)    胃镜检查
"""


@pytest.mark.parametrize(
    ("header", "category"),
    [
        ("Student", "name"),
        ("Participant", "name"),
        ("Donor", "name"),
        ("Volunteer Name", "name"),
        ("Client", "name"),
        ("Guest", "name"),
        ("Verified by", "name"),
        ("Interpreter (ID)", "name"),
        ("Tube ID", "accession"),
        ("Barcode", "accession"),
        ("登记人", "name"),
        ("签收人", "name"),
        ("领取人", "name"),
        ("陪诊员", "name"),
        ("陪诊员(工号)", "name"),
        ("Lot", ""),
        ("Lot #", ""),
        ("批号", ""),
    ],
)
def test_more_people_and_numbers_in_headers(header: str, category: str) -> None:
    assert column_category(header) == category


def test_an_unquoted_date_or_name_split_by_commas_is_rejoined() -> None:
    found = {(UNQUOTED[s.start:s.end], s.category) for s in find_column_values(UNQUOTED)}
    assert {
        ("March 3, 2023", "date"),
        ("Pelham, Odette", "name"),
        ("April 9, 2022", "date"),
        ("Quist, Bram", "name"),
        ("11 Jan, 2021", "date"),
        ("Yarrow, Tamsin J.", "name"),
        ("Fenwick", "name"),
    } <= found
    assert not any("wallet" in UNQUOTED[s.start:s.end] for s in find_column_values(UNQUOTED))


def test_a_row_split_more_than_one_way_is_no_row() -> None:
    assert find_column_values(AMBIGUOUS) == []


def test_a_spaced_chinese_name_is_one_cell() -> None:
    found = {(ZH_SPACED[s.start:s.end], s.category) for s in find_column_values(ZH_SPACED)}
    assert {("罗  敏", "name"), ("93", "age"), ("7730215", "mrn"), ("钟晓峰", "name")} <= found
    assert "肺炎" not in {v for v, _ in found}


def test_a_staff_number_in_brackets_is_no_part_of_the_name() -> None:
    found = {(ZH_STAFF[s.start:s.end], s.category) for s in find_column_values(ZH_STAFF)}
    assert {("冼嘉禾", "name"), ("乔慕云", "name")} <= found
    assert "胃镜检查" not in {v for v, _ in found}


def test_register_people_in_aligned_tables() -> None:
    log = "Time   Donor            Unit    Volunteer\n09:10  Hartigan Ross    A+      Elsbeth\n"
    assert {log[s.start:s.end] for s in find_table_people(log)} == {"Hartigan Ross", "Elsbeth"}
    pugh = "Time   Child-Pugh   Subject line\n09:10  Class B      Refill\n"
    assert find_table_people(pugh) == []


def test_the_engine_replaces_them(en_notes) -> None:
    en_notes.check(UNQUOTED, gone=["Pelham", "Odette", "March 3, 2023", "Tamsin"], kept=["wallet", "glasses"])


def test_the_engine_replaces_them_in_chinese(zh_notes) -> None:
    zh_notes.check(ZH_SPACED, gone=["罗  敏", "7730215"], kept=["肺炎", "心衰"])


CONTENT = """Slot,Attendee,Ref,Room,Reason
09:00,Maria Lopez,QZ-448120,2,Asthma
09:20,John Carter,QZ-448121,3,Metformin
09:40,Ulfrida Tenkamp,QZ-448122,2,n/a
10:00,Linda Nguyen,44812,4,5 mg
10:20,Asthma,QZ-448124,2,Rash
"""

ZH_CONTENT = """时间   随访对象  随访结果
9:00   王建国    好转
9:30   刘淑珍    稳定
10:00  陈  雪    稳定
10:30  肺炎      无
11:00  萧慕禾    好转
"""


def _found(text: str, values: list[tuple[str, str]]) -> list[PhiSpan]:
    """Spans of ``values`` (value, category) as the engine's other rules would give them."""
    return sorted((PhiSpan(text.index(v), text.index(v) + len(v), c) for v, c in values),
                  key=lambda s: s.start)


def test_a_column_of_found_names_holds_names() -> None:
    spans = _found(CONTENT, [("Maria Lopez", "name"), ("John Carter", "name"), ("Linda Nguyen", "name"),
                             ("QZ-448120", "other_id"), ("QZ-448121", "other_id"), ("QZ-448122", "other_id")])
    kept = {"asthma"}.__contains__
    added = {(CONTENT[s.start:s.end], s.category) for s in fill_columns(CONTENT, spans, kept)}
    # the unknown surname and the numbers join their columns; a clinical word, a result, a dose
    # and a column of rooms stay
    assert added == {("Ulfrida Tenkamp", "name"), ("44812", "other_id"), ("QZ-448124", "other_id")}


def test_too_few_found_cells_say_nothing() -> None:
    spans = _found(CONTENT, [("Maria Lopez", "name"), ("John Carter", "name")])
    assert fill_columns(CONTENT, spans, lambda w: False) == []


def test_a_chinese_column_of_found_names() -> None:
    spans = _found(ZH_CONTENT, [("王建国", "name"), ("刘淑珍", "name"), ("萧慕禾", "name")])
    added = {ZH_CONTENT[s.start:s.end] for s in fill_columns(ZH_CONTENT, spans, lambda w: False)}
    assert added == {"陈  雪"}


def test_the_engine_fills_a_column(en_notes) -> None:
    en_notes.check(CONTENT, gone=["Ulfrida", "QZ-448124"], kept=["Asthma", "Metformin", "5 mg", "Rash"])


ZH_FULL_WIDTH = """随访登记（导出）
｜姓名｜联系电话｜诊断｜
｜郝云舒｜13611112222｜哮喘｜
｜阚  立｜13611113333｜肺炎｜

姓名，住院号，诊断，随访人
贲若水，ZY0088120，胃炎，翟明川
"""


def test_chinese_full_width_delimiters() -> None:
    found = {(ZH_FULL_WIDTH[s.start:s.end], s.category) for s in find_column_values(ZH_FULL_WIDTH)}
    assert {("郝云舒", "name"), ("13611112222", "phone"), ("阚  立", "name"), ("贲若水", "name"),
            ("ZY0088120", "mrn"), ("翟明川", "name")} <= found
    assert not {"哮喘", "肺炎", "胃炎"} & {v for v, _ in found}


def test_a_line_of_labelled_values_is_no_header() -> None:
    visit = "探视人 程立言｜女儿｜电话 13700002222｜车牌 京A1234\n" * 2
    assert find_column_values(visit) == []
