"""Maternity, employment and insurance forms: unit fields of any shape, employers in a clause,
card tails, one-surname staff with a bracketed title and relatives' full names
(``core/text/chinese_employment_forms.py``).

Every line of ``chinese_employment_forms_cases.txt`` was written for this test from general
knowledge of Chinese maternity-benefit, employment and poisoning forms (none comes from an
evaluation set); ``«value»`` marks an identifier, ``‹value›`` a clinical term or an everyday
word that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_deid.core.text.chinese_employment_forms import find_employment_form_phi
from medenclave_testing.marked_notes import marked_cases

SECRET = b"g" * 32


@marked_cases(Path(__file__).parent / "chinese_employment_forms_cases.txt", "case", digits=2)
def test_employment_form_phi_goes_and_terms_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)


def test_generic_employers_are_no_workplace() -> None:
    text = "患者系退休职工。系我单位职工。由本单位为其缴纳社保。就职于当地一家工厂。"
    assert [s for s in find_employment_form_phi(text) if s.category == "workplace"] == []


def test_unit_field_without_a_place_is_left() -> None:
    assert find_employment_form_phi("参保单位：无\n店名：个体户") == []
