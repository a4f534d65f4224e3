"""Lower-case names of psychiatric and specialty houses (``cedar hollow psychiatric pavilion``,
``riverside mental health institute``) and a facility label's value ending in ``health``
(``hospital: greenfield valley health``); a label naming only a kind (``facility: behavioral
health``) stays.

Every line of ``english_lower_psych_facilities_cases.txt`` was written for this test (none comes
from an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"f" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_lower_psych_facilities_cases.txt", "en", minimum=20
)
