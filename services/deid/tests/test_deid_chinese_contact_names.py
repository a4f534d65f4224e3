"""Chinese names told by a contact given with a phone (联系某某（139…）, 交代家属某某（电话…）,
告知某某（138…）), a found name's surname in an address form (老某诉…, 小某今日复诊, 某师傅称),
and a Latin name after a bilingual label (姓名 Name：Surname, Given; 患者 Patient：…).

Every line of ``chinese_contact_names_cases.txt`` was invented for this test from general
knowledge of such notes (none comes from an evaluation set). ``«value»`` marks an identifier,
``‹value›`` a clinical word that must stay (冲管, 输液港, 老年性白内障, 小于5 mm after 24小时).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"k" * 32


@marked_cases(Path(__file__).parent / "chinese_contact_names_cases.txt", "case")
def test_contacts_address_forms_and_bilingual_labels(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "note",
    [
        "联系社区医院（0571-87654321）。",
        "已通知病房（0371-66778899）。",
        "联系家属（139 8765 4321）。",
        "联系客服（400 800 1234）。",
        "请告知患者本人（13912345678）。",
        "交代其女儿（138-2345-6789）。",
    ],
)
def test_places_and_relations_are_no_contact_name(note: str) -> None:
    from medenclave_deid.core.text.chinese_contact_names import find_contact_names

    assert find_contact_names(note) == []


def test_address_form_needs_a_found_name_and_a_free_standing_form() -> None:
    from medenclave_deid.core.text.chinese_contact_names import surname_address_forms
    from medenclave_deid.core.text.spans import PhiSpan

    text = "患者时文静，女。持续24小时，结节小于5 mm，老年性改变。小时诉好转。"
    found = surname_address_forms(text, [PhiSpan(2, 5, "name")])
    assert [text[s.start : s.end] for s in found] == ["时"]
    assert found[0].start == text.index("小时诉") + 1
    assert surname_address_forms("老王诉头痛。", []) == []
