"""Identifiers in the columns of delimited exports (CSV, TSV, pipe and semicolon tables pasted
into notes): the header names what each column holds, and every cell of an identifying column
goes whatever its shape; clinical columns and prose with commas stay exactly as they are. The
tables were written for this test (no evaluation set)."""

from __future__ import annotations

import pytest

from medenclave_deid.core.text.delimited_columns import column_category, find_column_values
from medenclave_deid.core.text.table_columns import delimited_cells

SECRET = b"c" * 32

WORKLIST = """Referral worklist (export)
mrn,last_name,first_name,dob,phone,insurance_id,referral_id,requested_date
00482913,Okafor,Chidi,1956-03-02,555-201-3344,XQW882193401,RF-229183,2024-01-05
"00519920","Van Dyke, Jr.",Marta,03/14/1931,(555) 330-1200,MBX-77120,RF-229201,01/09/2024
"""

PIPES = """| Pt | Acct# | Mbr ID | Ph | Age | Test | Result |
|---|---|---|---|---|---|---|
| Hollis Bramwell | A99120 | ZZK4412 | 555-987-1100 | 93 | Potassium | 4.1 |
| Ines Quarrie | A99121 | ZZK4413 | 555-987-1101 | 71 | Sodium | 138 |
"""

TABS = (
    "Specimen ID\tCollected By\tCourier\tTracking #\tTest\n"
    "SP-88x21\tJ. Whitlock\tBartholomew Fenn\t1Z88A0Q\tCBC\n"
)

SEMICOLONS = "PATIENT NAME;BADGE NO.;CASE NUMBER;ZIP;DIAGNOSIS\nEldon Pryce;B-4471;C24-00917;60614;Asthma\n"

LABS = """Test,Result,Unit,Range,Flag
Sodium,138,mmol/L,135-145,
Potassium,4.1,mmol/L,3.5-5.1,
Dose,90,mg,,H
"""

PROSE = """The patient, who lives alone, was seen today.
She reports nausea, vomiting, and fatigue.
Plan: fluids, antiemetics, recheck, follow up.
"""

ZH = """候诊名单导出：
姓名,病案号,登记号,身份证号,联系电话,诊断,药品,剂量,年龄
王小明,B00231,DJ88120,110101193201014512,13812345678,高血压,氨氯地平,5mg,93
欧阳娜,B00232,DJ88121,110101198001014522,13912345678,糖尿病,二甲双胍,0.5g,45
"""

ZH_PIPES = """| 监护人 | 手机 | 家庭住址 | 车牌号 | 标本号 | 结果 | 单位 |
|---|---|---|---|---|---|---|
| 赵德胜 | 13700001111 | 朝阳区望京西园三区312号楼 | 京A12345 | S2024-0088 | 阴性 | 无 |
"""


@pytest.mark.parametrize(
    ("header", "category"),
    [
        ("mrn", "mrn"),
        ("MRN #", "mrn"),
        ("Patient ID", "mrn"),
        ("PtMRN", "mrn"),
        ("Acct#", "account"),
        ("CSN", "account"),
        ("Encounter No.", "account"),
        ("Mbr ID", "health_plan"),
        ("Ins ID", "health_plan"),
        ("insuranceID", "health_plan"),
        ("Group Nbr", "health_plan"),
        ("MBI", "health_plan"),
        ("SSN", "ssn"),
        ("referral_id", "other_id"),
        ("Order Number", "other_id"),
        ("Tracking #", "other_id"),
        ("Accession", "accession"),
        ("Kit Barcode", "accession"),
        ("NPI", "licence"),
        ("Device Serial", "device"),
        ("VIN", "vehicle"),
        ("Passport No", "passport"),
        ("last_name", "name"),
        ("firstName", "name"),
        ("Pt", "name"),
        ("Referring Provider", "name"),
        ("Next of Kin", "name"),
        ("entered_by", "name"),
        ("Initials", "name"),
        ("DOB", "date"),
        ("Date of Service", "date"),
        ("requested_date", "date"),
        ("Ph", "phone"),
        ("Home Phone", "phone"),
        ("Fax", "fax"),
        ("E-mail", "email"),
        ("Address Line 1", "address"),
        ("City", "geo"),
        ("Zip Code", "geo"),
        ("Age", "age"),
        ("姓名", "name"),
        ("患者", "name"),
        ("护士", "name"),
        ("操作者", "name"),
        ("签名", "name"),
        ("病案号", "mrn"),
        ("住院号", "mrn"),
        ("ID号", "mrn"),
        ("就诊卡号", "mrn"),
        ("登记号", "mrn"),
        ("身份证号", "id_card"),
        ("医保卡号", "health_plan"),
        ("联系电话", "phone"),
        ("手机", "phone"),
        ("家庭住址", "address"),
        ("出生日期", "date"),
        ("工号", "other_id"),
        ("单号", "other_id"),
        ("条码", "accession"),
        ("标本号", "accession"),
        ("车牌号", "vehicle"),
        ("年龄", "age"),
        ("Ref Dr", "name"),
        ("Rendering Provider", "name"),
        ("Charge Nurse", "name"),
        ("Address1", "address"),
        ("Zip5", "geo"),
        ("SSN (last 4)", "ssn"),
        ("Badge", "other_id"),
    ],
)
def test_a_header_names_its_column(header: str, category: str) -> None:
    assert column_category(header) == category


@pytest.mark.parametrize(
    "header",
    [
        "Test",
        "Result",
        "Unit",
        "Drug",
        "Dose",
        "Diagnosis",
        "Procedure",
        "Patient Type",
        "Provider Specialty",
        "State",
        "ID",
        "#",
        "Time",
        "Notes",
        "诊断",
        "结果",
        "单位",
        "药品",
        "剂量",
        "科室",
        "Order",
        "MI",
        "Test Name",
        "Drug Name",
        "Visit Type",
        "Ref Range",
        "Room",
        "Bed",
    ],
)
def test_a_clinical_header_names_none(header: str) -> None:
    assert column_category(header) == ""


def test_every_cell_of_an_identifying_column() -> None:
    found = {(WORKLIST[s.start : s.end], s.category) for s in find_column_values(WORKLIST)}
    assert {
        ("XQW882193401", "health_plan"),
        ("RF-229183", "other_id"),
        ("Van Dyke, Jr.", "name"),
        ("00519920", "mrn"),
        ("Chidi", "name"),
        ("1956-03-02", "date"),
        ("(555) 330-1200", "phone"),
    } <= found
    assert len(found) == 16


def test_pipes_tabs_and_semicolons() -> None:
    cells = {PIPES[s.start : s.end]: s.category for s in find_column_values(PIPES)}
    assert cells == {
        "Hollis Bramwell": "name",
        "A99120": "account",
        "ZZK4412": "health_plan",
        "555-987-1100": "phone",
        "93": "age",
        "Ines Quarrie": "name",
        "A99121": "account",
        "ZZK4413": "health_plan",
        "555-987-1101": "phone",
    }
    assert {TABS[s.start : s.end] for s in find_column_values(TABS)} == {
        "SP-88x21",
        "J. Whitlock",
        "Bartholomew Fenn",
        "1Z88A0Q",
    }
    assert {SEMICOLONS[s.start : s.end] for s in find_column_values(SEMICOLONS)} == {
        "Eldon Pryce",
        "B-4471",
        "C24-00917",
        "60614",
    }


def test_quoted_fields_keep_their_commas() -> None:
    rows = list(delimited_cells(WORKLIST, lambda names: [True] * len(names)))
    assert ("Van Dyke, Jr.", "last_name") in {(cell, name) for _, cell, name in rows}
    assert all(WORKLIST[at : at + len(cell)] == cell for at, cell, _ in rows)


def test_clinical_tables_and_prose_give_nothing() -> None:
    assert find_column_values(LABS) == [] and find_column_values(PROSE) == []
    assert list(delimited_cells(PROSE, lambda names: [True] * len(names))) == []


def test_the_engine_replaces_the_cells(en_notes) -> None:
    out = en_notes.check(
        WORKLIST + "\n" + PIPES + "\n" + LABS + "\n" + PROSE,
        gone=(
            "XQW882193401",
            "RF-229183",
            "RF-229201",
            "MBX-77120",
            "Okafor",
            "Chidi",
            "Van Dyke",
            "Marta",
            "00482913",
            "1956-03-02",
            "555-201-3344",
            "Hollis",
            "Bramwell",
            "A99120",
            "ZZK4412",
            "Quarrie",
        ),
        kept=(LABS, PROSE, "Potassium | 4.1", "| 71 |"),
    )
    assert "over 89" in out
    assert out.splitlines()[1] == WORKLIST.splitlines()[1]  # the header stays
    en_notes.gone(
        TABS + "\n" + SEMICOLONS,
        "SP-88x21",
        "Whitlock",
        "Fenn",
        "1Z88A0Q",
        "Pryce",
        "B-4471",
        "C24-00917",
        "60614",
    )


def test_chinese_exports(zh_notes) -> None:
    out = zh_notes.check(
        ZH,
        gone=("王小明", "欧阳娜", "B00231", "DJ88121", "110101193201014512", "13912345678"),
        kept=("高血压,氨氯地平,5mg", "糖尿病,二甲双胍,0.5g", ",45"),
    )
    assert "89岁以上" in out
    zh_notes.check(
        ZH_PIPES,
        gone=("赵德胜", "13700001111", "望京西园", "京A12345", "S2024-0088"),
        kept=("| 阴性 | 无 |",),
    )


def test_a_byte_order_mark_and_unnamed_columns() -> None:
    export = "\ufeffMRN,Name,,DOB,\r\nX1234,Ann Leary,,1/2/1950,\r\n"
    assert {export[s.start : s.end]: s.category for s in find_column_values(export)} == {
        "X1234": "mrn",
        "Ann Leary": "name",
        "1/2/1950": "date",
    }


def test_cells_that_say_nothing_and_results_under_a_person_like_header() -> None:
    export = "Pt,PT,INR,Phone\nn/a,12.5,1.1,—\nRuth Amsel,13.0,1.2,pending\n"
    assert [export[s.start : s.end] for s in find_column_values(export)] == ["Ruth Amsel"]


def test_chinese_prose_with_ascii_commas_stays(zh_notes) -> None:
    prose = "患者,男,65岁,因胸痛3天入院。\n既往高血压,糖尿病,冠心病,规律服药。\n"
    assert find_column_values(prose) == []
    assert "高血压,糖尿病,冠心病" in zh_notes.text(prose)


def test_a_title_or_credential_stays(en_notes) -> None:
    export = "Room|Patient|Surgeon|Procedure\nOR 3|Hope Wills|Dr. Faith Moreno|Total knee arthroplasty\n"
    assert [export[s.start : s.end] for s in find_column_values(export)] == ["Hope Wills", "Faith Moreno"]
    en_notes.check(
        export, gone=("Hope", "Wills", "Faith", "Moreno"), kept=("|Dr. ", "Total knee arthroplasty")
    )


def test_the_header_row_stays_whole(zh_notes) -> None:
    export = (
        "床号\t姓名\t住院号\t诊断\t责任护士\t操作者\t工号\n12\t司马光明\tZY2024001\t肺炎\t刘芳\t王磊\tN0321\n"
    )
    out = zh_notes.check(export, gone=("司马光明", "ZY2024001", "刘芳", "王磊", "N0321"), kept=("肺炎",))
    assert out.splitlines()[0] == export.splitlines()[0]
