"""Staff named by a duty's slot in ship, ski-patrol, dive and ward-round logs (``Doctor on duty:
bronwyn``, ``patrollers on scene: lorcan (emr) and GW``), the same people again, plates near a
parking word, and a monitoring table's ``Rev'd by`` / ``Rvwd`` / ``Actioned`` / ``Onboard folio``
columns; rank words, clinical acronyms and a plain "will review" stay.

Every line of ``english_duty_staff_cases.txt`` was written for this test (none comes from
an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"d" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_duty_staff_cases.txt", "en", minimum=20
)
