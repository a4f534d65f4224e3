"""Names beyond the Faker lists (nomquamgender's given names, the census surnames) and given names
that open a sentence (``Steven spoke with the family``); upper-case acronyms stay acronyms.

The word lists are built by ``scripts/build_text_lexicons.py``; the lines below are invented.
"""

from __future__ import annotations

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import load_text_vocabulary

SECRET = b"m" * 32

_CASES = [
    # given names of the name table that Faker's lists lack, written where a word could stand
    "Home visit done; «Orville» (agency) changed the dressing.",
    "Labels printed by «Alvis», checked by pharmacy.",
    "Grief call 3 months («Wendell»): family coping, no concerns.",
    "grandson «odell» «barnhill» staying with her this month.",
    # census surnames beside a given name
    "Referral reviewed with «Garnet» «Honeycutt» of the county office.",
    "Buggy collision; «Stoltzfus» family at bedside, bishop informed.",
    # a given name that opens a sentence
    "«Steven» spoke with the family about hospice.",
    "«Ruth» called back; ‹metformin› refilled.",
    "Call 12/14 («Melissa»): spoke with her sister.",
    # acronyms in capitals stay (the added lists hold no upper-case authority)
    "Post-PCI ‹TIMI 3 flow› restored in the LAD.",
    "Parkinson disease, ‹Hoehn and Yahr stage 2›.",
]


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i:02d}" for i in range(len(_CASES))])
def test_names_beyond_the_faker_lists(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_the_added_lists_are_names_but_not_listed_names() -> None:
    vocab = load_text_vocabulary()
    assert vocab.is_name("orville") and not vocab.is_listed_name("orville")
    assert vocab.is_name("honeycutt") and vocab.is_listed_name("john")
    assert "steven" in vocab.name_dominant and "will" not in vocab.name_dominant
    assert not any(vocab.is_name(w) for w in ("hoehn", "yahr", "scout"))  # eponyms, imaging
    assert vocab.is_name("timi") and not vocab.is_listed_name("timi")  # a name, but TIMI in capitals


@pytest.mark.parametrize("line", ["spoke with «sanjay» from pharmacy", "per «tanisha», bed ready",
                                  "asked «priyanka» to page the team"])
def test_lower_case_given_names_of_the_added_lists(en_notes, line: str) -> None:
    en_notes.marked(line)
