"""Everyday words the English tagger or the name judge read as names, kept: inflected or built
words (``Exhaled``, ``Counseled``, ``Callback``), a speaker's one-word answer (``Mom: Better.``),
a label's first word (``Best time:``, ``Hosp no``), a title-case label of everyday words and a
spelled-out acronym; names that are words (Hope, Faith, May, Best, Bright) still go in a
person's slot.

Every line of ``english_everyday_name_words_cases.txt`` was written for this test (none comes
from an evaluation set): ``«identifier»`` must go, ``‹everyday word›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"e" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_everyday_name_words_cases.txt", "en", minimum=15
)
