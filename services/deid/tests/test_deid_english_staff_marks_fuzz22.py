"""English staff marks and vehicles the earlier finders leave: a scribe's or a technician's
initials in a role's slot, a ``f.last`` log-in after a user cue, a lower-case name joined to a
found person or after a lower-case cue, a given name left outside a labelled name, a plate in
brackets after its car; doses read as numbers, eponymous things after a preposition ("treated
with Hartmann's solution") and a product before its model code ("Dexcom G6") stay.

Every line of ``english_staff_marks_fuzz22_cases.txt`` was written for this test (none comes from
an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases, read_cases

SECRET = b"z" * 32
_CASES_FILE = Path(__file__).parent / "english_staff_marks_fuzz22_cases.txt"
_CASES = read_cases(_CASES_FILE)


@marked_cases(_CASES_FILE, "case")
def test_identifier_goes_and_clinical_words_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_cases_are_many_and_marked() -> None:
    assert len(_CASES) >= 30
