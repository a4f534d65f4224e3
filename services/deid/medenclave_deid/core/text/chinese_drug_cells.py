"""Chinese drug names that open like a person's name: in a table's drug column, or run on to
their dosage form.

A dispensing log, a delivery register or a prescription list is often a table (``|`` or ``,``
delimited, or set apart by wide gaps) with a column headed 药品, 药品名称, 通用名, 商品名 …; its
cells hold drug names, and a brand (康忻, 易瑞沙, 万爽力) or a generic name that opens with a
surname (孟鲁司特钠片, 连花清瘟胶囊) reads as a person's or a unit's name to the tagger. A column
headed by a kind of drug holds no one: a name, place, hospital or workplace span inside one of
its cells is dropped. Out of such a column, a name span that runs on, with no gap or sign, to a
dosage form that ends the word (孟鲁|司特钠片, 连花|清瘟胶囊 before a gap, a sign or a number) is
the drug's name too, not a person's.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.table_columns import aligned_tables, delimited_cells, pipe_cells

__all__ = ["drug_cells", "runs_to_dosage_form"]

#: a header cell naming a kind of drug (药品, 药品名称, 处方药品, 通用名, 商品名, 药品及规格)
_DRUG_HEADER = re.compile(
    r"(?:处方|配送|所购|购买|开具|出院|带药|发放)?"
    r"(?:药品|药物|药名|品名|通用名|商品名|处方药|西药|中成药|中药|用药)"
    r"(?:名称|及规格|[/／、]规格|[（(]规格[)）]|明细|信息|清单|内容|通用名)?"
    r"|处方内容|配送内容|药品[/／、]数量"
)
#: a run of Chinese characters ending in a dosage form, then no more Chinese (a gap, a sign, a
#: dose, a cell's end): 司特钠片, 清瘟胶囊, 肠溶片 after the span
_FORM_RUN = re.compile(
    r"(?P<stem>[\u4e00-\u9fa5]{0,6}?)"
    r"(?:片|胶囊|颗粒|注射液|注射剂|口服液|口服溶液|混悬液|干混悬剂|糖浆|滴丸|丸|散|乳膏|软膏|凝胶|"
    r"气雾剂|喷雾剂|吸入剂|粉雾剂|滴眼液|滴鼻液|栓|贴剂|贴膏|冻干粉|缓释片|控释片|肠溶片|分散片)"
    r"(?![\u4e00-\u9fa5])"
)
#: a word of taking or giving between a person and a drug (王丽服用…片): a person, then the drug
_INTAKE = re.compile(r"服|用|予|给|口|注|静|吃|购|取|开|领|送|配|收|签|交|带|拿")
#: a 片 that is a film or a slide, not a tablet (阅片, 读片, 摄片, 切片), or a person's title before it
#: (某某医师阅片): the name is a reader's, not a drug's
_NOT_TABLET = re.compile(r"(?:医师|医生|主任|教授|技师|护士)|[阅读摄拍切胸平]$")


def _drug_header(cells: list[str]) -> list[bool] | None:
    wanted = [bool(_DRUG_HEADER.fullmatch(c.strip())) for c in cells]
    return wanted if any(wanted) and len(cells) >= 2 else None


#: a field labelled by a kind of drug (药品：欧兰宁 5mg): its value up to a gap or a sign
_DRUG_FIELD = re.compile(
    rf"(?:^|(?<=[\s，,；;|｜]))(?:{_DRUG_HEADER.pattern})[:：][ \t]*(?P<v>[^\s，,；;|｜：:]+)", re.M
)


def drug_cells(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every cell under a drug column's header and of every value of a field
    labelled by one (module docstring).

    Args:
        text: a Chinese note.
    """
    if not re.search(r"药|品名", text):
        return []
    fields = [(m.start("v"), m.end("v")) for m in _DRUG_FIELD.finditer(text)]
    if "\n" not in text:
        return fields
    # a row of one cell under a gap-set table is a line of its own (医师：某某 under the drugs)
    cells = fields + [
        (at, at + len(cell))
        for _, wanted, rows in aligned_tables(text, _drug_header)
        for row in rows
        if len(row) >= 2
        for at, cell, k in row
        if wanted[k] and not re.search(r"[:：]", cell)
    ]
    cells += [(at, at + len(cell)) for at, cell, _ in delimited_cells(text, _drug_header)]
    return cells + pipe_cells(text, _drug_header, fullwidth=True)


def runs_to_dosage_form(text: str, start: int, end: int) -> bool:
    """Whether a name found at ``text[start:end]`` runs on to a dosage form that ends the word
    (孟鲁 of 孟鲁司特钠片 before a gap), with no word of taking or giving in between."""
    m = _FORM_RUN.match(text, end)
    return m is not None and not _INTAKE.search(m.group("stem")) and not _NOT_TABLET.search(m.group("stem"))
