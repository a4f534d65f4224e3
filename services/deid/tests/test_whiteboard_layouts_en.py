"""A room whiteboard's photo read by OCR: the uploader's log-in in the header above the board
(``user=``, ``[uploader …]``, ``OCR | handle | date``), a staff name on the line below its label or
after ``=``, ``_`` or ``|``, before an extension, a shift or a smiley, a month's name as a first
name in a staff slot, more staff labels (``NURSE(S)``, ``PCT/CNA``, ``NIGHT RN``, ``Nursing
assistant``), and discharge labels (``anticipated d/c``, ``Home on``, ``point of contact``).

Every line of ``whiteboard_layouts_en_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"w" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "whiteboard_layouts_en_cases.txt", "en", minimum=15
)
