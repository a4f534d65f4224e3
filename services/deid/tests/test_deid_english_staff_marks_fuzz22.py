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

from medenclave_testing.marked_notes import case_suite

SECRET = b"z" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_staff_marks_fuzz22_cases.txt", "en", minimum=30
)


def test_a_given_name_before_a_found_surname_keeps_the_space_between(notes) -> None:
    """The given name before a labelled surname ends where the name does: "Minji Son" is
    replaced by two words, not glued into one ("NorthcoteMerriweather")."""
    text = "Contact: Minji Son, 555-201-3344"
    _, spans = notes.find(text, lang="en")
    assert all(not text[s.start : s.end][-1].isspace() for s in spans)
    out = notes.deidentify(text, lang="en").text
    assert "Minji" not in out and " " in out.split(":")[1].split(",")[0].strip()
