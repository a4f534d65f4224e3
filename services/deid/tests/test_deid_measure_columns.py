"""The measurement columns of tables (:mod:`medenclave_deid.core.text.measure_columns`): a column
whose header names a measurement or carries a unit is clinical, a results column only where its
cell is a measurement, a cell with a unit is a measurement anywhere; the identifiers beside them
(a key-value table's name, MRN and phone, a person paged in a comment, a labelled line under the
table) still go. Every table here was invented for this test."""

from __future__ import annotations

from medenclave_deid.core.text.measure_columns import measure_cells

SECRET = b"m" * 32


def _kinds(text: str) -> dict[str, str]:
    return {cell: kind for _, _, cell, kind in measure_cells(text)}


def test_headers_that_name_a_measurement_or_a_unit_make_the_column_clinical() -> None:
    kinds = _kinds("Time,Rhythm,HR,UF mL,Tech\n0815,SR,66,500,Bosworth\n")
    assert kinds == {
        "Time": "header",
        "Rhythm": "header",
        "HR": "header",
        "UF mL": "header",
        "0815": "measure",
        "SR": "measure",
        "66": "measure",
        "500": "measure",
    }


def test_people_dates_and_identifiers_are_never_clinical_columns() -> None:
    kinds = _kinds("日期,时间,血糖值,测量者,住院号\n3月5日,07:00,8.6,李红,2024031187\n")
    assert set(kinds) == {"时间", "血糖值", "07:00", "8.6"}


def test_a_results_column_is_clinical_only_where_its_cell_is_a_measurement() -> None:
    kinds = _kinds("Item,Result,Units\nName,Harlan Voss,-\nPhone,555-201-8890,-\nHb,9.1,g/dL\n")
    assert kinds.get("9.1") == "result"
    assert "Harlan Voss" not in kinds and "555-201-8890" not in kinds


def test_a_cell_with_a_unit_is_a_measurement_in_any_column() -> None:
    # one clinical column (Drug) makes no flowsheet; its unit cells are measurements all the same
    kinds = _kinds("Drug,Given,Nurse\nmorphine,4 mg,Ada Ng\nheparin,5000 units,Ada Ng\n")
    assert kinds == {"4 mg": "unit", "5000 units": "unit"}


def test_a_row_of_rates_is_no_phone_and_a_rhythm_no_address(en_notes) -> None:
    en_notes.check(
        "Hour\tBFR\tDFR\tUF mL\n2\t350\t600\t1000\n3\t300\t600\t1400\n",
        kept=["350\t600\t1000", "300\t600\t1400"],
    )
    en_notes.check(
        "Time\tRhythm\tHR\tQTc\tTech\n0815\tSR\t66\t430\tDelacroix\n",
        gone=["Delacroix"],
        kept=["0815\tSR\t66"],
    )


def test_identifiers_beside_measurements_still_go(en_notes, zh_notes) -> None:
    en_notes.check(
        "Field,Value,Units\nPatient,Harriet Quimby,-\nMRN,44120987,-\nWeight,72,kg\n",
        gone=["Harriet", "Quimby", "44120987"],
        kept=["72"],
    )
    en_notes.check(
        "Test,Result,Units,Comment\nK,6.1,mmol/L,paged Dr. Priscilla Vance\n",
        gone=["Priscilla", "Vance"],
        kept=["6.1"],
    )
    zh_notes.check(
        "项目,结果,备注\n姓名,李春花,本人\n电话,13812345678,无\n血糖,8.2,空腹\n",
        gone=["李春花", "13812345678"],
        kept=["8.2"],
    )


def test_a_labelled_line_under_an_aligned_table_is_no_row(en_notes) -> None:
    en_notes.check(
        "Stage   Time   Speed   Grade   HR    BP\n1       3:00   1.7     10      96    130/76\n"
        "Technologist: Rosalind Achterberg\n",
        gone=["Rosalind", "Achterberg"],
        kept=["130/76"],
    )


def test_a_by_column_holds_people(en_notes) -> None:
    en_notes.check(
        "Date,Time,BG mg/dL,By\n5/6/24,0730,212,TWB\n5/6/24,1130,184,MRC\n",
        gone=["TWB", "MRC"],
        kept=["212", "184"],
    )


def test_a_key_value_tables_identifiers_go_and_its_labels_stay(en_notes, zh_notes) -> None:
    out = en_notes.check(
        "Field,Value,Units\nPatient,Harriet Quimby,-\nMRN,44120987,-\nWeight,72,kg\n",
        gone=["Harriet", "Quimby", "44120987"],
        kept=["72", "Weight"],
    )
    assert out.startswith("Field,Value,Units\nPatient,"), out
    zh_notes.check(
        "字段｜内容｜备注\n病案号｜A0093312｜核对\n联系电话｜021-66017823｜本人\n体重｜55kg｜—\n",
        gone=["A0093312", "021-66017823"],
        kept=["55kg"],
    )


def test_one_row_head_makes_no_key_value_table(en_notes) -> None:
    en_notes.check("Test,Result,Units\nDate,pending,-\nHb,9.1,g/dL\n", kept=["pending", "9.1"])


def test_an_eponym_among_a_cells_abbreviations_is_a_device(en_notes) -> None:
    en_notes.check(
        "| Time | Intake (mL) | Output (mL) | Source | RN |\n"
        "| 0900 | 500 | 350 | NS / Foley | Ada Lorimer |\n"
        "| 1300 | 250 | 400 | PO / Foley | Ada Lorimer |\n",
        gone=["Lorimer"],
        kept=["NS / Foley", "PO / Foley"],
    )
    en_notes.check(
        "Time,Source,Nurse\n0900,Foley,Ann Foley\n1300,urine / Foley,Ann Foley\n",
        gone=["Ann Foley"],
        kept=["urine / Foley"],
    )


def test_a_letterhead_and_its_address_lines_are_no_flowsheet(en_notes, zh_notes) -> None:
    en_notes.check(
        "Larkspur Infusion Pharmacy   DELIVERY SLIP   Ticket D55012\nDeliver to:\nOdessa Brightwell\n"
        "14 Quarry Lane, Unit 3\nPh (415) 555-0188   Alt (415) 555-0199\n"
        "Rx 4411  heparin 10 units/mL flush\n",
        gone=["Larkspur", "Brightwell", "Quarry", "555-0188", "555-0199"],
    )
    zh_notes.check(
        "时间    血压(mmHg)  脉搏  签名\n08:50  118/60  66  卓丽\n09:40  150/70  98  白想\n"
        "透析中用药：蔗糖铁 100mg静滴。\n责任护士：邝  凤  医师：杨娟\n",
        gone=["邝  凤", "杨娟", "卓丽"],
        kept=["118/60", "150/70"],
    )
