"""An assistant's log-in in a two-column pipe row, a month/day before its interval or in brackets
after a past procedure, a conference reporter's everyday-word surname, a chromosome's band kept, a
colleague between a role and ``ok'd`` (the verb never a name), a message's paragraph opening on
its addressee, and hospitals named after a religious order in any case.

Every line of ``log_slots_orders_en_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"o" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "log_slots_orders_en_cases.txt", "en", minimum=20
)
