"""A coded observation log's rows (``06:15  2  hart``): the observer after the code even where the
word is listed as a drug, a last cell ``visitor ada quill (son)`` naming the visitor with the
observer in the cell before it, and a kin word alone (``visitor mother``) naming no one.

Every line of ``english_observation_visitors_cases.txt`` was written for this test (none comes
from an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"o" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_observation_visitors_cases.txt", "en", minimum=12
)
