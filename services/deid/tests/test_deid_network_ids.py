"""IP addresses, passports and travel permits, and ages over 89 in the shapes that logs, audit
trails, registration forms and notes write them: IPv4 with a port, CIDR suffix, range, zero-padded
or out-of-range groups, full-width or ideographic separators; IPv6 full, compressed, with a zone or
a port, IPv4-mapped; passports of many countries and the Chinese permits (港澳通行证, 台胞证,
回乡证) in prose, tables and traditional characters; ages over 89 with other dashes and shorthand
(``94–year–old``, ``91-y-o``, ``96 yoF``), "at the age of", "she's", "just turned", an appositive
age (``her brother, 94,``), a sex letter closing the line (``F/93``) and ages in words.

Every line of the two ``network_ids_*_cases.txt`` files was invented for this test (none comes
from an evaluation set). ``«value»`` marks an identifier, ``‹value›`` a term that must stay
(vital signs, doses, a software version).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"n" * 32


@marked_cases(Path(__file__).parent / "network_ids_ages_en_cases.txt", "en")
def test_english_addresses_passports_and_ages_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(Path(__file__).parent / "network_ids_zh_cases.txt", "zh")
def test_chinese_addresses_and_passports_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "note",
    ["Version 10.2.3 installed", "BP 90/60, HR 92", "Grade 1.2.3 lesion", "titrate 0.5 mg to 1.5 mg",
     "Turned 90 degrees to the left", "SpO2 is 92% on room air"],
)
def test_numbers_that_are_not_addresses_or_ages_stay(en_notes, note: str) -> None:
    en_notes.check(note, kept=[note])
