"""A record number in the table cell after its label's cell.

A form drawn as a table puts a number's label in one cell and the number in the next
(``| 肾活检病理号 | 2022-5328 |``, ``影像号<TAB>DR0012345``). The labelled-number rules read a label
followed by a colon or a space; across a cell's border the number is read here: a label ending in
号, 号码 or 编号, a pipe or a tab, and a cell that is one token of letters, digits and dashes with
four or more digits. The label names the kind: a pathology, image, examination, specimen or
barcode number is an accession, an outpatient, inpatient or record number a record number, and any
other number another identifier.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_cell_numbers"]

_CELL_NUMBER = re.compile(
    r"(?P<l>[\u4e00-\u9fa5]{0,10}(?:号码|编号|号))[:：]?[ \u3000]*(?:[|｜][ \u3000]*|\t[ \t\u3000]*)"
    r"(?P<v>[A-Za-z]{0,4}-?\d[\dA-Za-z-]*\d)(?=[ \u3000]*(?:[|｜\t]|$))",
    re.M,
)
_ACCESSION = ("病理号", "影像号", "检查号", "标本号", "条码号", "切片号", "蜡块号")
_RECORD = ("门诊号", "住院号", "病案号", "急诊号", "登记号", "ID号")
#: numbers of things, not of a person (床号 a bed, 批号 a batch, 型号 a model, 房间号 a room)
_NOT_PERSON = ("床号", "批号", "型号", "房号", "房间号", "货号", "批准文号", "序号", "版本号", "室号")


def find_cell_numbers(text: str) -> list[PhiSpan]:
    """Accession, record and other identifier spans (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out = []
    for m in _CELL_NUMBER.finditer(text):
        label, value = m["l"], m["v"]
        if label.endswith(_NOT_PERSON) or sum(c.isdigit() for c in value) < 4:
            continue
        kind = "accession" if label.endswith(_ACCESSION) else "mrn" if label.endswith(_RECORD) else "other_id"
        out.append(PhiSpan(m.start("v"), m.end("v"), kind))
    return out
