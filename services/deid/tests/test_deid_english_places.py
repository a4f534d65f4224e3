"""English places, facilities and fax numbers that the recognisers of states and streets miss:
facilities named after a person or a town (``Okafor Family Dentistry``, ``Yakima Sleep
Disorders Center``) while service names stay (``Sleep Lab``, ``Comfort Care``), the town beside a
facility, where a patient lives, where prescriptions were sent, streets without a suffix
(``Broadway``), grouped activation keys, fax numbers with a leading 1, and dates written like
fractions (``sent 9/4``, ``11/28 | ...`` under a Date column) while scores stay (``5/5``, ``6/9``
Apgars).

Every line of ``english_places_cases.txt`` was written for this test (none comes from an
evaluation set); it is marked and checked as in ``test_deid_english_addresses_ids.py``:
``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text import NoteDeidentifier

SECRET = b"a" * 32
_MARK = re.compile(r"«(?P<phi>[^»]+)»|‹(?P<keep>[^›]+)›")
_CASES = [line for line in (Path(__file__).parent / "english_places_cases.txt")
          .read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def notes() -> NoteDeidentifier:
    return make_note_deidentifier(SECRET)


def _count(form: str, text: str) -> int:
    pattern = r"(?<![A-Za-z0-9_])" + re.escape(form) + r"(?![A-Za-z0-9_])"
    return len(re.findall(pattern, text, re.IGNORECASE))


def _forms(value: str) -> list[str]:
    """The whole value; for a value without digits, each word of two letters or more."""
    if any(c.isdigit() for c in value):
        return [value]
    return [value, *re.findall(r"[A-Za-z]{2,}", value)]


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i:03d}" for i in range(len(_CASES))])
def test_identifier_goes_and_clinical_words_stay(notes: NoteDeidentifier, line: str) -> None:
    line = line.replace("\\n", "\n")  # a case of several lines
    text = _MARK.sub(lambda m: m.group("phi") or m.group("keep"), line)
    residue = _MARK.sub(lambda m: " " if m.group("phi") else m.group("keep"), line)
    out = notes.deidentify(text, lang="en").text
    for m in _MARK.finditer(line):
        if m.group("phi"):
            left = [f for f in _forms(m.group("phi")) if _count(f, out) > _count(f, residue)]
            assert not left, (left, out)
        else:
            assert _count(m.group("keep"), out) >= _count(m.group("keep"), residue), out


def test_cases_are_many_and_marked() -> None:
    assert len(_CASES) >= 50
    assert all(_MARK.search(line) for line in _CASES)
