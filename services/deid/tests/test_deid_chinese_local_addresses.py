"""A village's group and an estate's flat written without street, label or province
(``core/text/chinese_local_addresses.py``), and the register columns that name people
(``调阅人``, ``被调阅患者``, ``孕妇``, ``丈夫``: ``core/text/delimited_columns.py``).

Every line of ``chinese_local_addresses_cases.txt`` and every table below was invented for this
test from general knowledge of Chinese registers (rabies clinics, decoction delivery slips,
elders' files, audit logs); none comes from an evaluation set. ``«value»`` marks an identifier,
``‹value›`` a clinical term or an everyday word that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.core.text.chinese_local_addresses import find_local_addresses
from medenclave_testing.marked_notes import marked_cases

SECRET = b"v" * 32


@marked_cases(Path(__file__).parent / "chinese_local_addresses_cases.txt", "case", digits=2)
def test_villages_and_flats_go_and_terms_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "text",
    [
        "犬主为同村村民，住本村二组。",
        "邻村三组有类似病例。",
        "转至住院部5号楼1203室。",
        "外科楼3栋12层护士站",
    ],
)
def test_no_ones_village_or_the_hospitals_building(text: str) -> None:
    assert find_local_addresses(text) == []


def test_register_columns_name_people(zh_notes) -> None:
    zh_notes.marked(
        "调阅时间\t调阅人\t工号\t被调阅患者\t事由\n"
        "09:40\t«仇子墨»\t«N60231»\t«禹春晖»\t‹会诊›\n"
        "11:05\t«元书航»\t«D42177»\t«禹春晖»\t维护\n"
    )
    zh_notes.marked("孕妇,丈夫,孕周\n«荀雨桐»,«阙立伟»,26\n«伏晓棠»,«谈家栋»,31\n")
