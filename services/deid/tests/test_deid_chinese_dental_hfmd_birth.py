"""Terms of dental, hand-foot-mouth and maternity documents and their people.

* a chemical element or the decay of a tooth is no given name (涂氟, 补钙, 龋蚀 after a surname
  character);
* tooth positions written with slashes (26/36/46) are no date: no month stands among them;
* a virus or an assay's code is no name (CoxA16 runs letters into digits; ELISA, CLIA are methods);
* the writer's own unit in an employer's certificate (系我某某门店员工) is a workplace;
* a three-character name after a field's colon that opens like a kin word (患儿：孙子睿) is a name.

Every line of ``chinese_dental_hfmd_birth_cases.txt`` was invented for this test from general
knowledge of such documents (none comes from an evaluation set). ``«value»`` marks an identifier,
``‹value›`` a clinical word that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"d" * 32


@marked_cases(Path(__file__).parent / "chinese_dental_hfmd_birth_cases.txt", "case")
def test_dental_hfmd_birth_documents(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize("text", ["26/36/46", "16/26/36", "46/26/16 36", "31/31/2024"])
def test_tooth_numbers_are_no_date(text: str) -> None:
    from medenclave_deid.core.text.dates import DATE_PATTERN

    assert DATE_PATTERN.search(text) is None


@pytest.mark.parametrize("text", ["3/14/2024", "14/03/2024", "12-31-99", "05/06/24"])
def test_month_day_dates_still_match(text: str) -> None:
    from medenclave_deid.core.text.dates import DATE_PATTERN

    m = DATE_PATTERN.search(text)
    assert m is not None and m.group(0) == text


def test_codes_give_no_words() -> None:
    from medenclave_deid.core.text.english_words import tokenize

    assert [t.text for t in tokenize("CoxA16 and EV71, CVA16 by Smith")] == ["and", "by", "Smith"]
