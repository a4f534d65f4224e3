"""A patient-room whiteboard read from a photo by OCR (labels spelt with ``0`` for ``O``): its care
team by first name or surname, in a sentence or several to a line, the patient after ``Mr.``/``Ms.``
and their preferred name, the family contact before the relation's word, today's and the discharge's
month/day, the uploader's log-in after ``Upload:``; its field labels and the pain goal kept.

Every line of ``whiteboard_ocr_en_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"w" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "whiteboard_ocr_en_cases.txt", "en", minimum=8
)


def test_a_note_with_no_board_is_not_read_as_one():
    """Without two of a whiteboard's labels, a lone ``RN - Word`` line is left to the other finders."""
    from medenclave_deid.core.text.english_whiteboards import find_whiteboard_people

    assert find_whiteboard_people("RN - Wrenna\nPlan: ambulate", lambda w: False) == []
    assert find_whiteboard_people("Your nurse: Wrenna\nToday is: 5/25", lambda w: False)
