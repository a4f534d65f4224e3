"""Initials after a sign-off dash, split name fields, study subject numbers, snake_case plate
fields, British plates and a town named again after its address go; eponyms before an
inflammation stay (``core/text/english_signoffs.py``, ``english_codes.py``, ``english_fields.py``,
``town_propagation.py``, ``english_words.EPONYM_NEXT``).

Every line of ``english_signoffs_cases.txt`` was written for this test from general knowledge of
handovers, web intake forms and research notes (none comes from an evaluation set); ``«value»``
marks an identifier, ``‹value›`` a clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.core.text.english_person_frames import find_person_frames
from medenclave_deid.core.text.english_signoffs import find_signoffs_and_name_parts
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.town_propagation import propagate_towns
from medenclave_testing.marked_notes import marked_cases

SECRET = b"c" * 32


@marked_cases(Path(__file__).parent / "english_signoffs_cases.txt", "case", digits=2)
def test_signoffs_name_parts_and_plates_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize("text", ["First: check labs, then call the family.", "Follow up in ICU -- OK",
                                  "BP stable -- MAP 70s overnight.", "Last name: unknown",
                                  "Name: n/a", "Given: 2 units PRBC", "Seen by cardiology -- see note",
                                  "Stable overnight. -- OK", "Labs pending. - FYI"])
def test_instructions_and_abbreviations_are_no_names(text: str) -> None:
    assert find_signoffs_and_name_parts(text) == []


def test_a_town_is_not_propagated_into_a_sentence_that_uses_the_word() -> None:
    text = "12 Main St, Hazard, KY 41701\nHazard ratio 0.8 in the trial; notarized in Hazard."
    start = text.index("Hazard")
    found = propagate_towns(text, [PhiSpan(start, start + 6, "geo")])
    assert [text[s.start:s.end + 1] for s in found] == ["Hazard,", "Hazard."]


@pytest.mark.parametrize("text", ["Seen by Cardiology Team, MD on call.", "Chest Pain (daughter worried)",
                                  "Right Knee, PT to follow", "Bone Marrow, DOB",
                                  "CBC, BMP | MRN", "Pain, Nausea | resolved",
                                  "BP, HR | stable", "HEENT, NECK A  normal", "Patient: stable | MRN 1"])
def test_frames_need_a_name(text: str) -> None:
    assert find_person_frames(text) == []
