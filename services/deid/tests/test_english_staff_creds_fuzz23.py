"""Staff of procedure records and logs: a name (any case) before a credential in a slot, initials
after an act's "by" or a clock time, a typist's "f.last", a letter's dictation reference
("AR/JW"), a lower-case repeat of a found name, a second table's header under a first table's
rows, a log's trainer column, a word surname after a role's qualifier ("Supervising physician").
Every line of ``english_staff_creds_fuzz23_cases.txt`` was written for this test (none comes
from an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay; a literal
``\\n`` in a line is a line break.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"q" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_staff_creds_fuzz23_cases.txt", "en", minimum=15
)
