"""The observer at the end of each timed row of a q15-minute or 1:1 observation log (``0815 |
dayroom | pacing | mireille c.``, ``10:30  bathroom  on phone  obs: hart, mht``): a first name,
a surname or a first name and an initial, in lower case, with no title.

Every line of ``english_observation_rows_cases.txt`` was written for this test (none comes from
an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"o" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_observation_rows_cases.txt", "en", minimum=20
)
