"""A film room's loan register: month/days under its out, due-back and returned columns, a loan's
request and return before a small month/day, a clerk's log-in after a print stamp, a spine's
region in radiology shorthand kept, and a listed patient named again by the surname alone.

Every line of ``film_register_en_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"f" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "film_register_en_cases.txt", "en", minimum=18
)


def test_an_attribute_and_a_capitalised_neighbour_are_no_echo():
    """The echo of an inverted surname skips an attribute's value and a capitalised phrase."""
    from medenclave_deid.core.text.english_register_surnames import register_surname_echoes
    from medenclave_deid.core.text.spans import PhiSpan

    text = "BLACK, UNA | KUB\nRace: Black\nBLACK BOX warning\nOverdue: Black - due"
    found = register_surname_echoes(text, [PhiSpan(0, 10, "name")])
    assert [text[s.start : s.end] for s in found] == ["Black"]
    assert found[0].start == text.rindex("Black")
