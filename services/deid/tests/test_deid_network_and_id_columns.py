"""Network addresses in the shapes a device log or a footer writes (IPv6-like tokens whose
groups are not all hex, zone ids, MAC addresses, defanged IPv4) and identity-document columns
of delimited tables (a companion's 证件号, 通行证号码, ``ID no.``, ``Document #``) in English and
Chinese notes; times, ratios, scores, verses, HLA alleles and a timed walk's distance stay.

Every line of ``network_ids_cases.txt`` (English) and ``chinese_network_ids_cases.txt``
(Chinese) was invented for this test (none comes from an evaluation set); a tab inside a line
is a TSV table's delimiter. ``«value»`` marks an identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import MARK, read_cases

SECRET = b"n" * 32
_EN = read_cases(Path(__file__).parent / "network_ids_cases.txt")
_ZH = read_cases(Path(__file__).parent / "chinese_network_ids_cases.txt")


@pytest.mark.parametrize("line", _EN, ids=[f"en{i:03d}" for i in range(len(_EN))])
def test_english_addresses_and_document_columns(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize("line", _ZH, ids=[f"zh{i:03d}" for i in range(len(_ZH))])
def test_chinese_addresses_and_document_columns(zh_notes, line: str) -> None:
    zh_notes.marked(line)


def test_cases_are_marked() -> None:
    assert all(MARK.search(line) for line in _EN + _ZH)
