"""Network addresses and passports in the shapes the first network tests left: an address under a
flowsheet's misaligned measurement column or in a column the engine reads as a rate, after a
form's leader dots or an abbreviated label (``IP address.........10.77.3.201``, ``no.10.1.2.3``),
after a host's name (``pacs02.10.8.61.33``), masked (``10.61.14.x``), read out in a transcript
(``10 dot 61 dot 4 dot 77``, ``10点61点4点77``) or spaced after its label; a passport after a
bilingual label (``护照号码（Passport No.）：``, ``护照号/Passport No.：``) in any letter mix, and in the
row under its header where the table is one row long (``国籍,护照号码`` over ``日本,TK5093312``).

Every line of the two ``network_shapes_*_cases.txt`` files was invented for this test (none comes
from an evaluation set). ``«value»`` marks an identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"w" * 32


@marked_cases(Path(__file__).parent / "network_shapes_en_cases.txt", "en")
def test_english_network_shapes_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(Path(__file__).parent / "network_shapes_zh_cases.txt", "zh")
def test_chinese_network_shapes_and_passports_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "note",
    ["Steps 1. 2. 3. 4 done", "Version 2.1.x of the app", "上午10点30分复诊", "Figure 3.10.2.1 shows"],
)
def test_dotted_numbers_that_are_no_address_stay(en_notes, note: str) -> None:
    en_notes.marked(note)


@pytest.mark.parametrize(
    "line",
    ["08:15,«33.93.52.85»,36.5,72", "«10.4.2.17»", "«3/4/24» 09:10 «10.1.2.3»", "12 34 56"],
)
def test_a_note_of_short_numbers_alone_is_read_too(en_notes, line: str) -> None:
    """A note with no letter and no run of three digits (one CSV row of a log) once skipped every
    rule: an address or a date in short groups came back as it was."""
    en_notes.marked(line)
