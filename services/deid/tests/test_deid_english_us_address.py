"""US towns, states and ZIP codes told by the parts of an address, not by one layout.

Every line of ``english_us_address_cases.txt`` was written for this test (none comes from an
evaluation set): the same address in many layouts (a state and its ZIP code with a comma, a
semicolon, a dash, a slash, a pipe, a line break or ``USA`` between; a town and a ZIP code under
a street line; a ZIP code before or after its label), towns the gazetteer knows after a verb of
living or coming (``drives in from Ardmore``, ``died in Homer``), towns that are also words beside
their state (``Mobile, AL``, ``Normal, IL``, ``Hope, Arkansas``), and lines where the same words
and numbers are clinical (``Normal sinus rhythm``, ``IN 10000 units``, ``CA 12500``) and stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import load_text_vocabulary
from medenclave_deid.core.text.english_geo import STATE_CODES
from medenclave_deid.core.text.english_us_address import find_us_addresses, us_city_key
from medenclave_testing.marked_notes import MARK, read_cases

SECRET = b"a" * 32
_CASES = read_cases(Path(__file__).parent / "english_us_address_cases.txt")
#: a gazetteer of three towns, for the finder alone
_CITIES = {"hope": frozenset({"AR"}), "sweet home": frozenset({"OR"}), "lawton": frozenset({"OK"})}


def _common(word: str) -> bool:
    return word in {"hope", "sweet", "home"}


def _found(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_us_addresses(text, _CITIES, _common)]


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i:03d}" for i in range(len(_CASES))])
def test_address_part_goes_and_clinical_words_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_cases_are_many_and_marked() -> None:
    assert len(_CASES) >= 100
    assert all(MARK.search(line) for line in _CASES)


@pytest.mark.parametrize(("text", "parts"), [
    ("Hope, AR 71801", ["Hope", "AR", "71801"]),
    ("Hope, Arkansas", ["Hope", "Arkansas"]),
    ("Hope AR", ["Hope", "AR"]),
    ("lives in Hope", ["Hope"]),
    ("called from Lawton, today", ["Lawton"]),
    ("joined from Sweet Home, by phone", ["Sweet Home"]),
    ("TX;\n78133", ["TX", "78133"]),
    ("zip is 78133", ["78133"]),
    ("in the 78133 zip code", ["78133"]),
])
def test_parts_of_an_address(text: str, parts: list[str]) -> None:
    assert set(_found(text)) == set(parts)


@pytest.mark.parametrize("text", [
    "hope to go home", "sent to Hope", "came in from Home", "Hope AR-2 receptor",
    "IN 10000 units", "markers: CA 12500 noted", "CO 45123 on the ABG", "Lee Lawton, MD",
    "Hope, MD", "platelets 78133",
])
def test_words_and_values_are_no_address(text: str) -> None:
    assert _found(text) == []


def test_shipped_gazetteer_knows_towns_in_their_states() -> None:
    cities = load_text_vocabulary().us_cities
    assert len(cities) > 10_000
    assert cities[us_city_key("St. Louis")] >= {"MO"} and cities[us_city_key("Saint Louis")] >= {"MO"}
    assert "AL" in cities["mobile"] and "IL" in cities["normal"]
    assert all(codes <= set(STATE_CODES) for codes in cities.values())
