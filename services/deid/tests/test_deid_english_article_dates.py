"""Month/days said with "the" after a preposition of time (``placed on the 4/9 at a kiosk``,
``off work from the 2/7 until the 2/21``) go; fractions with what they are a fraction of after
them (``on the 3/4 scale``, ``the 1/2 mark``) stay.

Every line of ``english_article_dates_cases.txt`` was written for this test (none comes from an evaluation
set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"f" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_article_dates_cases.txt", "en", minimum=7
)
