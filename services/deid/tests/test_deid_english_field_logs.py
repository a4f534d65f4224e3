"""Lower-case field teams of search-and-rescue logs (``team: vasquez, ilse r.``, ``hasty team 2
(oriane, j. mbeki)``, ``found by leocadia prewitt``), month/days after a mission's or a tattoo's
word (``callout: 9/1 1909``, ``tattooed 11/3``), state-prefixed plates near a vehicle's word, and
ages over 89 under OCR-noised labels or after a subject's name; fractions and slot words stay.

Every line of ``english_field_logs_cases.txt`` was written for this test (none comes from
an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"f" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_field_logs_cases.txt", "en", minimum=15
)
